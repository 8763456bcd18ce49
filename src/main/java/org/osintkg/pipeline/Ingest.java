package org.osintkg.pipeline;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.article.ArticleReader;
import org.osintkg.rdf.ReportGraphs;
import org.osintkg.store.ReportSink;
import org.osintkg.store.Store;

/**
 * A batch: articles are read in order, annotated and extracted by worker threads, and written by
 * one writer. The writer commits the articles that arrive within a second of each other in one
 * transaction (at most {@link #MAX_COMMIT}), so the cost of a commit is paid once per group while
 * a crash still leaves each article either fully in or not at all. A bounded queue keeps memory flat for any batch size.
 */
public final class Ingest {
    /** A graph to write, or the reason an input failed; {@code worked} when a worker made it (and holds a permit). */
    private record Result(ReportGraphs graphs, ArticleException failure, boolean worked) {}

    private static final Result END = new Result(null, null, false);

    /**
     * Most articles one commit holds. TDB2 copies every index block a transaction touches, so the
     * files grow by roughly the blocks touched per commit: few large commits keep a store several
     * times smaller (and faster to write) than one commit per article.
     */
    static final int MAX_COMMIT = 256;

    /** Longest an article waits for others to share its commit. */
    static final long COMMIT_WAIT_MS = 1000;

    private final ArticleReader reader;
    private final Pipeline pipeline;
    private final ReportSink store;
    private final int threads;

    public Ingest(ArticleReader reader, Pipeline pipeline, ReportSink store, int threads) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.store = store;
        this.threads = Math.max(1, threads);
    }

    /**
     * Ingests every input. {@code progress} is told after each article is written or has failed,
     * from the writer thread.
     */
    public Summary run(List<String> inputs, InputStream stdin, Consumer<Summary> progress) throws InterruptedException {
        Summary summary = new Summary();
        BlockingQueue<Result> done = new ArrayBlockingQueue<>(threads * 4);
        Semaphore inFlight = new Semaphore(threads * 2);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "osintkg-worker");
            t.setDaemon(true);
            return t;
        });
        Thread writer = new Thread(() -> write(done, inFlight, summary, progress), "osintkg-writer");
        writer.start();
        StageTimes times = pipeline.times();
        long[] readSince = {System.nanoTime()};
        try {
            // Reading is what the reader does between handing over one article and the next.
            reader.read(inputs, stdin, article -> {
                times.add(StageTimes.Stage.READ, System.nanoTime() - readSince[0]);
                submit(article, workers, done, inFlight);
                readSince[0] = System.nanoTime();
            }, failure -> put(done, new Result(null, failure, false)));
        } finally {
            workers.shutdown();
            while (!workers.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS)) {
                // wait for the last articles in flight
            }
            put(done, END);
            writer.join();
        }
        return summary;
    }

    private void submit(Article article, ExecutorService workers, BlockingQueue<Result> done, Semaphore inFlight) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        workers.execute(() -> {
            Result r;
            try {
                r = new Result(pipeline.process(article), null, true);
            } catch (RuntimeException | StackOverflowError e) {
                r = new Result(null, new ArticleException(article.source(), "extraction failed: " + e), true);
            }
            put(done, r);
        });
    }

    private void write(BlockingQueue<Result> done, Semaphore inFlight, Summary summary, Consumer<Summary> progress) {
        List<Result> group = new java.util.ArrayList<>(MAX_COMMIT);
        boolean end = false;
        while (!end) {
            group.clear();
            try {
                end = gather(done, group, inFlight);
            } catch (InterruptedException e) {
                return;
            }
            commit(group, summary, progress);
        }
    }

    /**
     * Takes the next group from the queue: what arrives within {@link #COMMIT_WAIT_MS} of the first,
     * up to {@link #MAX_COMMIT}. A worker's permit goes back as soon as its result is taken, so the
     * workers go on while the group fills. True when the end of the input was reached.
     */
    private static boolean gather(BlockingQueue<Result> done, List<Result> group, Semaphore inFlight)
            throws InterruptedException {
        long deadline = System.nanoTime() + COMMIT_WAIT_MS * 1_000_000;
        Result r = done.take();
        while (r != END) {
            group.add(r);
            if (r.worked()) inFlight.release();
            long left = deadline - System.nanoTime();
            if (group.size() >= MAX_COMMIT || left <= 0) return false;
            r = done.poll(left, java.util.concurrent.TimeUnit.NANOSECONDS);
            if (r == null) return false;
        }
        return true;
    }

    /** Writes a group's graphs in one transaction, then tells progress about each result in order. */
    private void commit(List<Result> group, Summary summary, Consumer<Summary> progress) {
        List<ReportGraphs> graphs = group.stream().filter(r -> r.graphs() != null).map(Result::graphs).toList();
        Map<ReportGraphs, Object> outcomes = new java.util.IdentityHashMap<>();
        long start = System.nanoTime();
        try {
            List<Store.Outcome> all = store.putAll(graphs);
            for (int i = 0; i < graphs.size(); i++) outcomes.put(graphs.get(i), all.get(i));
        } catch (RuntimeException groupFailed) {
            // One bad graph must not cost the others: write them one by one to find it.
            for (ReportGraphs g : graphs) {
                try {
                    outcomes.put(g, store.put(g));
                } catch (RuntimeException e) {
                    outcomes.put(g, new ArticleException(g.source(), "store write failed: " + e.getMessage()));
                }
            }
        }
        pipeline.times().add(StageTimes.Stage.STORE, System.nanoTime() - start);
        for (Result r : group) {
            if (r.worked()) summary.read++;
            if (r.failure() != null) {
                summary.failures.add(r.failure());
            } else if (outcomes.get(r.graphs()) instanceof ArticleException failed) {
                summary.failures.add(failed);
            } else {
                switch ((Store.Outcome) outcomes.get(r.graphs())) {
                    case INGESTED -> summary.ingested++;
                    case REPLACED -> summary.replaced++;
                    case UNCHANGED -> summary.unchanged++;
                }
                summary.entities += r.graphs().entities();
                summary.triples += r.graphs().graph().size();
            }
            progress.accept(summary);
        }
    }

    private static void put(BlockingQueue<Result> q, Result r) {
        try {
            q.put(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
