package org.osintkg.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas and grammatical tags of Ukrainian and Russian words, from LanguageTool's morphological
 * dictionaries (VESUM for Ukrainian, AOT for Russian) read by morfologik. A dictionary look-up
 * rather than a statistical lemmatizer: measured on the Cyrillic gold articles (README) it knows
 * about 90% of their words at ~1M words/s, and an unknown word keeps its own form.
 * Thread-safe: each thread gets its own look-up (morfologik's is not thread-safe); load once.
 */
public final class Morphology {
    /** One reading of a word. */
    public record Reading(String lemma, String tag) {
        /** A personal name: a given name, a surname or a patronymic. */
        public boolean isPersonName() {
            return tag.contains("fname") || tag.contains("lname") || tag.contains("pname")
                    || tag.startsWith("NN:Name") || tag.startsWith("NN:Fam") || tag.startsWith("NN:Patr");
        }

        public boolean isGivenName() {
            return tag.contains("fname") || tag.startsWith("NN:Name");
        }

        public boolean isPlaceName() {
            return tag.contains("prop:geo");
        }

        /** Masculine (for choosing "Гладков" over "Гладкова" after a man's given name). */
        public boolean isMasculine() {
            return tag.contains(":m:") || tag.contains("Masc");
        }

        public boolean isFeminine() {
            return tag.contains(":f:") || tag.contains("Fem");
        }
    }

    private final String language;
    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;

    private Morphology(String language, String resource) {
        this.language = language;
        URL url = Morphology.class.getResource(resource);
        if (url == null) throw new IllegalStateException("the " + language + " dictionary is not on the classpath: " + resource);
        try {
            this.dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + language + " dictionary " + resource, e);
        }
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    public static Morphology ukrainian() {
        return new Morphology("uk", "/org/languagetool/resource/uk/ukrainian.dict");
    }

    public static Morphology russian() {
        return new Morphology("ru", "/org/languagetool/resource/ru/russian.dict");
    }

    /** "uk" or "ru". */
    public String language() {
        return language;
    }

    /** Every reading of a word; the Russian dictionary knows words in lower case only, so both are tried. */
    public List<Reading> readings(String word) {
        String w = word.replace('’', '\'').replace('ʼ', '\'');
        List<Reading> out = new ArrayList<>();
        add(out, w);
        String lower = w.toLowerCase(Locale.ROOT);
        if (out.isEmpty() && !lower.equals(w)) add(out, lower);
        if (out.isEmpty() && w.indexOf('ё') >= 0) add(out, lower.replace('ё', 'е'));
        return out;
    }

    private void add(List<Reading> out, String w) {
        for (WordData d : lookup.get().lookup(w)) {
            Reading r = new Reading(d.getStem().toString(), d.getTag() == null ? "" : d.getTag().toString());
            if (!out.contains(r)) out.add(r);
        }
    }

    /** The distinct lemmas of a word, lower-cased; the word itself, lower-cased, when the dictionary does not know it. */
    public List<String> lemmas(String word) {
        List<String> out = new ArrayList<>();
        for (Reading r : readings(word)) {
            String l = r.lemma().toLowerCase(Locale.ROOT);
            if (!out.contains(l)) out.add(l);
        }
        if (out.isEmpty()) out.add(word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\''));
        return out;
    }
}
