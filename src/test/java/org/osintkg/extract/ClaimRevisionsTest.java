package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.extract.Claim.ClaimType;
import org.osintkg.extract.Claim.Source;
import org.osintkg.kb.EntityKind;

/** Revisions over the claims of a report. */
class ClaimRevisionsTest {
    private static Claim claim(int start, Source who, long n, ClaimType type) {
        Quantity q = new Quantity(n, Quantity.Qualifier.EXACTLY, "soldiers", null, null, start, start + 3);
        return new Claim(start, start + 10, type, false, who, null, q, null, null, null, null, null, null, 0.5);
    }

    private static Source person(String name) {
        return new Source(new Mention(0, name.length(), name, EntityKind.PERSON, null, false, -1), null);
    }

    @Test
    void theSameNumberTwiceIsOneClaimKeptWithItsNamedSource() {
        List<Claim> out = ClaimRevisions.dedupe(List.of(claim(0, Source.OUTLET, 300, ClaimType.TroopCount),
                claim(20, person("Ivan Petrov"), 300, ClaimType.TroopCount),
                claim(40, person("Ivan Petrov"), 300, ClaimType.Casualties)));
        assertEquals(2, out.size());
        assertEquals("Ivan Petrov", out.get(0).claimant().mention().text());
    }

    private static final String BODY = " ".repeat(6000);

    @Test
    void anUnattributedNumberBetweenTwoClaimsOfOneSourceIsItsToo() {
        Source csis = person("Mark Cancian");
        List<Claim> out = ClaimRevisions.betweenOneSource(List.of(claim(0, csis, 1_000_000, ClaimType.Casualties),
                claim(300, Source.OUTLET, 1800, ClaimType.Equipment), claim(600, csis, 250_000, ClaimType.Casualties)), BODY);
        assertEquals("Mark Cancian", out.get(1).claimant().mention().text());
        assertEquals("in context", out.get(1).cue());
        List<Claim> two = ClaimRevisions.betweenOneSource(List.of(claim(0, csis, 1_000_000, ClaimType.Casualties),
                claim(300, Source.OUTLET, 1800, ClaimType.Equipment), claim(600, person("Ivan Petrov"), 250_000, ClaimType.Casualties)), BODY);
        assertEquals(Source.OUTLET, two.get(1).claimant(), "between two sources it stays the outlet's");
        List<Claim> far = ClaimRevisions.betweenOneSource(List.of(claim(0, csis, 1_000_000, ClaimType.Casualties),
                claim(300, Source.OUTLET, 1800, ClaimType.Equipment), claim(5000, csis, 250_000, ClaimType.Casualties)), BODY);
        assertEquals(Source.OUTLET, far.get(1).claimant(), "too far apart");
    }

    @Test
    void announcedByNamesTheSpeakerOfThePreviousStatement() {
        String text = "The announcement was made on Monday by Ivan Petrov.";
        int at = text.indexOf("Ivan");
        Mention petrov = new Mention(100 + at, 100 + at + 11, "Ivan Petrov", EntityKind.PERSON, null, false, -1);
        List<Claim> out = new ArrayList<>(List.of(claim(50, Source.OUTLET, 300, ClaimType.TroopCount)));
        ClaimRevisions.announcedBy(new SentenceView("", text, 100, 100 + text.length(), List.of(petrov), true), out, 50);
        assertEquals("Ivan Petrov", out.get(0).claimant().mention().text());
    }
}
