package org.osintkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence asserts or denies, and how it hedges.
 *
 * @param denies the sentence denies what it states ("denied", "no evidence of", "not confirmed")
 * @param hedge  the first hedging cue ("reportedly", "likely"), or null
 * @param idle   the main clause says nothing is known, or names the topic of a question: no claim
 *               without a number comes of it
 */
record Stance(boolean denies, String hedge, boolean idle) {
    private static final Pattern DENY = Pattern.compile("(?i)\\b(denied|denies|deny|refuted|refutes|refute|dismissed|"
            + "dismisses|rejected|rejects)\\b|\\b(?:have|has|had) not (?:seen|observed|confirmed|detected)\\b|"
            + "\\bno (?:information|evidence|confirmation|reports?|signs?|indications?)\\b|\\bnot (?:been )?confirmed\\b|"
            + "\\bthere (?:are|is|were|was) no\\b|\\bnot present\\b|\\bis not an? official\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(reportedly|allegedly|likely|unlikely|may|might|could|"
            + "possibly|possibility|possible|unconfirmed|perhaps|believed to|thought to|appears? to|expected to|"
            + "not rule out|does not rule out|probably|apparently|suspected)\\b");
    /** "It remains unknown when …", "The identity … remain unclear": the main clause says nothing is known. */
    private static final Pattern UNKNOWN = Pattern.compile("(?i)^[^,;]*?\\b(?:remains?|is|are|was|were)\\s+(?:still\\s+)?"
            + "(?:unknown|unclear|not known)\\b");
    /** "addressed questions regarding …", "was asked whether …": the topic of a question is not a claim. */
    private static final Pattern QUESTION = Pattern.compile("(?i)\\b(?:questions?|asked|inquir(?:y|ies|ed))\\s+(?:\\w+\\s+)?"
            + "(?:regarding|about|on|over|concerning|whether|if)\\b");

    static Stance of(String sentence) {
        Matcher h = HEDGE.matcher(sentence);
        return new Stance(DENY.matcher(sentence).find(), h.find() ? h.group(1) : null,
                UNKNOWN.matcher(sentence).find() || QUESTION.matcher(sentence).find());
    }
}
