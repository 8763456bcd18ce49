package org.osintkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.extract.Claim.Source;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.ReferenceEntity;

/**
 * Whose forces a sentence speaks of: a force named by its nationality ("North Korean troops"), by
 * its origin ("soldiers from DPRK"), or the state a source speaks for ("Minsk denied …").
 */
final class Forces {
    // String.matches compiles its pattern on every call; these are compiled once.
    private static final Pattern FEW_LOWER_WORDS = Pattern.compile("\\s+(?:[\\p{Ll}-]+\\s+){0,2}");
    private static final Pattern FORCE_NOUN = Pattern.compile("(?i)^(?:\\s+[a-z-]+){0,2}?\\s+(?<noun>troops|soldiers|forces|"
            + "personnel|military|army|servicemen|mercenaries|infantrymen|advisers|advisors|generals?|officers|units|"
            + "recruits|fighters|nationals|citizens|embassy staff|workers|specialists|crews?|leadership|commanders?|"
            + "drones|missiles|weapons|ammunition|shells|presence|involvement|deployment|contingent|troop)\\b");
    private static final Pattern FORCE_FROM = Pattern.compile("(?i)\\b(?:troops|soldiers|forces|personnel|fighters|"
            + "mercenaries|units|brigades|servicemen|recruits|workers|citizens|nationals)\\s+from\\s+(?:the\\s+)?");
    /** Words for armed people or units. */
    static final Pattern FORCE = Pattern.compile("(?i)\\b(troops|troop(?=['’]s)|soldiers|servicemen|servicemembers|personnel|"
            + "infantrymen|mercenaries|officers|generals?|fighters|militants|recruits|conscripts|brigades|battalions|"
            + "divisions|regiments|units|instructors|commanders|paratroopers|marines|specialists|advisers|advisors|"
            + "(?:armed|regular|ground) forces)\\b");

    /** "Moscow's spring offensive has actually already begun": a military operation said to start, stall or end. */
    private static final Pattern OPERATION_PHASE = Pattern.compile("(?i)\\b(?:counter-?offensives?|offensives?|"
            + "invasion|(?:military|ground) operations?)\\b[^.;:]{0,60}?\\b(?:begun|began|begins|started|starts|launched|"
            + "underway|under way|resumed|resumes|ended|ends|stalled|failed|halted|collapsed)\\b");
    /** Whose operation: "Moscow's spring offensive", "Russia's summer offensive". */
    private static final Pattern OWNER = Pattern.compile("(?<owner>\\p{Lu}[\\p{L}-]+)['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}$");

    private final KnowledgeBase kb;
    private final Pattern demonym;

    Forces(KnowledgeBase kb) {
        this.kb = kb;
        List<String> names = new ArrayList<>(kb.demonyms());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(n));
        }
        this.demonym = Pattern.compile("\\b(?<d>" + (alt.length() == 0 ? "(?!)" : alt) + ")s?\\b");
    }

    /** The KB's demonyms ("North Korean", "Russian"), longest first, with the group {@code d}. */
    Pattern demonym() {
        return demonym;
    }

    boolean mentionsForce(String text) {
        Matcher d = demonym.matcher(text);
        while (d.find()) {
            if (FORCE_NOUN.matcher(text.substring(d.end())).lookingAt()) return true;
        }
        return FORCE_FROM.matcher(text).find() || FORCE.matcher(text).find();
    }

    /**
     * The country whose forces the sentence is about: a force named by its nationality ("North Korean
     * troops") or origin ("soldiers from DPRK"), preferring one outside the speaker's own description;
     * else, for a sentence that names a force or a pronoun, the country the text was about.
     */
    String about(SentenceView s, Attribution attr, String lastAbout) {
        String text = s.text();
        String first = null;
        Matcher d = demonym.matcher(text);
        while (d.find()) {
            if (!FORCE_NOUN.matcher(text.substring(d.end())).lookingAt()) continue;
            ReferenceEntity c = kb.countryOfDemonym(d.group("d")).orElse(null);
            if (c == null) continue;
            boolean inAttribution = attr != null && d.start() >= attr.start() && d.start() < attr.end();
            if (!inAttribution) return c.iri();
            if (first == null) first = c.iri();
        }
        String from = countryAfterFrom(text, s.offset(), s.mentions(), 0);
        if (from != null) return from;
        if (first != null) return first;
        return FORCE.matcher(text).find() || SourceCandidates.PRONOUN.matcher(text).find() ? lastAbout : null;
    }

    /** The demonym right before a number's counted noun: "3,000 North Korean soldiers"; else null. */
    String aboutNear(SentenceView s, Quantity q) {
        if (q.counted() == null) return null;
        Matcher d = demonym.matcher(q.counted());
        if (d.find()) return kb.countryOfDemonym(d.group("d")).map(ReferenceEntity::iri).orElse(null);
        return countryAfterFrom(s.text(), s.offset(), s.mentions(), q.end());
    }

    /** "soldiers from North Korea", "units from DPRK": the country named right after "from". */
    private static String countryAfterFrom(String text, int offset, List<Mention> mentions, int from) {
        Matcher f = FORCE_FROM.matcher(text);
        while (f.find(from)) {
            for (Mention m : mentions) {
                int rel = m.start() - offset;
                if (m.kind() == EntityKind.COUNTRY && m.kbIri() != null && rel >= f.end() && rel <= f.end() + 5) return m.kbIri();
            }
            from = f.end();
        }
        return null;
    }

    /** The country a source speaking as a state stands for: a country, or the state whose capital it is; else null. */
    String stateOf(Source s) {
        Mention m = s.mention();
        if (m == null || m.kbIri() == null) return null;
        if (m.kind() == EntityKind.COUNTRY) return m.kbIri();
        return isCapital(m) ? kb.get(m.kbIri()).map(ReferenceEntity::capitalOf).orElse(null) : null;
    }

    boolean isCapital(Mention m) {
        return m.kbIri() != null && kb.get(m.kbIri()).map(e -> e.capitalOf() != null).orElse(false);
    }

    /**
     * The state whose military operation a sentence says has begun, stalled or ended: named by itself
     * or by its capital ("Moscow's offensive"), or by its demonym ("the Russian offensive"); else null.
     */
    String operationOwner(SentenceView s) {
        String text = s.text();
        Matcher op = OPERATION_PHASE.matcher(text);
        if (!op.find()) return null;
        int base = Math.max(0, op.start() - 60);
        String before = text.substring(base, op.start());
        Matcher o = OWNER.matcher(before);
        if (o.find()) {
            int start = base + o.start("owner") + s.offset();
            for (Mention m : s.mentions()) {
                if (m.start() == start) return stateOf(new Source(m, null));
            }
        }
        Matcher d = demonym.matcher(before);
        String last = null;
        while (d.find()) {
            if (FEW_LOWER_WORDS.matcher(before.substring(d.end())).matches()) {
                last = kb.countryOfDemonym(d.group("d")).map(ReferenceEntity::iri).orElse(null);
            }
        }
        return last;
    }
}
