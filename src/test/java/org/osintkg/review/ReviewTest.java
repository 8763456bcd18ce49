package org.osintkg.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.cli.Main;
import org.osintkg.rdf.Vocab;
import org.osintkg.store.Store;

/**
 * Reviews through the command line on a real TDB2 store with the seeds ingested: grades, rejections,
 * corrections and merges change what the saved queries answer and keep the summary counts true; undo
 * and split restore them; bad input changes nothing; a re-extraction keeps the reviews.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewTest {
    static final String ID = Vocab.ID;
    static final String CHERNIAK = "person/andrii-cherniak";
    static final String BUDANOV = "person/kyrylo-budanov";

    @TempDir
    static Path dir;

    static Path store() {
        return dir.resolve("store");
    }

    /** Runs the CLI; returns stdout, failing on an unexpected exit code. */
    static String cli(int expected, String... args) {
        PrintStream old = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            assertEquals(expected, code, "exit code of " + String.join(" ", args) + "\n" + buf);
        } finally {
            System.setOut(old);
            System.setErr(oldErr);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    static String review(int expected, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "review";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = store().toString();
        return cli(expected, all);
    }

    static List<String[]> rows(String query, String... params) {
        List<String> args = new java.util.ArrayList<>(List.of("query", query, "--store", store().toString(), "--format", "tsv",
                "--limit", "1000"));
        for (String p : params) {
            args.add("--param");
            args.add(p);
        }
        return cli(0, args.toArray(String[]::new)).lines().skip(1).map(l -> l.split("\t", -1)).toList();
    }

    /** Every kept count (counter, entity) of the summary graphs. */
    static Map<String, Long> kept(Store s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Map<String, Long> out = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query("SELECT ?e ?c ?n WHERE { GRAPH ?g { ?e ?c ?n } "
                    + "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/osintkg/graph/summary') && ISNUMERIC(?n)) }").build()) {
                qe.execSelect().forEachRemaining(b -> out.put(b.get("c") + " " + b.get("e"), b.getLiteral("n").getLong()));
            }
            return out;
        });
    }

    static Map<String, Long> kept() {
        try (Store s = Store.open(store())) {
            return kept(s);
        }
    }

    static long quads() {
        try (Store s = Store.open(store())) {
            return s.quadCount();
        }
    }

    static String firstClaim(String claimant, int quantity) {
        return rows("troop-estimates").stream().filter(r -> r[1].contains(claimant) && r[2].equals(Integer.toString(quantity)))
                .map(r -> r[9].substring(1, r[9].length() - 1)).findFirst().orElseThrow(() -> new AssertionError(claimant + " " + quantity));
    }

    @Test
    @Order(1)
    void gradesShowInTroopEstimatesAndClaimsByGrade() {
        cli(0, "ingest", "seeds", "--store", store().toString(), "--quiet");
        String claim = firstClaim("Andrii Cherniak", 2000);
        String out = review(0, "grade", CHERNIAK, "b", "--note", "spokesman, good record", "--as", "ana");
        assertTrue(out.startsWith("review/1 ") && out.contains("SourceGrading") && out.contains(" B ") && out.contains("ana"), out);
        review(0, "grade", claim, "2", "--as", "ana");
        String[] row = rows("troop-estimates").stream().filter(r -> r[9].equals("<" + claim + ">")).findFirst().orElseThrow();
        assertEquals("\"B\"", row[10], "the claimant's grade");
        assertEquals("2", row[11], "the claim's credibility");
        List<String[]> graded = rows("claims-by-grade", "max_reliability=B", "type=<" + Vocab.NS + "TroopCount>");
        assertFalse(graded.isEmpty());
        assertTrue(graded.stream().allMatch(r -> r[0].equals("\"B\"") && r[3].equals("\"TroopCount\"")), "only B sources' troop counts");
        assertEquals("<" + claim + ">", graded.get(0)[10], "the graded claim first");
        assertTrue(rows("claims-by-grade", "max_reliability=A").isEmpty(), "no source graded A");
    }

    @Test
    @Order(2)
    void badInputIsRefusedAndChangesNothing() {
        long before = quads();
        String claim = firstClaim("Andrii Cherniak", 2000);
        assertTrue(review(2, "grade", CHERNIAK, "G").contains("A to F"));
        assertTrue(review(2, "grade", claim, "7").contains("1 to 6"));
        assertTrue(review(2, "grade", "person/nobody-at-all", "A").contains("no entity person/nobody-at-all"));
        assertTrue(review(2, "reject", "claim/0000-1").contains("no claim"));
        assertTrue(review(2, "reject", CHERNIAK).contains("is not a claim"));
        assertTrue(review(2, "merge", CHERNIAK, CHERNIAK).contains("with itself"));
        assertTrue(review(2, "merge", CHERNIAK, "place/north-korea").contains("not the same kind"));
        assertTrue(review(2, "correct", claim, "quantity", "many").contains("whole number"));
        assertTrue(review(2, "correct", claim, "type", "Gossip").contains("not a claim type"));
        assertTrue(review(2, "correct", claim, "colour", "red").contains("claimant, quantity or type"));
        assertTrue(review(2, "split", CHERNIAK).contains("not merged"));
        assertTrue(review(2, "undo", "999").contains("no review"));
        assertTrue(review(2, "grade", "not an iri", "A").contains("not an IRI"));
        assertEquals(before, quads(), "nothing written");
    }

    @Test
    @Order(3)
    void rejectedClaimsAreHiddenUnlessAskedAndCorrectionsStandIn() {
        String rejected = firstClaim("Andrii Cherniak", 9000);
        String corrected = firstClaim("John Kirby", 3000);
        review(0, "reject", rejected, "--note", "9,000 is the Russian force, not the North Korean");
        review(0, "correct", corrected, "quantity", "3500");
        List<String[]> shown = rows("troop-estimates");
        assertTrue(shown.stream().noneMatch(r -> r[9].equals("<" + rejected + ">")), "rejected claim hidden");
        assertTrue(rows("claims-evidence").stream().noneMatch(r -> r[12].equals("<" + rejected + ">")));
        String[] all = rows("troop-estimates", "include_rejected=true").stream().filter(r -> r[9].equals("<" + rejected + ">"))
                .findFirst().orElseThrow();
        assertEquals("\"Rejected\"", all[13]);
        assertEquals("3500", shown.stream().filter(r -> r[9].equals("<" + corrected + ">")).findFirst().orElseThrow()[2],
                "the corrected number");
        // The extracted value stays, superseded: both are queryable.
        String both = cli(0, "query", "--store", store().toString(), "--format", "tsv", "--sparql",
                "PREFIX osint: <" + Vocab.NS + "> SELECT ?extracted ?corrected ?superseded WHERE { <" + corrected + "> osint:quantity ?extracted ; "
                + "osint:correctedQuantity ?corrected . ?r osint:reviewTarget <" + corrected + "> ; osint:supersededValue ?superseded }");
        assertEquals("3000\t3500\t3000", both.lines().skip(1).findFirst().orElse(""), both);
        String history = review(0, "history", corrected);
        assertTrue(history.contains("Correction") && history.contains("quantity 3000 -> 3500"), history);
    }

    @Test
    @Order(4)
    void mergeCountsOnceAndSplitRestores() {
        Map<String, Long> before = kept();
        List<String[]> people = rows("people-roles");
        long cherniakReports = reports(people, "Andrii Cherniak");
        long budanovReports = reports(people, "Kyrylo Budanov");
        review(0, "merge", BUDANOV, CHERNIAK, "--note", "test merge");
        List<String[]> merged = rows("people-roles");
        assertTrue(merged.stream().noneMatch(r -> r[0].contains("Budanov")), "one entity");
        assertEquals(Math.min(5, cherniakReports + budanovReports), reports(merged, "Andrii Cherniak"));
        assertTrue(rows("claims-evidence", "claimant=<" + ID + CHERNIAK + ">").size()
                > rows("claims-evidence", "claimant=<" + ID + BUDANOV + ">").size(), "asking for the canonical entity lists the merged one's claims");
        try (Store s = Store.open(store())) {
            assertCountsAgree(s);
            // Both IRIs keep resolving.
            assertTrue(Txn.calculateRead(s.dataset(), () -> s.dataset().asDatasetGraph().contains(Node.ANY,
                    NodeFactory.createURI(ID + BUDANOV), Vocab.label, Node.ANY)));
        }
        String split = review(0, "split", BUDANOV);
        assertTrue(split.contains("Split  " + BUDANOV + " from " + CHERNIAK), split);
        assertEquals(before, kept(), "split restores every count");
        assertEquals(budanovReports, reports(rows("people-roles"), "Kyrylo Budanov"));
        String undo = review(0, "undo", split.substring(0, split.indexOf(' ')));
        assertTrue(undo.contains("Undo"), undo);
        assertTrue(rows("people-roles").stream().noneMatch(r -> r[0].contains("Budanov")), "undoing the split merges again");
        String merge = review(0, "history", BUDANOV).lines().filter(l -> l.contains("Merge")).findFirst().orElseThrow();
        review(0, "undo", merge.substring(0, merge.indexOf(' ')));
        assertEquals(before, kept(), "undoing the merge restores every count");
        assertTrue(review(0, "history", BUDANOV).contains("[undone by"));
    }

    private static long reports(List<String[]> peopleRoles, String name) {
        return peopleRoles.stream().filter(r -> r[0].equals("\"" + name + "\"")).mapToLong(r -> Long.parseLong(r[3])).findFirst().orElse(0);
    }

    /** The kept counts equal counting the reports with merged IRIs as one. */
    static void assertCountsAgree(Store s) {
        Map<String, Long> counted = Txn.calculateRead(s.dataset(), () -> {
            Map<String, Long> out = new TreeMap<>();
            String q = "PREFIX osint: <" + Vocab.NS + "> SELECT ?e (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?r { ?x osint:mentionedIn ?r } "
                    + "OPTIONAL { ?x osint:mergedInto ?m } BIND(COALESCE(?m, ?x) AS ?e) } GROUP BY ?e";
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(b -> out.put(osintReportCount(b.get("e").toString()), b.getLiteral("n").getLong()));
            }
            return out;
        });
        Map<String, Long> kept = new TreeMap<>();
        kept(s).forEach((k, v) -> {
            if (k.startsWith(Vocab.NS + "reportCount ")) kept.put(k, v);
        });
        assertEquals(counted, kept);
    }

    private static String osintReportCount(String e) {
        return Vocab.NS + "reportCount " + e;
    }

    @Test
    @Order(5)
    void validateChecksReviewRecords() {
        assertTrue(cli(0, "validate", "--store", store().toString()).contains("conforms"));
        Path copy = dir.resolve("broken");
        cli(0, "ingest", "seeds/004_12acb106a2c9d288.txt", "--store", copy.toString(), "--quiet");
        try (Store s = Store.open(copy)) {
            Node r = NodeFactory.createURI(ID + "review/1");
            Txn.executeWrite(s.dataset(), () -> {
                var dsg = s.dataset().asDatasetGraph();
                Node g = NodeFactory.createURI(Vocab.REVIEW_GRAPH);
                dsg.add(g, r, Vocab.type, Vocab.SourceGrading);
                dsg.add(g, r, Vocab.sourceReliability, NodeFactory.createLiteralString("G"));
            });
        }
        String report = cli(1, "validate", "--store", copy.toString());
        assertTrue(report.contains("review/1") && report.contains("reviewSequence") && report.contains("sourceReliability"), report);
    }

    @Test
    @Order(6)
    void reExtractionKeepsReviewsAndListsOrphans() {
        List<String[]> before = rows("troop-estimates");
        Map<String, Long> counts = kept();
        try (Store s = Store.open(store())) {
            // What a new extraction version does: every report's fingerprint differs, so each is written anew.
            Txn.executeWrite(s.dataset(), () -> {
                var dsg = s.dataset().asDatasetGraph();
                List<org.apache.jena.sparql.core.Quad> old = new java.util.ArrayList<>();
                dsg.find(Node.ANY, Node.ANY, Vocab.fingerprint, Node.ANY).forEachRemaining(old::add);
                for (var q : old) {
                    dsg.delete(q);
                    dsg.add(q.getGraph(), q.getSubject(), Vocab.fingerprint, NodeFactory.createLiteralString("an older extraction"));
                }
            });
        }
        String again = cli(0, "ingest", "seeds", "--store", store().toString(), "--quiet");
        assertTrue(again.contains("replaced: 5"), again);
        assertEquals(before.stream().map(r -> String.join("\t", r)).toList(), rows("troop-estimates").stream().map(r -> String.join("\t", r)).toList(),
                "grades, rejections and corrections survive the re-extraction");
        assertEquals(counts, kept());
        assertTrue(review(0, "orphans").contains("no orphaned reviews"));
        // An article taken out: the reviews of its claims are orphans, listed and kept.
        Node report;
        try (Store s = Store.open(store())) {
            String claim = firstClaimIn(s, "Andrii Cherniak");
            report = Txn.calculateRead(s.dataset(), () -> s.dataset().asDatasetGraph().find(Node.ANY, NodeFactory.createURI(claim),
                    Vocab.reportedIn, Node.ANY).next().getObject());
            assertTrue(s.remove(report));
        }
        String orphans = review(1, "orphans");
        assertTrue(orphans.contains("ClaimGrading") && orphans.contains("no longer in the store"), orphans);
        cli(0, "ingest", "seeds", "--store", store().toString(), "--quiet");
        assertTrue(review(0, "orphans").contains("no orphaned reviews"), "back with the article");
    }

    private static String firstClaimIn(Store s, String unused) {
        return Txn.calculateRead(s.dataset(), () -> {
            var it = s.dataset().asDatasetGraph().find(NodeFactory.createURI(Vocab.REVIEW_GRAPH), Node.ANY, Vocab.informationCredibility, Node.ANY);
            while (it.hasNext()) {
                Node n = it.next().getSubject();
                if (n.getURI().contains("/claim/")) return n.getURI();
            }
            throw new AssertionError("no graded claim");
        });
    }

    private static int rank(String claim) {
        return Integer.parseInt(claim.substring(claim.lastIndexOf('-') + 1));
    }

    @Test
    @Order(7)
    void aClaimIriNamingOtherEvidenceDropsItsReview() throws Exception {
        Path one = dir.resolve("one");
        Files.createDirectories(one);
        Path article = one.resolve("article.txt");
        Path s = dir.resolve("one-store");
        String text = Files.readString(Path.of("seeds/004_12acb106a2c9d288.txt"));
        Files.writeString(article, text);
        cli(0, "ingest", article.toString(), "--store", s.toString(), "--quiet");
        String claim = ID + "claim/";
        String first;
        try (Store st = Store.open(s)) {
            // The article's last claim: a claim inserted before it moves it to the next rank.
            first = Txn.calculateRead(st.dataset(), () -> {
                String last = null;
                for (var it = st.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Vocab.type, Vocab.Claim); it.hasNext(); ) {
                    String c = it.next().getSubject().getURI();
                    if (last == null || rank(c) > rank(last)) last = c;
                }
                return last;
            });
        }
        assertTrue(first.startsWith(claim));
        cli(0, "review", "reject", first, "--store", s.toString());
        // The article changes so that the claim IRIs name other sentences (each claim's quote moves).
        Files.writeString(article, text.replaceFirst("\n", "\nCherniak said on Monday that 4,000 more North Korean troops had been deployed to Kursk Oblast.\n"));
        cli(0, "ingest", article.toString(), "--store", s.toString(), "--quiet");
        try (Store st = Store.open(s)) {
            String quote = Txn.calculateRead(st.dataset(), () -> Effects.quoteOf(st.dataset().asDatasetGraph(), NodeFactory.createURI(first)));
            String reviewed = Txn.calculateRead(st.dataset(), () -> Record.read(st.dataset().asDatasetGraph(),
                    NodeFactory.createURI(ID + "review/1")).quote());
            boolean rejected = Txn.calculateRead(st.dataset(), () -> st.dataset().asDatasetGraph().contains(Node.ANY,
                    NodeFactory.createURI(first), Vocab.reviewStatus, Vocab.Rejected));
            assertNotEquals(null, quote);
            assertNotEquals(reviewed, quote, "a claim comes before it now, so the IRI names another claim");
            assertFalse(rejected, "the rejection does not pass to the claim that now has the IRI");
            assertTrue(cli(1, "review", "orphans", "--store", s.toString()).contains("other evidence"));
        }
    }

    @Test
    @Order(8)
    void typeCorrectionsMoveClaimsInAndOutOfTroopEstimates() {
        List<String[]> troops = rows("troop-estimates");
        String away = troops.get(0)[9].substring(1, troops.get(0)[9].length() - 1);
        // A claim with a number, a force and a claimant that is not a troop count as extracted.
        String found = cli(0, "query", "--store", store().toString(), "--format", "tsv", "--sparql",
                "PREFIX osint: <" + Vocab.NS + "> SELECT ?c WHERE { ?c osint:claimType ?t ; osint:quantity ?q ; osint:about ?a ; "
                + "osint:claimant ?who ; osint:quote ?e FILTER(?t != osint:TroopCount) } ORDER BY ?c LIMIT 1");
        String in = found.lines().skip(1).findFirst().orElseThrow(() -> new AssertionError(found)).replaceAll("[<>]", "");
        review(0, "correct", away, "type", "Casualties");
        review(0, "correct", in, "type", "TroopCount");
        List<String[]> after = rows("troop-estimates");
        assertTrue(after.stream().noneMatch(r -> r[9].equals("<" + away + ">")), "corrected away from a troop count");
        assertTrue(after.stream().anyMatch(r -> r[9].equals("<" + in + ">")), "corrected to a troop count");
        assertEquals(troops.size(), after.size(), "one out, one in");
        assertEquals("\"Casualties\"", rows("claims-evidence").stream().filter(r -> r[12].equals("<" + away + ">"))
                .findFirst().orElseThrow()[4], "the corrected type in claims-evidence");
        // A bound credibility limit lists the claims graded that well only.
        review(0, "grade", in, "1");
        List<String[]> best = rows("claims-by-grade", "max_credibility=1");
        assertEquals(1, best.size(), "one claim graded 1");
        assertEquals("<" + in + ">", best.get(0)[10]);
        assertEquals("\"TroopCount\"", best.get(0)[3], "its corrected type");
    }
}
