package org.osintkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.cli.Main;
import org.osintkg.store.Store;

/** The counts the store keeps agree with counting the reports, as reports are written, removed and loaded. */
class SummaryTest {
    private static final String PREFIX = "PREFIX osint: <https://w3id.org/osintkg/ontology#> ";

    @TempDir
    Path dir;

    private static Map<String, Long> rows(Store s, String query) {
        return Txn.calculateRead(s.dataset(), () -> {
            Map<String, Long> out = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(PREFIX + query).build()) {
                qe.execSelect().forEachRemaining(b -> out.put(b.get("e").toString(), b.getLiteral("n").getLong()));
            }
            return out;
        });
    }

    private static Map<String, Long> kept(Store s, String counter) {
        return rows(s, "SELECT ?e ?n WHERE { GRAPH ?g { ?e osint:" + counter + " ?n } "
                + "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/osintkg/graph/summary')) }");
    }

    /** The counts the store keeps equal counting the reports now (used by FaultsTest too). */
    static void assertAgrees(Store s, String when) {
        Map<String, Long> reports = rows(s, "SELECT ?e (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?r { ?e osint:mentionedIn ?r } } GROUP BY ?e");
        Map<String, Long> claims = rows(s, "SELECT ?e (COUNT(?c) AS ?n) WHERE { ?c osint:claimant ?e } GROUP BY ?e");
        assertFalse(reports.isEmpty(), when);
        assertEquals(reports, kept(s, "reportCount"), "reports per entity " + when);
        assertEquals(claims, kept(s, "claimCount"), "claims per claimant " + when);
        assertEquals(rows(s, "SELECT ?e (COUNT(?c) AS ?n) WHERE { ?c osint:about ?e } GROUP BY ?e"), kept(s, "aboutCount"),
                "claims about each force " + when);
        Map<String, Long> located = rows(s, "SELECT ?e (COUNT(?c) AS ?n) WHERE { ?c osint:location ?e } GROUP BY ?e");
        assertEquals(located, kept(s, "locatedCount"), "claims located at each place " + when);
        assertEquals(rows(s, "SELECT ?e (COUNT(?c) AS ?n) WHERE { ?c osint:onTopic ?e } GROUP BY ?e"), kept(s, "topicClaims"),
                "claims on each topic " + when);
        assertEquals(rows(s, "SELECT ?e (COUNT(?c) AS ?n) WHERE { ?c osint:stance osint:Denies ; osint:about ?e } GROUP BY ?e"),
                kept(s, "denialCount"), "denials about each force " + when);
        // Every report on the day it was issued (or the undated day), and no day without a report.
        Map<String, Long> byIssue = rows(s, "SELECT ?e (COUNT(?r) AS ?n) WHERE { ?r a osint:Report . "
                + "OPTIONAL { GRAPH ?r { ?r <http://purl.org/dc/terms/issued> ?d } } "
                + "BIND(IRI(CONCAT('https://w3id.org/osintkg/id/day/', COALESCE(STR(?d), 'undated'))) AS ?e) } GROUP BY ?e");
        Map<String, Long> days = rows(s, "SELECT ?e (COUNT(?r) AS ?n) WHERE { GRAPH <https://w3id.org/osintkg/graph/summary/Day> "
                + "{ ?r osint:onDay ?e . ?e a osint:Day } } GROUP BY ?e");
        assertEquals(byIssue, days, "reports per day " + when);
        assertEquals(days.size(), rows(s, "SELECT ?e (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/osintkg/graph/summary/Day> "
                + "{ ?e a osint:Day } } GROUP BY ?e").size(), "no day left without a report " + when);
    }

    @Test
    void peopleAreCountedInTheSummaryOfTheirClass() {
        Path storeDir = dir.resolve("people");
        assertEquals(0, Main.run("ingest", "seeds", "--store", storeDir.toString(), "--quiet"));
        try (Store s = Store.open(storeDir)) {
            Map<String, Long> people = rows(s, "SELECT ?e ?n WHERE { GRAPH <https://w3id.org/osintkg/graph/summary/Person> "
                    + "{ ?e osint:reportCount ?n } }");
            Map<String, Long> typed = rows(s, "SELECT ?e (COUNT(DISTINCT ?r) AS ?n) WHERE { ?e a osint:Person . "
                    + "GRAPH ?r { ?e osint:mentionedIn ?r } } GROUP BY ?e");
            assertFalse(people.isEmpty());
            assertEquals(typed, people, "every person, and nothing else, in the people's summary");
        }
    }

    @Test
    void countsFollowWritesRemovalsAndBulkLoads() {
        Path storeDir = dir.resolve("store");
        assertEquals(0, Main.run("ingest", "seeds", "--store", storeDir.toString(), "--quiet"));
        Node report;
        try (Store s = Store.open(storeDir)) {
            assertAgrees(s, "after an ingest");
            report = Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset())
                        .query(PREFIX + "SELECT ?r WHERE { ?r a osint:Report } ORDER BY ?r LIMIT 1").build()) {
                    return qe.execSelect().next().get("r").asNode();
                }
            });
            assertTrue(s.remove(report));
            assertAgrees(s, "after a report is removed");
        }
        assertEquals(0, Main.run("ingest", "seeds", "--store", storeDir.toString(), "--quiet"));
        try (Store s = Store.open(storeDir)) {
            assertAgrees(s, "after it is ingested again");
            Map<String, Long> before = kept(s, "reportCount");
            s.summarize();
            assertEquals(before, kept(s, "reportCount"), "counting anew gives the counts kept");
            // An update that bypasses the store (as one sent through the SPARQL endpoint would) leaves the counts stale …
            org.apache.jena.system.Txn.executeWrite(s.dataset(), () -> s.dataset().asDatasetGraph().deleteAny(report,
                    Node.ANY, Node.ANY, Node.ANY));
            assertFalse(kept(s, "reportCount").equals(rows(s, "SELECT ?e (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?r "
                    + "{ ?e osint:mentionedIn ?r } } GROUP BY ?e")), "stale after a bypassing update");
        }
        assertEquals(0, Main.run("stats", "--recount", "--store", storeDir.toString()));
        try (Store s = Store.open(storeDir)) {
            assertAgrees(s, "after stats --recount");
        }
        Path nq = dir.resolve("seeds.nq");
        assertEquals(0, Main.run("convert", "seeds", "-o", nq.toString(), "--quiet"));
        Path loaded = dir.resolve("loaded");
        assertEquals(0, Main.run("load", nq.toString(), "--store", loaded.toString(), "--quiet"));
        try (Store s = Store.open(loaded)) {
            assertAgrees(s, "after a bulk load");
        }
    }
}
