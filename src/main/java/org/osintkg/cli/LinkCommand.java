package org.osintkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.osintkg.link.LinkCache;
import org.osintkg.link.Linker;
import org.osintkg.link.WikidataClient;
import org.osintkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "link", description = {
        "Reconciles entities that have no Wikidata link with a SPARQL endpoint (default: the Wikidata Query",
        "Service) by name, type and context, and writes the matches with a score into the links graph.",
        "Answers are cached on disk; --offline uses the cache only."})
final class LinkCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--endpoint", defaultValue = WikidataClient.WDQS, description = "SPARQL endpoint (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--cache", paramLabel = "DIR", description = "Answer cache (default: link-cache beside the store).")
    Path cache;

    @Option(names = "--offline", description = "Use cached answers only; ask nothing.")
    boolean offline;

    @Option(names = "--min-score", defaultValue = "0.7", description = "Lowest score written (default: ${DEFAULT-VALUE}).")
    double minScore;

    @Option(names = "--rate", defaultValue = "1", description = "Requests per second at most (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds per request (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--limit", defaultValue = "0", description = "Link at most this many entities (default: all).")
    int limit;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.store)) {
            System.err.println("error: " + store.store + ": no store here");
            return 2;
        }
        Path dir = cache != null ? cache : store.store.toAbsolutePath().normalize().resolveSibling("link-cache");
        Linker linker = new Linker(new WikidataClient(endpoint, Duration.ofSeconds(timeout), rate), new LinkCache(dir),
                offline, minScore);
        try (Store s = Store.open(store.store)) {
            Linker.Result r = linker.run(s.dataset(), limit, System.out);
            System.out.printf("entities without a Wikidata link: %d, asked: %d, from cache: %d, linked: %d, "
                    + "no confident match: %d, failed: %d%n", r.unlinked(), r.asked(), r.cached(), r.linked(),
                    r.unmatched(), r.failures().size());
            return r.failures().isEmpty() ? 0 : 1;
        }
    }
}
