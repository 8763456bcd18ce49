package org.osintkg.extract.cyrillic;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits a name into words as the Cyrillic tokenizer does, so KB names and text tokens line up. */
final class Words {
    private Words() {}

    static List<String> split(String name, Locale locale) {
        List<String> out = new ArrayList<>();
        BreakIterator wb = BreakIterator.getWordInstance(locale);
        wb.setText(name);
        for (int s = wb.first(), e = wb.next(); e != BreakIterator.DONE; s = e, e = wb.next()) {
            String t = name.substring(s, e);
            if (t.isBlank()) continue;
            // As the tokenizer does: an apostrophe between letters belongs to the word ("Об'єднані").
            int n = out.size();
            if (n >= 2 && isWord(t) && Set.of("'", "’", "ʼ").contains(out.get(n - 1)) && isWord(out.get(n - 2))
                    && name.startsWith(out.get(n - 2) + out.get(n - 1) + t, s - out.get(n - 2).length() - 1)) {
                out.set(n - 2, out.get(n - 2) + out.get(n - 1) + t);
                out.remove(n - 1);
                continue;
            }
            out.add(t);
        }
        return out;
    }

    static boolean capitalized(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    static boolean allCaps(String t) {
        return t.length() >= 2 && t.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && t.chars().anyMatch(Character::isLetter);
    }

    static boolean isWord(String t) {
        return !t.isEmpty() && Character.isLetter(t.codePointAt(0));
    }

    static String capitalize(String t) {
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
