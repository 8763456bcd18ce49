package org.osintkg.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines and credit lines: the stamp a wire story opens with ("MOSCOW, October 10. /TASS/.",
 * "KYIV (Reuters) -", "SEOUL, Oct. 10 (Yonhap) --"), and the lines that credit the outlet
 * ("Source: Interfax", "Yonhap News Agency", "Kyiv • UNN"). Only an outlet the directory knows is
 * taken from them: "Source: National Resistance Center" credits no outlet.
 */
final class Credits {
    private Credits() {}

    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    /** A place in capitals or title case, then a comma: the start of a dateline. */
    private static final String PLACE = "\\p{Lu}[\\p{L}'’. -]{1,40}?(?:,\\s*+\\p{Lu}[\\p{L}. ]{1,30}?)?";
    private static final Pattern DATELINE_DATE = Pattern.compile("^" + PLACE + ",\\s*+(?:"
            + MONTH + "\\s++(\\d{1,2})|(\\d{1,2})\\s++" + MONTH + ")(?:,?\\s++(\\d{4}))?\\s*+[.,]?\\s*+(?:/|\\(|[-–—]|$)");
    /** "/TASS/", "(Reuters)", "(Yonhap) --" near the start of the opening line. */
    private static final Pattern AGENCY = Pattern.compile("/(\\p{Lu}[\\p{L}-]{1,20})/|\\(([\\p{Lu}][\\p{L} .&-]{1,30})\\)\\s*+(?:[-–—]|$)");
    private static final Pattern CREDIT = Pattern.compile("(?i)^(?:source|sources|credit|via|from)\\s*+:\\s*+(.{2,60})$");
    private static final Pattern PLACE_BULLET = Pattern.compile("^\\p{Lu}[\\p{L}.-]*+(?: [\\p{L}.-]++){0,2}\\s+[•|·]\\s+(\\p{Lu}[\\p{L}0-9 .&-]{1,30})$");
    /** Datelines and credits sit at the start of a line: look no further in. */
    private static final int OPENING = 120;

    /** The outlet a dateline or credit line names, when the directory knows it; else null. */
    static String outlet(String line, Outlets outlets) {
        if (line == null || line.length() > ScrapedText.MAX_HEADER_LINE * 10) return null;
        String head = line.length() > OPENING ? line.substring(0, OPENING) : line;
        Matcher a = AGENCY.matcher(head);
        while (a.find()) {
            String named = outlets.named(a.group(1) != null ? a.group(1) : a.group(2));
            if (named != null) return named;
        }
        Matcher c = CREDIT.matcher(line.strip());
        if (c.matches()) {
            String named = outlets.named(c.group(1).replaceAll("[.;,]+$", ""));
            if (named != null) return named;
        }
        Matcher p = PLACE_BULLET.matcher(line.strip());
        if (p.matches()) return outlets.named(p.group(1).strip());
        if (line.length() <= 60) return outlets.named(line);
        return null;
    }

    /**
     * The month and day of a dateline that opens the line, with its year when it gives one: "MOSCOW,
     * October 10. /TASS/.", or a credit in parentheses with a full date, "(Agency - 12 April 2025, 9.35 PM)";
     * null when none.
     */
    static Stamp date(String line) {
        if (line == null) return null;
        String head = line.length() > OPENING ? line.substring(0, OPENING) : line;
        int close = head.indexOf(')');
        if (head.startsWith("(") && close > 0) {
            java.util.Optional<Dates.Found> f = Dates.find(head.substring(1, close));
            if (f.isPresent()) return new Stamp(MonthDay.from(f.get().date()), f.get().date().getYear());
        }
        Matcher m = DATELINE_DATE.matcher(head);
        if (!m.find()) return null;
        String month = m.group(1) != null ? m.group(1) : m.group(4);
        String day = m.group(2) != null ? m.group(2) : m.group(3);
        Month mo = month(month);
        if (mo == null) return null;
        try {
            MonthDay md = MonthDay.of(mo, Integer.parseInt(day));
            Integer year = m.group(5) == null ? null : Integer.parseInt(m.group(5));
            return new Stamp(md, year);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Month month(String name) {
        String p = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(p)) return m;
        }
        return null;
    }

    /** A dateline's month and day, and its year or null. */
    record Stamp(MonthDay monthDay, Integer year) {
        /**
         * The date: its own year, else the year of {@code near} (a date known to be close, such as
         * the retrieval day) or the year before, whichever is not after {@code near}; null when the
         * day is no day of that year (29 February).
         */
        LocalDate resolve(LocalDate near) {
            if (year == null && near == null) return null;
            int y = year != null ? year : near.getYear();
            if (year == null && monthDay.isValidYear(y) && monthDay.atYear(y).isAfter(near)) y--;
            return monthDay.isValidYear(y) ? monthDay.atYear(y) : null;
        }
    }
}
