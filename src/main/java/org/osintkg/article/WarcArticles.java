package org.osintkg.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Articles from a WARC file (ISO 28500, plain or gzipped one member per record, as crawlers and
 * Common Crawl write them), read with jwarc. Each response record with an HTML or plain-text page
 * and a 2xx status is one article: its target URI is the URL and its WARC-Date the day of retrieval.
 * A response that is no such page (a 404, an image), a revisit record (no page stored) and a record
 * that cannot be read (a truncated gzip member) are failures named {@code FILE:N} (the record's
 * number in the file); the records after them are still read. Request, warcinfo and metadata records
 * are no captured pages and are passed over.
 */
final class WarcArticles {
    private static final byte[] WARC = {'W', 'A', 'R', 'C', '/'};
    private static final int SCAN_CHUNK = 1 << 16;

    private final ArticleReader reader;
    private final long maxBytes;

    WarcArticles(ArticleReader reader, long maxBytes) {
        this.reader = reader;
        this.maxBytes = maxBytes;
    }

    /** A name that says WARC: {@code .warc}, {@code .warc.gz}. */
    static boolean named(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** Bytes that open a WARC record, as they stand or in a gzip member. */
    static boolean opens(byte[] head, int length) {
        if (length >= WARC.length && Arrays.equals(head, 0, WARC.length, WARC, 0, WARC.length)) return true;
        if (length < 3 || head[0] != 0x1F || head[1] != (byte) 0x8B || head[2] != 8) return false;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head, 0, length))) {
            byte[] start = in.readNBytes(WARC.length);
            return Arrays.equals(start, WARC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads every record of the channel (closed at the end); {@code source} names the file. */
    void read(String source, SeekableByteChannel channel, Consumer<Article> articles, Consumer<ArticleException> failures) {
        try (channel) {
            boolean gzip = gzip(channel);
            WarcReader warc = new WarcReader(channel);
            // A plain record's length is only proven right when the next record opens after it: its
            // articles wait for that (a cut record would swallow its successor as page text).
            List<Article> pending = new ArrayList<>();
            Consumer<Article> out = gzip ? articles : pending::add;
            int number = 0;
            long lastStart = 0;
            while (true) {
                boolean opened = false;
                try {
                    Optional<WarcRecord> next = warc.next();
                    pending.forEach(articles);
                    pending.clear();
                    if (next.isEmpty()) return;
                    number++;
                    opened = true;
                    lastStart = warc.position();
                    record(source + ":" + number, next.get(), out, failures);
                } catch (IOException | RuntimeException e) {
                    pending.clear();
                    // Gzip: the bad record is the one being opened or read, where the reader stands. Plain:
                    // the record before a failed opening ran past its end, so it is the bad one.
                    if (!opened && gzip) number++;
                    long resume = resume(channel, (gzip ? warc.position() : lastStart) + 1, gzip);
                    failures.accept(new ArticleException(source + ":" + Math.max(number, 1), "truncated or corrupt record ("
                            + describe(e) + (resume < 0 ? "); nothing readable after it" : "); read on from byte " + resume)));
                    if (resume < 0) return;
                    channel.position(resume);
                    warc = new WarcReader(channel);
                }
            }
        } catch (IOException e) {
            failures.accept(new ArticleException(source, "cannot read WARC: " + describe(e)));
        }
    }

    private void record(String where, WarcRecord record, Consumer<Article> articles, Consumer<ArticleException> failures)
            throws IOException {
        if (record instanceof WarcRevisit revisit) {
            failures.accept(new ArticleException(where, "revisit record, no page stored (" + revisit.target() + ")"));
            return;
        }
        if (!(record instanceof WarcResponse response)) return;
        String url = ((WarcTargetRecord) response).target();
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            failures.accept(new ArticleException(where, "not an HTTP response (" + response.contentType() + ", " + url + ")"));
            return;
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
            failures.accept(new ArticleException(where, "HTTP " + http.status() + " response (" + url + ")"));
            return;
        }
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
        if (!html && !base.equals("text/plain")) {
            failures.accept(new ArticleException(where, "not an HTML or text page (" + base + ", " + url + ")"));
            return;
        }
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] payload;
        try (InputStream in = http.bodyDecoded().stream()) {
            payload = in.readNBytes(limit + 1);
        }
        if (payload.length > limit) {
            failures.accept(new ArticleException(where, String.format(Locale.ROOT,
                    "too large (page over the limit of %.1f MB, %s)", limit / 1e6, url)));
            return;
        }
        LocalDate day = LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
        reader.capture(where, payload, html, charset(type), new Capture(url, day), articles, failures);
    }

    /** The charset the response declares, when Java knows it. */
    private static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) return null;
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean gzip(SeekableByteChannel channel) throws IOException {
        long at = channel.position();
        ByteBuffer b = ByteBuffer.allocate(2);
        while (b.hasRemaining() && channel.read(b) >= 0) {
            // read the two bytes of a gzip magic, if there are two
        }
        channel.position(at);
        return b.position() == 2 && b.get(0) == 0x1F && b.get(1) == (byte) 0x8B;
    }

    /**
     * Where reading can go on after a bad record: the first offset from {@code from} where a record
     * opens (a gzip member that inflates to "WARC/", or "WARC/" at the start of a line), or -1.
     */
    private static long resume(SeekableByteChannel channel, long from, boolean gzip) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(SCAN_CHUNK + 64);
        long at = from;
        while (true) {
            channel.position(at);
            chunk.clear();
            int n = 0;
            while (chunk.hasRemaining()) {
                int r = channel.read(chunk);
                if (r < 0) break;
                n += r;
            }
            if (n < 3) return -1;
            byte[] b = chunk.array();
            for (int i = 0; i + 2 < n && i < SCAN_CHUNK; i++) {
                long offset = at + i;
                if (gzip ? b[i] == 0x1F && b[i + 1] == (byte) 0x8B && b[i + 2] == 8 && opensAt(channel, offset)
                        : b[i] == 'W' && (i > 0 ? b[i - 1] == '\n' : offset > 0 && precededByNewline(channel, offset))
                                && opensAt(channel, offset)) {
                    return offset;
                }
            }
            if (n <= SCAN_CHUNK) return -1;
            at += SCAN_CHUNK;
        }
    }

    private static boolean opensAt(SeekableByteChannel channel, long offset) throws IOException {
        channel.position(offset);
        ByteBuffer head = ByteBuffer.allocate(4096);
        while (head.hasRemaining() && channel.read(head) >= 0) {
            // fill what the file has
        }
        return opens(head.array(), head.position());
    }

    private static boolean precededByNewline(SeekableByteChannel channel, long offset) throws IOException {
        channel.position(offset - 1);
        ByteBuffer b = ByteBuffer.allocate(1);
        return channel.read(b) == 1 && b.get(0) == '\n';
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
