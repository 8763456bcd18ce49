package org.osintkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.extract.Claim.Source;
import org.osintkg.extract.SourceCandidates.Candidate;
import org.osintkg.kb.EntityKind;
import org.osintkg.nlp.AnnotatedText;
import org.osintkg.nlp.Sentence;

/**
 * Finds who a sentence credits: a cue (a reporting verb, "according to", "citing") and its source
 * (the candidate before the verb, or after the phrase), and the outlet a source told. A sentence
 * opening a quotation that a later sentence closes takes the attribution after the closing quote.
 */
final class Attributions {
    static final String VERBS = "said|says|say|told|tells|tell|reported|reports|report|confirmed|confirms|"
            + "confirm|stated|states|announced|announces|claimed|claims|estimated|estimates|warned|warns|noted|notes|"
            + "added|adds|emphasized|emphasised|emphasizes|explained|explains|denied|denies|deny|refuted|refutes|"
            + "dismissed|dismisses|rejected|rejects|disclosed|discloses|stressed|stresses|revealed|reveals|acknowledged|"
            + "acknowledges|insisted|insists|asserted|asserts|alleged|alleges|identified|wrote|writes|posted|assessed|"
            + "assesses|indicated|indicates|suggested|suggests|believes|believed|expected|expects|announcing|saying|"
            + "adding|stating|noting|claiming|warning|explaining|confirming|reporting|denounced|condemned|accused|"
            + "criticized|criticised|estimate|believe|assess|suggest|warn|claim|state|announce|note|stress|reveal|indicate|"
            // Those who count speak for their counts: "Mediazona has collected the names of 160,000".
            + "recorded|documented|counted|tallied|collected|verified|registered|have recorded|has recorded|"
            // A plan is its author's statement: "Shoigu proposed setting up ten new divisions".
            + "proposed|proposes|declared|declares|declaring";
    /** The verb with the auxiliaries and adverbs between it and its subject ("Moscow only acknowledges", "Kyiv quickly denied"). */
    private static final Pattern VERB = Pattern.compile("(?i)\\b(?:has |have |had |also |later |earlier |previously |only |now |"
            + "still |just |again |already |so far |(?-i:\\p{Ll}{2,}ly) )*(?<v>" + VERBS + ")\\b");
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\b(?:according to|(?<=\\bas )reported by|(?<=, )reported by)\\s+"
            + "(?:(?:a|an|the|its|their)\\s+)?"
            // "according to a new investigative report by All Eyes on Wagner": the report's author.
            + "(?:(?:[\\p{Ll}-]+\\s+){0,3}?(?:post|statement|report|video|message|update|release|assessment|estimate|"
            + "investigation|analysis|study|data)s?\\s+(?:\\w+\\s+){0,2}?(?:by|from|of)\\s+)?"
            // "according to Russian state-owned news agency RIA": the agency, past what it is.
            + "(?:(?:[\\p{L}-]+\\s+){0,3}?(?:news\\s+agency|agency|broadcaster|newspaper|daily|tabloid|channel|outlet)\\s+(?=\\p{Lu}))?");
    private static final Pattern CITING = Pattern.compile("(?i)\\bciting\\s+");
    private static final Pattern NEAR = Pattern.compile("(?i)\\b(?:close to|familiar with|near|linked to|affiliated with)\\s+(?:the\\s+)?$");
    private static final Pattern WHO = Pattern.compile("(?i),\\s*(?:who|which)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:" + VERBS + ")\\b");

    private final SourceCandidates candidates;

    Attributions(SourceCandidates candidates) {
        this.candidates = candidates;
    }

    /** The attribution of sentence {@code i}: its own, or the one after the quotation it opens; else null. */
    Attribution of(SentenceView s, AnnotatedText doc, int i, List<Mention> mentions, Discourse discourse) {
        Attribution own = find(s.text(), s.offset(), s.mentions(), discourse);
        return own != null ? own : quotedOn(doc, i, mentions, discourse);
    }

    /**
     * A sentence that opens a quotation closed in a later sentence ("“We saw them. They are digging
     * in,” the commander said.") is the speaker's too: the attribution that follows the closing quote,
     * else null. The quotation may go on over paragraphs that each open it again.
     */
    private Attribution quotedOn(AnnotatedText doc, int i, List<Mention> mentions, Discourse discourse) {
        String body = doc.text();
        List<Sentence> sentences = doc.sentences();
        int depth = quoteBalance(body.substring(sentences.get(i).start(), sentences.get(i).end()));
        if (depth <= 0) return null;
        for (int j = i + 1; j < sentences.size(); j++) {
            Sentence next = sentences.get(j);
            String text = body.substring(next.start(), next.end());
            if (body.substring(sentences.get(j - 1).end(), next.start()).indexOf('\n') >= 0) {
                // A quotation over several paragraphs opens each again and closes only in its last.
                if (!OPENS_QUOTE.matcher(text).lookingAt()) return null;
                depth = 0;
            }
            int close = closingQuote(text, depth);
            depth += quoteBalance(text);
            if (close < 0) continue;
            List<Mention> inSentence = ClaimExtractor.within(mentions, next.start(), next.end());
            Attribution a = find(text, next.start(), inSentence, discourse);
            if (a == null || a.start() < close) return null;
            return new Attribution(a.claimant(), a.citedBy(), a.cue(), -1, -1, a.overrides(), List.of());
        }
        return null;
    }

    private static final Pattern OPENS_QUOTE = Pattern.compile("\\s*[“\"]");

    /** Opening minus closing quotation marks; straight quotes count as opening when their number is odd. */
    static int quoteBalance(String text) {
        int balance = 0;
        int straight = 0;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (ch == '“') balance++;
            else if (ch == '”') balance--;
            else if (ch == '"') straight++;
        }
        return balance + straight % 2;
    }

    /** Where the quotation open since an earlier sentence closes in this one, or -1. */
    static int closingQuote(String text, int depth) {
        int open = depth;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (ch == '“') open++;
            else if (ch == '”' || ch == '"') open--;
            if (open == 0) return k;
        }
        return -1;
    }

    /**
     * The speaker of a number: "according to"/"citing" for the whole sentence; else the nearest
     * person speaking before it ("Singh saying … the Department believes … 10,000"), else the nearest
     * speaker before it, else the sentence's speaker.
     */
    static Attribution forQuantity(String sentence, Quantity q, Attribution attr) {
        if (attr == null || attr.overrides() || attr.verbs().isEmpty()) return attr;
        Attribution person = null;
        Attribution any = null;
        for (Attribution v : attr.verbs()) {
            if (v.end() > q.start()) continue;
            any = v;
            if (v.claimant().mention() != null && v.claimant().mention().kind() == EntityKind.PERSON) person = v;
        }
        // "Guzenko claims 65, while Barabanov's sources say at least 60": a speaker set against the person speaks for itself.
        boolean contrasted = person != null && any != person && CONTRAST.matcher(sentence.substring(person.end(), any.start())).find();
        Attribution chosen = person != null && !contrasted ? person : any;
        if (chosen == null) return attr;
        return new Attribution(chosen.claimant(), attr.citedBy(), chosen.cue(), chosen.start(), chosen.end(), false, List.of());
    }

    private static final Pattern CONTRAST = Pattern.compile("(?i),?\\s+(?:while|whereas|but)\\b|;");

    /** A reporting verb and the candidate it belongs to. */
    private record Verb(Candidate subject, String cue, int start, int end) {}

    /** The sentence's own attribution, or null. */
    Attribution find(String text, int offset, List<Mention> mentions, Discourse discourse) {
        List<int[]> quotes = SourceCandidates.quotes(text);
        List<Candidate> cands = candidates.find(text, offset, mentions, quotes, discourse);
        Candidate according = CueSpans.after(ACCORDING, text, cands);
        Candidate citing = CueSpans.after(CITING, text, cands);
        List<Attribution> verbs = new ArrayList<>();
        Verb first = verbs(text, quotes, cands, discourse, verbs);
        Candidate subject = first == null ? null : first.subject();
        String cue = first == null ? null : first.cue();
        int cueStart = first == null ? -1 : first.start();
        int cueEnd = first == null ? -1 : first.end();
        Source claimant;
        Source citedBy = null;
        if (citing != null) {
            claimant = discourse.resolve(citing);
            Candidate relay = according != null ? according : subject;
            citedBy = relay != null ? discourse.resolve(relay) : null;
            cue = "citing";
            cueStart = Math.min(cueStart < 0 ? citing.start() : cueStart, citing.start());
            cueEnd = Math.max(cueEnd, citing.end());
        } else if (according != null && subject != null && according != subject) {
            if (according.isOutlet()) {
                claimant = discourse.resolve(subject);
                citedBy = discourse.resolve(according);
            } else {
                claimant = discourse.resolve(according);
                citedBy = subject.isOutlet() ? discourse.resolve(subject) : null;
            }
            cueStart = Math.min(cueStart, according.start());
            cueEnd = Math.max(cueEnd, according.end());
        } else if (according != null) {
            claimant = discourse.resolve(according);
            cue = "according to";
            cueStart = according.start() - 13;
            cueEnd = according.end();
        } else if (subject != null) {
            claimant = discourse.resolve(subject);
            citedBy = listener(text, cue, cueEnd, cands, discourse);
        } else if (toldOutlet(text, cands) != null) {
            // "a medical worker told AFP", "sources close to Africa Corps told the BBC": no one named speaks,
            // so the outlet that was told is the source the article has.
            Candidate outlet = toldOutlet(text, cands);
            claimant = discourse.resolve(outlet);
            cue = "told";
            cueStart = outlet.start();
            cueEnd = outlet.end();
        } else {
            Candidate credit = trailingCredit(text, cands);
            if (credit == null) return null;
            claimant = discourse.resolve(credit);
            cue = "credit";
            cueStart = credit.start();
            cueEnd = credit.end();
        }
        if (claimant == null) return null;
        int start = Math.max(0, Math.min(cueStart, subject != null ? subject.start() : cueStart));
        return new Attribution(claimant, citedBy, cue, start, Math.max(cueEnd, start), citing != null || according != null, verbs);
    }

    /** A headline's closing credit: "Ukraine lost over 8,000 soldiers in a week – Russian MOD", "… Ablaze: Governor". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile("(?:\\s[–—-]|:)\\s*+[^–—:.!?\"“”]{2,60}$");

    /** The source a line without a full stop credits at its end after a dash or a colon, or null. */
    private static Candidate trailingCredit(String text, List<Candidate> cands) {
        String line = text.stripTrailing();
        if (line.endsWith(".")) return null;
        Matcher m = TRAILING_CREDIT.matcher(line);
        if (!m.find()) return null;
        for (Candidate c : cands) {
            if (c.start() >= m.start() && c.end() == line.length()
                    && line.substring(m.start(), c.start()).matches("(?:\\s[–—-]|:)\\s*+(?:(?:the|The)\\s+)?")) return c;
        }
        return null;
    }

    /** Every reporting verb outside quotations with a subject; returns the first, collects the resolved ones. */
    private static Verb verbs(String text, List<int[]> quotes, List<Candidate> cands, Discourse discourse,
                              List<Attribution> resolved) {
        Matcher v = VERB.matcher(text);
        Verb first = null;
        while (v.find()) {
            if (SourceCandidates.inside(quotes, v.start("v"))) continue;
            Candidate c = CueSpans.before(text, v.start(), cands);
            // "Sources close to Africa Corps told …": those near a body are not the body.
            if (c != null && NEAR.matcher(text.substring(0, c.start())).find()) c = null;
            Matcher who = WHO.matcher(text);
            if (c == null && who.find() && who.end() >= v.end("v") && who.start() <= v.start("v")) c = CueSpans.endingAt(text, who.start(), cands);
            if (c == null && CueSpans.precededByQuoteOrComma(text, v.start())) {
                Candidate titled = CueSpans.titledPersonAfter(text, v.end(), cands);
                c = titled != null ? titled : CueSpans.startingAt(text, v.end(), cands);
            }
            if (c == null) continue;
            String cue = v.group("v").toLowerCase(Locale.ROOT);
            Source src = discourse.resolve(c);
            if (src != null) resolved.add(new Attribution(src, null, cue, c.start(), v.end("v"), false, List.of()));
            if (first == null) first = new Verb(c, cue, v.start("v"), v.end("v"));
        }
        return first;
    }

    private static final Pattern TOLD = Pattern.compile("(?i)\\b(?:told|tells)\\s+");

    /** The outlet right after an unquoted "told", or null. */
    private static Candidate toldOutlet(String text, List<Candidate> cands) {
        Matcher m = TOLD.matcher(text);
        while (m.find()) {
            Candidate c = CueSpans.startingAt(text, m.end(), cands);
            if (c == null) c = CueSpans.startingAtAfterWords(text, m.end(), cands);
            if (c != null && c.isOutlet()) return c;
        }
        return null;
    }

    /** "told Reuters", "told Japanese broadcaster NHK": the outlet a speaker told, which relays the claim. */
    private static Source listener(String text, String cue, int cueEnd, List<Candidate> cands, Discourse discourse) {
        if (!(cue != null && cue.startsWith("tel") || "told".equals(cue))) return null;
        Candidate listener = CueSpans.startingAt(text, cueEnd, cands);
        if (listener == null) listener = CueSpans.startingAtAfterWords(text, cueEnd, cands);
        return listener != null && listener.isOutlet() ? discourse.resolve(listener) : null;
    }
}
