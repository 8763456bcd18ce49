package org.osintkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.cli.Main;
import org.osintkg.server.OsintServer;
import org.osintkg.server.ServerConfig;
import org.osintkg.store.Store;

/** Reviews over HTTP on a real Fuseki on a free port: credentials required, the reviewer from them, JSON in and out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewServerTest {
    static final String ID = "https://w3id.org/osintkg/id/";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    Store store;
    OsintServer server;
    String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        Path storeDir = dir.resolve("store");
        assertEquals(0, Main.run("ingest", "seeds", "--store", storeDir.toString(), "--quiet"));
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "ana: first-secret\nbo: second-secret\n");
        store = Store.open(storeDir);
        server = OsintServer.start(store.dataset(), new ServerConfig("127.0.0.1", 0, 10_000, false, passwd));
        base = server.url("127.0.0.1");
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private HttpResponse<String> post(String user, String password, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "osint/review")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) b.header("Authorization", basic(user, password));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (user != null) b.header("Authorization", basic(user, password));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private String sparqlCount(String where) throws Exception {
        String q = URLEncoder.encode("PREFIX osint: <https://w3id.org/osintkg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { " + where + " }",
                StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "osint/sparql?query=" + q))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).at("/results/bindings/0/n/value").asText();
    }

    private String claim() throws Exception {
        String q = URLEncoder.encode("PREFIX osint: <https://w3id.org/osintkg/ontology#> SELECT ?c WHERE { ?c a osint:Claim } ORDER BY ?c LIMIT 1",
                StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "osint/sparql?query=" + q))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).at("/results/bindings/0/c/value").asText();
    }

    @Test
    void reviewsNeedCredentialsAndTakeTheReviewerFromThem() throws Exception {
        String claim = claim();
        String body = "{\"action\":\"reject\",\"target\":\"" + claim + "\",\"note\":\"misread\",\"user\":\"mallory\"}";
        String before = sparqlCount("GRAPH <https://w3id.org/osintkg/graph/review> { ?s ?p ?o }");
        assertEquals(401, post(null, null, body).statusCode());
        assertEquals(401, post("ana", "wrong", body).statusCode());
        assertEquals(401, get("osint/review/history?target=" + claim, null, null).statusCode());
        assertEquals(before, sparqlCount("GRAPH <https://w3id.org/osintkg/graph/review> { ?s ?p ?o }"), "nothing written without credentials");
        HttpResponse<String> ok = post("ana", "first-secret", body);
        assertEquals(201, ok.statusCode(), ok.body());
        JsonNode r = JSON.readTree(ok.body());
        assertEquals("ana", r.get("user").asText(), "the authenticated user, not the body's");
        assertEquals("Rejection", r.get("kind").asText());
        assertEquals("1", sparqlCount("<" + claim + "> osint:reviewStatus osint:Rejected"));
        HttpResponse<String> h = get("osint/review/history?target=" + URLEncoder.encode(claim, StandardCharsets.UTF_8), "bo", "second-secret");
        assertEquals(200, h.statusCode());
        assertTrue(h.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode hist = JSON.readTree(h.body()).get("reviews");
        assertTrue(hist.size() >= 1 && hist.get(hist.size() - 1).get("note").asText().equals("misread"), h.body());
        HttpResponse<String> undo = post("bo", "second-secret", "{\"action\":\"undo\",\"review\":\"" + r.get("review").asText() + "\"}");
        assertEquals(201, undo.statusCode(), undo.body());
        assertEquals("bo", JSON.readTree(undo.body()).get("user").asText());
        assertEquals("0", sparqlCount("<" + claim + "> osint:reviewStatus osint:Rejected"), "undone");
    }

    @Test
    void badRequestsAreAnsweredClearlyAndChangeNothing() throws Exception {
        String before = sparqlCount("GRAPH ?g { ?s ?p ?o }");
        String[][] cases = {
                {"this is not json", "not JSON"},
                {"[1,2]", "JSON object"},
                {"{\"target\":\"person/andrii-cherniak\"}", "\"action\" is missing"},
                {"{\"action\":\"grade\",\"target\":\"person/andrii-cherniak\",\"grade\":\"G\"}", "A to F"},
                {"{\"action\":\"grade\",\"target\":\"" + ID + "person/no-such-person\",\"grade\":\"A\"}", "no entity"},
                {"{\"action\":\"merge\",\"target\":\"person/andrii-cherniak\",\"into\":\"person/andrii-cherniak\"}", "with itself"},
                {"{\"action\":\"explode\",\"target\":\"person/andrii-cherniak\"}", "expected grade"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = post("ana", "first-secret", c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            String error = JSON.readTree(r.body()).get("error").asText();
            assertTrue(error.contains(c[1]) && error.contains("nothing changed"), c[0] + " -> " + error);
        }
        assertEquals(405, get("osint/review", "ana", "first-secret").statusCode());
        assertEquals(before, sparqlCount("GRAPH ?g { ?s ?p ?o }"), "no quad written");
    }

    @Test
    void concurrentReviewsFromTwoUsersAreAllRecorded() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String grade = "ABCDEF".substring(i % 6, i % 6 + 1);
                String user = i % 2 == 0 ? "ana" : "bo";
                String pw = i % 2 == 0 ? "first-secret" : "second-secret";
                sent.add(pool.submit(() -> post(user, pw, "{\"action\":\"grade\",\"target\":\"person/volodymyr-zelenskyy\",\"grade\":\"" + grade + "\"}")));
            }
            Set<Long> sequences = new HashSet<>();
            Set<String> users = new HashSet<>();
            for (Future<HttpResponse<String>> f : sent) {
                HttpResponse<String> r = f.get();
                assertEquals(201, r.statusCode(), r.body());
                JsonNode j = JSON.readTree(r.body());
                sequences.add(j.get("sequence").asLong());
                users.add(j.get("user").asText());
            }
            assertEquals(10, sequences.size(), "each review its own number");
            assertEquals(Set.of("ana", "bo"), users);
        } finally {
            pool.shutdown();
        }
        HttpResponse<String> h = get("osint/review/history?target=person/volodymyr-zelenskyy", "ana", "first-secret");
        JsonNode reviews = JSON.readTree(h.body()).get("reviews");
        assertEquals(10, reviews.size());
        String last = reviews.get(9).get("value").asText();
        assertEquals("1", sparqlCount("<" + ID + "person/volodymyr-zelenskyy> osint:sourceReliability \"" + last + "\""),
                "the latest grade stands");
    }
}
