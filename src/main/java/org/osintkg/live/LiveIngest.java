package org.osintkg.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.pipeline.Pipeline;
import org.osintkg.rdf.ReportGraphs;
import org.osintkg.store.LiveState;
import org.osintkg.store.Store;

/**
 * The one queue every live input feeds, and the one writer that empties it. Articles go through the
 * same pipeline as {@code ingest} on worker threads; the writer commits whole jobs, those ready
 * within a second of each other (up to {@value #MAX_COMMIT} articles), in one transaction with their
 * marks, so commits stay grouped and serialized and the live state never runs ahead of the reports.
 */
public final class LiveIngest implements AutoCloseable {
    /** Articles one commit holds at most (a larger job is still committed whole). */
    static final int MAX_COMMIT = 256;
    /** Longest a ready job waits for others to share its commit. */
    static final long COMMIT_WAIT_MS = 1000;
    /** Jobs submitted and not yet committed, at most: a way in that submits more waits. */
    static final int MAX_JOBS = 256;

    /** A job on its way: the graphs (or reasons) of its articles as the workers finish them. */
    private static final class Pending {
        final Job job;
        final Object[] results;
        final AtomicInteger left;
        final CompletableFuture<List<Outcome>> done = new CompletableFuture<>();

        Pending(Job job) {
            this.job = job;
            this.results = new Object[job.articles().size()];
            this.left = new AtomicInteger(results.length);
        }
    }

    private static final Pending STOP = new Pending(new Job(null, List.of(), List.of(), List.of()));

    private final Pipeline pipeline;
    private final Store store;
    private final LiveStatus status;
    private final Consumer<String> log;
    private final ExecutorService workers;
    private final BlockingQueue<Pending> ready = new LinkedBlockingQueue<>();
    private final Semaphore room = new Semaphore(MAX_JOBS);
    private final AtomicInteger jobsWaiting = new AtomicInteger();
    private final AtomicInteger articlesWaiting = new AtomicInteger();
    private final Thread writer;
    private volatile boolean closed;

    /**
     * @param log told one line per batch written and one per failure
     */
    public LiveIngest(Pipeline pipeline, Store store, int threads, LiveStatus status, Consumer<String> log) {
        this.pipeline = pipeline;
        this.store = store;
        this.status = status;
        this.log = log;
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "osintkg-live-worker");
            t.setDaemon(true);
            return t;
        });
        status.queue(this::queueStatus);
        writer = new Thread(this::write, "osintkg-live-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues a job; its outcomes, in the order of its articles then its failures, once committed. */
    public CompletableFuture<List<Outcome>> submit(Job job) throws InterruptedException {
        if (closed) throw new IllegalStateException("the live ingest is closed");
        room.acquire();
        Pending p = new Pending(job);
        jobsWaiting.incrementAndGet();
        articlesWaiting.addAndGet(job.articles().size());
        if (job.articles().isEmpty()) ready.add(p);
        for (int i = 0; i < job.articles().size(); i++) {
            int n = i;
            workers.execute(() -> process(p, n));
        }
        return p.done;
    }

    private void process(Pending p, int i) {
        Article a = p.job.articles().get(i);
        try {
            p.results[i] = pipeline.process(a);
        } catch (RuntimeException | StackOverflowError e) {
            p.results[i] = new ArticleException(a.source(), "extraction failed: " + e);
        }
        if (p.left.decrementAndGet() == 0) ready.add(p);
    }

    private Map<String, Object> queueStatus() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobs", jobsWaiting.get());
        m.put("articles", articlesWaiting.get());
        return m;
    }

    /** Jobs submitted and not yet committed. */
    public int queued() {
        return jobsWaiting.get();
    }

    private void write() {
        List<Pending> group = new ArrayList<>();
        while (true) {
            group.clear();
            boolean stop;
            try {
                stop = gather(group);
            } catch (InterruptedException e) {
                return;
            }
            if (!group.isEmpty()) commit(group);
            if (stop) return;
        }
    }

    /** The next group: ready jobs within {@link #COMMIT_WAIT_MS} of the first, up to {@link #MAX_COMMIT} articles. */
    private boolean gather(List<Pending> group) throws InterruptedException {
        Pending p = ready.take();
        long deadline = System.nanoTime() + COMMIT_WAIT_MS * 1_000_000;
        int articles = 0;
        while (p != STOP) {
            group.add(p);
            articles += p.results.length;
            long left = deadline - System.nanoTime();
            if (articles >= MAX_COMMIT || left <= 0) return false;
            p = ready.poll(left, TimeUnit.NANOSECONDS);
            if (p == null) return false;
        }
        return true;
    }

    private void commit(List<Pending> group) {
        long start = System.nanoTime();
        Map<Pending, List<Store.Outcome>> written = new java.util.IdentityHashMap<>();
        try {
            List<ReportGraphs> graphs = new ArrayList<>();
            List<LiveState.Mark> marks = new ArrayList<>();
            for (Pending p : group) {
                graphs.addAll(graphs(p));
                marks.addAll(p.job.marks());
            }
            List<Store.Outcome> all = store.putAll(graphs, marks);
            int i = 0;
            for (Pending p : group) {
                int n = graphs(p).size();
                written.put(p, all.subList(i, i + n));
                i += n;
            }
        } catch (RuntimeException groupFailed) {
            // One bad job must not cost the others: write them one by one. A job that fails is not
            // marked, so it is tried again after a restart.
            for (Pending p : group) {
                try {
                    written.put(p, store.putAll(graphs(p), p.job.marks()));
                } catch (RuntimeException e) {
                    written.put(p, null);
                    log.accept("failed: store write of " + p.job.size() + " articles: " + e.getMessage());
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        int[] counts = new int[Outcome.Result.values().length];
        for (Pending p : group) {
            List<Outcome> outcomes = outcomes(p, written.get(p));
            for (Outcome o : outcomes) {
                counts[o.result().ordinal()]++;
                if (p.job.input() != null) p.job.input().count(o);
                if (o.result() == Outcome.Result.FAILED) log.accept("failed: " + o.source() + ": " + o.reason());
            }
            jobsWaiting.decrementAndGet();
            articlesWaiting.addAndGet(-p.results.length);
            room.release();
            p.done.complete(outcomes);
        }
        String line = String.format(Locale.ROOT, "%s batch: %d jobs (%s): ingested %d, replaced %d, unchanged %d, failed %d; "
                        + "written in %d ms; queue %d jobs", Instant.now(), group.size(), inputs(group), counts[0], counts[1],
                counts[2], counts[3], ms, jobsWaiting.get());
        status.batch(line);
        log.accept(line);
    }

    private static List<ReportGraphs> graphs(Pending p) {
        List<ReportGraphs> out = new ArrayList<>();
        for (Object r : p.results) if (r instanceof ReportGraphs g) out.add(g);
        return out;
    }

    /** The outcomes of a job in order: its articles, then the inputs that failed before the pipeline. */
    private static List<Outcome> outcomes(Pending p, List<Store.Outcome> written) {
        List<Outcome> out = new ArrayList<>();
        int w = 0;
        for (int i = 0; i < p.results.length; i++) {
            Article a = p.job.articles().get(i);
            if (p.results[i] instanceof ArticleException f) {
                out.add(Outcome.failed(f.source(), f.reason()));
            } else if (written == null) {
                out.add(Outcome.failed(a.source(), "store write failed"));
            } else {
                ReportGraphs g = (ReportGraphs) p.results[i];
                Outcome.Result r = switch (written.get(w++)) {
                    case INGESTED -> Outcome.Result.INGESTED;
                    case REPLACED -> Outcome.Result.REPLACED;
                    case UNCHANGED -> Outcome.Result.UNCHANGED;
                };
                out.add(new Outcome(a.source(), r, g.report().getURI(), null));
            }
        }
        for (ArticleException f : p.job.failures()) out.add(Outcome.failed(f.source(), f.reason()));
        return out;
    }

    /** "feed 2, watch 1": how many jobs of each kind a batch holds. */
    private static String inputs(List<Pending> group) {
        Map<String, Integer> n = new java.util.TreeMap<>();
        for (Pending p : group) n.merge(p.job.input() == null ? "other" : p.job.input().kind(), 1, Integer::sum);
        StringBuilder b = new StringBuilder();
        n.forEach((k, v) -> b.append(b.length() > 0 ? ", " : "").append(k).append(' ').append(v));
        return b.toString();
    }

    /** Stops taking jobs, writes those already queued, and stops the writer. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        room.acquire(MAX_JOBS);
        ready.add(STOP);
        writer.join();
        workers.shutdownNow();
    }
}
