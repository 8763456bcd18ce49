package org.osintkg.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.osintkg.pipeline.Summary;
import org.osintkg.query.QueryRunner;
import org.osintkg.store.LiveState;
import org.osintkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", description = {"Prints counts by class, the number of reports and the newest reports with their counts,",
        "and what the live inputs of serve (watched files, feeds) have stored."})
final class StatsCommand implements Callable<Integer> {
    private static final String PREFIXES = "PREFIX osint: <https://w3id.org/osintkg/ontology#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    static final String BY_CLASS = PREFIXES
            + "SELECT ?class (COUNT(DISTINCT ?s) AS ?instances) WHERE { ?s a ?class "
            + "FILTER(STRSTARTS(STR(?class), STR(osint:))) } GROUP BY ?class ORDER BY ?class";
    /**
     * The newest reports, from the days the store keeps: counting every report graph would read the
     * whole store (33 million quads at 100,000 reports).
     */
    static final String BY_REPORT = PREFIXES
            + "SELECT ?report ?source ?issued ?triples ?claims ?entities WHERE { "
            + "{ SELECT ?day WHERE { GRAPH <https://w3id.org/osintkg/graph/summary/Day> { ?day a osint:Day "
            + "OPTIONAL { ?day osint:date ?date } } } ORDER BY DESC(?date) } "
            + "LATERAL { SELECT ?day ?report WHERE { ?report osint:onDay ?day } ORDER BY ?report } "
            + "LATERAL { SELECT ?report ?source ?issued ?claims ?entities (COUNT(*) AS ?triples) WHERE { GRAPH ?report { "
            + "?report osint:sourceName ?source OPTIONAL { ?report dcterms:issued ?issued } "
            + "OPTIONAL { ?report osint:claimTotal ?claims } OPTIONAL { ?report osint:entityTotal ?entities } ?s ?p ?o } } "
            + "GROUP BY ?report ?source ?issued ?claims ?entities } }";
    static final String REPORTS = PREFIXES
            + "SELECT (COUNT(*) AS ?reports) WHERE { GRAPH <https://w3id.org/osintkg/graph/summary/Day> { ?r osint:onDay ?day } }";

    @Mixin
    StoreOptions store;

    @picocli.CommandLine.Option(names = "--recount", description = {"Count the summary (reports per entity, claims per "
            + "claimant, claims and denials about a force, claims per topic, the days) anew first: after updates sent through the SPARQL endpoint, which do not keep it."})
    boolean recount;

    @picocli.CommandLine.Option(names = "--reports", paramLabel = "N", defaultValue = "20",
            description = "How many of the newest reports to list (default: ${DEFAULT-VALUE}).")
    int reports;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.store)) {
            System.err.println("error: " + store.store + ": no store here");
            return 2;
        }
        try (Store s = Store.open(store.store)) {
            if (recount) {
                s.summarize();
                System.out.println("Summary counted anew.");
            }
            System.out.println("Store " + s.dir() + ": " + s.quadCount() + " quads");
            System.out.println("By class:");
            run(s, BY_CLASS);
            System.out.println("Reports:");
            run(s, REPORTS);
            System.out.println("Newest " + reports + " reports:");
            Query newest = QueryFactory.create(BY_REPORT);
            newest.setLimit(reports);
            run(s, newest);
            live(s);
        }
        return 0;
    }

    /** What the live inputs of {@code serve} have stored: watched files, and per feed its last poll, items and failures. */
    private static void live(Store s) {
        Map<String, Long> files = LiveState.fileCounts(s.dataset());
        List<LiveState.FeedRecord> feeds = LiveState.feeds(s.dataset());
        if (files.isEmpty() && feeds.isEmpty()) return;
        System.out.println("Live inputs (serve --watch, --feed):");
        if (!files.isEmpty()) {
            System.out.printf(Locale.ROOT, "  watched files stored: %d (%d with reports, %d failed)%n", files.getOrDefault("files", 0L),
                    files.getOrDefault("with reports", 0L), files.getOrDefault("failed", 0L));
        }
        for (LiveState.FeedRecord f : feeds) {
            Map<String, Integer> byReason = new TreeMap<>();
            f.failures().forEach(r -> byReason.merge(Summary.kind(r), 1, Integer::sum));
            System.out.printf(Locale.ROOT, "  feed %s: last complete poll %s, ETag %s, items seen %d, ingested %d, failed %d%s%n",
                    f.url(), f.lastPoll() == null ? "none" : f.lastPoll(), f.etag() == null ? "none" : f.etag(), f.seen().size(),
                    f.ingested(), f.failures().size(), byReason.isEmpty() ? "" : " " + byReason);
        }
    }

    private static void run(Store s, String sparql) {
        run(s, QueryFactory.create(sparql));
    }

    private static void run(Store s, Query q) {
        QueryRunner.run(q, java.util.Map.of(), s.dataset(), QueryRunner.Format.TABLE, System.out, 60_000);
    }
}
