package org.osintkg.extract;

import java.util.List;

/**
 * One sentence as the claim stages see it.
 *
 * @param body          the whole report body (some cues look back past the sentence start)
 * @param text          the sentence
 * @param offset        where the sentence starts in the body
 * @param end           where it ends in the body
 * @param mentions      the names inside the sentence, with body offsets
 * @param sameParagraph the sentence goes on the paragraph of the one before it
 */
record SentenceView(String body, String text, int offset, int end, List<Mention> mentions, boolean sameParagraph) {}
