package org.osintkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.osintkg.extract.ClaimAssembly.Findings;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.nlp.AnnotatedText;
import org.osintkg.nlp.Sentence;

/**
 * Finds attributed claims sentence by sentence. The stages, in order, for each sentence:
 * <ol>
 *   <li>{@link ClaimRevisions#announcedBy}: a speaker named after the fact takes over the claims before;</li>
 *   <li>{@link Discourse#readLabel}: a "Source: …" line names the source of its item;</li>
 *   <li>{@link Attributions}: who the sentence credits (cue and source, pronouns and titles resolved), and
 *       {@link ClaimRevisions#ofThis}: a speaker who "announced this" takes over the claims of the sentence before;</li>
 *   <li>{@link Forces}: whose forces it speaks of; {@link Locations}: where;</li>
 *   <li>{@link Stance}: asserts or denies, and hedges; {@link Dating}: when said, when it happened;</li>
 *   <li>{@link Quantities}: the numbers, with what they count;</li>
 *   <li>{@link ClaimAssembly}: the claims, typed by {@link ClaimTypes};</li>
 *   <li>{@link Discourse#after}: what the sentence leaves for the next ones.</li>
 * </ol>
 * Then, over the report, {@link ClaimRevisions#dedupe}. Thread-safe: a {@link Discourse} per report.
 */
public final class ClaimExtractor {
    private final Forces forces;
    private final Attributions attributions;
    private final ClaimAssembly assembly;

    public ClaimExtractor(KnowledgeBase kb) {
        this.forces = new Forces(kb);
        this.attributions = new Attributions(new SourceCandidates(forces));
        this.assembly = new ClaimAssembly(forces);
    }

    public List<Claim> claims(AnnotatedText doc, List<Mention> unordered, LocalDate reportDate) {
        List<Mention> mentions = new ArrayList<>(unordered);
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        List<Claim> out = new ArrayList<>();
        Discourse discourse = new Discourse();
        int previousEnd = -1;
        int previousStart = -1;
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceView s = view(doc, sentences.get(i), mentions, previousEnd);
            ClaimRevisions.announcedBy(s, out, previousStart);
            discourse.readLabel(s);
            Attribution attr = attributions.of(s, doc, i, mentions, discourse);
            ClaimRevisions.ofThis(s, attr, out, previousStart);
            ClaimRevisions.namedAfterRole(s, attr, out, previousStart);
            String about = forces.about(s, attr, discourse.lastAbout);
            Mention location = Locations.of(s, about, attr);
            Stance stance = Stance.of(s.text());
            Dating dating = Dating.of(s.text(), attr, reportDate);
            List<Quantity> quantities = Quantities.find(s.text());
            List<Claim> found = assembly.claims(new Findings(s, attr, about, location, stance, dating, quantities), discourse);
            out.addAll(found);
            discourse.after(s, attr, found);
            previousStart = s.offset();
            previousEnd = s.end();
        }
        return ClaimRevisions.dedupe(ClaimRevisions.betweenOneSource(out, doc.text()));
    }

    private static SentenceView view(AnnotatedText doc, Sentence s, List<Mention> mentions, int previousEnd) {
        String body = doc.text();
        List<Mention> inSentence = within(mentions, s.start(), s.end());
        boolean sameParagraph = s.start() > 0 && body.lastIndexOf('\n', s.start() - 1) < previousEnd;
        return new SentenceView(body, body.substring(s.start(), s.end()), s.start(), s.end(), inSentence, sameParagraph);
    }

    /** The mentions inside [start, end), found by binary search: mentions come in text order, so a long article costs no more per sentence. */
    static List<Mention> within(List<Mention> mentions, int start, int end) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < start) lo = mid + 1;
            else hi = mid;
        }
        List<Mention> out = new ArrayList<>();
        for (int i = lo; i < mentions.size() && mentions.get(i).start() < end; i++) {
            if (mentions.get(i).end() <= end) out.add(mentions.get(i));
        }
        return out;
    }
}
