package org.osintkg.nlp;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ukrainian or Russian text split into sentences and tokens by the JDK's Unicode segmentation
 * ({@link BreakIterator}, UAX #29), with a line end always a sentence break (scraped text puts
 * headlines and captions on lines of their own). A token the dictionary reads as a personal name
 * is tagged {@code PERSON}, a place name {@code LOCATION}; lemmas come from {@link #morphology()}.
 * There is no statistical tagger for these languages here: names come from the dictionary, the
 * KB and capitalised patterns in the extractor.
 */
public final class CyrillicNlp implements Annotator {
    private final Morphology morphology;
    private final Locale locale;

    public CyrillicNlp(Morphology morphology) {
        this.morphology = morphology;
        this.locale = Locale.forLanguageTag(morphology.language());
    }

    public Morphology morphology() {
        return morphology;
    }

    @Override
    public AnnotatedText annotate(String text) {
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator sb = BreakIterator.getSentenceInstance(locale);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd);
            sb.setText(line);
            for (int s = sb.first(), e = sb.next(); e != BreakIterator.DONE; s = e, e = sb.next()) {
                List<Token> tokens = tokens(text, lineStart + s, lineStart + e);
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(sentences.size(), tokens.get(0).start(),
                            tokens.get(tokens.size() - 1).end(), tokens));
                }
            }
            lineStart = lineEnd + 1;
        }
        return new AnnotatedText(text, sentences);
    }

    private List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        BreakIterator wb = BreakIterator.getWordInstance(locale);
        String span = text.substring(from, to);
        wb.setText(span);
        for (int s = wb.first(), e = wb.next(); e != BreakIterator.DONE; s = e, e = wb.next()) {
            String t = span.substring(s, e);
            if (t.isBlank()) continue;
            // UAX #29 keeps "1 150" apart and "Приморсько-Ахтарськ" apart at the hyphen; the extractor joins them.
            out.add(new Token(t, from + s, from + e, tag(t)));
        }
        return joinApostrophes(text, out);
    }

    /** "п’ять", "Кам'янське", "В'ячеслав": the JDK splits at the apostrophe, which is a letter of the word here. */
    private List<Token> joinApostrophes(String text, List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i + 2 < tokens.size() && isLetters(t.text()) && isApostrophe(tokens.get(i + 1).text())
                    && isLetters(tokens.get(i + 2).text()) && tokens.get(i + 1).start() == t.end()
                    && tokens.get(i + 2).start() == tokens.get(i + 1).end()) {
                int end = tokens.get(i + 2).end();
                String word = text.substring(t.start(), end);
                out.add(new Token(word, t.start(), end, tag(word)));
                i += 2;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isApostrophe(String s) {
        return s.equals("'") || s.equals("’") || s.equals("ʼ");
    }

    private static boolean isLetters(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isLetter);
    }

    private String tag(String t) {
        if (!Character.isUpperCase(t.codePointAt(0)) || t.length() < 2) return "O";
        List<Morphology.Reading> rs = morphology.readings(t);
        if (rs.isEmpty()) return "O";
        if (rs.stream().allMatch(Morphology.Reading::isPersonName)) return "PERSON";
        if (rs.stream().anyMatch(Morphology.Reading::isPlaceName)) return "LOCATION";
        if (rs.stream().anyMatch(Morphology.Reading::isPersonName)) return "PERSON";
        return "O";
    }
}
