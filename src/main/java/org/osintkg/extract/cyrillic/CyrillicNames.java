package org.osintkg.extract.cyrillic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osintkg.kb.Transliteration;
import org.osintkg.nlp.Morphology;
import org.osintkg.resolve.NameForms;

/**
 * Base forms and Latin spellings of Ukrainian and Russian names: "Вячеслава Гладкова" →
 * "Вячеслав Гладков" → "Vyacheslav Gladkov" (Russian) and "Кирила Буданова" → "Кирило Буданов"
 * → "Kyrylo Budanov" (Ukrainian national system), so that one person is one key across cases,
 * languages and the English press.
 */
public final class CyrillicNames implements NameForms {
    private static final List<String> DISTRICT = List.of("район", "округ", "край");
    private final Morphology morphology;
    private final Locale locale;
    private final BaseForms known;

    public CyrillicNames(Morphology morphology, BaseForms known) {
        this.morphology = morphology;
        this.known = known;
        this.locale = Locale.forLanguageTag(morphology.language());
    }

    @Override
    public String base(String surface, boolean person) {
        if (!Transliteration.isCyrillic(surface)) return surface;
        String kb = known.get(surface);
        if (kb != null) return kb;
        List<String> words = Words.split(surface, locale);
        if (person) return person(surface, words);
        if (words.size() == 1) {
            for (Morphology.Reading r : morphology.readings(words.get(0))) {
                if (r.isPlaceName()) return Words.capitalize(r.lemma());
            }
            return surface;
        }
        if (words.size() == 2 && Words.capitalized(words.get(0))) {
            List<String> noun = morphology.lemmas(words.get(1));
            for (String d : DISTRICT) {
                if (!noun.contains(d)) continue;
                for (Morphology.Reading r : morphology.readings(words.get(0))) {
                    if (r.isMasculine() && r.lemma().endsWith("й")) return Words.capitalize(r.lemma()) + " " + d;
                }
            }
        }
        return surface;
    }

    /** Each word's name lemma, in the gender of the given name when the name has one. */
    private String person(String surface, List<String> words) {
        if (words.stream().anyMatch(w -> !Words.isWord(w) && !w.equals("-"))) return surface;
        Boolean masculine = null;
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.equals("-")) {
                out.add("-");
                continue;
            }
            List<Morphology.Reading> rs = morphology.readings(w).stream().filter(Morphology.Reading::isPersonName).toList();
            Morphology.Reading pick = null;
            for (Morphology.Reading r : rs) {
                if (masculine == null || (masculine ? r.isMasculine() : r.isFeminine())) {
                    pick = r;
                    break;
                }
            }
            if (pick == null && !rs.isEmpty()) pick = rs.get(0);
            if (pick == null) {
                out.add(w);
                continue;
            }
            if (masculine == null && pick.isGivenName()) masculine = pick.isMasculine();
            out.add(Words.capitalize(pick.lemma()));
        }
        return String.join(" ", out).replace(" - ", "-");
    }

    @Override
    public String latin(String name) {
        return Transliteration.isCyrillic(name) ? Transliteration.latin(name, morphology.language()) : name;
    }
}
