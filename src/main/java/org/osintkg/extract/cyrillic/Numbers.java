package org.osintkg.extract.cyrillic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osintkg.extract.Quantity.Qualifier;
import org.osintkg.nlp.Morphology;
import org.osintkg.nlp.Token;

/**
 * Numbers in Ukrainian and Russian text, in digits and in words: "1 150", "11 тисяч", "10 тыс.",
 * "близько трьох тисяч", "понад 200", "півтори тисячі", "п’ятьма десятками", "22,9 млн", with the
 * qualifier the words before them give. Dates, times, years, percentages, ordinals ("23-ї"),
 * increments ("+20") and model names ("БТР-80") are no numbers of things.
 */
final class Numbers {
    /** A number over the token range [from, to). */
    record Num(long value, Qualifier qualifier, int from, int to) {}

    private final Lexicon lex;
    private final Morphology morphology;

    Numbers(Lexicon lex, Morphology morphology) {
        this.lex = lex;
        this.morphology = morphology;
    }

    List<Num> find(List<Token> tokens) {
        List<Num> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Num n = at(tokens, i);
            if (n == null) continue;
            out.add(n);
            i = n.to() - 1;
        }
        return out;
    }

    private Num at(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        double value;
        int j = i + 1;
        if (Character.isDigit(t.charAt(0))) {
            if (!t.matches("\\d+(?:[.,]\\d+)?")) return null;
            if (caseEnding(tokens, i)) {
                return new Num(Long.parseLong(t.replaceAll("[.,].*", "")), qualifier(tokens, i), i, i + 3);
            }
            if (notACount(tokens, i)) return null;
            value = Double.parseDouble(t.replace(',', '.'));
            // "1 150", "729 720": groups of three digits after a space belong to the number.
            while (j < tokens.size() && tokens.get(j).text().matches("\\d{3}") && t.matches("\\d{1,3}")
                    && tokens.get(j).start() == tokens.get(j - 1).end() + 1) {
                value = value * 1000 + Integer.parseInt(tokens.get(j).text());
                j++;
            }
        } else if (SEVERAL.contains(t.toLowerCase(Locale.ROOT)) && j < tokens.size() && multiplier(tokens.get(j).text()) != null) {
            // "несколько сотен", "кілька тисяч": at least two of them, as "several hundred" is.
            value = 2 * multiplier(tokens.get(j).text());
            return new Num((long) value, Qualifier.AT_LEAST, i, j + 1);
        } else if (word(t) == null) {
            Long m = Words.isWord(t) && !Words.capitalized(t) ? multiplier(t) : null;
            if (m == null || m >= 1_000_000 && !t.toLowerCase(Locale.ROOT).startsWith("мил") && !t.toLowerCase(Locale.ROOT).startsWith("міл")) return null;
            boolean one = ONE_OF.contains(t.toLowerCase(Locale.ROOT));
            value = one ? m : 2 * m;
            Long times = j < tokens.size() ? multiplier(tokens.get(j).text()) : null;
            if (times != null && times > m) {
                value *= times;
                j++;
            }
            return new Num((long) value, one ? qualifier(tokens, i) : Qualifier.AT_LEAST, i, j);
        } else {
            Long w = word(t);
            value = w;
            if (isHalfAndOne(t)) value = 1.5;
            while (j < tokens.size()) {
                Long next = word(tokens.get(j).text());
                if (next == null || next >= value || multiplier(tokens.get(j).text()) != null) break;
                value += next;
                j++;
            }
        }
        if (j < tokens.size()) {
            Long m = multiplier(tokens.get(j).text());
            if (m != null) {
                value *= m;
                j++;
                if (j < tokens.size() && tokens.get(j).text().equals(".") ) j++;
            }
        }
        if (value < 1 || value != Math.floor(value)) return null;
        return new Num((long) value, qualifier(tokens, i), i, j);
    }

    private boolean isHalfAndOne(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        return l.equals("півтори") || l.equals("півтора") || l.equals("полтора") || l.equals("полторы");
    }

    /** The value of a number word, or null. */
    private Long word(String t) {
        if (isHalfAndOne(t)) return 1L;
        if (!Words.isWord(t) || Words.capitalized(t) && t.length() > 1 && Words.allCaps(t)) return null;
        for (String l : morphology.lemmas(t)) {
            Long v = lex.numbers().get(l.replace('’', '\''));
            if (v != null) return v;
        }
        return lex.numbers().get(t.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /** "тисячу" is a thousand; "десятки", "сотні", "тысячи" with no number before are at least two of them. */
    private static final Set<String> SEVERAL = Set.of("несколько", "кілька", "декілька");
    private static final Set<String> ONE_OF = Set.of("тисяча", "тисячу", "тысяча", "тысячу", "сотня", "сотню", "десяток");

    private Long multiplier(String t) {
        for (String l : morphology.lemmas(t)) {
            Long v = lex.multipliers().get(l);
            if (v != null) return v;
        }
        return lex.multipliers().get(t.toLowerCase(Locale.ROOT));
    }

    /** A cardinal's case ending ("з понад 60-ма окупантами", "около 30-ти человек"), unlike an ordinal's ("23-ї"). */
    private static final Set<String> CARDINAL_ENDINGS = Set.of("ма", "ти", "ми", "ью", "ох", "ьох", "ех");

    private static boolean caseEnding(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i).text().matches("\\d{1,6}") && tokens.get(i + 1).text().equals("-")
                && tokens.get(i + 1).start() == tokens.get(i).end() && tokens.get(i + 2).start() == tokens.get(i + 1).end()
                && CARDINAL_ENDINGS.contains(tokens.get(i + 2).text().toLowerCase(Locale.ROOT));
    }

    /** Dates ("23 жовтня"), times ("09:30"), years, percentages, ordinals, increments, model names. */
    private boolean notACount(List<Token> tokens, int i) {
        Token tok = tokens.get(i);
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
        String prev = i > 0 ? tokens.get(i - 1).text() : "";
        boolean nextTouches = i + 1 < tokens.size() && tokens.get(i + 1).start() == tok.end();
        boolean prevTouches = i > 0 && tokens.get(i - 1).end() == tok.start();
        // "23.10", "09:30", "1/2"; a full stop that ends the sentence ("— более 405.") leaves the number a count.
        boolean afterNext = i + 2 < tokens.size() && tokens.get(i + 2).start() == tokens.get(i + 1).end();
        if (nextTouches && (next.equals(":") || next.equals("-") || next.equals("/") || next.equals("%") || next.equals(".") && afterNext)) {
            return true;
        }
        if (prevTouches && (prev.equals(":") || prev.equals("+") || prev.equals("-") || prev.equals("/") || prev.equals("№")
                || Words.isWord(prev))) {
            return true;
        }
        if (next.equals("%") || next.startsWith("відсот") || next.startsWith("процент")) return true;
        for (String m : lex.months()) if (next.startsWith(m)) return true;
        int v = tok.text().length() == 4 && tok.text().chars().allMatch(Character::isDigit) ? Integer.parseInt(tok.text()) : 0;
        if (v >= 1900 && v <= 2100) return true;
        return lex.yearWords().contains(next);
    }

    /** "близько", "понад", "до", "більш ніж", "не менее", "від … до" before the number at token i. */
    private Qualifier qualifier(List<Token> tokens, int i) {
        String p1 = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
        String p2 = i > 1 ? tokens.get(i - 2).text().toLowerCase(Locale.ROOT) : "";
        if (lex.rangeFrom().contains(p1)) return Qualifier.AT_LEAST;
        if ((p1.equals("ніж") || p1.equals("чем")) && lex.atLeast().contains(p2)) return Qualifier.AT_LEAST;
        if (p2.equals("не") && (lex.atLeast().contains(p1) || p1.startsWith("менш") || p1.startsWith("менее"))) {
            return p1.startsWith("менш") || p1.startsWith("менее") ? Qualifier.AT_LEAST : Qualifier.AT_MOST;
        }
        if (lex.approximately().contains(p1)) return Qualifier.APPROXIMATELY;
        if (lex.atLeast().contains(p1)) return Qualifier.AT_LEAST;
        if (lex.atMost().contains(p1)) {
            // "від 50 до 100": the upper end of a range the lower end already gave.
            return Qualifier.AT_MOST;
        }
        return Qualifier.EXACTLY;
    }
}
