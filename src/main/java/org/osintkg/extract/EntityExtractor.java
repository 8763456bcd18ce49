package org.osintkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.kb.EntityKind;
import org.osintkg.kb.KnowledgeBase;
import org.osintkg.kb.Names;
import org.osintkg.nlp.AnnotatedText;
import org.osintkg.nlp.Sentence;
import org.osintkg.nlp.Token;

/**
 * Finds the names of people, organizations, military units and places in an annotated body:
 * KB names through the gazetteer, other names from the tagger, units from their designations,
 * and acronyms defined in parentheses.
 */
public final class EntityExtractor {
    // String.matches compiles its pattern on every call; these are compiled once.
    private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile("(?is).*\\b(in|at|to|near|from|into|outside|around|toward|towards|over|across|via|of|and|"
                + "capital|city|downtown|central|visit|visited|visiting|fly|flew|arrived|left|returned)\\s+(the\\s+)?$");
    private static final Pattern SPEAKS_AFTER = Pattern.compile("(?s)^(['’]s\\s|\\s+(said|says|has|have|had|is|was|will|would|denied|denies|claimed|claims|"
                + "deployed|sent|sends|announced|accused|warned|insisted|regime|government|authorities|leadership|"
                + "and\\s+\\p{Lu}|(?-i:[a-z]+ed)\\b)).*");
    private static final Pattern STATE_RELATION_BEFORE = Pattern.compile("(?is).*\\b(between|supporting|support|backing|with|against|by|for|pressure on|"
                + "contact|contacted|urged|urge|asked|ask)\\s+$");
    private static final Pattern LOWER_WORD_AFTER = Pattern.compile("(?s)^\\s+[a-z].*");
    private static final Pattern FUNCTION_WORD_AFTER = Pattern.compile("(?s)^\\s+(and|or|to|in|on|has|have|had|is|was|will|would|said|says)\\b.*");
    private static final Pattern AND_OR = Pattern.compile("\\s+(?:and|or)\\s+");
    private static final Pattern COMPASS_WORD = Pattern.compile("Eastern|Western|Northern|Southern|Central|North|South|East|West");
    private static final Pattern ACRONYM_AND_NAME = Pattern.compile("[A-Z]{2,6}\\s+[A-Z][a-z]+");
    private static final Pattern UNIT = Pattern.compile(
            "\\b\\d+(?:st|nd|rd|th)\\s+(?:(?:Separate|Independent|Guards|Special|Territorial|Defense|Defence|Marine|"
            + "Airborne|Assault|Air|Naval|Motorized|Motor|Rifle|Tank|Artillery|Mechanized|Mechanised|Infantry|"
            + "Mountain|Jaeger|Presidential|Operational|Purpose|Combined|Arms|Coastal|Brigade|Reconnaissance|"
            + "Unmanned|Systems|Aviation|Missile|Spetsnaz|[A-Z][a-z]+)[- ]){0,5}"
            + "(?:Brigade|Division|Regiment|Battalion|Corps|Army|Fleet|Squadron|Detachment|Flotilla)\\b"
            + "|\\b(?:[A-Z][a-z]+\\s+)+Operational[- ](?:Tactical|Strategic)\\s+(?:Command|Group)\\b"
            + "|\\bOperational[- ](?:Tactical|Strategic)\\s+(?:Command|Group)\\s+[\"“]?[A-Z][a-z]+\\b[\"”]?"
            + "|\\b(?:OTU|OSUV|OSU|OTG)\\s+[\"“]?[A-Z][a-z]+\\b[\"”]?"
            + "|\\b[A-Z][a-z]+\\s+Group\\s+of\\s+Forces\\b"
            + "|\\b[A-Z][a-z]+\\s+Military\\s+District\\b"
            // "Battlegroup Zapad", "Battle Group Sever", "the Black Sea Fleet"
            + "|\\bBattle\\s?[Gg]roup\\s+\\p{Lu}\\p{Ll}+\\b|\\b\\p{Lu}\\p{Ll}+\\s+Battle\\s?[Gg]roup\\b"
            + "|\\b(?:Black Sea|Baltic|Northern|Pacific|Caspian|Mediterranean|Sixth|Seventh)\\s+Fleet\\b");
    /** "the patrol ship Sergei Kotov", "USNS Impeccable": a vessel's name, neither a person nor a body nor a place. */
    private static final Pattern VESSEL_BEFORE = Pattern.compile("(?i)(?:\\b(?:ship|vessel|tanker|destroyer|frigate|cruiser|"
            + "corvette|carrier|freighter|bulker|container ship|cargo ship|patrol ship|warship|submarine|yacht|boat)\\s+(?:the\\s+)?"
            + "[\"“']?|\\b(?-i:USNS|USS|HMS|MV|MT|INS|RFS|HNLMS|FGS))\\s*(?-i:\\p{Lu}[\\p{L}-]*\\s+){0,2}$");
    /** "US-made", "Iran-backed": a name inside an adjective is no mention of the thing named. */
    private static final Pattern COMPOUND_AFTER = Pattern.compile("^[-‑](?:made|led|backed|based|flagged|owned|supplied|built|"
            + "produced|born|controlled|occupied|allied|aligned|funded|friendly|linked|affiliated|bound)\\b");
    /** "the Lithuanian NGO 'Blue-Yellow'": a quoted name right after the kind of body it is. */
    private static final Pattern QUOTED_ORGANIZATION = Pattern.compile("\\b(?:NGO|[Oo]rgani[sz]ation|[Ff]oundation|[Cc]harity|"
            + "[Mm]ovement|[Gg]roup|[Cc]ompany|[Pp]arty|[Aa]ssociation|[Uu]nion)\\s+['‘“\"](?<name>\\p{Lu}[\\p{L}\\p{N}-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*){0,3})[,.]?['’”\"]");
    private static final Pattern DASH = Pattern.compile("[-–—]+");
    private static final Pattern PARENTHESIS = Pattern.compile("\\G\\s*\\(([^()\\n]{2,40})\\)");
    private static final Pattern REGION_WORD = Pattern.compile("Oblast|Region|Krai|Province|Raion|District|Governorate|Oblasts");
    private static final Set<String> TITLES = Set.of("president", "gen", "general", "brig", "lt", "lieutenant",
            "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "commander",
            "minister", "dr", "mr", "mrs", "ms", "prime", "secretary", "spokesperson", "spokesman", "chief",
            "deputy", "head", "defense", "defence", "foreign", "senior", "sen", "rep", "gov", "governor", "mayor",
            "prof", "ambassador", "marshal", "army", "chairman", "director", "leader", "colonel-general", "brig-gen",
            "says", "said", "told");

    private final Gazetteer gazetteer;
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> capitals = new HashSet<>();
    /** Country names and aliases, as keys: the owners in "Ukraine's Armed Forces". */
    private final Set<String> countries = new HashSet<>();
    private static final Set<String> GENERIC = Set.of("state", "forces", "armed forces", "army", "navy", "government",
            "defense", "defence",
            "ministry", "council", "command", "military", "parliament", "police", "intelligence", "media", "news");

    public EntityExtractor(KnowledgeBase kb) {
        this.gazetteer = new Gazetteer(kb);
        for (String d : kb.demonyms()) {
            demonyms.add(Names.key(d));
            demonyms.add(Names.key(d) + "s");
        }
        kb.entities().forEach(e -> {
            if (e.capitalOf() != null) capitals.add(e.iri());
            if (e.kind() == EntityKind.COUNTRY) {
                countries.add(Names.key(e.label()));
                e.aliases().forEach(a -> countries.add(Names.key(a)));
            }
        });
    }

    /**
     * The names in a text, and apart from them the capitals that stand for their governments
     * ("Kyiv said", "supporting Pyongyang"): no place is mentioned there, but a claim may be made by one.
     *
     * @param names    the mentions of named things, in text order
     * @param metonyms the capitals standing for a state, in text order
     */
    public record Found(List<Mention> names, List<Mention> metonyms) {
        /** Names and metonyms together, in text order: every span a claim may be attributed to. */
        public List<Mention> all() {
            List<Mention> out = new ArrayList<>(names);
            out.addAll(metonyms);
            out.sort(java.util.Comparator.comparingInt(Mention::start));
            return out;
        }
    }

    public List<Mention> mentions(AnnotatedText doc) {
        return find(doc).names();
    }

    public Found find(AnnotatedText doc) {
        List<Mention> candidates = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Gazetteer.Match m : gazetteer.find(s.tokens())) {
                Token a = s.tokens().get(m.from());
                Token b = s.tokens().get(m.to() - 1);
                Gazetteer.Entry e = m.entry();
                candidates.add(new Mention(a.start(), b.end(), doc.text().substring(a.start(), b.end()),
                        e.entity().kind(), e.entity().iri(), e.weak(), -1));
            }
            candidates.addAll(tagged(doc.text(), s));
        }
        Matcher u = UNIT.matcher(doc.text());
        while (u.find()) {
            int end = u.end();
            String t = u.group();
            if (t.endsWith("\"") || t.endsWith("”")) end--;
            candidates.add(new Mention(u.start(), end, doc.text().substring(u.start(), end), EntityKind.MILITARY_UNIT, null, false, -1));
        }
        Matcher q = QUOTED_ORGANIZATION.matcher(doc.text());
        while (q.find()) {
            candidates.add(new Mention(q.start("name"), q.end("name"), q.group("name"), EntityKind.ORGANIZATION, null, false, -1));
        }
        List<Mention> chosen = choose(dropSpansHoldingNames(candidates));
        chosen.removeIf(m -> isAdjectival(doc.text(), m) || namesAVessel(doc.text(), m) || inCompound(doc.text(), m));
        List<Mention> metonyms = new ArrayList<>(chosen.stream().filter(m -> isMetonym(doc.text(), m)).toList());
        List<Mention> names = acronyms(doc.text(), withoutCoordinatedMetonyms(doc.text(), chosen, metonyms));
        return new Found(names, List.copyOf(metonyms));
    }

    /** "American" in "American Institute for the Study of War" when the KB knows the rest as a name. */
    private boolean onlyModifiers(String prefix) {
        String p = prefix.strip();
        if (p.isEmpty()) return false;
        for (String w : p.split("\\s+")) {
            if (!demonyms.contains(Names.key(w)) && !w.equalsIgnoreCase("the")) return false;
        }
        return true;
    }

    /** A dash with space on both sides ("Cape Chauda - Crimea"), not one inside a name ("Kum-chol"). */
    private static boolean spacedDash(String text, Token t) {
        return DASH.matcher(t.text()).matches() && t.start() > 0 && t.end() < text.length()
                && Character.isWhitespace(text.charAt(t.start() - 1)) && Character.isWhitespace(text.charAt(t.end()));
    }

    private static boolean namesAVessel(String text, Mention m) {
        if (m.kind() == EntityKind.MILITARY_UNIT) return false;
        return VESSEL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
    }

    private static boolean inCompound(String text, Mention m) {
        return m.kind() != EntityKind.PERSON && COMPOUND_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 14))).find();
    }

    /** "U.S. officials", "UK military": a country's short name used as an adjective is no mention of the country. */
    private static boolean isAdjectival(String text, Mention m) {
        if (m.kind() != EntityKind.COUNTRY || !Names.isAcronym(m.text())) return false;
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        return LOWER_WORD_AFTER.matcher(after).matches() && !FUNCTION_WORD_AFTER.matcher(after).matches();
    }

    /**
     * "a partnership between Moscow and Pyongyang", "supporting Kyiv": a capital standing for its
     * government is no mention of the city. Claims still read it as the government.
     */
    private boolean isMetonym(String text, Mention m) {
        if (!isCapital(m)) return false;
        String before = text.substring(Math.max(0, m.start() - 25), m.start());
        // Relations between states, even after a preposition: "pressure from Colombo", "supporter of Kyiv".
        if (STATE_RELATION.matcher(before).find()) return true;
        if (PLACE_PREPOSITION_BEFORE.matcher(before).matches()) {
            return false;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        return SPEAKS_AFTER.matcher(after).matches()
                || STATE_RELATION_BEFORE.matcher(before).matches();
    }

    private static final Pattern STATE_RELATION = Pattern.compile("(?i)\\b(?:between\\s+\\S+\\s+and|(?:pressure|support|"
            + "help|aid|demands?|requests?|orders?)\\s+from|(?:supporters?|allies|ally|partners?|backers?)\\s+of|"
            + "(?:reliance|dependence|pressure|sanctions)\\s+on)\\s+$");

    private boolean isCapital(Mention m) {
        return m.kind() == EntityKind.SETTLEMENT && m.kbIri() != null && capitals.contains(m.kbIri());
    }

    /** "by Moscow or Pyongyang": the second of two coordinated capitals stands for what the first does. */
    private List<Mention> withoutCoordinatedMetonyms(String text, List<Mention> mentions, List<Mention> metonyms) {
        List<Mention> out = new ArrayList<>();
        Mention previous = null;
        for (Mention m : mentions) {
            boolean coordinated = previous != null && isCapital(m) && metonyms.contains(previous)
                    && previous.end() <= m.start() && AND_OR.matcher(text.substring(previous.end(), m.start())).matches();
            if (coordinated) metonyms.add(m);
            else if (!metonyms.contains(m)) out.add(m);
            previous = m;
        }
        return out;
    }

    /**
     * A tagger span that holds two KB names of people or organizations ("Armed Forces of Ukraine
     * Oleksandr Syrskyi") is two names, not one.
     */
    private List<Mention> dropSpansHoldingNames(List<Mention> candidates) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : candidates) {
            if (m.kbIri() == null && m.kind() != EntityKind.MILITARY_UNIT) {
                long inside = candidates.stream().filter(k -> k.kbIri() != null && k != m && k.start() >= m.start()
                        && k.end() <= m.end() && (k.kind() == EntityKind.PERSON || k.kind().isOrganization())).count();
                boolean person = candidates.stream().anyMatch(k -> k.kbIri() != null && k.start() >= m.start()
                        && k.end() <= m.end() && k.kind() == EntityKind.PERSON && m.kind() != EntityKind.PERSON);
                boolean demonymPrefixed = candidates.stream().anyMatch(k -> k.kbIri() != null && k.end() == m.end()
                        && k.start() > m.start() && onlyModifiers(m.text().substring(0, k.start() - m.start())));
                if (inside >= 2 || person || demonymPrefixed) continue;
            }
            out.add(m);
        }
        return out;
    }

    /** Spans the CRF tagger marked, with titles and possessors trimmed and demonyms dropped. */
    private List<Mention> tagged(String text, Sentence s) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            String tag = t.get(i).ner();
            if (!t.get(i).isEntity()) {
                i++;
                continue;
            }
            int j = i + 1;
            // "Cape Chauda - Crimea": a dash between two names ends the first.
            while (j < t.size() && t.get(j).ner().equals(tag) && !spacedDash(text, t.get(j))) j++;
            int from = i;
            int to = j;
            i = j;
            for (int k = from; k < to; k++) {
                if (Names.token(t.get(k).text()) != null && Names.token(t.get(k).text()).equals("'s")) from = k + 1;
            }
            if (tag.equals("PERSON")) {
                while (from < to && isTitle(t.get(from).text())) from++;
            }
            if (tag.equals("LOCATION")) {
                while (from < to - 1 && (demonyms.contains(Names.key(t.get(from).text()))
                        || COMPASS_WORD.matcher(t.get(from).text()).matches())) from++;
            }
            while (to > from && Names.token(t.get(to - 1).text()) == null) to--;
            if (from >= to) continue;
            EntityKind kind = switch (tag) {
                case "PERSON" -> EntityKind.PERSON;
                case "ORGANIZATION" -> EntityKind.ORGANIZATION;
                case "LOCATION" -> EntityKind.PLACE;
                default -> null;
            };
            if (kind == null) continue;
            if (kind == EntityKind.ORGANIZATION && onlyGenericWords(t, from, to)) from = withOwner(t, from);
            if (kind == EntityKind.ORGANIZATION && to - from > 1 && newsName(t, from, to)) kind = EntityKind.OUTLET;
            if (kind == EntityKind.PLACE && to < t.size() && REGION_WORD.matcher(t.get(to).text()).matches()) {
                to++;
                kind = EntityKind.REGION;
            }
            int start = t.get(from).start();
            int end = t.get(to - 1).end();
            String surface = text.substring(start, end);
            if (!keep(surface)) continue;
            out.add(new Mention(start, end, surface, kind, null, false, -1));
        }
        return out;
    }

    /**
     * The last word of a news organization's name ("Kyodo News", "Jordan Times", "Qatar News Agency"):
     * an outlet the KB does not know relays what others say, it does not speak for them.
     */
    private static final Pattern NEWS_HEAD = Pattern.compile("News|Newsroom|Press|Times|Post|Gazette|Herald|Tribune|Broadcasting|"
            + "Television|TV|Radio|Newspaper|Daily|Telegraph|Journal|Chronicle|Newswire|Wire");
    private static final Pattern NEWS_AGENCY = Pattern.compile("News|Press|Information|Telegraph");

    private static boolean newsName(List<Token> t, int from, int to) {
        String last = t.get(to - 1).text();
        if (NEWS_HEAD.matcher(last).matches()) return true;
        return last.equals("Agency") && to - from > 2 && NEWS_AGENCY.matcher(t.get(to - 2).text()).matches();
    }

    /** Words that name no organization by themselves: "Defence Forces" is only a name as "Ukrainian Defence Forces". */
    private static final Set<String> GENERIC_WORDS = Set.of("defence", "defense", "forces", "force", "armed", "air", "navy",
            "army", "ministry", "foreign", "national", "guard", "border", "service", "security", "military", "intelligence",
            "special", "operations", "ground", "naval", "marine", "corps");

    /** "Ukrainian Defence Forces", "Ukraine's Armed Forces": the owner that makes generic words a name. */
    private int withOwner(List<Token> t, int from) {
        if (from > 0 && demonyms.contains(Names.key(t.get(from - 1).text()))) return from - 1;
        if (from < 2 || !"'s".equals(Names.token(t.get(from - 1).text()))) return from;
        if (countries.contains(Names.key(t.get(from - 2).text()))) return from - 2;
        boolean twoWords = from > 2 && countries.contains(Names.key(t.get(from - 3).text() + " " + t.get(from - 2).text()));
        return twoWords ? from - 3 : from;
    }

    private static boolean onlyGenericWords(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = Names.token(t.get(k).text());
            if (w != null && !GENERIC_WORDS.contains(w) && !w.equals("of") && !w.equals("the")) return false;
        }
        return true;
    }

    private boolean keep(String surface) {
        String key = Names.key(surface);
        if (key.length() < 2 || demonyms.contains(key) || GENERIC.contains(key)) return false;
        if (surface.contains("/") || surface.contains("'") && surface.indexOf('\'') != surface.lastIndexOf('\'')) return false;
        if (surface.equals(surface.toLowerCase())) return false;
        return Character.isUpperCase(surface.codePointAt(0)) || Character.isDigit(surface.codePointAt(0));
    }

    private static boolean isTitle(String token) {
        String k = Names.token(token);
        return k != null && TITLES.contains(k);
    }

    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "on", "in", "de", "&");

    /** True when the acronym's letters are, in order, initials of the name's words ("DRC" of "Democratic Republic of the Congo"). */
    static boolean initialsOf(String name, String acronym) {
        String letters = acronym.replaceAll("[^\\p{L}]", "").toUpperCase(java.util.Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s'’-]+")) {
            if (!w.isEmpty()) initials.append(Character.toUpperCase(w.charAt(0)));
        }
        int i = 0;
        for (int k = 0; k < initials.length() && i < letters.length(); k++) {
            if (initials.charAt(k) == letters.charAt(i)) i++;
        }
        return !letters.isEmpty() && i == letters.length();
    }

    /** True when an acronym is the initials of a later part of the name but not of the whole of it. */
    static boolean spellsOnlyATail(String name, String acronym) {
        List<String> initials = new ArrayList<>();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && !MINOR_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                initials.add(String.valueOf(Character.toUpperCase(w.charAt(0))));
            }
        }
        String letters = acronym.replaceAll("[^\\p{L}]", "").toUpperCase(java.util.Locale.ROOT);
        String all = String.join("", initials);
        if (all.startsWith(letters) || letters.length() < 2) return false;
        for (int i = 1; i < initials.size(); i++) {
            if (String.join("", initials.subList(i, initials.size())).equals(letters)) return true;
        }
        return false;
    }

    /**
     * Non-overlapping mentions: the longer span wins; on a tie a KB unit, then a unit pattern (the same
     * words as a KB unit's name are that unit), then a KB name.
     */
    private static List<Mention> choose(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparing(m -> m.kind() != EntityKind.MILITARY_UNIT ? (m.kbIri() != null ? 2 : 3) : m.kbIri() != null ? 0 : 1)
                .thenComparingInt(Mention::start));
        List<Mention> out = new ArrayList<>();
        for (Mention m : sorted) {
            if (out.stream().noneMatch(m::overlaps)) out.add(m);
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * "Main Intelligence Directorate (HUR)": the parenthesis names the same thing; so does every
     * later use of it in the body.
     */
    private static List<Mention> acronyms(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.PERSON) continue;
            Matcher p = PARENTHESIS.matcher(text);
            if (!p.find(m.end()) || p.start() != m.end()) continue;
            String inner = p.group(1).strip();
            if (!Names.isAcronym(inner) && !ACRONYM_AND_NAME.matcher(inner).matches()) continue;
            // "Air Force Command of the Armed Forces of Ukraine (AFU)": the letters spell only the end of the name.
            if (Names.isAcronym(inner) && spellsOnlyATail(m.text(), inner)) continue;
            // "DUBAI, United Arab Emirates (AP) —": after a place, only its initials name it (UAE, DPR); else a credit.
            if (m.kind().isPlace() && !initialsOf(m.text(), inner)) continue;
            Pattern use = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(inner) + "(?![\\p{L}\\p{N}])");
            Matcher u = use.matcher(text);
            while (u.find()) {
                Mention alias = new Mention(u.start(), u.end(), inner, m.kind(), m.kbIri(), false, m.start());
                out.removeIf(o -> o.overlaps(alias) && o.length() <= alias.length() && o != m);
                if (out.stream().noneMatch(alias::overlaps)) out.add(alias);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
