package org.osintkg.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads articles from files, folders (recursively) and standard input ("-"), sniffing each file's
 * format: JSON Lines, HTML, or plain text as scraped. Every input that cannot be read becomes one
 * {@link ArticleException} naming it and the reason; the rest go on.
 */
public final class ArticleReader {
    /** The default cap on one input file. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final ScrapedText scraped;
    private final long maxBytes;

    /**
     * @param outletNames names and aliases of known outlets, to tell mastheads from text
     * @param maxBytes    larger files are refused, not read
     */
    public ArticleReader(Set<String> outletNames, long maxBytes) {
        Set<String> squashed = new HashSet<>();
        for (String n : outletNames) {
            String s = ScrapedText.squash(n);
            if (s.length() >= 2) squashed.add(s);
        }
        this.scraped = new ScrapedText(Set.copyOf(squashed));
        this.maxBytes = maxBytes;
    }

    /** Reads every input in order: folders in sorted order, "-" from standard input. */
    public void read(List<String> inputs, InputStream stdin, Consumer<Article> articles,
                     Consumer<ArticleException> failures) {
        for (String input : inputs) {
            if (input.equals("-")) {
                try {
                    parse("stdin", stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)),
                            articles, failures);
                } catch (IOException e) {
                    failures.accept(new ArticleException("stdin", "cannot read: " + e.getMessage()));
                }
                continue;
            }
            for (Path file : files(Path.of(input), failures)) {
                readFile(file, articles, failures);
            }
        }
    }

    /** Reads one file, which may hold several articles (JSON Lines). */
    public void readFile(Path file, Consumer<Article> articles, Consumer<ArticleException> failures) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                failures.accept(new ArticleException(source, String.format(Locale.ROOT,
                        "too large (%.1f MB, limit %.1f MB)", size / 1e6, maxBytes / 1e6)));
                return;
            }
            parse(source, Files.readAllBytes(file), articles, failures);
        } catch (AccessDeniedException e) {
            failures.accept(new ArticleException(source, "unreadable (permission denied)"));
        } catch (NoSuchFileException e) {
            failures.accept(new ArticleException(source, "no such file"));
        } catch (IOException e) {
            failures.accept(new ArticleException(source, "cannot read: " + e.getMessage()));
        }
    }

    /** Parses the bytes of one input. */
    public void parse(String source, byte[] bytes, Consumer<Article> articles, Consumer<ArticleException> failures) {
        try {
            if (bytes.length > maxBytes) {
                throw new ArticleException(source, String.format(Locale.ROOT, "too large (over %.1f MB)", maxBytes / 1e6));
            }
            String text = decode(source, bytes);
            if (text.isBlank()) throw new ArticleException(source, "empty");
            switch (sniff(source, text)) {
                case JSON_LINES -> JsonLines.parse(source, text, articles, failures);
                case HTML -> articles.accept(HtmlPage.parse(source, text));
                case TEXT -> articles.accept(scraped.parse(source, text));
            }
        } catch (ArticleException e) {
            failures.accept(e);
        }
    }

    enum Format { TEXT, HTML, JSON_LINES }

    static Format sniff(String source, String text) {
        String name = source.toLowerCase(Locale.ROOT);
        String head = text.stripLeading();
        String lowerHead = head.substring(0, Math.min(200, head.length())).toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")
                || (head.startsWith("{") && !name.endsWith(".txt"))) {
            return Format.JSON_LINES;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || lowerHead.startsWith("<!doctype html")
                || lowerHead.startsWith("<html") || lowerHead.startsWith("<?xml") && lowerHead.contains("<html")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** UTF-8 (with or without BOM), UTF-16 with BOM, or a single-byte Windows code page as a fallback. */
    static String decode(String source, byte[] b) throws ArticleException {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(source, b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(source, b, 2, StandardCharsets.UTF_16BE);
        }
        int offset = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        if (looksBinary(b)) throw new ArticleException(source, "binary file, not text");
        try {
            return Charset.forName("UTF-8").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, singleByteCharset(b));
        }
    }

    private static String strict(String source, byte[] b, int offset, Charset cs) throws ArticleException {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleException(source, "invalid " + cs.name() + " text");
        }
    }

    /** NUL bytes or many control characters in the first 8 KB. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return n > 0 && control * 20 > n;
    }

    /** Cyrillic text in Windows-1251 has most of its high bytes in 0xC0–0xFF; Western text does not. */
    private static Charset singleByteCharset(byte[] b) {
        int high = 0;
        int cyr = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c >= 0x80) high++;
            if (c >= 0xC0) cyr++;
        }
        return high > 0 && cyr * 10 >= high * 7 ? Charset.forName("windows-1251") : Charset.forName("windows-1252");
    }

    private static List<Path> files(Path root, Consumer<ArticleException> failures) {
        List<Path> out = new ArrayList<>();
        if (!Files.exists(root)) {
            failures.accept(new ArticleException(root.toString(), "no such file or folder"));
            return out;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && (file.equals(root) || !hidden(file))) out.add(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String reason = e instanceof FileSystemLoopException ? "symbolic link loop"
                                    : e instanceof AccessDeniedException ? "unreadable (permission denied)"
                                    : "cannot read: " + e.getMessage();
                            failures.accept(new ArticleException(file.toString(), reason));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            failures.accept(new ArticleException(root.toString(), "cannot read: " + e.getMessage()));
        }
        out.sort(null);
        return out;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
