package org.osintkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.extract.SourceCandidates.Candidate;

/** Where a source stands next to a cue: the candidate right after "according to", or right before "said". */
final class CueSpans {
    // String.matches compiles its pattern on every call; these are compiled once.
    private static final Pattern ARTICLE_ONLY = Pattern.compile("(?i)(?:the|this|that)\\s+");
    private static final Pattern FEW_WORDS = Pattern.compile("\\s*(?:(?:an?|the|[a-z][\\p{L}-]*|[A-Z][a-z]+)\\s+){0,3}");
    private CueSpans() {}

    private static final Pattern GENERIC_HEAD = Pattern.compile("\\s+(?:service|services|agency|agencies|office|command|ministry)$");

    /** A candidate right after a cue ("according to X", "citing X"). */
    static Candidate after(Pattern cue, String text, List<Candidate> cands) {
        Matcher m = cue.matcher(text);
        if (!m.find()) return null;
        Candidate c = startingAt(text, m.end(), cands);
        return c != null ? c : startingAtAfterWords(text, m.end(), cands);
    }

    static Candidate startingAt(String text, int pos, List<Candidate> cands) {
        int p = pos;
        while (p < text.length() && (Character.isWhitespace(text.charAt(p)) || "“\"".indexOf(text.charAt(p)) >= 0)) p++;
        if (text.startsWith("an ", p)) p += 3;
        else if (text.startsWith("a ", p)) p += 2;
        else if (text.startsWith("the ", p)) p += 4;
        for (Candidate c : cands) {
            if (c.start() == p || c.start() == pos) return c;
        }
        // "according to the intelligence spokesperson": the cue took the article the title starts with.
        for (Candidate c : cands) {
            if (c.start() < pos && c.end() > p && ARTICLE_ONLY.matcher(text.substring(c.start(), pos)).matches()) return c;
        }
        return null;
    }

    private static final Pattern TITLE_THEN_COMMA = Pattern.compile("\\s*+(?:the|a|an|its|their)\\s++[^,.;:!?\"“”]{3,90}?,\\s*+");

    /**
     * "…, said the head of the Kyiv city military administration, Serhii Popko.": the person named
     * after the title that follows an inverted reporting verb, or null.
     */
    static Candidate titledPersonAfter(String text, int pos, List<Candidate> cands) {
        Matcher m = TITLE_THEN_COMMA.matcher(text);
        m.region(pos, text.length());
        if (!m.lookingAt()) return null;
        for (Candidate c : cands) {
            if (c.start() == m.end() && c.isPerson()) return c;
        }
        return null;
    }

    /** "told Japanese broadcaster NHK": up to three words between the cue and the name. */
    static Candidate startingAtAfterWords(String text, int pos, List<Candidate> cands) {
        for (Candidate c : cands) {
            if (c.start() < pos || c.start() > pos + 45) continue;
            String between = text.substring(pos, c.start());
            if (FEW_WORDS.matcher(between).matches() && !between.contains(",")) return c;
        }
        return null;
    }

    /** The subject of a reporting verb: the candidate just before it, past an appositive ", a spokesperson for …,". */
    static Candidate before(String text, int verbStart, List<Candidate> cands) {
        String prefix = stripFiller(text.substring(0, verbStart));
        Candidate c = endingAt(text, prefix.length(), cands);
        if (c != null) return c;
        if (prefix.endsWith(",")) {
            String inner = prefix.substring(0, prefix.length() - 1);
            // "The head of the directorate, Kyrylo Budanov, said": the name closing the title speaks.
            Candidate last = endingAt(text, inner.length(), cands);
            if (last != null && last.isPerson()) return last;
            int prev = inner.lastIndexOf(',');
            if (prev > 0) {
                String head = stripFiller(inner.substring(0, prev));
                Candidate named = endingAt(text, head.length(), cands);
                if (named != null) return named;
            }
            return last;
        }
        return null;
    }

    static Candidate endingAt(String text, int end, List<Candidate> cands) {
        int e = end;
        while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || ")”\"".indexOf(text.charAt(e - 1)) >= 0)) e--;
        // "Ukraine's military intelligence service announced": a name followed by its generic head noun.
        Matcher head = GENERIC_HEAD.matcher(text.substring(0, e));
        if (head.find()) {
            for (Candidate c : cands) {
                if (c.end() == head.start() && c.source() != null && c.source().mention() != null
                        && c.source().mention().kind().isOrganization()) return c;
            }
        }
        Candidate best = null;
        for (Candidate c : cands) {
            if (c.end() == e || c.end() == end) {
                if (best == null || c.start() < best.start()) best = c;
            }
        }
        return best;
    }

    private static final Pattern DAY = Pattern.compile("(?i)(?:\\b(?:on|last|this|early|late)\\s+)?\\b(?:monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday|yesterday|today)$");
    private static final Pattern DATE = Pattern.compile("(?i)\\b(?:on|in)\\s+\\d{1,2}\\s+[a-z]+$|\\b(?:on|in)\\s+[a-z]+\\s+\\d{1,2}$");
    /** "The Palestinian Ministry of Health in Gaza said": where the subject sits is no part of it. */
    private static final Pattern LOCATIVE = Pattern.compile("(?<=\\p{L})\\s+in\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?$");
    private static final Pattern ADVERB = Pattern.compile("(?i)\\b(?:has|have|had|also|then|later|earlier|previously|"
            + "explicitly|publicly|reportedly|repeatedly|already|officially|separately|additionally|further)$");

    /** The text before a verb without the days, dates and adverbs between the subject and the verb. */
    private static String stripFiller(String prefix) {
        String p = prefix;
        String before;
        do {
            before = p;
            p = p.stripTrailing();
            p = DAY.matcher(p).replaceAll("");
            p = DATE.matcher(p).replaceAll("");
            p = ADVERB.matcher(p).replaceAll("");
            p = LOCATIVE.matcher(p).replaceAll("");
        } while (!p.equals(before));
        return p.stripTrailing();
    }

    static boolean precededByQuoteOrComma(String text, int pos) {
        String b = text.substring(0, pos).stripTrailing();
        return b.endsWith(",") || b.endsWith("”") || b.endsWith("\"") || b.endsWith(",”") || b.endsWith(",\"");
    }
}
