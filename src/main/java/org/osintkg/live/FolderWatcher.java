package org.osintkg.live;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.article.ArticleReader;
import org.osintkg.rdf.Iris;
import org.osintkg.store.LiveState;

/**
 * Watches folders (recursively) and ingests the files that appear or change in them once they are
 * complete: a file counts as complete when its size and modification time have not changed for the
 * settle interval, so a file still being written is not read half-way. The WatchService tells of
 * changes as they happen; a periodic rescan is the safety net for what it misses (overflow, network
 * file systems, a folder created and filled before it was registered). Each file's size and time are
 * remembered in the store with its reports, so a restart reads exactly the files not yet stored.
 */
public final class FolderWatcher implements AutoCloseable {
    /**
     * @param settle   how long a file's size and time must stay the same before it is read
     * @param rescan   how often every folder is walked again
     * @param removals whether a deleted file's reports are removed too
     */
    public record Options(Duration settle, Duration rescan, boolean removals) {}

    /** A file as last seen: size, time, and since when it has looked so. */
    private record Sighting(long size, long modified, long sinceNanos) {}

    /** A file as stored: what its size and time were when its reports were written. */
    private record Stored(long size, long modified) {}

    private final List<Path> roots;
    private final ArticleReader reader;
    private final LiveIngest ingest;
    private final Options options;
    private final Consumer<String> log;
    private final Map<Path, LiveStatus.Input> inputs = new HashMap<>();
    private final Map<Path, Stored> stored = new ConcurrentHashMap<>();
    private final Map<Path, Sighting> candidates = new HashMap<>();
    private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
    private final WatchService watch;
    private final Thread thread;
    private volatile boolean running = true;

    public FolderWatcher(List<Path> roots, ArticleReader reader, LiveIngest ingest, Map<String, LiveState.FileRecord> state,
                         Options options, LiveStatus status, Consumer<String> log) throws IOException {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.reader = reader;
        this.ingest = ingest;
        this.options = options;
        this.log = log;
        for (Path root : this.roots) {
            if (!Files.isDirectory(root)) throw new IOException(root + ": not a folder to watch");
            inputs.put(root, status.input("watch", root.toString()));
        }
        for (LiveState.FileRecord f : state.values()) {
            Path p = Path.of(f.path());
            if (rootOf(p) != null) stored.put(p, new Stored(f.size(), f.modifiedMillis()));
        }
        watch = FileSystems.getDefault().newWatchService();
        thread = new Thread(this::run, "osintkg-watcher");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        long tickMs = Math.max(20, Math.min(250, options.settle().toMillis() / 4));
        long nextRescan = 0;
        try {
            for (Path root : roots) register(root);
            while (running) {
                if (System.nanoTime() >= nextRescan) {
                    rescan();
                    nextRescan = System.nanoTime() + options.rescan().toNanos();
                }
                WatchKey key = watch.poll(tickMs, TimeUnit.MILLISECONDS);
                while (key != null) {
                    events(key);
                    key = watch.poll();
                }
                settle();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        } catch (RuntimeException e) {
            log.accept("failed: folder watcher stopped: " + e);
        }
    }

    /** Registers a folder and the folders under it, and looks at the files already there. */
    private void register(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (hidden(p, dir) && !p.equals(dir)) continue;
                if (Files.isDirectory(p)) {
                    p.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                } else {
                    look(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            LiveStatus.Input in = inputs.get(rootOf(dir));
            if (in != null) in.failure(dir.toString(), "cannot watch: " + e.getMessage());
            log.accept("failed: " + dir + ": cannot watch: " + e.getMessage());
        }
    }

    private void events(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                rescan();
                continue;
            }
            Path p = dir.resolve((Path) e.context());
            if (p.getFileName().toString().startsWith(".")) continue;
            if (e.kind() == StandardWatchEventKinds.ENTRY_DELETE) gone(p);
            else if (Files.isDirectory(p)) {
                if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE) register(p);
            } else look(p);
        }
        key.reset();
    }

    /** Walks every folder: new and changed files become candidates, remembered files no longer there are gone. */
    private void rescan() {
        Set<Path> present = new java.util.HashSet<>();
        for (Path root : roots) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.filter(p -> !hidden(p, root) && Files.isRegularFile(p)).forEach(p -> {
                    present.add(p);
                    look(p);
                });
            } catch (IOException | RuntimeException e) {
                log.accept("failed: " + root + ": cannot rescan: " + e.getMessage());
            }
        }
        for (Path p : new ArrayList<>(stored.keySet())) if (!present.contains(p) && !Files.exists(p)) gone(p);
    }

    /** Notes a file that may be new or changed; it is read once it has settled. */
    private void look(Path p) {
        if (isPartial(p)) return;
        BasicFileAttributes a = attributes(p);
        if (a == null || !a.isRegularFile()) return;
        Stored s = stored.get(p);
        long modified = a.lastModifiedTime().toMillis();
        if (s != null && s.size() == a.size() && s.modified() == modified) {
            candidates.remove(p);
            return;
        }
        Sighting seen = candidates.get(p);
        if (seen == null || seen.size() != a.size() || seen.modified() != modified) {
            candidates.put(p, new Sighting(a.size(), modified, System.nanoTime()));
        }
    }

    /** Reads the candidates whose size and time have not changed for the settle interval. */
    private void settle() {
        long now = System.nanoTime();
        for (Path p : new ArrayList<>(candidates.keySet())) {
            Sighting seen = candidates.get(p);
            BasicFileAttributes a = attributes(p);
            if (a == null) {
                candidates.remove(p);
                continue;
            }
            long modified = a.lastModifiedTime().toMillis();
            Stored s = stored.get(p);
            if (s != null && s.size() == a.size() && s.modified() == modified) {
                // Seen again while it was being stored (an event or a rescan in the meantime): it is in now.
                candidates.remove(p);
            } else if (a.size() != seen.size() || modified != seen.modified()) {
                candidates.put(p, new Sighting(a.size(), modified, now));
            } else if (now - seen.sinceNanos() >= options.settle().toNanos() && !inFlight.contains(p)) {
                candidates.remove(p);
                submit(p, seen);
            }
        }
        for (Map.Entry<Path, LiveStatus.Input> e : inputs.entrySet()) {
            long waiting = candidates.keySet().stream().filter(p -> p.startsWith(e.getKey())).count();
            e.getValue().set("settling", waiting);
        }
    }

    private void submit(Path p, Sighting seen) {
        List<Article> articles = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        reader.readFile(p, articles::add, failures::add);
        List<String> reports = articles.stream().map(a -> Iris.report(a.key()).getURI()).distinct().toList();
        String failure = articles.isEmpty() && !failures.isEmpty() ? failures.get(0).reason() : null;
        LiveState.Mark mark = new LiveState.FileSeen(p.toString(), seen.size(), seen.modified(), reports, failure);
        LiveStatus.Input in = inputs.get(rootOf(p));
        inFlight.add(p);
        try {
            in.add("files read", 1);
            ingest.submit(new Job(in, articles, failures, List.of(mark))).whenComplete((outcomes, e) -> {
                stored.put(p, new Stored(seen.size(), seen.modified()));
                inFlight.remove(p);
            });
        } catch (InterruptedException e) {
            inFlight.remove(p);
            Thread.currentThread().interrupt();
        }
    }

    /** A file deleted: forgotten, and with removals on, its reports removed. */
    private void gone(Path p) {
        candidates.remove(p);
        if (stored.remove(p) == null || Files.exists(p)) return;
        LiveStatus.Input in = inputs.get(rootOf(p));
        try {
            ingest.submit(new Job(in, List.of(), List.of(), List.of(new LiveState.FileGone(p.toString(), options.removals()))));
            if (in != null) in.add(options.removals() ? "removed with reports" : "removed (reports kept)", 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path rootOf(Path p) {
        for (Path r : roots) if (p.startsWith(r)) return r;
        return null;
    }

    /** Hidden files and folders (a leading dot) are skipped, as {@code ingest} skips them. */
    private static boolean hidden(Path p, Path root) {
        for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /** Names downloaders and editors give files they are still writing. */
    private static boolean isPartial(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".part") || n.endsWith(".tmp") || n.endsWith(".crdownload") || n.endsWith("~");
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        watch.close();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
