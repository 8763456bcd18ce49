package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Stance and hedge of invented sentences. */
class StanceTest {
    @Test
    void denialsInTheirForms() {
        assertTrue(Stance.of("The ministry denied that Belarusian units crossed the border.").denies());
        assertTrue(Stance.of("Officials said there is no evidence of Iranian troops in Crimea.").denies());
        assertTrue(Stance.of("The reports have not been confirmed by the General Staff.").denies());
        assertFalse(Stance.of("The ministry confirmed that 300 soldiers crossed the border.").denies());
    }

    @Test
    void firstHedgeIsKept() {
        assertEquals("reportedly", Stance.of("The battalion reportedly lost 40 men and may withdraw.").hedge());
        assertNull(Stance.of("The battalion lost 40 men.").hedge());
    }

    @Test
    void unknownsAndQuestionsClaimNothing() {
        assertTrue(Stance.of("It remains unclear how many marines took part.").idle());
        assertTrue(Stance.of("The spokesman was asked whether troops from Laos were present.").idle());
        assertFalse(Stance.of("Troops from Laos were present, the spokesman said.").idle());
    }
}
