package org.osintkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.osintkg.extract.Claim.ClaimType;
import org.osintkg.extract.Claim.Source;

/**
 * Makes the claims of one sentence from what the earlier stages found: one claim per number, one
 * per thing a sentence without numbers says of a force (per coordinated place), a state's operation
 * said to begin or end, and what a sentence with numbers says beside them.
 */
final class ClaimAssembly {
    /**
     * What the stages found in one sentence.
     *
     * @param about      the country whose forces the sentence is about, or null
     * @param location   the place it puts its claims at, or null
     * @param quantities the numbers in it, in text order
     */
    record Findings(SentenceView sentence, Attribution attribution, String about, Mention location, Stance stance,
                    Dating dating, List<Quantity> quantities) {}

    private static final Pattern RELAYED = Pattern.compile("(?i)\\b(?:reportedly|(?:is|are|was|were) reported to)\\b");
    /** "They are instructed …": a sentence whose subject is the force the text was talking about. */
    private static final Pattern THEY_SUBJECT = Pattern.compile("^[\\s“\"'‘]*(?:They|These (?:troops|soldiers|forces|units))\\b");

    /**
     * A paragraph that goes on the statement before it: "In addition, 21 drones were destroyed …", or
     * one that opens a quotation ("“We also shot down …") after a speaker was named.
     */
    private static final Pattern GOES_ON = Pattern.compile("^[\\s]*(?:[“\"]|(?:In addition|Additionally|Also|Besides|"
            + "Moreover|Furthermore|On top of that|As well)\\b)");

    static boolean continues(String sentence) {
        return GOES_ON.matcher(sentence).find();
    }

    private final Forces forces;

    ClaimAssembly(Forces forces) {
        this.forces = forces;
    }

    List<Claim> claims(Findings f, Discourse d) {
        List<Claim> out = new ArrayList<>();
        for (Quantity q : f.quantities()) {
            Claim c = numbered(f, q, d);
            if (c != null) out.add(c);
        }
        String about = f.about();
        if (f.quantities().isEmpty() && !f.stance().idle()) about = unnumbered(f, d, out);
        if (f.quantities().isEmpty() && f.attribution() != null && out.isEmpty()) operation(f).ifPresent(out::add);
        if (!f.quantities().isEmpty() && !f.stance().denies()) beside(f, d, out);
        if (about != null) d.lastAbout = about;
        return out;
    }

    /** The claim a number makes, or null when it names a group counted before ("the 8,000 troops"). */
    private Claim numbered(Findings f, Quantity q, Discourse d) {
        SentenceView s = f.sentence();
        String text = s.text();
        if (d.refersBack(text, q)) return null;
        d.claimedValues.add(q.value());
        String counted = q.counted();
        boolean elliptical = counted == null;
        if (elliptical) counted = d.lastCounted;
        ClaimType type = ClaimTypes.ofNumber(text, q, counted);
        Attribution attr = f.attribution();
        Attribution qa = Attributions.forQuantity(text, q, attr);
        // Unattributed, it goes on the previous speaker's statement, unless the reporter dates it from their own day.
        // "Losses were:" then "tanks — 364;" on lines of their own: the list is the speaker's.
        boolean goesOn = elliptical || s.sameParagraph() || continues(text) || d.previousIntroducesList;
        Source claimant = qa != null ? qa.claimant()
                : d.previousSentence != null && goesOn && !Dating.fromReporterDay(text)
                ? d.carried(d.previousSentence)
                // "Russian media reported …. The attack, reportedly carried out with …": the last source that reported.
                : RELAYED.matcher(text).find() && d.lastReported != null ? d.lastReported : d.unnamed();
        double conf = confidence(claimant, attr != null, q, f.stance().hedge());
        String qAbout = forces.aboutNear(s, q);
        if (qAbout == null) qAbout = f.about() != null ? f.about() : d.lastAbout;
        Quantity withCounted = new Quantity(q.value(), q.qualifier(), counted, q.perUnit(), q.units(),
                q.start() + s.offset(), q.end() + s.offset());
        if (!elliptical && Forces.FORCE.matcher(q.counted()).find()) d.lastCounted = q.counted();
        return claim(f, type, false, claimant, withCounted, qAbout, f.location(), conf);
    }

    /** The claims of a sentence without numbers; returns the force it is about (a state may speak of its own). */
    private String unnumbered(Findings f, Discourse d, List<Claim> out) {
        SentenceView s = f.sentence();
        String text = s.text();
        Attribution attr = f.attribution();
        boolean denies = f.stance().denies();
        List<ClaimType> types = denies ? ClaimTypes.denied(text) : ClaimTypes.ofClauses(text);
        boolean continues = THEY_SUBJECT.matcher(text).find();
        boolean involved = ClaimTypes.INVOLVEMENT.matcher(text).find();
        String about = f.about();
        // "Minsk denied any involvement in the war": a state speaking of its own part in it.
        if (about == null && involved && attr != null) about = forces.stateOf(attr.claimant());
        boolean forceHere = about != null && (forces.mentionsForce(text) || continues || involved);
        for (ClaimType type : types) for (Mention place : Locations.coordinated(s, f.location())) {
            if (type == null || !forceHere || (attr == null && denies)) continue;
            // "… Budanov confirmed …. They will be ready to take part in combat": the speaker goes on.
            Source claimant = attr != null ? attr.claimant()
                    : continues && s.sameParagraph() && d.previousSentence != null ? d.previousSentence : d.unnamed();
            out.add(claim(f, type, denies, claimant, null, about, place, confidence(claimant, attr != null, null, f.stance().hedge())));
        }
        return about;
    }

    /** "Moscow's spring offensive has begun": a claim about the state whose operation it is. */
    private java.util.Optional<Claim> operation(Findings f) {
        String owner = forces.operationOwner(f.sentence());
        if (owner == null) return java.util.Optional.empty();
        Source claimant = f.attribution().claimant();
        return java.util.Optional.of(claim(f, ClaimType.Other, f.stance().denies(), claimant, null, owner, f.location(),
                confidence(claimant, true, null, f.stance().hedge())));
    }

    /** What a sentence with numbers says without one, credited to the speaker of its first number. */
    private void beside(Findings f, Discourse d, List<Claim> out) {
        Attribution attr = f.attribution();
        for (ClaimType type : ClaimTypes.besideNumbers(f.sentence().text(), f.quantities(), forces)) {
            Attribution qa = Attributions.forQuantity(f.sentence().text(), f.quantities().get(0), attr);
            Source claimant = qa != null ? qa.claimant() : d.unnamed();
            out.add(claim(f, type, false, claimant, null, f.about(), f.location(),
                    confidence(claimant, attr != null, null, f.stance().hedge())));
        }
    }

    private static Claim claim(Findings f, ClaimType type, boolean denies, Source claimant, Quantity q, String about,
                               Mention place, double confidence) {
        Attribution attr = f.attribution();
        return new Claim(f.sentence().offset(), f.sentence().end(), type, denies, claimant,
                attr != null ? attr.citedBy() : null, q, about, place, f.dating().stated(), f.dating().event(),
                f.stance().hedge(), attr != null ? attr.cue() : null, confidence);
    }

    /** A score in [0.05, 0.95]: higher for a named, explicit source and a counted noun, lower when hedged. */
    static double confidence(Source claimant, boolean explicit, Quantity q, String hedge) {
        double c = 0.5;
        if (explicit && claimant.mention() != null) c += 0.25;
        else if (explicit) c += 0.15;
        else if (!claimant.isOutlet()) c += 0.05;
        if (q != null && q.counted() != null) c += 0.1;
        if (hedge != null) c -= 0.15;
        return Math.max(0.05, Math.min(0.95, Math.round(c * 100) / 100.0));
    }
}
