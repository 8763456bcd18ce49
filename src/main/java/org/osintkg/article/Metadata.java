package org.osintkg.article;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an article's outlet, date and title from what its reader found.
 *
 * <p>Outlet: the KB outlet of the URL's domain (or of a domain it lies under), under the page's own
 * name for it when the page names the same outlet; else the publisher the page's metadata states (a
 * feed's outlet field, og:site_name); else, with a URL, the site itself as a new outlet, named as
 * the page writes its name when that spells its domain ("Ruetir" for ruetir.com), else by its
 * registrable domain: a wire credit on the page names the story's author, not the page's
 * publisher. Without a URL: a masthead line naming a known
 * outlet, else a known outlet a dateline or credit line names ("/TASS/", "(Reuters) -",
 * "Source: Interfax"), else the best guess from the text (a site name in the title, a name under
 * the headline, a byline's e-mail domain).
 *
 * <p>Date: the first in {@link DateSource} order of the dates found that is a real day between
 * 1 January 1990 and the day after today; numeric dates read day first or month first by the
 * outlet's country. A date outside that window is never kept.
 */
final class Metadata {
    private static final LocalDate EARLIEST = Dates.EARLIEST;
    private static final Pattern AGO = Pattern.compile(
            "(?i)(?<![0-9])(\\d{1,3}|an?|one)\\s*+(minutes?|mins?|hours?|hrs?|h|days?|d)\\s++ago\\b");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)^\\W*+(?:(?:published|posted|updated)\\s*+:?\\s*+)?(yesterday|today)\\b");
    /** The body's opening lines, where a dateline or credit stands. */
    private static final int OPENING_LINES = 3;
    /** The body's first lines, where a date may stand alone under a headline and standfirst. */
    private static final int STANDALONE_LINES = 10;

    private final Outlets outlets;
    private final LocalDate today;

    Metadata(Outlets outlets, LocalDate today) {
        this.outlets = outlets;
        this.today = today;
    }

    Outlets outlets() {
        return outlets;
    }

    /** The latest date kept: the day after today (a page dated in a time zone ahead of ours). */
    LocalDate latest() {
        return today.plusDays(1);
    }

    Article article(String source, String body, Draft d, LocalDate retrieved) {
        String url = Text.oneLine(d.url);
        String outlet = outlet(url, body, d);
        Dated dated = date(url, body, d, outlet, retrieved == null ? today : retrieved);
        String host = Urls.host(url);
        String title = Titles.cutSiteName(Text.oneLine(d.title), outlets, outlet, host == null ? null : Urls.siteDomain(host));
        String key = url != null ? url : Sources.name(source);
        return new Article(source, key, body, title, outlet, d.author, url,
                dated == null ? null : dated.date, dated == null ? null : dated.source);
    }

    private String outlet(String url, String body, Draft d) {
        String host = Urls.host(url);
        String known = outlets.ofHost(host);
        String stated = Text.oneLine(d.outlet);
        String masthead = Text.oneLine(d.masthead);
        String guess = Text.oneLine(d.outletGuess);
        if (known != null) {
            // The page's own name for the outlet, when it names the same one ("Pravda Ukraine" on pravda.com.ua).
            for (String name : new String[] {stated, masthead, d.credited, guess}) {
                if (name != null && known.equals(outlets.named(name))) return name;
            }
            return known;
        }
        if (stated != null) return stated;
        if (host != null) {
            // The site publishes what it carries: a wire story's credit names its author, not the page's publisher.
            String site = Urls.siteDomain(host);
            for (String name : new String[] {masthead, guess}) {
                if (name != null && Urls.namesSite(name, site)) return name;
            }
            String written = Urls.siteNameIn(String.join("\n", opening(body, OPENING_LINES)), site);
            return written != null ? written : outlets.siteName(site);
        }
        if (masthead != null) return masthead;
        String credited = d.credited != null ? d.credited : credited(body);
        if (credited != null) return credited;
        return guess;
    }

    private String credited(String body) {
        for (String line : opening(body, OPENING_LINES)) {
            String o = Credits.outlet(line, outlets);
            if (o != null) return o;
        }
        return null;
    }

    /** The first non-blank lines of the body (each cut at 2,000 characters). */
    private static List<String> opening(String body, int lines) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (out.size() < lines && start < body.length()) {
            int nl = body.indexOf('\n', start);
            int end = nl < 0 ? body.length() : nl;
            String line = body.substring(start, Math.min(end, start + 2000)).strip();
            if (!line.isEmpty()) out.add(line);
            start = end + 1;
        }
        return out;
    }

    private record Dated(LocalDate date, DateSource source) {}

    private Dated date(String url, String body, Draft d, String outlet, LocalDate retrieved) {
        boolean dayFirst = outlets.dayFirst(outlet);
        List<Dated> found = new ArrayList<>();
        for (Draft.DateText t : d.dates) {
            Dates.parse(t.text(), dayFirst).or(() -> Dates.find(t.text(), dayFirst).map(Dates.Found::date))
                    .ifPresent(x -> found.add(new Dated(x, t.source())));
        }
        Urls.pathDate(url, EARLIEST, latest(), dayFirst).ifPresent(x -> found.add(new Dated(x, DateSource.URL_PATH)));
        List<String> opening = opening(body, OPENING_LINES);
        for (String line : opening) {
            Credits.Stamp stamp = Credits.date(line);
            if (stamp == null) continue;
            LocalDate x = datelineDate(stamp, found, url, String.join("\n", opening));
            if (x != null) found.add(new Dated(x, DateSource.DATELINE));
            break;
        }
        for (String line : opening(body, STANDALONE_LINES)) {
            // A line that is a date and nothing else, under the headline or a standfirst ("03 October, 2019").
            Optional<LocalDate> x = line.length() <= 40 ? Dates.parse(line, dayFirst) : Optional.empty();
            if (x.isPresent()) {
                found.add(new Dated(x.get(), DateSource.HEADER));
                break;
            }
        }
        for (String line : d.relative) {
            LocalDate x = relative(line, retrieved);
            if (x != null) {
                found.add(new Dated(x, DateSource.RELATIVE));
                break;
            }
        }
        Dated best = null;
        for (Dated x : found) {
            if (x.date.isBefore(EARLIEST) || x.date.isAfter(latest())) continue;
            if (best == null || x.source.ordinal() < best.source.ordinal()) best = x;
        }
        return best;
    }

    /**
     * A dateline's date. One without a year takes it from the page: the year that puts the day
     * nearest before the date of another source, else before the end of the URL's month, else the
     * year the opening text writes beside the same day ("as of June 17, 2022"). Without any, there
     * is no date: the day of retrieval may be years after publication.
     */
    private LocalDate datelineDate(Credits.Stamp stamp, List<Dated> found, String url, String opening) {
        if (stamp.year() != null) return stamp.resolve(null);
        for (Dated x : found) {
            if (!x.date.isBefore(EARLIEST) && !x.date.isAfter(latest())) return stamp.resolve(x.date.plusDays(1));
        }
        YearMonth ym = Urls.pathMonth(url, EARLIEST, latest());
        if (ym != null) return stamp.resolve(ym.atEndOfMonth());
        for (Dates.Found f : Dates.all(opening)) {
            if (java.time.MonthDay.from(f.date()).equals(stamp.monthDay())) return f.date();
        }
        return null;
    }

    /** A line that says how long ago something was: "3 hours ago", "yesterday". */
    static boolean isRelative(String line) {
        return line != null && line.length() <= 80 && (YESTERDAY.matcher(line).find() || AGO.matcher(line).find());
    }

    /** "3 hours ago", "2 days ago", "yesterday": the day that was, counted from the retrieval day. */
    static LocalDate relative(String line, LocalDate retrieved) {
        if (line == null || line.length() > 80) return null;
        Matcher y = YESTERDAY.matcher(line);
        if (y.find()) return y.group(1).equalsIgnoreCase("yesterday") ? retrieved.minusDays(1) : retrieved;
        Matcher m = AGO.matcher(line);
        if (!m.find()) return null;
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int count = n.matches("\\d+") ? Integer.parseInt(n) : 1;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (unit.startsWith("d")) return retrieved.minusDays(count);
        // Minutes and hours: the retrieval day (a retrieval time would be needed to cross midnight).
        return unit.startsWith("h") && count >= 24 ? retrieved.minusDays(count / 24) : retrieved;
    }
}
