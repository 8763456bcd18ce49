package org.osintkg.live;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.article.ArticleReader;
import org.osintkg.rdf.Iris;
import org.osintkg.store.LiveState;

/**
 * Polls RSS 2.0 and Atom feeds (parsed by Rome) on an interval with conditional GET, fetches each new
 * item's page through the {@link PoliteFetcher} and reads it as {@code ingest} reads HTML, with the
 * item's own title, date, author and link preferred over what the page scrape guesses. An item is
 * remembered in the store with its report (or with the reason it failed for good) in the same
 * transaction; the feed's validators are stored only once every item of the poll is, so a crash
 * before that refetches the feed and skips the items already stored.
 */
public final class FeedPoller implements AutoCloseable {
    private final List<String> feeds;
    private final PoliteFetcher fetcher;
    private final ArticleReader reader;
    private final LiveIngest ingest;
    private final Dataset state;
    private final Duration interval;
    private final Consumer<String> log;
    private final Map<String, LiveStatus.Input> inputs = new LinkedHashMap<>();
    private final ScheduledExecutorService scheduler;

    public FeedPoller(List<String> feeds, PoliteFetcher fetcher, ArticleReader reader, LiveIngest ingest, Dataset state,
                      Duration interval, LiveStatus status, Consumer<String> log) {
        this.feeds = List.copyOf(feeds);
        this.fetcher = fetcher;
        this.reader = reader;
        this.ingest = ingest;
        this.state = state;
        this.interval = interval;
        this.log = log;
        for (String f : this.feeds) inputs.put(f, status.input("feed", f));
        this.scheduler = Executors.newScheduledThreadPool(Math.max(1, Math.min(4, feeds.size())), r -> {
            Thread t = new Thread(r, "osintkg-feeds");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        for (String f : feeds) {
            scheduler.scheduleWithFixedDelay(() -> pollSafely(f), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void pollSafely(String feed) {
        try {
            poll(feed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            inputs.get(feed).failure(feed, "poll failed: " + e);
            log.accept("failed: " + feed + ": poll failed: " + e);
        }
    }

    /** One poll: the feed if it changed, then each item not seen before. */
    void poll(String feed) throws InterruptedException {
        LiveStatus.Input in = inputs.get(feed);
        LiveState.FeedRecord rec = LiveState.feed(state, feed);
        Map<String, String> headers = new HashMap<>();
        if (rec.etag() != null) headers.put("If-None-Match", rec.etag());
        if (rec.lastModified() != null) headers.put("If-Modified-Since", rec.lastModified());
        in.set("lastPoll", Instant.now().toString());
        PoliteFetcher.Response r;
        try {
            r = fetcher.get(URI.create(feed), headers);
        } catch (PoliteFetcher.FetchException | IllegalArgumentException e) {
            fail(in, feed, "feed " + e.getMessage());
            return;
        }
        if (r.status() == 304) {
            in.set("lastResult", "not modified (304)");
            return;
        }
        if (r.status() != 200) {
            fail(in, feed, "feed HTTP " + r.status());
            return;
        }
        SyndFeed parsed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            parsed = input.build(new XmlReader(new ByteArrayInputStream(r.body())));
        } catch (Exception e) {
            fail(in, feed, "malformed feed: " + e.getMessage());
            return;
        }
        in.set("lastResult", "HTTP 200, " + parsed.getEntries().size() + " items");
        in.set("itemsInFeed", parsed.getEntries().size());
        boolean complete = items(feed, parsed, rec, in);
        if (complete) {
            ingest.submit(new Job(in, List.of(), List.of(),
                    List.of(new LiveState.FeedChecked(feed, r.etag(), r.lastModified(), Instant.now())))).join();
        }
    }

    /** Handles the items not seen before; false when one failed for now (it is tried at the next poll). */
    private boolean items(String feed, SyndFeed parsed, LiveState.FeedRecord rec, LiveStatus.Input in) throws InterruptedException {
        List<CompletableFuture<List<Outcome>>> pending = new ArrayList<>();
        boolean complete = true;
        for (SyndEntry e : parsed.getEntries()) {
            String link = link(feed, e.getLink());
            String id = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip() : link;
            if (id == null || rec.seen().contains(id)) continue;
            in.add("itemsSeen", 1);
            Job job;
            try {
                job = item(feed, parsed, e, id, link, in);
            } catch (PoliteFetcher.FetchException ex) {
                String reason = "page " + ex.getMessage();
                if (ex.isTransient()) {
                    complete = false;
                    in.failure(link, reason + " (tried again at the next poll)");
                    log.accept("failed: " + link + ": " + reason + " (tried again at the next poll)");
                    continue;
                }
                job = new Job(in, List.of(), List.of(new ArticleException(link, reason)),
                        List.of(new LiveState.ItemSeen(feed, id, null, reason)));
            }
            pending.add(ingest.submit(job));
        }
        for (CompletableFuture<List<Outcome>> f : pending) f.join();
        return complete;
    }

    private Job item(String feed, SyndFeed parsed, SyndEntry e, String id, String link, LiveStatus.Input in)
            throws PoliteFetcher.FetchException, InterruptedException {
        if (link == null) {
            String reason = "item has no link";
            return new Job(in, List.of(), List.of(new ArticleException(feed + "#" + id, reason)),
                    List.of(new LiveState.ItemSeen(feed, id, null, reason)));
        }
        PoliteFetcher.Response page = fetcher.get(URI.create(link), Map.of());
        if (page.status() != 200) throw new PoliteFetcher.FetchException("HTTP " + page.status(), false);
        List<Article> read = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        reader.parse(link, page.body(), read::add, failures::add);
        if (read.isEmpty()) {
            String reason = failures.isEmpty() ? "no article text" : failures.get(0).reason();
            return new Job(in, List.of(), failures.isEmpty() ? List.of(new ArticleException(link, reason)) : failures,
                    List.of(new LiveState.ItemSeen(feed, id, null, reason)));
        }
        Article a = withFeedMetadata(read.get(0), parsed, e, link);
        return new Job(in, List.of(a), List.of(), List.of(new LiveState.ItemSeen(feed, id, Iris.report(a.key()).getURI(), null)));
    }

    /** The page's article with the feed's title, date, author and link where the feed gives them. */
    static Article withFeedMetadata(Article page, SyndFeed feed, SyndEntry e, String link) {
        String title = blank(e.getTitle()) ? page.title() : e.getTitle();
        String author = blank(e.getAuthor()) ? page.author() : e.getAuthor();
        String outlet = page.outlet() != null ? page.outlet() : blank(feed.getTitle()) ? null : feed.getTitle();
        Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        LocalDate published = when != null ? LocalDate.ofInstant(when.toInstant(), ZoneOffset.UTC) : page.published();
        return new Article(page.source(), link, page.body(), title, outlet, author, link, published);
    }

    /** The item's link made absolute against the feed's URL; null when it has none or it is not a URL. */
    private static String link(String feed, String link) {
        if (blank(link)) return null;
        try {
            return URI.create(feed).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void fail(LiveStatus.Input in, String feed, String reason) {
        in.set("lastResult", reason);
        in.failure(feed, reason);
        log.accept("failed: " + feed + ": " + reason);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
