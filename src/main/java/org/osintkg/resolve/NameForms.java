package org.osintkg.resolve;

/**
 * How the resolver reads a name in an article's language: its base form (the nominative, for an
 * inflected language: "Вячеслава Гладкова" → "Вячеслав Гладков") and its key spelling in Latin
 * letters. English names are their own base form and spelling.
 */
public interface NameForms {
    NameForms ENGLISH = new NameForms() {
        @Override public String base(String surface, boolean person) { return surface; }
        @Override public String latin(String name) { return name; }
    };

    /** The form to label and key an entity by; {@code person} when the name is a person's. */
    String base(String surface, boolean person);

    /** The name in Latin letters, for keys and IRIs. */
    String latin(String name);
}
