package org.osintkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.cli.Main;

/** `bench --store` times every offline saved query on an existing store and writes the figures. */
class BenchStoreTest {
    @TempDir
    Path dir;

    @Test
    void timesTheSavedQueriesOnAStore() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, Main.run("ingest", "seeds", "--store", store.toString(), "--quiet"));
        Path out = dir.resolve("bench");
        assertEquals(0, Main.run("bench", "--store", store.toString(), "--query-runs", "1", "--dir", out.toString()));
        String json = Files.readString(out.resolve("bench.json"));
        assertTrue(json.contains("\"5\""), "keyed by the 5 reports the store holds: " + json);
        for (String q : new String[] {"troop-estimates", "contradictions", "people-roles (person bound)"}) {
            assertTrue(json.contains("\"" + q + "\""), q + " timed: " + json);
        }
        assertTrue(!json.contains("error"), json);
    }
}
