package org.osintkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osintkg.pipeline.Summary;

/**
 * Bad input of every kind the readers meet: each bad file is exactly one failure that names the
 * file and the reason, each bad feed line one failure that names the line, and the rest of the
 * batch goes on.
 */
class HostileInputTest {
    private static final String GOOD = "Ukrainian military officials said on Friday that North Korean troops "
            + "had been seen near the border of Kursk Oblast, according to a statement.";
    /** A generous bound against hangs only: these inputs take well under a second. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    /** What one read produced. */
    private record Read(List<Article> articles, List<ArticleException> failures) {
        ArticleException only() {
            assertEquals(List.of(), articles, "no article expected");
            assertEquals(1, failures.size(), () -> "exactly one failure expected: " + failures);
            return failures.get(0);
        }

        Article article() {
            assertEquals(List.of(), failures);
            assertEquals(1, articles.size());
            return articles.get(0);
        }

        List<ArticleException> failuresOf(Path file) {
            return failures.stream().filter(f -> f.source().equals(file.toString())).toList();
        }
    }

    private static ArticleReader reader() {
        return new ArticleReader(Set.of("CNN", "Reuters"), ArticleReader.DEFAULT_MAX_BYTES);
    }

    private static Read read(ArticleReader reader, InputStream stdin, String... inputs) {
        List<Article> articles = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        reader.read(List.of(inputs), stdin, articles::add, failures::add);
        return new Read(articles, failures);
    }

    private static Read read(String... inputs) {
        return read(reader(), InputStream.nullInputStream(), inputs);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.write(f, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** One failure naming this file, with this reason (or one starting with it when it ends with "…"). */
    private static void failsWith(Read r, Path file, String reason) {
        List<ArticleException> f = r.failuresOf(file);
        assertEquals(1, f.size(), () -> file + ": exactly one failure expected, got " + r.failures());
        String got = f.get(0).reason();
        if (reason.endsWith("…")) {
            assertTrue(got.startsWith(reason.substring(0, reason.length() - 1)), got);
        } else {
            assertEquals(reason, got);
        }
        assertEquals(file + ": " + got, f.get(0).getMessage());
    }

    // ---- a whole batch of bad files next to good ones -------------------------------------------

    @Test
    void aBatchOfBadFilesGivesOneFailureEachAndTheGoodOnesAreRead() throws Exception {
        Path good1 = write("a-good.txt", GOOD);
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t\r\n  \n");
        Path png = write("image.png.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path elf = write("program", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0});
        Path nul = write("nul.txt", "Text with a NUL\u0000 byte in it, otherwise fine as English words.");
        Path scripts = write("scripts.html", "<html><head><script>var a = '<p>not text</p>';</script>"
                + "<style>p { color: red }</style></head><body><script>document.write('x')</script></body></html>");
        Path cyrillic = write("cyrillic.txt", "Камандуючы Сырскі заявіў, што войскі знаходзяцца ў Курскай вобласці.");
        Path good2 = write("z-good.html", "<html><body><p>" + GOOD + "</p></body></html>");

        Read r = read(dir.toString());

        failsWith(r, empty, "empty");
        failsWith(r, blank, "empty (whitespace only)");
        failsWith(r, png, "binary file, not text");
        failsWith(r, elf, "binary file, not text");
        failsWith(r, nul, "binary file, not text");
        failsWith(r, scripts, "HTML has no article text");
        failsWith(r, cyrillic, "unsupported language (Cyrillic script, looks Belarusian…");
        assertEquals(7, r.failures().size(), r.failures()::toString);
        assertEquals(List.of(good1.toString(), good2.toString()), r.articles().stream().map(Article::source).toList());
        assertEquals(GOOD, r.articles().get(0).body());
        assertEquals(GOOD, r.articles().get(1).body());
    }

    // ---- size -----------------------------------------------------------------------------------

    @Test
    void aFiftyMegabyteFileIsRefusedByItsSizeWithoutBeingRead() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: NUL bytes that would read as "binary" were they read
        }
        Path good = write("small.txt", GOOD);
        Read r = read(dir.toString());
        failsWith(r, big, "too large (52.4 MB, limit 21.0 MB)");
        assertEquals(1, r.failures().size());
        assertEquals(List.of(good.toString()), r.articles().stream().map(Article::source).toList());
    }

    @Test
    void stdinOverTheLimitIsRefusedAndStdinEmptyOrBlankIsOneFailure() {
        ArticleReader small = new ArticleReader(Set.of(), 100);
        ArticleException tooLarge = read(small, new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)), "-").only();
        assertEquals("stdin", tooLarge.source());
        assertTrue(tooLarge.reason().startsWith("too large"), tooLarge.reason());

        ArticleException empty = read(reader(), new ByteArrayInputStream(new byte[0]), "-").only();
        assertEquals("stdin", empty.source());
        assertEquals("empty", empty.reason());
        assertEquals("stdin: empty", empty.getMessage());

        assertEquals("empty (whitespace only)", read(reader(), new ByteArrayInputStream("\n \n".getBytes(StandardCharsets.UTF_8)), "-")
                .only().reason());
        assertEquals(GOOD, read(reader(), new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)), "-").article().body());
    }

    // ---- encodings ------------------------------------------------------------------------------

    @Test
    void utf16AndUtf32WithBomAndUtf8WithBomAreDecoded() throws Exception {
        write("1-utf16le.txt", ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16LE));
        write("2-utf16be.txt", ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16BE));
        write("3-utf8bom.txt", ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_8));
        write("4-utf16le-nobom.txt", GOOD.getBytes(StandardCharsets.UTF_16LE));
        write("5-utf32le.txt", ("\uFEFF" + GOOD).getBytes(Charset.forName("UTF-32LE")));
        Read r = read(dir.toString());
        assertEquals(List.of(), r.failures());
        assertEquals(5, r.articles().size());
        for (Article a : r.articles()) assertEquals(GOOD, a.body(), a.source());
    }

    @Test
    void utf16WithABomButBrokenSurrogatesIsRefusedAsInvalid() throws Exception {
        // BOM, "Hi", then a lone high surrogate followed by "x": not UTF-16.
        Path f = write("broken.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0, 0x00, (byte) 0xD8, 'x', 0});
        failsWith(read(f.toString()), f, "invalid UTF-16LE text");
    }

    @Test
    void windows1251CyrillicIsDecodedThenRead() throws Exception {
        String text = "Командувач Сирський заявив, що війська перебувають у Курській області.";
        Path f = write("cp1251.txt", text.getBytes(Charset.forName("windows-1251")));
        // Read as Windows-1252 these bytes would be Latin letters ("Êîìàíäóâà÷"): decoded, it is Ukrainian.
        Read r = read(f.toString());
        assertEquals(List.of(), r.failures());
        assertEquals(text, r.articles().get(0).body());
        assertEquals("uk", Language.detect(r.articles().get(0).body()));
    }

    @Test
    void invalidUtf8IsDecodedByFallbackNeverRefused() throws Exception {
        // Latin-1 (Windows-1252) French: its accented letters are invalid UTF-8, each between ASCII letters.
        String french = "Le ministère a déclaré vendredi à Orléans que l'élève était à l'école, déjà “prêt” – café.";
        Path latin1 = write("latin1.txt", french.getBytes(Charset.forName("windows-1252")));
        // Mostly invalid: most bytes are Windows-1252 letters that are not UTF-8.
        String accents = "é à è ù ç ô î ".repeat(20) + "Kyiv.";
        Path mostlyInvalid = write("mostly-invalid.txt", accents.getBytes(Charset.forName("windows-1252")));
        // UTF-8 with one stray Latin-1 byte: the UTF-8 stays UTF-8, the stray byte is read as Windows-1252.
        byte[] mixed = concat("Zelenskyy’s “plan” was — he said — ready at the ".getBytes(StandardCharsets.UTF_8),
                "café".getBytes(Charset.forName("windows-1252")), " in Kyiv.".getBytes(StandardCharsets.UTF_8));
        Path mixedFile = write("mixed.txt", mixed);
        // A UTF-8 BOM on a file that then is not UTF-8: the BOM is not read as "ï»¿".
        Path bomLatin1 = write("bom-latin1.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                french.getBytes(Charset.forName("windows-1252"))));
        // Cut in the middle of a UTF-8 character (as a truncated download is).
        byte[] cut = (GOOD + " €").getBytes(StandardCharsets.UTF_8);
        Path truncated = write("truncated.txt", Arrays.copyOf(cut, cut.length - 1));

        Read r = read(dir.toString());
        assertEquals(List.of(), r.failures());
        assertEquals(5, r.articles().size());
        assertEquals(french, bodyOf(r, bomLatin1));
        assertEquals(french, bodyOf(r, latin1));
        assertEquals(accents, bodyOf(r, mostlyInvalid));
        assertEquals("Zelenskyy’s “plan” was — he said — ready at the café in Kyiv.", bodyOf(r, mixedFile));
        assertTrue(bodyOf(r, truncated).startsWith(GOOD), bodyOf(r, truncated));
    }

    private static String bodyOf(Read r, Path file) {
        return r.articles().stream().filter(a -> a.source().equals(file.toString())).findFirst().orElseThrow().body();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void binaryFilesOfManyKindsAreRefused() throws Exception {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        List<Path> files = List.of(
                write("pdf.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n"),
                write("gzip.jsonl", new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3}),
                write("zip.html", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}),
                write("random.bin", random),
                write("controls.txt", "\u0001\u0002\u0003\u0004 some text \u0005\u0006\u0007\u0008\u000E\u000F"));
        Read r = read(dir.toString());
        for (Path f : files) failsWith(r, f, "binary file, not text");
        assertEquals(List.of(), r.articles());
    }

    // ---- HTML -----------------------------------------------------------------------------------

    @Test
    void htmlWithMalformedMarkupStillGivesItsText() throws Exception {
        Path f = write("broken.html", "<html><head><title>Kursk <b>report</title><body><div><p>First paragraph about Kursk"
                + "<p>Second <b>bold <i>and italic text<li>An item<div></span></table>Trailing words &amp; more");
        Article a = read(f.toString()).article();
        assertEquals("First paragraph about Kursk\nSecond bold and italic text\nAn item Trailing words & more", a.body());
        assertEquals("Kursk <b>report", a.title());
    }

    @Test
    void htmlInsideABlockOutsideTheMainElementKeepsItsParagraphs() throws Exception {
        // The paragraphs sit in an <article> inside a list item: they are the article's text.
        Path f = write("nested.html", "<html><body><ul><li><article><p>" + GOOD + "</p><p>Second.</p></article></li></ul></body></html>");
        assertEquals(GOOD + "\nSecond.", read(f.toString()).article().body());
    }

    @Test
    void htmlControlCharactersAndEntitiesDoNotReachTheBody() throws Exception {
        Path f = write("entities.html", "<html><head><meta property=\"og:title\" content=\"Line one\r\nline\ttwo\">"
                + "</head><body><p>Kyiv&#1; said&#13;&#10;troops&#0;arrived\u0007 today.</p></body></html>");
        Article a = read(f.toString()).article();
        assertTrue(a.body().chars().noneMatch(c -> Character.isISOControl(c) && c != '\n'), a.body());
        assertTrue(a.body().matches("Kyiv +said +troops.arrived +today\\."), a.body());
        assertEquals("Line one line two", a.title());
    }

    // ---- JSON Lines -------------------------------------------------------------------------------

    @Test
    void aTruncatedFeedAndABadLineSpoilOnlyTheirLines() throws Exception {
        String good = "{\"url\":\"https://example.org/%d\",\"text\":\"" + GOOD + "\"}";
        Path f = write("feed.jsonl", String.join("\n",
                String.format(good, 1),
                "{\"url\": \"https://example.org/x\", \"text\": \"cut off in the mid",
                String.format(good, 3),
                "this is no JSON",
                "",
                String.format(good, 6),
                "{\"url\":\"https://example.org/7\",\"text\":\"" + GOOD.substring(0, 40)));
        Read r = read(f.toString());
        assertEquals(List.of("https://example.org/1", "https://example.org/3", "https://example.org/6"),
                r.articles().stream().map(Article::key).toList());
        assertEquals(List.of(f + ":2", f + ":4", f + ":7"), r.failures().stream().map(ArticleException::source).toList());
        for (ArticleException e : r.failures()) assertTrue(e.reason().startsWith("malformed JSON: "), e.reason());
    }

    @Test
    void aFeedLineWhoseTextIsMissingEmptyOrNotAStringIsRefused() throws Exception {
        Path f = write("feed.jsonl", String.join("\n",
                "{\"url\":\"https://example.org/a\"}",
                "{\"text\":\"\"}",
                "{\"text\":\"  \\n\\t \"}",
                "{\"text\":42}",
                "{\"text\":{\"body\":\"" + GOOD + "\"}}",
                "{\"text\":[\"" + GOOD + "\"]}",
                "{\"text\":null}",
                "{\"text\":true}",
                "[1,2]",
                "{\"text\":\"" + GOOD + "\",\"title\":42,\"published\":{\"x\":1},\"url\":[\"u\"]}"));
        Read r = read(f.toString());
        List<String> reasons = r.failures().stream().map(e -> Sources.name(e.source()) + " " + e.reason()).toList();
        assertEquals(List.of(
                "feed.jsonl:1 no article text (\"text\" missing)",
                "feed.jsonl:2 no article text (\"text\" is empty)",
                "feed.jsonl:3 no article text (\"text\" is empty)",
                "feed.jsonl:4 no article text (\"text\" is a number, not a string)",
                "feed.jsonl:5 no article text (\"text\" is an object, not a string)",
                "feed.jsonl:6 no article text (\"text\" is an array, not a string)",
                "feed.jsonl:7 no article text (\"text\" is null)",
                "feed.jsonl:8 no article text (\"text\" is a boolean, not a string)",
                "feed.jsonl:9 malformed JSON: not an object (an array)"), reasons);
        Article a = r.articles().get(0);
        assertEquals(GOOD, a.body());
        assertNull(a.title(), "a title that is not a string is ignored");
        assertNull(a.url());
        assertEquals("feed.jsonl:10", a.key());
    }

    @Test
    void aFeedWithAControlByteInOneLineLosesOnlyThatLine() throws Exception {
        Path f = write("feed.jsonl", "{\"text\":\"" + GOOD + "\"}\n\u0000\u0001\u0002{not json\u0003\n{\"text\":\"" + GOOD + "\"}\n");
        Read r = read(f.toString());
        assertEquals(2, r.articles().size());
        assertEquals(List.of(f + ":2"), r.failures().stream().map(ArticleException::source).toList());
    }

    @Test
    void aPrettyPrintedJsonDocumentIsOneInputNotOneFailurePerLine() throws Exception {
        Path object = write("one.json", "{\n  \"url\": \"https://example.org/one\",\n  \"text\": \"" + GOOD + "\"\n}\n");
        Path array = write("many.json", "[\n  {\"text\": \"" + GOOD + "\"},\n  {\"text\": 5},\n  {\"text\": \"Second article text.\"}\n]\n");
        Read r = read(object.toString(), array.toString());
        assertEquals(List.of("https://example.org/one", "many.json[0]", "many.json[2]"),
                r.articles().stream().map(Article::key).toList());
        assertEquals(List.of(array + "[1]"), r.failures().stream().map(ArticleException::source).toList());
    }

    @Test
    void feedLinesInAnotherLanguageAreRefusedLineByLine() throws Exception {
        Path f = write("feed.jsonl", String.join("\n",
                "{\"text\":\"" + GOOD + "\"}",
                "{\"text\":\"Командант Сирски је рекао да се трупе налазе у Курској области, њих много.\"}",
                "{\"text\":\"朝鲜军队已抵达库尔斯克州，官员周五表示。\"}",
                "{\"text\":\"قال مسؤولون إن القوات وصلت إلى كورسك يوم الجمعة\"}",
                "{\"text\":\"12 345 678 — 2024\"}"));
        Read r = read(f.toString());
        assertEquals(1, r.articles().size());
        List<String> reasons = r.failures().stream().map(e -> Sources.name(e.source()) + " " + e.reason()).toList();
        assertEquals(List.of(
                "feed.jsonl:2 unsupported language (Cyrillic script, looks Serbian or Macedonian (ј, љ, њ), not Ukrainian or Russian)",
                "feed.jsonl:3 unsupported language (Han script, 0% of letters Latin)",
                "feed.jsonl:4 unsupported language (Arabic script, 0% of letters Latin)",
                "feed.jsonl:5 no article text (no letters)"), reasons);
    }

    @Test
    void mostlyLatinTextWithSomeCyrillicIsKept() throws Exception {
        String text = GOOD + " The order read: «Війська перебувають у Курській області».";
        Path f = write("bilingual.txt", text);
        assertEquals(text, read(f.toString()).article().body());
    }

    // ---- the file system ------------------------------------------------------------------------

    @Test
    void aPathThatDoesNotExistIsOneFailure() {
        Path missing = dir.resolve("no/such/file.txt");
        Read r = read(missing.toString());
        failsWith(r, missing, "no such file or folder");
        assertTrue(read("").only().reason().startsWith("no such file or folder"));
    }

    @Test
    void aPathWithANulIsAnInvalidPath() {
        Read r = read("bad\u0000name.txt");
        assertTrue(r.only().reason().startsWith("invalid path"), r.only().reason());
        assertEquals("bad\\u0000name.txt", r.only().source(), "the source is printable");
    }

    @Test
    void aSymbolicLinkLoopEndsTheWalkAndIsReported() throws Exception {
        Path good = write("sub/article.txt", GOOD);
        Path loop = Files.createSymbolicLink(dir.resolve("sub/loop"), dir);      // back to an ancestor
        Path self = Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self")); // to itself
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        Read r = assertTimeoutPreemptively(HANG_GUARD, () -> read(dir.toString()));
        failsWith(r, loop, "symbolic link loop");
        failsWith(r, self, "symbolic link loop");
        failsWith(r, dangling, "broken symbolic link");
        assertEquals(3, r.failures().size(), r.failures()::toString);
        assertEquals(List.of(good.toString()), r.articles().stream().map(Article::source).toList());
    }

    @Test
    void anUnreadableFileOrFolderIsOneFailureAndTheRestIsRead() throws Exception {
        Path good = write("a.txt", GOOD);
        Path locked = write("locked.txt", GOOD);
        Path lockedDir = write("closed/inner.txt", GOOD).getParent();
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("---------"));
        try {
            Read r = read(dir.toString());
            assertTrue(r.articles().stream().anyMatch(a -> a.source().equals(good.toString())));
            assertTrue(r.failures().stream().allMatch(f -> f.reason().equals("unreadable (permission denied)")),
                    r.failures()::toString);
            // As root, permissions do not bite: the files are read, and there is nothing more to check.
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permission bits are not enforced");
            failsWith(r, locked, "unreadable (permission denied)");
            failsWith(r, lockedDir, "unreadable (permission denied)");
            assertEquals(1, r.articles().size());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFifoIsReportedNotReadSoTheReadDoesNotBlock() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        Path good = write("good.txt", GOOD);
        Read r = assertTimeoutPreemptively(HANG_GUARD, () -> read(dir.toString()));
        failsWith(r, fifo, "not a regular file (a FIFO, socket or device)");
        assertEquals(1, r.failures().size());
        assertEquals(List.of(good.toString()), r.articles().stream().map(Article::source).toList());
        Read direct = assertTimeoutPreemptively(HANG_GUARD, () -> {
            List<Article> articles = new ArrayList<>();
            List<ArticleException> failures = new ArrayList<>();
            reader().readFile(fifo, articles::add, failures::add);
            return new Read(articles, failures);
        });
        assertEquals("not a regular file", direct.only().reason());
    }

    @Test
    void aFolderGivenToReadFileAndAFileNameWithANewlineAreReportedOnOneLine() throws Exception {
        List<ArticleException> failures = new ArrayList<>();
        reader().readFile(dir, a -> { }, failures::add);
        assertEquals("not a regular file (a folder)", failures.get(0).reason());

        Path odd = write("two\nlines.txt", new byte[0]);
        ArticleException e = read(odd.toString()).only();
        assertEquals(dir + "/two\\nlines.txt", e.source());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void failureReasonsAreOneShortLine() throws Exception {
        // Jackson quotes the bad token in its message: a long one must not make a long report line.
        Path f = write("feed.jsonl", "{\"text\":\"" + GOOD + "\"}\n" + "x".repeat(10_000) + "\n");
        ArticleException e = read(f.toString()).failures().get(0);
        assertEquals(f + ":2", e.source());
        assertTrue(e.reason().startsWith("malformed JSON: "), e.reason());
        assertTrue(e.reason().length() <= ArticleException.MAX_REASON + 1, () -> e.reason().length() + " characters");
        assertTrue(e.reason().endsWith("…"), e.reason());

        ArticleException odd = new ArticleException("a\r\nb\u0000c.txt", "first line\nsecond line\tand\u2028more");
        assertEquals("a\\r\\nb\\u0000c.txt", odd.source());
        assertEquals("first line\\nsecond line\\tand\\u2028more", odd.reason());
        assertEquals(odd.source() + ": " + odd.reason(), odd.getMessage());
        assertEquals(0, odd.getStackTrace().length, "a failure is a value: no stack trace");
    }

    // ---- no hangs -------------------------------------------------------------------------------

    private static final int MB = 1 << 20;

    private static Read parse(String name, String text) {
        List<Article> articles = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        reader().parse(name, text.getBytes(StandardCharsets.UTF_8), articles::add, failures::add);
        return new Read(articles, failures);
    }

    @Test
    void aOneMegabyteLineOfWordsIsRead() {
        String line = "troops arrived near Kursk ".repeat(MB / 26);
        Read r = assertTimeoutPreemptively(HANG_GUARD, () -> parse("line.txt", line));
        assertEquals(line.strip(), r.article().body());
    }

    @Test
    void oneMegabyteLinesOfPunctuationAndSpaceRunsDoNotHang() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertEquals("no article text", parse("dashes.txt", "- ".repeat(MB / 2)).only().reason());
            assertEquals("no article text", parse("quotes.txt", "\"".repeat(MB)).only().reason());
            assertEquals("no article text", parse("mixed.txt", "\"' -–—•".repeat(MB / 7)).only().reason());
            // One long word, a byline with a megabyte of spaces, a title with a run of spaces before a dash.
            assertEquals(1, parse("word.txt", "a".repeat(MB)).articles().size());
            assertEquals(1, parse("byline.txt", "By John" + " ".repeat(MB) + "Smith x").articles().size());
            assertEquals(1, parse("title.txt", "Some headline words here" + " ".repeat(MB) + "- Reuters").articles().size());
            assertEquals(1, parse("footer.txt", GOOD + "\nBy" + " \t".repeat(MB / 2) + "x [a@b.c]").articles().size());
            assertEquals(1, parse("dates.txt", "Mon Nov ".repeat(MB / 8) + "22, 2024 date").articles().size());
            assertEquals(1, parse("url.txt", GOOD + "\nhttps://" + "a".repeat(MB)).articles().size());
        });
    }

    @Test
    void manyLinesJustUnderTheHeaderLimitDoNotHang() {
        // Each line is a byline, a title with an outlet, or a date line with long runs of spaces;
        // none is a paragraph, so the header heuristics look at every one of them.
        String spaces = " ".repeat(ScrapedText.MAX_HEADER_LINE - 20);
        String lines = ("By John" + spaces + "Smith x\n" + "Some headline words" + spaces + "- Reuters\n"
                + "Nov" + spaces + "22," + spaces.substring(200) + "x\n").repeat(2000);
        Read r = assertTimeoutPreemptively(HANG_GUARD, () -> parse("header.txt", lines + GOOD));
        assertTrue(r.article().body().endsWith(GOOD), r.article().body());
    }

    @Test
    void deeplyNestedMarkupAndJsonDoNotHang() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            int depth = 100_000;
            Read quotes = parse("deep.html", "<html><body>" + "<blockquote>".repeat(depth) + GOOD);
            assertTrue(quotes.article().body().contains("Kursk"));
            Read articles = parse("deep2.html", "<html><body>" + "<article><li><p>".repeat(depth / 3) + GOOD);
            assertTrue(articles.article().body().contains("Kursk"));
            Read figures = parse("deep3.html", "<html><body><p>" + GOOD + "</p>" + "<figure><figcaption>x".repeat(depth / 2));
            assertTrue(figures.article().body().contains("Kursk"));
            Read json = parse("deep.jsonl", "[".repeat(MB) + "\n{\"text\":\"" + GOOD + "\"}");
            assertEquals(1, json.articles().size());
            assertTrue(json.failures().get(0).reason().startsWith("malformed JSON"), json.failures().get(0).reason());
        });
    }

    @Test
    void datesOnHugeLinesDoNotHang() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertTrue(Dates.find("Monday, ".repeat(MB / 8)).isEmpty());
            assertTrue(Dates.find(" ".repeat(MB) + "11/14/2024").isPresent());
            assertEquals(LocalDate.of(2024, 11, 22), Dates.parse("November 22, 2024" + " ".repeat(MB)).orElseThrow());
            assertTrue(Dates.parse("9".repeat(MB)).isEmpty());
        });
    }

    // ---- dates ----------------------------------------------------------------------------------

    @Test
    void datesNeverThrowAndReadTheDottedForms() {
        assertTrue(Dates.find(null).isEmpty());
        assertTrue(Dates.parse(null).isEmpty());
        assertTrue(Dates.parse("2/30/2024").isEmpty());
        assertTrue(Dates.parse("Monday, November 22, 2024").isEmpty(), "22 November 2024 was a Friday");
        assertTrue(Dates.parse("99999999999-01-01").isEmpty());
        assertEquals(LocalDate.of(2024, 11, 22), Dates.parse("22.11.2024").orElseThrow());
        assertEquals(LocalDate.of(2024, 11, 22), Dates.parse("Nov. 22, 2024").orElseThrow());
        assertEquals(LocalDate.of(2024, 11, 22), Dates.parse("22. November 2024").orElseThrow());
        assertEquals(LocalDate.of(2024, 10, 18), Dates.parse("2024-10-18 09:15").orElseThrow());
        assertEquals(LocalDate.of(2024, 10, 18), Dates.parse("2024-10-18T09:15:00").orElseThrow());
    }

    // ---- failures by kind -----------------------------------------------------------------------

    @Test
    void theSummaryCountsFailuresByKind() {
        assertEquals("too large", Summary.kind("too large (51.2 MB, limit 21.0 MB)"));
        assertEquals("malformed JSON", Summary.kind("malformed JSON: Unexpected end-of-input"));
        assertEquals("unsupported language", Summary.kind("unsupported language (Cyrillic script, 0% of letters Latin)"));
        assertEquals("empty", Summary.kind("empty (whitespace only)"));
        assertEquals("empty", Summary.kind("empty"));
        assertEquals("no article text", Summary.kind("no article text (\"text\" is a number, not a string)"));
        assertEquals("cannot read", Summary.kind("cannot read: Input/output error"));
        assertEquals("unknown", Summary.kind(null));
        assertEquals("unknown", Summary.kind("  "));

        Summary s = new Summary();
        s.failures.add(new ArticleException("a.txt", "too large (51.2 MB, limit 21.0 MB)"));
        s.failures.add(new ArticleException("b.txt", "too large (99.0 MB, limit 21.0 MB)"));
        s.failures.add(new ArticleException("c.jsonl:3", "malformed JSON: Unexpected character"));
        s.failures.add(new ArticleException("d.txt", "empty"));
        s.failures.add(new ArticleException("e.txt", "empty (whitespace only)"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.print(new PrintStream(out, true, StandardCharsets.UTF_8), Duration.ofSeconds(1));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().map(String::strip).collect(Collectors.toList());
        assertTrue(lines.get(0).endsWith("failed: 5"), lines.get(0));
        int header = lines.indexOf("failures by reason:");
        assertEquals(List.of("empty 2", "malformed JSON 1", "too large 2"),
                lines.subList(header + 1, lines.size()).stream().map(l -> l.replaceAll("\\s+", " ")).toList());
    }
}
