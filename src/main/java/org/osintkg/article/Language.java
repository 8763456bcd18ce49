package org.osintkg.article;

import java.util.Locale;

/**
 * A cheap guard for the extractor, which handles English: a body whose letters are mostly not
 * Latin (Cyrillic, CJK, Arabic…) is refused, as is a body without letters. Only the first
 * {@value #SAMPLE} characters are looked at.
 */
final class Language {
    static final int SAMPLE = 100_000;
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    private Language() {}

    /** Null when the body is in Latin letters; else the reason to refuse it. */
    static String refusal(String body) {
        int letters = 0;
        int latin = 0;
        int[] byScript = new int[SCRIPTS.length];
        int n = Math.min(body.length(), SAMPLE);
        for (int i = 0; i < n; ) {
            int cp = body.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) latin++;
            else byScript[script.ordinal()]++;
        }
        if (letters == 0) return "no article text (no letters)";
        if (latin * 2 >= letters) return null;
        int top = 0;
        for (int s = 1; s < byScript.length; s++) if (byScript[s] > byScript[top]) top = s;
        String name = SCRIPTS[top].name().toLowerCase(Locale.ROOT).replace('_', ' ');
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return String.format(Locale.ROOT, "unsupported language (%s script, %d%% of letters Latin)",
                name, latin * 100L / letters);
    }
}
