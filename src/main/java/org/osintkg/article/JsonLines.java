package org.osintkg.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * JSON Lines from a news feed: one article an object with url, title, published, outlet, author,
 * text. Each bad line is one failure named {@code file:line}; the good lines still yield their
 * articles. A file that is one JSON document over many lines (a pretty-printed object, or an array
 * of objects) is read as that document.
 */
final class JsonLines {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonLines() {}

    static void parse(String source, String text, Metadata metadata, LocalDate retrieved, Consumer<Article> articles,
                      Consumer<ArticleException> failures) {
        String[] lines = text.split("\n", -1);
        if (!firstLineParses(lines) && document(source, text, metadata, retrieved, articles, failures)) return;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String where = source + ":" + (i + 1);
            Article a;
            try {
                a = article(where, line, metadata, retrieved);
            } catch (ArticleException e) {
                failures.accept(e);
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                failures.accept(new ArticleException(where, "internal error: " + e));
                continue;
            }
            articles.accept(a);
        }
    }

    /** The first non-blank line is a JSON value of its own; true too when it is the only line. */
    private static boolean firstLineParses(String[] lines) {
        int nonBlank = 0;
        String first = null;
        for (String l : lines) {
            if (l.isBlank()) continue;
            if (first == null) first = l;
            if (++nonBlank > 1) break;
        }
        if (first == null || nonBlank == 1) return true;
        try {
            MAPPER.readTree(first);
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }

    /** Reads the text as one JSON document; false when it is not one (then it is read line by line). */
    private static boolean document(String source, String text, Metadata metadata, LocalDate retrieved,
                                    Consumer<Article> articles, Consumer<ArticleException> failures) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JacksonException | RuntimeException e) {
            return false;
        }
        if (node == null) return false;
        if (node.isArray()) {
            int i = 0;
            for (JsonNode element : node) {
                String where = source + "[" + i++ + "]";
                try {
                    articles.accept(article(where, element, metadata, retrieved));
                } catch (ArticleException e) {
                    failures.accept(e);
                }
            }
            if (i == 0) failures.accept(new ArticleException(source, "no article text (empty JSON array)"));
            return true;
        }
        try {
            articles.accept(article(source, node, metadata, retrieved));
        } catch (ArticleException e) {
            failures.accept(e);
        }
        return true;
    }

    private static Article article(String where, String line, Metadata metadata, LocalDate retrieved)
            throws ArticleException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new ArticleException(where, "malformed JSON: " + e.getOriginalMessage());
        }
        return article(where, node, metadata, retrieved);
    }

    private static Article article(String where, JsonNode node, Metadata metadata, LocalDate retrieved)
            throws ArticleException {
        if (node == null || !node.isObject()) {
            throw new ArticleException(where, "malformed JSON: not an object"
                    + (node == null ? "" : " (" + kind(node) + ")"));
        }
        JsonNode t = node.get("text");
        if (t == null || t.isMissingNode()) throw new ArticleException(where, "no article text (\"text\" missing)");
        if (t.isNull()) throw new ArticleException(where, "no article text (\"text\" is null)");
        if (!t.isTextual()) {
            throw new ArticleException(where, "no article text (\"text\" is " + kind(t) + ", not a string)");
        }
        String body = Text.normalize(t.asText());
        if (body.isEmpty()) throw new ArticleException(where, "no article text (\"text\" is empty)");
        Draft d = new Draft();
        d.url = field(node, "url");
        d.title = field(node, "title");
        d.outlet = field(node, "outlet");
        d.author = field(node, "author");
        d.date(field(node, "published"), DateSource.METADATA);
        return metadata.article(where, body, d, retrieved);
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A metadata field as one line of text; values that are not strings are ignored. */
    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual()) return null;
        return Text.oneLine(v.asText());
    }
}
