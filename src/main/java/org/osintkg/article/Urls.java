package org.osintkg.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an article's URL tells: its host, and the date its path may carry. */
final class Urls {
    private Urls() {}

    private static final Pattern HOST = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://(?:[^/@?#]*@)?([^/:?#]+)");
    /** Year, month and day as path parts or one slug: /2025/06/17/, -2025-06-17-, _2025_06_17. */
    private static final Pattern SEPARATED = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})([/_-])(\\d{1,2})\\2(\\d{1,2})(?![0-9])");
    /**
     * Year, month and day as eight digits standing alone (/20241027/), or opening a timestamp of
     * 12, 14 or 17 digits whose hours, minutes and seconds are real (/20241027183109596/); any other
     * run of digits is an id.
     */
    private static final Pattern COMPACT = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:([01]\\d|2[0-3])[0-5]\\d(?:[0-5]\\d(?:\\d{3})?)?)?(?![0-9])");
    /**
     * A Unix time in seconds (ten digits) or milliseconds (thirteen) standing alone in the path, as
     * some sites stamp a page's slug ("...-drones-1707371531.html"); read only when no calendar date is there.
     */
    private static final Pattern EPOCH = Pattern.compile("(?<![0-9A-Za-z])(1\\d{9})(\\d{3})?(?![0-9A-Za-z])");
    /** Before this, a ten-digit run is rather an id than a page's time: Unix time reached ten digits in 2001. */
    private static final LocalDate EPOCH_EARLIEST = LocalDate.of(2005, 1, 1);
    /** Year and month, then the day as its own path part: /a/202507/11/. */
    private static final Pattern MONTH_THEN_DAY = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(\\d{2})/(\\d{1,2})(?![0-9])");
    /** Day and month before a four-digit year (/01/12/2025/), or a two-digit one at the end of a slug (-03-25-22/). */
    private static final Pattern YEAR_LAST = Pattern.compile(
            "(?<![0-9])(\\d{1,2})([/_-])(\\d{1,2})\\2((?:19|20)\\d{2}|\\d{2}(?=/|$|\\.html?|\\?|#))(?![0-9])");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})/(\\d{1,2})(?![0-9])");
    /** Second-level labels under a country's domain that anyone registers under: bbc.co.uk, pravda.com.ua. */
    private static final java.util.Set<String> GENERIC_SECOND_LEVEL = java.util.Set.of(
            "co", "com", "org", "net", "gov", "edu", "ac", "or", "ne", "go", "mil", "gob", "nic", "info", "biz", "in");
    /** Hosting platforms on which each subdomain is a site of its own (as the Public Suffix List's private part has them). */
    private static final java.util.Set<String> PLATFORMS = java.util.Set.of(
            "substack.com", "azurewebsites.net", "blogspot.com", "wordpress.com", "github.io", "medium.com",
            "livejournal.com", "tumblr.com", "wixsite.com", "weebly.com", "herokuapp.com", "netlify.app", "pages.dev");

    /** The URL's host, lowercase, without a trailing dot; null when it has none. */
    static String host(String url) {
        if (url == null) return null;
        String host = null;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            // a URL with spaces or stray characters: its host is still readable
        }
        if (host == null) {
            Matcher m = HOST.matcher(url.strip());
            if (m.find()) host = m.group(1);
        }
        if (host == null) return null;
        host = host.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        return host.indexOf('.') > 0 ? host : null;
    }

    /**
     * The registrable domain of a host, the name a site is known by: its last two labels, three
     * under a country's generic second level (news.bbc.co.uk -> bbc.co.uk), and on a hosting platform
     * the site's own label with the platform's (bbcrussian.substack.com stays itself).
     */
    static String siteDomain(String host) {
        if (host.matches("\\d{1,3}(?:\\.\\d{1,3}){3}")) return host;
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n <= 2) return host;
        String lastTwo = labels[n - 2] + "." + labels[n - 1];
        int keep = 2;
        if (PLATFORMS.contains(lastTwo)) keep = 3;
        else if (labels[n - 1].length() == 2 && GENERIC_SECOND_LEVEL.contains(labels[n - 2])) keep = 3;
        keep = Math.min(keep, n);
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }

    /**
     * True when a name spells the site's domain: its letters and digits are those of the domain's
     * name ("The Moscow Times" for themoscowtimes.com, "Ruetir" for ruetir.com), a leading "the" aside.
     */
    static boolean namesSite(String name, String site) {
        String n = ScrapedText.squash(name);
        if (n.length() < 3) return false;
        String[] labels = site.split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            String l = ScrapedText.squash(labels[i]);
            if (l.equals(n) || l.equals("the" + n)) return true;
        }
        return false;
    }

    /**
     * The site's name as a text writes it: one to four words in a row, each opening with a capital or
     * a digit, whose letters and digits spell the domain's name ("Lanka-e-News" for lankaenews.com);
     * null when the text has none.
     */
    static String siteNameIn(String text, String site) {
        if (text == null) return null;
        Matcher m = NAME_WORDS.matcher(text.length() > 3000 ? text.substring(0, 3000) : text);
        while (m.find()) {
            String[] words = m.group().split("\\s+");
            for (int from = 0; from < words.length; from++) {
                StringBuilder name = new StringBuilder();
                for (int to = from; to < Math.min(words.length, from + 4); to++) {
                    if (name.length() > 0) name.append(' ');
                    name.append(words[to]);
                    if (namesSite(name.toString(), site)) return name.toString();
                }
            }
        }
        return null;
    }

    /** Runs of words that open with a capital or a digit (hyphens, dots and ampersands inside). */
    private static final Pattern NAME_WORDS = Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]*+(?:\\s++[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]*+)*+");

    /** The path and query: where a date may be, the host set aside (a host has no dates). */
    private static String path(String url) {
        Matcher m = HOST.matcher(url);
        return m.find() ? url.substring(m.end()) : url;
    }

    /** The first real calendar date in the path that lies in the window; empty when none does. */
    static Optional<LocalDate> pathDate(String url, LocalDate earliest, LocalDate latest) {
        return pathDate(url, earliest, latest, false);
    }

    /**
     * The first real calendar date in the path that lies in the window; empty when none does. A date
     * with the year last is read day first for an outlet that writes dates so ({@code dayFirst}),
     * else month first; the other order when that one makes no real date.
     */
    static Optional<LocalDate> pathDate(String url, LocalDate earliest, LocalDate latest, boolean dayFirst) {
        if (url == null) return Optional.empty();
        String path = path(url);
        Matcher m = SEPARATED.matcher(path);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(3), m.group(4), earliest, latest);
            if (d.isPresent()) return d;
        }
        m = COMPACT.matcher(path);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3), earliest, latest);
            if (d.isPresent()) return d;
        }
        m = MONTH_THEN_DAY.matcher(path);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3), earliest, latest);
            if (d.isPresent()) return d;
        }
        m = YEAR_LAST.matcher(path);
        while (m.find()) {
            String y = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            String first = dayFirst ? m.group(3) : m.group(1);
            String second = dayFirst ? m.group(1) : m.group(3);
            Optional<LocalDate> d = date(y, first, second, earliest, latest).or(() -> date(y, second, first, earliest, latest));
            if (d.isPresent()) return d;
        }
        return epochDate(path, earliest.isAfter(EPOCH_EARLIEST) ? earliest : EPOCH_EARLIEST, latest);
    }

    /** The UTC day of the first Unix time in the path that falls in the window. */
    private static Optional<LocalDate> epochDate(String path, LocalDate earliest, LocalDate latest) {
        Matcher m = EPOCH.matcher(path);
        while (m.find()) {
            LocalDate d = java.time.Instant.ofEpochSecond(Long.parseLong(m.group(1)))
                    .atZone(java.time.ZoneOffset.UTC).toLocalDate();
            if (!d.isBefore(earliest) && !d.isAfter(latest)) return Optional.of(d);
        }
        return Optional.empty();
    }

    /** A year and month in the path (/2023/10/), in the window; null when none. For datelines without a year. */
    static YearMonth pathMonth(String url, LocalDate earliest, LocalDate latest) {
        if (url == null) return null;
        Matcher m = YEAR_MONTH.matcher(path(url));
        while (m.find()) {
            try {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (!ym.atEndOfMonth().isBefore(earliest) && !ym.atDay(1).isAfter(latest)) return ym;
            } catch (DateTimeException | NumberFormatException e) {
                // no month: an id
            }
        }
        return null;
    }

    private static Optional<LocalDate> date(String y, String m, String d, LocalDate earliest, LocalDate latest) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return date.isBefore(earliest) || date.isAfter(latest) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
