package org.osintkg.nlp;

import java.util.List;

/** A sentence: its span in the annotated text and its tokens. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
