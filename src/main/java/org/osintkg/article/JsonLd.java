package org.osintkg.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org JSON-LD blocks of an HTML page: where many sites put an article's publication date. */
final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** JSON-LD nests (a @graph of objects, an array of them): a bound keeps a hostile page cheap. */
    private static final int MAX_DEPTH = 8;

    private JsonLd() {}

    /** The first {@code datePublished} of the page's JSON-LD, or null; a block that does not parse is skipped. */
    static String datePublished(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode node;
            try {
                node = MAPPER.readTree(script.data());
            } catch (JacksonException | RuntimeException e) {
                continue;
            }
            String found = find(node, 0);
            if (found != null) return found;
        }
        return null;
    }

    private static String find(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) return null;
        if (node.isObject()) {
            JsonNode d = node.get("datePublished");
            if (d != null && d.isTextual()) return Text.oneLine(d.asText());
            for (JsonNode child : node) {
                String found = child.isContainerNode() ? find(child, depth + 1) : null;
                if (found != null) return found;
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                String found = find(child, depth + 1);
                if (found != null) return found;
            }
        }
        return null;
    }
}
