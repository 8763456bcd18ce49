package org.osintkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osintkg.article.ArticleReader;
import org.osintkg.bench.Benchmark;
import org.osintkg.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = {
        "The benchmark: generates distinct articles (varied names, numbers, places, dates, outlets); after a",
        "warm-up, ingests some into a new store (articles/s, tokens/s, share of time per stage, peak heap,",
        "triples/s into TDB2); converts the corpus to N-Quads; for each size bulk-loads a store (quads/s),",
        "ingests 1000 new articles into it (cost per article as the store grows) and times every saved query",
        "(median, 95th percentile), unbound and with typical parameters; at the largest size times a",
        "one-article ingest and a server start in new processes. Prints a table and writes JSON.",
        "Run with OSINTKG_JAVA_OPTS=-Xmx2g to hold it to a 2 GB heap."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", split = ",", defaultValue = "1000,10000", paramLabel = "N[,N…]",
            description = "Store sizes at which queries are timed; the largest is the corpus (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--dir", defaultValue = "target/bench", paramLabel = "DIR",
            description = "Working folder: generated corpus (kept between runs), stores (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--threads", defaultValue = "0",
            description = "Worker threads (default: one per core; with --under-ingest, one per core but one, as serve has).")
    int threads;

    @Option(names = "--warmup", defaultValue = "300", description = "Warm-up articles (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--query-runs", defaultValue = "20", description = "Timed runs per query and size (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--query-timeout", defaultValue = "60", description = "Seconds a query run may take (default: ${DEFAULT-VALUE}).")
    long queryTimeout;

    @Option(names = "--ingest", defaultValue = "5000",
            description = "Articles ingested into a new store for the throughput figures (default: ${DEFAULT-VALUE}).")
    int ingest;

    @Option(names = "--loader", defaultValue = "sorted",
            description = "TDB2 loader for the stores of each size: basic, sequential, phased, parallel, sorted (default: ${DEFAULT-VALUE}).")
    String loader;

    @Option(names = "--no-startup", description = "Skip timing the one-article ingest and the server start.")
    boolean noStartup;

    @Option(names = "--json", paramLabel = "FILE", description = "Where to write the figures (default: DIR/bench.json).")
    Path json;

    @Option(names = "--real", split = ",", defaultValue = "seeds,.cache/corpus,.cache/devset", paramLabel = "DIR[,DIR…]",
            description = "Folders of real articles: their shapes beside the generated corpus's, and the sources of the "
                    + "real-shaped ingest; missing folders are skipped (default: ${DEFAULT-VALUE}).")
    List<Path> real;

    @Option(names = "--real-ingest", defaultValue = "2000",
            description = "Variants of the first --real folder's articles (the seeds) ingested into a new store "
                    + "(default: ${DEFAULT-VALUE}; 0 for none).")
    int realIngest;

    @Option(names = "--lengths", split = ",", defaultValue = "250,500,1000,2000,8000", paramLabel = "N[,N…]",
            description = "Article lengths in tokens at which the cost per token is timed (default: ${DEFAULT-VALUE}).")
    List<Integer> lengths;

    @Option(names = "--real-only", description = "Only the real-shaped measurements: shapes, real-shaped ingest, lengths.")
    boolean realOnly;

    @Option(names = "--cyrillic", split = ",", defaultValue = ".cache/cyrillic", paramLabel = "DIR[,DIR…]",
            description = "Folders of real Ukrainian and Russian articles: variants of them (--real-ingest of each language) "
                    + "ingested into a new store; missing folders are skipped (default: ${DEFAULT-VALUE}).")
    List<Path> cyrillic;

    @Option(names = "--store", paramLabel = "STORE",
            description = "Only time the saved queries on this existing store (nothing generated, loaded or ingested).")
    Path store;

    @Option(names = "--under-ingest", paramLabel = "RATE",
            description = "With --store: time the saved queries over HTTP on a live serve, idle and while RATE articles/s arrive through POST /osint/ingest.")
    Double underIngest;

    @Override
    public Integer call() throws Exception {
        if (underIngest != null) {
            if (store == null) {
                System.err.println("error: --under-ingest needs --store");
                return 2;
            }
            KnowledgeBase kb = Components.kb(List.of());
            // As serve does: live ingest leaves a core to the queries.
            int n = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            Map<String, Object> figures = new org.osintkg.bench.LiveBenchmark(kb, Components.pipeline(kb),
                    Components.reader(kb, ArticleReader.DEFAULT_MAX_BYTES), n, queryRuns, System.out).run(store, underIngest);
            org.osintkg.bench.LiveBenchmark.printTable(figures, System.out);
            Path out = json != null ? json : dir.resolve("bench-live.json");
            Files.createDirectories(out.toAbsolutePath().getParent());
            org.osintkg.bench.BenchReport.writeJson(figures, out);
            System.out.println("figures written to " + out);
            return 0;
        }
        if (sizes.stream().anyMatch(n -> n < 1 || n % 1000 != 0)) {
            System.err.println("error: --articles sizes must be positive multiples of 1000, not " + sizes);
            return 2;
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        KnowledgeBase kb = Components.kb(List.of());
        Benchmark.Config config = new Benchmark.Config(sizes.stream().sorted().toList(), dir, n, warmup, ingest, queryRuns,
                queryTimeout * 1000, org.osintkg.store.Store.Loader.valueOf(loader.toUpperCase(java.util.Locale.ROOT)),
                !noStartup, new Benchmark.Real(real, realIngest, lengths, realOnly, cyrillic));
        Files.createDirectories(dir);
        Map<String, Object> figures = store != null
                ? Benchmark.queriesOn(store, config, System.out)
                : new Benchmark(config, kb, Components.pipeline(kb), Components.reader(kb, ArticleReader.DEFAULT_MAX_BYTES),
                        System.out).run();
        org.osintkg.bench.BenchReport.print(figures, System.out);
        Path out = json != null ? json : dir.resolve("bench.json");
        org.osintkg.bench.BenchReport.writeJson(figures, out);
        System.out.println("figures written to " + out);
        return 0;
    }
}
