package org.osintkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Property-based fuzzing of the article readers and the date parser. Whatever the bytes, a read
 * must end with articles and failures, never an exception; each article has a key and a
 * non-blank body without a carriage return; each failure names its source and a one-line reason
 * that is not an internal error; and no input vanishes without either.
 *
 * <p>Each property is bounded by its tries; inputs are kept small (a few KB), so the whole class
 * runs in seconds. The slow cases (megabyte lines) are in {@link HostileInputTest}.
 */
class ReaderFuzzTest {
    private static final ArticleReader READER = new ArticleReader(
            Set.of("CNN", "Reuters", "The Kyiv Independent", "Pravda Ukraine", "Korea JoongAng Daily", "UNN"), 200_000);

    private static final List<String> SOURCES = List.of("fuzz.txt", "fuzz.html", "fuzz.jsonl", "fuzz.json", "fuzz", "dir/fuzz.htm");

    /** Pieces of every format the reader sniffs, and of the furniture the scraped-text reader removes. */
    private static final List<String> FRAGMENTS = List.of(
            "<html>", "</html>", "<!DOCTYPE html>", "<head>", "<body>", "</body>", "<p>", "</p>", "<li>", "<article>",
            "</article>", "<blockquote>", "<main>", "<script>var a = '<p>x</p>';", "</script>", "<div class=\"ad\">",
            "<nav>Home | World</nav>", "<meta property=\"og:title\" content=\"", "<meta property=\"article:published_time\" content=\"",
            "<link rel=\"canonical\" href=\"", "\">", "<time datetime=\"", "&amp;", "&#13;", "&#0;", "&#1;", "<!--", "-->",
            "{", "}", "[", "]", "\"text\":", "\"url\":", "\"published\":", "\"title\":", "\"author\":", "\"outlet\":",
            "\"", "\\\"", "\\u0000", "\\r\\n", ",", ":", "null", "42", "true", "{\"text\":\"Kyiv said troops arrived.\"}",
            "date 2024-11-22", "date 2024-13-45", "• 11/14/2024", "11/31/2024", "November 22, 2024", "Friday, November 22, 2024 10:31",
            "Monday, November 22, 2024", "22.11.2024", "Nov. 22, 2024", "2024-10-18T09:15:00+03:00", "99999999999",
            "BY X [a@b.c]", "BY YOUNGHYE HAN [han.younghye@joongang.co.kr]", "By John Smith", "by ", "[", "@",
            "https://example.org/a", "http://", "https://www.pravda.com.ua/eng/news/2024/10/28/7481775/",
            "Advertisement", "Support UP or become our patron!", "Read more", "Comments", "Must read", "Latest articles",
            "Kyiv • UNN", "CNN", "The Kyiv Independent", "The Kyiv IndependentTim Zadorozhnyy", "Reuters",
            "North Korean troops spotted in Russian border region with Ukraine, says Kyiv",
            "Title of the story here - Reuters", " | ", " - ", "—", "–", "•", "·",
            "Ukrainian military officials denied reports that North Korean troops had crossed into Kharkiv Oblast on Friday.",
            "Troops were seen in Kursk, officials said, according to a statement issued by the command on Thursday evening.",
            "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z a b c d e f g h i j k l m n o p q.",
            "é", "ß", "Привіт, світе", "中文新闻", "😀", "\uD800", "\u0000", "\u0007", "\u001B[31m", "\uFEFF", "\u2028",
            "\u0085", "\u00A0", "\u200B", "İ", "ﬃ", " ".repeat(400), "a".repeat(350), "- ".repeat(200), "\"".repeat(300),
            "by " + " ".repeat(300) + "x", "Mon " + " ".repeat(200), "The", "Kyiv");

    private static final List<String> SEPARATORS = List.of("\n", "\r\n", "\r", " ", "", "\n\n", "\t", "\f");

    // ---- the properties ----------------------------------------------------------------------

    @Property(tries = 2000)
    void arbitraryBytes(@ForAll @Size(max = 3000) byte[] bytes, @ForAll("sources") String source) {
        check(source, bytes);
    }

    @Property(tries = 2000)
    void arbitraryStringsInAnyEncoding(@ForAll @Size(max = 1500) String text, @ForAll("sources") String source,
                                       @ForAll("encodings") Encoding encoding) {
        check(source, encoding.encode(text));
    }

    @Property(tries = 2000)
    void stringsBuiltFromFormatFragments(@ForAll("fragmentText") String text, @ForAll("sources") String source,
                                         @ForAll("encodings") Encoding encoding) {
        check(source, encoding.encode(text));
    }

    @Property(tries = 2000)
    void feedsOfGoodBadAndTruncatedLines(@ForAll("feed") List<String> lines, @ForAll("feedSources") String source) {
        String text = String.join("\n", lines);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Article> articles = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        run(source, bytes, articles, failures);
        // A generated line may hold a CR (a line end too); the reader makes control characters
        // spaces, so a line of them is blank.
        List<String> nonBlank = Arrays.stream(text.split("\r\n|\r|\n"))
                .filter(l -> l.chars().anyMatch(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))).toList();
        if (nonBlank.size() > 1 && nonBlank.get(0).strip().startsWith("{") && isJson(nonBlank.get(0))) {
            // A feed whose first line is a JSON object is read line by line: every line is accounted for,
            // each failure by its line.
            assertEquals(nonBlank.size(), articles.size() + failures.size(), () -> "lines " + lines + "\n" + failures);
            for (ArticleException f : failures) assertTrue(f.source().matches(".*:\\d+"), f.source());
        }
    }

    private static boolean isJson(String line) {
        try {
            JSON.readTree(line.strip());
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    @Property(tries = 2000)
    void datesNeverThrow(@ForAll("dateText") String text) {
        checkDates(text);
    }

    @Property(tries = 2000)
    void datesOfArbitraryStringsNeverThrow(@ForAll @Size(max = 300) String text) {
        checkDates(text);
    }

    // ---- what every read must satisfy ------------------------------------------------------------

    private static void check(String source, byte[] bytes) {
        List<Article> articles = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        run(source, bytes, articles, failures);
        assertFalse(articles.isEmpty() && failures.isEmpty(), "input vanished without an article or a failure");
    }

    private static void run(String source, byte[] bytes, List<Article> articles, List<ArticleException> failures) {
        READER.parse(source, bytes, articles::add, failures::add);
        for (Article a : articles) {
            assertNotNull(a.key(), "key");
            assertNotNull(a.source(), "source");
            assertFalse(a.body().isBlank(), "blank body");
            assertEquals(-1, a.body().indexOf('\r'), "CR in body");
            assertTrue(a.body().chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'),
                    () -> "control character in body: " + a.body());
            assertFalse(a.key().isBlank(), "blank key");
            for (String meta : new String[] {a.title(), a.outlet(), a.author(), a.url()}) {
                assertTrue(meta == null || !meta.isBlank() && meta.chars().noneMatch(Character::isISOControl),
                        () -> "metadata not one line of text: [" + meta + "]");
            }
            assertTrue(a.source().startsWith(source), a.source());
        }
        for (ArticleException f : failures) {
            assertNotNull(f.reason(), "reason");
            assertNotNull(f.source(), "source");
            assertTrue(f.source().startsWith(source), f.source());
            assertFalse(f.reason().isBlank(), "blank reason");
            assertFalse(f.reason().contains("\n") || f.reason().contains("\r"), () -> "reason not one line: " + f.reason());
            assertFalse(f.reason().startsWith("internal error"), () -> "a parser threw: " + f.getMessage());
        }
    }

    private static void checkDates(String text) {
        Optional<LocalDate> parsed = Dates.parse(text);
        assertNotNull(parsed);
        Optional<Dates.Found> found = Dates.find(text);
        found.ifPresent(f -> {
            assertTrue(0 <= f.start() && f.start() < f.end() && f.end() <= text.length(), f.toString());
            assertEquals(Optional.of(f.date()), Dates.parse(text.substring(f.start(), f.end())));
        });
    }

    // ---- generators ------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.of(SOURCES);
    }

    @Provide
    Arbitrary<String> feedSources() {
        return Arbitraries.of("feed.jsonl", "feed.ndjson", "feed.json", "feed");
    }

    @Provide
    Arbitrary<Encoding> encodings() {
        return Arbitraries.of(Encoding.values());
    }

    @Provide
    Arbitrary<String> fragmentText() {
        Arbitrary<String> piece = Combinators.combine(Arbitraries.of(FRAGMENTS), Arbitraries.of(SEPARATORS))
                .as((f, s) -> f + s);
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> dateText() {
        Arbitrary<String> piece = Arbitraries.of("Mon", "Monday", "Fri", "Friday,", "Nov", "November", "Nov.", "Sept", "May",
                "22", "31", "0", "1", "2024", "99999999999", "-2024", "+10000", "11/14/2024", "2/30/2024", "2024-11-22",
                "2024-02-30", "T10:00:00Z", "T25:61:00", "+03:00", "Z", ",", " ", "  ", ".", "/", "-", "•", "\t", "\n",
                "22.11.2024", "2024/11/22", "Updated:", "é", "\u00A0");
        return piece.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Lines of a feed: good objects, objects with odd fields, truncated and garbage lines, blank lines. */
    @Provide
    Arbitrary<List<String>> feed() {
        Arbitrary<Object> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.of("Kyiv said troops arrived in Kursk on Friday.", "", "   ", "\r\n", "2024-11-22T10:00:00Z",
                        "https://example.org/a", "Привіт, світе", "中文新闻"),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.just(null),
                Arbitraries.just(List.of("a", 1)),
                Arbitraries.just(Map.of("text", "nested")));
        Arbitrary<String> object = Combinators.combine(
                        Arbitraries.of("text", "url", "published", "title", "author", "outlet", "extra").list().ofMaxSize(6),
                        value.list().ofSize(6))
                .as((keys, values) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < keys.size(); i++) m.put(keys.get(i), values.get(i));
                    try {
                        return JSON.writeValueAsString(m);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                });
        Arbitrary<String> truncated = Combinators.combine(object, Arbitraries.integers().between(0, 200))
                .as((o, cut) -> o.substring(0, Math.min(o.length(), cut)));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, object),
                net.jqwik.api.Tuple.of(2, truncated),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "   ", "[]", "null", "42", "\"text\"", "{", "}", "{}", "[{\"text\":\"x y\"}]",
                        "[".repeat(2000), "{\"text\":\"" + "a".repeat(3000) + "\"}")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(100)));
        return line.list().ofMaxSize(20);
    }

    enum Encoding {
        UTF_8, UTF_8_BOM, UTF_16LE_BOM, UTF_16BE_BOM, WINDOWS_1252, WINDOWS_1251;

        byte[] encode(String s) {
            return switch (this) {
                case UTF_8 -> s.getBytes(StandardCharsets.UTF_8);
                case UTF_8_BOM -> ("\uFEFF" + s).getBytes(StandardCharsets.UTF_8);
                case UTF_16LE_BOM -> ("\uFEFF" + s).getBytes(StandardCharsets.UTF_16LE);
                case UTF_16BE_BOM -> ("\uFEFF" + s).getBytes(StandardCharsets.UTF_16BE);
                case WINDOWS_1252 -> s.getBytes(Charset.forName("windows-1252"));
                case WINDOWS_1251 -> s.getBytes(Charset.forName("windows-1251"));
            };
        }
    }
}
