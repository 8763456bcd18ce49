package org.osintkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osintkg.article.ArticleReader;
import org.osintkg.live.FolderWatcher;
import org.osintkg.live.LiveStore;
import org.osintkg.live.PoliteFetcher;
import picocli.CommandLine.Option;

/** What {@code serve} takes for its live inputs: watched folders, feeds, and how to read them. */
final class LiveOptions {
    @Option(names = "--watch", paramLabel = "DIR", arity = "1..*",
            description = "Folders to watch (recursively): files that appear or change are ingested once complete.")
    List<Path> watch = new ArrayList<>();

    @Option(names = "--watch-removals", description = "A file removed from a watched folder removes its reports too.")
    boolean removals;

    @Option(names = "--settle", defaultValue = "2", paramLabel = "SECONDS",
            description = "A watched file is read once its size and time are unchanged this long (default: ${DEFAULT-VALUE}).")
    double settleSeconds;

    @Option(names = "--rescan", defaultValue = "60", paramLabel = "SECONDS",
            description = "Watched folders are walked again this often, beside the change events (default: ${DEFAULT-VALUE}).")
    double rescanSeconds;

    @Option(names = "--feed", paramLabel = "URL", arity = "1..*", description = "RSS 2.0 or Atom feeds to poll.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--feeds", paramLabel = "FILE", description = "A file of feed URLs, one a line (# for comments).")
    Path feedsFile;

    @Option(names = "--poll", defaultValue = "900", paramLabel = "SECONDS",
            description = "How often each feed is polled (default: ${DEFAULT-VALUE}).")
    double pollSeconds;

    @Option(names = "--fetch-delay", defaultValue = "1", paramLabel = "SECONDS",
            description = "Pause between two requests to one host; robots.txt's Crawl-delay when longer (default: ${DEFAULT-VALUE}).")
    double fetchDelaySeconds;

    @Option(names = "--fetch-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Time-out to connect and for a response to start (default: ${DEFAULT-VALUE}).")
    double fetchTimeoutSeconds;

    @Option(names = "--fetch-tries", defaultValue = "3", description = "Attempts per request, with back-off (default: ${DEFAULT-VALUE}).")
    int fetchTries;

    @Option(names = "--threads", defaultValue = "0",
            description = "Worker threads for live input (default: one per core but one, at least one: queries keep a core).")
    int threads;

    @Option(names = "--max-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Refuse files and pages larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    LiveStore.Options options() throws IOException {
        // The endpoint answers while articles arrive: live ingest leaves a core to the queries
        // (on 2 cores, 1 worker keeps up with 20 articles/s and halves the queries' slowdown).
        int n = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        return new LiveStore.Options(watch, new FolderWatcher.Options(seconds(settleSeconds), seconds(rescanSeconds), removals),
                allFeeds(), seconds(pollSeconds), new PoliteFetcher.Options(seconds(fetchDelaySeconds),
                        seconds(fetchTimeoutSeconds), fetchTries, Duration.ofSeconds(2), maxBytes), n);
    }

    List<String> allFeeds() throws IOException {
        List<String> all = new ArrayList<>(feeds);
        if (feedsFile != null) {
            for (String line : Files.readAllLines(feedsFile, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) all.add(t);
            }
        }
        return all.stream().distinct().toList();
    }

    String describe() throws IOException {
        return watch.size() + " watched folders" + (removals ? " (removals remove reports)" : "") + ", "
                + allFeeds().size() + " feeds (every " + Math.round(pollSeconds) + " s)";
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
