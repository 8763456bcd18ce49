package org.osintkg.extract;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.Names;
import org.osintkg.kb.ReferenceEntity;
import org.osintkg.nlp.Token;

/**
 * Finds the KB's names in a token sequence in one pass, longest match first, with a trie over
 * normalized tokens (no regular expression per entry).
 */
public final class Gazetteer {
    // String.matches compiles its pattern on every call; these are compiled once.
    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}]+");
    /** What a name in the trie stands for, and how it is written in the KB. */
    public record Entry(ReferenceEntity entity, String written, boolean weak) {}

    /** A match: tokens [from, to) name the entry. */
    public record Match(int from, int to, Entry entry) {}

    private static final class TrieNode {
        final Map<String, TrieNode> next = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }

    private final TrieNode root = new TrieNode();
    private int size;

    public Gazetteer(KnowledgeBase kb) {
        Map<String, List<ReferenceEntity>> surnames = new HashMap<>();
        for (ReferenceEntity e : kb.entities()) {
            add(e.label(), e, false);
            for (String a : e.aliases()) {
                if (isName(a)) add(a, e, false);
            }
            if (e.kind() == EntityKind.PERSON) {
                List<String> t = Names.tokens(e.label());
                if (t.size() >= 2) surnames.computeIfAbsent(t.get(t.size() - 1), k -> new ArrayList<>()).add(e);
            }
        }
        // A bare surname names a KB person only when no other KB person shares it.
        surnames.forEach((surname, people) -> {
            if (people.size() == 1) {
                ReferenceEntity p = people.get(0);
                List<String> t = Names.tokens(p.label());
                String written = p.label().substring(p.label().lastIndexOf(' ') + 1);
                if (t.get(t.size() - 1).equals(surname)) add(written, p, true);
            }
        });
    }

    public int size() { return size; }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("of", "the", "and", "for", "de", "du",
            "des", "la", "le", "on", "in", "al", "el", "bin", "ibn", "y", "da", "do", "van", "von", "der");

    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("region", "oblast", "province", "krai",
            "district", "raion", "governorate", "oblasts", "regions");

    /**
     * An alias written as a name (capitalized words, acronyms), not a description such as
     * "Ukrainian military" or "South Korean government": the text uses those for groups, not names.
     */
    static boolean isName(String alias) {
        String[] words = alias.split("[\\s-]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || FUNCTION_WORDS.contains(w) || w.startsWith("'") || w.startsWith("’")) continue;
            // "Kursk region", "Donetsk oblast": a name with its lowercase administrative word is still a name.
            if (i > 0 && i == words.length - 1 && PLACE_WORDS.contains(w)) continue;
            int c = w.codePointAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) return false;
        }
        return true;
    }

    private void add(String name, ReferenceEntity e, boolean weak) {
        List<String> tokens = Names.tokens(name);
        if (tokens.isEmpty()) return;
        TrieNode n = root;
        for (String t : tokens) n = n.next.computeIfAbsent(t, k -> new TrieNode());
        for (Entry x : n.entries) {
            if (x.entity().iri().equals(e.iri())) return;
        }
        // An entity whose own label this is goes before those that merely list it as an alias.
        Entry entry = new Entry(e, name, weak);
        if (!weak && e.label().equals(name)) n.entries.add(0, entry);
        else n.entries.add(entry);
        size++;
    }

    /** Longest non-overlapping matches, left to right. */
    public List<Match> find(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = longestAt(tokens, i);
            if (best != null) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private Match longestAt(List<Token> tokens, int from) {
        if (Names.token(tokens.get(from).text()) == null) return null;
        TrieNode n = root;
        Match best = null;
        for (int j = from; j < tokens.size(); j++) {
            String t = Names.token(tokens.get(j).text());
            if (t == null) {
                if (isJoiner(tokens.get(j).text())) continue;
                break;
            }
            n = n.next.get(t);
            if (n == null) break;
            for (Entry e : n.entries) {
                if (caseFits(tokens, from, j + 1, e)) {
                    best = new Match(from, j + 1, e);
                    break;
                }
            }
        }
        return best;
    }

    /** Hyphens and dashes inside a name ("Operational-Tactical") are skipped. */
    private static boolean isJoiner(String s) {
        return DASHES.matcher(s).matches();
    }

    /**
     * Names with capitals match only capitalized text ("US", not "us"); acronyms match exactly
     * (ignoring periods), so the pronoun "us" or the word "un" never becomes a country.
     */
    private static boolean caseFits(List<Token> tokens, int from, int to, Entry e) {
        String first = tokens.get(from).text();
        if (Names.isAcronym(e.written())) {
            StringBuilder surface = new StringBuilder();
            for (int k = from; k < to; k++) surface.append(tokens.get(k).text());
            return surface.toString().replace(".", "").equals(e.written().replace(".", "").replace(" ", ""));
        }
        boolean writtenCapital = !e.written().equals(e.written().toLowerCase());
        if (!writtenCapital) return true;
        return Character.isUpperCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0));
    }
}
