package org.osintkg.pipeline;

import java.io.InputStream;
import java.util.List;
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
import org.osintkg.store.Store;

/**
 * A batch: articles are read in order, annotated and extracted by worker threads, and written by
 * one writer, one transaction per article. A bounded queue keeps memory flat for any batch size.
 */
public final class Ingest {
    /** A graph to write, or the reason an input failed; {@code worked} when a worker made it (and holds a permit). */
    private record Result(ReportGraphs graphs, ArticleException failure, boolean worked) {}

    private static final Result END = new Result(null, null, false);

    private final ArticleReader reader;
    private final Pipeline pipeline;
    private final Store store;
    private final int threads;

    public Ingest(ArticleReader reader, Pipeline pipeline, Store store, int threads) {
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
        try {
            reader.read(inputs, stdin, article -> submit(article, workers, done, inFlight),
                    failure -> put(done, new Result(null, failure, false)));
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
        while (true) {
            Result r;
            try {
                r = done.take();
            } catch (InterruptedException e) {
                return;
            }
            if (r == END) return;
            if (r.worked()) summary.read++;
            if (r.failure() != null) {
                summary.failures.add(r.failure());
                if (r.worked()) inFlight.release();
            } else {
                try {
                    switch (store.put(r.graphs())) {
                        case INGESTED -> summary.ingested++;
                        case REPLACED -> summary.replaced++;
                        case UNCHANGED -> summary.unchanged++;
                    }
                    summary.entities += r.graphs().entities();
                    summary.triples += r.graphs().graph().size();
                } catch (RuntimeException e) {
                    summary.failures.add(new ArticleException(r.graphs().source(), "store write failed: " + e.getMessage()));
                } finally {
                    inFlight.release();
                }
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
