package org.osintkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.extract.Claim.ClaimType;

/** Claim types are compared in the gold file's own taxonomy. */
class ScorerTaxonomyTest {
    private static Gold.GoldClaim claim(Long quantity, String type) {
        return new Gold.GoldClaim("Someone", List.of(), quantity, "exactly", type, "asserts", null);
    }

    @Test
    void aGoldFileWithOnlyNumbersOfCorpusTypesIsCoarse() {
        assertTrue(Scorer.coarse(List.of(claim(300L, "TroopCount"), claim(4L, "Prisoners"))));
        assertTrue(Scorer.coarse(List.of()));
        assertFalse(Scorer.coarse(List.of(claim(300L, "TroopCount"), claim(null, "TroopPresence"))));
        assertFalse(Scorer.coarse(List.of(claim(300L, "Deployment"))));
        assertFalse(Scorer.coarse(List.of(claim(null, "Other"))));
    }

    @Test
    void finerTypesFallUnderTheCoarseOnes() {
        for (ClaimType t : List.of(ClaimType.TroopPresence, ClaimType.Deployment, ClaimType.CombatParticipation,
                ClaimType.Training, ClaimType.Command)) {
            assertEquals("TroopCount", Scorer.coarseType(t), t.name());
        }
        assertEquals("Equipment", Scorer.coarseType(ClaimType.Strike));
        assertEquals("Equipment", Scorer.coarseType(ClaimType.Supply));
        assertEquals("Casualties", Scorer.coarseType(ClaimType.Casualties));
        assertEquals("Prisoners", Scorer.coarseType(ClaimType.Prisoners));
        assertEquals("Other", Scorer.coarseType(ClaimType.Other));
        assertEquals("TroopCount", Scorer.coarseType(ClaimType.TroopCount));
    }

    /** A claimant known only by the words the text used ("Minsk said", read as a government the report does not name). */
    @Test
    void aClaimantWithoutAnEntityIsKnownByItsWords() {
        org.osintkg.extract.Mention minsk = new org.osintkg.extract.Mention(0, 5, "Minsk", org.osintkg.kb.EntityKind.SETTLEMENT,
                "place/minsk", false, -1);
        org.osintkg.extract.Claim c = new org.osintkg.extract.Claim(0, 20, ClaimType.Deployment, false,
                new org.osintkg.extract.Claim.Source(minsk, null), null, null, null, null, null, null, null, "said", 0.75);
        org.osintkg.resolve.ResolvedClaim rc = new org.osintkg.resolve.ResolvedClaim(c, "org/government-of-belarus", null, null);
        Gold.GoldClaim gold = new Gold.GoldClaim("Minsk", List.of(), null, null, "Deployment", "asserts", null);
        assertTrue(Scorer.claimantMatches(rc, java.util.Map.of(), gold));
        assertFalse(Scorer.claimantMatches(rc, java.util.Map.of("org/government-of-belarus", java.util.Set.of("lukashenko")), gold),
                "an entity of the report answers with its own names");
    }
}
