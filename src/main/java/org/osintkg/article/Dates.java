package org.osintkg.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates in the forms scraped pages and feeds carry them. */
public final class Dates {
    private Dates() {}

    /** No publication date before this day is kept: the web of news began later. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private static final List<DateTimeFormatter> FORMATS = forms(pattern("M/d/uuuu"), pattern("d/M/uuuu"));
    /** The same forms with 06/07/2024 read as 6 July, the order outside the US. */
    private static final List<DateTimeFormatter> DAY_FIRST = forms(pattern("d/M/uuuu"), pattern("M/d/uuuu"));

    /** The forms, the two readings of a numeric date in the order given (the second for 11/14/2024 read day first). */
    private static List<DateTimeFormatter> forms(DateTimeFormatter first, DateTimeFormatter second) {
        return List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            first,
            second,
            pattern("EEEE, MMMM d, uuuu"),
            pattern("EEE, MMM d, uuuu"),
            pattern("MMMM d, uuuu"),
            pattern("MMM d, uuuu"),
            pattern("d MMMM uuuu"),
            pattern("d MMM uuuu"),
            pattern("EEEE, d MMMM uuuu"),
            pattern("uuuu/MM/dd"),
            pattern("d.M.uuuu"),
            pattern("d.MMMM.uuuu"),
            pattern("d.MMM.uuuu"));
    }

    /** A date somewhere in a short line, e.g. "• 11/14/2024" or "Updated: November 22, 2024 10:31". */
    private static final Pattern IN_LINE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})"
            + "|(\\d{1,2}/\\d{1,2}/\\d{4})"
            + "|((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s++)?"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s++\\d{1,2},?\\s++\\d{4})"
            + "|((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s++)?\\d{1,2}\\s++"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?,?\\s++\\d{4})"
            + "|(\\d{1,2}\\.(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.\\d{4})");

    private static DateTimeFormatter pattern(String p) {
        // Strict: "2/30/2024" is no date (the default, smart, would make it February 29).
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Longer strings are no date: the forms above are at most about 40 characters. */
    private static final int MAX_DATE = 100;
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d.*");
    /** A dot after a letter ("Nov.") or before a space or the end ("22. November", "2024."); not "22.11.2024". */
    private static final Pattern ABBREVIATION_DOT = Pattern.compile("(?<=\\p{L})\\.|\\.(?=\\s|$)");

    /** Parses a whole string as a date (ISO date-times included), numeric dates month first; empty when none. Never throws. */
    public static Optional<LocalDate> parse(String text) {
        return parse(text, false);
    }

    /**
     * Parses a whole string as a date; {@code dayFirst} reads 06/07/2024 as 6 July, else as June 7
     * (either way a date that only the other reading makes real, 11/14/2024, is read that way).
     */
    public static Optional<LocalDate> parse(String text, boolean dayFirst) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_DATE) return Optional.empty();
        try {
            return Optional.of(OffsetDateTime.parse(t).toLocalDate());
        } catch (DateTimeException ignored) {
            // not a full timestamp; try the date forms
        }
        List<DateTimeFormatter> forms = dayFirst ? DAY_FIRST : FORMATS;
        if (t.indexOf('.') > 0 && t.indexOf(' ') < 0) {
            // "12.April.2025": dots between the parts, not after abbreviations.
            Optional<LocalDate> dotted = parseForms(t, forms);
            if (dotted.isPresent()) return dotted;
        }
        String s = ABBREVIATION_DOT.matcher(t.replaceAll("\\s+", " ")).replaceAll("").replaceAll(",(\\S)", ", $1").strip();
        if (ISO_DATE_TIME.matcher(s).matches()) s = s.substring(0, 10);
        Optional<LocalDate> d = parseForms(s, forms);
        return d.isPresent() ? d : parseForms(s.replace(",", ""), forms);
    }

    private static Optional<LocalDate> parseForms(String s, List<DateTimeFormatter> forms) {
        if (s.isEmpty()) return Optional.empty();
        for (DateTimeFormatter f : forms) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeException ignored) {
                // next form
            }
        }
        return Optional.empty();
    }

    /** The first date found inside a line, with where it was found; empty for null. Never throws. */
    public static Optional<Found> find(String line) {
        return find(line, false);
    }

    /** The first date found inside a line, numeric dates read as {@link #parse(String, boolean)} does. */
    public static Optional<Found> find(String line, boolean dayFirst) {
        if (line == null) return Optional.empty();
        Matcher m = IN_LINE.matcher(line);
        while (m.find()) {
            Optional<LocalDate> d = parse(m.group(), dayFirst);
            if (d.isPresent()) return Optional.of(new Found(d.get(), m.start(), m.end()));
        }
        return Optional.empty();
    }

    /** Every date found in a text, in order. */
    static List<Found> all(String text) {
        List<Found> out = new java.util.ArrayList<>();
        if (text == null) return out;
        Matcher m = IN_LINE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = parse(m.group(), false);
            if (d.isPresent()) out.add(new Found(d.get(), m.start(), m.end()));
        }
        return out;
    }

    /** A date and its span in the searched line. */
    public record Found(LocalDate date, int start, int end) {}
}
