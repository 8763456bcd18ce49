package org.osintkg.extract.cyrillic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osintkg.kb.EntityKind;
import org.osintkg.nlp.Morphology;

/**
 * KB names matched on lemmas: each word of a name stands for all its lemmas, and a text word
 * matches it when they share one, so "Курської області", "Курську область" and "Курська
 * область" all reach Kursk Oblast. A capitalised name word matches only a capitalised text word
 * ("Суми" the city, not "суми" the sums), an acronym only itself.
 */
final class LemmaGazetteer {
    /** One KB name: its entity and, per word, the lemmas it matches. */
    record Entry(String iri, EntityKind kind, String name, List<Set<String>> words, List<String> surface) {
        boolean matchesWord(int k, String text, Set<String> lemmas) {
            String s = surface.get(k);
            if (Words.allCaps(s)) return s.equals(text);
            if (Words.capitalized(s) && !Words.capitalized(text)) return false;
            for (String l : lemmas) if (words.get(k).contains(l)) return true;
            return false;
        }
    }

    /** A match: the entry and the token range [from, to). */
    record Match(Entry entry, int from, int to) {}

    private final Morphology morphology;
    private final Locale locale;
    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    /** "Сумська" of "Сумська область": the regions a bare adjective names before a plural "областях". */
    private final Map<String, Entry> regionsByAdjective = new HashMap<>();

    LemmaGazetteer(Morphology morphology) {
        this.morphology = morphology;
        this.locale = Locale.forLanguageTag(morphology.language());
    }

    void add(String iri, EntityKind kind, String name) {
        List<String> surface = Words.split(name, locale);
        if (surface.isEmpty()) return;
        List<Set<String>> words = new ArrayList<>();
        for (String w : surface) words.add(lemmas(w));
        Entry e = new Entry(iri, kind, name, words, surface);
        for (String l : words.get(0)) byFirst.computeIfAbsent(l, k -> new ArrayList<>()).add(e);
        if (words.size() == 2 && (words.get(1).contains("область"))) {
            for (String l : words.get(0)) regionsByAdjective.putIfAbsent(l, e);
        }
    }

    /** The lemmas of a word, and the word itself lower-cased. */
    Set<String> lemmas(String word) {
        Set<String> out = new LinkedHashSet<>(morphology.lemmas(word));
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        // "Дніпропетровська" is only a city's genitive to the dictionary, "дніпропетровська" the adjective too.
        if (!lower.equals(word)) out.addAll(morphology.lemmas(lower));
        out.add(lower);
        return out;
    }

    /** The longest KB name starting at token i, or null. */
    Match longestAt(List<String> texts, List<Set<String>> lemmas, int i) {
        Match best = null;
        for (String l : lemmas.get(i)) {
            for (Entry e : byFirst.getOrDefault(l, List.of())) {
                int n = e.words().size();
                if (i + n > texts.size() || (best != null && n <= best.to() - best.from())) continue;
                boolean ok = true;
                for (int k = 0; k < n && ok; k++) ok = e.matchesWord(k, texts.get(i + k), lemmas.get(i + k));
                if (ok) best = new Match(e, i, i + n);
            }
        }
        return best;
    }

    /** The region "X область" for a bare adjective X, or null. */
    Entry regionOfAdjective(String text, Set<String> lemmas) {
        if (!Words.capitalized(text)) return null;
        for (String l : lemmas) {
            Entry e = regionsByAdjective.get(l);
            if (e != null) return e;
        }
        return null;
    }
}
