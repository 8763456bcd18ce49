package org.osintkg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;
import org.osintkg.article.ArticleReader;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.pipeline.Ingest;
import org.osintkg.pipeline.Pipeline;
import org.osintkg.pipeline.StageTimes;
import org.osintkg.pipeline.StageTimes.Stage;
import org.osintkg.pipeline.Summary;
import org.osintkg.query.QueryRunner;
import org.osintkg.query.SavedQuery;
import org.osintkg.store.RdfFiles;
import org.osintkg.store.Store;

/**
 * The throughput, memory and latency benchmark: generates a corpus, ingests it in blocks into a
 * TDB2 store (after a warm-up), times every saved query whenever the store reaches one of the
 * requested sizes, converts and bulk-loads a slice, and times a one-article ingest and a server
 * start in fresh processes. Prints a table and writes the figures as JSON.
 */
public final class Benchmark {
    /** Articles per generated feed file: the unit of the cost-growth series. */
    static final int BLOCK = 1000;

    /**
     * What to run.
     *
     * @param sizes        store sizes (articles) at which ingest cost and query latency are measured
     * @param dir          working folder (corpus, RDF files, stores)
     * @param threads      worker threads for ingest and convert
     * @param warmup       articles ingested into a throw-away store first, so the JIT has compiled the hot code
     * @param ingest       articles ingested into a new store for the throughput figures
     * @param queryRuns    timed runs of each saved query per size (after one untimed run)
     * @param queryTimeout per-run time limit in milliseconds
     * @param loader       the TDB2 bulk loader that builds the stores of each size
     * @param startup      whether to time a one-article ingest and a server start in new processes
     * @param real         the real-shaped measurements
     */
    public record Config(List<Integer> sizes, Path dir, int threads, int warmup, int ingest, int queryRuns,
                         long queryTimeout, Store.Loader loader, boolean startup, Real real) {}

    /**
     * Measurements on text of real shape.
     *
     * @param folders real articles: the shapes compared, and the sources of the variants ingested
     * @param ingest  variants of the real articles ingested into a new store (0: none)
     * @param lengths article lengths in tokens at which the cost per token is timed
     * @param only    run these alone, not the generated corpus, stores and queries
     */
    public record Real(List<Path> folders, int ingest, List<Integer> lengths, boolean only, List<Path> cyrillic) {
        public Real(List<Path> folders, int ingest, List<Integer> lengths, boolean only) {
            this(folders, ingest, lengths, only, List.of());
        }
    }

    private final Config config;
    private final KnowledgeBase kb;
    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final PrintStream log;
    private final Map<String, Object> results = new LinkedHashMap<>();

    public Benchmark(Config config, KnowledgeBase kb, Pipeline pipeline, ArticleReader reader, PrintStream log) {
        this.config = config;
        this.kb = kb;
        this.pipeline = pipeline;
        this.reader = reader;
        this.log = log;
    }

    /**
     * Runs every part and returns the figures (also printed as it goes): throughput on a new store;
     * the corpus converted to N-Quads; then for each size a store bulk-loaded with that many
     * articles, a block of new articles ingested into it, and the saved queries timed on it.
     */
    public Map<String, Object> run() throws Exception {
        int max = config.sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int blocks = max / BLOCK;
        // Named for its shape: a corpus generated before its lengths were real ones is not reused.
        Path corpus = config.dir().resolve("corpus-real-lengths");
        CorpusGenerator generator = new CorpusGenerator(kb, 42);
        results.put("machine", machine());
        results.put("config", row("sizes", config.sizes(), "threads", config.threads(), "warmup", config.warmup(),
                "ingest", config.ingest(), "queryRuns", config.queryRuns(), "loader", config.loader().name().toLowerCase(Locale.ROOT)));
        // Enough blocks for the largest store plus one, and for the ingest figures.
        generate(generator, corpus, Math.max(blocks + 1, Math.max(1, config.ingest() / BLOCK)));
        realShapes(corpus);
        if (config.real().only()) return results;
        warmUp(generator);
        results.put("ingest", ingest(corpus, Math.max(1, config.ingest() / BLOCK)));
        List<Path> rdf = convert(corpus, blocks);
        List<Map<String, Object>> bySize = new ArrayList<>();
        Map<String, Object> latencies = new LinkedHashMap<>();
        for (int size : config.sizes()) {
            Path storeDir = config.dir().resolve("store-" + size);
            deleteTree(storeDir);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("storeArticles", size);
            figures.put("load", load(storeDir, rdf.subList(0, size / BLOCK)));
            // The block after the corpus: new to every store, so each size ingests the same articles.
            Map<String, Object> block = ingestBlock(storeDir, block(corpus, blocks));
            figures.put("ingestBlock", block);
            // Keyed by what the store holds when queried: the loaded articles and the block just ingested.
            try (Store store = Store.open(storeDir)) {
                latencies.put(Long.toString(size + ((Number) block.get("articles")).longValue()), queries(store));
            }
            bySize.add(figures);
            if (size == max && config.startup()) startup(generator, storeDir);
            deleteTree(storeDir);
        }
        results.put("bySize", bySize);
        results.put("queryLatencyMs", latencies);
        return results;
    }

    /**
     * The shapes of the real corpora and of the generated one side by side, the ingest of variants of
     * the real articles, and the cost per token at each length.
     */
    private void realShapes(Path corpus) throws Exception {
        RealShapes real = new RealShapes(pipeline, reader, config.threads(), log);
        Map<String, Object> shapes = new LinkedHashMap<>();
        List<org.osintkg.article.Article> all = new ArrayList<>();
        List<org.osintkg.article.Article> first = List.of();
        for (Path folder : config.real().folders()) {
            List<org.osintkg.article.Article> articles = real.read(List.of(folder));
            if (articles.isEmpty()) continue;
            if (all.isEmpty()) first = articles;
            all.addAll(articles);
            shapes.put(folder.toString(), real.shape(articles));
        }
        List<org.osintkg.article.Article> generated = real.read(List.of(block(corpus, 0)));
        shapes.put("generated", real.shape(generated.subList(0, Math.min(300, generated.size()))));
        log.printf(Locale.ROOT, "shapes (10th, 50th, 90th percentile per article): %s%n", shapes);
        results.put("shapes", shapes);
        if (all.isEmpty()) return;
        Path dir = config.dir().resolve("real");
        if (config.real().ingest() > 0) {
            // Variants of the first folder's articles (the seeds by default): real news of full length.
            results.put("realIngest", real.variantIngest(first, dir, config.warmup(), config.real().ingest()));
        }
        List<Path> cyrillic = config.real().cyrillic().stream().filter(java.nio.file.Files::exists).toList();
        if (!cyrillic.isEmpty() && config.real().ingest() > 0) {
            results.put("cyrillicIngest", new CyrillicIngest(real, log).run(cyrillic, dir.resolve("cyrillic"),
                    config.warmup(), config.real().ingest()));
        }
        if (!config.real().lengths().isEmpty()) {
            results.put("lengths", real.lengths(all, dir, config.real().lengths(), 100_000));
        }
    }

    /** Times the saved queries on an existing store, keyed by the number of reports it holds. */
    public static Map<String, Object> queriesOn(Path storeDir, Config config, PrintStream log) throws IOException {
        Benchmark b = new Benchmark(config, null, null, null, log);
        Map<String, Object> latencies = new LinkedHashMap<>();
        try (Store store = Store.open(storeDir)) {
            latencies.put(Long.toString(reports(store)), b.queries(store));
        }
        b.results.put("machine", machine());
        b.results.put("queryLatencyMs", latencies);
        return b.results;
    }

    private static long reports(Store store) {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?r a <https://w3id.org/osintkg/ontology#Report> }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private void generate(CorpusGenerator generator, Path corpus, int blocks) throws IOException {
        Files.createDirectories(corpus);
        long start = System.nanoTime();
        int made = 0;
        for (int b = 0; b < blocks; b++) {
            Path f = block(corpus, b);
            if (Files.exists(f)) continue;
            generator.writeFeed(f, b * BLOCK, (b + 1) * BLOCK);
            made++;
        }
        log.printf(Locale.ROOT, "corpus: %d feed files of %d articles under %s (%d generated in %.1f s)%n",
                blocks, BLOCK, corpus, made, secs(start));
    }

    private static Path block(Path corpus, int b) {
        return corpus.resolve(String.format(Locale.ROOT, "feed-%05d.jsonl", b));
    }

    private void warmUp(CorpusGenerator generator) throws Exception {
        if (config.warmup() <= 0) return;
        Path dir = config.dir().resolve("warmup");
        deleteTree(dir);
        Files.createDirectories(dir);
        // Articles past the corpus: the warm-up never pre-populates what is measured.
        generator.writeFeed(dir.resolve("warmup.jsonl"), 10_000_000, 10_000_000 + config.warmup());
        long start = System.nanoTime();
        try (Store s = Store.open(dir.resolve("store"))) {
            new Ingest(reader, pipeline, s, config.threads()).run(List.of(dir.resolve("warmup.jsonl").toString()),
                    System.in, x -> {});
        }
        deleteTree(dir);
        log.printf(Locale.ROOT, "warm-up: %d articles in %.1f s%n", config.warmup(), secs(start));
    }

    /** End-to-end ingest into a new store: throughput, tokens, stage shares, heap, writes into TDB2. */
    private Map<String, Object> ingest(Path corpus, int blocks) throws Exception {
        Path storeDir = config.dir().resolve("ingest-store");
        deleteTree(storeDir);
        StageTimes times = pipeline.times();
        times.reset();
        resetPeakHeap();
        List<String> inputs = new ArrayList<>();
        for (int b = 0; b < blocks; b++) inputs.add(block(corpus, b).toString());
        long start = System.nanoTime();
        Summary s;
        try (Store store = Store.open(storeDir)) {
            store.putReferences(kb.graph());
            s = new Ingest(reader, pipeline, store, config.threads()).run(inputs, System.in, x -> {});
        }
        double secs = secs(start);
        Map<String, Object> out = row("articles", s.read, "failed", s.failed(), "seconds", round(secs),
                "articlesPerSecond", round(s.read / secs), "tokensPerSecond", round(times.tokens() / secs),
                "triples", s.triples, "triplesPerSecondIntoTdb2", round(s.triples / (times.nanos(Stage.STORE) / 1e9)),
                "stageShare", shares(times), "peakHeapMB", peakHeapMB(), "maxHeapMB", Runtime.getRuntime().maxMemory() >> 20,
                "diskMB", diskMB(storeDir));
        log.printf(Locale.ROOT, "ingest: %s%n", out);
        deleteTree(storeDir);
        return out;
    }

    /**
     * The corpus as N-Quads, one file per block, through the same pipeline (the bulk path's first
     * half). The files are kept under a folder named for the extraction version, so a later run with
     * the same extraction reuses them and says so.
     */
    private List<Path> convert(Path corpus, int blocks) throws Exception {
        Path dir = config.dir().resolve("rdf-" + Pipeline.VERSION);
        List<Path> files = new ArrayList<>();
        for (int b = 0; b < blocks; b++) files.add(dir.resolve(String.format(Locale.ROOT, "feed-%05d.nq.gz", b)));
        Path done = dir.resolve("complete-" + blocks);
        if (Files.exists(done)) {
            results.put("convert", row("reused", dir.toString(), "figures", Files.readString(done)));
            log.printf(Locale.ROOT, "convert: reusing %s (%s)%n", dir, Files.readString(done));
            return files;
        }
        long start = System.nanoTime();
        long articles = 0;
        try (RdfFiles out = RdfFiles.create(files.get(0))) {
            out.putReferences(kb.graph());
            for (int b = 0; b < blocks; b++) {
                if (b > 0) out.continueIn(files.get(b));
                articles += new Ingest(reader, pipeline, out, config.threads())
                        .run(List.of(block(corpus, b).toString()), System.in, x -> {}).read;
                if ((b + 1) % 10 == 0) log.printf(Locale.ROOT, "convert: %,d articles%n", articles);
            }
        }
        double secs = secs(start);
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        Map<String, Object> figures = row("articles", articles, "seconds", round(secs), "articlesPerSecond",
                round(articles / secs), "gzipBytes", bytes);
        results.put("convert", figures);
        Files.writeString(done, figures.toString());
        log.printf(Locale.ROOT, "convert: %,d articles in %.1f s (%.1f articles/s)%n", articles, secs, articles / secs);
        return files;
    }

    /** A new store bulk-loaded from the files; the optimizer statistics are timed apart from the load. */
    private Map<String, Object> load(Path storeDir, List<Path> files) {
        Store.Loaded l = Store.load(storeDir, files.stream().map(Path::toString).toList(), config.loader(), (fmt, args) -> {});
        // The loader's own rate, and the rate with the summary recount and the statistics after it.
        Map<String, Object> out = row("quads", l.quads(), "seconds", round(l.loadSeconds()),
                "quadsPerSecond", round(l.quads() / Math.max(0.001, l.loadSeconds())),
                "summarySeconds", round(l.summarySeconds()), "statsSeconds", round(l.statsSeconds()),
                "quadsPerSecondWithSummaryAndStats", round(l.quads() / Math.max(0.001, l.seconds())),
                "diskMB", diskMB(storeDir));
        log.printf(Locale.ROOT, "load (%s): %s%n", config.loader().name().toLowerCase(Locale.ROOT), out);
        return out;
    }

    /** Ingests one block of new articles into a store of a given size: the cost per article as the store grows. */
    private Map<String, Object> ingestBlock(Path storeDir, Path feed) throws Exception {
        StageTimes times = pipeline.times();
        times.reset();
        long before = diskMB(storeDir);
        long start = System.nanoTime();
        Summary s;
        try (Store store = Store.open(storeDir)) {
            s = new Ingest(reader, pipeline, store, config.threads()).run(List.of(feed.toString()), System.in, x -> {});
        }
        double secs = secs(start);
        Map<String, Object> perArticle = new LinkedHashMap<>();
        for (Stage st : Stage.values()) perArticle.put(st.name().toLowerCase(Locale.ROOT), round(times.nanos(st) / 1e6 / Math.max(1, s.read)));
        Map<String, Object> out = row("articles", s.read, "msPerArticle", round(secs * 1000 / Math.max(1, s.read)),
                "articlesPerSecond", round(s.read / secs), "stageMsPerArticle", perArticle,
                "diskGrowthMB", diskMB(storeDir) - before);
        log.printf(Locale.ROOT, "ingest of %d new articles: %s%n", s.read, out);
        return out;
    }

    /**
     * Times every saved query that needs no network, as it stands (every parameter unbound: the
     * whole store) and, when it takes parameters, with each bound to a typical value from the store.
     */
    private Map<String, Object> queries(Store store) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Node> typical = typicalParams(store);
        for (SavedQuery q : SavedQuery.all(Path.of("queries"))) {
            if (q.needs() != null) continue;
            Query query = QueryFactory.create(q.text());
            out.put(q.name(), time(store, query, Map.of()));
            log.printf(Locale.ROOT, "  %-34s %s%n", q.name(), out.get(q.name()));
            Map<String, Node> bound = new LinkedHashMap<>();
            for (String p : q.params()) {
                String name = p.split("[\\s—]+", 2)[0];
                if (typical.containsKey(name)) bound.put(name, typical.get(name));
            }
            if (!bound.isEmpty()) {
                String key = q.name() + " (" + String.join(", ", bound.keySet()) + " bound)";
                out.put(key, time(store, query, bound));
                log.printf(Locale.ROOT, "  %-34s %s%n", key, out.get(key));
            }
        }
        return out;
    }

    /**
     * One untimed run, then up to {@code queryRuns} timed ones within about 20 seconds (at least
     * three). A query whose first run alone takes over {@link #SLOW_MS} is reported from that run:
     * repeating it would only stretch the benchmark.
     */
    private Map<String, Object> time(Store store, Query query, Map<String, Node> params) {
        List<Long> ms = new ArrayList<>();
        long rows;
        try {
            long first = System.nanoTime();
            rows = runQuery(store, query, params);
            long firstMs = (System.nanoTime() - first) / 1_000_000;
            if (firstMs > SLOW_MS) return row("medianMs", firstMs, "p95Ms", firstMs, "runs", 1, "rows", rows);
            long budget = System.nanoTime() + 20_000_000_000L;
            while (ms.size() < config.queryRuns() && (ms.size() < 3 || System.nanoTime() < budget)) {
                long start = System.nanoTime();
                runQuery(store, query, params);
                ms.add((System.nanoTime() - start) / 1_000_000);
            }
        } catch (QueryCancelledException e) {
            return row("error", "time-out after " + config.queryTimeout() + " ms");
        }
        long[] sorted = ms.stream().mapToLong(Long::longValue).sorted().toArray();
        return row("medianMs", percentile(sorted, 50), "p95Ms", percentile(sorted, 95), "runs", sorted.length, "rows", rows);
    }

    /** A first run slower than this is not repeated. */
    static final long SLOW_MS = 10_000;

    /** For each parameter name the saved queries use, the value an analyst would most likely ask about. */
    private static Map<String, Node> typicalParams(Store store) {
        Map<String, Node> out = new LinkedHashMap<>();
        String prefixes = "PREFIX osint: <https://w3id.org/osintkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> ";
        Map<String, String> mostFrequent = Map.of(
                "place", "?c osint:location ?x . ?x a osint:Region",
                "about", "?c osint:about ?x",
                "claimant", "?c osint:claimant ?x",
                "person", "?m osint:mentionOf ?x . ?x a osint:Person",
                "entity", "?m osint:mentionOf ?x . ?x a osint:Person",
                "outlet", "?r dcterms:publisher ?x");
        Txn.executeRead(store.dataset(), () -> mostFrequent.forEach((name, pattern) -> {
            String q = prefixes + "SELECT ?x (COUNT(*) AS ?n) WHERE { " + pattern + " } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1";
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                var rs = qe.execSelect();
                if (rs.hasNext()) out.put(name, rs.next().get("x").asNode());
            }
        }));
        // The workbench's pages for one report, claim or name: the report with the most claims, its first
        // claim, and the surname of the person most mentioned as the text a search box is given.
        Txn.executeRead(store.dataset(), () -> {
            String q = prefixes + "SELECT ?x (COUNT(*) AS ?n) WHERE { ?c osint:reportedIn ?x } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1";
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                var rs = qe.execSelect();
                if (rs.hasNext()) out.put("report", rs.next().get("x").asNode());
            }
            if (out.containsKey("report")) {
                String c = prefixes + "SELECT ?x WHERE { ?x osint:reportedIn <" + out.get("report").getURI() + "> } ORDER BY ?x LIMIT 1";
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(c).build()) {
                    var rs = qe.execSelect();
                    if (rs.hasNext()) out.put("claim", rs.next().get("x").asNode());
                }
            }
            if (out.containsKey("person")) {
                String l = "SELECT ?l WHERE { <" + out.get("person").getURI() + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 1";
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(l).build()) {
                    var rs = qe.execSelect();
                    if (rs.hasNext()) {
                        String[] words = rs.next().get("l").asLiteral().getLexicalForm().split("\\s+");
                        out.put("text", NodeFactory.createLiteralString(words[words.length - 1]));
                    }
                }
            }
        });
        out.put("type", NodeFactory.createURI("https://w3id.org/osintkg/ontology#TroopCount"));
        out.put("kind", NodeFactory.createURI("https://w3id.org/osintkg/ontology#Region"));
        out.put("dataset", NodeFactory.createLiteralString("wikidata"));
        return out;
    }

    private long runQuery(Store store, Query query, Map<String, Node> params) {
        return QueryRunner.count(query, params, store.dataset(), config.queryTimeout());
    }

    /** A one-article ingest into the benchmark store, and a server start on it, each in a new JVM. */
    private void startup(CorpusGenerator generator, Path storeDir) throws Exception {
        Path one = config.dir().resolve("one-article.jsonl");
        generator.writeFeed(one, 20_000_000, 20_000_001);
        long start = System.nanoTime();
        int code = child(config.dir().resolve("one-article.log"), "ingest", one.toString(), "--store", storeDir.toString(),
                "--quiet").waitFor();
        double ingestSecs = secs(start);
        log.printf(Locale.ROOT, "one-article ingest into the store, new process: %.1f s (exit %d)%n", ingestSecs, code);

        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        start = System.nanoTime();
        Process serve = child(config.dir().resolve("serve.log"), "serve", "--store", storeDir.toString(), "--port",
                Integer.toString(port));
        double ready = -1;
        HttpClient http = HttpClient.newHttpClient();
        URI ask = URI.create("http://127.0.0.1:" + port + "/osint/sparql?query=ASK%7B%7D");
        while (serve.isAlive() && secs(start) < 120) {
            try {
                if (http.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    ready = secs(start);
                    break;
                }
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        serve.destroy();
        serve.waitFor(30, TimeUnit.SECONDS);
        log.printf(Locale.ROOT, "serve on the store, new process, until the first query answers: %.1f s%n", ready);
        results.put("startup", row("oneArticleIngestSeconds", round(ingestSecs), "oneArticleIngestExit", code,
                "serveReadySeconds", round(ready)));
    }

    private static Process child(Path logFile, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), "org.osintkg.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    }

    static Map<String, Object> shares(StageTimes times) {
        long total = 0;
        for (Stage s : Stage.values()) total += times.nanos(s);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            out.put(s.name().toLowerCase(Locale.ROOT), total == 0 ? 0 : round(100.0 * times.nanos(s) / total));
        }
        return out;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound on the heap in use at any moment since the reset. */
    private static long peakHeapMB() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB";
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long diskMB(Path dir) {
        return Store.diskBytes(dir) >> 20;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
