package org.osintkg.article;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A readable name for a site the KB does not know, from its domain: the domain's name split into the
 * words mastheads are made of ("theafricatimes.com" -> "The Africa Times"), else the domain itself
 * ("devdiscourse.com"): an analyst, and a reader checking who reported a figure, knows an outlet by
 * its name; a name no split spells is better left as the domain than guessed.
 */
final class SiteNames {
    /**
     * Words that make up news mastheads beyond those of the KB's outlets: with them "timeafricamagazine"
     * splits, while a word that is not news vocabulary keeps a name whole ("galweek" is no "gal week").
     */
    private static final Set<String> BASE = Set.of(
            "the", "news", "times", "post", "daily", "herald", "tribune", "journal", "press", "today", "world",
            "report", "review", "star", "sun", "mail", "express", "telegraph", "observer", "gazette", "chronicle",
            "independent", "standard", "insider", "monitor", "voice", "media", "network", "live", "online", "wire",
            "agency", "magazine", "weekly", "global", "international", "national", "new", "free", "business",
            "defense", "defence", "security", "war", "military", "army", "front", "line", "bulletin", "central",
            "eastern", "western", "northern", "southern", "africa", "african", "asia", "asian", "europe",
            "european", "arab", "gulf", "middle", "east", "west", "north", "south", "pacific", "atlantic",
            "black", "sea", "eu", "us", "uk", "un", "radio", "tv", "info", "digest", "dispatch", "courier",
            "examiner", "record", "week", "time", "day", "nation", "republic", "people", "public", "open",
            "truth", "eye", "focus", "view", "point", "watch", "affairs", "policy", "forum", "hub", "desk");
    /** Short words written in capitals when they stand in a name. */
    private static final Set<String> ACRONYMS = Set.of("eu", "us", "uk", "un", "tv", "bbc", "ap", "afp", "nbc", "abc", "cbs");

    private final Set<String> words;

    /** @param outletNames names of known outlets, whose words join the masthead vocabulary */
    SiteNames(Set<String> outletNames) {
        Set<String> w = new HashSet<>(BASE);
        for (String name : outletNames) {
            for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (part.length() >= 3 && part.chars().allMatch(c -> c < 128)) w.add(part);
            }
        }
        this.words = Set.copyOf(w);
    }

    /** The name of the site at this registrable domain ("theafricatimes.com" -> "The Africa Times"). */
    String of(String site) {
        String label = site.split("\\.")[0];
        if (!label.matches("[a-z0-9-]*[a-z][a-z0-9-]*")) return site;
        StringBuilder name = new StringBuilder();
        for (String part : label.split("-")) {
            if (part.isEmpty()) continue;
            String[] split = split(part);
            // Hyphens part the words themselves ("world-mirror.net"); a name the masthead words do not
            // spell ("antiwar.com", "devdiscourse.com") is known by its domain.
            if (split == null && label.contains("-")) split = new String[] {part};
            if (split == null) return site;
            for (String word : split) {
                if (name.length() > 0) name.append(' ');
                name.append(capital(word));
            }
        }
        return name.length() == 0 ? site : name.toString();
    }

    /** The part as the fewest masthead words that cover it whole, or null when no split does. */
    private String[] split(String part) {
        int n = part.length();
        int[] fewest = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 16); start < end; start++) {
                if (fewest[start] == Integer.MAX_VALUE || !words.contains(part.substring(start, end))) continue;
                if (fewest[start] + 1 < fewest[end]) {
                    fewest[end] = fewest[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (fewest[n] == Integer.MAX_VALUE || fewest[n] < 2) return null;
        String[] out = new String[fewest[n]];
        for (int end = n, i = out.length - 1; end > 0; end = from[end], i--) out[i] = part.substring(from[end], end);
        return out;
    }

    private static String capital(String word) {
        if (ACRONYMS.contains(word)) return word.toUpperCase(Locale.ROOT);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
