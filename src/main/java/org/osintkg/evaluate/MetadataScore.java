package org.osintkg.evaluate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * How well the reader found an article's outlet and date, against the gold's {@code outlet} and
 * {@code published}. An outlet is found when one of its names (label and KB aliases) equals the gold
 * name as entities are compared, or spells it without spaces and punctuation ("Lanka-e-News", "Lanka e
 * News"); an outlet named by its bare domain is found when the domain's name spells the gold name
 * ("themoscowtimes.com" for "The Moscow Times"). A date is found when it is the gold day.
 */
public final class MetadataScore {
    private final LocalDate earliest;
    private final LocalDate latest;
    private int outletGold;
    private int outletFound;
    private int dateGold;
    private int dateFound;
    private int dated;
    private int outside;
    private int articles;
    private int withOutlet;

    /** @param earliest, latest the window a stored date must lie in */
    public MetadataScore(LocalDate earliest, LocalDate latest) {
        this.earliest = earliest;
        this.latest = latest;
    }

    /**
     * Adds one article; returns its line for the per-article listing.
     *
     * @param outletNames the predicted outlet's label and other names, empty when none
     * @param date        the stored date or null
     * @param dateSource  where it was read, or null
     */
    public String add(String article, String outletLabel, Set<String> outletNames, LocalDate date, String dateSource,
                      Gold gold) {
        articles++;
        if (outletLabel != null) withOutlet++;
        if (date != null) {
            dated++;
            if (date.isBefore(earliest) || date.isAfter(latest)) outside++;
        }
        String outletMark = "";
        if (gold.outlet() != null) {
            outletGold++;
            boolean ok = outletMatches(outletLabel, outletNames, gold.outlet());
            if (ok) outletFound++;
            outletMark = ok ? " ok" : " WRONG (gold " + gold.outlet() + ")";
        }
        String dateMark = "";
        LocalDate goldDate = gold.published() == null ? null : org.osintkg.article.Dates.parse(gold.published()).orElse(null);
        if (goldDate != null) {
            dateGold++;
            boolean ok = goldDate.equals(date);
            if (ok) dateFound++;
            dateMark = ok ? " ok" : " WRONG (gold " + goldDate + ")";
        }
        return String.format(Locale.ROOT, "  %-14s outlet %s%s | date %s%s", article,
                outletLabel == null ? "-" : outletLabel, outletMark,
                date == null ? "-" : date + " (" + dateSource + ")", dateMark);
    }

    static boolean outletMatches(String label, Set<String> names, String gold) {
        if (label == null) return false;
        String g = Scorer.norm(gold);
        String gs = squash(gold);
        for (String n : names) {
            if (g.equals(Scorer.norm(n)) || (!gs.isEmpty() && gs.equals(squash(n)))) return true;
        }
        if (label.indexOf(' ') < 0 && label.indexOf('.') > 0) {
            String[] labels = label.split("\\.");
            for (int i = 0; i < labels.length - 1; i++) {
                String l = squash(labels[i]);
                if (!l.isEmpty() && (l.equals(gs) || l.equals("the" + gs) || ("the" + l).equals(gs))) return true;
            }
        }
        return false;
    }

    /** Letters and digits only, lower case. */
    private static String squash(String s) {
        return Scorer.norm(s).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    public double outletAccuracy() {
        return outletGold == 0 ? 1 : (double) outletFound / outletGold;
    }

    public double dateAccuracy() {
        return dateGold == 0 ? 1 : (double) dateFound / dateGold;
    }

    public int outsideWindow() {
        return outside;
    }

    public String report() {
        return String.format(Locale.ROOT, "outlet accuracy          %.3f (%d of %d articles with a gold outlet; %d of %d articles given an outlet)%n"
                        + "date accuracy            %.3f (%d of %d articles with a gold date; %d of %d articles dated)%n"
                        + "dates outside the window %d (%s to %s)%n",
                outletAccuracy(), outletFound, outletGold, withOutlet, articles,
                dateAccuracy(), dateFound, dateGold, dated, articles, outside, earliest, latest);
    }
}
