package org.osintkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.extract.Claim.ClaimType;
import org.osintkg.extract.Claim.Source;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.ReferenceEntity;
import org.osintkg.nlp.AnnotatedText;
import org.osintkg.nlp.Sentence;

/**
 * Finds attributed claims sentence by sentence: the source (a named speaker, an unnamed source as
 * described, a pronoun or title resolved to an earlier speaker, or the outlet), what is claimed
 * (type, number, force, place), the stance and hedges, and when it was said.
 */
public final class ClaimExtractor {
    private static final String VERBS = "said|says|say|told|tells|tell|reported|reports|report|confirmed|confirms|"
            + "confirm|stated|states|announced|announces|claimed|claims|estimated|estimates|warned|warns|noted|notes|"
            + "added|adds|emphasized|emphasised|emphasizes|explained|explains|denied|denies|deny|refuted|refutes|"
            + "dismissed|dismisses|rejected|rejects|disclosed|discloses|stressed|stresses|revealed|reveals|acknowledged|"
            + "acknowledges|insisted|insists|asserted|asserts|alleged|alleges|identified|wrote|writes|posted|assessed|"
            + "assesses|indicated|indicates|suggested|suggests|believes|believed|expected|expects|announcing|saying|"
            + "adding|stating|noting|claiming|warning|explaining|confirming|reporting|denounced|condemned|accused|"
            + "criticized|criticised|estimate|believe|assess|suggest|warn|claim|state|announce|note|stress|reveal|indicate";
    private static final Pattern VERB = Pattern.compile("(?i)\\b(?:has |have |had |also |later |earlier |previously |"
            + "explicitly |publicly |repeatedly |officially )*(?<v>" + VERBS + ")\\b");
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to\\s+(?:(?:a|an|the|its|their)\\s+)?"
            + "(?:(?:post|statement|report|video|message|update|release|assessment|estimate)s?\\s+(?:\\w+\\s+){0,2}?"
            + "(?:by|from|of)\\s+)?");
    private static final Pattern CITING = Pattern.compile("(?i)\\bciting\\s+");
    private static final Pattern WHO = Pattern.compile("(?i),\\s*(?:who|which)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:" + VERBS + ")\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?<p>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\\b");
    private static final Pattern NOMINAL = Pattern.compile("(?i)\\b(?:the|this|that)\\s+(?:[A-Z][a-z]+\\s+|intelligence\\s+|"
            + "military\\s+|defen[cs]e\\s+)*(?<head>spokesperson|spokesman|spokeswoman|official|minister|commander|president|"
            + "general|chief|head|intelligence service|intelligence agency|service|agency|ministry|command|directorate|"
            + "center|centre|department|army|general staff|statement|report|source|brigade|battalion|regiment|division|corps|"
            + "unit|group|newspaper|organi[sz]ation|NGO)\\b");
    private static final Pattern QUOTED = Pattern.compile("[“\"][^“”\"]{2,}[”\"]");
    private static final Pattern DENY = Pattern.compile("(?i)\\b(denied|denies|deny|refuted|refutes|refute|dismissed|"
            + "dismisses|rejected|rejects)\\b|\\b(?:have|has|had) not (?:seen|observed|confirmed|detected)\\b|"
            + "\\bno (?:information|evidence|confirmation|reports?|signs?|indications?)\\b|\\bnot (?:been )?confirmed\\b|"
            + "\\bthere (?:are|is|were|was) no\\b|\\bnot present\\b|\\bis not an? official\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(reportedly|allegedly|likely|unlikely|may|might|could|"
            + "possibly|possibility|possible|unconfirmed|perhaps|believed to|thought to|appears? to|expected to|"
            + "not rule out|does not rule out|probably|apparently|suspected)\\b");
    private static final Pattern FORCE_NOUN = Pattern.compile("(?i)^(?:\\s+[a-z-]+){0,2}?\\s+(?<noun>troops|soldiers|forces|"
            + "personnel|military|army|servicemen|mercenaries|infantrymen|advisers|advisors|generals?|officers|units|"
            + "recruits|fighters|nationals|citizens|embassy staff|workers|specialists|crews?|leadership|commanders?|"
            + "drones|missiles|weapons|ammunition|shells|presence|involvement|deployment|contingent|troop)\\b");
    private static final Pattern FORCE_FROM = Pattern.compile("(?i)\\b(?:troops|soldiers|forces|personnel|fighters|"
            + "mercenaries|units|brigades|servicemen|recruits|workers|citizens|nationals)\\s+from\\s+(?:the\\s+)?");

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
    private static final Pattern INVOLVEMENT = Pattern.compile("(?i)\\b(?:involvement|involved|participation|participating|"
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
            + "munitions|bombs|sorties)\\b");
    private static final Pattern FORCE = Pattern.compile("(?i)\\b(troops|troop(?=['’]s)|soldiers|servicemen|servicemembers|personnel|"
            + "infantrymen|mercenaries|officers|generals?|fighters|militants|recruits|conscripts|brigades|battalions|"
            + "divisions|regiments|units|instructors|commanders|paratroopers|marines|specialists|advisers|advisors|"
            + "(?:armed|regular|ground) forces)\\b");

    private static final Pattern MILITARY_ACTION = Pattern.compile("(?i)\\b(fight\\w*|fought|serv\\w+|combat|deploy\\w*|"
            + "troops|soldiers|army|military|brigades?|units?|front|war|recruit\\w*|mercenar\\w+|enlist\\w*)\\b");

    /** "It remains unknown when …", "The identity … remain unclear": the main clause says nothing is known. */
    private static final Pattern UNKNOWN = Pattern.compile("(?i)^[^,;]*?\\b(?:remains?|is|are|was|were)\\s+(?:still\\s+)?"
            + "(?:unknown|unclear|not known)\\b");
    /** "addressed questions regarding …", "was asked whether …": the topic of a question is not a claim. */
    private static final Pattern QUESTION = Pattern.compile("(?i)\\b(?:questions?|asked|inquir(?:y|ies|ed))\\s+(?:\\w+\\s+)?"
            + "(?:regarding|about|on|over|concerning|whether|if)\\b");
    /** "They are instructed …": a sentence whose subject is the force the text was talking about. */
    private static final Pattern THEY_SUBJECT = Pattern.compile("^[\\s“\"'‘]*(?:They|These (?:troops|soldiers|forces|units))\\b");
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

    private final KnowledgeBase kb;
    private final Pattern demonym;

    public ClaimExtractor(KnowledgeBase kb) {
        this.kb = kb;
        List<String> names = new ArrayList<>(kb.demonyms());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(n));
        }
        this.demonym = Pattern.compile("\\b(?<d>" + (alt.length() == 0 ? "(?!)" : alt) + ")s?\\b");
    }

    /** What earlier sentences established, for pronouns, titles and elliptical numbers. */
    private static final class State {
        Source lastPerson;
        Source lastOrg;
        /** The last organization named other than as a listener, for "the organization claimed". */
        Source lastOrgNamed;
        /** The last source the text said "reported", for a later "reportedly". */
        Source lastReported;
        /** The last outlet that relayed or made a claim, for "the report added". */
        Source lastReporter;
        Source lastExplicit;
        Source previousSentence;
        String lastCounted;
        String lastAbout;
        Source lastAnonymous;
        Source lastUnit;
        /** The source a "Source: …" line named, for the unattributed lines of its item. */
        Source labelledSource;
        /** Every number claimed so far in the report, for "the 8,000 troops" referring back to one. */
        final java.util.Set<Long> claimedValues = new java.util.HashSet<>();
    }

    /** A possible source in a sentence, with its span relative to the sentence. */
    private record Candidate(int start, int end, Source source, String pronoun, String nominalHead) {}

    /** The attribution found in a sentence; {@code overrides} when it came from "according to" or "citing". */
    private record Attribution(Source claimant, Source citedBy, String cue, int start, int end, boolean overrides,
                               List<Attribution> verbs) {}

    public List<Claim> claims(AnnotatedText doc, List<Mention> mentions, LocalDate reportDate) {
        List<Claim> out = new ArrayList<>();
        State state = new State();
        int previousEnd = -1;
        int previousStart = -1;
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String text = doc.text().substring(s.start(), s.end());
            List<Mention> inSentence = mentions.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            announcedBy(text, s.start(), inSentence, out, previousStart);
            previousStart = s.start();
            labelledSource(text, inSentence, state);
            Attribution attr = attribution(text, s.start(), inSentence, state);
            if (attr == null) attr = quotedOn(doc, sentences, i, mentions, state);
            boolean sameParagraph = s.start() > 0 && doc.text().lastIndexOf('\n', s.start() - 1) < previousEnd;
            List<Claim> found = claimsOf(text, s.start(), s.end(), inSentence, attr, state, reportDate, sameParagraph);
            out.addAll(found);
            previousEnd = s.end();
            if (attr != null) state.previousSentence = attr.claimant();
            else if (found.isEmpty() || !sameParagraph) state.previousSentence = null;
            if (attr != null) remember(attr.claimant(), state);
            if (attr != null) rememberReporter(attr, state);
            rememberOrganizationNamed(doc.text(), inSentence, state);
            if (attr != null && attr.cue() != null && attr.cue().startsWith("report")) state.lastReported = attr.claimant();
            inSentence.stream().filter(m -> m.kind() == EntityKind.MILITARY_UNIT).reduce((x, y) -> y)
                    .ifPresent(m -> state.lastUnit = new Source(m, null));
            boolean personSpoke = attr != null && attr.claimant().mention() != null
                    && attr.claimant().mention().kind() == EntityKind.PERSON;
            if (!personSpoke) {
                // "He" in a later sentence: the person this sentence named first, if no person spoke in it.
                inSentence.stream().filter(m -> m.kind() == EntityKind.PERSON).findFirst()
                        .ifPresent(m -> state.lastPerson = new Source(m, null));
            }
        }
        return dedupe(out);
    }

    /**
     * A sentence that opens a quotation closed in a later sentence of its paragraph ("“We saw them.
     * They are digging in,” the commander said.") is the speaker's too: the attribution that follows
     * the closing quote, else null.
     */
    private Attribution quotedOn(AnnotatedText doc, List<Sentence> sentences, int i, List<Mention> mentions, State state) {
        String body = doc.text();
        int depth = quoteBalance(body.substring(sentences.get(i).start(), sentences.get(i).end()));
        if (depth <= 0) return null;
        for (int j = i + 1; j < sentences.size(); j++) {
            Sentence next = sentences.get(j);
            if (body.substring(sentences.get(j - 1).end(), next.start()).indexOf('\n') >= 0) return null;
            String text = body.substring(next.start(), next.end());
            int close = closingQuote(text, depth);
            depth += quoteBalance(text);
            if (close < 0) continue;
            List<Mention> inSentence = mentions.stream().filter(m -> m.start() >= next.start() && m.end() <= next.end()).toList();
            Attribution a = attribution(text, next.start(), inSentence, state);
            if (a == null || a.start() < close) return null;
            return new Attribution(a.claimant(), a.citedBy(), a.cue(), -1, -1, a.overrides(), List.of());
        }
        return null;
    }

    /** Opening minus closing quotation marks; straight quotes count as opening when their number is odd. */
    private static int quoteBalance(String text) {
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
    private static int closingQuote(String text, int depth) {
        int open = depth;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (ch == '“') open++;
            else if (ch == '”' || ch == '"') open--;
            if (open == 0) return k;
        }
        return -1;
    }

    /** "The announcement was made on December 3 by Andriy Chernyak": who made the statement the previous sentence reported. */
    private static final Pattern ANNOUNCED_BY = Pattern.compile("(?i)^\\s*(?:the|this|that)\\s+(?:announcement|statement|"
            + "confirmation|claim|assessment|estimate|disclosure)\\s+(?:was|were|had been)\\s+(?:made|issued|given|released|"
            + "delivered)\\b[^.]*?\\bby\\s+(?:\\p{Ll}+\\s+){0,4}$");

    /**
     * A sentence naming who made the statement before it ("The announcement was made … by X") makes
     * X the claimant of that statement's claims where the text had credited only a country or the outlet.
     */
    private static void announcedBy(String text, int offset, List<Mention> mentions, List<Claim> out, int previousStart) {
        if (previousStart < 0) return;
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.PERSON && !m.kind().isOrganization()) continue;
            if (!ANNOUNCED_BY.matcher(text.substring(0, m.start() - offset)).find()) continue;
            Source speaker = new Source(m, null);
            out.replaceAll(c -> c.start() >= previousStart && stateOrOutlet(c.claimant())
                    ? new Claim(c.start(), c.end(), c.type(), c.denies(), speaker, c.citedBy(), c.quantity(), c.aboutIri(),
                            c.location(), c.statedOn(), c.eventDate(), c.hedge(), c.cue(), c.confidence())
                    : c);
            return;
        }
    }

    private static boolean stateOrOutlet(Source s) {
        return s.isOutlet() || (s.mention() != null && s.mention().kind() == EntityKind.COUNTRY);
    }

    private List<Claim> claimsOf(String text, int offset, int end, List<Mention> mentions, Attribution attr,
                                 State state, LocalDate reportDate, boolean sameParagraph) {
        List<Claim> out = new ArrayList<>();
        String about = about(text, offset, mentions, state, attr);
        Mention location = location(text, offset, mentions, about, attr);
        boolean denies = DENY.matcher(text).find();
        Matcher h = HEDGE.matcher(text);
        String hedge = h.find() ? h.group(1) : null;
        LocalDate stated = null;
        LocalDate event = null;
        for (TimeExpressions.When w : TimeExpressions.find(text, reportDate)) {
            boolean inAttribution = attr != null && w.start() >= attr.start() - 25 && w.start() <= attr.end() + 25;
            if (inAttribution && stated == null) stated = w.date();
            else if (!inAttribution && event == null) event = w.date();
        }
        List<Quantity> quantities = Quantities.find(text);
        for (Quantity q : quantities) {
            if (refersBack(text, q, state)) continue;
            state.claimedValues.add(q.value());
            String counted = q.counted();
            boolean elliptical = counted == null;
            if (elliptical) counted = state.lastCounted;
            ClaimType type = numericType(text, q, counted);
            Attribution qa = attributionFor(q, attr);
            Source claimant = qa != null ? qa.claimant()
                    : state.previousSentence != null && (elliptical || sameParagraph) && !REPORTER_TIME.matcher(text).find()
                    ? state.previousSentence
                    : relayed(text) && state.lastReported != null ? state.lastReported : unnamed(state);
            double conf = confidence(claimant, attr != null, q, hedge);
            String qAbout = aboutNear(text, offset, q, mentions);
            if (qAbout == null) qAbout = about != null ? about : state.lastAbout;
            Quantity withCounted = new Quantity(q.value(), q.qualifier(), counted, q.perUnit(), q.units(), q.start() + offset, q.end() + offset);
            out.add(new Claim(offset, end, type, false, claimant, attr != null ? attr.citedBy() : null, withCounted,
                    qAbout, location, stated, event, hedge, attr != null ? attr.cue() : null, conf));
            if (!elliptical && FORCE.matcher(q.counted()).find()) state.lastCounted = q.counted();
        }
        if (quantities.isEmpty() && !UNKNOWN.matcher(text).find() && !QUESTION.matcher(text).find()) {
            List<ClaimType> types = denies ? deniedTypes(text) : clauseTypes(text);
            boolean continues = THEY_SUBJECT.matcher(text).find();
            boolean involved = INVOLVEMENT.matcher(text).find();
            // "Minsk denied any involvement in the war": a state speaking of its own part in it.
            if (about == null && involved && attr != null) about = stateOf(attr.claimant());
            boolean forceHere = about != null && (mentionsForce(text) || continues || involved);
            for (ClaimType type : types) for (Mention place : coordinated(text, offset, mentions, location)) {
                if (type == null || !forceHere || (attr == null && denies)) continue;
                // "… Budanov confirmed …. They will be ready to take part in combat": the speaker goes on.
                Source claimant = attr != null ? attr.claimant()
                        : continues && sameParagraph && state.previousSentence != null ? state.previousSentence : unnamed(state);
                out.add(new Claim(offset, end, type, denies, claimant, attr != null ? attr.citedBy() : null, null,
                        about, place, stated, event, hedge, attr != null ? attr.cue() : null,
                        confidence(claimant, attr != null, null, hedge)));
            }
        }
        if (quantities.isEmpty() && attr != null && out.isEmpty()) {
            String owner = operationOwner(text, offset, mentions);
            if (owner != null) {
                out.add(new Claim(offset, end, ClaimType.Other, denies, attr.claimant(), attr.citedBy(), null,
                        owner, location, stated, event, hedge, attr.cue(), confidence(attr.claimant(), true, null, hedge)));
            }
        }
        if (!quantities.isEmpty() && !denies) {
            for (ClaimType type : besideNumbers(text, quantities)) {
                Attribution qa = attributionFor(quantities.get(0), attr);
                Source claimant = qa != null ? qa.claimant() : unnamed(state);
                out.add(new Claim(offset, end, type, false, claimant, attr != null ? attr.citedBy() : null, null,
                        about, location, stated, event, hedge, attr != null ? attr.cue() : null,
                        confidence(claimant, attr != null, null, hedge)));
            }
        }
        if (about != null) state.lastAbout = about;
        return out;
    }

    /**
     * "Two were captured in Donetsk Oblast earlier this month": an unattributed sentence that dates its
     * event from the reporter's day is the reporter's own background, not the last speaker going on.
     */
    private static final Pattern REPORTER_TIME = Pattern.compile("(?i)\\b(?:(?:earlier|later)\\s+this|last|this)\\s+"
            + "(?:week|month|year)\\b|\\byesterday\\b");

    /** "Moscow's spring offensive has actually already begun": a military operation said to start, stall or end. */
    private static final Pattern OPERATION_PHASE = Pattern.compile("(?i)\\b(?:counter-?offensives?|offensives?|"
            + "invasion|(?:military|ground) operations?)\\b[^.;:]{0,60}?\\b(?:begun|began|begins|started|starts|launched|"
            + "underway|under way|resumed|resumes|ended|ends|stalled|failed|halted|collapsed)\\b");
    /** Whose operation: "Moscow's spring offensive", "Russia's summer offensive". */
    private static final Pattern OWNER = Pattern.compile("(?<owner>\\p{Lu}[\\p{L}-]+)['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}$");

    /**
     * The state whose military operation a sentence says has begun, stalled or ended: named by itself
     * or by its capital ("Moscow's offensive"), or by its demonym ("the Russian offensive"); else null.
     */
    private String operationOwner(String text, int offset, List<Mention> mentions) {
        Matcher op = OPERATION_PHASE.matcher(text);
        if (!op.find()) return null;
        int base = Math.max(0, op.start() - 60);
        String before = text.substring(base, op.start());
        Matcher o = OWNER.matcher(before);
        if (o.find()) {
            int s = base + o.start("owner") + offset;
            for (Mention m : mentions) {
                if (m.start() == s) return stateOf(new Source(m, null));
            }
        }
        Matcher d = demonym.matcher(before);
        String last = null;
        while (d.find()) {
            if (before.substring(d.end()).matches("\\s+(?:[\\p{Ll}-]+\\s+){0,2}")) {
                last = kb.countryOfDemonym(d.group("d")).map(ReferenceEntity::iri).orElse(null);
            }
        }
        return last;
    }

    /**
     * What a sentence with numbers also says without one: a clause with no number ("the troops are
     * assigned to marine brigades, while an additional 9,000 remain in reserve"), or a subgroup of the
     * counted force doing something ("11,000 soldiers are stationed in Kursk, with some engaging in combat").
     */
    private List<ClaimType> besideNumbers(String text, List<Quantity> quantities) {
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
                if (!mentionsForce(clause)) continue;
                ClaimType t = nonNumericType(clause);
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
     * ("have integrated into … and sustained casualties") each say something of their own.
     */
    static List<ClaimType> clauseTypes(String text) {
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
            ClaimType t = nonNumericType(parts.get(i));
            // "killed a local commander and injured a general": two events, each with its own object.
            boolean ownEvent = i > parts.size() - coordinated.length && OWN_OBJECT.matcher(parts.get(i)).lookingAt()
                    && t == nonNumericType(parts.get(i).split("\\s+", 2)[0]);
            if (t != null && (!out.contains(t) || ownEvent)) out.add(t);
        }
        if (out.isEmpty()) out.add(null);
        return out;
    }

    private static final Pattern LABEL = Pattern.compile("^\\s*(?<label>\\p{Lu}[\\p{L} ]{2,20}):\\s");
    private static final Pattern SAME_ITEM_LABEL = Pattern.compile("(?i)source|quote|details");

    /**
     * News items laid out as "Source: National Resistance Center …", "Quote: …", "Details: …": what
     * the item's unattributed lines state comes from the labelled source, until a line with another
     * label ("Previously:", "Background:") starts something else.
     */
    private static void labelledSource(String text, List<Mention> mentions, State state) {
        Matcher l = LABEL.matcher(text);
        if (!l.find()) return;
        String label = l.group("label").strip();
        if (label.equalsIgnoreCase("source")) {
            state.labelledSource = mentions.stream().filter(m -> m.kind() == EntityKind.PERSON || m.kind().isOrganization())
                    .findFirst().map(m -> new Source(m, null)).orElse(null);
        } else if (!SAME_ITEM_LABEL.matcher(label).matches()) {
            state.labelledSource = null;
        }
    }

    /** Who states what no one in the sentence is said to: the labelled source of the item, else the outlet. */
    private static Source unnamed(State state) {
        return state.labelledSource != null ? state.labelledSource : Source.OUTLET;
    }

    private static final Pattern RELAYED = Pattern.compile("(?i)\\b(?:reportedly|(?:is|are|was|were) reported to)\\b");

    /**
     * "Russian media reported …. The attack, reportedly carried out with …, killed 18": "reportedly"
     * points back to the last source the text said reported, not to whoever spoke last.
     */
    private static boolean relayed(String text) {
        return RELAYED.matcher(text).find();
    }

    private static final Pattern DEFINITE = Pattern.compile("(?i)\\b(?:the|these|those)\\s+$");

    /** "The 8,000 North Korean troops now in Kursk …" after 8,000 was claimed: the same group named again, not a new claim. */
    private static boolean refersBack(String text, Quantity q, State state) {
        String before = text.substring(Math.max(0, q.start() - 8), q.start());
        return DEFINITE.matcher(before).find() && state.claimedValues.contains(q.value());
    }

    /**
     * The speaker of a number: "according to"/"citing" for the whole sentence; else the nearest
     * person speaking before it ("Singh saying … the Department believes … 10,000"), else the nearest
     * speaker before it, else the sentence's speaker.
     */
    private static Attribution attributionFor(Quantity q, Attribution attr) {
        if (attr == null || attr.overrides() || attr.verbs().isEmpty()) return attr;
        Attribution person = null;
        Attribution any = null;
        for (Attribution v : attr.verbs()) {
            if (v.end() > q.start()) continue;
            any = v;
            if (v.claimant().mention() != null && v.claimant().mention().kind() == EntityKind.PERSON) person = v;
        }
        Attribution chosen = person != null ? person : any;
        if (chosen == null) return attr;
        return new Attribution(chosen.claimant(), attr.citedBy(), chosen.cue(), chosen.start(), chosen.end(), false, List.of());
    }

    private boolean mentionsForce(String text) {
        Matcher d = demonym.matcher(text);
        while (d.find()) {
            if (FORCE_NOUN.matcher(text.substring(d.end())).lookingAt()) return true;
        }
        return FORCE_FROM.matcher(text).find() || FORCE.matcher(text).find();
    }

    /**
     * The country whose forces the sentence is about: a force named by its nationality ("North Korean
     * troops") or origin ("soldiers from DPRK"), preferring one outside the speaker's own description.
     */
    private String about(String text, int offset, List<Mention> mentions, State state, Attribution attr) {
        String first = null;
        Matcher d = demonym.matcher(text);
        while (d.find()) {
            if (!FORCE_NOUN.matcher(text.substring(d.end())).lookingAt()) continue;
            ReferenceEntity c = kb.countryOfDemonym(d.group("d")).orElse(null);
            if (c == null) continue;
            boolean inAttribution = attr != null && d.start() >= attr.start() && d.start() < attr.end();
            if (!inAttribution) return c.iri();
            if (first == null) first = c.iri();
        }
        String from = countryAfterFrom(text, offset, mentions, 0);
        if (from != null) return from;
        if (first != null) return first;
        return FORCE.matcher(text).find() || PRONOUN.matcher(text).find() ? state.lastAbout : null;
    }

    /** "soldiers from North Korea", "units from DPRK": the country named right after "from". */
    private static String countryAfterFrom(String text, int offset, List<Mention> mentions, int from) {
        Matcher f = FORCE_FROM.matcher(text);
        while (f.find(from)) {
            for (Mention m : mentions) {
                int rel = m.start() - offset;
                if (m.kind() == EntityKind.COUNTRY && m.kbIri() != null && rel >= f.end() && rel <= f.end() + 5) return m.kbIri();
            }
            from = f.end();
        }
        return null;
    }

    /** The demonym right before a number's counted noun: "3,000 North Korean soldiers". */
    private String aboutNear(String text, int offset, Quantity q, List<Mention> mentions) {
        if (q.counted() == null) return null;
        Matcher d = demonym.matcher(q.counted());
        if (d.find()) return kb.countryOfDemonym(d.group("d")).map(ReferenceEntity::iri).orElse(null);
        return countryAfterFrom(text, offset, mentions, q.end());
    }

    private static final Pattern PLACE_AND = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+)");

    /**
     * "the offensives against the Sumy and Kharkiv oblasts": a statement without a number about places
     * of one kind joined by "and", "or" or commas is one statement per place. The claim's own place
     * first; {@code null} alone when it has none.
     */
    private static List<Mention> coordinated(String text, int offset, List<Mention> mentions, Mention location) {
        List<Mention> out = new ArrayList<>();
        out.add(location);
        if (location == null) return out;
        List<Mention> places = mentions.stream().filter(m -> m.kind() == location.kind())
                .sorted(Comparator.comparingInt(Mention::start)).toList();
        int i = places.indexOf(location);
        for (int j = i + 1; j < places.size() && joined(text, offset, places.get(j - 1), places.get(j)); j++) out.add(places.get(j));
        for (int j = i - 1; j >= 0 && joined(text, offset, places.get(j), places.get(j + 1)); j--) out.add(places.get(j));
        return out;
    }

    private static boolean joined(String text, int offset, Mention a, Mention b) {
        if (a.end() > b.start()) return false;
        return PLACE_AND.matcher(text.substring(a.end() - offset, b.start() - offset)).matches();
    }

    /** The place the claim is located at: a region or settlement before a country, never the force's own country. */
    private static Mention location(String text, int offset, List<Mention> mentions, String about, Attribution attr) {
        Mention best = null;
        for (Mention m : mentions) {
            if (!m.kind().isPlace() || (about != null && about.equals(m.kbIri()))) continue;
            if (attr != null && attr.claimant().mention() == m) continue;
            int rel = m.start() - offset;
            String before = text.substring(Math.max(0, rel - 12), rel).toLowerCase(Locale.ROOT);
            boolean prep = before.matches("(?s).*\\b(in|into|to|at|near|inside|around|from|toward|towards|on|across)\\s+(the\\s+)?(russia's\\s+|ukraine's\\s+)?$")
                    || before.matches("(?s).*['’]s\\s+$");
            int rank = (prep ? 0 : 2) + (m.kind() == EntityKind.COUNTRY ? 1 : 0);
            if (best == null || rank < rankOf(best, text, offset)) best = m;
        }
        return best;
    }

    private static int rankOf(Mention m, String text, int offset) {
        int rel = m.start() - offset;
        String before = text.substring(Math.max(0, rel - 12), rel).toLowerCase(Locale.ROOT);
        boolean prep = before.matches("(?s).*\\b(in|into|to|at|near|inside|around|from|toward|towards|on|across)\\s+(the\\s+)?(russia's\\s+|ukraine's\\s+)?$")
                || before.matches("(?s).*['’]s\\s+$");
        return (prep ? 0 : 2) + (m.kind() == EntityKind.COUNTRY ? 1 : 0);
    }

    private static ClaimType numericType(String text, Quantity q, String counted) {
        String after = text.substring(q.end(), Math.min(text.length(), q.end() + 70));
        String before = ownClause(text.substring(Math.max(0, q.start() - 35), q.start()));
        String c = counted == null ? "" : counted;
        if (T_PRISONER.matcher(before).find() || T_PRISONER.matcher(c).find()) return ClaimType.Prisoners;
        if (T_CASUALTY.matcher(before).find() && !FORCE.matcher(before).find()) return ClaimType.Casualties;
        // An exchange sentence counts prisoners on both sides: "… released 230 captives, while … 248 servicemen".
        if (T_PRISONER.matcher(text).find() && !T_CASUALTY.matcher(text).find() && !EQUIPMENT.matcher(c).find()
                && (FORCE.matcher(c).find() || c.matches("(?i).*\\b(people|men|civilians|nationals|citizens)\\b.*"))) {
            return ClaimType.Prisoners;
        }
        if (T_CASUALTY.matcher(c).find() || T_CASUALTY.matcher(after).find()) return ClaimType.Casualties;
        if (T_PRISONER.matcher(c).find() || T_PRISONER.matcher(after).find()) return ClaimType.Prisoners;
        if (EQUIPMENT.matcher(c).find()) return ClaimType.Equipment;
        if (FORCE.matcher(c).find()) return ClaimType.TroopCount;
        // People who are not called troops count as troops only when the sentence has them serve or fight.
        if (c.matches("(?i).*\\b(people|men|nationals|citizens|workers|staff|members|volunteers|individuals|persons)\\b.*")
                && MILITARY_ACTION.matcher(text).find()) {
            return ClaimType.TroopCount;
        }
        return ClaimType.Other;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)(?:[;:]|,?\\s+(?:but|while|whereas)\\b)");

    /** "5,000 have been killed or injured, but 6,000 remain": a cue before the number counts only in its own clause. */
    private static String ownClause(String before) {
        Matcher m = CLAUSE_BREAK.matcher(before);
        int cut = 0;
        while (m.find()) cut = m.end();
        return before.substring(cut);
    }

    /**
     * "There is no information about combat contact with, or captured, North Korean personnel"
     * denies each thing it lists; a denial that names neither combat, captives nor losses denies presence.
     */
    private static List<ClaimType> deniedTypes(String text) {
        List<ClaimType> out = new ArrayList<>();
        if (T_COMBAT.matcher(text).find() || INVOLVEMENT.matcher(text).find()) out.add(ClaimType.CombatParticipation);
        if (T_PRISONER.matcher(text).find()) out.add(ClaimType.Prisoners);
        if (T_CASUALTY.matcher(text).find()) out.add(ClaimType.Casualties);
        if (out.isEmpty()) out.add(ClaimType.TroopPresence);
        return out;
    }

    private static ClaimType nonNumericType(String text) {
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

    /** "contributing to the deaths of", "responsible for the killing of": blame for losses, no report of any. */
    private static final Pattern BLAME = Pattern.compile("(?i)\\b(?:contribut(?:e|es|ed|ing)\\s+to|responsible\\s+for|"
            + "complicit\\s+in|blamed?\\s+for|guilty\\s+of)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?$");

    /** A casualty cue that reports losses, not one that blames someone for them. */
    private static boolean reportsLosses(String text) {
        Matcher c = T_CASUALTY.matcher(text);
        while (c.find()) {
            if (!BLAME.matcher(text.substring(0, c.start())).find()) return true;
        }
        return false;
    }

    /** "preparing for assault operations", "waiting for the weather to attack": combat still to come, being readied. */
    private static final Pattern PREPARING = Pattern.compile("(?i)\\b(?:prepar(?:e|es|ed|ing)|waiting|awaiting)\\b[^.;:]{0,60}$");

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

    private static double confidence(Source claimant, boolean explicit, Quantity q, String hedge) {
        double c = 0.5;
        if (explicit && claimant.mention() != null) c += 0.25;
        else if (explicit) c += 0.15;
        else if (!claimant.isOutlet()) c += 0.05;
        if (q != null && q.counted() != null) c += 0.1;
        if (hedge != null) c -= 0.15;
        return Math.max(0.05, Math.min(0.95, Math.round(c * 100) / 100.0));
    }

    // ---- Attribution

    private Attribution attribution(String text, int offset, List<Mention> mentions, State state) {
        List<int[]> quotes = new ArrayList<>();
        Matcher qm = QUOTED.matcher(text);
        while (qm.find()) quotes.add(new int[] {qm.start(), qm.end()});
        List<Candidate> cands = candidates(text, offset, mentions, quotes, state);
        Candidate according = after(ACCORDING, text, cands);
        Candidate citing = after(CITING, text, cands);
        Matcher v = VERB.matcher(text);
        Candidate subject = null;
        String cue = null;
        int cueStart = -1;
        int cueEnd = -1;
        List<Attribution> verbs = new ArrayList<>();
        while (v.find()) {
            if (inside(quotes, v.start("v"))) continue;
            Candidate c = before(text, v.start(), cands);
            Matcher who = WHO.matcher(text);
            if (c == null && who.find() && who.end() >= v.end("v") && who.start() <= v.start("v")) c = endingAt(text, who.start(), cands);
            if (c == null && precededByQuoteOrComma(text, v.start())) c = startingAt(text, v.end(), cands);
            if (c == null) continue;
            Source src = resolve(c, state);
            if (src != null) {
                verbs.add(new Attribution(src, null, v.group("v").toLowerCase(Locale.ROOT), c.start(), v.end("v"), false, List.of()));
            }
            if (subject == null) {
                subject = c;
                cue = v.group("v").toLowerCase(Locale.ROOT);
                cueStart = v.start("v");
                cueEnd = v.end("v");
            }
        }
        Source claimant;
        Source citedBy = null;
        if (citing != null) {
            claimant = resolve(citing, state);
            Candidate relay = according != null ? according : subject;
            citedBy = relay != null ? resolve(relay, state) : null;
            cue = "citing";
            cueStart = Math.min(cueStart < 0 ? citing.start() : cueStart, citing.start());
            cueEnd = Math.max(cueEnd, citing.end());
        } else if (according != null && subject != null && according != subject) {
            if (isOutlet(according)) {
                claimant = resolve(subject, state);
                citedBy = resolve(according, state);
            } else {
                claimant = resolve(according, state);
                citedBy = isOutlet(subject) ? resolve(subject, state) : null;
            }
            cueStart = Math.min(cueStart, according.start());
            cueEnd = Math.max(cueEnd, according.end());
        } else if (according != null) {
            claimant = resolve(according, state);
            cue = "according to";
            cueStart = according.start() - 13;
            cueEnd = according.end();
        } else if (subject != null) {
            claimant = resolve(subject, state);
            if (cue != null && cue.startsWith("tel") || "told".equals(cue)) {
                Candidate listener = startingAt(text, cueEnd, cands);
                if (listener == null) listener = startingAtAfterWords(text, cueEnd, cands);
                if (listener != null && isOutlet(listener)) citedBy = resolve(listener, state);
            }
        } else {
            return null;
        }
        if (claimant == null) return null;
        int start = Math.max(0, Math.min(cueStart, subject != null ? subject.start() : cueStart));
        return new Attribution(claimant, citedBy, cue, start, Math.max(cueEnd, start), citing != null || according != null, verbs);
    }

    private List<Candidate> candidates(String text, int offset, List<Mention> mentions, List<int[]> quotes, State state) {
        List<Candidate> out = new ArrayList<>();
        for (Mention m : mentions) {
            int s = m.start() - offset;
            if (inside(quotes, s)) continue;
            if (m.kind() == EntityKind.PERSON || m.kind().isOrganization() || m.kind() == EntityKind.COUNTRY
                    || (m.kind() == EntityKind.SETTLEMENT && isCapital(m))) {
                out.add(new Candidate(s, m.end() - offset, new Source(m, null), null, null));
            }
        }
        for (AnonymousSources.Found a : AnonymousSources.find(text, demonym)) {
            if (inside(quotes, a.start())) continue;
            Source src = new Source(null, a.label(), described(text, a));
            // A bare "Sources" after "Sources of UNN" are the same sources.
            if (!a.label().contains(" ") && state.lastAnonymous != null
                    && state.lastAnonymous.anonymous().toLowerCase(Locale.ROOT).contains(a.label().toLowerCase(Locale.ROOT))) {
                src = state.lastAnonymous;
            }
            Source described = src;
            // "Ukrainian military officials": the described group speaks, not the force its modifier names.
            out.removeIf(c -> c.start() >= a.start() && c.end() <= a.end() && c.end() - c.start() < a.end() - a.start());
            if (out.stream().anyMatch(c -> c.start() < a.end() && a.start() < c.end())) continue;
            out.add(new Candidate(a.start(), a.end(), described, null, null));
        }
        Matcher p = PRONOUN.matcher(text);
        while (p.find()) {
            if (!inside(quotes, p.start())) out.add(new Candidate(p.start(), p.end(), null, p.group("p").toLowerCase(Locale.ROOT), null));
        }
        Matcher n = NOMINAL.matcher(text);
        while (n.find()) {
            if (inside(quotes, n.start())) continue;
            int ns = n.start();
            if (out.stream().anyMatch(c -> c.start() < n.end() && ns < c.end())) continue;
            out.add(new Candidate(n.start(), n.end(), null, null, n.group("head").toLowerCase(Locale.ROOT)));
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    private static final Pattern POSSESSOR = Pattern.compile("(?<!\\p{L})\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}['’]s\\s+$");

    /** The words for an unnamed source, with its possessor: "Ukraine’s military intelligence service". */
    private static String described(String text, AnonymousSources.Found a) {
        int start = a.start();
        Matcher p = POSSESSOR.matcher(text.substring(Math.max(0, start - 40), start));
        if (p.find() && !text.substring(start, a.end()).matches("(?i)(?:an?|the)\\s.*")) start = start - (p.end() - p.start());
        return text.substring(start, a.end()).replaceAll("[“”\"]", "").strip();
    }

    /** The country a source speaking as a state stands for: a country, or the state whose capital it is; else null. */
    private String stateOf(Source s) {
        Mention m = s.mention();
        if (m == null || m.kbIri() == null) return null;
        if (m.kind() == EntityKind.COUNTRY) return m.kbIri();
        return isCapital(m) ? kb.get(m.kbIri()).map(ReferenceEntity::capitalOf).orElse(null) : null;
    }

    private boolean isCapital(Mention m) {
        return m.kbIri() != null && kb.get(m.kbIri()).map(e -> e.capitalOf() != null).orElse(false);
    }

    private static boolean isOutlet(Candidate c) {
        return c.source() != null && c.source().mention() != null && c.source().mention().kind() == EntityKind.OUTLET;
    }

    /** A candidate right after a cue ("according to X", "citing X"). */
    private static Candidate after(Pattern cue, String text, List<Candidate> cands) {
        Matcher m = cue.matcher(text);
        if (!m.find()) return null;
        Candidate c = startingAt(text, m.end(), cands);
        return c != null ? c : startingAtAfterWords(text, m.end(), cands);
    }

    private static Candidate startingAt(String text, int pos, List<Candidate> cands) {
        int p = pos;
        while (p < text.length() && (Character.isWhitespace(text.charAt(p)) || "“\"".indexOf(text.charAt(p)) >= 0)) p++;
        if (text.startsWith("an ", p)) p += 3;
        else if (text.startsWith("a ", p)) p += 2;
        else if (text.startsWith("the ", p)) p += 4;
        for (Candidate c : cands) {
            if (c.start() == p || c.start() == pos) return c;
        }
        // "according to the intelligence spokesperson": the cue took the article the title starts with.
        for (Candidate c : cands) {
            if (c.start() < pos && c.end() > p && text.substring(c.start(), pos).matches("(?i)(?:the|this|that)\\s+")) return c;
        }
        return null;
    }

    /** "told Japanese broadcaster NHK": up to three words between the cue and the name. */
    private static Candidate startingAtAfterWords(String text, int pos, List<Candidate> cands) {
        Matcher m = Pattern.compile("^(?:\\s+[\\p{L}’'-]+){0,3}?\\s+").matcher(text.substring(pos));
        for (Candidate c : cands) {
            if (c.start() < pos || c.start() > pos + 45) continue;
            String between = text.substring(pos, c.start());
            if (between.matches("\\s*(?:(?:an?|the|[a-z][\\p{L}-]*|[A-Z][a-z]+)\\s+){0,3}") && !between.contains(",")) return c;
        }
        return m.find() ? null : null;
    }

    /** The subject of a reporting verb: the candidate just before it, past an appositive ", a spokesperson for …,". */
    private static Candidate before(String text, int verbStart, List<Candidate> cands) {
        String prefix = stripFiller(text.substring(0, verbStart));
        Candidate c = endingAt(text, prefix.length(), cands);
        if (c != null) return c;
        if (prefix.endsWith(",")) {
            String inner = prefix.substring(0, prefix.length() - 1);
            // "The head of the directorate, Kyrylo Budanov, said": the name closing the title speaks.
            Candidate last = endingAt(text, inner.length(), cands);
            if (last != null && last.source() != null && last.source().mention() != null
                    && last.source().mention().kind() == EntityKind.PERSON) {
                return last;
            }
            int prev = inner.lastIndexOf(',');
            if (prev > 0) {
                String head = stripFiller(inner.substring(0, prev));
                Candidate named = endingAt(text, head.length(), cands);
                if (named != null) return named;
            }
            return last;
        }
        return null;
    }

    private static Candidate endingAt(String text, int end, List<Candidate> cands) {
        int e = end;
        while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || ")”\"".indexOf(text.charAt(e - 1)) >= 0)) e--;
        // "Ukraine's military intelligence service announced": a name followed by its generic head noun.
        Matcher head = Pattern.compile("\\s+(?:service|services|agency|agencies|office|command|ministry)$").matcher(text.substring(0, e));
        if (head.find()) {
            for (Candidate c : cands) {
                if (c.end() == head.start() && c.source() != null && c.source().mention() != null
                        && c.source().mention().kind().isOrganization()) return c;
            }
        }
        Candidate best = null;
        for (Candidate c : cands) {
            if (c.end() == e || c.end() == end) {
                if (best == null || c.start() < best.start()) best = c;
            }
        }
        if (best == null) {
            // "Kharkiv Operational-Tactical Command (OTU Kharkiv)": the name before the parenthesis.
            int open = text.lastIndexOf('(', e);
            if (open > 0 && e > open && text.charAt(e - 1) != ')' && text.indexOf(')', open) >= e - 1) {
                return null;
            }
        }
        return best;
    }

    private static String stripFiller(String prefix) {
        String p = prefix;
        String before;
        do {
            before = p;
            p = p.stripTrailing();
            p = p.replaceAll("(?i)(?:\\b(?:on|last|this|early|late)\\s+)?\\b(?:monday|tuesday|wednesday|thursday|friday|"
                    + "saturday|sunday|yesterday|today)$", "");
            p = p.replaceAll("(?i)\\b(?:on|in)\\s+\\d{1,2}\\s+[a-z]+$|\\b(?:on|in)\\s+[a-z]+\\s+\\d{1,2}$", "");
            p = p.replaceAll("(?i)\\b(?:has|have|had|also|then|later|earlier|previously|explicitly|publicly|"
                    + "reportedly|repeatedly|already|officially|separately|additionally|further)$", "");
        } while (!p.equals(before));
        return p.stripTrailing();
    }

    private static boolean precededByQuoteOrComma(String text, int pos) {
        String b = text.substring(0, pos).stripTrailing();
        return b.endsWith(",") || b.endsWith("”") || b.endsWith("\"") || b.endsWith(",”") || b.endsWith(",\"");
    }

    private static boolean inside(List<int[]> spans, int pos) {
        for (int[] s : spans) {
            if (pos > s[0] && pos < s[1]) return true;
        }
        return false;
    }

    /** A pronoun or title stands for the speaker named before it. */
    private static Source resolve(Candidate c, State state) {
        if (c.source() != null) return c.source();
        if (c.pronoun() != null) {
            return switch (c.pronoun()) {
                case "he", "she" -> state.lastPerson;
                case "it" -> state.lastOrg;
                default -> state.lastExplicit;
            };
        }
        String head = c.nominalHead();
        if (head == null || head.equals("statement")) return state.lastExplicit;
        // "The Times reported, citing officials, …. The report added": the report is the outlet's.
        if (head.equals("report") || head.equals("newspaper")) return state.lastReporter != null ? state.lastReporter : state.lastExplicit;
        if (head.matches("organi[sz]ation|ngo")) return state.lastOrgNamed != null ? state.lastOrgNamed : state.lastOrg;

        if (head.matches("brigade|battalion|regiment|division|corps|unit|group") && state.lastUnit != null) return state.lastUnit;
        boolean person = head.matches("spokesperson|spokesman|spokeswoman|official|minister|commander|president|general|chief|head");
        Source s = person ? state.lastPerson : state.lastOrg;
        return s != null ? s : state.lastExplicit;
    }

    private static final Pattern LISTENER = Pattern.compile("(?i)\\b(?:told|to|by|with)\\s+(?:the\\s+)?$");

    /** "the organization" later means the last one named, not one that was only told something. */
    private static void rememberOrganizationNamed(String body, List<Mention> mentions, State state) {
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.ORGANIZATION) continue;
            if (LISTENER.matcher(body.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
            state.lastOrgNamed = new Source(m, null);
        }
    }

    private static void rememberReporter(Attribution attr, State state) {
        if (attr.citedBy() != null) state.lastReporter = attr.citedBy();
        else if (isOutlet(attr.claimant())) state.lastReporter = attr.claimant();
    }

    private static boolean isOutlet(Source s) {
        return s != null && s.mention() != null && s.mention().kind() == EntityKind.OUTLET;
    }

    private static void remember(Source s, State state) {
        if (s == null || s.isOutlet()) return;
        if (s.anonymous() != null && s.anonymous().contains(" ")) state.lastAnonymous = s;
        state.lastExplicit = s;
        if (s.mention() != null && s.mention().kind() == EntityKind.PERSON) state.lastPerson = s;
        else if (s.mention() != null) state.lastOrg = s;
    }

    /** The same number of the same kind said twice in one report by the same source (or once by the outlet) is one claim. */
    private static List<Claim> dedupe(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.quantity() == null) {
                out.add(c);
                continue;
            }
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                Claim o = out.get(i);
                if (o.quantity() != null && o.quantity().value() == c.quantity().value() && o.type() == c.type()
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
