package org.osintkg.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Pages written to a WARC file as a crawler writes them (with jwarc): for each page a request
 * record and a response record, or a revisit record; gzipped one member per record when the name
 * ends in {@code .gz}, as Common Crawl's files are. For tests and the benchmark, which make their
 * own archives rather than keep third-party pages.
 */
public final class WarcPages {
    /** One capture: the URL, when, the HTTP status, the Content-Type and the body; a revisit stores no body. */
    public record Page(String url, Instant date, int status, String contentType, byte[] body, boolean revisit) {
        public Page(String url, Instant date, int status, String contentType, byte[] body) {
            this(url, date, status, contentType, body, false);
        }

        /** An HTML page of status 200. */
        public static Page html(String url, Instant date, String html) {
            return new Page(url, date, 200, "text/html; charset=utf-8", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private WarcPages() {}

    /** Writes the pages to a new file. */
    public static void write(Path file, List<Page> pages) throws IOException {
        boolean gzip = file.getFileName().toString().endsWith(".gz");
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            for (Page p : pages) out.write(bytes(p, gzip));
        }
    }

    /** The records of one page (request and response, or the revisit), each a gzip member when {@code gzip}. */
    public static byte[] bytes(Page p, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            HttpResponse http = new HttpResponse.Builder(p.status(), reason(p.status()))
                    .body(MediaType.parse(p.contentType()), p.body()).build();
            if (p.revisit()) {
                w.write(new WarcRevisit.Builder(p.url()).date(p.date()).body(http).build());
            } else {
                w.write(new WarcRequest.Builder(p.url()).date(p.date())
                        .body(new HttpRequest.Builder("GET", java.net.URI.create(p.url())).build()).build());
                w.write(new WarcResponse.Builder(p.url()).date(p.date()).body(http).build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }
}
