package org.osintkg.nlp;

import java.util.List;

/** A text split into sentences and tokens, with named-entity tags. */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains a character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) return s;
        }
        return null;
    }
}
