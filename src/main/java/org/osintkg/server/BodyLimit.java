package org.osintkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Refuses request bodies over a size: 413 up front when the length is declared, an error while reading when not. */
final class BodyLimit implements Filter {
    private final long max;

    BodyLimit(long max) {
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        if (max > 0 && http.getContentLengthLong() > max) {
            ((HttpServletResponse) resp).sendError(413, "request body over " + max + " bytes");
            return;
        }
        chain.doFilter(max > 0 ? new Bounded(http, max) : req, resp);
    }

    private static final class Bounded extends HttpServletRequestWrapper {
        private final long max;

        Bounded(HttpServletRequest r, long max) {
            super(r);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > max) throw new IOException("request body over " + max + " bytes");
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0 && (read += n) > max) throw new IOException("request body over " + max + " bytes");
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener l) {
                    in.setReadListener(l);
                }
            };
        }
    }
}
