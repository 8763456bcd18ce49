package org.osintkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures as a table on a terminal and as JSON. */
public final class BenchReport {
    private BenchReport() {}

    @SuppressWarnings("unchecked")
    private static void build(Map<String, Object> r, PrintStream out) {
        Map<String, Object> ingest = (Map<String, Object>) r.get("ingest");
        out.printf(Locale.ROOT, "ingest (new store)   %s articles: %s articles/s, %s tokens/s, %s triples/s into TDB2, peak heap %s MB of %s%n",
                ingest.get("articles"), ingest.get("articlesPerSecond"), ingest.get("tokensPerSecond"),
                ingest.get("triplesPerSecondIntoTdb2"), ingest.get("peakHeapMB"), ingest.get("maxHeapMB"));
        out.println("time by stage (%)    " + ingest.get("stageShare"));
        out.println("convert              " + r.get("convert"));
        out.printf("%-12s %14s %16s %12s %10s %14s %14s %16s%n", "store size", "load quads/s", "+summary,stats",
                "quads", "disk MB", "ingest ms/art", "resolve ms/art", "store ms/art");
        for (Map<String, Object> s : (List<Map<String, Object>>) r.get("bySize")) {
            Map<String, Object> load = (Map<String, Object>) s.get("load");
            Map<String, Object> block = (Map<String, Object>) s.get("ingestBlock");
            Map<String, Object> stages = (Map<String, Object>) block.get("stageMsPerArticle");
            out.printf(Locale.ROOT, "%-12s %14s %16s %12s %10s %14s %14s %16s%n", s.get("storeArticles"), load.get("quadsPerSecond"),
                    load.get("quadsPerSecondWithSummaryAndStats"), load.get("quads"), load.get("diskMB"),
                    block.get("msPerArticle"), stages.get("resolve"), stages.get("store"));
        }
    }

    /** Prints the figures as a table. */
    @SuppressWarnings("unchecked")
    public static void print(Map<String, Object> r, PrintStream out) {
        out.println();
        out.println("== OSINT-KG benchmark: " + r.get("machine"));
        real(r, out);
        if (r.containsKey("ingest")) build(r, out);
        Map<String, Map<String, Map<String, Object>>> lat = (Map<String, Map<String, Map<String, Object>>>) r.get("queryLatencyMs");
        if (lat == null) return;
        out.printf("%-44s", "query latency (median / p95 ms)");
        lat.keySet().forEach(size -> out.printf(Locale.ROOT, "%22s", size + " articles"));
        out.println();
        if (!lat.isEmpty()) {
            for (String q : lat.values().iterator().next().keySet()) {
                out.printf("  %-42s", q);
                for (Map<String, Map<String, Object>> bySize : lat.values()) {
                    Map<String, Object> x = bySize.get(q);
                    String cell = x == null ? "-" : x.containsKey("error") ? "time-out"
                            : x.get("medianMs") + " / " + x.get("p95Ms");
                    out.printf("%22s", cell);
                }
                out.println();
            }
        }
        if (r.containsKey("startup")) out.println("start-up             " + r.get("startup"));
    }

    @SuppressWarnings("unchecked")
    private static void real(Map<String, Object> r, PrintStream out) {
        if (r.containsKey("shapes")) {
            out.println("shape per article (10th / 50th / 90th percentile)");
            ((Map<String, Map<String, Object>>) r.get("shapes")).forEach((name, sh) -> out.printf(Locale.ROOT,
                    "  %-28s %4s articles  tokens %-16s sentences %-12s paragraphs %-12s numbers %-12s quotes %s%n",
                    name, sh.get("articles"), sh.get("tokens"), sh.get("sentences"), sh.get("paragraphs"), sh.get("numbers"),
                    sh.get("quotes")));
        }
        if (r.containsKey("realIngest")) out.println("ingest, real-shaped   " + r.get("realIngest"));
        if (r.containsKey("cyrillicIngest")) {
            ((Map<String, Object>) r.get("cyrillicIngest")).forEach((lang, f) -> out.println("ingest, Cyrillic " + lang + "    " + f));
        }
        if (r.containsKey("lengths")) {
            out.println("cost by article length (tokens: ms per article, µs per token)");
            ((Map<String, Map<String, Object>>) r.get("lengths")).forEach((len, row) -> out.printf(Locale.ROOT,
                    "  %6s  %8s ms  %6s µs/token  (%s articles of %s tokens)%n", len, row.get("msPerArticle"),
                    row.get("microsPerToken"), row.get("articles"), row.get("tokensPerArticle")));
        }
    }

    public static void writeJson(Map<String, Object> r, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), r);
    }
}
