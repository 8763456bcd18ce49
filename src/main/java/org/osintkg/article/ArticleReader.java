package org.osintkg.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
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
            for (Path file : InputFiles.files(root, failures)) {
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
            String text = Decoding.clean(Decoding.decode(source, bytes));
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
            String text = Decoding.clean(declared != null && !declared.equals(StandardCharsets.UTF_8)
                    ? new String(payload, declared) : Decoding.decode(source, payload));
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

}
