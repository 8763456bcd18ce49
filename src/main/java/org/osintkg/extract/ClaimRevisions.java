package org.osintkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.osintkg.extract.Claim.Source;
import org.osintkg.kb.EntityKind;

/** Revisions over the claims found so far: a speaker named after the fact, and the same claim said twice. */
final class ClaimRevisions {
    private ClaimRevisions() {}

    /**
     * "The announcement was made on December 3 by Andriy Chernyak", "This was reported by …", "journalists
     * were informed by …", "This follows from a statement by …": who made the statement the previous
     * sentence reported.
     */
    private static final Pattern ANNOUNCED_BY = Pattern.compile("(?i)^\\s*(?:(?:the|this|that)\\s+(?:announcement|statement|"
            + "confirmation|claim|assessment|estimate|disclosure)\\s+(?:was|were|had been)\\s+(?:made|issued|given|released|"
            + "delivered)|(?:this|it|that)\\s+(?:was|has been|had been|is)\\s+(?:\\p{Ll}+ly\\s+)?(?:announced|reported|stated|"
            + "said|confirmed|disclosed|revealed|made public|posted)"
            // "journalists were informed by the ministry", "This follows from a statement by …", "That's the latest report from …"
            + "|.*?\\b(?:were|was|have been|has been|had been)\\s+(?:informed|told|briefed|notified)"
            + "|(?:this|that|it)(?:['’]s|\\s+is|\\s+was|\\s+follows|\\s+comes|\\s+came)\\b[^.]{0,60}?\\b(?:statement|report|"
            + "post|message|update|data|figures|information|briefing)s?)\\b[^.]*?\\b(?:by|from|of)\\s+(?:\\p{Ll}+\\s+){0,4}$");
    /** "President Volodymyr Zelensky announced this on Facebook": the speaker of what the sentence before said. */
    private static final Pattern OF_THIS = Pattern.compile("(?i)\\b(?:announced|said|reported|stated|wrote|posted|noted|"
            + "confirmed|disclosed|revealed|declared|informed about|spoke about|told about)\\s+(?:this|it)\\b"
            + "(?!\\s+(?:is|was|will|would|has|had|must|should|could|may)\\b)");

    /**
     * A sentence naming who made the statement before it ("The announcement was made … by X") makes
     * X the claimant of that statement's claims where the text had credited only a country or the outlet.
     */
    static void announcedBy(SentenceView s, List<Claim> out, int previousStart) {
        if (previousStart < 0) return;
        for (Mention m : s.mentions()) {
            if (m.kind() != EntityKind.PERSON && !m.kind().isOrganization()) continue;
            if (!ANNOUNCED_BY.matcher(s.text().substring(0, m.start() - s.offset())).find()) continue;
            Source speaker = new Source(m, null);
            out.replaceAll(c -> c.start() >= previousStart && stateOrOutlet(c.claimant())
                    ? new Claim(c.start(), c.end(), c.type(), c.denies(), speaker, c.citedBy(), c.quantity(), c.aboutIri(),
                            c.location(), c.statedOn(), c.eventDate(), c.hedge(), c.cue(), c.confidence())
                    : c);
            return;
        }
    }

    /**
     * A sentence whose speaker says "this" of what the sentence before stated ("X announced this on
     * Telegram, Ukrinform reports") makes X the claimant of that sentence's claims where the text
     * had credited only a country or the outlet.
     */
    static void ofThis(SentenceView s, Attribution attr, List<Claim> out, int previousStart) {
        if (attr == null || previousStart < 0 || attr.claimant() == null || attr.claimant().isOutlet()) return;
        if (!OF_THIS.matcher(s.text()).find()) return;
        Source speaker = attr.claimant();
        out.replaceAll(c -> c.start() >= previousStart && c.start() < s.offset() && stateOrOutlet(c.claimant())
                ? new Claim(c.start(), c.end(), c.type(), c.denies(), speaker, attr.citedBy(), c.quantity(), c.aboutIri(),
                        c.location(), c.statedOn(), c.eventDate(), c.hedge(), attr.cue(), c.confidence())
                : c);
    }

    /** The roles a person is first described by before the next sentence names them. */
    private static final Pattern PERSON_ROLE = Pattern.compile("(?i)\\b(?:governor|mayor|spokes(?:person|man|woman)|head|chief|"
            + "minister|commander|president|prosecutor|ombudsman|envoy|ambassador|official)$");

    /**
     * "… injuring a dozen people, according to the regional governor. Ivan Fedorov announced via
     * Telegram …": a role credited in one sentence and a person of that role speaking at the start of
     * the next are one source, the person, when the text names no other.
     */
    static void namedAfterRole(SentenceView s, Attribution attr, List<Claim> out, int previousStart) {
        if (attr == null || previousStart < 0 || attr.claimant() == null || attr.claimant().mention() == null) return;
        Mention m = attr.claimant().mention();
        if (m.kind() != EntityKind.PERSON || m.start() < s.offset() || m.start() - s.offset() > s.text().length()) return;
        if (!s.text().substring(0, m.start() - s.offset()).isBlank()) return;
        Source person = attr.claimant();
        out.replaceAll(c -> c.start() >= previousStart && c.start() < s.offset() && c.claimant().mention() == null
                && c.claimant().anonymous() != null && PERSON_ROLE.matcher(c.claimant().anonymous()).find()
                ? new Claim(c.start(), c.end(), c.type(), c.denies(), person, c.citedBy(), c.quantity(), c.aboutIri(),
                        c.location(), c.statedOn(), c.eventDate(), c.hedge(), c.cue(), c.confidence())
                : c);
    }

    private static boolean stateOrOutlet(Source s) {
        return s.isOutlet() || (s.mention() != null && s.mention().kind() == EntityKind.COUNTRY);
    }

    /** The same number of the same kind said twice in one report by the same source (or once by the outlet) is one claim. */
    /** How far apart two claims of one source may be for the unattributed claims between them to be its too. */
    private static final int BETWEEN_ONE_SOURCE = 1500;

    /**
     * An unattributed number between two claims of one source, a few paragraphs apart at most, is that
     * source's too: a summary of a report goes on paraphrasing it ("according to a new analysis by
     * CSIS … Since January 2024 Russia has lost over 1,800 tanks … The report notes …"); {@code body} is
     * the text the claims' offsets index.
     */
    static List<Claim> betweenOneSource(List<Claim> claims, String body) {
        List<Claim> out = new ArrayList<>(claims);
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            if (!c.claimant().isOutlet() || c.quantity() == null) continue;
            // What the reporter dates from their own day ("last month") is their background, as in ClaimAssembly.
            if (Dating.fromReporterDay(body.substring(c.start(), c.end()))) continue;
            Claim before = nearestNamed(out, i, -1);
            Claim after = nearestNamed(out, i, 1);
            if (before == null || after == null || after.start() - before.end() > BETWEEN_ONE_SOURCE) continue;
            if (!sameSource(before.claimant(), after.claimant())) continue;
            out.set(i, new Claim(c.start(), c.end(), c.type(), c.denies(), before.claimant(), before.citedBy(), c.quantity(),
                    c.aboutIri(), c.location(), c.statedOn(), c.eventDate(), c.hedge(), "in context",
                    Math.min(c.confidence(), before.confidence())));
        }
        return out;
    }

    /** The nearest claim in another sentence, in direction {@code step}, that names its source; null when an outlet's comes first. */
    private static Claim nearestNamed(List<Claim> claims, int i, int step) {
        Claim c = claims.get(i);
        for (int k = i + step; k >= 0 && k < claims.size(); k += step) {
            Claim o = claims.get(k);
            if (o.start() == c.start()) continue;
            return o.claimant().isOutlet() ? null : o;
        }
        return null;
    }

    static List<Claim> dedupe(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.quantity() == null) {
                out.add(c);
                continue;
            }
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                Claim o = out.get(i);
                // "six over the Crimea, six over the Rostov Region": two numbers of one list are two claims.
                boolean sameList = o.quantity() != null && o.start() == c.start() && o.quantity().start() != c.quantity().start();
                if (o.quantity() != null && !sameList && o.quantity().value() == c.quantity().value() && o.type() == c.type()
                        && (sameSource(o.claimant(), c.claimant()) || o.claimant().isOutlet() || c.claimant().isOutlet()
                            || o.citedBy() != null && sameSource(o.citedBy(), c.claimant()))) {
                    same = i;
                    break;
                }
            }
            if (same < 0) out.add(c);
            else if (out.get(same).claimant().isOutlet() && !c.claimant().isOutlet()) out.set(same, c);
        }
        return out;
    }

    private static boolean sameSource(Source a, Source b) {
        if (a.mention() != null && b.mention() != null) return a.mention().text().equals(b.mention().text());
        return a.anonymous() != null && a.anonymous().equals(b.anonymous());
    }
}
