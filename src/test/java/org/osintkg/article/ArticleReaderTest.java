package org.osintkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.TestSupport;

class ArticleReaderTest {
    private final List<Article> articles = new ArrayList<>();
    private final List<ArticleException> failures = new ArrayList<>();

    private Map<String, Article> seeds() {
        return TestSupport.read("seeds").stream()
                .collect(Collectors.toMap(a -> a.sourceName().substring(0, 3), Function.identity()));
    }

    @Test
    void seedsYieldBodyAndMetadata() {
        Map<String, Article> s = seeds();
        assertEquals(5, s.size());
        assertEquals(LocalDate.of(2024, 11, 25), s.get("000").published());
        assertTrue(s.get("000").body().startsWith("Ukrainian military officials denied"), s.get("000").body());

        Article up = s.get("001");
        // The URL path's day (…/news/2024/10/28/7481775/) outranks an unlabelled "• 11/14/2024" in the header.
        assertEquals(LocalDate.of(2024, 10, 28), up.published());
        assertEquals(DateSource.URL_PATH, up.dateSource());
        assertTrue(up.title().startsWith("Resistance Center of Ukraine reports"));
        assertEquals("Pravda Ukraine", up.outlet());
        assertEquals("https://www.pravda.com.ua/eng/news/2024/10/28/7481775/", up.url());
        assertFalse(up.body().contains("Support UP"), "patron appeal is furniture");
        assertFalse(up.body().contains("https://"), "trailing URL is metadata");

        Article cnn = s.get("002");
        assertEquals(LocalDate.of(2024, 11, 22), cnn.published());
        assertEquals("North Korean troops spotted in Russian border region with Ukraine, says Kyiv", cnn.title());
        assertEquals("CNN", cnn.outlet());
        assertTrue(cnn.body().startsWith("A group of North Korean soldiers"), cnn.body());
        assertFalse(cnn.body().contains("Must read"));
        assertFalse(cnn.body().contains("Latest article"));

        Article kd = s.get("003");
        assertEquals(LocalDate.of(2024, 12, 4), kd.published());
        assertEquals("Younghye Han, Youngnam Kim", kd.author());
        assertFalse(kd.body().contains("Los Angeles"), "weather box is furniture");
        assertFalse(kd.body().contains("Advertisement"));
        assertFalse(kd.body().contains("BY YOUNGHYE"));
        assertTrue(kd.outlet() != null && kd.outlet().toLowerCase().contains("korea"), "outlet from the byline's e-mail domain: " + kd.outlet());

        Article ki = s.get("004");
        assertNull(ki.published());
        assertEquals("Tim Zadorozhnyy", ki.author());
        assertEquals("The Kyiv Independent", ki.outlet());
        assertFalse(ki.body().contains("Zadorozhnyy"));
        assertFalse(ki.body().endsWith("Comments"));
    }

    @Test
    void identityIsTheUrlOrTheFileName() {
        Map<String, Article> s = seeds();
        assertEquals(s.get("001").url(), s.get("001").key());
        assertEquals("000_c038efced69c2b10.txt", s.get("000").key());
    }

    private ArticleReader reader() {
        return new ArticleReader(Set.of("CNN", "Reuters"), 1_000_000);
    }

    @Test
    void jsonLinesGoOnPastABadLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, """
                {"url":"https://example.org/a","title":"A","published":"2024-11-22T10:00:00Z","outlet":"CNN","author":"X Y","text":"Kyiv said on Friday that troops arrived.","extra":1}
                {"url": "https://example.org/b", "text": "unterminated
                {"url":"https://example.org/c","text":"Second good article about Kharkiv."}
                []
                """);
        reader().readFile(f, articles::add, failures::add);
        assertEquals(2, articles.size());
        assertEquals(LocalDate.of(2024, 11, 22), articles.get(0).published());
        assertEquals("CNN", articles.get(0).outlet());
        assertEquals("https://example.org/a", articles.get(0).key());
        assertEquals(2, failures.size());
        assertTrue(failures.get(0).getMessage().contains("feed.jsonl:2"), failures.get(0).getMessage());
        assertTrue(failures.get(0).reason().startsWith("malformed JSON"));
        assertTrue(failures.get(1).getMessage().contains("feed.jsonl:4"));
    }

    @Test
    void htmlGivesMainTextAndMeta(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("page.html");
        Files.writeString(f, """
                <!DOCTYPE html><html><head><title>Page title | Site</title>
                <meta property="og:title" content="Troops spotted in Kursk">
                <meta property="article:published_time" content="2024-10-24T08:00:00+03:00">
                <meta property="og:site_name" content="Reuters">
                <meta name="author" content="Jane Doe">
                <link rel="canonical" href="https://example.org/kursk">
                <script>var x = "not text";</script></head>
                <body><nav>Home | World</nav><article><h1>Troops spotted</h1>
                <p>North Korean troops were seen in Kursk, officials said.</p>
                <p>More <b>details</b> followed.</p></article><footer>Copyright</footer></body></html>
                """);
        reader().readFile(f, articles::add, failures::add);
        assertEquals(List.of(), failures);
        Article a = articles.get(0);
        assertEquals("Troops spotted in Kursk", a.title());
        assertEquals(LocalDate.of(2024, 10, 24), a.published());
        assertEquals("Reuters", a.outlet());
        assertEquals("Jane Doe", a.author());
        assertEquals("https://example.org/kursk", a.url());
        assertEquals("North Korean troops were seen in Kursk, officials said.\nMore details followed.", a.body());
    }

    @Test
    void badInputsFailWithTheFileAndTheReason(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Files.writeString(dir.resolve("noscript.html"), "<html><head><script>alert(1)</script></head></html>");
        Files.writeString(dir.resolve("big.txt"), "x".repeat(1_000_001));
        reader().read(List.of(dir.toString(), dir.resolve("missing.txt").toString()), System.in, articles::add, failures::add);
        assertEquals(List.of(), articles);
        Map<String, String> reasons = failures.stream().collect(Collectors.toMap(
                e -> Path.of(e.source()).getFileName().toString(), ArticleException::reason));
        assertEquals("empty", reasons.get("empty.txt"));
        assertEquals("binary file, not text", reasons.get("binary.txt"));
        assertEquals("HTML has no article text", reasons.get("noscript.html"));
        assertTrue(reasons.get("big.txt").startsWith("too large"));
        assertEquals("no such file or folder", reasons.get("missing.txt"));
    }

    @Test
    void otherEncodingsAreDecoded(@TempDir Path dir) throws Exception {
        // Cyrillic alone is decoded, then judged by language: Belarusian is refused naming the Cyrillic
        // script, which it could not had the bytes been read as Windows-1252 (that gives Latin letters).
        String text = "Камандуючы Сырскі заявіў, што войскі знаходзяцца ў Курскай вобласці.";
        Files.write(dir.resolve("cp1251.txt"), text.getBytes(Charset.forName("windows-1251")));
        // English with a Cyrillic quote in the same code page is read, and decoded exactly.
        String bilingual = "General Syrskyi said on Friday that the troops were in Kursk Oblast, quoting the order: "
                + "«Війська перебувають у Курській області».";
        Files.write(dir.resolve("cp1251-bilingual.txt"), bilingual.getBytes(Charset.forName("windows-1251")));
        byte[] utf16 = ("\uFEFF" + "Troops in Kharkiv Oblast were seen by a source.").getBytes(StandardCharsets.UTF_16LE);
        Files.write(dir.resolve("utf16.txt"), utf16);
        reader().read(List.of(dir.toString()), System.in, articles::add, failures::add);
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).source().endsWith("cp1251.txt"), failures.get(0).source());
        assertTrue(failures.get(0).reason().startsWith("unsupported language (Cyrillic script"), failures.get(0).reason());
        assertEquals(2, articles.size());
        assertEquals(bilingual, articles.get(0).body());
        assertEquals("Troops in Kharkiv Oblast were seen by a source.", articles.get(1).body());
    }

    @Test
    void datesInTheFormsPagesUse() {
        assertEquals(LocalDate.of(2024, 11, 22), Dates.parse("Friday, November 22, 2024").orElseThrow());
        assertEquals(LocalDate.of(2024, 11, 14), Dates.find("• 11/14/2024").orElseThrow().date());
        assertEquals(LocalDate.of(2024, 10, 18), Dates.parse("18 October 2024").orElseThrow());
        assertEquals(LocalDate.of(2024, 10, 18), Dates.parse("2024-10-18T09:15:00+03:00").orElseThrow());
        assertTrue(Dates.parse("next week").isEmpty());
    }
}
