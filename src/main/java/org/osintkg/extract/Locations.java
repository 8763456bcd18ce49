package org.osintkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.osintkg.kb.EntityKind;

/** Where a claim is: the place a sentence puts it at, and the places coordinated with it. */
final class Locations {
    private Locations() {}

    private static final Pattern PREPOSITION = Pattern.compile("(?s).*\\b(in|into|to|at|near|inside|around|from|toward|"
            + "towards|on|across)\\s+(the\\s+)?(russia's\\s+|ukraine's\\s+)?$");
    private static final Pattern POSSESSIVE = Pattern.compile("(?s).*['’]s\\s+$");
    private static final Pattern PLACE_AND = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+)");

    /** The place the claim is located at: a region or settlement before a country, never the force's own country. */
    static Mention of(SentenceView s, String about, Attribution attr) {
        Mention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Mention m : s.mentions()) {
            if (!m.kind().isPlace() || (about != null && about.equals(m.kbIri()))) continue;
            if (attr != null && attr.claimant().mention() == m) continue;
            int rank = rank(m, s.text(), s.offset());
            if (best == null || rank < bestRank) {
                best = m;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Lower is likelier: a place after a preposition or possessive, and one that is not a country. */
    private static int rank(Mention m, String text, int offset) {
        int rel = m.start() - offset;
        String before = text.substring(Math.max(0, rel - 12), rel).toLowerCase(Locale.ROOT);
        boolean prep = PREPOSITION.matcher(before).matches() || POSSESSIVE.matcher(before).matches();
        return (prep ? 0 : 2) + (m.kind() == EntityKind.COUNTRY ? 1 : 0);
    }

    /**
     * "the offensives against the Sumy and Kharkiv oblasts": a statement without a number about places
     * of one kind joined by "and", "or" or commas is one statement per place. The claim's own place
     * first; {@code null} alone when it has none.
     */
    static List<Mention> coordinated(SentenceView s, Mention location) {
        List<Mention> out = new ArrayList<>();
        out.add(location);
        if (location == null) return out;
        List<Mention> places = s.mentions().stream().filter(m -> m.kind() == location.kind())
                .sorted(Comparator.comparingInt(Mention::start)).toList();
        int i = places.indexOf(location);
        for (int j = i + 1; j < places.size() && joined(s, places.get(j - 1), places.get(j)); j++) out.add(places.get(j));
        for (int j = i - 1; j >= 0 && joined(s, places.get(j), places.get(j + 1)); j--) out.add(places.get(j));
        return out;
    }

    private static boolean joined(SentenceView s, Mention a, Mention b) {
        if (a.end() > b.start()) return false;
        return PLACE_AND.matcher(s.text().substring(a.end() - s.offset(), b.start() - s.offset())).matches();
    }
}
