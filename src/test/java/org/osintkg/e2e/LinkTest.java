package org.osintkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.cli.Main;
import org.osintkg.store.Store;

/** The link command against a real local Fuseki serving a fixture in Wikidata's RDF shape. */
class LinkTest {
    @TempDir
    Path dir;

    private static String cli(int expectedExit, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, Main.run(args), String.join(" ", args) + "\n" + buf);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static boolean ask(Path store, String sparql) {
        try (Store s = Store.open(store)) {
            return Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(EndToEndTest.PREFIXES + sparql).build()) {
                    return qe.execAsk();
                }
            });
        }
    }

    private static String sameAs(String label, String qid) {
        return "ASK { ?e rdfs:label \"" + label + "\" ; owl:sameAs <http://www.wikidata.org/entity/" + qid + "> }";
    }

    @Test
    void linksByNameTypeAndContextThenRunsOfflineFromTheCache() throws Exception {
        Path storeA = dir.resolve("a");
        Path storeB = dir.resolve("b");
        Path cache = dir.resolve("cache");
        cli(0, "ingest", "seeds/000_c038efced69c2b10.txt", "seeds/002_132ee9a9cb39143c.txt", "--store", storeA.toString(), "--quiet");
        cli(0, "ingest", "seeds/000_c038efced69c2b10.txt", "seeds/002_132ee9a9cb39143c.txt", "--store", storeB.toString(), "--quiet");

        Dataset wikidata = DatasetFactory.createTxnMem();
        Txn.executeWrite(wikidata, () -> RDFDataMgr.read(wikidata, "src/test/resources/link/wikidata-fixture.ttl"));
        FusekiServer fixture = FusekiServer.create().port(0).loopback(true).add("wd", wikidata, false).build().start();
        String endpoint = "http://127.0.0.1:" + fixture.getHttpPort() + "/wd/sparql";
        String online;
        try {
            online = cli(0, "link", "--store", storeA.toString(), "--endpoint", endpoint, "--cache", cache.toString(), "--rate", "50");
        } finally {
            fixture.stop();
        }
        assertTrue(online.contains("linked: "), online);
        assertTrue(ask(storeA, sameAs("Nazariy Kishak", "Q900000001")), online);
        assertTrue(ask(storeA, sameAs("Yevhen Romanov", "Q900000002")), "the person, not the ship\n" + online);
        assertFalse(ask(storeA, sameAs("Yevhen Romanov", "Q900000003")));
        assertTrue(ask(storeA, sameAs("Sergeevka", "Q900000004")), online);
        assertFalse(ask(storeA, "ASK { ?e rdfs:label \"Valery Solodchuk\" ; owl:sameAs ?x }"), "two equal candidates: no link");
        assertTrue(ask(storeA, """
                ASK { GRAPH <https://w3id.org/osintkg/graph/links> {
                        ?l a osint:Link ; osint:linkSubject ?e ; osint:linkTarget <http://www.wikidata.org/entity/Q900000001> ;
                           osint:linkScore ?s FILTER(?s >= 0.7) } }"""));

        // The fixture server is gone: a second store links from the cache alone.
        String offline = cli(0, "link", "--store", storeB.toString(), "--endpoint", endpoint, "--cache", cache.toString(), "--offline");
        assertTrue(offline.contains("asked: 0"), offline);
        assertTrue(ask(storeB, sameAs("Nazariy Kishak", "Q900000001")), offline);
        assertTrue(ask(storeB, sameAs("Sergeevka", "Q900000004")), offline);

        // Linked entities are not asked about again.
        String again = cli(0, "link", "--store", storeA.toString(), "--endpoint", endpoint, "--cache", cache.toString(), "--offline");
        assertFalse(again.contains("linked: Nazariy Kishak"), again);
    }

    @Test
    void anEndpointThatNeverAnswersTimesOut() throws Exception {
        Path store = dir.resolve("s");
        cli(0, "ingest", "seeds/000_c038efced69c2b10.txt", "--store", store.toString(), "--quiet");
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread t = new Thread(() -> {
                try {
                    while (true) held.add(silent.accept());
                } catch (Exception e) {
                    // closed
                }
            });
            t.setDaemon(true);
            t.start();
            String out = cli(1, "link", "--store", store.toString(), "--endpoint", "http://127.0.0.1:" + silent.getLocalPort() + "/sparql",
                    "--cache", dir.resolve("c").toString(), "--timeout", "1", "--limit", "2");
            assertTrue(out.contains("failed: 2"), out);
        } finally {
            for (Socket s : held) s.close();
        }
    }
}
