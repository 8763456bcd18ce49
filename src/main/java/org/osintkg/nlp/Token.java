package org.osintkg.nlp;

/**
 * One token: its text exactly as in the annotated string, its span, and its named-entity tag
 * ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code O}).
 */
public record Token(String text, int start, int end, String ner) {
    public boolean isEntity() {
        return !"O".equals(ner);
    }
}
