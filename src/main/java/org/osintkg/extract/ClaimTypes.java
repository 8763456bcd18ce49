package org.osintkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.extract.Claim.ClaimType;

/**
 * What a claim is about: what a number counts (troops, casualties, prisoners, equipment), and what a
 * sentence or clause without a number says of a force (presence, combat, training, deployment, …).
 */
final class ClaimTypes {
    private static final Pattern T_CASUALTY = Pattern.compile("(?i)\\b(killed|injured|wounded|casualties|dead|died|deaths?|"
            + "losses|lost their lives|eliminated)\\b");
    private static final Pattern T_PRISONER = Pattern.compile("(?i)\\b(captured|capture|prisoners?|pows?|taken prisoner|"
            + "exchanged|exchange|captivity|captives|surrendered|detained|detainees|hostages|released|release|freed|swap)\\b");
    private static final Pattern T_STRIKE = Pattern.compile("(?i)\\b(strikes?|struck|airstrikes?|shelling|bombed|bombing|"
            + "targeted|attacked)\\b");
    private static final Pattern T_PRESENCE = Pattern.compile("(?i)\\b(presence|present|spotted|stationed|operating|"
            + "located|are in|were in|(?:are|were) [“\"]?already[”\"]? in|remain in|in our direction|seen in)\\b");
    private static final Pattern T_DEPLOY = Pattern.compile("(?i)\\b(deploy\\w*|sent|send|sending|arrived|arrival|arriving|"
            + "transferred|made their way|integrated|assigned|joined|moved to|relocated)\\b");
    /**
     * "their battlefield experience", "combat skills": what a force knows, not that it fights; "on the
     * front line" alone says where a force is, not that it fights there.
     */
    private static final Pattern T_COMBAT = Pattern.compile("(?i)\\b(combat|fighting|fight|engaged|engaging|assaults?|"
            + "offensives?|battles?|battlefield)\\b(?![\\s\\u00A0]+(?:experience|skills|knowledge|"
            + "lessons|know-how)\\b)");
    /** "denied any involvement in the war": taking part in the fighting, named without a force noun. */
    static final Pattern INVOLVEMENT = Pattern.compile("(?i)\\b(?:involvement|involved|participation|participating|"
            + "taking\\s+part)\\s+in\\s+(?:the\\s+)?(?:war|fighting|conflict|hostilities|combat)\\b");
    /** "at a training ground" names a place, not training. */
    private static final Pattern T_TRAINING = Pattern.compile("(?i)\\b(training(?![\\s\\u00A0]+(?:grounds?|ranges?|camps?|areas?|"
            + "bases?|facilit(?:y|ies)|centers?|centres?))|trained|exercises|drills)\\b");
    private static final Pattern T_COMMAND = Pattern.compile("(?i)\\b(under the command|commanded|led by|leading|overseeing|"
            + "tasked with|instructed)\\b");
    /** "supplies Russia with", not the noun in "food supplies, and" or "supplies of". */
    private static final Pattern T_SUPPLY = Pattern.compile("(?i)\\b(supplying|supplied|(?:supply|supplies)(?!\\s*(?:[,.;:)]|and\\b|"
            + "of\\b|lines?\\b|chains?\\b|routes?\\b|depots?\\b))|provided|providing|weapons|ammunition|receiving equipment|"
            + "received)\\b");
    private static final Pattern EQUIPMENT = Pattern.compile("(?i)\\b(drones?|uavs?|missiles?|rockets?|shells?|tanks?|"
            + "vehicles|aircraft|jets|helicopters|ships|vessels|boats|artillery|howitzers|systems|launchers|rounds|"
            + "munitions|bombs|sorties|carriers|automobiles|cars|trucks|spacecraft|satellites|terminals|warships|"
            + "submarines|planes|airplanes|interceptors|mines|grenades)\\b");
    private static final Pattern FORCE = Forces.FORCE;
    private static final Pattern MILITARY_ACTION = Pattern.compile("(?i)\\b(fight\\w*|fought|serv\\w+|combat|deploy\\w*|"
            + "troops|soldiers|army|military|brigades?|units?|front|war|recruit\\w*|mercenar\\w+|enlist\\w*)\\b");
    private static final Pattern PEOPLE = Pattern.compile("(?i).*\\b(people|men|nationals|citizens|workers|staff|members|"
            + "volunteers|individuals|persons)\\b.*");
    private static final Pattern CAPTIVE_PEOPLE = Pattern.compile("(?i).*\\b(people|men|civilians|nationals|citizens)\\b.*");
    /** "with some engaging in combat", "a significant portion of the … troops … training": a subgroup doing something. */
    private static final Pattern PARTITIVE = Pattern.compile("(?i)\\b(?:with\\s+some|some\\s+of|a\\s+(?:\\w+\\s+)?(?:portion|part|"
            + "share|majority|minority)\\s+of|many\\s+of|most\\s+of)\\b");
    /** Coordinated predicates: "have integrated into … and sustained casualties". */
    private static final Pattern COORDINATED_VERB = Pattern.compile("(?i)\\s+and\\s+(?=(?:(?:have|has|had|are|were|is|was)\\s+)?"
            + "(?:also\\s+)?\\p{Ll}+ed\\b)");
    /** A coordinated predicate with an object of its own: "injured an unnamed general". */
    private static final Pattern OWN_OBJECT = Pattern.compile("(?:(?:have|has|had|are|were|is|was)\\s+)?(?:also\\s+)?"
            + "\\p{Ll}+ed\\s+(?:an?|the|two|three|several|dozens of|many|\\p{Lu}\\p{L}+)\\b");
    /** A fronted participle clause: "After receiving training in …, some troops …". */
    private static final Pattern FRONTED = Pattern.compile("^\\s*(?:After|Before|Since|While|Following|Upon)\\s+\\p{Ll}+ing\\b[^,]*,");
    /** Who is moved in a deployment: a force, or "they". */
    private static final Pattern DEPLOYED = Pattern.compile("(?i)\\b(?:forces|they|them|contingent)\\b");
    /** People who are not forces: their presence is not a troop presence. */
    private static final Pattern NOT_FORCE = Pattern.compile("(?i)\\b(?:staff|diplomats?|workers|civilians|journalists|"
            + "delegation)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)(?:[;:]|,?\\s+(?:but|while|whereas)\\b)");
    /** "contributing to the deaths of", "responsible for the killing of": blame for losses, no report of any. */
    private static final Pattern BLAME = Pattern.compile("(?i)\\b(?:contribut(?:e|es|ed|ing)\\s+to|responsible\\s+for|"
            + "complicit\\s+in|blamed?\\s+for|guilty\\s+of)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?$");
    /** "preparing for assault operations", "waiting for the weather to attack": combat still to come, being readied. */
    private static final Pattern PREPARING = Pattern.compile("(?i)\\b(?:prepar(?:e|es|ed|ing)|waiting|awaiting)\\b[^.;:]{0,60}$");

    private ClaimTypes() {}

    /** What a number counts, from the words around it and the noun it counts. */
    static ClaimType ofNumber(String text, Quantity q, String counted) {
        String after = text.substring(q.end(), Math.min(text.length(), q.end() + 70));
        String before = ownClause(text.substring(Math.max(0, q.start() - 35), q.start()));
        String c = counted == null ? "" : counted;
        // "eliminated 17 out of 22 UAVs", "captured 3 tanks": what is counted decides for equipment.
        if (EQUIPMENT.matcher(c).find() && !FORCE.matcher(c).find()) return ClaimType.Equipment;
        if (T_PRISONER.matcher(before).find() || T_PRISONER.matcher(c).find()) return ClaimType.Prisoners;
        if (T_CASUALTY.matcher(before).find() && !FORCE.matcher(before).find()) return ClaimType.Casualties;
        if (lossOfPeople(before) && (FORCE.matcher(c).find() || PEOPLE.matcher(c).matches())) return ClaimType.Casualties;
        // An exchange sentence counts prisoners on both sides: "… released 230 captives, while … 248 servicemen".
        if (T_PRISONER.matcher(text).find() && !T_CASUALTY.matcher(text).find() && !EQUIPMENT.matcher(c).find()
                && (FORCE.matcher(c).find() || CAPTIVE_PEOPLE.matcher(c).matches())) {
            return ClaimType.Prisoners;
        }
        if (T_CASUALTY.matcher(c).find() || T_CASUALTY.matcher(after).find()) return ClaimType.Casualties;
        if (T_PRISONER.matcher(c).find() || T_PRISONER.matcher(after).find()) return ClaimType.Prisoners;
        if (EQUIPMENT.matcher(c).find()) return ClaimType.Equipment;
        if (FORCE.matcher(c).find()) return ClaimType.TroopCount;
        // People who are not called troops count as troops only when the sentence has them serve or fight.
        if (PEOPLE.matcher(c).matches() && MILITARY_ACTION.matcher(text).find()) return ClaimType.TroopCount;
        return ClaimType.Other;
    }

    /** A verb of losses that takes the counted people as its object: "destroyed 1,500 troops", "Kiev has lost 3,620 soldiers". */
    private static final Pattern LOSS_VERB = Pattern.compile("(?i)\\b(?:killed|killing|injured|wounded|eliminat(?:ed|ing|e)|"
            + "destroy(?:ed|ing)?|neutrali[sz](?:ed|ing|e)|lost|losing|lose|losses\\s+(?:of|amounted\\s+to|totall?ed|were|stood\\s+at))\\b");

    /** The loss verb closest before the number governs it when nothing but qualifiers and modifiers stand between. */
    private static boolean lossOfPeople(String before) {
        Matcher m = LOSS_VERB.matcher(before);
        int end = -1;
        while (m.find()) end = m.end();
        return end >= 0 && before.substring(end).matches("(?i)\\s*(?:(?:over|more than|up to|about|around|some|nearly|"
                + "almost|at least|as many as|another|an additional|a total of|in total|approximately|roughly|the|an?)\\s+)*");
    }

    /** "5,000 have been killed or injured, but 6,000 remain": a cue before the number counts only in its own clause. */
    private static String ownClause(String before) {
        Matcher m = CLAUSE_BREAK.matcher(before);
        int cut = 0;
        while (m.find()) cut = m.end();
        return before.substring(cut);
    }

    /**
     * What a sentence with numbers also says without one: a clause with no number ("the troops are
     * assigned to marine brigades, while an additional 9,000 remain in reserve"), or a subgroup of the
     * counted force doing something ("11,000 soldiers are stationed in Kursk, with some engaging in combat").
     */
    static List<ClaimType> besideNumbers(String text, List<Quantity> quantities, Forces forces) {
        List<ClaimType> out = new ArrayList<>();
        Matcher b = CLAUSE_BREAK.matcher(text);
        int from = 0;
        List<int[]> clauses = new ArrayList<>();
        while (b.find()) {
            clauses.add(new int[] {from, b.start()});
            from = b.end();
        }
        clauses.add(new int[] {from, text.length()});
        if (clauses.size() > 1) {
            for (int[] c : clauses) {
                if (quantities.stream().anyMatch(q -> q.start() < c[1] && q.end() > c[0])) continue;
                String clause = text.substring(c[0], c[1]);
                if (!forces.mentionsForce(clause)) continue;
                ClaimType t = ofClause(clause);
                if (t != null && !out.contains(t)) out.add(t);
            }
        }
        Matcher p = PARTITIVE.matcher(text);
        if (p.find()) {
            String rest = text.substring(p.end());
            ClaimType t = T_TRAINING.matcher(rest).find() ? ClaimType.Training
                    : fights(rest) ? ClaimType.CombatParticipation : null;
            if (t != null && !out.contains(t)) out.add(t);
        }
        return out;
    }

    /**
     * The types a sentence without numbers claims, one per clause: a fronted participle clause
     * ("After receiving training …, some troops have made their way …") and coordinated predicates
     * ("have integrated into … and sustained casualties") each say something of their own. A list
     * holding only null when it says nothing of the kind.
     */
    static List<ClaimType> ofClauses(String text) {
        List<String> parts = new ArrayList<>();
        Matcher f = FRONTED.matcher(text);
        String rest = text;
        if (f.find()) {
            parts.add(text.substring(0, f.end()));
            rest = text.substring(f.end());
        }
        String[] coordinated = COORDINATED_VERB.split(rest);
        parts.addAll(List.of(coordinated));
        List<ClaimType> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ClaimType t = ofClause(parts.get(i));
            // "killed a local commander and injured a general": two events, each with its own object.
            boolean ownEvent = i > parts.size() - coordinated.length && OWN_OBJECT.matcher(parts.get(i)).lookingAt()
                    && t == ofClause(parts.get(i).split("\\s+", 2)[0]);
            if (t != null && (!out.contains(t) || ownEvent)) out.add(t);
        }
        if (out.isEmpty()) out.add(null);
        return out;
    }

    /**
     * "There is no information about combat contact with, or captured, North Korean personnel"
     * denies each thing it lists; a denial that names neither combat, captives nor losses denies presence.
     */
    static List<ClaimType> denied(String text) {
        List<ClaimType> out = new ArrayList<>();
        if (T_COMBAT.matcher(text).find() || INVOLVEMENT.matcher(text).find()) out.add(ClaimType.CombatParticipation);
        if (T_PRISONER.matcher(text).find()) out.add(ClaimType.Prisoners);
        if (T_CASUALTY.matcher(text).find()) out.add(ClaimType.Casualties);
        if (out.isEmpty()) out.add(ClaimType.TroopPresence);
        return out;
    }

    /** The one thing a clause without a number says of a force, or null. */
    static ClaimType ofClause(String text) {
        if (reportsLosses(text)) return ClaimType.Casualties;
        if (T_PRISONER.matcher(text).find()) return ClaimType.Prisoners;
        if (T_STRIKE.matcher(text).find()) return ClaimType.Strike;
        Matcher presence = T_PRESENCE.matcher(text);
        if (presence.find()) {
            // "Embassy staff members are present as translators": people who are not a force.
            String subject = text.substring(0, presence.start());
            return NOT_FORCE.matcher(subject).find() && !FORCE.matcher(subject).find() ? ClaimType.Other : ClaimType.TroopPresence;
        }
        if (T_COMMAND.matcher(text).find()) return ClaimType.Command;
        if (T_TRAINING.matcher(text).find()) return ClaimType.Training;
        if (movesForce(text)) return ClaimType.Deployment;
        if (fights(text)) return ClaimType.CombatParticipation;
        if (T_SUPPLY.matcher(text).find()) return ClaimType.Supply;
        return null;
    }

    /** A casualty cue that reports losses, not one that blames someone for them. */
    private static boolean reportsLosses(String text) {
        Matcher c = T_CASUALTY.matcher(text);
        while (c.find()) {
            if (!BLAME.matcher(text.substring(0, c.start())).find()) return true;
        }
        return false;
    }

    /** A combat cue that says a force fights, not that it prepares to. */
    private static boolean fights(String text) {
        if (INVOLVEMENT.matcher(text).find()) return true;
        Matcher c = T_COMBAT.matcher(text);
        while (c.find()) {
            if (!PREPARING.matcher(text.substring(0, c.start())).find()) return true;
        }
        return false;
    }

    /**
     * A deployment cue moves a force: one named before it or right after it ("troops arrived",
     * "deployed troops to Kursk"), not "their experience will be transferred back".
     */
    private static boolean movesForce(String text) {
        Matcher d = T_DEPLOY.matcher(text);
        while (d.find()) {
            String before = text.substring(Math.max(0, d.start() - 60), d.start());
            String after = text.substring(d.end(), Math.min(text.length(), d.end() + 40));
            if (FORCE.matcher(before).find() || DEPLOYED.matcher(before).find() || FORCE.matcher(after).find()
                    || DEPLOYED.matcher(after).find()) return true;
        }
        return false;
    }
}
