package org.osintkg.extract.cyrillic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * Names in a Ukrainian or Russian body, in this order (a token once named is not named again):
 * KB names in the article's language, and the KB's Latin names of organizations ("The War Zone"),
 * on lemmas; bare region adjectives of a list before a plural "областях"; a KB person's surname
 * alone; bodies by their head noun ("Сили оборони", "Державна спеціальна служба транспорту",
 * "Посольство РФ") and units by their ordinal ("437-го навчального полку"); people by capitalised
 * name patterns; settlements after "село", "поселок", "город"; "X район / округ / море"; and
 * places the dictionary knows only as place names.
 */
public final class CyrillicEntities {
    private static final Set<String> DISTRICT = Set.of("район", "округ", "край", "регіон", "регион", "громада", "море");
    private static final Set<String> CITY_WORDS = Set.of("міський", "городской", "муниципальный", "муніципальний");
    private static final Set<String> SETTLEMENT_WORDS = Set.of("село", "селище", "поселок", "посёлок", "город", "місто",
            "хутор", "смт", "пгт", "деревня", "станица", "станиця", "селение");
    private static final Set<String> ORG_HEADS = Set.of("сила", "міністерство", "служба", "штаб", "управління", "рада",
            "фонд", "агентство", "комітет", "посольство", "командування", "департамент", "гвардія", "министерство",
            "управление", "совет", "комитет", "командование", "гвардия", "мид", "мзс", "партія", "партия", "оп");
    private static final Set<String> UNIT_NOUNS = Set.of("полк", "бригада", "дивізія", "батальйон", "корпус", "армія",
            "дивизия", "батальон", "армия", "загін", "отряд", "рота", "флот");
    private static final Set<String> LIST_JOINERS = Set.of(",", "та", "і", "й", "и", "а", "також");
    private final Morphology morphology;
    private final LemmaGazetteer gazetteer;
    private final BaseForms known;
    /** A KB person's surname lemma → the person, for a surname alone. */
    private final Map<String, ReferenceEntity> surnames = new HashMap<>();

    public CyrillicEntities(KnowledgeBase kb, Morphology morphology, BaseForms known) {
        this.morphology = morphology;
        this.known = known;
        this.gazetteer = new LemmaGazetteer(morphology);
        Map<String, List<String>> names = kb.names(morphology.language());
        for (ReferenceEntity e : kb.entities()) {
            for (String n : names.getOrDefault(e.iri(), List.of())) {
                gazetteer.add(e.iri(), e.kind(), n);
                List<String> w = Words.split(n, Locale.ROOT);
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

    public List<Mention> find(AnnotatedText doc) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) new Pass(doc.text(), s, out).run();
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** One sentence's tokens, their lemmas, and which are named already. */
    private final class Pass {
        final String text;
        final List<Token> tokens;
        final List<String> texts;
        final List<Set<String>> lemmas;
        final boolean[] taken;
        final List<Mention> out;

        Pass(String text, Sentence s, List<Mention> out) {
            this.text = text;
            this.tokens = s.tokens();
            this.texts = tokens.stream().map(Token::text).toList();
            this.lemmas = texts.stream().map(gazetteer::lemmas).toList();
            this.taken = new boolean[tokens.size()];
            this.out = out;
        }

        void run() {
            for (int i = 0; i < tokens.size(); i++) {
                LemmaGazetteer.Match m = gazetteer.longestAt(texts, lemmas, i);
                if (m == null) continue;
                add(m.from(), m.to(), m.entry().kind(), m.entry().iri(), false, m.entry().name());
                i = m.to() - 1;
            }
            regionLists();
            for (int i = 0; i < tokens.size(); i++) {
                if (taken[i]) continue;
                int end = kbSurname(i);
                if (end == i) end = organization(i);
                if (end == i) end = unit(i);
                if (end == i) end = person(i);
                if (end == i) end = settlements(i);
                if (end == i) end = district(i);
                if (end == i) end = place(i);
                i = Math.max(i, end - 1);
            }
        }

        private void add(int from, int to, EntityKind kind, String kbIri, boolean weak, String base) {
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            String surface = text.substring(start, end);
            if (base != null) known.put(surface, base);
            out.add(new Mention(start, end, surface, kind, kbIri, weak, -1));
            for (int k = from; k < to; k++) taken[k] = true;
        }

        private boolean cap(int i) {
            return i < tokens.size() && !taken[i] && Words.capitalized(texts.get(i)) && Words.isWord(texts.get(i));
        }

        private boolean has(int i, Set<String> words) {
            return i < tokens.size() && lemmas.get(i).stream().anyMatch(words::contains);
        }

        /** "Сумській, Харківській та Полтавській областях", "областях, як Полтавська, Сумська": every adjective a region. */
        private void regionLists() {
            for (int i = 0; i < tokens.size(); i++) {
                if (!lemmas.get(i).contains("область") || Words.capitalized(texts.get(i))) continue;
                for (int k = i - 1; k >= 0; k--) {
                    if (LIST_JOINERS.contains(texts.get(k).toLowerCase(Locale.ROOT))) continue;
                    if (!tryRegion(k)) break;
                }
                int k = i + 1;
                if (k < tokens.size() && texts.get(k).equals(",")) k++;
                if (k < tokens.size() && Set.of("як", "как", ":").contains(texts.get(k).toLowerCase(Locale.ROOT))) {
                    for (k++; k < tokens.size(); k++) {
                        if (LIST_JOINERS.contains(texts.get(k).toLowerCase(Locale.ROOT))) continue;
                        if (!tryRegion(k)) break;
                    }
                }
            }
        }

        private boolean tryRegion(int k) {
            if (taken[k]) return isRegionAt(tokens.get(k));
            LemmaGazetteer.Entry e = gazetteer.regionOfAdjective(texts.get(k), lemmas.get(k));
            if (e == null) return false;
            add(k, k + 1, e.kind(), e.iri(), false, e.name());
            return true;
        }

        private boolean isRegionAt(Token t) {
            for (Mention m : out) if (m.start() <= t.start() && t.end() <= m.end()) return m.kind() == EntityKind.REGION;
            return false;
        }

        /** "Песков" alone: the KB person of that surname, until the article names another. */
        private int kbSurname(int i) {
            if (!cap(i) || Words.allCaps(texts.get(i))) return i;
            for (String l : lemmas.get(i)) {
                ReferenceEntity e = surnames.get(l);
                if (e != null && !(i + 1 < tokens.size() && cap(i + 1))) {
                    add(i, i + 1, EntityKind.PERSON, e.iri(), true, null);
                    return i + 1;
                }
            }
            return i;
        }

        /** A body by its head noun: capitalised adjectives, the head, then genitive words ("Сили оборони України"). */
        private int organization(int i) {
            if (!cap(i)) return i;
            int head = i;
            while (head < tokens.size() && head < i + 3 && !has(head, ORG_HEADS) && isAdjective(head)) head++;
            if (head >= tokens.size() || !has(head, ORG_HEADS) || taken[head]) return i;
            if (head == i && Words.allCaps(texts.get(i)) && !has(i, Set.of("мид", "мзс", "оп"))) return i;
            int end = head + 1;
            while (end < tokens.size() && end < head + 5 && !taken[end] && Words.isWord(texts.get(end)) && isGenitive(end)) end++;
            if (end == head + 1 && head == i && !Words.allCaps(texts.get(i))) return i;
            add(i, end, EntityKind.ORGANIZATION, null, false, null);
            return end;
        }

        /** "437-го навчального полку", "26-й танковий полк". */
        private int unit(int i) {
            if (!texts.get(i).matches("\\d{1,4}") || i + 2 >= tokens.size() || !texts.get(i + 1).equals("-")) return i;
            int j = i + 3;
            while (j < tokens.size() && j < i + 6 && !has(j, UNIT_NOUNS) && Words.isWord(texts.get(j))) j++;
            if (j >= tokens.size() || !has(j, UNIT_NOUNS)) return i;
            add(i, j + 1, EntityKind.MILITARY_UNIT, null, false, null);
            return j + 1;
        }

        /**
         * A given name the dictionary knows and a capitalised word after it; or a word it knows only as a
         * surname; or two or three capitalised words right after a role ("законодателя Ли Сон Квена",
         * "члена парламента Южной Кореи Ли Сон Гвона"), whatever the dictionary says of each; or one word of
         * a person the article named in full before ("добавил Ли").
         */
        private int person(int i) {
            if (!cap(i) || Words.allCaps(texts.get(i))) return i;
            int afterRole = afterRole(i);
            if (afterRole > i + 1) {
                add(i, afterRole, EntityKind.PERSON, null, false, null);
                return afterRole;
            }
            List<Morphology.Reading> first = morphology.readings(texts.get(i));
            boolean allNames = !first.isEmpty() && first.stream().allMatch(Morphology.Reading::isPersonName);
            if (allNames && first.stream().anyMatch(Morphology.Reading::isGivenName)) {
                int j = i + 1;
                while (j < i + 3 && cap(j) && !Words.allCaps(texts.get(j)) && tokens.get(j).start() == tokens.get(j - 1).end() + 1) j++;
                if (j > i + 1) {
                    add(i, j, EntityKind.PERSON, null, false, null);
                    return j;
                }
            }
            if (allNames && first.stream().noneMatch(Morphology.Reading::isGivenName) && !commonWord(i)) {
                add(i, i + 1, EntityKind.PERSON, null, false, null);
                return i + 1;
            }
            if (!cap(i + 1) && partOfNamedPerson(i)) {
                add(i, i + 1, EntityKind.PERSON, null, false, null);
                return i + 1;
            }
            return i;
        }

        /** The end of the capitalised words from i when a role noun stands within four words before them, else i. */
        private int afterRole(int i) {
            boolean role = false;
            for (int k = i - 1; k >= 0 && k >= i - 4 && !role; k--) {
                if (!Words.isWord(texts.get(k))) break;
                role = !Words.capitalized(texts.get(k)) && (has(k, Sources.ROLES) || has(k, Set.of("член")));
            }
            if (!role) return i;
            // A given name the dictionary knows starts a name the usual rule reads; a place name is no name's word.
            int j = i;
            while (j < i + 3 && cap(j) && !Words.allCaps(texts.get(j)) && (j == i || tokens.get(j).start() == tokens.get(j - 1).end() + 1)
                    && !placeOrLaterGivenName(j, j > i)) j++;
            return j >= i + 2 ? j : i;
        }

        private boolean placeOrLaterGivenName(int j, boolean later) {
            return morphology.readings(texts.get(j)).stream().anyMatch(r -> r.isPlaceName() || later && r.isGivenName());
        }

        /** A capitalised word that is a word of a person of two or more words named before in the article. */
        private boolean partOfNamedPerson(int i) {
            for (Mention m : out) {
                if (m.kind() != EntityKind.PERSON || m.kbIri() != null) continue;
                List<String> words = Words.split(m.text(), Locale.ROOT);
                if (words.size() < 2) continue;
                for (String w : List.of(words.get(0), words.get(words.size() - 1))) {
                    if (w.equals(texts.get(i)) || w.length() > 3 && !java.util.Collections.disjoint(gazetteer.lemmas(w), lemmas.get(i))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** "село Графовка", "сёла Ближняя Игуменка, Журавлевка и хутор Церковный". */
        private int settlements(int i) {
            if (!has(i, SETTLEMENT_WORDS) || Words.capitalized(texts.get(i))) return i;
            int k = i + 1;
            int last = i;
            while (k < tokens.size()) {
                if (!cap(k)) break;
                int end = k + 1;
                while (end < tokens.size() && (cap(end) || texts.get(end).equals("-") && cap(end + 1))) end++;
                add(k, end, EntityKind.SETTLEMENT, null, false, null);
                last = end;
                k = end;
                while (k < tokens.size() && LIST_JOINERS.contains(texts.get(k).toLowerCase(Locale.ROOT))) k++;
                if (k < tokens.size() && has(k, SETTLEMENT_WORDS) && !Words.capitalized(texts.get(k))) k++;
            }
            return Math.max(i, last);
        }

        /** "Дарницькому районі", "Шебекинском городском округе", "Азовским морем", "Шебекинский и Грайворонский округа". */
        private int district(int i) {
            if (!cap(i) || !isAdjective(i)) return i;
            int j = i + 1;
            if (j < tokens.size() && has(j, CITY_WORDS)) j++;
            if (j < tokens.size() && !taken[j] && has(j, DISTRICT) && !Words.capitalized(texts.get(j))) {
                add(i, j + 1, EntityKind.REGION, null, false, null);
                return j + 1;
            }
            // A list of adjectives before a plural district noun: each adjective alone is the district.
            int k = i + 1;
            List<Integer> adjectives = new ArrayList<>(List.of(i));
            while (k < tokens.size() && (LIST_JOINERS.contains(texts.get(k).toLowerCase(Locale.ROOT)) || cap(k) && isAdjective(k))) {
                if (cap(k)) adjectives.add(k);
                k++;
            }
            if (adjectives.size() > 1 && k < tokens.size() && has(k, DISTRICT) && !Words.capitalized(texts.get(k))) {
                for (int a : adjectives) add(a, a + 1, EntityKind.REGION, null, false, null);
                return k + 1;
            }
            return i;
        }

        /** A word the dictionary knows only as a place name, and not as a common word or a person's name. */
        private int place(int i) {
            if (!cap(i) || !"LOCATION".equals(tokens.get(i).ner()) || commonWord(i)) return i;
            if (morphology.readings(texts.get(i)).stream().anyMatch(Morphology.Reading::isPersonName)) return i;
            String base = null;
            for (Morphology.Reading r : morphology.readings(texts.get(i))) if (r.isPlaceName()) { base = r.lemma(); break; }
            add(i, i + 1, EntityKind.PLACE, null, false, base);
            return i + 1;
        }

        /** True when the word, lower-cased, is a common word the dictionary knows ("Станом", "Сили"). */
        private boolean commonWord(int i) {
            String lower = texts.get(i).toLowerCase(Locale.ROOT);
            if (lower.equals(texts.get(i))) return false;
            List<Morphology.Reading> rs = morphology.readings(lower);
            return !rs.isEmpty() && !rs.stream().allMatch(Morphology.Reading::isPersonName);
        }

        private boolean isAdjective(int i) {
            return Words.isWord(texts.get(i)) && morphology.readings(texts.get(i).toLowerCase(Locale.ROOT)).stream()
                    .anyMatch(r -> r.tag().startsWith("adj") || r.tag().startsWith("ADJ"));
        }

        private boolean isGenitive(int i) {
            String t = texts.get(i);
            List<Morphology.Reading> rs = morphology.readings(t);
            if (rs.isEmpty() && !t.equals(t.toLowerCase(Locale.ROOT))) rs = morphology.readings(t.toLowerCase(Locale.ROOT));
            if (rs.isEmpty()) return Words.allCaps(t);
            return rs.stream().anyMatch(r -> r.tag().contains("v_rod") || r.tag().matches(".*:R(:.*)?$")
                    || r.tag().startsWith("NN:Inanim:Neut") && r.lemma().startsWith("мин"));
        }
    }
}
