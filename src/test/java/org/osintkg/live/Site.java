package org.osintkg.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real news site on a free loopback port: pages, RSS and Atom feeds with ETags, a robots.txt, and
 * the bad cases (a missing page, a 50 MB page, a malformed feed). It counts requests per path and the
 * most requests it ever had in flight at once.
 */
public final class Site implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();

    public Site() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void put(String path, String type, byte[] body) {
        pages.put(path, body);
        types.put(path, type);
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    public int notModified() {
        return notModified.get();
    }

    private void handle(HttpExchange x) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        String path = x.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try {
            if (path.equals("/huge")) {
                huge(x);
                return;
            }
            byte[] body = pages.get(path);
            if (body == null) {
                send(x, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            x.getResponseHeaders().set("ETag", etag);
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                x.sendResponseHeaders(304, -1);
                x.close();
                return;
            }
            send(x, 200, types.get(path), body);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** 50 MB of HTML, sent without a length so only reading tells how large it is. */
    private static void huge(HttpExchange x) throws IOException {
        x.getResponseHeaders().set("Content-Type", "text/html");
        x.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>padding padding padding padding padding padding padding padding.</p>\n".repeat(14_000)
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = x.getResponseBody()) {
            out.write("<html><body><article>".getBytes(StandardCharsets.UTF_8));
            for (long sent = 0; sent < 50L * 1024 * 1024; sent += chunk.length) out.write(chunk);
            out.write("</article></body></html>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client stopped reading at its limit
        }
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    /** A seed article as an HTML page whose own title and date differ from what its feed item says. */
    public static byte[] page(Path seed, String canonical) throws IOException {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><title>What the page says</title>"
                + "<meta name=\"author\" content=\"Page Byline\"><link rel=\"canonical\" href=\"" + canonical + "\"></head>"
                + "<body><article>");
        for (String line : Files.readAllLines(seed)) {
            if (!line.isBlank()) b.append("<p>").append(escape(line)).append("</p>\n");
        }
        return b.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An RSS 2.0 item. */
    public record Item(String title, String link, String guid, String author, String pubDate) {}

    public static byte[] rss(String title, List<Item> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>" + escape(title)
                + "</title><link>http://example.org/</link><description>test</description>\n");
        for (Item i : items) {
            b.append("<item><title>").append(escape(i.title())).append("</title><link>").append(escape(i.link()))
                    .append("</link><guid>").append(escape(i.guid())).append("</guid>");
            if (i.author() != null) b.append("<dc:creator>").append(escape(i.author())).append("</dc:creator>");
            if (i.pubDate() != null) b.append("<pubDate>").append(i.pubDate()).append("</pubDate>");
            b.append("</item>\n");
        }
        return b.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] atom(String title, String id, String link, String author, String updated) {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + escape(title)
                + "</title><id>urn:test:feed</id><updated>" + updated + "</updated>"
                + "<entry><title>" + escape(title) + " entry</title><id>" + escape(id) + "</id><link href=\"" + escape(link)
                + "\"/><author><name>" + escape(author) + "</name></author><updated>" + updated + "</updated></entry></feed>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static List<Path> seeds() throws IOException {
        try (var s = Files.list(Path.of("seeds"))) {
            return new ArrayList<>(s.sorted().toList());
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
