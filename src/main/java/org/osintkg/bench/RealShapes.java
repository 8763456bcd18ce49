package org.osintkg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleReader;
import org.osintkg.extract.Quantities;
import org.osintkg.nlp.AnnotatedText;
import org.osintkg.pipeline.Ingest;
import org.osintkg.pipeline.Pipeline;
import org.osintkg.pipeline.StageTimes;
import org.osintkg.pipeline.Summary;
import org.osintkg.store.Store;

/**
 * Ingest on text of real shape: variants of real articles (the seeds, the development corpus), the
 * same text cut or joined to set lengths (the cost per token must not grow with length), and the shape
 * of every corpus side by side (tokens, sentences, paragraphs, numbers and quotations per article).
 */
final class RealShapes {
    private static final Pattern QUOTE = Pattern.compile("[“\"][^“”\"\\n]{3,}[”\"]");

    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final int threads;
    private final PrintStream log;

    RealShapes(Pipeline pipeline, ArticleReader reader, int threads, PrintStream log) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.threads = threads;
        this.log = log;
    }

    /** The articles under the given folders, read as ingest reads them. */
    List<Article> read(List<Path> folders) {
        List<Article> out = new ArrayList<>();
        List<String> inputs = folders.stream().filter(Files::exists).map(Path::toString).toList();
        if (!inputs.isEmpty()) reader.read(inputs, System.in, out::add, failure -> { });
        return out;
    }

    /** Median, 10th and 90th percentile of each shape measure over the articles. */
    Map<String, Object> shape(List<Article> articles) {
        List<long[]> rows = new ArrayList<>();
        for (Article a : articles) {
            AnnotatedText doc = pipeline.nlp().annotate(a.body());
            long tokens = doc.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
            long paragraphs = a.body().lines().filter(l -> !l.isBlank()).count();
            rows.add(new long[] {tokens, doc.sentences().size(), paragraphs, Quantities.find(a.body()).size(), count(QUOTE, a.body())});
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", articles.size());
        String[] names = {"tokens", "sentences", "paragraphs", "numbers", "quotes"};
        for (int k = 0; k < names.length; k++) {
            int col = k;
            long[] v = rows.stream().mapToLong(r -> r[col]).sorted().toArray();
            out.put(names[k], v.length == 0 ? List.of() : List.of(pct(v, 10), pct(v, 50), pct(v, 90)));
        }
        return out;
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.round(p / 100.0 * (sorted.length - 1)))];
    }

    private static long count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        long n = 0;
        while (m.find()) n++;
        return n;
    }

    /** End-to-end ingest of {@code n} variants of the sources into a new store, after {@code warmup} others. */
    Map<String, Object> variantIngest(List<Article> sources, Path dir, int warmup, int n) throws Exception {
        SeedVariants variants = new SeedVariants(sources, 7);
        Files.createDirectories(dir);
        Path warm = dir.resolve("variants-warmup.jsonl");
        Path feed = dir.resolve("variants.jsonl");
        variants.writeFeed(warm, 1_000_000, 1_000_000 + warmup);
        variants.writeFeed(feed, 0, n);
        ingestInto(dir.resolve("variants-warmup-store"), List.of(warm));
        Map<String, Object> out = ingestInto(dir.resolve("variants-store"), List.of(feed));
        log.printf(Locale.ROOT, "ingest of %d real-shaped articles: %s%n", n, out);
        return out;
    }

    /**
     * Articles of about each target length, made by joining the sources' paragraphs in turn (numbers
     * changed as in {@link SeedVariants}), ingested so that every length gets the same number of tokens:
     * time per article and per token.
     */
    Map<String, Object> lengths(List<Article> sources, Path dir, List<Integer> targets, int tokensPerRun) throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < sources.size() * 4; i++) {
            String text = new SeedVariants(sources, 11).variant(i).get("text").asText();
            for (String p : text.split("\n\n")) if (!p.isBlank()) paragraphs.add(p.strip());
        }
        Files.createDirectories(dir);
        Map<String, Object> out = new LinkedHashMap<>();
        int next = 0;
        for (int target : targets) {
            int count = Math.max(4, tokensPerRun / target);
            Path feed = dir.resolve("length-" + target + ".jsonl");
            List<String> bodies = new ArrayList<>();
            for (int a = 0; a < count; a++) {
                StringBuilder body = new StringBuilder();
                // About 1.2 tokens per word in news text: words times 1.2 estimates the tokenizer's count.
                while (body.toString().split("\\s+").length * 1.2 < target) {
                    if (body.length() > 0) body.append("\n\n");
                    body.append(paragraphs.get(next++ % paragraphs.size()));
                }
                bodies.add(body.toString());
            }
            writeBodies(feed, target, bodies);
            Map<String, Object> run = ingestInto(dir.resolve("length-store"), List.of(feed));
            long tokens = ((Number) run.get("tokens")).longValue();
            double secs = ((Number) run.get("seconds")).doubleValue();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("articles", count);
            row.put("tokensPerArticle", tokens / count);
            row.put("msPerArticle", Math.round(secs * 1000.0 / count * 10) / 10.0);
            row.put("microsPerToken", Math.round(secs * 1e6 / tokens * 10) / 10.0);
            row.put("articlesPerSecond", run.get("articlesPerSecond"));
            out.put(Integer.toString(target), row);
            log.printf(Locale.ROOT, "length %d tokens: %s%n", target, row);
        }
        return out;
    }

    private static void writeBodies(Path feed, int target, List<String> bodies) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < bodies.size(); i++) {
            var o = json.createObjectNode();
            o.put("url", "https://lengths.example/" + target + "/" + i);
            o.put("text", bodies.get(i));
            lines.append(json.writeValueAsString(o)).append('\n');
        }
        Files.writeString(feed, lines);
    }

    private Map<String, Object> ingestInto(Path storeDir, List<Path> feeds) throws Exception {
        Benchmark.deleteTree(storeDir);
        StageTimes times = pipeline.times();
        times.reset();
        long start = System.nanoTime();
        Summary s;
        try (Store store = Store.open(storeDir)) {
            s = new Ingest(reader, pipeline, store, threads).run(feeds.stream().map(Path::toString).toList(), System.in, x -> { });
        }
        double secs = (System.nanoTime() - start) / 1e9;
        Benchmark.deleteTree(storeDir);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", s.read);
        out.put("failed", s.failed());
        out.put("seconds", Math.round(secs * 100) / 100.0);
        out.put("articlesPerSecond", Math.round(s.read / secs * 10) / 10.0);
        out.put("tokens", times.tokens());
        out.put("tokensPerSecond", Math.round(times.tokens() / secs));
        out.put("stageShare", Benchmark.shares(times));
        return out;
    }
}
