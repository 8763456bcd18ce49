package org.osintkg.live;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.osintkg.article.ArticleReader;
import org.osintkg.pipeline.Pipeline;
import org.osintkg.server.LiveEndpoints;
import org.osintkg.store.LiveState;
import org.osintkg.store.Store;

/** A store that ingests while it serves: the shared queue, and the watchers, feeds and endpoint that fill it. */
public final class LiveStore implements AutoCloseable {
    /**
     * @param watch    folders to watch (none: no watcher)
     * @param feeds    feed URLs to poll (none: no poller)
     * @param poll     how often each feed is polled
     * @param threads  pipeline worker threads
     */
    public record Options(List<Path> watch, FolderWatcher.Options watching, List<String> feeds, Duration poll,
                          PoliteFetcher.Options fetching, int threads) {}

    private final LiveStatus status = new LiveStatus();
    private final LiveIngest ingest;
    private final IngestEndpoint endpoint;
    private final FolderWatcher watcher;
    private final FeedPoller poller;

    private LiveStore(Store store, ArticleReader reader, Pipeline pipeline, Options o, Consumer<String> log) throws IOException {
        ingest = new LiveIngest(pipeline, store, o.threads(), status, log);
        endpoint = new IngestEndpoint(reader, ingest, status);
        watcher = o.watch().isEmpty() ? null
                : new FolderWatcher(o.watch(), reader, ingest, LiveState.files(store.dataset()), o.watching(), status, log);
        poller = o.feeds().isEmpty() ? null
                : new FeedPoller(o.feeds(), new PoliteFetcher(o.fetching()), reader, ingest, store.dataset(), o.poll(), status, log);
    }

    /** Starts watching and polling; the endpoint answers from the moment the server serves it. */
    public static LiveStore start(Store store, ArticleReader reader, Pipeline pipeline, Options o, Consumer<String> log)
            throws IOException {
        LiveStore live = new LiveStore(store, reader, pipeline, o, log);
        if (live.watcher != null) live.watcher.start();
        if (live.poller != null) live.poller.start();
        return live;
    }

    public LiveEndpoints endpoints() {
        return endpoint;
    }

    public LiveStatus status() {
        return status;
    }

    /** Jobs queued and not yet committed. */
    public int queued() {
        return ingest.queued();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (poller != null) poller.close();
        if (watcher != null) watcher.close();
        ingest.close();
    }
}
