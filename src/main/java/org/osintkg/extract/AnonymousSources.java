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
            + "(?:military\\s+)?bloggers|journalists|correspondents|diplomats|spokespeople|representatives(?:\\s+of\\s+[A-Z][\\p{L}-]+)?";

    private AnonymousSources() {}

    static List<Found> find(String text, Pattern demonym) {
        List<Found> out = new ArrayList<>();
        String dem = demonym.pattern().replaceFirst("^\\\\b\\(\\?<d>", "(?:").replaceFirst("\\)s\\?\\\\b$", ")");
        Pattern p = Pattern.compile("(?<!\\p{L})(?<art>(?:an?|the|The|An?)\\s+)?(?<mods>(?:(?:" + MODIFIERS + "|" + dem
                + "|\\p{Lu}{2,}s?|\\p{Lu}\\p{Ll}+(?=\\s+(?i:officials|sources|authorities|forces|media|militants)\\b))(?:\\s+and\\s+|[\\s,]+)|[“\"])*)"
                + "(?<head>(?i:" + HEADS + "))(?![\\p{L}])[”\"]?");
        Matcher m = p.matcher(text);
        while (m.find()) {
            String mods = m.group("mods");
            String head = m.group("head");
            boolean genericPlural = head.matches("(?i)sources.*|officials|authorities|analysts|experts|observers|residents.*|"
                    + "representatives.*|monitors|bloggers|military bloggers|journalists|diplomats");
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
        return out;
    }
}
