package org.osintkg.extract.cyrillic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osintkg.extract.Claim;
import org.osintkg.extract.Claim.ClaimType;
import org.osintkg.extract.Claim.Source;
import org.osintkg.extract.Mention;
import org.osintkg.extract.Quantity;
import org.osintkg.kb.EntityKind;
import org.osintkg.nlp.AnnotatedText;
import org.osintkg.nlp.Morphology;
import org.osintkg.nlp.Sentence;
import org.osintkg.nlp.Token;

/**
 * Claims in a Ukrainian or Russian body, in stages as for English but over the language's
 * {@link Lexicon}: the numbers of each sentence and what they count (the type), who says so
 * ({@link Sources}: a source phrase, a reporting verb and its named subject, a headline's
 * "X:" or "— X", or "Про це повідомили X" for the sentences before it), the stance (a denial
 * verb), the force concerned, the place, the hedge and the day it was stated.
 */
public final class CyrillicClaims {
    private final Lexicon lex;
    private final Morphology morphology;
    private final Numbers numbers;
    private final Sources sources;

    public CyrillicClaims(Morphology morphology) {
        this.lex = Lexicon.of(morphology.language());
        this.morphology = morphology;
        this.numbers = new Numbers(lex, morphology);
        this.sources = new Sources(lex, morphology);
    }

    /** One number found, before its source is known. */
    private record Pending(Sentence sentence, Numbers.Num num, String counted, ClaimType type) {}

    public List<Claim> claims(AnnotatedText doc, List<Mention> mentions, LocalDate published) {
        List<Claim> out = new ArrayList<>();
        List<Pending> waiting = new ArrayList<>();
        // Claims given the source named before, which a later "Про це повідомили X" may still claim for X.
        List<Pending> provisional = new ArrayList<>();
        Source current = null;
        Source lastPerson = null;
        String lastCounted = null;
        ClaimType lastType = null;
        for (Sentence s : doc.sentences()) {
            List<Mention> in = within(mentions, s);
            Sources.Found src = sources.find(s, in, current, lastPerson);
            // A source named after numbers that had none ("Об этом сообщило Минобороны") speaks for them.
            // Numbers of an earlier paragraph stay the outlet's unless "Про це повідомили" claims them.
            boolean sameParagraph = !waiting.isEmpty() && !doc.text().substring(waiting.get(waiting.size() - 1).sentence().end(), s.start()).contains("\n");
            if (src != null && (src.backward() || src.source().mention() != null && sameParagraph)) {
                for (Pending p : waiting) out.add(claim(doc, p, src, published, mentions));
                waiting.clear();
            }
            if (src != null && src.backward() && !provisional.isEmpty()) {
                for (Pending p : provisional) {
                    out.removeIf(c -> c.quantity().start() == p.sentence().tokens().get(p.num().from()).start());
                    out.add(claim(doc, p, src, published, mentions));
                }
            }
            if (src != null) provisional.clear();
            if (src != null && !src.source().isOutlet()) current = src.source();
            // The person a later "він", "она" or "депутат" stands for: this sentence's speaker, else its first person.
            if (src != null && src.source().mention() != null && src.source().mention().kind() == EntityKind.PERSON) {
                lastPerson = src.source();
            } else {
                Mention person = in.stream().filter(m -> m.kind() == EntityKind.PERSON).findFirst().orElse(null);
                if (person != null) lastPerson = new Source(person, null);
            }
            List<Numbers.Num> nums = numbers.find(s.tokens());
            for (int k = 0; k < nums.size(); k++) {
                Numbers.Num n = nums.get(k);
                if (isRangeEnd(s.tokens(), nums, k)) continue;
                String counted = counted(s.tokens(), nums, k);
                if (counted == null && (elliptic(s.tokens(), n) || k > 0 && listed(s.tokens(), n))) counted = lastCounted;
                if (counted == null && sufferers(s.tokens(), n)) counted = lex.language().equals("uk") ? "осіб" : "человек";
                if (counted == null) continue;
                ClaimType type = type(counted, s, doc.text(), n);
                lastCounted = counted;
                lastType = type;
                Pending p = new Pending(s, n, counted, type);
                if (src != null) out.add(claim(doc, p, src, published, mentions));
                else if (current != null) {
                    out.add(claim(doc, p, new Sources.Found(current, "", false, false), published, mentions));
                    provisional.add(p);
                }
                else waiting.add(p);
            }
        }
        for (Pending p : waiting) out.add(claim(doc, p, new Sources.Found(Source.OUTLET, "", false, false), published, mentions));
        out.sort(java.util.Comparator.comparingInt(Claim::start));
        return out;
    }

    private Claim claim(AnnotatedText doc, Pending p, Sources.Found src, LocalDate published, List<Mention> all) {
        Sentence s = p.sentence();
        List<Mention> in = within(all, s);
        String text = doc.text().substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        Token first = s.tokens().get(p.num().from());
        Token last = s.tokens().get(p.num().to() - 1);
        Quantity q = new Quantity(p.num().value(), p.num().qualifier(), p.counted(), null, null, first.start(), last.end());
        Mention location = null;
        String about = null;
        for (var d : lex.demonyms().entrySet()) {
            int at = text.indexOf(d.getKey());
            if (at >= 0 && (about == null || d.getValue().endsWith("north-korea"))) about = d.getValue();
        }
        for (Mention m : in) {
            if (m.kind() == EntityKind.COUNTRY && m.kbIri() != null) {
                if (about == null || m.kbIri().endsWith("north-korea")) about = m.kbIri();
            } else if (m.kind().isPlace() && location == null) {
                location = m;
            }
        }
        String hedge = null;
        for (Token t : s.tokens()) if (lex.hedges().contains(t.text().toLowerCase(Locale.ROOT))) { hedge = t.text(); break; }
        return new Claim(s.start(), s.end(), p.type(), src.denies() || sources.denies(s), src.source(), null, q, about,
                location, Dating.statedOn(s, lex, published), null, hedge, src.cue(), src.source().isOutlet() ? 0.5 : 0.8);
    }

    /** The words of the number's clause, from the comma or semicolon before it to the one after it, lower-cased. */
    private static String clause(Sentence s, String body, Numbers.Num n) {
        List<Token> ts = s.tokens();
        int from = n.from();
        while (from > 0 && !Set.of(",", ";").contains(ts.get(from - 1).text())) from--;
        int to = n.to();
        while (to < ts.size() && !Set.of(",", ";").contains(ts.get(to).text())) to++;
        return body.substring(ts.get(from).start(), ts.get(Math.max(from, to - 1)).end()).toLowerCase(Locale.ROOT);
    }

    private static List<Mention> within(List<Mention> mentions, Sentence s) {
        return mentions.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
    }

    /** "від 50 до 100": the 100 closes the range the 50 opened. */
    private boolean isRangeEnd(List<Token> tokens, List<Numbers.Num> nums, int k) {
        if (k == 0) return false;
        Numbers.Num prev = nums.get(k - 1);
        Numbers.Num n = nums.get(k);
        return n.from() == prev.to() + 1 && lex.atMost().contains(tokens.get(prev.to()).text().toLowerCase(Locale.ROOT))
                && prev.from() > 0 && lex.rangeFrom().contains(tokens.get(prev.from() - 1).text().toLowerCase(Locale.ROOT));
    }

    /** What a number counts: a counted noun right after it (adjectives between), after "з N …", or "танки — 9419". */
    private String counted(List<Token> tokens, List<Numbers.Num> nums, int k) {
        Numbers.Num n = nums.get(k);
        String after = nounAfter(tokens, n.to());
        if (after != null) return after;
        int j = n.to();
        String next = j < tokens.size() ? tokens.get(j).text().toLowerCase(Locale.ROOT) : "";
        // "28 з 74 безпілотників", "від 50 до 100 одиниць": the noun after the second number counts the first too.
        if ((lex.ofWords().contains(next) || lex.atMost().contains(next)) && k + 1 < nums.size() && nums.get(k + 1).from() == j + 1) {
            return nounAfter(tokens, nums.get(k + 1).to());
        }
        if (n.from() >= 2 && isDash(tokens.get(n.from() - 1).text())) {
            String before = tokens.get(n.from() - 2).text();
            if (countedType(before) != null) return before;
        }
        return null;
    }

    /** The counted noun after a number, past adjectives and participles only ("десять украинских беспилотников"). */
    private String nounAfter(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + 4; j++) {
            String t = tokens.get(j).text();
            if (!Words.isWord(t)) {
                if (t.equals("-") || t.equals("«") || t.equals("\"")) continue;
                return null;
            }
            if (countedType(t) != null) return t;
            if (!modifier(t)) return null;
        }
        return null;
    }

    private boolean modifier(String word) {
        List<Morphology.Reading> rs = morphology.readings(word.toLowerCase(Locale.ROOT));
        return !rs.isEmpty() && rs.stream().anyMatch(r -> r.tag().startsWith("adj") || r.tag().startsWith("ADJ")
                || r.tag().startsWith("PADJ") || r.tag().contains("&pron") || r.tag().startsWith("ADJ_Pron"));
    }

    /** "два — над Воронежской областью", "27 из них": the count of what the sentence counted last. */
    private boolean elliptic(List<Token> tokens, Numbers.Num n) {
        int j = n.to();
        if (j >= tokens.size()) return false;
        String next = tokens.get(j).text().toLowerCase(Locale.ROOT);
        if (isDash(next) || OVER.contains(next)) return true;
        return n.value() > 1 && j + 1 < tokens.size() && lex.ofWords().contains(next)
                && Set.of("них", "їх").contains(tokens.get(j + 1).text().toLowerCase(Locale.ROOT));
    }

    /** "«Запад» — до 245", "«Центр» — более 405": a dash before a later number of a list goes on counting the same. */
    private boolean listed(List<Token> tokens, Numbers.Num n) {
        int before = n.from() - 1;
        if (before >= 0 && (lex.atMost().contains(tokens.get(before).text().toLowerCase(Locale.ROOT))
                || lex.atLeast().contains(tokens.get(before).text().toLowerCase(Locale.ROOT)))) before--;
        return before >= 0 && isDash(tokens.get(before).text());
    }

    /**
     * "а еще 1000 получили ранения", "44 були ліквідовані", "дев'ятеро здалися в полон": a number
     * followed by what befell people counts people.
     */
    private boolean sufferers(List<Token> tokens, Numbers.Num n) {
        for (int j = n.to(); j < Math.min(tokens.size(), n.to() + 3); j++) {
            String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
            if (!Words.isWord(w)) return false;
            if (SUFFERED.stream().anyMatch(w::startsWith)) return true;
            if (!Set.of("були", "были", "було", "было", "получили", "отримали", "получил", "отримав", "в", "у").contains(w)) return false;
        }
        return false;
    }

    private static final List<String> SUFFERED = List.of("погиб", "загин", "убит", "вбит", "ранен", "поранен", "ранени",
            "ліквідова", "ликвидирова", "уничтожен", "знищен", "здал", "сдал", "потрапил", "попал", "взят", "полон", "плен");

    /** "шесть над Ростовской областью": a count of what the sentence counts, over a place. */
    private static final Set<String> OVER = Set.of("над", "під", "под");

    private static final Set<String> DASHES = Set.of("—", "–", "-");
    private static final List<String> MILITARY = List.of("бригад", "підрозділ", "подразделен", "контингент", "батальйон",
            "батальон", "полк");

    private static boolean isDash(String t) {
        return DASHES.contains(t);
    }

    private ClaimType countedType(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        ClaimType best = null;
        int len = 0;
        for (var e : lex.counted().entrySet()) {
            if (w.startsWith(e.getKey()) && e.getKey().length() > len) {
                best = e.getValue();
                len = e.getKey().length();
            }
        }
        return best;
    }

    /**
     * The counted noun's type, turned by the number's clause first (between commas: "44 окупанти були
     * ліквідовані, вісім — поранені, дев'ятеро здалися в полон"), then by the sentence: losses are
     * casualties, an exchange counts prisoners.
     */
    private ClaimType type(String counted, Sentence s, String body, Numbers.Num n) {
        ClaimType t = countedType(counted);
        if (t == ClaimType.Equipment) return t;
        String clause = clause(s, body, n);
        if (lex.casualtyCues().stream().anyMatch(clause::contains) && lex.prisonerCues().stream().noneMatch(clause::contains)) {
            return ClaimType.Casualties;
        }
        if (lex.prisonerCues().stream().anyMatch(clause::contains) && lex.casualtyCues().stream().noneMatch(clause::contains)) {
            return ClaimType.Prisoners;
        }
        String text = body.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        // "две бригады по 6 тысяч человек": people of units are troops.
        if (MILITARY.stream().anyMatch(text::contains) && lex.casualtyCues().stream().noneMatch(text::contains)
                && lex.prisonerCues().stream().noneMatch(text::contains)) return ClaimType.TroopCount;
        if (lex.prisonerCues().stream().anyMatch(text::contains)) return ClaimType.Prisoners;
        if (lex.casualtyCues().stream().anyMatch(text::contains)) return ClaimType.Casualties;
        if (t == ClaimType.TroopCount && lex.troopCues().stream().noneMatch(text::contains)) return ClaimType.TroopCount;
        return t;
    }
}
