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
}
