package org.osintkg.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Headlines: which line looks like one, and the site name a page title carries cut off. */
final class Titles {
    private Titles() {}

    /** "Headline | Reuters", "Headline - Ukrainska Pravda", "Headline — The Kyiv Independent". */
    private static final Pattern SITE_SUFFIX = Pattern.compile("^(.{11,}?\\S)\\s++[|–—-]\\s++([^|–—]{2,40})$");
    /** Lines that caption or credit a picture, or label a section, rather than head an article. */
    private static final Pattern NOT_A_HEADLINE = Pattern.compile(
            "(?i)^(?:photo|image|picture|video|illustration|file photo|credit|source|caption|latest news|breaking)\\b.*");

    /**
     * The site name cut off a page title: a trailing part after " | ", " - ", " – " or " — " that
     * names the article's outlet (or, with no outlet known, a short capitalized name: at most four
     * words, each starting with a capital or a digit). "Kyiv - live" keeps its end, and so does a
     * headline that credits another outlet ("... after heavy losses - NYT" on another site).
     *
     * @param outlet the article's outlet, or null
     * @param site   the registrable domain of the article's URL, or null
     */
    static String cutSiteName(String title, Outlets outlets, String outlet, String site) {
        if (title == null) return null;
        String t = title.strip();
        for (int i = 0; i < 2; i++) {
            Matcher m = SITE_SUFFIX.matcher(t);
            if (!m.matches() || !namesOutlet(m.group(2).strip(), outlets, outlet, site)) break;
            t = m.group(1).strip();
        }
        return t;
    }

    private static boolean namesOutlet(String part, Outlets outlets, String outlet, String site) {
        if (outlet == null) return shortName(part);
        if (part.equalsIgnoreCase(outlet)) return true;
        String named = outlets.named(part);
        if (named != null && named.equals(outlets.named(outlet))) return true;
        return site != null && Urls.namesSite(part, site);
    }

    /** The trailing part of a page title that may be its site's name ("Headline | Site"), or null. */
    static String siteName(String title, Outlets outlets) {
        if (title == null) return null;
        Matcher m = SITE_SUFFIX.matcher(title.strip());
        if (!m.matches()) return null;
        String part = m.group(2).strip();
        return outlets.named(part) != null || shortName(part) ? part : null;
    }

    /** At most four words, each starting with a capital or a digit: "Ukrainska Pravda", "BBC News". */
    private static boolean shortName(String part) {
        String[] words = part.split("\\s+");
        if (words.length > 4) return false;
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) return false;
        }
        return true;
    }

    /**
     * A line shaped like a headline: three to thirty words, no sentence's end (a final period), no
     * caption or credit ("Photo : YONHAP News"), no hashtag.
     */
    static boolean headlineShaped(String line, int words) {
        if (words < 3 || words > 30 || line.length() > 250) return false;
        if (line.endsWith(".") && !line.endsWith("...")) return false;
        if (line.indexOf('#') >= 0) return false;
        if (!Character.isUpperCase(line.codePointAt(0)) && !Character.isDigit(line.codePointAt(0))
                && "\"“‘'".indexOf(line.charAt(0)) < 0) return false;
        return !NOT_A_HEADLINE.matcher(line).matches();
    }
}
