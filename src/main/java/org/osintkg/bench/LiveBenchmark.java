package org.osintkg.bench;

import java.io.IOException;
import java.io.PrintStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osintkg.article.ArticleReader;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.live.FolderWatcher;
import org.osintkg.live.LiveStore;
import org.osintkg.live.PoliteFetcher;
import org.osintkg.pipeline.Pipeline;
import org.osintkg.query.SavedQuery;
import org.osintkg.server.OsintServer;
import org.osintkg.server.ServerConfig;
import org.osintkg.store.Store;

/**
 * Saved-query latency of a live store: every saved query (no network) timed over HTTP on the idle
 * server, then again while new articles arrive through {@code POST /osint/ingest} at a fixed rate,
 * one article a request, as a feed relay would send them. Reports median and 95th percentile of each,
 * the query errors, and the rate and latency the endpoint achieved.
 */
public final class LiveBenchmark {
    private final KnowledgeBase kb;
    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final int threads;
    private final int runs;
    private final PrintStream log;
    private final HttpClient http = HttpClient.newHttpClient();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    public LiveBenchmark(KnowledgeBase kb, Pipeline pipeline, ArticleReader reader, int threads, int runs, PrintStream log) {
        this.kb = kb;
        this.pipeline = pipeline;
        this.reader = reader;
        this.threads = threads;
        this.runs = runs;
        this.log = log;
    }

    /** Measures on the store in {@code storeDir}, with articles posted at {@code rate} per second. */
    public Map<String, Object> run(Path storeDir, double rate) throws Exception {
        Path pw = Files.createTempFile("osintkg-bench", ".passwd");
        Files.writeString(pw, "bench: bench\n");
        Map<String, Object> out = new LinkedHashMap<>();
        try (Store store = Store.open(storeDir)) {
            store.putReferences(kb.graph());
            LiveStore.Options o = new LiveStore.Options(List.of(), new FolderWatcher.Options(Duration.ofSeconds(2),
                    Duration.ofMinutes(1), false), List.of(), Duration.ofMinutes(15),
                    new PoliteFetcher.Options(Duration.ofSeconds(1), Duration.ofSeconds(30), 1, Duration.ofSeconds(1), 1), threads);
            try (LiveStore live = LiveStore.start(store, reader, pipeline, o, line -> { });
                 OsintServer server = OsintServer.start(store.dataset(), new ServerConfig("127.0.0.1", 0, 60_000, false, pw),
                         live.endpoints())) {
                String base = server.url("127.0.0.1");
                List<SavedQuery> queries = new ArrayList<>();
                for (SavedQuery q : SavedQuery.all(Path.of("queries"))) if (q.needs() == null) queries.add(q);
                log.println("idle: timing " + queries.size() + " saved queries over HTTP, " + runs + " runs each");
                Map<String, Object> idle = time(base, queries);
                log.printf(Locale.ROOT, "under ingest: %.0f articles/s through POST /osint/ingest%n", rate);
                Feeder feeder = new Feeder(base, rate);
                Thread.sleep(5000); // the pipeline busy, the first commits made
                Map<String, Object> busy = time(base, queries);
                Map<String, Object> fed = feeder.stop();
                out.put("idle", idle);
                out.put("underIngest", busy);
                out.put("ingest", fed);
            }
        } finally {
            Files.deleteIfExists(pw);
        }
        return out;
    }

    /** Each query: one untimed run, then {@code runs} timed ones; median, p95, errors. */
    private Map<String, Object> time(String base, List<SavedQuery> queries) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SavedQuery q : queries) {
            ask(base, q.text());
            List<Long> ms = new ArrayList<>();
            int errors = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                if (!ask(base, q.text())) errors++;
                ms.add((System.nanoTime() - start) / 1_000_000);
            }
            long[] sorted = ms.stream().mapToLong(Long::longValue).sorted().toArray();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("medianMs", Benchmark.percentile(sorted, 50));
            row.put("p95Ms", Benchmark.percentile(sorted, 95));
            row.put("errors", errors);
            out.put(q.name(), row);
            log.printf(Locale.ROOT, "  %-22s %s%n", q.name(), row);
        }
        return out;
    }

    private boolean ask(String base, String sparql) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + "osint/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build();
            return http.send(r, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Posts generated articles, new to any store, at a fixed rate, without waiting for one answer to send the next. */
    private final class Feeder {
        private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        private final CorpusGenerator generator = new CorpusGenerator(kb, 4242);
        /** Article numbers new to every run: a run posts far fewer than 1000 a second of the clock. */
        private final AtomicInteger next = new AtomicInteger(100_000_000 + (int) (java.time.Instant.now().getEpochSecond() % 1_000_000) * 1000);
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger stored = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final long startNanos = System.nanoTime();
        private final String auth = "Basic " + Base64.getEncoder().encodeToString("bench:bench".getBytes(StandardCharsets.UTF_8));
        private final String url;
        private volatile String firstFailure;

        private boolean storedOne(String body) {
            try {
                return JSON.readTree(body).path("ingested").asInt() == 1;
            } catch (IOException e) {
                return false;
            }
        }

        Feeder(String base, double rate) {
            url = base + "osint/ingest";
            clock.scheduleAtFixedRate(this::send, 0, Math.round(1_000_000 / rate), TimeUnit.MICROSECONDS);
        }

        private void send() {
            byte[] body = (generator.article(next.getAndIncrement()).toString() + "\n").getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            sent.incrementAndGet();
            http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-ndjson")
                    .header("Authorization", auth).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                        if (e == null && r.statusCode() == 200 && storedOne(r.body())) {
                            stored.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            if (firstFailure == null) firstFailure = e != null ? e.toString() : r.statusCode() + " " + r.body();
                        }
                        latencies.add((System.nanoTime() - start) / 1_000_000);
                    });
        }

        Map<String, Object> stop() throws InterruptedException {
            clock.shutdownNow();
            clock.awaitTermination(5, TimeUnit.SECONDS);
            double secs = (System.nanoTime() - startNanos) / 1e9;
            long deadline = System.currentTimeMillis() + 120_000;
            while (stored.get() + failed.get() < sent.get() && System.currentTimeMillis() < deadline) Thread.sleep(100);
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sent", sent.get());
            m.put("stored", stored.get());
            m.put("failed", failed.get());
            m.put("sentPerSecond", Math.round(sent.get() / secs * 10) / 10.0);
            m.put("requestMedianMs", Benchmark.percentile(sorted, 50));
            m.put("requestP95Ms", Benchmark.percentile(sorted, 95));
            if (firstFailure != null) m.put("firstFailure", firstFailure);
            log.printf(Locale.ROOT, "endpoint: %s%n", m);
            return m;
        }
    }

    /** The figures as a table: idle and under-ingest median / p95 per query, and the p95 ratio. */
    @SuppressWarnings("unchecked")
    public static void printTable(Map<String, Object> r, PrintStream out) {
        Map<String, Map<String, Object>> idle = (Map<String, Map<String, Object>>) r.get("idle");
        Map<String, Map<String, Object>> busy = (Map<String, Map<String, Object>>) r.get("underIngest");
        out.println("| query | idle median / p95 ms | under ingest median / p95 ms | p95 ratio | errors |");
        out.println("|---|---|---|---|---|");
        idle.forEach((q, i) -> {
            Map<String, Object> b = busy.get(q);
            double ratio = ((Number) b.get("p95Ms")).doubleValue() / Math.max(1, ((Number) i.get("p95Ms")).doubleValue());
            out.printf(Locale.ROOT, "| %s | %s / %s | %s / %s | %.2f | %s |%n", q, i.get("medianMs"), i.get("p95Ms"),
                    b.get("medianMs"), b.get("p95Ms"), ratio, ((Number) i.get("errors")).intValue() + ((Number) b.get("errors")).intValue());
        });
        out.println("ingest: " + r.get("ingest"));
    }
}
