package org.osintkg.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of names, for matching surface forms against each other and against the KB. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Names() {}

    /** Lower case, accents and periods removed, curly apostrophes straightened, no leading "the". */
    public static String key(String name) {
        return String.join(" ", tokens(name));
    }

    /** The tokens of {@link #key}: "Korean People’s Army" → [korean, people, 's, army]. */
    public static List<String> tokens(String name) {
        String s = fold(name).replace(".", "");
        s = s.replaceAll("'s\\b", " 's").replaceAll("[\\p{Pd}/]", " ").replaceAll("[^\\p{L}\\p{N}' ]", " ");
        List<String> out = new ArrayList<>();
        for (String t : s.strip().split("\\s+")) {
            if (!t.isEmpty() && !t.equals("'")) out.add(spelling(t));
        }
        if (out.size() > 1 && out.get(0).equals("the")) out.remove(0);
        return out;
    }

    /** One token as {@link #tokens} would give it; null for punctuation that matching skips. */
    public static String token(String word) {
        String s = fold(word).replace(".", "");
        if (s.equals("'s") || s.equals("s'")) return "'s";
        s = s.replaceAll("[^\\p{L}\\p{N}]", "");
        return s.isEmpty() ? null : spelling(s);
    }

    /** British and American spellings of the words names are made of compare equal. */
    private static String spelling(String t) {
        return switch (t) {
            case "defence" -> "defense";
            case "centre" -> "center";
            case "organisation" -> "organization";
            case "programme" -> "program";
            default -> t;
        };
    }

    /**
     * A key that romanization variants share: Chernyak/Cherniak, Zelensky/Zelenskyy/Zelenskiy,
     * Andriy/Andrii, Syrskyi/Syrsky, Kharkiv/Kharkov stay apart (KB aliases handle those).
     */
    public static String phonetic(String word) {
        String s = key(word).replace("'", "").replace(" ", "-");
        s = s.replace("kh", "h").replace("ck", "k").replace("ph", "f").replace("w", "v")
                .replace("yi", "i").replace("iy", "i").replace("y", "i")
                .replace("ie", "e").replace("ye", "e");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1)) b.append(c);
        }
        return b.toString();
    }

    /** Lower-cased, accents stripped, typographic apostrophes and dashes made plain. */
    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("");
        return n.replace('’', '\'').replace('‘', '\'').replace('`', '\'').toLowerCase(Locale.ROOT);
    }

    /** "Kharkiv Oblast" → "kharkiv-oblast": the readable part of a minted IRI. */
    public static String slug(String name) {
        // A Cyrillic name would leave nothing readable: it is spelled in Latin letters first.
        if (Transliteration.isCyrillic(name)) name = Transliteration.latin(name, Transliteration.guess(name));
        String s = fold(name).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }

    /** True for an acronym such as "HUR", "U.S." or "OTU". */
    public static boolean isAcronym(String s) {
        String t = s.replace(".", "");
        return t.length() >= 2 && t.length() <= 6 && t.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
