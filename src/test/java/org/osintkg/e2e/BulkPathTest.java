package org.osintkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.cli.Main;
import org.osintkg.store.Store;

/** The bulk path: convert to N-Quads or TriG, load with a TDB2 bulk loader, and the store is the one ingest builds. */
class BulkPathTest {
    @TempDir
    Path dir;

    private static String cli(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args), "exit code of " + List.of(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** The quads as text, blank node labels set aside (each parse of the ontology mints new ones), and their number. */
    private static Set<String> quads(Path storeDir) {
        try (Store s = Store.open(storeDir)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Set<String> out = new TreeSet<>();
                long[] n = {0};
                s.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                    out.add(q.toString().replaceAll("_:[0-9a-f]+", "_:"));
                    n[0]++;
                });
                out.add("count " + n[0]);
                return out;
            });
        }
    }

    private static void assertSameQuads(Set<String> expected, Set<String> actual, String what) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": missing " + first(missing) + ", extra " + first(extra));
    }

    private static List<String> first(Set<String> s) {
        return s.stream().limit(5).toList();
    }

    @Test
    void convertThenLoadGivesTheStoreIngestBuilds() throws Exception {
        Path ingested = dir.resolve("ingested");
        cli("ingest", "seeds", "--store", ingested.toString(), "--quiet");
        for (String name : List.of("seeds.nq.gz", "seeds.trig")) {
            Path file = dir.resolve(name);
            String converted = cli("convert", "seeds", "-o", file.toString(), "--quiet");
            assertTrue(converted.contains("articles read: 5"), converted);
            for (String loader : List.of("sorted", "parallel", "sequential")) {
                Path loaded = dir.resolve("loaded-" + name + "-" + loader);
                String out = cli("load", file.toString(), "--store", loaded.toString(), "--loader", loader, "--quiet");
                assertTrue(out.contains("with the " + loader + " loader"), out);
                assertTrue(Files.isRegularFile(loaded.resolve("Data-0001").resolve("stats.opt")),
                        "the optimizer statistics are written after a load");
                assertSameQuads(quads(ingested), quads(loaded), name + " loaded with " + loader);
            }
        }
        // The loaded store knows its reports: ingesting the same articles changes nothing.
        for (String loader : List.of("sorted", "parallel")) {
            String again = cli("ingest", "seeds", "--store", dir.resolve("loaded-seeds.nq.gz-" + loader).toString(), "--quiet");
            assertTrue(again.contains("ingested: 0, replaced: 0, unchanged: 5"), again);
        }
    }

    @Test
    void theSortedLoaderDropsRepeatedQuadsAndOnlyLoadsANewStore() throws Exception {
        Path file = dir.resolve("seeds.nq.gz");
        cli("convert", "seeds", "-o", file.toString(), "--quiet");
        // Each parse mints its own blank nodes, so only the quads without them are repeats.
        Path sorted = dir.resolve("sorted");
        Path parallel = dir.resolve("parallel");
        cli("load", file.toString(), file.toString(), "--store", sorted.toString(), "--loader", "sorted", "--quiet");
        cli("load", file.toString(), file.toString(), "--store", parallel.toString(), "--loader", "parallel", "--quiet");
        Set<String> once = quads(sorted);
        assertSameQuads(quads(parallel), once, "the same file loaded twice, sorted and parallel");
        assertEquals(2, Main.run("load", file.toString(), "--store", sorted.toString(), "--loader", "sorted", "--quiet"),
                "the sorted loader refuses a store with data");
        assertSameQuads(once, quads(sorted), "the refused load left the store as it was");
    }

    @Test
    void loadRefusesAMissingFileAndAnUnknownLoader() throws Exception {
        Path store = dir.resolve("s");
        assertEquals(2, Main.run("load", dir.resolve("nope.nq").toString(), "--store", store.toString()));
        Path empty = Files.writeString(dir.resolve("empty.nq"), "");
        assertEquals(2, Main.run("load", empty.toString(), "--store", store.toString(), "--loader", "turbo"));
        // A syntax error anywhere is found before the store is touched.
        Path broken = Files.writeString(dir.resolve("broken.nq"), "<a> <b> \"c\" .\n<a> <b \"broken\n");
        assertEquals(2, Main.run("load", empty.toString(), broken.toString(), "--store", store.toString()));
        assertFalse(Files.exists(store.resolve("Data-0001")), "nothing was created");
    }
}
