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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.cli.Main;

/**
 * The trial as a user runs it: invented pages in the corpus's own format (a URL line, then
 * the page text), one per outlet, ingested into a real TDB2 store; reports-by-outlet names every
 * outlet, titles are found, the URL path's id is no year. And evaluate measures what was stored:
 * a gold file's outlet and date are never filled in.
 */
class MetadataEndToEndTest {
    private static final String TEXT = "Officials said on Tuesday that 300 soldiers had arrived in the Kursk region over the weekend, "
            + "according to a statement released by the command.\n";

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

    @Test
    void everyReportGetsItsOutletDateAndTitle(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), "URL: https://www.pravda.com.ua/eng/news/2025/06/17/7517524/\n"
                + "Troops seen near Kursk, officials say\n\n" + TEXT);
        Files.writeString(pages.resolve("b.txt"), "URL: https://tass.com/politics/2064427\n"
                + "MOSCOW, October 10. /TASS/. " + TEXT);
        Files.writeString(pages.resolve("c.txt"), "URL: https://amp.cnn.com/cnn/2024/10/31/politics/troops-kursk/index.html\n"
                + "Troops seen near Kursk, officials say | CNN\n\n" + TEXT);
        Files.writeString(pages.resolve("d.txt"), "URL: https://en.yna.co.kr/view/AEN20241112000300315\n"
                + "SEOUL, Nov. 12 (Yonhap) -- " + TEXT);
        Files.writeString(pages.resolve("e.txt"), "URL: https://www.kharkiv-courier.example/news/troops\n" + TEXT);
        Path store = dir.resolve("store");
        cli("ingest", pages.toString(), "--store", store.toString(), "--quiet");
        String rows = cli("query", "reports-by-outlet", "--store", store.toString(), "--format", "tsv");
        List<String> lines = rows.lines().skip(1).toList();
        assertEquals(5, lines.size(), rows);
        for (String line : lines) assertFalse(line.startsWith("\t"), "every report has an outlet:\n" + rows);
        assertTrue(rows.contains("\"Ukrainska Pravda\"\t\"2025-06-17\"^^"), rows);
        assertTrue(rows.contains("\"TASS\""), rows);
        assertTrue(rows.contains("\"CNN\"\t\"2024-10-31\"^^"), rows);
        assertTrue(rows.contains("\"Troops seen near Kursk, officials say\""), "the title, its site name cut:\n" + rows);
        assertTrue(rows.contains("\"Yonhap News Agency\"\t\"2024-11-12\"^^"), "the dateline's year from the URL's timestamp:\n" + rows);
        assertTrue(rows.contains("\"Kharkiv Courier\""), "an unknown site is an outlet of its own:\n" + rows);
        assertFalse(rows.contains("7517-"), rows);
        String sources = cli("query", "--sparql", "PREFIX osint: <https://w3id.org/osintkg/ontology#> "
                + "SELECT ?s (COUNT(*) AS ?n) WHERE { ?r osint:dateSource ?s } GROUP BY ?s ORDER BY ?s",
                "--store", store.toString(), "--format", "tsv");
        assertTrue(sources.contains("UrlPathDate>\t2"), sources);
        assertTrue(sources.contains("DatelineDate>\t1"), sources);
        cli("validate", "--store", store.toString());
    }

    @Test
    void evaluateNeverFillsMetadataFromTheGold(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(pages.resolve("x1.txt"), TEXT);
        Files.writeString(gold.resolve("x1.json"), "{\"id\":\"x1\",\"outlet\":\"CNN\",\"published\":\"2024-11-22\",\"claims\":[]}");
        String out = cli("evaluate", "--gold", gold.toString(), pages.toString());
        assertTrue(out.contains("x1             outlet - WRONG (gold CNN) | date - WRONG (gold 2024-11-22)"), out);
        assertTrue(out.contains("outlet accuracy          0.000 (0 of 1"), out);
        assertTrue(out.contains("date accuracy            0.000 (0 of 1"), out);
    }
}
