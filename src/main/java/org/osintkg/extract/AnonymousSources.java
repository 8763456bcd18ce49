package org.osintkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Unnamed sources as the text describes them: "a Ukrainian security source", "Western officials", "local sources". */
final class AnonymousSources {
    /** A described source: its span in the text and the label it gets. */
    record Found(int start, int end, String label) {}

    private static final String MODIFIERS = "anonymous|unnamed|senior|top|local|unofficial|official|western|military|"
            + "government|intelligence|security|defen[cs]e|diplomatic|concerned|informed|multiple|two|three|several|some|"
            + "other|independent|regional|federal|state|foreign|allied|partner|monitoring|open-source|\\d+|four|five|six|"
            + "seven|eight|nine|ten|a dozen|dozens of|many|numerous|"
            + "Western|Ukrainian|Russian|American|British|European|Korean|South Korean|North Korean|U\\.S\\.|US|UK";
    private static final String HEADS = "sources?(?:\\s+(?:of|cited by|close to)\\s+[A-Z][\\p{L}-]+|\\s+familiar with the matter)?|"
            + "officials?|authorities|intelligence(?:\\s+services?|\\s+agencies)?|"
            + "media|analysts|residents(?:\\s+of\\s+[A-Z][\\p{L}-]+)?|experts|observers|reports|government|monitors|"
            + "(?:military\\s+)?bloggers|journalists|correspondents|diplomats|spokespeople|representatives(?:\\s+of\\s+[A-Z][\\p{L}-]+)?|"
            // Sources known only by a modifier: "the UAE ministry", "Ukrainian and Western assessments", "the latest Ukrainian
            // bulletin"; not "estimates", a reporting verb as often as a noun ("British intelligence estimates 150,000").
            + "ministry|assessments|bulletin|"
            // Those who saw it or treated the wounded: "…, witnesses said", "medics said".
            + "witnesses|eyewitnesses|medics|paramedics|doctors";

    /**
     * People and bodies who speak by their role, with or without a name: "the crew", "the Ukraine air
     * force", "the governors of those regions", "a representative of the rebels". Titles that stand
     * for someone named before ("the ministry", "the spokesman") are left to the discourse.
     */
    /** A word of a role's "of" phrase: never the reporting verb that follows the role. */
    private static final String NOT_A_VERB = "(?!(?i:" + Attributions.VERBS + "|that|who|which|on|in|at|to)\\b)";
    private static final Pattern ROLE = Pattern.compile("(?<!\\p{L})(?<art>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+)"
            + "(?<mods>(?:[\\p{L}.-]+\\s+){0,3}?)"
            + "(?<head>(?i:crew|captain|governors?|mayors?|representatives?|air force|air defen[cs]e forces|navy|military|army|armed forces|"
            + "police|administration|headquarters|prosecutors?|rescuers|emergency services|witnesses|survivors|"
            + "(?:ship|vessel)['’]s (?:owner|operator|manager)|owners?|operators?|coast guard|monitoring mission|"
            + "border guards?|border service|health ministry|regional authorities))"
            + "(?<of>\\s+(?:of|for)\\s+(?:the\\s+|those\\s+|these\\s+)?(?:" + NOT_A_VERB + "[\\p{L}-]+\\s+){0,3}"
            + NOT_A_VERB + "[\\p{L}-]+)?(?![\\p{L}])"
            // "… for the Treatment of Prisoners of War", "… of the southern region of Mykolaiv": the rest of a capitalized name.
            + "(?<tail>(?:\\s+(?:(?:of|for|on|in|and|the)\\s+)*\\p{Lu}[\\p{L}-]*)*)");
    /** What a role's "of" phrase may not be: a time or a quantity ("the crew of 20", "the governor of late"). */
    private static final Pattern NOT_OF = Pattern.compile("(?i)\\s+of\\s+(?:late|it|them|him|her|\\d.*)$");

    /**
     * A body known by its owner's name: "South Korea’s spy agency", "Nepal’s Foreign Ministry",
     * "Israel’s prison service", "Gaza's Health Ministry". The owner alone is not the speaker.
     */
    private static final Pattern OWNED = Pattern.compile("(?<![\\p{L}])(?<owner>\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)['’]s\\s+"
            + "(?<head>(?:[\\p{Ll}-]+\\s+){0,2}?(?i:spy agency|intelligence agency|intelligence service|intelligence|"
            + "defen[cs]e ministry|foreign ministry|ministry of (?:defen[cs]e|foreign affairs|health)|health ministry|"
            + "interior ministry|ministry|military|army|navy|air force|armed forces|general staff|government|"
            + "prison service|border guard service|emergency service|health authorities|foreign office))(?![\\p{L}])");

    /** The full pattern for each demonym pattern: built once, not per sentence. */
    private static final java.util.Map<String, Pattern> BY_DEMONYMS = new java.util.concurrent.ConcurrentHashMap<>();

    private AnonymousSources() {}

    private static Pattern pattern(Pattern demonym) {
        return BY_DEMONYMS.computeIfAbsent(demonym.pattern(), d -> {
            String dem = d.replaceFirst("^\\\\b\\(\\?<d>", "(?:").replaceFirst("\\)s\\?\\\\b$", ")");
            return Pattern.compile("(?<!\\p{L})(?<art>(?:an?|the|The|An?)\\s+)?(?<mods>(?:(?:" + MODIFIERS + "|" + dem
                    + "|\\p{Lu}{2,}s?|\\p{Lu}\\p{Ll}+(?=\\s+(?i:officials|sources|authorities|forces|media|militants)\\b))(?:\\s+and\\s+|[\\s,]+)|[“\"])*)"
                    + "(?<head>(?i:" + HEADS + "))(?![\\p{L}])[”\"]?");
        });
    }

    static List<Found> find(String text, Pattern demonym) {
        List<Found> out = new ArrayList<>();
        Matcher m = pattern(demonym).matcher(text);
        while (m.find()) {
            String mods = m.group("mods");
            String head = m.group("head");
            boolean genericPlural = head.matches("(?i)sources.*|officials|authorities|analysts|experts|observers|residents.*|"
                    + "representatives.*|monitors|bloggers|military bloggers|journalists|diplomats|witnesses|eyewitnesses|medics|"
                    + "paramedics|doctors");
            boolean modified = mods != null && !mods.isBlank() && !mods.replaceAll("[“\"\\s,]", "").isEmpty();
            if (!modified && !genericPlural) continue;
            if (!modified && m.group("art") != null && m.group("art").strip().equalsIgnoreCase("the")) continue;
            String label = (mods == null ? "" : mods) + head;
            label = label.replaceAll("[“”\"]", "").replaceAll("(?i)\\banonymous\\s+|\\bunnamed\\s+", "")
                    .replaceAll("(?i)^(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|many|numerous|multiple|"
                            + "a dozen|dozens of)\\s+", "")
                    .replaceAll("[\\s,]+", " ").strip();
            int start = m.group("art") != null ? m.start("art") : m.start("mods");
            out.add(new Found(start, m.end(), label));
        }
        owned(text, out);
        roles(text, out);
        return out;
    }

    private static void owned(String text, List<Found> out) {
        Matcher o = OWNED.matcher(text);
        while (o.find()) {
            int start = o.start();
            int end = o.end();
            out.removeIf(f -> f.start() >= start && f.end() <= end);
            if (out.stream().anyMatch(f -> f.start() < end && start < f.end())) continue;
            out.add(new Found(start, end, text.substring(start, end).replaceAll("\\s+", " ")));
        }
    }

    /** The end moved back over anything but a letter, never before {@code floor}. */
    private static int trimmed(String text, int end, int floor) {
        int e = end;
        while (e > floor && !Character.isLetter(text.charAt(e - 1))) e--;
        return e;
    }

    private static void roles(String text, List<Found> out) {
        Matcher r = ROLE.matcher(text);
        while (r.find()) {
            int start = r.start();
            boolean ofNoSource = r.group("of") != null && NOT_OF.matcher(r.group("of")).find();
            int end = trimmed(text, ofNoSource ? r.end("head") : r.end(), r.end("head"));
            if (out.stream().anyMatch(f -> f.start() < end && start < f.end())) continue;
            String label = text.substring(r.end("art"), end).replaceAll("\\s+", " ").strip();
            out.add(new Found(start, end, label));
        }
    }
}
