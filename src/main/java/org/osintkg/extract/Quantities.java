package org.osintkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.extract.Quantity.Qualifier;

/**
 * Finds numbers of people and things: numerals ("11,000", "1.5 million"), number words ("three
 * generals", "several hundred"), their qualifiers ("over", "up to", "roughly") and the counted noun.
 * Years, dates, ordinals, money and percentages are not quantities.
 */
public final class Quantities {
    // String.matches compiles its pattern on every call; these are compiled once.
    private static final Pattern ELLIPTICAL_VERB_AFTER = Pattern.compile("(?is)^\\s*(?:of them\\s+)?(?:have|had|has|were|was|are|remain|remained|died|"
                + "were killed|are believed|more|others|had been|have been|of whom|who)\\b.*");
    private static final Pattern MONTH_DATE_BEFORE = Pattern.compile("(?is).*\\b(on|since|by|until|from|in|of|early|late|mid)\\s+(january|february|march|april|may|june|"
                + "july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\s*$");
    private static final Pattern UNIT_OR_MONEY_AFTER = Pattern.compile("(?is)^\\s*(%|percent|per cent|billion|bn|km|kilomet|miles|"
                + "meters|metres|hours|days|weeks|months|years|minutes|times|a\\.m|p\\.m|am\\b|pm\\b|o'clock|dollars|euros|"
                + "rubles|hryvnias|tons|tonnes|kg).*");
    private static final Pattern SOURCE_SAYS_AFTER = Pattern.compile("(?s)^\\s+(?:that\\s+)?(?:the\\s+)?[A-Z][\\p{L}.]*(?:\\s+[A-Z][\\p{L}.]*)?\\s+(?:says|said|estimates|estimated|believes|claims|claimed)\\b.*");
    private static final Pattern OF_AFTER = Pattern.compile("(?s)^\\s+of\\b.*");
    private static final Pattern SCALE_WORD = Pattern.compile("hundreds?|thousands?|dozens|(?:tens|hundreds) of thousands");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern PEOPLE_AFTER = Pattern.compile("(?is)^\\s+(troops|soldiers|people|drones|missiles).*");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?is).*\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\s*$");
    private static final Pattern MONTH_AFTER = Pattern.compile("(?is)^\\s*(january|february|march|april|may|june|july|august|september|october|november|december)\\b.*");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?s).*[$€£]\\s*$");
    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
            Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
            Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
            Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
            Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("a hundred", 100L),
            Map.entry("hundreds", 200L), Map.entry("thousands", 2000L), Map.entry("dozens", 24L), Map.entry("a dozen", 12L),
            Map.entry("dozen", 12L), Map.entry("a thousand", 1000L), Map.entry("hundred", 100L),
            Map.entry("thousand", 1000L), Map.entry("tens of thousands", 20_000L),
            Map.entry("hundreds of thousands", 200_000L));
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    /** Number words, longest first: "ninety-five", "tens of thousands", "a dozen". */
    private static final String WORD_ALT = "(?:" + TENS + ")[-\\s](?:" + UNITS + ")|tens of thousands|hundreds of thousands|"
            + "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + TENS + "|"
            + "a hundred|a thousand|a dozen|dozens|dozen|hundreds|thousands|hundred|thousand";
    private static final String QUALIFIER = "(?<qual>more than|over|at least|no fewer than|no less than|upwards of|"
            + "in excess of|up to|as many as|no more than|fewer than|less than|under|at most|about|around|roughly|"
            + "approximately|nearly|almost|some|an estimated|estimated|perhaps|close to|just over|just under|between|"
            + "approaching|exceeding|"
            + "an additional|additional|another|several|a few|a couple of)\\s+";
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(?:(?<=\\d[-–])|(?<![\\w$€£.,/–-]))(?:" + QUALIFIER + ")?[\"“']?"
            + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + WORD_ALT + ")"
            + "(?:[\\s-]+(?<scale>hundred|thousand|million|dozen(?!s)))?[\"”']?"
            + "(?![\\w%]|,\\d|\\.\\d|/\\d|-(?:year|day|month|km|mile|st|nd|rd|th)\\b)");
    /** "two brigades of 6,000 people each" */
    private static final Pattern PER_UNIT = Pattern.compile(
            "(?i)\\b(?<n>" + WORD_ALT + "|\\d+)\\s+(?<unit>[a-z]+s)\\s+of\\s+(?:about |some |around |roughly )?"
            + "(?<m>\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[a-z]+\\s+){0,2}each\\b");
    private Quantities() {}

    /** The words every number word is made of ("ninety-five" holds "ninety"). */
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
            "hundreds", "thousand", "thousands", "dozen", "dozens");

    /** Whether a text holds a digit or a number word: most sentences hold neither, and need no pattern run over them. */
    static boolean mayHoldNumber(String text) {
        int wordStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isDigit(ch)) return true;
            if (Character.isLetter(ch)) {
                if (wordStart < 0) wordStart = i;
            } else if (wordStart >= 0) {
                if (i - wordStart >= 3 && i - wordStart <= 9
                        && NUMBER_WORDS.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) return true;
                wordStart = -1;
            }
        }
        return false;
    }

    /** Every quantity in a text, with offsets relative to it. */
    public static List<Quantity> find(String text) {
        if (!mayHoldNumber(text)) return new ArrayList<>();
        List<Quantity> out = new ArrayList<>();
        Matcher pu = PER_UNIT.matcher(text);
        int perUnitEnd = -1;
        while (pu.find()) {
            long n = value(pu.group("n"), null);
            long m = value(pu.group("m"), null);
            if (n > 0 && m > 0) {
                Qualifier q = text.substring(Math.max(0, pu.start() - 12), pu.start()).toLowerCase(Locale.ROOT).contains("perhaps")
                        ? Qualifier.APPROXIMATELY : Qualifier.EXACTLY;
                out.add(new Quantity(n * m, q, pu.group("unit"), m, n, pu.start(), pu.end()));
                perUnitEnd = pu.end();
            }
        }
        Matcher mt = NUMBER.matcher(text);
        while (mt.find()) {
            if (mt.start() < perUnitEnd) continue;
            String num = mt.group("num");
            String qual = mt.group("qual");
            long v = value(num, mt.group("scale"));
            if (v <= 0) continue;
            String after = text.substring(mt.end(), Math.min(text.length(), mt.end() + 60));
            String before = text.substring(Math.max(0, mt.start() - 25), mt.start());
            if (isYearOrDate(num, before, after) || ISO_DATE.matcher(before).find()) continue;
            if (notACount(num, before, after)) continue;
            String counted = CountedNouns.after(after);
            if (counted == null) counted = CountedNouns.before(text, mt.start());
            boolean wordNumber = !Character.isDigit(num.charAt(0));
            boolean vague = qual != null && (qual.equalsIgnoreCase("several") || qual.equalsIgnoreCase("a few")
                    || qual.equalsIgnoreCase("a couple of"));
            boolean rangeStart = counted == null && CountedNouns.range(after) != null;
            if (counted == null) counted = CountedNouns.range(after);
            if (counted == null) counted = CountedNouns.outOf(after);
            if (counted == null) counted = CountedNouns.listed(text, mt.start(), out);
            boolean groupPart = counted == null && OUT_OF_GROUP.matcher(text).lookingAt();
            if (counted == null && !groupPart && (!elliptical(after) || (wordNumber && v < 2))) continue;
            if (vague && !isScale(num, mt.group("scale"))) continue;
            if (vague) v = 2 * (mt.group("scale") != null ? value("1", mt.group("scale")) : value(num, null));
            Qualifier qualifier = qualifier(qual, num);
            // "between 100 and 200 soldiers", "200-250": the bounds of a range, as the corpus annotates them.
            if (qual == null && rangeStart) qualifier = Qualifier.AT_LEAST;
            else if (qual == null && RANGE_END.matcher(before).find()) qualifier = Qualifier.AT_MOST;
            else if ("between".equalsIgnoreCase(qual)) qualifier = Qualifier.AT_LEAST;
            out.add(new Quantity(v, qualifier, counted, null, null, mt.start(), mt.end()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "2024-11-25": the month and day of a date after its year. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-(?:\\d{2}-)?$");
    private static final Pattern RANGE_END = Pattern.compile("(?i)(?:\\d|\\bbetween\\s+\\S+)\\s*(?:-|–|to|and)\\s*$");
    /** "5,000 have been killed", "6,000 remain": a numeral standing for a group named before. */
    private static boolean elliptical(String after) {
        if (SOURCE_SAYS_AFTER.matcher(after).matches()) {
            return true;
        }
        return ELLIPTICAL_VERB_AFTER.matcher(after).matches();
    }

    /** "under the age of 50", "men aged 18": an age, not a count. */
    private static final Pattern AGE = Pattern.compile("(?i)\\b(?:ages?\\s+of|aged|age)\\s+(?:between\\s+)?$");
    private static final Pattern YEARS_OLD = Pattern.compile("(?i)[\\s-]+years?[\\s-]+old\\b");
    /** "Among them were more than 8,500 from Europe": numbers that count out of a group named before. */
    private static final Pattern OUT_OF_GROUP = Pattern.compile("(?i)^[\\s\"“]*(?:among (?:them|these|those)|of (?:them|these|those)|"
            + "of whom|including|they include|these include)\\b");

    /** "photos of four men" depict people; an image is not a claim about how many there are. */
    private static final Pattern DEPICTED = Pattern.compile("(?i)\\b(?:photos?|photographs?|images?|pictures?|videos?|footage)\\s+of\\s+$");
    /** "thousands more arriving each day": a rate, not a count of a force. */
    private static final Pattern RATE = Pattern.compile("(?i)^[^,.;:]*?(?<!\\bin\\s)\\b(?:each|every|per|a)\\s+(?:day|night|week)\\b");

    /**
     * Numbers that count nothing a source claims: "one of their drones" (a partitive picking one
     * out of a group), a number of people in a photo, and rates.
     */
    private static boolean notACount(String num, String before, String after) {
        if (num.equalsIgnoreCase("one") && OF_AFTER.matcher(after).matches()) return true;
        return DEPICTED.matcher(before).find() || RATE.matcher(after).find() || AGE.matcher(before).find()
                || YEARS_OLD.matcher(after).lookingAt();
    }

    private static boolean isScale(String num, String scale) {
        return scale != null || SCALE_WORD.matcher(num.toLowerCase(Locale.ROOT)).matches();
    }

    private static boolean isYearOrDate(String num, String before, String after) {
        if (YEAR.matcher(num).matches() && !PEOPLE_AFTER.matcher(after).matches()) return true;
        if (MONTH_DATE_BEFORE.matcher(before).matches()) return true;
        if (MONTH_BEFORE.matcher(before).matches()) return true;
        if (MONTH_AFTER.matcher(after).matches()) return true;
        return CURRENCY_BEFORE.matcher(before).matches() || UNIT_OR_MONEY_AFTER.matcher(after).matches();
    }

    private static final Pattern COMPOUND = Pattern.compile("(" + TENS + ")[-\\s](" + UNITS + ")");

    static long value(String num, String scale) {
        String n = num.toLowerCase(Locale.ROOT).replace(",", "");
        double v;
        Matcher compound = COMPOUND.matcher(n);
        if (WORDS.containsKey(n)) v = WORDS.get(n);
        else if (compound.matches()) v = WORDS.get(compound.group(1)) + WORDS.get(compound.group(2));
        else {
            try {
                v = Double.parseDouble(n);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (scale != null) {
            switch (scale.toLowerCase(Locale.ROOT)) {
                case "hundred" -> v *= 100;
                case "thousand" -> v *= 1_000;
                case "million" -> v *= 1_000_000;
                case "dozen" -> v *= 12;
                default -> { }
            }
        }
        return Math.round(v);
    }

    private static Qualifier qualifier(String q, String num) {
        if (q == null) {
            String n = num.toLowerCase(Locale.ROOT);
            return n.equals("hundreds") || n.equals("thousands") || n.equals("dozens") || n.startsWith("tens of")
                    || n.startsWith("hundreds of") ? Qualifier.AT_LEAST : Qualifier.EXACTLY;
        }
        return switch (q.toLowerCase(Locale.ROOT)) {
            case "more than", "over", "at least", "no fewer than", "no less than", "upwards of", "in excess of",
                 "just over", "several", "a few", "a couple of", "between", "exceeding" -> Qualifier.AT_LEAST;
            case "up to", "as many as", "no more than", "fewer than", "less than", "under", "at most", "just under" -> Qualifier.AT_MOST;
            case "an additional", "additional", "another" -> Qualifier.EXACTLY;
            default -> Qualifier.APPROXIMATELY;
        };
    }
}
