package org.osintkg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osintkg.extract.Claim.Source;
import org.osintkg.kb.EntityKind;

/**
 * What earlier sentences of a report established, for pronouns, titles, elliptical numbers and
 * sentences that go on a speaker's statement. One per report; the claim stages read it, and
 * {@link #after} updates it once a sentence is done.
 */
final class Discourse {
    // String.matches compiles its pattern on every call; these are compiled once.
    private static final Pattern ORGANIZATION_HEAD = Pattern.compile("organi[sz]ation|ngo");
    private static final Pattern UNIT_HEAD = Pattern.compile("brigade|battalion|regiment|division|corps|unit|group");
    private static final Pattern PERSON_HEAD = Pattern.compile("spokesperson|spokesman|spokeswoman|official|minister|commander|president|general|chief|head|ambassador|envoy");
    Source lastPerson;
    Source lastOrg;
    /** The last organization named other than as a listener, for "the organization claimed". */
    Source lastOrgNamed;
    /** The last source the text said "reported", for a later "reportedly". */
    Source lastReported;
    /** The last outlet that relayed or made a claim, for "the report added". */
    Source lastReporter;
    Source lastExplicit;
    /** The speaker of the sentence before, while the text goes on with what that speaker said. */
    Source previousSentence;
    /** The sentence before ended with a colon: what follows, line by line, is the list it introduced. */
    boolean previousIntroducesList;
    String lastCounted;
    String lastAbout;
    Source lastAnonymous;
    Source lastUnit;
    /** The source a "Source: …" line named, for the unattributed lines of its item. */
    Source labelledSource;
    /** Every number claimed so far in the report, for "the 8,000 troops" referring back to one. */
    final Set<Long> claimedValues = new HashSet<>();

    private static final Pattern LABEL = Pattern.compile("^\\s*(?<label>\\p{Lu}[\\p{L} ]{2,20}):\\s");
    private static final Pattern SAME_ITEM_LABEL = Pattern.compile("(?i)source|quote|details");
    private static final Pattern DEFINITE = Pattern.compile("(?i)\\b(?:the|these|those)\\s+$");
    private static final Pattern LISTENER = Pattern.compile("(?i)\\b(?:told|to|by|with)\\s+(?:the\\s+)?$");

    /**
     * News items laid out as "Source: National Resistance Center …", "Quote: …", "Details: …": what
     * the item's unattributed lines state comes from the labelled source, until a line with another
     * label ("Previously:", "Background:") starts something else.
     */
    void readLabel(SentenceView s) {
        Matcher l = LABEL.matcher(s.text());
        if (!l.find()) return;
        String label = l.group("label").strip();
        if (label.equalsIgnoreCase("source")) {
            labelledSource = s.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON || m.kind().isOrganization())
                    .findFirst().map(m -> new Source(m, null)).orElse(null);
        } else if (!SAME_ITEM_LABEL.matcher(label).matches()) {
            labelledSource = null;
        }
    }

    /** Who states what no one in the sentence is said to: the labelled source of the item, else the outlet. */
    Source unnamed() {
        return labelledSource != null ? labelledSource : Source.OUTLET;
    }

    /** "The 8,000 North Korean troops now in Kursk …" after 8,000 was claimed: the same group named again, not a new claim. */
    boolean refersBack(String text, Quantity q) {
        String before = text.substring(Math.max(0, q.start() - 8), q.start());
        return DEFINITE.matcher(before).find() && claimedValues.contains(q.value());
    }

    /** A pronoun or title stands for the speaker named before it. */
    Source resolve(SourceCandidates.Candidate c) {
        if (c.source() != null) return c.source();
        if (c.pronoun() != null) {
            return switch (c.pronoun()) {
                case "he", "she" -> lastPerson;
                case "it" -> lastOrg;
                default -> lastExplicit;
            };
        }
        String head = c.nominalHead();
        if (head == null || head.equals("statement")) return lastExplicit;
        // "The Times reported, citing officials, …. The report added": the report is the outlet's.
        if (head.equals("report") || head.equals("newspaper")) return lastReporter != null ? lastReporter : lastExplicit;
        if (ORGANIZATION_HEAD.matcher(head).matches()) return lastOrgNamed != null ? lastOrgNamed : lastOrg;

        if (UNIT_HEAD.matcher(head).matches() && lastUnit != null) return lastUnit;
        // "the ministry" after "the Russian Defense Ministry" was named, even if the ministry never spoke.
        Source named = lastNamedWith(head);
        if (named != null && ORG_HEAD.matcher(head).matches()) return named;
        boolean person = PERSON_HEAD.matcher(head).matches();
        Source s = person ? lastPerson : lastOrg;
        return s != null ? s : lastExplicit;
    }

    private static final Pattern ORG_HEAD = Pattern.compile("ministry|command|agency|service|directorate|department|army|"
            + "general staff|center|centre|intelligence service|intelligence agency|headquarters|office|council|committee");

    /** The last organization named whose name holds the head noun ("ministry" in "Russian Defense Ministry"), or null. */
    private Source lastNamedWith(String head) {
        for (int i = organizationsNamed.size() - 1; i >= 0; i--) {
            Mention m = organizationsNamed.get(i);
            if (m.text().toLowerCase(Locale.ROOT).contains(head)) return new Source(m, null);
        }
        return null;
    }

    /** An item of a list that goes on: it ends with a semicolon or a comma. */
    private static final Pattern LIST_ITEM_END = Pattern.compile("[;,]\\s*$");

    /** Every organization named so far, in text order. */
    private final java.util.ArrayList<Mention> organizationsNamed = new java.util.ArrayList<>();

    /** The sentence credited the speaker before it: its turn goes on past a paragraph break. */
    private boolean carried;

    /** Credits {@code s}, the speaker before, with a claim of this sentence. */
    Source carried(Source s) {
        carried = true;
        return s;
    }

    /** What a finished sentence leaves for the ones after it. */
    void after(SentenceView s, Attribution attr, List<Claim> found) {
        s.mentions().stream().filter(m -> m.kind().isOrganization()).forEach(organizationsNamed::add);
        boolean listItem = previousIntroducesList;
        previousIntroducesList = s.text().stripTrailing().endsWith(":") || listItem && LIST_ITEM_END.matcher(s.text()).find();
        if (attr != null) previousSentence = attr.claimant();
        else if (found.isEmpty() || !s.sameParagraph() && !carried) previousSentence = null;
        carried = false;
        if (attr != null) remember(attr.claimant());
        if (attr != null) rememberReporter(attr);
        rememberOrganizationNamed(s.body(), s.mentions());
        if (attr != null && attr.cue() != null && attr.cue().startsWith("report")) lastReported = attr.claimant();
        s.mentions().stream().filter(m -> m.kind() == EntityKind.MILITARY_UNIT).reduce((x, y) -> y)
                .ifPresent(m -> lastUnit = new Source(m, null));
        boolean personSpoke = attr != null && attr.claimant().mention() != null
                && attr.claimant().mention().kind() == EntityKind.PERSON;
        if (!personSpoke) {
            // "He" in a later sentence: the person this sentence named first, if no person spoke in it.
            s.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).findFirst()
                    .ifPresent(m -> lastPerson = new Source(m, null));
        }
    }

    /** "the organization" later means the last one named, not one that was only told something. */
    private void rememberOrganizationNamed(String body, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.ORGANIZATION) continue;
            if (LISTENER.matcher(body.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
            lastOrgNamed = new Source(m, null);
        }
    }

    private void rememberReporter(Attribution attr) {
        if (attr.citedBy() != null) lastReporter = attr.citedBy();
        else if (isOutlet(attr.claimant())) lastReporter = attr.claimant();
    }

    static boolean isOutlet(Source s) {
        return s != null && s.mention() != null && s.mention().kind() == EntityKind.OUTLET;
    }

    private void remember(Source s) {
        if (s == null || s.isOutlet()) return;
        if (s.anonymous() != null && s.anonymous().contains(" ")) lastAnonymous = s;
        lastExplicit = s;
        if (s.mention() != null && s.mention().kind() == EntityKind.PERSON) lastPerson = s;
        else if (s.mention() != null) lastOrg = s;
        // "…, the air force said. It added …": a body known by its role is an "it" as a named one is.
        else if (s.anonymous() != null && BODY_ROLE.matcher(s.anonymous()).find()) lastOrg = s;
    }

    private static final Pattern BODY_ROLE = Pattern.compile("(?i)\\b(?:air force|air defen[cs]e forces|navy|military|army|"
            + "armed forces|police|administration|headquarters|ministry|command|coast guard|border service|mission|agency|"
            + "service|authorities|government|council|committee|office)$");

    /** "Sources" after "Sources of UNN": the same sources, as first described. */
    Source sameAnonymous(Source src, String label) {
        if (!label.contains(" ") && lastAnonymous != null
                && lastAnonymous.anonymous().toLowerCase(Locale.ROOT).contains(label.toLowerCase(Locale.ROOT))) {
            return lastAnonymous;
        }
        return src;
    }
}
