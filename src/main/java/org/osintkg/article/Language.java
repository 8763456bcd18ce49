package org.osintkg.article;

import java.util.Locale;

/**
 * Which language a body is in, as far as the extractor cares: English (Latin letters), Ukrainian
 * or Russian (Cyrillic letters told apart by the letters only one of them has: і ї є ґ against
 * ы э ъ ё). Any other body is refused with the script and, for Cyrillic, the reason it is neither
 * (Belarusian ў, Serbian and Macedonian ј љ њ, Bulgarian ъ without ы). A body without letters is
 * refused too. Only the first {@value #SAMPLE} characters are looked at.
 */
public final class Language {
    static final int SAMPLE = 100_000;
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    private Language() {}

    /** "en", "uk" or "ru"; null when {@link #refusal} refuses the body. */
    public static String detect(String body) {
        Counts c = count(body);
        if (c.letters == 0) return null;
        if (c.latin * 2 >= c.letters) return "en";
        if (c.cyrillic * 2 >= c.letters) return cyrillic(c) == null ? (c.ukrainian > c.russian ? "uk" : "ru") : null;
        return null;
    }

    /** Null when the body is in a language the extractor handles; else the reason to refuse it. */
    static String refusal(String body) {
        Counts c = count(body);
        if (c.letters == 0) return "no article text (no letters)";
        if (c.latin * 2 >= c.letters) return null;
        if (c.cyrillic * 2 >= c.letters) {
            String why = cyrillic(c);
            return why == null ? null : "unsupported language (Cyrillic script, " + why + ")";
        }
        int top = 0;
        for (int s = 1; s < c.byScript.length; s++) if (c.byScript[s] > c.byScript[top]) top = s;
        String name = SCRIPTS[top].name().toLowerCase(Locale.ROOT).replace('_', ' ');
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return String.format(Locale.ROOT, "unsupported language (%s script, %d%% of letters Latin)",
                name, c.latin * 100L / c.letters);
    }

    /** Null for Ukrainian or Russian; else what the letters say the language is. */
    private static String cyrillic(Counts c) {
        if (c.belarusian > 0 && c.belarusian * 200 >= c.cyrillic) return "looks Belarusian (ў), not Ukrainian or Russian";
        if (c.serbian > 0 && c.serbian * 200 >= c.cyrillic) return "looks Serbian or Macedonian (ј, љ, њ), not Ukrainian or Russian";
        if (c.ukrainian == 0 && c.russian == 0) {
            return c.hardSign > 0 ? "looks Bulgarian (ъ without ы or э), not Ukrainian or Russian"
                    : "neither Ukrainian nor Russian letters (і ї є ґ, ы э ё)";
        }
        return null;
    }

    private static final class Counts {
        int letters, latin, cyrillic, ukrainian, russian, belarusian, serbian, hardSign;
        final int[] byScript = new int[SCRIPTS.length];
    }

    private static Counts count(String body) {
        Counts c = new Counts();
        int n = Math.min(body.length(), SAMPLE);
        for (int i = 0; i < n; ) {
            int cp = body.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            c.letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) c.latin++;
            else c.byScript[script.ordinal()]++;
            if (script != Character.UnicodeScript.CYRILLIC) continue;
            c.cyrillic++;
            switch (Character.toLowerCase(cp)) {
                case 'і', 'ї', 'є', 'ґ' -> c.ukrainian++;
                case 'ы', 'э', 'ё' -> c.russian++;
                case 'ъ' -> { c.hardSign++; c.russian++; }
                case 'ў' -> c.belarusian++;
                case 'ј', 'љ', 'њ', 'ћ', 'ђ', 'џ', 'ѓ', 'ќ', 'ѕ' -> c.serbian++;
                default -> { }
            }
        }
        // Bulgarian writes ъ in many words and never ы or э: ъ alone says Bulgarian, not Russian.
        if (c.hardSign > 0 && c.russian == c.hardSign && c.hardSign * 100 >= c.cyrillic) c.russian = 0;
        return c;
    }
}
