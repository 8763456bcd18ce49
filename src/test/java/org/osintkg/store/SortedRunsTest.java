package org.osintkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.cli.Main;

/** The sorted loader past its memory budget: runs on disk, merged, and the store is the one an in-memory load builds. */
class SortedRunsTest {
    @TempDir
    Path dir;

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

    @Test
    void aSmallBudgetSpillsSeveralRunsAndGivesTheSameStore() throws Exception {
        Path file = dir.resolve("seeds.nq.gz");
        assertEquals(0, Main.run("convert", "seeds", "-o", file.toString(), "--quiet"));
        // The file twice: repeated quads must meet in the merge and be written once.
        List<String> files = List.of(file.toString(), file.toString());
        Path memory = dir.resolve("memory");
        Files.createDirectories(memory);
        SortedLoader.Counts inMemory = SortedLoader.load(memory, files);
        assertEquals(0, inMemory.runs(), "the seeds fit in memory");
        Path spilled = dir.resolve("spilled");
        Files.createDirectories(spilled);
        // 4,000 quads a run: the seeds, the ontology and the KB (19,000 quads) make several.
        SortedLoader.Counts onDisk = SortedLoader.load(spilled, files, 16_000);
        assertTrue(onDisk.runs() >= 3, "runs: " + onDisk.runs() + " for " + onDisk.quads() + " quads");
        assertEquals(inMemory.quads(), onDisk.quads());
        assertFalse(Files.exists(spilled.resolve("sorted-runs")), "the runs are removed after the load");
        assertEquals(quads(memory), quads(spilled));
    }
}
