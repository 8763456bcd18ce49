package org.osintkg.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads articles from files, folders (recursively) and standard input ("-"), sniffing each file's
 * format: JSON Lines, HTML, plain text as scraped, or WARC archives (.warc, .warc.gz; by name or first bytes). Every input that cannot be read becomes one
 * {@link ArticleException} naming it and the reason; the rest go on.
 */
public final class ArticleReader {
    /** The default cap on one input file. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final Metadata metadata;
    private final ScrapedText scraped;
    private final long maxBytes;
    private final LocalDate today;
    private final WarcArticles warc;

    /**
     * @param outletNames names and aliases of known outlets, to tell mastheads from text
     * @param maxBytes    larger files are refused, not read
     */
    public ArticleReader(Set<String> outletNames, long maxBytes) {
        this(Outlets.named(outletNames), maxBytes, LocalDate.now());
    }

    /**
     * @param outlets  the outlets known: names, web domains, how they write dates
     * @param maxBytes larger files are refused, not read
     * @param today    the day of reading: no later publication date than the day after is kept, and a
     *                 relative date read from standard input counts from it
     */
    public ArticleReader(Outlets outlets, long maxBytes, LocalDate today) {
        this.metadata = new Metadata(outlets, today);
        this.scraped = new ScrapedText(metadata);
        this.maxBytes = maxBytes;
        this.today = today;
        this.warc = new WarcArticles(this, maxBytes);
    }

    /** Reads every input in order: folders in sorted order, "-" from standard input. */
    public void read(List<String> inputs, InputStream stdin, Consumer<Article> articles,
                     Consumer<ArticleException> failures) {
        for (String input : inputs) {
            if (input == null || input.isEmpty()) {
                failures.accept(new ArticleException(String.valueOf(input), "no such file or folder (empty name)"));
                continue;
            }
            if (input.equals("-")) {
                readStdin(stdin, articles, failures);
                continue;
            }
            Path root;
            try {
                root = Path.of(input);
            } catch (InvalidPathException e) {
                failures.accept(new ArticleException(input, "invalid path (" + e.getReason() + ")"));
                continue;
            }
            for (Path file : files(root, failures)) {
                readFile(file, articles, failures);
            }
        }
    }

    private void readStdin(InputStream stdin, Consumer<Article> articles, Consumer<ArticleException> failures) {
        byte[] bytes;
        try {
            bytes = stdin == null ? new byte[0] : stdin.readNBytes(readLimit() + 1);
        } catch (IOException e) {
            failures.accept(new ArticleException("stdin", "cannot read: " + e.getMessage()));
            return;
        }
        if (bytes.length > readLimit()) {
            failures.accept(new ArticleException("stdin", String.format(Locale.ROOT,
                    "too large (over the limit of %.1f MB)", readLimit() / 1e6)));
            return;
        }
        parse("stdin", bytes, today, articles, failures);
    }

    /** The most bytes one input may have: the cap, and never more than an array holds. */
    private int readLimit() {
        return (int) Math.max(0, Math.min(maxBytes, Integer.MAX_VALUE - 16));
    }

    /**
     * Reads one file, which may hold several articles (JSON Lines). A file larger than the cap is
     * refused by its size before any of it is read; one that grows while read is cut at the cap
     * and refused too. Only regular files are read: a FIFO or a device could block for ever.
     */
    public void readFile(Path file, Consumer<Article> articles, Consumer<ArticleException> failures) {
        String source = file.toString();
        byte[] bytes;
        LocalDate retrieved;
        try {
            if (!Files.exists(file)) {
                failures.accept(new ArticleException(source,
                        Files.isSymbolicLink(file) ? "broken symbolic link" : "no such file"));
                return;
            }
            if (!Files.isRegularFile(file)) {
                failures.accept(new ArticleException(source,
                        Files.isDirectory(file) ? "not a regular file (a folder)" : "not a regular file"));
                return;
            }
            if (warc(file)) {
                warc.read(source, java.nio.channels.FileChannel.open(file), articles, failures);
                return;
            }
            long size = Files.size(file);
            if (size > readLimit()) {
                failures.accept(new ArticleException(source, tooLarge(size)));
                return;
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(readLimit() + 1);
            }
            retrieved = retrieved(file);
            if (bytes.length > readLimit()) {
                failures.accept(new ArticleException(source, String.format(Locale.ROOT,
                        "too large (grew past the limit of %.1f MB while read)", maxBytes / 1e6)));
                return;
            }
        } catch (AccessDeniedException e) {
            failures.accept(new ArticleException(source, "unreadable (permission denied)"));
            return;
        } catch (NoSuchFileException e) {
            failures.accept(new ArticleException(source, "no such file"));
            return;
        } catch (FileSystemException e) {
            failures.accept(new ArticleException(source, "cannot read: "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName())));
            return;
        } catch (IOException | SecurityException e) {
            failures.accept(new ArticleException(source, "cannot read: " + e.getMessage()));
            return;
        }
        parse(source, bytes, retrieved, articles, failures);
    }

    /** A WARC file by its name or its first bytes: read record by record, never whole. */
    private static boolean warc(Path file) throws IOException {
        if (WarcArticles.named(file.toString())) return true;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        return WarcArticles.opens(head, head.length);
    }

    /**
     * Reads one input from a channel (closed at the end): a WARC file record by record, anything else
     * whole up to the cap, as {@link #parse(String, byte[], LocalDate, Consumer, Consumer)} reads it.
     * For inputs that are not local files (a Hadoop file system).
     */
    public void read(String source, SeekableByteChannel channel, LocalDate retrieved, Consumer<Article> articles,
                     Consumer<ArticleException> failures) {
        byte[] bytes;
        try {
            ByteBuffer head = ByteBuffer.allocate(4096);
            while (head.hasRemaining() && channel.read(head) >= 0) {
                // the first bytes, to tell a WARC file
            }
            channel.position(0);
            if (WarcArticles.named(source) || WarcArticles.opens(head.array(), head.position())) {
                warc.read(source, channel, articles, failures);
                return;
            }
            try (InputStream in = java.nio.channels.Channels.newInputStream(channel)) {
                bytes = in.readNBytes(readLimit() + 1);
            }
        } catch (IOException e) {
            failures.accept(new ArticleException(source, "cannot read: " + e.getMessage()));
            return;
        }
        parse(source, bytes, retrieved, articles, failures);
    }

    /**
     * The day a file was saved, taken as the day its page was retrieved (what "2 hours ago" counts
     * from): its modification time in the local time zone, never after today.
     */
    private LocalDate retrieved(Path file) {
        try {
            LocalDate saved = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
            return saved.isAfter(today) ? today : saved;
        } catch (IOException | SecurityException | java.time.DateTimeException e) {
            return today;
        }
    }

    private String tooLarge(long size) {
        return String.format(Locale.ROOT, "too large (%.1f MB, limit %.1f MB)", size / 1e6, readLimit() / 1e6);
    }

    /**
     * Parses the bytes of one input. Every article it yields has a non-blank body of printable
     * text and {@code \n} line ends, in a language the extractor handles; everything else is one
     * failure (or one per bad line of a feed). A fault in a parser is reported as an
     * {@code internal error} failure of this input, never thrown into the batch.
     */
    public void parse(String source, byte[] bytes, Consumer<Article> articles, Consumer<ArticleException> failures) {
        parse(source, bytes, today, articles, failures);
    }

    /** As {@link #parse(String, byte[], Consumer, Consumer)}, for a page retrieved on the given day. */
    public void parse(String source, byte[] bytes, LocalDate retrieved, Consumer<Article> articles,
                      Consumer<ArticleException> failures) {
        Consumer<Article> checked = a -> {
            String refusal = Language.refusal(a.body());
            if (refusal != null) failures.accept(new ArticleException(a.source(), refusal));
            else articles.accept(a);
        };
        try {
            if (bytes.length > maxBytes) {
                throw new ArticleException(source, String.format(Locale.ROOT, "too large (over %.1f MB)", maxBytes / 1e6));
            }
            if (bytes.length == 0) throw new ArticleException(source, "empty");
            if (WarcArticles.opens(bytes, Math.min(bytes.length, 4096))) {
                warc.read(source, new MemoryChannel(bytes), articles, failures);
                return;
            }
            String text = clean(decode(source, bytes));
            if (text.isEmpty()) throw new ArticleException(source, "empty");
            if (Text.oneLine(text) == null) throw new ArticleException(source, "empty (whitespace only)");
            switch (sniff(source, text)) {
                case JSON_LINES -> JsonLines.parse(source, text, metadata, retrieved, checked, failures);
                case HTML -> checked.accept(HtmlPage.parse(source, text, metadata, retrieved));
                case TEXT -> checked.accept(scraped.parse(source, text, retrieved));
            }
        } catch (ArticleException e) {
            failures.accept(e);
        } catch (RuntimeException | StackOverflowError e) {
            failures.accept(new ArticleException(source, "internal error: " + e));
        }
    }

    /**
     * One page a crawler captured (a WARC response's payload): HTML or plain text, in the charset
     * the response declares (else as {@link #decode} reads bytes), with the capture's URL and day.
     */
    void capture(String source, byte[] payload, boolean html, Charset declared, Capture capture,
                 Consumer<Article> articles, Consumer<ArticleException> failures) {
        try {
            if (payload.length == 0) throw new ArticleException(source, "empty page (" + capture.url() + ")");
            String text = clean(declared != null && !declared.equals(StandardCharsets.UTF_8)
                    ? new String(payload, declared) : decode(source, payload));
            if (Text.oneLine(text) == null) throw new ArticleException(source, "empty page (" + capture.url() + ")");
            Article a = html ? HtmlPage.parse(source, text, metadata, capture.day(), capture)
                    : scraped.parse(source, text, capture.day(), capture);
            String refusal = Language.refusal(a.body());
            if (refusal != null) throw new ArticleException(source, refusal);
            articles.accept(a);
        } catch (ArticleException e) {
            failures.accept(e);
        } catch (RuntimeException | StackOverflowError e) {
            failures.accept(new ArticleException(source, "internal error: " + e));
        }
    }

    enum Format { TEXT, HTML, JSON_LINES }

    static Format sniff(String source, String text) {
        String name = source.toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) start++;
        String head = text.substring(start, Math.min(text.length(), start + 1024));
        String lowerHead = head.toLowerCase(Locale.ROOT);
        boolean txt = name.endsWith(".txt");
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")
                || (!txt && (opens(head, '{', "\"}") || opens(head, '[', "{]")))) {
            return Format.JSON_LINES;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                || lowerHead.startsWith("<!doctype html") || lowerHead.startsWith("<html")
                || lowerHead.startsWith("<") && (lowerHead.contains("<html") || lowerHead.contains("<body")
                        || lowerHead.contains("<head") || lowerHead.contains("<article")
                        || lowerHead.contains("<div") || lowerHead.contains("<p>"))) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** The head opens with {@code open} and its next non-blank character is one of {@code next}. */
    private static boolean opens(String head, char open, String next) {
        if (head.isEmpty() || head.charAt(0) != open) return false;
        for (int i = 1; i < head.length(); i++) {
            char c = head.charAt(i);
            if (!Character.isWhitespace(c)) return next.indexOf(c) >= 0;
        }
        return false;
    }

    /**
     * Line ends made {@code \n} (CR LF and a lone CR alike) and other control characters (C0 and
     * C1, NEL included; the tab kept) made spaces, so that no reader sees a CR or a NUL.
     */
    static String clean(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) break;
            i++;
        }
        if (i == n) return text;
        StringBuilder b = new StringBuilder(n);
        b.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') i++;
            } else if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The text of the bytes: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, UTF-16
     * without one when every other byte is NUL, else a single-byte Windows code page.
     *
     * <p>Invalid UTF-8 is never refused: a file that is UTF-8 with a few stray bytes keeps its
     * UTF-8 and reads each stray byte as Windows-1252 (a Latin-1 "é" pasted into UTF-8 text); a
     * file mostly not UTF-8 is read whole as Windows-1251 when its high bytes look like Cyrillic
     * words, else as Windows-1252. Bytes that look binary (NUL, many control characters, a known
     * binary signature) are refused. In a feed (JSON Lines) only the first line is looked at: a
     * control byte further down spoils its own line, not the feed.
     */
    static String decode(String source, byte[] b) throws ArticleException {
        int n = b.length;
        if (n >= 4 && u(b, 0) == 0xFF && u(b, 1) == 0xFE && b[2] == 0 && b[3] == 0) {
            return checkText(source, strict(source, b, 4, Charset.forName("UTF-32LE")));
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && u(b, 2) == 0xFE && u(b, 3) == 0xFF) {
            return checkText(source, strict(source, b, 4, Charset.forName("UTF-32BE")));
        }
        if (n >= 2 && u(b, 0) == 0xFF && u(b, 1) == 0xFE) {
            return checkText(source, strict(source, b, 2, StandardCharsets.UTF_16LE));
        }
        if (n >= 2 && u(b, 0) == 0xFE && u(b, 1) == 0xFF) {
            return checkText(source, strict(source, b, 2, StandardCharsets.UTF_16BE));
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) return checkText(source, strict(source, b, 0, utf16));
        int offset = n >= 3 && u(b, 0) == 0xEF && u(b, 1) == 0xBB && u(b, 2) == 0xBF ? 3 : 0;
        if (looksBinary(b, binaryScan(source, b, offset))) throw new ArticleException(source, "binary file, not text");
        return Utf8.decode(b, offset);
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static String strict(String source, byte[] b, int offset, Charset cs) throws ArticleException {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleException(source, "invalid " + cs.name() + " text");
        }
    }

    /** Text decoded from a wide encoding, refused when it is mostly control characters. */
    private static String checkText(String source, String text) throws ArticleException {
        int n = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) throw new ArticleException(source, "binary file, not text");
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (n > 0 && control * 20 > n) throw new ArticleException(source, "binary file, not text");
        return text;
    }

    /** ASCII text in UTF-16 without a BOM: NUL in (nearly) every high byte, none in the low ones. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 8) return null;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 9 && evenZero == 0) return StandardCharsets.UTF_16LE;
        if (evenZero * 10 >= pairs * 9 && oddZero == 0) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static final byte[][] BINARY_SIGNATURES = {
        {(byte) 0x89, 'P', 'N', 'G'}, {0x7F, 'E', 'L', 'F'}, {'%', 'P', 'D', 'F', '-'}, {'P', 'K', 3, 4},
        {0x1F, (byte) 0x8B}, {'G', 'I', 'F', '8'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, {'B', 'Z', 'h'}, {(byte) 0xFD, '7', 'z', 'X', 'Z', 0},
        {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {'R', 'a', 'r', '!', 0x1A}};

    /**
     * The bytes the binary check looks at, {@code {from, to}}: the first 8 KB, or in a feed its
     * first line (blank and control bytes before it skipped).
     */
    private static int[] binaryScan(String source, byte[] b, int offset) {
        int end = Math.min(b.length, 8192);
        String name = source.toLowerCase(Locale.ROOT);
        boolean feed = name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
        int i = offset;
        while (i < end && (b[i] & 0xFF) <= ' ') i++;
        if (!feed && i + 1 < end && b[i] == '{') {
            int j = i + 1;
            while (j < end && (b[j] == ' ' || b[j] == '\t')) j++;
            feed = j < end && (b[j] == '"' || b[j] == '}');
        }
        if (!feed) return new int[] {0, end};
        for (int k = i; k < end; k++) if (b[k] == '\n') return new int[] {i, k};
        return new int[] {i, end};
    }

    /** A known binary signature, or NUL bytes or many control characters in the range looked at. */
    private static boolean looksBinary(byte[] b, int[] range) {
        for (byte[] sig : BINARY_SIGNATURES) {
            if (b.length >= sig.length && Arrays.equals(b, 0, sig.length, sig, 0, sig.length)) return true;
        }
        int control = 0;
        int n = range[1] - range[0];
        for (int i = range[0]; i < range[1]; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return n > 0 && control * 20 > n;
    }

    /**
     * The files under a root, sorted. Symbolic links are followed; a link back to a folder being
     * walked is reported as a loop and not entered, so the walk ends. Hidden files and folders
     * under the root are skipped; a broken link, a FIFO, socket or device is reported, not read.
     */
    private static List<Path> files(Path root, Consumer<ArticleException> failures) {
        List<Path> out = new ArrayList<>();
        if (!Files.exists(root)) {
            failures.accept(new ArticleException(root.toString(),
                    Files.isSymbolicLink(root) ? "broken symbolic link" : "no such file or folder"));
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
                            if (!file.equals(root) && hidden(file)) return FileVisitResult.CONTINUE;
                            if (attrs.isRegularFile()) {
                                out.add(file);
                            } else if (attrs.isSymbolicLink()) {
                                failures.accept(new ArticleException(file.toString(),
                                        linkLoops(file) ? "symbolic link loop" : "broken symbolic link"));
                            } else {
                                failures.accept(new ArticleException(file.toString(),
                                        "not a regular file (a FIFO, socket or device)"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!file.equals(root) && hidden(file)) return FileVisitResult.CONTINUE;
                            String reason = e instanceof FileSystemLoopException ? "symbolic link loop"
                                    : e instanceof AccessDeniedException ? "unreadable (permission denied)"
                                    : e instanceof NoSuchFileException ? "no such file (removed while read)"
                                    : "cannot read: " + e.getMessage();
                            failures.accept(new ArticleException(file.toString(), reason));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                failures.accept(new ArticleException(dir.toString(), "cannot list folder: " + e.getMessage()));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | SecurityException e) {
            failures.accept(new ArticleException(root.toString(), "cannot read: " + e.getMessage()));
        }
        out.sort(null);
        return out;
    }

    /** A chain of links that comes back to a link in it (a link to itself, a → b → a). */
    private static boolean linkLoops(Path link) {
        Set<Path> seen = new HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        try {
            for (int hops = 0; hops < 64; hops++) {
                if (!Files.isSymbolicLink(p)) return false;
                if (!seen.add(p)) return true;
                Path parent = p.getParent();
                Path target = Files.readSymbolicLink(p);
                p = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
            }
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
