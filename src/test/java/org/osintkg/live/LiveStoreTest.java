package org.osintkg.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.TestSupport;
import org.osintkg.server.OsintServer;
import org.osintkg.server.ServerConfig;
import org.osintkg.store.Store;

/**
 * A live store with real parts: TDB2 on disk, Fuseki on a free port, the real pipeline, a news site
 * on a loopback port serving RSS and Atom feeds and their pages, a watched temporary folder filled
 * while it serves, and the ingest endpoint over HTTP. Bad input through every way in gets a reason in
 * the status while the rest goes on.
 */
class LiveStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIXES = "PREFIX osint: <https://w3id.org/osintkg/ontology#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX schema: <https://schema.org/> ";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void feedsFoldersAndTheEndpointIngestWhileTheServerAnswers() throws Exception {
        List<Path> seeds = Site.seeds();
        Path watched = Files.createDirectories(dir.resolve("watched"));
        Path pw = Files.writeString(dir.resolve("pw"), "analyst: s3cret\n");
        try (Site site = new Site(); Store store = Store.open(dir.resolve("store"))) {
            site.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
            site.put("/a/1", "text/html", Site.page(seeds.get(0), site.url("/canonical/1")));
            site.put("/a/2", "text/html", Site.page(seeds.get(1), site.url("/canonical/2")));
            site.put("/a/3", "text/html", Site.page(seeds.get(2), site.url("/canonical/3")));
            site.put("/private/4", "text/html", Site.page(seeds.get(3), site.url("/canonical/4")));
            site.put("/feed.xml", "application/rss+xml", Site.rss("Test Wire", List.of(
                    new Site.Item("Feed title one", site.url("/a/1"), "item-1", "Feed Author", "Tue, 03 Dec 2024 10:00:00 GMT"),
                    new Site.Item("Feed title two", site.url("/a/2"), "item-2", null, null),
                    new Site.Item("Gone", site.url("/missing"), "item-404", null, null),
                    new Site.Item("Huge", site.url("/huge"), "item-huge", null, null),
                    new Site.Item("Private", site.url("/private/4"), "item-private", null, null))));
            site.put("/atom.xml", "application/atom+xml",
                    Site.atom("Atom Wire", "urn:test:3", site.url("/a/3"), "Atom Author", "2024-11-20T08:00:00Z"));
            site.put("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>cut".getBytes(StandardCharsets.UTF_8));

            LiveStore.Options options = new LiveStore.Options(List.of(watched),
                    new FolderWatcher.Options(Duration.ofMillis(700), Duration.ofSeconds(2), true),
                    List.of(site.url("/feed.xml"), site.url("/atom.xml"), site.url("/broken.xml")), Duration.ofSeconds(1),
                    new PoliteFetcher.Options(Duration.ofMillis(20), Duration.ofSeconds(10), 2, Duration.ofMillis(50),
                            20L * 1024 * 1024), 2);
            List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
            LiveStore live = LiveStore.start(store, TestSupport.reader(), TestSupport.pipeline(), options, log::add);
            try (OsintServer server = OsintServer.start(store.dataset(),
                    new ServerConfig("127.0.0.1", 0, 10_000, false, pw, 1000, 1024 * 1024), live.endpoints())) {
                String base = server.url("127.0.0.1");

                // Files copied into the watched folder while it serves; one is written in two halves.
                Files.copy(seeds.get(3), watched.resolve("copied.txt"));
                Files.createDirectories(watched.resolve("sub"));
                String half = Files.readString(seeds.get(4));
                Path slow = watched.resolve("sub/slow.txt");
                Files.writeString(slow, half.substring(0, half.length() / 2));
                Files.write(watched.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
                Files.writeString(watched.resolve("cut.jsonl"), "{\"url\": \"https://example.org/cut\", \"text\": \"An artic");
                Thread.sleep(300);
                assertEquals(0, count(base, "?r osint:sourceName \"slow.txt\""), "a file still being written is not read");
                Files.writeString(slow, half.substring(half.length() / 2), java.nio.file.StandardOpenOption.APPEND);

                // The endpoint: refused without credentials, answered with them.
                String seedText = Files.readString(seeds.get(4)).replace("Korea", "Korea ");
                assertEquals(401, post(base, null, "text/plain", seedText.getBytes(StandardCharsets.UTF_8)).statusCode());
                assertEquals(401, post(base, "analyst:wrong", "text/plain", seedText.getBytes(StandardCharsets.UTF_8)).statusCode());
                HttpResponse<String> ok = post(base + "osint/ingest?name=posted.txt", "analyst:s3cret", "text/plain",
                        seedText.getBytes(StandardCharsets.UTF_8));
                assertEquals(200, ok.statusCode(), ok.body());
                JsonNode answer = JSON.readTree(ok.body());
                assertEquals(1, answer.get("ingested").asInt(), ok.body());
                String report = answer.get("articles").get(0).get("report").asText();
                assertEquals(1, count(base, "GRAPH <" + report + "> { <" + report + "> a osint:Report }"));
                JsonNode again = JSON.readTree(post(base + "osint/ingest?name=posted.txt", "analyst:s3cret", "text/plain",
                        seedText.getBytes(StandardCharsets.UTF_8)).body());
                assertEquals(1, again.get("unchanged").asInt(), again.toString());
                String lines = "{\"url\": \"https://example.org/nd/1\", \"title\": \"ND\", \"text\": "
                        + JSON.writeValueAsString(Files.readString(seeds.get(1))) + "}\n{\"url\": broken}\n";
                JsonNode nd = JSON.readTree(post(base, "analyst:s3cret", "application/x-ndjson", lines.getBytes(StandardCharsets.UTF_8)).body());
                assertEquals(1, nd.get("ingested").asInt(), nd.toString());
                assertEquals(1, nd.get("failed").asInt(), nd.toString());
                assertTrue(nd.get("articles").get(1).get("reason").asText().startsWith("malformed JSON"), nd.toString());
                HttpResponse<String> binary = post(base, "analyst:s3cret", "text/plain", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
                assertEquals(422, binary.statusCode(), binary.body());
                assertTrue(binary.body().contains("binary file, not text"), binary.body());
                assertEquals(413, post(base, "analyst:s3cret", "text/plain", new byte[2 * 1024 * 1024]).statusCode());
                assertEquals(415, post(base, "analyst:s3cret", "image/png", new byte[] {1}).statusCode());

                // Everything that can arrive arrives; queries keep answering meanwhile.
                waitFor(() -> statusOf(base).at("/feeds/0/ingested").asInt() == 2 && statusOf(base).at("/feeds/1/ingested").asInt() == 1
                        && statusOf(base).at("/watched/0/ingested").asInt() == 2, "feeds and files ingested: " + log);
                JsonNode status = statusOf(base);
                JsonNode feed = status.at("/feeds/0/failedByReason");
                assertEquals(1, feed.path("page HTTP 404").asInt(), status.toString());
                assertEquals(1, feed.path("page too large").asInt(), status.toString());
                assertEquals(1, feed.path("page robots.txt disallows /private/4").asInt(), status.toString());
                assertEquals(0, site.hits("/private/4"), "robots.txt honoured");
                assertTrue(status.at("/feeds/2/failedByReason").path("malformed feed").asInt() >= 1, status.toString());
                JsonNode files = status.at("/watched/0/failedByReason");
                assertEquals(1, files.path("binary file, not text").asInt(), status.toString());
                assertEquals(1, files.path("malformed JSON").asInt(), status.toString());
                assertEquals(1, site.maxInFlight(), "one request at a time per host");
                assertTrue(log.stream().anyMatch(l -> l.startsWith("failed: " + site.url("/missing") + ": page HTTP 404")), log.toString());
                assertTrue(log.stream().anyMatch(l -> l.contains(" batch: ")), log.toString());

                // The item's feed metadata wins over the page's guesses.
                String one = PREFIXES + "SELECT ?title ?date ?author ?url WHERE { ?r schema:url \"" + site.url("/a/1")
                        + "\" ; dcterms:title ?title ; dcterms:issued ?date ; dcterms:creator ?author ; schema:url ?url }";
                String row = select(base, one);
                assertTrue(row.contains("Feed title one") && row.contains("2024-12-03") && row.contains("Feed Author"), row);
                assertEquals(1, count(base, "?r schema:url \"" + site.url("/a/3") + "\" ; dcterms:creator \"Atom Author\""));
                // The slow file was read once, whole.
                waitFor(() -> count(base, "?r osint:sourceName \"slow.txt\"") == 1, "slow.txt ingested");
                assertEquals(1, count(base, "?r osint:sourceName \"slow.txt\" ; osint:body ?b FILTER(STRLEN(?b) > "
                        + (half.length() * 6 / 10) + ")"), "read whole, not half-way");

                // Conditional GET: later polls of an unchanged feed are answered 304.
                waitFor(() -> site.notModified() >= 2, "conditional GET");
                int pagesBefore = site.hits("/a/1");
                Thread.sleep(1500);
                assertEquals(pagesBefore, site.hits("/a/1"), "a seen item is not fetched again");

                // A removed file takes its report with it (--watch-removals).
                Files.delete(watched.resolve("copied.txt"));
                waitFor(() -> count(base, "?r osint:sourceName \"copied.txt\"") == 0, "report of a removed file removed");
                org.osintkg.e2e.SummaryAccess.assertAgrees(store, "after live ingest");
            } finally {
                live.close();
            }
        }
    }

    private HttpResponse<String> post(String url, String user, String type, byte[] body) throws Exception {
        String target = url.contains("osint/ingest") ? url : url + "osint/ingest";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode statusOf(String base) {
        try {
            return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "osint/status")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String select(String base, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "osint/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private long count(String base, String pattern) {
        try {
            String csv = select(base, PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }");
            return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitFor(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(200);
        }
    }
}
