package org.osintkg.kb;

/**
 * Cyrillic names in Latin letters, the way the English-language press spells them, so that a
 * Ukrainian "Буданов", a Russian "Буданов" and an English "Budanov" get one key. Ukrainian follows
 * the national system of 2010 (Cabinet of Ministers resolution 55: Г h, И y, І i, Ї yi/i, Х kh,
 * Щ shch, Є Ю Я ye/yu/ya at the start of a word and ie/iu/ia after it, зг zgh, soft sign and
 * apostrophe dropped); Russian a BGN/PCGN-like table (Г g, Е ye at the start or after a vowel,
 * Ё yo, Ы y, Й y, Э e, soft and hard signs dropped). Other characters pass through.
 */
public final class Transliteration {
    private static final String VOWELS = "аеєиіїоуюяыэё";

    private Transliteration() {}

    /** In Latin letters by the language's table ("uk" or "ru"; any other gives the Russian one). */
    public static String latin(String text, String language) {
        return "uk".equals(language) ? ukrainian(text) : russian(text);
    }

    public static String ukrainian(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char l = Character.toLowerCase(c);
            boolean initial = i == 0 || !Character.isLetter(text.charAt(i - 1)) && !isApostrophe(text.charAt(i - 1));
            String t = switch (l) {
                case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v";
                case 'г' -> i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 'з' ? "gh" : "h";
                case 'ґ' -> "g"; case 'д' -> "d"; case 'е' -> "e";
                case 'є' -> initial ? "ye" : "ie"; case 'ж' -> "zh"; case 'з' -> "z"; case 'и' -> "y"; case 'і' -> "i";
                case 'ї' -> initial ? "yi" : "i"; case 'й' -> initial ? "y" : "i"; case 'к' -> "k"; case 'л' -> "l";
                case 'м' -> "m"; case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s";
                case 'т' -> "t"; case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "kh"; case 'ц' -> "ts"; case 'ч' -> "ch";
                case 'ш' -> "sh"; case 'щ' -> "shch"; case 'ь' -> ""; case 'ю' -> initial ? "yu" : "iu";
                case 'я' -> initial ? "ya" : "ia";
                case '\'', '’', 'ʼ' -> isCyrillicNeighbour(text, i) ? "" : String.valueOf(c);
                // Russian letters in a Ukrainian text (a quoted Russian name) get their Russian values.
                case 'ы' -> "y"; case 'э' -> "e"; case 'ё' -> "yo"; case 'ъ' -> "";
                default -> String.valueOf(c);
            };
            append(b, t, c);
        }
        return b.toString();
    }

    public static String russian(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char l = Character.toLowerCase(c);
            char prev = i == 0 ? ' ' : Character.toLowerCase(text.charAt(i - 1));
            boolean softStart = !Character.isLetter(prev) || VOWELS.indexOf(prev) >= 0 || prev == 'ь' || prev == 'ъ';
            String t = switch (l) {
                case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "g"; case 'д' -> "d";
                case 'е' -> softStart ? "ye" : "e";
                case 'ё' -> "жшчщ".indexOf(prev) >= 0 ? "o" : "yo";
                case 'ж' -> "zh"; case 'з' -> "z"; case 'и' -> "i"; case 'й' -> "y"; case 'к' -> "k"; case 'л' -> "l";
                case 'м' -> "m"; case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s";
                case 'т' -> "t"; case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "kh"; case 'ц' -> "ts"; case 'ч' -> "ch";
                case 'ш' -> "sh"; case 'щ' -> "shch"; case 'ъ', 'ь' -> ""; case 'ы' -> "y"; case 'э' -> "e";
                case 'ю' -> "yu"; case 'я' -> "ya";
                // Ukrainian letters in a Russian text.
                case 'і' -> "i"; case 'ї' -> "yi"; case 'є' -> "ye"; case 'ґ' -> "g";
                default -> String.valueOf(c);
            };
            append(b, t, c);
        }
        return b.toString();
    }

    /** "uk" when the text has a letter only Ukrainian writes (і ї є ґ), else "ru". */
    public static String guess(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("іїєґІЇЄҐ".indexOf(text.charAt(i)) >= 0) return "uk";
        }
        return "ru";
    }

    /** True when a text has a Cyrillic letter. */
    public static boolean isCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.CYRILLIC) return true;
        }
        return false;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static boolean isCyrillicNeighbour(String text, int i) {
        return i > 0 && Character.UnicodeScript.of(text.charAt(i - 1)) == Character.UnicodeScript.CYRILLIC;
    }

    /** Keeps the case of the Cyrillic letter: "Щ" → "Shch", not "SHCH", inside a capitalised word. */
    private static void append(StringBuilder b, String t, char original) {
        if (t.isEmpty()) return;
        if (Character.isUpperCase(original) && Character.isLetter(t.charAt(0))) {
            b.append(Character.toUpperCase(t.charAt(0))).append(t, 1, t.length());
        } else {
            b.append(t);
        }
    }
}
