package org.osintkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.kb.EntityKind;

/**
 * Roles from appositions ("X, a spokesperson for Y,") and from titles before a name ("Y spokesman X",
 * "Deputy Press Secretary X").
 */
public final class RoleExtractor {
    private static final String ROLE_WORDS = "spokesperson|spokesman|spokeswoman|commander|head|chief|director|minister|"
            + "secretary|representative|president|prime minister|general|colonel|officer|adviser|advisor|ambassador|"
            + "governor|mayor|chairman|chairwoman|coordinator|analyst|deputy|leader|member|founder|lieutenant|major|"
            + "captain|sergeant|soldier|press secretary|press officer";
    private static final Pattern APPOSITION = Pattern.compile("^,\\s+(?:(?:a|an|the)\\s+)?(?<role>(?:[\\p{L}’'-]+\\s+){0,6}?"
            + "(?i:" + ROLE_WORDS + ")(?:\\s+[\\p{L}\\p{N}’'.-]+){0,12}?)(?=,|\\s*\\(|$)");
    private static final String TITLE_WORD = "(?:Brig\\.|Gen\\.|Col\\.|Lt\\.|Maj\\.|Adm\\.|Capt\\.|Sgt\\.|U\\.S\\.|\\p{Lu}[\\p{L}-]*)";
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?<role>(?:" + TITLE_WORD + "[ \\t]+){0,3}(?i:" + ROLE_WORDS
            + ")(?:-in-\\p{Lu}\\p{L}+)?(?:[ \\t]+of[ \\t]+(?:the[ \\t]+)?[A-Z][\\p{L}]+(?:[ \\t]+[A-Z][\\p{L}]+)*)?)[ \\t]+$");

    public List<Role> roles(String text, List<Mention> mentions) {
        List<Role> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention p = mentions.get(i);
            if (p.kind() != EntityKind.PERSON || p.aliasOf() >= 0) continue;
            Role r = apposition(text, p, mentions);
            if (r == null) r = titleBefore(text, p, mentions, i);
            if (r != null) out.add(r);
        }
        return out;
    }

    private static Role apposition(String text, Mention p, List<Mention> mentions) {
        int lineEnd = text.indexOf('\n', p.end());
        String after = text.substring(p.end(), Math.min(lineEnd < 0 ? text.length() : lineEnd, p.end() + 200));
        int close = after.indexOf(',', 1);
        if (!after.startsWith(",") || close < 0) return null;
        String inner = after.substring(0, close);
        Matcher m = APPOSITION.matcher(inner);
        if (!m.find()) return null;
        int start = p.end();
        int end = p.end() + close;
        Mention org = null;
        for (Mention o : mentions) {
            if (o.start() >= start && o.end() <= end && (o.kind().isOrganization())) {
                org = o;
                break;
            }
        }
        String role = roleText(m.group("role"), org, p.end() + m.start("role"));
        return role == null ? null : new Role(p, role, org, start, end);
    }

    private static Role titleBefore(String text, Mention p, List<Mention> mentions, int index) {
        int from = Math.max(0, p.start() - 80);
        String before = text.substring(from, p.start());
        Matcher m = TITLE_BEFORE.matcher(before);
        if (!m.find()) return null;
        String role = m.group("role").strip();
        Mention org = null;
        int roleStart = from + m.start("role");
        for (int j = index - 1; j >= 0; j--) {
            Mention o = mentions.get(j);
            String gap = text.substring(Math.min(o.end(), roleStart), roleStart);
            if (o.end() <= roleStart && gap.isBlank() && o.kind().isOrganization()) {
                org = o;
                break;
            }
            if (o.end() < roleStart - 2) break;
        }
        if (org == null) {
            // "NATO Secretary General Mark Rutte": an organization named inside the title.
            for (int j = index - 1; j >= 0; j--) {
                Mention o = mentions.get(j);
                if (o.end() > roleStart && o.end() <= p.start() && o.kind().isOrganization()) {
                    org = o;
                    role = text.substring(o.end(), p.start()).strip();
                    break;
                }
                if (o.end() < roleStart) break;
            }
        }
        role = role.replaceAll("^(?:[A-Z][a-z]+n|U\\.S\\.|US|UK)\\s+(?=\\p{Lu})", "");
        return role.isEmpty() ? null : new Role(p, role, org, org != null ? org.start() : roleStart, p.end());
    }

    /** "spokesperson for the Ukrainian military’s Kharkiv …" → "spokesperson"; keeps "commander of a consolidated unit". */
    private static String roleText(String raw, Mention org, int rawStart) {
        String r = raw;
        if (org != null) {
            // The organization is named: the role is its head ("spokesperson for …" → "spokesperson").
            java.util.regex.Matcher prep = Pattern.compile("\\s+(?:of|for|at|with|in|to)\\s").matcher(r);
            if (prep.find()) r = r.substring(0, prep.start());
        }
        if (org != null && org.start() > rawStart && org.start() - rawStart <= r.length()) r = r.substring(0, org.start() - rawStart);
        r = r.replaceAll("(?i)\\s+(?:of|for|at|with|in)\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+)*?[\\p{L}’'-]*['’]s?\\s*$", "")
                .replaceAll("(?i)\\s+(?:of|for|at|with|in|to)(?:\\s+(?:the|a|an))?\\s*$", "")
                .replaceAll("(?i)\\s+(?:the|a|an)\\s*$", "").strip();
        return r.isEmpty() || r.length() > 80 ? null : r;
    }
}
