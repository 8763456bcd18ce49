package org.osintkg.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.osintkg.article.ArticleReader;
import org.osintkg.bench.CorpusGenerator;
import org.osintkg.cli.Components;
import org.osintkg.cli.Main;

/**
 * Single-machine convert against the Spark job on the same generated articles, on this machine:
 * {@code SparkBenchmark ARTICLES DIR [MASTER]} (default 2,000 articles in feeds of 1,000, master
 * local[*]). Each side loads the models once, inside its time. Prints both rates and their ratio
 * and writes {@code DIR/bench-spark.json}.
 */
public final class SparkBenchmark {
    private SparkBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0].replace(",", "")) : 2000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-spark");
        String master = args.length > 2 ? args[2] : "local[*]";
        Path corpus = dir.resolve("corpus-" + articles);
        if (!Files.isDirectory(corpus)) {
            Files.createDirectories(corpus);
            CorpusGenerator g = new CorpusGenerator(Components.kb(List.of()), 42);
            for (int from = 0; from < articles; from += 1000) {
                g.writeFeed(corpus.resolve(String.format(Locale.ROOT, "feed-%05d.jsonl", from / 1000)), from,
                        Math.min(articles, from + 1000));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", articles);
        out.put("cores", Runtime.getRuntime().availableProcessors());

        Path nq = dir.resolve("convert-" + articles + ".nq.gz");
        Files.deleteIfExists(nq);
        long t0 = System.nanoTime();
        PrintStream old = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("convert", corpus.toString(), "-o", nq.toString(), "--quiet");
        } finally {
            System.setOut(old);
        }
        double convertSecs = (System.nanoTime() - t0) / 1e9;
        out.put("convert", Map.of("seconds", convertSecs, "articlesPerSecond", articles / convertSecs, "exit", code,
                "summary", captured.toString(StandardCharsets.UTF_8).strip()));

        Path sparkOut = dir.resolve("spark-" + articles + "-" + System.currentTimeMillis());
        long t1 = System.nanoTime();
        Manifest m;
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster(master).setAppName("osintkg-bench")
                .set("spark.ui.enabled", "false"))) {
            m = ConvertJob.run(sc, List.of(corpus.toString()), sparkOut.toString(),
                    new ConvertJob.Options(List.of(), ArticleReader.DEFAULT_MAX_BYTES, 0));
        }
        double sparkSecs = (System.nanoTime() - t1) / 1e9;
        out.put("spark", Map.of("master", master, "seconds", sparkSecs, "articlesPerSecond", m.articles() / sparkSecs,
                "articles", m.articles(), "quads", m.quads(), "partitions", m.partitions().size()));
        out.put("ratio", (m.articles() / sparkSecs) / (articles / convertSecs));
        String json = Manifest.json(out);
        Files.writeString(dir.resolve("bench-spark.json"), json);
        System.out.println(json);
    }
}
