package org.osintkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.bench.WarcPages;
import org.osintkg.bench.WarcPages.Page;
import org.osintkg.cli.Main;
import org.osintkg.store.Store;

/**
 * The Spark job for real, in local mode with two executor threads, on the seeds and a WARC archive
 * generated here: its partitions hold the quads single-machine convert writes, and a store loaded
 * from them is the store ingest builds.
 */
class ConvertJobTest {
    private static final Path SEEDS = Path.of("..", "seeds");

    @TempDir
    static Path dir;
    private static JavaSparkContext sc;

    @BeforeAll
    static void spark() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("osintkg-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        if (sc != null) sc.close();
    }

    /** The seeds, and a WARC of pages built from two seeds' texts, a 404, an image and a cut gzip member. */
    private static Path inputs() throws IOException {
        Path in = dir.resolve("in");
        if (Files.isDirectory(in)) return in;
        Files.createDirectories(in.resolve("seeds"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : seeds) Files.copy(p, in.resolve("seeds").resolve(p.getFileName()));
        Instant crawled = Instant.parse("2024-12-05T08:00:00Z");
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String text = Files.readString(seeds.get(i));
            StringBuilder html = new StringBuilder("<html><head><title>Capture " + i + "</title></head><body><article>");
            for (String para : text.split("\n")) {
                if (!para.isBlank()) html.append("<p>").append(para.replace("<", "&lt;")).append("</p>");
            }
            html.append("</article></body></html>");
            records.add(WarcPages.bytes(Page.html("https://news.example.org/2024/12/0" + (4 + i) + "/story-" + i, crawled,
                    html.toString()), true));
            if (i == 0) {
                records.add(WarcPages.bytes(new Page("https://news.example.org/gone", crawled, 404, "text/html",
                        "<p>gone</p>".getBytes(StandardCharsets.UTF_8)), true));
                records.add(WarcPages.bytes(new Page("https://news.example.org/map.png", crawled, 200, "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G'}), true));
                byte[] cut = WarcPages.bytes(Page.html("https://news.example.org/cut", crawled, "<p>Cut short.</p>"), true);
                records.add(java.util.Arrays.copyOf(cut, cut.length - 40));
            }
        }
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        records.forEach(warc::writeBytes);
        Files.write(in.resolve("crawl-00000.warc.gz"), warc.toByteArray());
        return in;
    }

    private static String cli(int expected, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expected, Main.run(args), "exit code of " + List.of(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** Every quad of the files: those without blank nodes as text, the rest as one graph per graph name. */
    private record Quads(Set<String> plain, Map<Node, Graph> withBlanks) {}

    private static Quads read(List<Path> files) {
        Set<String> plain = new TreeSet<>();
        Map<Node, Graph> blanks = new HashMap<>();
        for (Path f : files) {
            RDFParser.source(f.toString()).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (q.getSubject().isBlank() || q.getObject().isBlank()) {
                        blanks.computeIfAbsent(q.getGraph(), g -> GraphFactory.createDefaultGraph()).add(q.asTriple());
                    } else {
                        plain.add(q.toString());
                    }
                }
            });
        }
        return new Quads(plain, blanks);
    }

    private static void assertSame(Set<String> expected, Set<String> actual, String what) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": " + missing.size() + " missing " + missing.stream().limit(5).toList()
                + ", " + extra.size() + " extra " + extra.stream().limit(5).toList());
    }

    private static Set<String> storeQuads(Path storeDir) {
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
    void sparkPartitionsAreConvertsQuadsAndLoadIntoTheStoreIngestBuilds() throws Exception {
        Path in = inputs();
        Path local = dir.resolve("convert.nq.gz");
        String converted = cli(1, "convert", in.toString(), "-o", local.toString(), "--threads", "1", "--quiet");
        assertTrue(converted.contains("articles read: 7"), converted);

        Path out = dir.resolve("spark-out");
        Manifest m = ConvertJob.run(sc, List.of(in.toString()), out.toString(),
                new ConvertJob.Options(List.of(), org.osintkg.article.ArticleReader.DEFAULT_MAX_BYTES, 3));
        assertEquals(6, m.files());
        assertEquals(7, m.articles(), m.toString());
        assertTrue(m.partitions().size() >= 2, "the files are spread over tasks: " + m.partitions());
        assertEquals(m.articles(), m.partitions().stream().mapToLong(PartitionCounts::articles).sum());
        assertEquals(3, m.failures(), m.firstFailures().toString());
        assertTrue(m.failuresByReason().containsKey("HTTP 404 response"), m.failuresByReason().toString());
        assertTrue(m.failuresByReason().containsKey("not an HTML or text page"), m.failuresByReason().toString());
        assertTrue(m.failuresByReason().containsKey("truncated or corrupt record"), m.failuresByReason().toString());
        Manifest written = Manifest.read(Files.readString(out.resolve("manifest.json")));
        assertEquals(m.quads(), written.quads());
        List<Path> parts = m.rdf().stream().map(out::resolve).toList();
        parts.forEach(p -> assertTrue(Files.isRegularFile(p), p + " is written"));

        Quads expected = read(List.of(local));
        Quads actual = read(parts);
        assertTrue(expected.plain().size() > 1000, "convert wrote quads: " + expected.plain().size());
        assertSame(expected.plain(), actual.plain(), "Spark job against convert");
        assertEquals(expected.withBlanks().keySet(), actual.withBlanks().keySet(), "graphs with blank nodes");
        expected.withBlanks().forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(actual.withBlanks().get(g)),
                "graph " + g + " is the same up to blank node labels"));

        Path ingested = dir.resolve("ingested");
        cli(1, "ingest", in.toString(), "--store", ingested.toString(), "--threads", "1", "--quiet");
        Path loaded = dir.resolve("loaded");
        String load = cli(0, "load", out.toString(), "--store", loaded.toString(), "--quiet");
        assertTrue(load.contains("with the sorted loader"), load);
        assertSame(storeQuads(ingested), storeQuads(loaded), "store loaded from the Spark output against ingest");
        String again = cli(1, "ingest", in.toString(), "--store", loaded.toString(), "--quiet");
        assertTrue(again.contains("ingested: 0, replaced: 0, unchanged: 7"), again);
    }
}
