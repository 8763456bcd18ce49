package org.osintkg.nlp;

/** Splits a text into sentences and tokens and tags named entities. Implementations are thread-safe. */
public interface Annotator {
    AnnotatedText annotate(String text);
}
