package org.osintkg.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.osintkg.article.ArticleException;

/** Counts of one ingest run, for the closing summary. Used by the single writer thread only. */
public final class Summary {
    public int read;
    public int ingested;
    public int replaced;
    public int unchanged;
    public long entities;
    public long triples;
    public final List<ArticleException> failures = new ArrayList<>();

    public int failed() { return failures.size(); }

    public void print(PrintStream out, Duration elapsed) {
        Map<String, Integer> byReason = new TreeMap<>();
        for (ArticleException f : failures) byReason.merge(kind(f.reason()), 1, Integer::sum);
        double secs = Math.max(elapsed.toMillis(), 1) / 1000.0;
        out.printf(Locale.ROOT, "articles read: %d, ingested: %d, replaced: %d, unchanged: %d, failed: %d%n",
                read, ingested, replaced, unchanged, failed());
        out.printf(Locale.ROOT, "entities: %d, triples written: %d, elapsed: %.1f s (%.1f articles/s)%n",
                entities, triples, secs, read / secs);
        if (!byReason.isEmpty()) {
            out.println("failures by reason:");
            byReason.forEach((reason, n) -> out.printf(Locale.ROOT, "  %-40s %d%n", reason, n));
        }
    }

    /**
     * The reason without its specifics, to count failures by kind: what comes before the first
     * " (" or ":" ("too large (51.2 MB, limit 21.0 MB)" → "too large", "malformed JSON: …" →
     * "malformed JSON"); "unknown" for a missing or blank reason.
     */
    public static String kind(String reason) {
        if (reason == null || reason.isBlank()) return "unknown";
        String r = reason.strip();
        int cut = r.length();
        for (String sep : new String[] {" (", ":"}) {
            int i = r.indexOf(sep);
            if (i > 0) cut = Math.min(cut, i);
        }
        return r.substring(0, Math.min(cut, MAX_KIND)).strip();
    }

    /** Longest kind printed: a reason without a separator is cut here. */
    private static final int MAX_KIND = 60;
}
