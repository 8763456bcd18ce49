package org.osintkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.server.OsintServer;
import org.osintkg.server.ServerConfig;
import org.osintkg.store.Store;

/** The server's limits: time-out, result cap, body limit, loopback, and errors without stack traces. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerLimitsTest {
    @TempDir
    static Path dir;
    Store store;
    OsintServer server;
    String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        store = Store.open(dir.resolve("store"));
        Node g = NodeFactory.createURI("urn:test:bulk");
        Txn.executeWrite(store.dataset(), () -> {
            for (int i = 0; i < 5000; i++) {
                store.dataset().asDatasetGraph().add(g, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p" + (i % 7)),
                        NodeFactory.createLiteralString("v" + i));
            }
        });
        Path pw = dir.resolve("passwd");
        Files.writeString(pw, "a: b\n");
        server = OsintServer.start(store.dataset(), new ServerConfig("127.0.0.1", 0, 1000, false, pw, 50, 2000));
        base = server.url("127.0.0.1");
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> query(String sparql) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "osint/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int bindings(String json) {
        return json.split("\"s\"\\s*:", -1).length - 1;
    }

    @Test
    void anExpensiveQueryIsCancelledAtTheTimeout() throws Exception {
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertEquals(503, r.statusCode(), r.body());
        assertFalse(r.body().contains("\tat "), "no stack trace");
    }

    @Test
    void resultsAreCapped() throws Exception {
        HttpResponse<String> all = query("SELECT ?s WHERE { ?s ?p ?o }");
        assertEquals(200, all.statusCode());
        assertEquals(50, bindings(all.body()));
        assertEquals("50", all.headers().firstValue("X-OSINTKG-Result-Cap").orElse(""));
        assertEquals(7, bindings(query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 7").body()));
    }

    @Test
    void largeBodiesAreRefused() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(5000);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "osint/sparql"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode());
    }

    /** A long query goes by POST; at the dataset URL it must be taken as a query, not as a Graph Store write. */
    @Test
    void aQueryPostedToTheDatasetUrlIsAQuery() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "osint"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT ?s WHERE { GRAPH <urn:test:bulk> { ?s ?p ?o } } LIMIT 3")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(3, bindings(r.body()));
    }

    @Test
    void errorsCarryNoStackTrace() throws Exception {
        HttpResponse<String> r = query("SELECT ?s WHERE { ?s ?p ");
        assertEquals(400, r.statusCode());
        assertFalse(r.body().contains("\tat ") || r.body().contains("at org.apache"), r.body());
    }

    @Test
    void writesAreRefusedWithoutAllowUpdate() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "osint/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 405 || r.statusCode() == 403 || r.statusCode() == 401, "status " + r.statusCode());
        // A new connection: the server may close the one it refused a write on, and a pooled
        // connection closed under the client fails the next request with "received no bytes".
        HttpResponse<String> u = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "osint/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(u.statusCode() >= 400, "status " + u.statusCode());
        assertTrue(bindings(query("SELECT ?s WHERE { GRAPH <urn:test:bulk> { ?s ?p ?o } } LIMIT 3").body()) == 3);
    }

    @Test
    void boundToLoopbackOnly() throws Exception {
        InetAddress external = null;
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nif.isLoopback() || !nif.isUp()) continue;
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address) external = a;
            }
        }
        Assumptions.assumeTrue(external != null, "this machine has no non-loopback address to try");
        boolean refused = false;
        try (Socket s = new Socket(external, server.port())) {
            refused = false;
        } catch (ConnectException e) {
            refused = true;
        }
        assertTrue(refused, "the server must not answer on " + external);
    }
}
