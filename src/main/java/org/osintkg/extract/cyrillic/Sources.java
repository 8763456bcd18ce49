package org.osintkg.extract.cyrillic;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osintkg.extract.Claim.Source;
import org.osintkg.extract.Mention;
import org.osintkg.kb.EntityKind;
import org.osintkg.nlp.Morphology;
import org.osintkg.nlp.Sentence;
import org.osintkg.nlp.Token;

/**
 * Who a sentence says its numbers come from: the name after a source phrase ("за даними
 * Генштабу", "по словам Гладкова"), the named subject of a reporting verb ("Буданов заявив",
 * "сообщило Минобороны РФ"), a headline's "Генштаб:" or "— Генштаб ЗСУ", a pronoun for the source
 * named before ("за його словами"), or an unnamed body as the text describes it ("в міській
 * військовій адміністрації"). "Про це повідомили …" and "Об этом сообщили …" also speak for the
 * sentences before them.
 */
final class Sources {
    /** A sentence's source; {@code backward} when it also speaks for the numbers before it. */
    record Found(Source source, String cue, boolean backward, boolean denies) {}

    private static final Set<String> GENERIC = Set.of("відомство", "міністерство", "адміністрація", "командування",
            "ведомство", "министерство", "администрация", "командование", "штаб", "розвідка", "разведка", "спецслужба",
            "уряд", "правительство");
    /** "Информацию распространяют украинские СМИ": the press as a speaker, only as the verb's subject. */
    private static final Set<String> MEDIA = Set.of("сми", "змі", "медиа", "медіа");
    /** Personal pronouns that stand for the person named last ("сообщил он", "він додав"). */
    private static final Set<String> HE_SHE = Set.of("він", "вона", "он", "она");
    /** The role nouns a speaker already named is referred to by ("объяснил депутат", "додав міністр"). */
    static final Set<String> ROLES = Set.of("депутат", "законодатель", "министр", "губернатор", "президент",
            "премьер", "спикер", "представитель", "чиновник", "глава", "генерал", "командующий", "посол", "омбудсмен",
            "міністр", "голова", "речник", "представник", "посадовець", "командувач", "очільник", "омбудсман",
            "законодавець", "прем'єр", "генсек", "генсекретарь", "генсекретар");
    private static final Set<String> DASHES = Set.of("—", "–", "-");
    /** The bodies a "в ведомстве" stands for: the ministry named before. */
    private static final Set<String> MINISTRY = Set.of("відомство", "міністерство", "ведомство", "министерство");
    /** "в повідомленні Генштабу", "в заявлении Минобороны", "в пресс-службе": the message or office of a speaker. */
    private static final Set<String> MESSAGE = Set.of("повідомлення", "зведення", "заява", "звіт", "сообщение", "заявление",
            "сводка", "отчет", "отчёт", "служба", "канал", "телеграм-канал", "брифінг", "брифинг", "інтерв'ю", "интервью",
            "коментар", "комментарий", "ефір", "эфир", "дописи", "допис", "звернення", "обращение");
    private static final Set<String> POSSESSIVES = Set.of("його", "її", "его", "ее", "её");
    private final Lexicon lex;
    private final Morphology morphology;

    Sources(Lexicon lex, Morphology morphology) {
        this.lex = lex;
        this.morphology = morphology;
    }

    /** The sentence's source, or null when it names none. */
    Found find(Sentence s, List<Mention> in, Source current, Source lastPerson) {
        List<Token> tokens = s.tokens();
        boolean back = startsWith(tokens, 0, lex.backReferences()) > 0;
        boolean denies = denies(s);
        for (int i = 0; i < tokens.size(); i++) {
            int len = startsWith(tokens, i, lex.sourcePhrases());
            if (len == 0) continue;
            int after = i + len;
            if (after < tokens.size() && lex.pronouns().contains(lower(tokens.get(after)))) {
                // "за його словами": his words, the person named before; "их" may be any source.
                Source who = POSSESSIVES.contains(lower(tokens.get(after))) && lastPerson != null ? lastPerson : current;
                if (who != null) return new Found(who, phrase(tokens, i, after), back, denies);
                continue;
            }
            Mention m = firstSourceFrom(in, tokens, after, 3, false, false);
            if (m == null) m = metonymAt(in, tokens, after);
            if (m != null && isCiting(tokens, i)) {
                // "Об этом заявил депутат Ли, сообщает РБК со ссылкой на Reuters": the agency relays the person.
                Mention speaker = personSpeaking(tokens, in, i);
                if (speaker != null) m = speaker;
            }
            if (m != null) return new Found(new Source(m, null), phrase(tokens, i, after), back, denies);
            // "за даними розвідки Південної Кореї": an unnamed body right after the phrase.
            int g = bodyAfter(tokens, in, after);
            if (g >= 0 && (ofPlace(tokens, g, in) || known(tokens, g, current) != null)) {
                return new Found(body(tokens, g, in, current), phrase(tokens, i, after), back, denies);
            }
        }
        Found headline = headline(tokens, in, denies);
        if (headline != null) return headline;
        for (int i = 0; i < tokens.size(); i++) {
            if (!isReportVerb(tokens.get(i).text())) continue;
            // "…, сообщает Минобороны": after a comma or a dash the speaker follows the verb.
            boolean inverted = i > 0 && Set.of(",", "—", "–", "-", "»", "\"", "”").contains(tokens.get(i - 1).text());
            // "сообщил он", "він додав", "объяснил депутат": the person named last, not a name further on.
            if (lastPerson != null && (isAt(tokens, i + 1, HE_SHE) || isAt(tokens, i - 1, HE_SHE)
                    || role(tokens, i + 1, in) || !inverted && role(tokens, i - 1, in))) {
                return new Found(lastPerson, tokens.get(i).text(), back, denies);
            }
            // "…, заявили в разведке Южной Кореи": an unnamed body right after an inverted verb.
            int media = mediaNextTo(tokens, in, i);
            if (media >= 0) return new Found(describe(tokens, media, in), tokens.get(i).text(), back, denies);
            int body = inverted ? bodyAfter(tokens, in, i + 1) : -1;
            if (body >= 0) return new Found(body(tokens, body, in, current), tokens.get(i).text(), back, denies);
            Mention m = back || inverted ? null : lastSourceBefore(in, tokens, i);
            if (m == null) m = firstSourceFrom(in, tokens, i + 1, 12, true, true);
            if (m == null) m = lastSourceBefore(in, tokens, i);
            if (m != null) return new Found(new Source(m, null), tokens.get(i).text(), back, denies);
            int g = generic(tokens, in);
            if (g >= 0) return new Found(body(tokens, g, in, current), tokens.get(i).text(), back, denies);
            // "Він додав", "Как уточняется": a verb without a named subject goes on with the source named before.
            if (current != null) return new Found(current, tokens.get(i).text(), back, denies);
        }
        return null;
    }

    boolean denies(Sentence s) {
        for (Token t : s.tokens()) {
            for (String l : morphology.lemmas(t.text())) if (lex.denyVerbs().contains(l)) return true;
        }
        return false;
    }

    private boolean isReportVerb(String word) {
        if (!Words.isWord(word)) return false;
        for (String l : morphology.lemmas(word)) {
            if (lex.reportVerbs().contains(l) || lex.denyVerbs().contains(l)) return true;
        }
        return false;
    }

    /** "Генштаб: …" or "… — Повітряні сили ЗСУ". */
    private Found headline(List<Token> tokens, List<Mention> in, boolean denies) {
        for (Mention m : in) {
            if (!canSpeak(m)) continue;
            int end = indexAfter(tokens, m.end());
            if (m.start() == tokens.get(0).start() && end < tokens.size() && tokens.get(end).text().equals(":")) {
                return new Found(new Source(m, null), ":", false, denies);
            }
            int start = indexAt(tokens, m.start());
            if (start > 0 && DASHES.contains(tokens.get(start - 1).text()) && (end >= tokens.size()
                    || end == tokens.size() - 1 && !Words.isWord(tokens.get(end).text()))) {
                return new Found(new Source(m, null), tokens.get(start - 1).text(), false, denies);
            }
        }
        return null;
    }

    /** The first word naming an unnamed body ("адміністрації", "ведомстве") outside every name, or -1. */
    private int generic(List<Token> tokens, List<Mention> in) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (in.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end())) continue;
            if (morphology.lemmas(t.text()).stream().anyMatch(GENERIC::contains)) return i;
        }
        return -1;
    }

    /**
     * An unnamed body at token g: the source named before when the words stand for it ("у відомстві"
     * after a ministry, "в разведке" after "разведке Южной Кореи"), else the body as the text words it.
     */
    private Source body(List<Token> tokens, int g, List<Mention> in, Source current) {
        Source owner = owner(tokens, g, in);
        if (owner != null) return owner;
        if (!ofPlace(tokens, g, in)) {
            Source same = known(tokens, g, current);
            if (same != null) return same;
        }
        return describe(tokens, g, in);
    }

    /**
     * "командування Десантно-штурмових військ Збройних сил України", "штаб Сил оборони": the body
     * whose command or staff speaks, by its name after the head word (a name found, else the
     * capitalised words as written); null when no name follows.
     */
    private Source owner(List<Token> tokens, int g, List<Mention> in) {
        if (g + 1 >= tokens.size()) return null;
        Token next = tokens.get(g + 1);
        for (Mention m : in) {
            if (m.start() == next.start() && canSpeak(m)) return new Source(m, null);
        }
        if (!Words.capitalized(next.text()) || !Words.isWord(next.text())) return null;
        if (in.stream().anyMatch(m -> m.start() == next.start() && m.kind().isPlace())) return null;
        // The name as written, with the lower-case words inside it ("Десантно-штурмових військ Збройних сил України").
        int to = g + 1;
        for (int k = g + 1; k < Math.min(tokens.size(), g + 8); k++) {
            String t = tokens.get(k).text();
            if (!Words.isWord(t)) break;
            boolean inside = Words.capitalized(t) || k + 1 < tokens.size() && Words.capitalized(tokens.get(k + 1).text())
                    && Words.isWord(tokens.get(k + 1).text());
            if (!inside) break;
            if (Words.capitalized(t)) to = k + 1;
        }
        StringBuilder b = new StringBuilder();
        for (int k = g + 1; k < to; k++) b.append(k > g + 1 ? " " : "").append(tokens.get(k).text());
        String name = b.toString();
        return new Source(null, name.toLowerCase(Locale.ROOT), name);
    }

    private boolean ofPlace(List<Token> tokens, int g, List<Mention> in) {
        return g + 1 < tokens.size() && in.stream().anyMatch(m -> m.start() == tokens.get(g + 1).start() && m.kind().isPlace());
    }

    /** The source named before, when the body word at g stands for it; else null. */
    private Source known(List<Token> tokens, int g, Source current) {
        if (current == null || current.isOutlet()) return null;
        List<String> lemmas = morphology.lemmas(tokens.get(g).text());
        if (current.mention() != null) {
            return current.mention().kind().isOrganization() && lemmas.stream().anyMatch(MINISTRY::contains) ? current : null;
        }
        String head = current.described().split("\\s+")[0];
        return lemmas.stream().anyMatch(morphology.lemmas(head)::contains) ? current : null;
    }

    /** "в міській військовій адміністрації", "в разведке Южной Кореи": an unnamed body, as the text words it. */
    private Source describe(List<Token> tokens, int i, List<Mention> in) {
        int to = i;
        if (i + 1 < tokens.size()) {
            for (Mention m : in) {
                if (m.start() == tokens.get(i + 1).start() && m.kind().isPlace()) to = indexAt(tokens, m.end() - 1);
            }
        }
        if (to > i) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k <= to; k++) b.append(k > i ? " " : "").append(tokens.get(k).text());
            return new Source(null, b.toString().toLowerCase(Locale.ROOT), b.toString());
        }
        {
            int from = i;
            while (from > 0 && from > i - 2 && Words.isWord(tokens.get(from - 1).text())
                    && !Words.capitalized(tokens.get(from - 1).text())
                    && morphology.readings(tokens.get(from - 1).text()).stream().anyMatch(r -> r.tag().startsWith("adj")
                            || r.tag().startsWith("ADJ"))) {
                from--;
            }
            StringBuilder b = new StringBuilder();
            for (int k = from; k <= i; k++) b.append(k > from ? " " : "").append(tokens.get(k).text());
            String described = b.toString();
            return new Source(null, described.toLowerCase(Locale.ROOT), described);
        }
    }

    /** "СМИ" right after the verb or right before it, past one adjective ("украинские СМИ сообщили"), or -1. */
    private static int mediaNextTo(List<Token> tokens, List<Mention> in, int verb) {
        for (int k : new int[] {verb + 1, verb + 2, verb - 1}) {
            if (k < 0 || k >= tokens.size()) continue;
            Token t = tokens.get(k);
            if (MEDIA.contains(lower(t)) && in.stream().noneMatch(m -> m.start() <= t.start() && t.end() <= m.end())) return k;
        }
        return -1;
    }

    private static boolean isCiting(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && Set.of("ссылкой", "посиланням").contains(lower(tokens.get(i + 1)));
    }

    /** A person named as the subject of a reporting verb before token {@code end}, or null. */
    private Mention personSpeaking(List<Token> tokens, List<Mention> in, int end) {
        for (int v = 0; v < end; v++) {
            if (!isReportVerb(tokens.get(v).text())) continue;
            Mention m = firstSourceFrom(in, tokens, v + 1, 12, true, true);
            if (m != null && m.kind() == EntityKind.PERSON && m.end() <= tokens.get(end).start()) return m;
            m = lastSourceBefore(in, tokens, v);
            if (m != null && m.kind() == EntityKind.PERSON) return m;
        }
        return null;
    }

    private static boolean isAt(List<Token> tokens, int i, Set<String> words) {
        return i >= 0 && i < tokens.size() && words.contains(lower(tokens.get(i)));
    }

    /** A bare role noun at token i, outside every name ("депутат", not "депутат Ли Сон Гвон"). */
    private boolean role(List<Token> tokens, int i, List<Mention> in) {
        if (i < 0 || i >= tokens.size() || !Words.isWord(tokens.get(i).text()) || Words.capitalized(tokens.get(i).text())) return false;
        if (morphology.lemmas(lower(tokens.get(i))).stream().noneMatch(ROLES::contains)) return false;
        int next = i + 1;
        if (next < tokens.size() && (Words.capitalized(tokens.get(next).text()) || in.stream().anyMatch(m -> m.start() == tokens.get(next).start()))) {
            return false;
        }
        return true;
    }

    /** The unnamed body within two words after token i ("в разведке", "у розвідці"), or -1. */
    private int bodyAfter(List<Token> tokens, List<Mention> in, int i) {
        for (int k = i; k < Math.min(tokens.size(), i + 2); k++) {
            Token t = tokens.get(k);
            if (in.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end())) return -1;
            if (morphology.lemmas(t.text()).stream().anyMatch(GENERIC::contains)) return k;
            if (!Set.of("в", "у", "во").contains(lower(t))) return -1;
        }
        return -1;
    }

    /** A country or capital named right at token i, speaking for its government ("за інформацією Сеула"). */
    private static Mention metonymAt(List<Mention> in, List<Token> tokens, int i) {
        if (i >= tokens.size()) return null;
        for (Mention m : in) {
            if (m.start() == tokens.get(i).start() && m.kbIri() != null
                    && (m.kind() == EntityKind.COUNTRY || m.kind() == EntityKind.SETTLEMENT)) return m;
        }
        return null;
    }

    private static boolean canSpeak(Mention m) {
        return m.kind() == EntityKind.PERSON || m.kind().isOrganization();
    }

    /**
     * The speaker after a verb: a person in reach first ("повідомив керівник ГУР Кирило Буданов"), else
     * the first body that is not a noun's possessor ("дроны ВСУ", "беспилотников Вооруженных сил").
     */
    private Mention firstSourceFrom(List<Mention> in, List<Token> tokens, int from, int within, boolean preferPerson,
                                    boolean afterVerb) {
        if (from >= tokens.size()) return null;
        int limit = tokens.get(Math.min(tokens.size() - 1, from + within)).end();
        int start = tokens.get(from).start();
        if (preferPerson) {
            for (Mention m : in) {
                if (m.start() >= start && m.start() <= limit && m.kind() == EntityKind.PERSON) return m;
            }
        }
        for (Mention m : in) {
            if (m.start() >= start && m.start() <= limit && canSpeak(m) && !(afterVerb && possessor(tokens, m))) return m;
        }
        return null;
    }

    /** A name right after a common noun is that noun's owner, not a speaker. */
    private boolean possessor(List<Token> tokens, Mention m) {
        int k = indexAt(tokens, m.start());
        if (k == 0) return false;
        String prev = tokens.get(k - 1).text();
        if (!Words.isWord(prev) || Words.capitalized(prev)) return false;
        List<Morphology.Reading> rs = morphology.readings(prev);
        if (rs.stream().anyMatch(r -> MESSAGE.contains(r.lemma().toLowerCase(Locale.ROOT)))) return false;
        return !rs.isEmpty() && rs.stream().allMatch(r -> r.tag().startsWith("noun") || r.tag().startsWith("NN"))
                && rs.stream().noneMatch(r -> r.tag().contains("v_naz") && r.tag().contains("anim:"));
    }

    /**
     * The nearest named speaker before the verb in the same clause (no quotation between); a country
     * or capital only right before it ("Москва офіційно називала").
     */
    private static Mention lastSourceBefore(List<Mention> in, List<Token> tokens, int verb) {
        Mention best = null;
        int verbStart = tokens.get(verb).start();
        for (Mention m : in) {
            boolean metonym = (m.kind() == EntityKind.COUNTRY || m.kind() == EntityKind.SETTLEMENT) && m.kbIri() != null
                    && verb - indexAt(tokens, m.end() - 1) <= 3;
            if (m.end() <= verbStart && (canSpeak(m) || metonym)) best = m;
        }
        if (best == null) return null;
        boolean metonym = best.kind() == EntityKind.COUNTRY || best.kind() == EntityKind.SETTLEMENT;
        for (int k = indexAt(tokens, best.end() - 1) + 1; k < verb; k++) {
            String t = tokens.get(k).text();
            if (t.equals("«") || t.equals("»") || t.equals("\"") || t.equals("“") || t.equals("”") || t.equals(".")) return null;
            // "отправила в Россию, как считала разведка": a place before a comma is no subject of the verb.
            if (metonym && !Words.isWord(t)) return null;
        }
        return verb - indexAt(tokens, best.end() - 1) <= 6 ? best : null;
    }

    private static int indexAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) return i;
        return 0;
    }

    private static int indexAfter(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).start() >= offset) return i;
        return tokens.size();
    }

    /** The length of the phrase of the list that starts at token i, in tokens; 0 when none does. */
    private static int startsWith(List<Token> tokens, int i, List<List<String>> phrases) {
        int best = 0;
        for (List<String> p : phrases) {
            if (i + p.size() > tokens.size() || p.size() <= best) continue;
            boolean ok = true;
            for (int k = 0; k < p.size() && ok; k++) ok = lower(tokens.get(i + k)).equals(p.get(k));
            if (ok) best = p.size();
        }
        return best;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(k > from ? " " : "").append(tokens.get(k).text());
        return b.toString();
    }
}
