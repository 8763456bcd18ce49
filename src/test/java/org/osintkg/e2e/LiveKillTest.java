package org.osintkg.e2e;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.cli.Main;
import org.osintkg.live.Site;
import org.osintkg.store.LiveState;
import org.osintkg.store.Store;

/**
 * A live {@code serve} killed with SIGKILL while it ingests a watched folder and a feed, then started
 * again: every report committed before the kill is whole and accounted for in the live state, and
 * the restart reads exactly the files and items that were not stored, so nothing is lost or doubled.
 */
class LiveKillTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FILES = 50;
    private static final int ITEMS = 25;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aKilledLiveServeLosesNothingAndPicksUpExactlyTheRest() throws Exception {
        List<Path> seeds = Site.seeds();
        Path watched = Files.createDirectories(dir.resolve("watched"));
        for (int i = 0; i < FILES; i++) {
            Path seed = seeds.get(i % seeds.size());
            String text = Files.readString(seed).replaceAll("(https?://\\S+?)/?(\\s*)$", "$1/copy" + i + "$2");
            Files.writeString(watched.resolve(String.format("copy%04d_%s", i, seed.getFileName())), text);
        }
        Path storeDir = dir.resolve("store");
        Path pw = Files.writeString(dir.resolve("pw"), "a: b\n");
        try (Site site = new Site()) {
            List<Site.Item> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                String path = "/news/" + i + "_" + seeds.get(i % seeds.size()).getFileName();
                site.put(path, "text/html", Site.page(seeds.get(i % seeds.size()), site.url(path)));
                items.add(new Site.Item("Item " + i, site.url(path), "guid-" + i, null, null));
            }
            site.put("/feed.xml", "application/rss+xml", Site.rss("Wire", items));
            int port = freePort();
            String[] args = {"serve", "--store", storeDir.toString(), "--port", Integer.toString(port), "--password-file",
                pw.toString(), "--watch", watched.toString(), "--settle", "0.3", "--rescan", "5", "--feed", site.url("/feed.xml"),
                "--poll", "2", "--fetch-delay", "0", "--threads", "2"};

            Path log1 = dir.resolve("serve1.log");
            Process first = child(log1, args);
            long deadline = System.currentTimeMillis() + 180_000;
            while (System.currentTimeMillis() < deadline && first.isAlive() && !Files.readString(log1).contains(" batch: ")) {
                Thread.sleep(50);
            }
            // Into the next batch: the workers busy, the writer gathering or committing.
            Thread.sleep(400);
            assertTrue(first.isAlive(), Files.readString(log1));
            first.destroyForcibly();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));

            int files;
            int itemsStored;
            try (Store s = Store.open(storeDir)) {
                Map<String, Long> reports = reports(s);
                assertAccounted(s, reports.keySet());
                files = (int) reports.keySet().stream().filter(r -> r.startsWith("copy")).count();
                itemsStored = reports.size() - files;
                System.out.println("SIGKILL after " + files + " of " + FILES + " files and " + itemsStored + " of " + ITEMS
                        + " feed items were stored");
                assertTrue(files + itemsStored > 0 && files + itemsStored < FILES + ITEMS,
                        "killed mid-way: " + reports.size() + "\n" + Files.readString(log1));
                assertComplete(reports);
                SummaryTest.assertAgrees(s, "after SIGKILL of a live serve");
            }

            Path log2 = dir.resolve("serve2.log");
            Process second = child(log2, args);
            try {
                String base = "http://127.0.0.1:" + port + "/";
                deadline = System.currentTimeMillis() + 240_000;
                JsonNode status = null;
                while (System.currentTimeMillis() < deadline) {
                    status = status(base);
                    if (status != null && status.at("/watched/0/ingested").asInt() + status.at("/watched/0/failed").asInt() >= FILES - files
                            && status.at("/feeds/0/ingested").asInt() + status.at("/feeds/0/failed").asInt() >= ITEMS - itemsStored
                            && status.at("/queue/jobs").asInt() == 0) break;
                    Thread.sleep(300);
                }
                assertTrue(status != null, Files.readString(log2));
                Thread.sleep(2500); // a rescan and another poll: nothing more may come
                status = status(base);
                assertEquals(FILES - files, status.at("/watched/0/files read").asInt(), "only the files not stored are read: " + status);
                assertEquals(FILES - files, status.at("/watched/0/ingested").asInt(), status.toString());
                assertEquals(0, status.at("/watched/0/unchanged").asInt(), status.toString());
                assertEquals(ITEMS - itemsStored, status.at("/feeds/0/ingested").asInt(), status.toString());
                assertEquals(0, status.at("/feeds/0/unchanged").asInt(), status.toString());
                assertEquals(0, status.at("/feeds/0/failed").asInt() + status.at("/watched/0/failed").asInt(), status.toString());
                assertEquals(FILES + ITEMS, count(base), "every report, once");
            } finally {
                second.destroyForcibly();
                assertTrue(second.waitFor(30, TimeUnit.SECONDS));
            }
            try (Store s = Store.open(storeDir)) {
                Map<String, Long> reports = reports(s);
                assertEquals(FILES + ITEMS, reports.size());
                assertAccounted(s, reports.keySet());
                assertComplete(reports);
                SummaryTest.assertAgrees(s, "after the restart");
            }
        }
    }

    /** Every stored report is in the live state and every report the live state names is stored: they were committed together. */
    private static void assertAccounted(Store s, Set<String> sources) {
        Set<String> named = new HashSet<>();
        LiveState.files(s.dataset()).values().forEach(f -> named.addAll(f.reports()));
        LiveState.feeds(s.dataset()).forEach(f -> assertEquals(0, f.failures().size(), f.failures().toString()));
        Set<String> stored = new HashSet<>();
        Txn.executeRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(EndToEndTest.PREFIXES
                    + "SELECT ?r WHERE { GRAPH ?r { ?r a osint:Report ; osint:sourceName ?src FILTER(STRSTARTS(?src, 'copy')) } }").build()) {
                qe.execSelect().forEachRemaining(x -> stored.add(x.getResource("r").getURI()));
            }
        });
        assertEquals(stored, named, "watched files in the live state and their reports in the store");
        int items = LiveState.feeds(s.dataset()).stream().mapToInt(LiveState.FeedRecord::ingested).sum();
        assertEquals(sources.size() - stored.size(), items, "feed items in the live state and their reports in the store");
    }

    /** Report graphs by source name, with their size. */
    private static Map<String, Long> reports(Store s) {
        Map<String, Long> out = new HashMap<>();
        Txn.executeRead(s.dataset(), () -> {
            String q = EndToEndTest.PREFIXES + "SELECT ?src (COUNT(*) AS ?n) WHERE { GRAPH ?r { ?r osint:sourceName ?src . ?s ?p ?o } } GROUP BY ?src";
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(x -> out.put(x.getLiteral("src").getString(), x.getLiteral("n").getLong()));
            }
        });
        return out;
    }

    /** Copies of one seed that came the same way have the same number of triples: no report is half-written. */
    private static void assertComplete(Map<String, Long> reports) {
        Map<String, Long> bySeed = new HashMap<>();
        reports.forEach((src, n) -> {
            String seed = (src.startsWith("copy") ? "file " : "page ") + src.substring(src.indexOf('_') + 1);
            Long seen = bySeed.putIfAbsent(seed, n);
            assertTrue(seen == null || seen.equals(n), src + " has " + n + " triples, another copy " + seen);
        });
    }

    private JsonNode status(String base) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "osint/status")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode n = r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
            return n != null && n.has("watched") ? n : null;
        } catch (Exception e) {
            return null;
        }
    }

    private long count(String base) throws Exception {
        String q = EndToEndTest.PREFIXES + "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?r { ?r a osint:Report } }";
        String csv = http.send(HttpRequest.newBuilder(URI.create(base + "osint/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static int freePort() throws Exception {
        try (var sock = new java.net.ServerSocket(0)) {
            return sock.getLocalPort();
        }
    }

    private static Process child(Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
