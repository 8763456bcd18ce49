package org.osintkg.extract.cyrillic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osintkg.extract.Mention;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.ReferenceEntity;
import org.osintkg.nlp.AnnotatedText;
import org.osintkg.nlp.Morphology;
import org.osintkg.nlp.Sentence;
import org.osintkg.nlp.Token;

/**
 * Names in a Ukrainian or Russian body: KB names in the article's language (and the KB's Latin
 * names, for outlets quoted as such) on lemmas; bare region adjectives before a plural "областях"
 * ("у Сумській, Харківській та Полтавській областях"); people by capitalised name patterns (a
 * given name the dictionary knows, then a surname; or a word the dictionary only knows as a
 * surname); places the dictionary knows as place names; and "X район / округ" districts.
 */
public final class CyrillicEntities {
    private static final Set<String> DISTRICT = Set.of("район", "округ", "край", "регіон", "регион", "громада");
    private static final Set<String> LIST_JOINERS = Set.of(",", "та", "і", "й", "и", "а", "також");
    private final Morphology morphology;
    private final LemmaGazetteer gazetteer;
    /** A KB person's surname lemma → the person, for a surname alone. */
    private final Map<String, ReferenceEntity> surnames = new HashMap<>();

    public CyrillicEntities(KnowledgeBase kb, Morphology morphology) {
        this.morphology = morphology;
        this.gazetteer = new LemmaGazetteer(morphology);
        Map<String, List<String>> names = kb.names(morphology.language());
        for (ReferenceEntity e : kb.entities()) {
            for (String n : names.getOrDefault(e.iri(), List.of())) {
                gazetteer.add(e.iri(), e.kind(), n);
                List<String> w = Words.split(n, java.util.Locale.ROOT);
                if (e.kind() == EntityKind.PERSON && w.size() >= 2) {
                    for (String l : gazetteer.lemmas(w.get(w.size() - 1))) surnames.putIfAbsent(l, e);
                }
            }
            // Outlets and agencies keep their Latin names in Cyrillic text ("The War Zone", "CNN").
            if (e.kind().isOrganization()) {
                gazetteer.add(e.iri(), e.kind(), e.label());
                for (String a : e.aliases()) if (a.length() > 2) gazetteer.add(e.iri(), e.kind(), a);
            }
        }
    }

    public Morphology morphology() {
        return morphology;
    }

    public List<Mention> find(AnnotatedText doc) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) find(doc.text(), s, out);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private void find(String text, Sentence s, List<Mention> out) {
        List<Token> tokens = s.tokens();
        List<String> texts = tokens.stream().map(Token::text).toList();
        List<Set<String>> lemmas = texts.stream().map(gazetteer::lemmas).toList();
        boolean[] taken = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            LemmaGazetteer.Match m = gazetteer.longestAt(texts, lemmas, i);
            if (m == null) continue;
            out.add(mention(text, tokens, m.from(), m.to(), m.entry().kind(), m.entry().iri(), false));
            for (int k = m.from(); k < m.to(); k++) taken[k] = true;
            i = m.to() - 1;
        }
        regionLists(text, tokens, lemmas, taken, out);
        for (int i = 0; i < tokens.size(); i++) {
            if (taken[i] || !Words.capitalized(texts.get(i)) || Words.allCaps(texts.get(i))) continue;
            int end = person(tokens, taken, i);
            if (end > i) {
                ReferenceEntity kbPerson = end - i == 1 ? surname(lemmas.get(i)) : null;
                out.add(mention(text, tokens, i, end, EntityKind.PERSON, kbPerson == null ? null : kbPerson.iri(),
                        kbPerson != null));
                for (int k = i; k < end; k++) taken[k] = true;
                i = end - 1;
                continue;
            }
            if (i + 1 < tokens.size() && !taken[i + 1] && lemmas.get(i + 1).stream().anyMatch(DISTRICT::contains)
                    && !Words.capitalized(texts.get(i + 1))) {
                out.add(mention(text, tokens, i, i + 2, EntityKind.REGION, null, false));
                taken[i] = taken[i + 1] = true;
                i++;
                continue;
            }
            if ("LOCATION".equals(tokens.get(i).ner()) && !sentenceStartCommonWord(tokens, i)) {
                out.add(mention(text, tokens, i, i + 1, EntityKind.PLACE, null, false));
                taken[i] = true;
            }
        }
    }

    /** "Сумській, Харківській та Полтавській областях": every adjective of the list is a region. */
    private void regionLists(String text, List<Token> tokens, List<Set<String>> lemmas, boolean[] taken, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!lemmas.get(i).contains("область") || Words.capitalized(tokens.get(i).text())) continue;
            // Backwards from "областях", or forwards after "областях, як" / "области:".
            for (int k = i - 1; k >= 0; k--) {
                String t = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
                if (LIST_JOINERS.contains(t)) continue;
                if (!tryRegion(text, tokens, lemmas, taken, k, out)) break;
            }
            int k = i + 1;
            if (k < tokens.size() && tokens.get(k).text().equals(",")) k++;
            if (k < tokens.size() && Set.of("як", "как", ":").contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                for (k++; k < tokens.size(); k++) {
                    String t = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
                    if (LIST_JOINERS.contains(t)) continue;
                    if (!tryRegion(text, tokens, lemmas, taken, k, out)) break;
                }
            }
        }
    }

    private boolean tryRegion(String text, List<Token> tokens, List<Set<String>> lemmas, boolean[] taken, int k,
                              List<Mention> out) {
        if (taken[k]) return gazetteerRegionAt(out, tokens.get(k));
        LemmaGazetteer.Entry e = gazetteer.regionOfAdjective(tokens.get(k).text(), lemmas.get(k));
        if (e == null) return false;
        out.add(mention(text, tokens, k, k + 1, e.kind(), e.iri(), false));
        taken[k] = true;
        return true;
    }

    /** A token already matched as part of "Кіровоградській областях" lets the list go on. */
    private static boolean gazetteerRegionAt(List<Mention> out, Token t) {
        for (Mention m : out) if (m.start() <= t.start() && t.end() <= m.end()) return m.kind() == EntityKind.REGION;
        return false;
    }

    /** The end of a person's name starting at token i, or i when none starts there. */
    private int person(List<Token> tokens, boolean[] taken, int i) {
        List<Morphology.Reading> first = morphology.readings(tokens.get(i).text());
        boolean given = !first.isEmpty() && first.stream().anyMatch(Morphology.Reading::isGivenName)
                && first.stream().allMatch(Morphology.Reading::isPersonName);
        if (given) {
            int j = i + 1;
            while (j < tokens.size() && j < i + 3 && !taken[j] && Words.capitalized(tokens.get(j).text())
                    && Words.isWord(tokens.get(j).text()) && !Words.allCaps(tokens.get(j).text())
                    && tokens.get(j).start() == tokens.get(j - 1).end() + 1) {
                j++;
            }
            if (j > i + 1) return j;
        }
        boolean surnameOnly = !first.isEmpty() && first.stream().allMatch(Morphology.Reading::isPersonName)
                && first.stream().noneMatch(Morphology.Reading::isGivenName);
        return surnameOnly ? i + 1 : i;
    }

    private ReferenceEntity surname(Set<String> lemmas) {
        for (String l : lemmas) {
            ReferenceEntity e = surnames.get(l);
            if (e != null) return e;
        }
        return null;
    }

    /** A sentence's first word the dictionary also knows as a common word is no name. */
    private boolean sentenceStartCommonWord(List<Token> tokens, int i) {
        return i == 0 && !morphology.readings(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT)).isEmpty();
    }

    private static Mention mention(String text, List<Token> tokens, int from, int to, EntityKind kind, String kbIri,
                                   boolean weak) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Mention(start, end, text.substring(start, end), kind, kbIri, weak, -1);
    }
}
