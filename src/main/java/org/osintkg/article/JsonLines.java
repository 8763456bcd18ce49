package org.osintkg.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Consumer;

/** JSON Lines from a news feed: one article an object with url, title, published, outlet, author, text. */
final class JsonLines {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {}

    static void parse(String source, String text, Consumer<Article> articles, Consumer<ArticleException> failures) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String where = source + ":" + (i + 1);
            try {
                articles.accept(article(where, line));
            } catch (ArticleException e) {
                failures.accept(e);
            }
        }
    }

    private static Article article(String where, String line) throws ArticleException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ArticleException(where, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw new ArticleException(where, "malformed JSON: not an object");
        String body = Text.normalize(field(node, "text"));
        if (body == null || body.isBlank()) throw new ArticleException(where, "no article text");
        String url = field(node, "url");
        String published = field(node, "published");
        return new Article(where, url != null ? url : Sources.name(where), body,
                field(node, "title"), field(node, "outlet"), field(node, "author"), url,
                Dates.parse(published).orElse(null));
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        String s = v.isTextual() ? v.asText() : v.toString();
        s = s.strip();
        return s.isEmpty() ? null : s;
    }
}
