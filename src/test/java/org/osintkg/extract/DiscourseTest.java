package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.extract.Claim.Source;
import org.osintkg.kb.EntityKind;

/** What earlier sentences leave for later ones. */
class DiscourseTest {
    private static Mention m(String text, EntityKind kind) {
        return new Mention(0, text.length(), text, kind, null, false, -1);
    }

    private static SourceCandidates.Candidate pronoun(String p) {
        return new SourceCandidates.Candidate(0, p.length(), null, p, null);
    }

    private static SourceCandidates.Candidate title(String head) {
        return new SourceCandidates.Candidate(0, head.length(), null, null, head);
    }

    @Test
    void pronounsAndTitlesResolveToTheLastSpeakerOfTheirKind() {
        Discourse d = new Discourse();
        Source person = new Source(m("Oleksandr Syrskyi", EntityKind.PERSON), null);
        Source org = new Source(m("General Staff", EntityKind.ORGANIZATION), null);
        SentenceView s = new SentenceView("x", "x", 0, 1, List.of(), false);
        d.after(s, new Attribution(person, null, "said", 0, 1, false, List.of()), List.of());
        d.after(s, new Attribution(org, null, "reported", 0, 1, false, List.of()), List.of());
        assertSame(person, d.resolve(pronoun("he")));
        assertSame(org, d.resolve(pronoun("it")));
        assertSame(person, d.resolve(title("spokesman")));
        assertSame(org, d.resolve(title("ministry")));
        assertSame(org, d.lastReported);
    }

    @Test
    void aBodyKnownByItsRoleIsAnIt() {
        Discourse d = new Discourse();
        Source service = new Source(m("State Emergency Service", EntityKind.ORGANIZATION), null);
        Source airForce = new Source(null, "air force", "the air force");
        SentenceView s = new SentenceView("x", "x", 0, 1, List.of(), false);
        d.after(s, new Attribution(service, null, "said", 0, 1, false, List.of()), List.of());
        d.after(s, new Attribution(airForce, null, "said", 0, 1, false, List.of()), List.of());
        assertSame(airForce, d.resolve(pronoun("it")));
    }

    @Test
    void aSourceLabelSpeaksForItsItemUntilAnotherLabel() {
        Discourse d = new Discourse();
        Mention centre = new Mention(8, 20, "Centre X", EntityKind.ORGANIZATION, null, false, -1);
        d.readLabel(new SentenceView("", "Source: Centre X on Telegram", 0, 28, List.of(centre), false));
        assertEquals("Centre X", d.unnamed().mention().text());
        d.readLabel(new SentenceView("", "Quote: something", 0, 16, List.of(), false));
        assertEquals("Centre X", d.unnamed().mention().text());
        d.readLabel(new SentenceView("", "Background: earlier", 0, 19, List.of(), false));
        assertTrue(d.unnamed().isOutlet());
    }

    @Test
    void theSameGroupCountedAgainIsNoNewClaim() {
        Discourse d = new Discourse();
        String text = "The 8,000 troops now in Kursk are tired.";
        Quantity q = Quantities.find(text).get(0);
        assertFalse(d.refersBack(text, q));
        d.claimedValues.add(8000L);
        assertTrue(d.refersBack(text, q));
    }

    @Test
    void aNewParagraphWithoutClaimsEndsTheSpeakersTurn() {
        Discourse d = new Discourse();
        Source person = new Source(m("Oleksandr Syrskyi", EntityKind.PERSON), null);
        d.after(new SentenceView("x", "x", 0, 1, List.of(), false),
                new Attribution(person, null, "said", 0, 1, false, List.of()), List.of());
        assertSame(person, d.previousSentence);
        d.after(new SentenceView("x", "x", 0, 1, List.of(), false), null, List.of());
        assertNull(d.previousSentence);
    }
}
