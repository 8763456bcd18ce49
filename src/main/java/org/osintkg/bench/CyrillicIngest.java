package org.osintkg.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osintkg.article.Article;
import org.osintkg.article.Language;

/**
 * Ingest speed of Ukrainian and Russian articles, per language: variants of the real Cyrillic
 * articles (numbers changed, as for the seeds) ingested into a new store, after a warm-up, through
 * the same pipeline and store as English ones.
 */
final class CyrillicIngest {
    private final RealShapes real;
    private final PrintStream log;

    CyrillicIngest(RealShapes real, PrintStream log) {
        this.real = real;
        this.log = log;
    }

    Map<String, Object> run(List<Path> folders, Path dir, int warmup, int n) throws Exception {
        Map<String, List<Article>> byLanguage = new LinkedHashMap<>();
        for (Article a : real.read(folders)) {
            String language = Language.detect(a.body());
            if ("uk".equals(language) || "ru".equals(language)) {
                byLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : byLanguage.entrySet()) {
            log.printf("Cyrillic ingest (%s): %d source articles%n", e.getKey(), e.getValue().size());
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("sourceArticles", e.getValue().size());
            figures.putAll(real.variantIngest(e.getValue(), dir.resolve(e.getKey()), warmup, n));
            out.put(e.getKey(), figures);
        }
        return out;
    }
}
