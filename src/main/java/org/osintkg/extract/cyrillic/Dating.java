package org.osintkg.extract.cyrillic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.osintkg.nlp.Sentence;
import org.osintkg.nlp.Token;

/** The day a claim was stated: the report's date, or the day "вчора", "в понедельник" name before it. */
final class Dating {
    private Dating() {}

    static LocalDate statedOn(Sentence s, Lexicon lex, LocalDate published) {
        if (published == null) return null;
        for (Token t : s.tokens()) {
            String w = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (lex.yesterday().contains(w)) return published.minusDays(1);
            if (lex.today().contains(w)) return published;
            for (var d : lex.weekdays().entrySet()) {
                if (w.startsWith(d.getKey())) {
                    return published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(d.getValue())));
                }
            }
        }
        return published;
    }
}
