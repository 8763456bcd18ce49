package org.osintkg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates in running text ("on Thursday", "on 22 November", "April 15", "last week"), resolved against the report's date. */
public final class TimeExpressions {
    /** A resolved date and its span. */
    public record When(LocalDate date, int start, int end) {}

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|"
            + "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?<dm>(?<d1>\\d{1,2})\\s+(?<m1>" + MONTHS + ")\\.?(?:,?\\s+(?<y1>\\d{4}))?)\\b"
            + "|\\b(?<md>(?<m2>" + MONTHS + ")\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y2>\\d{4}))?)\\b"
            + "|\\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\\b"
            + "|\\b(?<rel>yesterday|today|last week|earlier this week|last month)\\b",
            Pattern.CASE_INSENSITIVE);

    private TimeExpressions() {}

    /** Every date expression in a text that can be resolved; relative ones need the report date. */
    public static List<When> find(String text, LocalDate reportDate) {
        List<When> out = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate d = resolve(m, reportDate);
            if (d != null) out.add(new When(d, m.start(), m.end()));
        }
        return out;
    }

    private static LocalDate resolve(Matcher m, LocalDate report) {
        try {
            if (m.group("dm") != null) return dayMonth(m.group("d1"), m.group("m1"), m.group("y1"), report);
            if (m.group("md") != null) return dayMonth(m.group("d2"), m.group("m2"), m.group("y2"), report);
            if (report == null) return null;
            if (m.group("wd") != null) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
                return report.with(TemporalAdjusters.previousOrSame(dow));
            }
            return switch (m.group("rel").toLowerCase(Locale.ROOT)) {
                case "yesterday" -> report.minusDays(1);
                case "today" -> report;
                case "last week", "earlier this week" -> report.minusWeeks(1);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate dayMonth(String day, String month, String year, LocalDate report) {
        Month mo = month(month);
        int d = Integer.parseInt(day);
        if (mo == null || d < 1 || d > 31) return null;
        if (year != null) return LocalDate.of(Integer.parseInt(year), mo, Math.min(d, mo.maxLength()));
        if (report == null) return null;
        LocalDate guess = LocalDate.of(report.getYear(), mo, Math.min(d, mo.length(report.isLeapYear())));
        // News speaks of the recent past: a date well after the report is last year's.
        return guess.isAfter(report.plusDays(7)) ? guess.minusYears(1) : guess;
    }

    private static Month month(String s) {
        String p = s.toUpperCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().startsWith(p)) return m;
        }
        return null;
    }
}
