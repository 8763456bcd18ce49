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

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("M/d/uuuu"),
            pattern("EEEE, MMMM d, uuuu"),
            pattern("EEE, MMM d, uuuu"),
            pattern("MMMM d, uuuu"),
            pattern("MMM d, uuuu"),
            pattern("d MMMM uuuu"),
            pattern("d MMM uuuu"),
            pattern("EEEE, d MMMM uuuu"),
            pattern("uuuu/MM/dd"),
            pattern("d.M.uuuu"));

    /** A date somewhere in a short line, e.g. "• 11/14/2024" or "Updated: November 22, 2024 10:31". */
    private static final Pattern IN_LINE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})"
            + "|(\\d{1,2}/\\d{1,2}/\\d{4})"
            + "|((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s++)?"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s++\\d{1,2},?\\s++\\d{4})"
            + "|((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s++)?\\d{1,2}\\s++"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?,?\\s++\\d{4})");

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

    /** Parses a whole string as a date (ISO date-times included); empty when it is none. Never throws. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_DATE) return Optional.empty();
        try {
            return Optional.of(OffsetDateTime.parse(t).toLocalDate());
        } catch (DateTimeException ignored) {
            // not a full timestamp; try the date forms
        }
        String s = ABBREVIATION_DOT.matcher(t.replaceAll("\\s+", " ")).replaceAll("").replaceAll(",(\\S)", ", $1").strip();
        if (ISO_DATE_TIME.matcher(s).matches()) s = s.substring(0, 10);
        Optional<LocalDate> d = parseForms(s);
        return d.isPresent() ? d : parseForms(s.replace(",", ""));
    }

    private static Optional<LocalDate> parseForms(String s) {
        if (s.isEmpty()) return Optional.empty();
        for (DateTimeFormatter f : FORMATS) {
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
        if (line == null) return Optional.empty();
        Matcher m = IN_LINE.matcher(line);
        while (m.find()) {
            Optional<LocalDate> d = parse(m.group());
            if (d.isPresent()) return Optional.of(new Found(d.get(), m.start(), m.end()));
        }
        return Optional.empty();
    }

    /** A date and its span in the searched line. */
    public record Found(LocalDate date, int start, int end) {}
}
