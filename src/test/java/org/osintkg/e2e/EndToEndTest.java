package org.osintkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.cli.Main;
import org.osintkg.query.SavedQuery;
import org.osintkg.server.OsintServer;
import org.osintkg.server.ServerConfig;
import org.osintkg.store.Store;

/**
 * The whole path for real: the seeds through the CLI into TDB2 on disk, SHACL over the store, then
 * an embedded Fuseki on a free port, asked over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest {
    static final String PREFIXES = """
            PREFIX osint: <https://w3id.org/osintkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    @TempDir
    static Path dir;
    Path storeDir;
    Path passwd;
    String firstIngest;
    String secondIngest;
    int validateExit;
    Store store;
    OsintServer server;
    String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void ingestAndServe() throws Exception {
        storeDir = dir.resolve("store");
        firstIngest = cli("ingest", "seeds", "--store", storeDir.toString(), "--quiet");
        secondIngest = cli("ingest", "./seeds/", "--store", storeDir.toString(), "--quiet");
        validateExit = Main.run("validate", "--store", storeDir.toString());
        passwd = dir.resolve("passwd");
        Files.writeString(passwd, "analyst: s3cret\n");
        store = Store.open(storeDir);
        server = OsintServer.start(store.dataset(), new ServerConfig("127.0.0.1", 0, 10_000, true, passwd));
        base = server.url("127.0.0.1");
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static String cli(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            assertEquals(0, code, "exit code of " + String.join(" ", args) + "\n" + buf);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /**
     * A connection to the query endpoint the README gives (/osint/sparql). Long queries go by POST;
     * at the bare dataset URL Fuseki takes a POSTed query body for a Graph Store write.
     */
    private RDFConnection connect() {
        return org.apache.jena.rdfconnection.RDFConnectionRemote.newBuilder().destination(base + "osint")
                .queryEndpoint("sparql").build();
    }

    private List<QuerySolution> select(String sparql) {
        List<QuerySolution> rows = new ArrayList<>();
        try (RDFConnection conn = connect()) {
            conn.querySelect(PREFIXES + sparql, rows::add);
        }
        return rows;
    }

    private boolean ask(String sparql) {
        try (RDFConnection conn = connect()) {
            return conn.queryAsk(PREFIXES + sparql);
        }
    }

    @Test
    void ingestIsIdempotent() {
        assertTrue(firstIngest.contains("articles read: 5, ingested: 5"), firstIngest);
        assertTrue(secondIngest.contains("ingested: 0, replaced: 0, unchanged: 5, failed: 0"), secondIngest);
    }

    @Test
    void storeConformsToTheShapes() {
        assertEquals(0, validateExit);
    }

    @Test
    void oneReportGraphPerArticleWithItsBody() {
        List<QuerySolution> rows = select("SELECT ?r ?body WHERE { GRAPH ?r { ?r a osint:Report ; osint:body ?body } }");
        assertEquals(5, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("body").getString().length() > 1000));
    }

    @Test
    void spellingVariantsAreOnePersonAcrossReports() {
        List<QuerySolution> rows = select("""
                SELECT ?p (COUNT(DISTINCT ?r) AS ?n) WHERE {
                  ?p a osint:Person ; osint:mentionedIn ?r .
                  { ?p rdfs:label ?l } UNION { ?p skos:altLabel ?l }
                  FILTER(?l IN ("Andriy Chernyak", "Andrii Cherniak"))
                } GROUP BY ?p""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(2, rows.get(0).getLiteral("n").getInt());
    }

    @Test
    void namedThingsHaveTheRightClassAndReport() {
        assertTrue(ask("""
                ASK { ?p a osint:Person ; rdfs:label "Yevhen Romanov" ; skos:altLabel "Romanov" ;
                         osint:mentionedIn ?r . ?r osint:sourceName "000_c038efced69c2b10.txt" }"""));
        assertTrue(ask("ASK { ?u a osint:MilitaryUnit ; rdfs:label \"153rd Separate Mechanized Brigade\" }"));
        assertTrue(ask("ASK { ?u a osint:MilitaryUnit ; rdfs:label ?l ; skos:altLabel \"OTU Kharkiv\" FILTER(CONTAINS(?l, \"Kharkiv\")) }"));
        assertTrue(ask("ASK { ?o a osint:Organization ; skos:altLabel \"NRC\" ; osint:mentionedIn ?r }"));
        assertTrue(ask("""
                ASK { ?k a osint:Region ; rdfs:label "Kursk Oblast" ; owl:sameAs ?wd ; osint:locatedIn ?ru .
                      ?ru rdfs:label "Russia" FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/Q")) }"""));
        assertTrue(ask("ASK { ?r a osint:Report ; dcterms:publisher ?o . ?o a osint:Outlet ; rdfs:label \"CNN\" }"));
    }

    @Test
    void whoSpeaksForWhichUnit() {
        assertTrue(ask("""
                ASK { ?p rdfs:label "Yevhen Romanov" ; osint:role "spokesperson" ; osint:memberOf ?u .
                      ?u a osint:MilitaryUnit ; skos:altLabel "OTU Kharkiv" }"""));
        assertTrue(ask("""
                ASK { ?p rdfs:label "Nazariy Kishak" ; osint:role "commander" ; osint:memberOf ?u .
                      ?u rdfs:label "153rd Separate Mechanized Brigade" }"""));
    }

    @Test
    void nothingThatIsNotANameIsAnEntity() {
        List<QuerySolution> rows = select("""
                SELECT DISTINCT ?l WHERE { ?e osint:mentionedIn ?r ; rdfs:label ?l
                  FILTER NOT EXISTS { ?e a osint:AnonymousSource } }""");
        Set<String> notNames = Set.of("North Korean", "North Koreans", "Ukrainian", "Russian", "Russian forces",
                "Western officials", "Thursday", "Comments", "Advertisement", "Must read");
        for (QuerySolution r : rows) {
            String l = r.getLiteral("l").getString();
            assertFalse(notNames.contains(l), l);
            assertFalse(l.isBlank());
        }
    }

    @Test
    void everyMentionOffsetIsExact() {
        List<QuerySolution> rows = select("""
                SELECT ?text ?s ?e ?body WHERE { ?m a osint:Mention ; osint:text ?text ; osint:charStart ?s ;
                  osint:charEnd ?e ; osint:inReport ?r . ?r osint:body ?body }""");
        assertTrue(rows.size() > 50);
        for (QuerySolution r : rows) {
            String body = r.getLiteral("body").getString();
            assertEquals(r.getLiteral("text").getString(),
                    body.substring(r.getLiteral("s").getInt(), r.getLiteral("e").getInt()));
        }
    }

    @Test
    void everySavedQueryRunsOverHttp() throws Exception {
        List<SavedQuery> all = SavedQuery.all(Path.of("queries"));
        assertTrue(all.size() >= 8, "at least eight saved queries");
        try (RDFConnection conn = connect()) {
            for (SavedQuery q : all) {
                assertFalse(q.title().equals(q.name()), q.name() + " has a title line");
                assertTrue(q.answers() != null, q.name() + " says what it answers");
                if (q.needsNetwork()) {
                    q.query(); // parses; running it needs the Wikidata Query Service
                    continue;
                }
                int[] n = {0};
                conn.querySelect(q.query(), row -> n[0]++);
                // A query whose parameter is required (the workbench's views of one entity, claim or report) has no rows unbound;
                // claims-by-grade lists what analysts graded: nothing on a store without reviews.
                boolean required = q.params().stream().anyMatch(p -> p.contains("required"));
                if (!required && !Set.of("claims-evidence", "troop-estimates", "contradictions", "claims-by-grade").contains(q.name())) {
                    assertTrue(n[0] > 0, q.name() + " returns rows on the seeds");
                }
            }
        }
    }

    @Test
    void troopEstimatesShowTheSeedsDisagreement() {
        List<QuerySolution> rows = select("""
                SELECT DISTINCT ?q WHERE { ?c osint:claimType osint:TroopCount ; osint:quantity ?q ;
                  osint:about <https://w3id.org/osintkg/id/place/north-korea> ; osint:claimant ?who ; osint:quote ?text }""");
        Set<Integer> numbers = new java.util.HashSet<>();
        rows.forEach(r -> numbers.add(r.getLiteral("q").getInt()));
        assertTrue(numbers.containsAll(Set.of(3000, 11000, 12000)), numbers.toString());
        assertTrue(ask("""
                ASK { ?c osint:quantity 12000 ; osint:perUnitQuantity 6000 ; osint:unitCount 2 ;
                         osint:quantityQualifier osint:Approximately ; osint:claimant ?z . ?z rdfs:label ?l
                         FILTER(CONTAINS(?l, "Zelensk")) }"""));
        assertTrue(ask("""
                ASK { ?c osint:quantity 3000 ; osint:quantityQualifier osint:AtLeast ;
                         osint:claimant ?s . ?s a osint:AnonymousSource ; rdfs:label "local sources" }"""));
    }

    @Test
    void denialsContradictAssertions() throws Exception {
        List<QuerySolution> rows = new ArrayList<>();
        try (RDFConnection conn = connect()) {
            conn.querySelect(SavedQuery.find("contradictions", Path.of("queries")).query(), rows::add);
        }
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("asserter").getString().equals("Yevhen Romanov")
                && r.getLiteral("placeName").getString().equals("Kharkiv Oblast")), rows.toString());
    }

    @Test
    void claimEvidenceIsExact() {
        List<QuerySolution> rows = select("""
                SELECT ?quote ?s ?e ?body WHERE { ?c a osint:Claim ; osint:quote ?quote ; osint:charStart ?s ;
                  osint:charEnd ?e ; osint:reportedIn ?r . ?r osint:body ?body }""");
        assertTrue(rows.size() >= 30, "claims extracted: " + rows.size());
        for (QuerySolution r : rows) {
            assertEquals(r.getLiteral("quote").getString(),
                    r.getLiteral("body").getString().substring(r.getLiteral("s").getInt(), r.getLiteral("e").getInt()));
        }
    }

    @Test
    void savedQueryParametersNarrowTheResults() throws Exception {
        String nk = "<https://w3id.org/osintkg/id/place/north-korea>";
        String troops = cli("query", "troop-estimates", "--endpoint", base + "osint/sparql", "--format", "csv", "--param", "about=" + nk);
        long rows = troops.lines().count() - 1;
        assertTrue(rows >= 5, troops);
        assertTrue(troops.lines().skip(1).allMatch(l -> l.contains("North Korea")), troops);
        String links = cli("query", "external-links", "--endpoint", base + "osint/sparql", "--format", "csv", "--param", "dataset=geonames");
        assertTrue(links.lines().count() > 1);
        assertTrue(links.lines().skip(1).allMatch(l -> l.contains("sws.geonames.org")), links);
        String cnn = cli("query", "reports-by-outlet", "--endpoint", base + "osint/sparql", "--format", "csv",
                "--param", "outlet=<https://w3id.org/osintkg/id/org/cnn>");
        assertEquals(2, cnn.lines().count(), cnn);
        String all = cli("query", "reports-by-outlet", "--endpoint", base + "osint/sparql", "--format", "csv");
        String page = cli("query", "reports-by-outlet", "--endpoint", base + "osint/sparql", "--format", "csv",
                "--limit", "2", "--offset", "1");
        assertEquals(all.lines().skip(2).limit(2).toList(), page.lines().skip(1).toList(), "--limit 2 --offset 1 is rows 2 and 3");
    }

    /** Long listings come newest report first, undated last, a page at a time; pages join up to the whole. */
    @Test
    void listingsPageNewestFirst() {
        String endpoint = base + "osint/sparql";
        List<String> reports = cli("query", "reports-by-outlet", "--endpoint", endpoint, "--format", "tsv")
                .lines().skip(1).toList();
        assertEquals(5, reports.size(), String.join("\n", reports));
        List<String> issued = reports.stream().map(l -> l.split("\t", -1)[1]).toList();
        assertEquals("", issued.get(issued.size() - 1), "the undated report comes last: " + issued);
        List<String> dated = issued.subList(0, issued.size() - 1);
        assertEquals(dated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dated, "newest first");
        List<String> all = cli("query", "claims-evidence", "--endpoint", endpoint, "--format", "tsv", "--limit", "1000")
                .lines().skip(1).toList();
        assertTrue(all.size() > 14, "claims on the seeds: " + all.size());
        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 14; offset += 7) {
            pages.addAll(cli("query", "claims-evidence", "--endpoint", endpoint, "--format", "tsv", "--limit", "7",
                    "--offset", Integer.toString(offset)).lines().skip(1).toList());
        }
        assertEquals(all.subList(0, 14), pages, "two pages of 7 are the first 14 rows");
        assertTrue(cli("query", "claims-evidence", "--endpoint", endpoint, "--format", "tsv").lines().count() <= 101,
                "a saved listing gives one page of 100 by default");
    }

    /**
     * A listing bound to a value finds its reports one of two ways, chosen by the kept counts: sorting
     * the value's own reports (what the seeds' small counts choose) or walking every day. Forced to
     * walk, each gives the same rows in the same order.
     */
    @Test
    void walkingTheDaysGivesTheSamePageAsSortingAValuesReports() throws Exception {
        String id = "https://w3id.org/osintkg/id/";
        java.util.Map<String, String> bound = java.util.Map.of(
                "troop-estimates", "about=<" + id + "place/north-korea>",
                "claims-evidence", "claimant=<" + id + "person/andrii-cherniak>",
                "about-place", "place=<" + id + "place/kharkiv-oblast>",
                "contradictions", "about=<" + id + "place/north-korea>",
                "entity-mentions", "entity=<" + id + "person/andrii-cherniak>",
                "reports-by-outlet", "outlet=<" + id + "org/cnn>");
        String endpoint = base + "osint/sparql";
        for (var e : bound.entrySet()) {
            String text = Files.readString(Path.of("queries", e.getKey() + ".rq"));
            String walking = text.replace("< 3000 AS ?driven", "< 0 AS ?driven");
            assertFalse(walking.equals(text), e.getKey() + " chooses by a count");
            Path walk = dir.resolve(e.getKey() + "-walk.rq");
            Files.writeString(walk, walking);
            String sorted = cli("query", e.getKey(), "--endpoint", endpoint, "--format", "tsv", "--param", e.getValue());
            String walked = cli("query", walk.toString(), "--endpoint", endpoint, "--format", "tsv", "--param", e.getValue());
            assertTrue(sorted.lines().count() > 1, e.getKey() + " has rows for " + e.getValue());
            assertEquals(sorted, walked, e.getKey());
        }
    }

    @Test
    void sparqlJsonOverHttp() throws Exception {
        String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "osint/sparql?query=" + q))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("application/sparql-results+json"));
        assertTrue(r.body().contains("\"bindings\""));
    }

    @Test
    void updatesNeedCredentials() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test:scratch> { <urn:a> <urn:b> <urn:c> } }";
        assertEquals(401, post(base + "osint/update", update, null).statusCode());
        assertFalse(ask("ASK { GRAPH <urn:test:scratch> { ?s ?p ?o } }"));
        assertEquals(401, post(base + "osint/update", update, "analyst:wrong").statusCode());
        assertEquals(2, post(base + "osint/update", update, "analyst:s3cret").statusCode() / 100);
        assertTrue(ask("ASK { GRAPH <urn:test:scratch> { ?s ?p ?o } }"));
        assertEquals(2, post(base + "osint/update", "DROP GRAPH <urn:test:scratch>", "analyst:s3cret").statusCode() / 100);
    }

    @Test
    void adminPathsNeedCredentialsAndTheUiIsServed() throws Exception {
        for (String p : List.of("$/server", "$/datasets", "$/ping", "$/stats/osint", "$/backup/osint", "$/compact/osint")) {
            assertEquals(401, get(base + p, null).statusCode(), p);
        }
        assertEquals(200, get(base + "$/server", "analyst:s3cret").statusCode());
        HttpResponse<String> ui = get(base, null);
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), "the Fuseki UI's index page");
    }

    private HttpResponse<String> get(String url, String userPass) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (userPass != null) b.header("Authorization", basic(userPass));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String update, String userPass) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (userPass != null) b.header("Authorization", basic(userPass));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String userPass) {
        return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
    }
}
