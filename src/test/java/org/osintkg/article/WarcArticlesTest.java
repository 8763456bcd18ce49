package org.osintkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.TestSupport;
import org.osintkg.bench.WarcPages;
import org.osintkg.bench.WarcPages.Page;

/** WARC archives as crawlers write them, generated here with jwarc: good pages and every kind of bad record. */
class WarcArticlesTest {
    private static final Instant CRAWLED = Instant.parse("2024-11-23T06:30:00Z");

    static String html(String title, String published, String text) {
        return "<!doctype html><html><head><title>" + title + "</title>"
                + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">")
                + "</head><body><nav>Home | World</nav><article><h1>" + title + "</h1><p>" + text
                + "</p><p>Officials said the situation near the front line remained tense on Friday.</p></article></body></html>";
    }

    /** Two good pages, a 404, an image, a text page, a revisit, a truncated member, and a good page after it. */
    static List<byte[]> records(boolean gzip) {
        List<byte[]> r = new ArrayList<>();
        r.add(WarcPages.bytes(Page.html("https://www.example-news.org/2024/11/20/troops-story", CRAWLED,
                html("Troops moved to the border", "2024-11-20T10:00:00Z",
                        "Ukrainian intelligence said 11,000 North Korean troops were in Kursk Oblast.")), gzip));
        r.add(WarcPages.bytes(new Page("https://www.example-news.org/missing", CRAWLED, 404, "text/html",
                "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8)), gzip));
        r.add(WarcPages.bytes(new Page("https://www.example-news.org/photo.png", CRAWLED, 200, "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}), gzip));
        r.add(WarcPages.bytes(new Page("https://wire.example.com/story-without-date", CRAWLED, 200,
                "text/plain; charset=utf-8", ("Officials confirm strike on depot\n\nThe governor said 12 people were injured "
                        + "in the strike on a fuel depot, according to regional officials.\n").getBytes(StandardCharsets.UTF_8)), gzip));
        r.add(WarcPages.bytes(new Page("https://www.example-news.org/2024/11/20/troops-story", CRAWLED, 200, "text/html",
                new byte[0], true), gzip));
        byte[] cut = WarcPages.bytes(Page.html("https://www.example-news.org/cut-short", CRAWLED,
                html("A page cut short", "2024-11-21", "The ministry said the talks would go on next week.")), gzip);
        r.add(java.util.Arrays.copyOf(cut, cut.length * 2 / 3));
        r.add(WarcPages.bytes(Page.html("https://www.example-news.org/after-the-gap", CRAWLED,
                html("Read after the bad record", null, "The general staff said 35 drones were shot down overnight.")), gzip));
        return r;
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private record Read(List<Article> articles, List<ArticleException> failures) {}

    private static Read readFile(Path file) {
        List<Article> articles = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        TestSupport.reader().readFile(file, articles::add, failures::add);
        return new Read(articles, failures);
    }

    @Test
    void gzippedWarcGivesItsPagesAndNamesEachBadRecord(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crawl-00001.warc.gz");
        Files.write(file, concat(records(true)));
        check(readFile(file), file.toString());
    }

    @Test
    void plainWarcAndWarcKnownByItsBytesAlone(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("crawl.warc");
        Files.write(plain, concat(records(false)));
        check(readFile(plain), plain.toString());
        Path unnamed = dir.resolve("download.bin");
        Files.write(unnamed, concat(records(true)));
        check(readFile(unnamed), unnamed.toString());
    }

    @Test
    void warcOnStandardInput() {
        List<Article> articles = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        TestSupport.reader().read(List.of("-"), new ByteArrayInputStream(concat(records(true))), articles::add, failures::add);
        check(new Read(articles, failures), "stdin");
    }

    private static void check(Read read, String source) {
        Map<String, Article> byUrl = read.articles().stream().collect(Collectors.toMap(Article::url, a -> a, (a, b) -> a, TreeMap::new));
        assertEquals(List.of("https://wire.example.com/story-without-date", "https://www.example-news.org/2024/11/20/troops-story",
                "https://www.example-news.org/after-the-gap"), List.copyOf(byUrl.keySet()), read.toString());
        Article troops = byUrl.get("https://www.example-news.org/2024/11/20/troops-story");
        // The page's own date wins over the day of the crawl.
        assertEquals(LocalDate.of(2024, 11, 20), troops.published());
        assertEquals(DateSource.METADATA, troops.dateSource());
        assertEquals("Troops moved to the border", troops.title());
        assertTrue(troops.body().contains("11,000 North Korean troops"), troops.body());
        assertTrue(!troops.body().contains("Home | World"), troops.body());
        assertEquals(troops.url(), troops.key());
        assertEquals(source + ":2", troops.source());
        Article wire = byUrl.get("https://wire.example.com/story-without-date");
        assertEquals(LocalDate.of(2024, 11, 23), wire.published());
        assertEquals(DateSource.RETRIEVAL, wire.dateSource());
        assertTrue(wire.body().contains("12 people were injured"), wire.body());
        assertEquals("example.com", wire.outlet());
        assertEquals(LocalDate.of(2024, 11, 23), byUrl.get("https://www.example-news.org/after-the-gap").published());

        Map<String, String> failures = new TreeMap<>();
        read.failures().forEach(f -> failures.put(f.source(), f.reason()));
        assertEquals(4, failures.size(), failures.toString());
        assertTrue(failures.get(source + ":4").startsWith("HTTP 404 response (https://www.example-news.org/missing"), failures.toString());
        assertTrue(failures.get(source + ":6").startsWith("not an HTML or text page (image/png"), failures.toString());
        assertTrue(failures.get(source + ":9").startsWith("revisit record"), failures.toString());
        String cut = failures.entrySet().stream().filter(e -> e.getValue().startsWith("truncated or corrupt record"))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(failures.toString()));
        assertTrue(cut.matches(java.util.regex.Pattern.quote(source) + ":1[01]"), cut);
        assertTrue(failures.get(cut).contains("read on from byte"), failures.get(cut));
    }
}
