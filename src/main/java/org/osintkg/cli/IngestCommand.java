package org.osintkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.osintkg.article.ArticleException;
import org.osintkg.article.ArticleReader;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.pipeline.Ingest;
import org.osintkg.pipeline.Summary;
import org.osintkg.store.ReportSink;
import org.osintkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = {
        "Reads articles (plain text, HTML, JSON Lines; files, folders or - for stdin), extracts entities",
        "and claims, and writes one named graph per report into the store.",
        "Exit code: 0 when every input was ingested or unchanged, 1 when any failed."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ArticleOptions articles;

    @Override
    public Integer call() throws Exception {
        try (Store s = Store.open(store.store)) {
            Summary summary = ingest(s, articles.inputs, articles.kb, articles.threads, articles.maxBytes, articles.quiet);
            return summary.failed() == 0 ? 0 : 1;
        }
    }

    /**
     * Articles written by one ingest after which the store is compacted and the optimizer
     * statistics counted again: both read every quad, so a small ingest into a large store does
     * not pay for them.
     */
    static final int TIDY_AFTER = 1000;

    /** Ingests inputs into an open store, reporting failures as they happen and a summary at the end. */
    static Summary ingest(Store s, List<String> inputs, List<Path> kb, int threads, long maxBytes, boolean quiet)
            throws Exception {
        Instant start = Instant.now();
        KnowledgeBase knowledge = Components.kb(kb);
        s.putReferences(knowledge.graph());
        s.summarizeIfMissing();
        return ingest(s, knowledge, Components.pipeline(knowledge), inputs, threads, maxBytes, quiet, start);
    }

    /** Ingests inputs with a KB and pipeline already loaded (and written to the store). */
    static Summary ingest(Store s, KnowledgeBase knowledge, org.osintkg.pipeline.Pipeline pipeline, List<String> inputs,
                          int threads, long maxBytes, boolean quiet, Instant start) throws Exception {
        Summary summary = run(s, knowledge, pipeline, inputs, threads, maxBytes, quiet);
        if (summary.ingested + summary.replaced >= TIDY_AFTER) tidy(s);
        summary.print(System.out, Duration.between(start, Instant.now()));
        return summary;
    }

    /** Compacts the store (many commits leave old index blocks behind) and counts the optimizer statistics. */
    static void tidy(Store s) {
        long before = s.diskBytes();
        s.compact();
        s.writeOptimizerStats();
        System.out.printf(java.util.Locale.ROOT, "store compacted: %d MB to %d MB; optimizer statistics written%n",
                before >> 20, s.diskBytes() >> 20);
    }

    /** Runs articles through the pipeline into a sink, with a progress bar or progress lines and failure lines. */
    static Summary run(ReportSink sink, KnowledgeBase knowledge, List<String> inputs, int threads, long maxBytes,
                       boolean quiet) throws Exception {
        return run(sink, knowledge, Components.pipeline(knowledge), inputs, threads, maxBytes, quiet);
    }

    /** As {@link #run(ReportSink, KnowledgeBase, List, int, long, boolean)}, with a pipeline already built. */
    static Summary run(ReportSink sink, KnowledgeBase knowledge, org.osintkg.pipeline.Pipeline pipeline, List<String> inputs,
                       int threads, long maxBytes, boolean quiet) throws Exception {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Ingest ingest = new Ingest(Components.reader(knowledge, maxBytes), pipeline, sink, n);
        boolean bar = !quiet && System.console() != null;
        try (ProgressBar pb = bar ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build() : null) {
            int[] failedShown = {0};
            return ingest.run(inputs, System.in, sum -> {
                while (failedShown[0] < sum.failed()) {
                    ArticleException f = sum.failures.get(failedShown[0]++);
                    System.err.println("failed: " + f.source() + ": " + f.reason());
                }
                if (pb != null) pb.stepTo(sum.read + sum.failed());
                else if (!quiet && (sum.read + sum.failed()) % 10 == 0) {
                    // No terminal (a log, a pipe): a line now and then instead of a bar.
                    System.err.println("progress: " + sum.read + " articles processed, " + sum.failed() + " failed");
                }
            });
        }
    }
}
