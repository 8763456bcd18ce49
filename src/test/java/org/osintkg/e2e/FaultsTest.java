package org.osintkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.TestSupport;
import org.osintkg.article.ArticleReader;
import org.osintkg.cli.Main;
import org.osintkg.pipeline.Ingest;
import org.osintkg.pipeline.Summary;
import org.osintkg.server.OsintServer;
import org.osintkg.server.ServerConfig;
import org.osintkg.store.Store;

/**
 * Faults for real: an ingest process killed with SIGKILL in the middle of a batch, a server killed
 * under load, and queries answered from consistent snapshots while an ingest writes to the store.
 */
class FaultsTest {
    @TempDir
    Path dir;

    /** Copies of the seeds under new names: distinct reports with known content. */
    private Path batch(int copies) throws Exception {
        Path in = dir.resolve("batch");
        Files.createDirectories(in);
        List<Path> seeds;
        try (var s = Files.list(Path.of("seeds"))) {
            seeds = s.sorted().toList();
        }
        for (int i = 0; i < copies; i++) {
            Path seed = seeds.get(i % seeds.size());
            // A copy's own URL, where the page names one, keeps it a report of its own.
            String text = Files.readString(seed).replaceAll("(https?://\\S+?)/?(\\s*)$", "$1/copy" + i + "$2");
            Files.writeString(in.resolve(String.format("copy%04d_%s", i, seed.getFileName())), text);
        }
        return in;
    }

    private static Process child(Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
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

    /** Every copy of one seed has the same number of triples as the others: no report is half-written. */
    private static void assertComplete(Map<String, Long> reports) {
        Map<String, Long> bySeed = new HashMap<>();
        reports.forEach((src, n) -> {
            String seed = src.substring(src.indexOf('_') + 1);
            Long seen = bySeed.putIfAbsent(seed, n);
            assertTrue(seen == null || seen.equals(n), src + " has " + n + " triples, another copy " + seen);
        });
    }

    private static String cli(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            Main.run(args);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aKilledIngestLosesNothingCommittedAndResumes() throws Exception {
        int n = 300;
        Path in = batch(n);
        Path storeDir = dir.resolve("store");
        Path log = dir.resolve("child.log");
        Process p = child(log, "ingest", in.toString(), "--store", storeDir.toString(), "--threads", "2");
        // Kill once some reports are in, as the child's progress lines say.
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline && p.isAlive()
                && !Files.readString(log).contains("progress: 20 articles")) {
            Thread.sleep(100);
        }
        assertTrue(p.isAlive(), "the ingest finished before it could be killed:\n" + Files.readString(log));
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));

        int committed;
        try (Store s = Store.open(storeDir)) {
            Map<String, Long> before = reports(s);
            committed = before.size();
            assertTrue(committed > 0 && committed < n, "killed mid-batch: " + committed + " of " + n);
            System.out.println("SIGKILL after " + committed + " of " + n + " reports committed");
            assertComplete(before);
            SummaryTest.assertAgrees(s, "after SIGKILL: the counts are committed with their reports or not at all");
        }
        String rerun = cli("ingest", in.toString(), "--store", storeDir.toString(), "--quiet");
        assertTrue(rerun.contains("ingested: " + (n - committed) + ", replaced: 0, unchanged: " + committed + ", failed: 0"), rerun);
        try (Store s = Store.open(storeDir)) {
            Map<String, Long> after = reports(s);
            assertEquals(n, after.size());
            assertComplete(after);
            SummaryTest.assertAgrees(s, "after the rerun");
        }
    }

    @Test
    void aServerKilledUnderLoadLeavesTheStoreIntact() throws Exception {
        Path storeDir = dir.resolve("served");
        cli("ingest", "seeds", "--store", storeDir.toString(), "--quiet");
        Map<String, Long> before;
        try (Store s = Store.open(storeDir)) {
            before = reports(s);
        }
        Path log = dir.resolve("serve.log");
        int port;
        try (var sock = new java.net.ServerSocket(0)) {
            port = sock.getLocalPort();
        }
        Process p = child(log, "serve", "--store", storeDir.toString(), "--port", Integer.toString(port), "--password-file",
                Files.writeString(dir.resolve("pw"), "a: b\n").toString());
        HttpClient http = HttpClient.newHttpClient();
        String url = "http://127.0.0.1:" + port + "/osint/sparql?query="
                + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
        int answered = 0;
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && answered < 20) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) answered++;
            } catch (java.io.IOException e) {
                Thread.sleep(200);
            }
        }
        assertEquals(20, answered, Files.readString(log));
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        try (Store s = Store.open(storeDir)) {
            assertEquals(before, reports(s));
        }
    }

    @Test
    void queriesSeeConsistentSnapshotsWhileAnIngestWrites() throws Exception {
        Path in = batch(25);
        Store store = Store.open(dir.resolve("live"));
        Path pw = Files.writeString(dir.resolve("pw2"), "a: b\n");
        OsintServer server = OsintServer.start(store.dataset(), new ServerConfig("127.0.0.1", 0, 10_000, false, pw));
        try {
            AtomicReference<Summary> summary = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    summary.set(new Ingest(TestSupport.reader(), TestSupport.pipeline(), store, 2)
                            .run(List.of(in.toString()), System.in, s -> { }));
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            writer.start();
            HttpClient http = HttpClient.newHttpClient();
            // In every answer each report has exactly its one body and one fingerprint: no half-written report is visible.
            String q = EndToEndTest.PREFIXES + "SELECT (COUNT(DISTINCT ?r) AS ?reports) (COUNT(?b) AS ?bodies) (COUNT(?f) AS ?prints) "
                    + "WHERE { ?r a osint:Report . OPTIONAL { ?r osint:body ?b } OPTIONAL { ?r osint:fingerprint ?f } }";
            String url = server.url("127.0.0.1") + "osint/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
            int answered = 0;
            long last = 0;
            while (writer.isAlive() || answered < 5) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                String[] row = r.body().lines().skip(1).findFirst().orElseThrow().split(",");
                long reports = Long.parseLong(row[0].strip());
                assertEquals(reports, Long.parseLong(row[1].strip()), r.body());
                assertEquals(reports, Long.parseLong(row[2].strip()), r.body());
                assertTrue(reports >= last, "reports never disappear");
                last = reports;
                answered++;
            }
            writer.join();
            if (failure.get() != null) throw new AssertionError(failure.get());
            assertEquals(25, summary.get().ingested, "all written");
            assertTrue(answered >= 5);
            System.out.println("concurrent queries answered during ingest: " + answered);

            // A second process cannot open the store while this one holds it, and says so.
            Path log = dir.resolve("second.log");
            Process second = child(log, "ingest", "seeds/000_c038efced69c2b10.txt", "--store", dir.resolve("live").toString(), "--quiet");
            assertTrue(second.waitFor(120, TimeUnit.SECONDS));
            assertEquals(2, second.exitValue(), Files.readString(log));
            assertTrue(Files.readString(log).contains("in use by another process"), Files.readString(log));
        } finally {
            server.close();
            store.close();
        }
    }
}
