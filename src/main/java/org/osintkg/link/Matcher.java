package org.osintkg.link;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.Names;

/** Scores candidates for an entity by name, type and context; picks one only when it stands out. */
public final class Matcher {
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final Set<String> HUMAN = Set.of(WD + "Q5");
    private static final Set<String> COUNTRY = Set.of(WD + "Q6256", WD + "Q3624078", WD + "Q3024240");

    /** The chosen item and its score, or null. */
    public record Match(String item, double score) {}

    private Matcher() {}

    public static Match best(Unlinked e, List<Candidate> candidates, double minScore) {
        Match best = null;
        double second = 0;
        for (Candidate c : candidates) {
            double s = score(e, c);
            if (best == null || s > best.score()) {
                if (best != null) second = Math.max(second, best.score());
                best = new Match(c.item(), s);
            } else {
                second = Math.max(second, s);
            }
        }
        if (best == null || best.score() < minScore) return null;
        // Two candidates as good as each other: the name alone cannot tell them apart.
        if (best.score() - second < 0.1) return null;
        return best;
    }

    static double score(Unlinked e, Candidate c) {
        double s = 0;
        String label = c.label() == null ? "" : Names.key(c.label());
        if (label.equals(Names.key(e.names().get(0)))) s += 0.5;
        else s += 0.35;
        if (typeFits(e.kind(), c)) s += 0.35;
        else if (c.types() != null && !c.types().isEmpty()) s -= 0.3;
        String desc = c.description() == null ? "" : c.description().toLowerCase(Locale.ROOT);
        for (String ctx : e.context()) {
            if (!ctx.isBlank() && desc.contains(ctx.toLowerCase(Locale.ROOT))) {
                s += 0.15;
                break;
            }
        }
        return Math.max(0, Math.min(1, Math.round(s * 100) / 100.0));
    }

    private static boolean typeFits(EntityKind k, Candidate c) {
        Set<String> t = c.types() == null ? Set.of() : c.types();
        if (k == EntityKind.PERSON) return t.stream().anyMatch(HUMAN::contains);
        if (k == EntityKind.COUNTRY) return t.stream().anyMatch(COUNTRY::contains);
        if (k.isPlace()) return c.hasCoordinates() && t.stream().noneMatch(HUMAN::contains);
        return !t.isEmpty() && t.stream().noneMatch(HUMAN::contains) && !c.hasCoordinates();
    }
}
