package org.osintkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.article.Article;

/**
 * Real articles made many: variant {@code i} of a source article keeps its first paragraph, shuffles
 * the others and changes every number, so each variant is a new report of real length and real
 * wording (no two share a fingerprint) while the extractor meets real sentences.
 */
public final class SeedVariants {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d,])|(?<![\\d.,])\\d{2,6}(?![\\d.,])");

    private final List<Article> sources;
    private final long seed;
    private final ObjectMapper json = new ObjectMapper();

    public SeedVariants(List<Article> sources, long seed) {
        if (sources.isEmpty()) throw new IllegalArgumentException("no source articles to vary");
        this.sources = List.copyOf(sources);
        this.seed = seed;
    }

    /** Writes variants [from, to) as JSON Lines, atomically. */
    public void writeFeed(Path file, int from, int to) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (int i = from; i < to; i++) {
                w.write(json.writeValueAsString(variant(i)));
                w.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Variant {@code i} as a feed object: url, title, published, outlet, author, text. */
    public ObjectNode variant(int i) {
        Article a = sources.get(i % sources.size());
        Random r = new Random(seed * 1_000_003L + i);
        List<String> paragraphs = new ArrayList<>(List.of(a.body().split("\n+")));
        if (paragraphs.size() > 2) Collections.shuffle(paragraphs.subList(1, paragraphs.size()), r);
        String text = changeNumbers(String.join("\n\n", paragraphs), r);
        ObjectNode o = json.createObjectNode();
        o.put("url", String.format(Locale.ROOT, "https://variants.example/%d/%s", i, a.sourceName()));
        if (a.title() != null) o.put("title", a.title());
        if (a.published() != null) o.put("published", a.published().plusDays(r.nextInt(60)).toString());
        if (a.outlet() != null) o.put("outlet", a.outlet());
        if (a.author() != null) o.put("author", a.author());
        o.put("text", text);
        return o;
    }

    /** Every count above 31 scaled by 0.5 to 1.5, written as before (with thousands separators when it had them). */
    private static String changeNumbers(String text, Random r) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String n = m.group();
            long v = Long.parseLong(n.replace(",", ""));
            // Days of the month and years stay: a date must stay a date.
            boolean dateLike = !n.contains(",") && (v <= 31 || v >= 1900 && v <= 2100);
            long changed = dateLike ? v : Math.max(32, Math.round(v * (0.5 + r.nextDouble())));
            String written = n.contains(",") ? String.format(Locale.ROOT, "%,d", changed) : Long.toString(changed);
            m.appendReplacement(out, Matcher.quoteReplacement(written));
        }
        m.appendTail(out);
        return out.toString();
    }
}
