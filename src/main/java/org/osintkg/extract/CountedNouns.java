package org.osintkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a number counts: the noun after it ("3,000 North Korean soldiers", "8 German-made Leopard
 * tanks"), the noun named before it ("losses … reached 500"), the noun of the range or whole it is
 * part of ("between 100 and 200 civilians", "17 out of 22 drones"), or of the number it is listed
 * after ("141 drones: 62 over the Bryansk Region, …").
 */
final class CountedNouns {
    private CountedNouns() {}

    private static final Pattern LOSS_BEFORE = Pattern.compile("(?i)\\b(?<noun>losses|casualties|deaths|death toll|"
            + "toll|killed|wounded|injured|dead|prisoners|captives)\\s+(?:[\\p{L}’'-]+\\s+){0,8}?(?:(?:have|has|had)\\s+)?(?:(?:now|already|so far|reportedly)\\s+)?(?:to be|of|at|reached|"
            + "stood at|is|was|were|are|totaled|totalled|total|numbered|exceeded|exceed|surpassed)"
            + "(?:\\s+(?:about|around|some|roughly|nearly|almost|over|more than|up to|at least))?\\s+$");
    /** "Chinese nationals": a demonym before one of these is its modifier, not the counted people. */
    private static final String PEOPLE_NOUN = "(?:troops|soldiers|servicemen|personnel|nationals|citizens|fighters|"
            + "mercenaries|workers|men|people|officers|recruits|volunteers|civilians|prisoners|captives|pows)\\b";
    private static final Pattern UNIT_NOUN = Pattern.compile("(?i)^(?:[\\s\"“”']|of|the|its|their|and|or|(?-i:[a-z]+\\s+(?=(?:[a-z]+\\s+)?(?:deaths|members|personnel|troops|soldiers)\\b))|additional|more|north|"
            + "south|korean|koreans|russian|ukrainian|chinese|iranian|belarusian|american|british|foreign|senior|regular|"
            + "military|elite|special|combat|wounded|enemy|new|other|active|(?-i:[A-Z][a-z]+)|"
            // "German-made", "AMX-10", "M113", "HIMARS", "fixed-wing": models and makers before the noun.
            + "(?-i:[\\p{L}\\d]+(?:[-/][\\p{L}\\d]+)+|\\p{Lu}+\\d[\\p{L}\\d]*|\\p{Lu}{2,})|"
            + "armou?red|wheeled|tracked|unmanned|naval|ballistic|cruise|anti-ship|attack|kamikaze|fighting|"
            + "reconnaissance|guided|aerial|surface|air|sea|long-range|short-range|heavy|light|main|battle|infantry|"
            + "self-propelled|multiple|rocket|launcher|defen[cs]e|missile|radar|artillery|mortar|field|supply|cargo|"
            + "fuel|transport|fixed-wing|satellite|military-technical|service|personnel(?=\\s+carriers?)|"
            // "two air assault divisions", "eight bomber aviation regiments": what a formation is made of.
            + "(?:assault|motori[sz]ed|mechani[sz]ed|marine|fighter|bomber|aviation|army|operational|airborne|tank|rifle|"
            + "engineering|logistics|territorial)(?=(?:\\s+[a-z]+)?\\s+(?:divisions?|regiments?|brigades?|battalions?|commands?|corps)))*?"
            + "(?<noun>troops|soldiers|servicemen|servicemembers|personnel(?!\\s+carriers?)|infantrymen|mercenaries|officers|generals|"
            + "fighters|militants|men|people|civilians|deaths|citizens|nationals|workers|recruits|conscripts|advisers|advisors|"
            + "specialists|staff|members|volunteers|prisoners|captives|pows|casualties|killed|dead|wounded|injured|"
            + "drones|uavs|missiles|rockets|shells|tanks|vehicles|aircraft|jets|helicopters|ships|vessels|boats|"
            + "artillery|howitzers|systems|launchers|rounds|munitions|bombs|brigades|battalions|divisions|regiments|"
            + "units|companies|corps|instructors|engineers|pilots|sailors|marines|commanders|children|bodies|hostages|"
            + "detainees|migrants|refugees|families|residents|operators|snipers|paratroopers|guards|agents|diplomats|"
            + "generals|colonels|crew|crews|troop|soldier|drone|missile|person|man|general|"
            + "carriers|automobiles|cars|trucks|spacecraft|satellites|terminals|warships|submarines|planes|airplanes|"
            + "interceptors|mines|grenades|counterattacks|counter-attacks|attacks|assaults|servicepeople|defenders|"
            + "fatalities|victims|dead|deaths|injuries|extremists|paramilitaries|rebels|jihadists|jihadis|insurgents|"
            + "operatives|contractors|sappers|gunmen|terrorists|occupiers|invaders|attackers|troopers|seafarers|mariners|"
            + "returnees|(?:tank|vehicle|ship|vessel|helicopter|plane|uav|rocket|shell|bomb)(?![\\s-]+(?:launchers?|rockets?|"
            + "missiles?|systems?|carriers?|vehicles?|drones?|boats?|ships?|crews?|units?|brigades?))|"
            + "individuals|persons|(?-i:\\p{Lu}\\p{Ll}+(?:ans|ese|ians|is|ers)\\b(?!\\s+" + PEOPLE_NOUN + ")))\\b");


    /** A counted noun standing first, with no modifier before it. */
    private static final Pattern HEAD_NOUN = Pattern.compile("(?i)^" + UNIT_NOUN.pattern().substring(UNIT_NOUN.pattern().indexOf("(?<noun>")));

    /** "the total number of North Korean troops in the area is projected to reach 5,000" */
    private static final Pattern NUMBER_OF = Pattern.compile("(?i)\\b(?:number|total|strength|size)\\s+of\\s+"
            + "(?<noun>(?:[\\p{L}-]+\\s+){0,3}?(?:troops|soldiers|servicemen|personnel|fighters|mercenaries|forces|advisers|"
            + "advisors|instructors|officers|recruits|workers|"
            + "civilians|people|casualties|prisoners|drones|missiles))\\b[^.;:!?]{0,60}?\\b(?:reach|reached|reaches|"
            + "to be|at|is|was|are|were|stood at|stands at|totals?|totall?ed|exceeds?|exceeded|surpassed|grew to|rose to|"
            + "falls?|fell|lies|lay|ranges?|ranged|estimated at|put at|placed at)"
            + "(?:\\s+(?:about|around|some|roughly|nearly|almost|over|more than|up to))?\\s+$");

    /** "tanks — 364;", "artillery systems: 248": a list item that names what it counts before the number. */
    private static final Pattern ITEM_BEFORE = Pattern.compile("(?i)(?:^|[;:,(•·\\n]\\s*|\\b(?:including|of them|among them)\\s+)"
            + "(?<item>(?:[a-z][a-z/-]*\\s+){0,3}[a-z][a-z/-]*)\\s*[—–:-]\\s*(?:about\\s+|over\\s+|more than\\s+)?$");

    /** The counted noun named before the number: "losses … reached 500", "the number of troops … to reach 5,000". */
    static String before(String text, int numberStart) {
        Matcher item = ITEM_BEFORE.matcher(text.substring(Math.max(0, numberStart - 60), numberStart));
        if (item.find() && UNIT_NOUN.matcher(item.group("item")).matches()) return item.group("item");
        Matcher loss = LOSS_BEFORE.matcher(text.substring(Math.max(0, numberStart - 100), numberStart));
        if (loss.find()) return loss.group("noun");
        Matcher n = NUMBER_OF.matcher(text.substring(Math.max(0, numberStart - 150), numberStart));
        return n.find() ? n.group("noun") : null;
    }

    private static final Pattern RANGE = Pattern.compile("(?i)^\\s*(?:and|to|or|-|–)\\s*\\d{1,3}(?:,\\d{3})*\\s+");

    /** "between 200 and 400 civilians": the first number of a range counts what the second counts. */
    static String range(String after) {
        Matcher r = RANGE.matcher(after);
        return r.lookingAt() ? after(after.substring(r.end())) : null;
    }

    private static final Pattern OUT_OF = Pattern.compile("(?i)^\\s*(?:out\\s+of\\s+(?:the\\s+)?(?:(?:at least|about|around|some|"
            + "roughly|nearly|almost|over|more than|up to)\\s+)?|of\\s+(?:the|an estimated)\\s+"
            + "(?:(?:approximately|about|around|some|roughly|nearly|almost|over|more than|estimated)\\s+)?|of\\s+)"
            + "(?:\\d{1,3}(?:,\\d{3})+|\\d+)\\s+");

    /** "17 out of 22 drones", "1,279 of the approximately 2,500 fighters": the part counts what the whole counts. */
    static String outOf(String after) {
        Matcher r = OUT_OF.matcher(after);
        return r.lookingAt() ? after(after.substring(r.end())) : null;
    }

    /**
     * Where a number joins the one before it in a list: after a comma, colon, semicolon, "and", "while" or
     * a dash, and a part of the whole named before it (", including 455 from the brigade").
     */
    private static final Pattern LIST_JOIN = Pattern.compile("(?i)(?:[,:;–-]|\\band|\\bwhile|\\bwhereas|\\bbut)\\s*"
            + "(?:(?:including|among them|among whom|of whom|of which|of them)\\s+)?"
            + "(?:(?:the|another|other|a further|an additional)\\s+)?$");
    /** "65 fatalities, while Barabanov's sources say at least 60": another source's figure for the same count. */
    private static final Pattern OTHER_SAYS = Pattern.compile("(?i)(?:,|\\bwhile|\\bwhereas|\\bbut|\\band)\\b?[^,;:.]{0,60}?\\b"
            + "(?:say|says|said|claim|claims|claimed|estimate|estimates|estimated|put (?:it|the (?:number|figure|toll)) at|"
            + "reports?|reported)\\s*$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s|\\d");

    /**
     * "141 drones: 62 over the Bryansk Region, 12 over the Tula Region", "eight drones were shot
     * down … and four were destroyed": a number listed after a counted one counts the same thing.
     */
    static String listed(String text, int start, List<Quantity> before) {
        if (before.isEmpty()) return null;
        Quantity prev = before.get(before.size() - 1);
        if (prev.counted() == null || prev.end() > start || start - prev.end() > 160) return null;
        String gap = text.substring(prev.end(), start);
        if (SENTENCE_BREAK.matcher(gap).find()) return null;
        return LIST_JOIN.matcher(gap).find() || OTHER_SAYS.matcher(gap).find() ? prev.counted() : null;
    }


    /**
     * One word of any kind before a counted noun ("150,000 permanent casualties", "17 barrage munitions",
     * "20 loitering munitions"), never a word of grammar or measure ("12 were killed", "3 times more drones").
     */
    private static final Pattern ONE_WORD = Pattern.compile("^\\s*+(?!(?:were|was|are|is|have|has|had|been|being|and|or|of|the|"
            + "more|less|fewer|times|than|per|percent|each|who|which|that|from|to|in|at|on|by|with|into|over|under|since|"
            + "for|out|will|would|could|should|may|might|must|did|does|do|not|also|still|only|just|about|around|some|"
            + "such|these|those|their|its|his|her|our|they|them|people|years|days|hours|weeks|months|miles|meters|metres|"
            + "kilometers|kilometres|tonnes|tons|dollars|euros|rubles|hryvnias)\\b)(?-i:[a-z][a-z-]{3,})\\s++");

    /** The counted noun right after a number, or null. */
    static String after(String after) {
        Matcher noun = UNIT_NOUN.matcher(after);
        if (noun.lookingAt()) return after.substring(0, noun.end()).strip();
        Matcher word = ONE_WORD.matcher(after);
        if (!word.lookingAt()) return null;
        Matcher rest = HEAD_NOUN.matcher(after.substring(word.end()));
        return rest.lookingAt() ? after.substring(0, word.end() + rest.end()).strip() : null;
    }
}
