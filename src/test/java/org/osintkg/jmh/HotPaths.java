package org.osintkg.jmh;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.osintkg.extract.Gazetteer;
import org.osintkg.extract.Quantities;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.Names;
import org.osintkg.nlp.Token;
import org.osintkg.rdf.Iris;

/**
 * JMH micro-benchmarks for the hot inner pieces: matching the KB gazetteer over an article's tokens,
 * finding quantities in its sentences, and minting IRIs. Input: the five seed articles.
 * Run: {@code mvn -B -Pjmh test-compile exec:exec} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {
    private Gazetteer gazetteer;
    private List<List<Token>> articleTokens;
    private List<String> sentences;
    private List<String> names;
    private List<String> keys;

    @Setup
    public void setUp() throws Exception {
        KnowledgeBase kb = KnowledgeBase.load(List.of());
        gazetteer = new Gazetteer(kb);
        articleTokens = new ArrayList<>();
        sentences = new ArrayList<>();
        names = new ArrayList<>();
        keys = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                articleTokens.add(tokens(text));
                for (String s : text.split("(?<=[.!?])\\s+|\\n+")) if (!s.isBlank()) sentences.add(s);
                keys.add(p.getFileName().toString());
            }
        }
        kb.entities().forEach(e -> names.add(e.label()));
    }

    /** Words and punctuation with offsets: what the gazetteer needs, without loading CoreNLP. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}.’'-]+(?<![.’'])|\\S").matcher(text);
        while (m.find()) out.add(new Token(m.group(), m.start(), m.end(), "O"));
        return out;
    }

    /** Gazetteer matching of all five articles (token trie over every KB name and alias). */
    @Benchmark
    public void gazetteerFiveArticles(Blackhole bh) {
        for (List<Token> tokens : articleTokens) bh.consume(gazetteer.find(tokens));
    }

    /** Quantity parsing of every sentence of the five articles. */
    @Benchmark
    public void quantitiesFiveArticles(Blackhole bh) {
        for (String s : sentences) bh.consume(Quantities.find(s));
    }

    /** Minting entity IRIs: the normalized key and slug of every KB name. */
    @Benchmark
    public void entityIrisForKbNames(Blackhole bh) {
        for (String n : names) bh.consume(Names.slug(Names.key(n)));
    }

    /** Minting report, mention and claim IRIs for the five articles. */
    @Benchmark
    public void reportIris(Blackhole bh) {
        for (String k : keys) {
            String id = Iris.reportId(k);
            bh.consume(Iris.report(k));
            bh.consume(Iris.mention(id, 120, 135));
            bh.consume(Iris.claim(id, 7));
        }
    }
}
