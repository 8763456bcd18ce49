package org.osintkg.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.osintkg.query.QueryRunner;
import org.osintkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", description = "Prints counts by class and by report.")
final class StatsCommand implements Callable<Integer> {
    private static final String PREFIXES = "PREFIX osint: <https://w3id.org/osintkg/ontology#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    static final String BY_CLASS = PREFIXES
            + "SELECT ?class (COUNT(DISTINCT ?s) AS ?instances) WHERE { ?s a ?class "
            + "FILTER(STRSTARTS(STR(?class), STR(osint:))) } GROUP BY ?class ORDER BY ?class";
    static final String BY_REPORT = PREFIXES
            + "SELECT ?report ?source ?issued (COUNT(*) AS ?triples) "
            + "(COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?entity) AS ?entities) WHERE { "
            + "GRAPH ?report { ?report a osint:Report ; osint:sourceName ?source . OPTIONAL { ?report dcterms:issued ?issued } "
            + "?s ?p ?o OPTIONAL { ?s a osint:Claim BIND(?s AS ?claim) } "
            + "OPTIONAL { ?s osint:mentionedIn ?report BIND(?s AS ?entity) } } } "
            + "GROUP BY ?report ?source ?issued ORDER BY ?issued ?source";

    @Mixin
    StoreOptions store;

    @picocli.CommandLine.Option(names = "--recount", description = {"Count the summary (reports per entity, claims per "
            + "claimant) anew first: after updates sent through the SPARQL endpoint, which do not keep it."})
    boolean recount;

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
            System.out.println("By report:");
            run(s, BY_REPORT);
        }
        return 0;
    }

    private static void run(Store s, String sparql) {
        Query q = QueryFactory.create(sparql);
        QueryRunner.run(q, java.util.Map.of(), s.dataset(), QueryRunner.Format.TABLE, System.out, 60_000);
    }
}
