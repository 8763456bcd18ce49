package org.osintkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.system.progress.MonitorOutput;
import org.osintkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = {
        "Bulk-loads RDF files (the N-Quads or TriG that 'convert' or 'export' write; .gz is read too) into a",
        "store with a TDB2 bulk loader, then writes the query optimizer's statistics.",
        "The sorted, phased and parallel loaders are the fast ones but not transactional: a crash mid-load can",
        "leave the store inconsistent, so use them on a new store; basic and sequential are crash-safe."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files: .nq, .trig, .ttl, .nt (optionally .gz), "
            + "or folders of them (the output of the Spark job: every such file under it).")
    List<Path> files;

    @Option(names = "--loader", paramLabel = "NAME",
            description = "basic, sequential, phased, parallel or sorted (default: sorted into a new store, sequential into one with data). "
                    + "Sorted sorts each index and writes it whole: fastest, but only into a new store and it holds every quad in memory (64 bytes each).")
    String loader;

    @Option(names = "--quiet", description = "No progress lines from the loader.")
    boolean quiet;

    @Option(names = "--no-check", description = "Skip parsing every file before loading (a parse error mid-load can leave a store inconsistent).")
    boolean noCheck;

    @Override
    public Integer call() throws Exception {
        files = expand(files);
        for (Path f : files) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                System.err.println("error: " + f + ": not a readable file");
                return 2;
            }
        }
        if (!noCheck) {
            for (Path f : files) {
                String problem = parseError(f);
                if (problem != null) {
                    System.err.println("error: " + f + ": " + problem + " (nothing was loaded)");
                    return 2;
                }
            }
        }
        boolean fresh = Store.isNew(store.store);
        Store.Loader which;
        try {
            which = loader != null ? Store.Loader.valueOf(loader.toUpperCase(Locale.ROOT))
                    : fresh ? Store.Loader.SORTED : Store.Loader.SEQUENTIAL;
        } catch (IllegalArgumentException e) {
            System.err.println("error: --loader must be basic, sequential, phased, parallel or sorted, not " + loader);
            return 2;
        }
        MonitorOutput monitor = quiet ? (fmt, args) -> {} : (fmt, args) -> System.err.println(String.format(Locale.ROOT, fmt, args));
        List<String> names = files.stream().map(Path::toString).toList();
        Store.Loaded l = Store.load(store.store, names, which, monitor);
        System.out.printf(Locale.ROOT, "loaded %d quads from %d files with the %s loader in %.1f s (%.0f quads/s%s); "
                        + "summary counted in %.1f s, optimizer statistics written in %.1f s%n",
                l.quads(), files.size(), which.name().toLowerCase(Locale.ROOT), l.loadSeconds(),
                l.quads() / Math.max(0.001, l.loadSeconds()),
                l.runs() > 0 ? ", past the heap: " + l.runs() + " sorted runs on disk per index" : "",
                l.summarySeconds(), l.statsSeconds());
        return 0;
    }

    /** Folders replaced by the RDF files under them, sorted (hidden and {@code _} files, such as Spark's markers, left out). */
    static List<Path> expand(List<Path> paths) throws java.io.IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (java.util.stream.Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(f -> {
                    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    return !name.startsWith(".") && !name.startsWith("_")
                            && name.replaceFirst("\\.gz$", "").matches(".*\\.(nq|trig|nt|ttl)");
                }).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** The first syntax error in a file, or null; the TDB2 loaders index as they parse, so errors are found first. */
    private static String parseError(Path file) {
        try {
            org.apache.jena.riot.RDFParser.source(file.toString()).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging)
                    .parse(org.apache.jena.riot.system.StreamRDFLib.sinkNull());
            return null;
        } catch (org.apache.jena.riot.RiotException e) {
            return e.getMessage();
        }
    }
}
