package org.osintkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.extract.Claim.Source;
import org.osintkg.kb.EntityKind;

/**
 * What in a sentence could be the source of a statement: names of people, organizations, states and
 * capitals, unnamed sources as described ("a senior U.S. official"), pronouns and titles ("the
 * ministry"), none of them inside a quotation.
 */
final class SourceCandidates {
    // String.matches compiles its pattern on every call; these are compiled once.
    private static final Pattern STARTS_WITH_ARTICLE = Pattern.compile("(?i)(?:an?|the)\\s.*");
    /**
     * A possible source, with its span relative to the sentence: a known source, or a pronoun or
     * title the {@link Discourse} resolves to an earlier one.
     */
    record Candidate(int start, int end, Source source, String pronoun, String nominalHead) {
        boolean isOutlet() {
            return source != null && source.mention() != null && source.mention().kind() == EntityKind.OUTLET;
        }

        boolean isPerson() {
            return source != null && source.mention() != null && source.mention().kind() == EntityKind.PERSON;
        }
    }

    private static final Pattern QUOTED = Pattern.compile("[“\"][^“”\"]{2,}[”\"]");
    /** The pronouns that may stand for a speaker or a force named before. */
    static final Pattern PRONOUN = Pattern.compile("\\b(?<p>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\\b");
    /** "according to him", "citing her": an object pronoun where a source is cited. */
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("(?i)\\b(?:according to|citing)\\s+(?<p>him|her|them)\\b");
    private static final java.util.Map<String, String> SUBJECT_OF = java.util.Map.of("him", "he", "her", "she", "them", "they");
    private static final Pattern NOMINAL = Pattern.compile("(?i)\\b(?:the|this|that)\\s+(?:[A-Z][a-z]+\\s+|intelligence\\s+|"
            + "military\\s+|defen[cs]e\\s+)*(?<head>spokesperson|spokesman|spokeswoman|official|minister|commander|president|"
            + "general|chief|head|ambassador|envoy|intelligence service|intelligence agency|service|agency|ministry|command|directorate|"
            + "center|centre|department|army|general staff|statement|report|source|brigade|battalion|regiment|division|corps|"
            + "unit|group|newspaper|organi[sz]ation|NGO)\\b");
    private static final Pattern POSSESSOR = Pattern.compile("(?<!\\p{L})\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}['’]s\\s+$");

    private final Forces forces;

    SourceCandidates(Forces forces) {
        this.forces = forces;
    }

    /** The spans of quotations in a sentence: no source is looked for inside them. */
    static List<int[]> quotes(String text) {
        List<int[]> quotes = new ArrayList<>();
        Matcher qm = QUOTED.matcher(text);
        while (qm.find()) quotes.add(new int[] {qm.start(), qm.end()});
        return quotes;
    }

    static boolean inside(List<int[]> spans, int pos) {
        for (int[] s : spans) {
            if (pos > s[0] && pos < s[1]) return true;
        }
        return false;
    }

    /** Every candidate of a sentence, in text order. */
    List<Candidate> find(String text, int offset, List<Mention> mentions, List<int[]> quotes, Discourse discourse) {
        List<Candidate> out = new ArrayList<>();
        for (Mention m : mentions) {
            int s = m.start() - offset;
            if (inside(quotes, s)) continue;
            if (m.kind() == EntityKind.PERSON || m.kind().isOrganization() || m.kind() == EntityKind.COUNTRY
                    || (m.kind() == EntityKind.SETTLEMENT && forces.isCapital(m))) {
                out.add(new Candidate(s, m.end() - offset, new Source(m, null), null, null));
            }
        }
        for (AnonymousSources.Found a : AnonymousSources.find(text, forces.demonym())) {
            if (inside(quotes, a.start())) continue;
            Source described = discourse.sameAnonymous(new Source(null, a.label(), described(text, a)), a.label());
            // "Ukrainian military officials": the described group speaks, not the force its modifier names.
            out.removeIf(c -> c.start() >= a.start() && c.end() <= a.end() && c.end() - c.start() < a.end() - a.start());
            if (out.stream().anyMatch(c -> c.start() < a.end() && a.start() < c.end())) continue;
            out.add(new Candidate(a.start(), a.end(), described, null, null));
        }
        Matcher p = PRONOUN.matcher(text);
        while (p.find()) {
            if (!inside(quotes, p.start())) out.add(new Candidate(p.start(), p.end(), null, p.group("p").toLowerCase(Locale.ROOT), null));
        }
        // "according to him": the object form stands for the speaker as the subject form does.
        Matcher o = OBJECT_PRONOUN.matcher(text);
        while (o.find()) {
            if (!inside(quotes, o.start())) out.add(new Candidate(o.start("p"), o.end("p"), null, SUBJECT_OF.get(o.group("p").toLowerCase(Locale.ROOT)), null));
        }
        Matcher n = NOMINAL.matcher(text);
        while (n.find()) {
            if (inside(quotes, n.start())) continue;
            int ns = n.start();
            if (out.stream().anyMatch(c -> c.start() < n.end() && ns < c.end())) continue;
            out.add(new Candidate(n.start(), n.end(), null, null, n.group("head").toLowerCase(Locale.ROOT)));
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** The words for an unnamed source, with its possessor: "Ukraine’s military intelligence service". */
    private static String described(String text, AnonymousSources.Found a) {
        int start = a.start();
        Matcher p = POSSESSOR.matcher(text.substring(Math.max(0, start - 40), start));
        if (p.find() && !STARTS_WITH_ARTICLE.matcher(text.substring(start, a.end())).matches()) start = start - (p.end() - p.start());
        return text.substring(start, a.end()).replaceAll("[“”\"]", "").strip();
    }
}
