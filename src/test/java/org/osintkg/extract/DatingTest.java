package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.extract.Claim.Source;

/** When claims of invented sentences were made, and when what they tell of happened. */
class DatingTest {
    private static final LocalDate THURSDAY = LocalDate.of(2025, 5, 15);

    @Test
    void dayNearTheCueDatesTheStatement() {
        String s = "The governor said on Monday that 14 people were wounded.";
        Attribution attr = new Attribution(Source.OUTLET, null, "said", 4, 17, false, List.of());
        Dating d = Dating.of(s, attr, THURSDAY);
        assertEquals(LocalDate.of(2025, 5, 12), d.stated());
        assertNull(d.event());
    }

    @Test
    void dayFarFromTheCueDatesTheEvent() {
        String s = "The governor said that a strike on the depot in the early hours of the attack on Monday killed 14 people.";
        Attribution attr = new Attribution(Source.OUTLET, null, "said", 4, 17, false, List.of());
        Dating d = Dating.of(s, attr, THURSDAY);
        assertNull(d.stated());
        assertEquals(LocalDate.of(2025, 5, 12), d.event());
    }

    @Test
    void withoutAttributionEveryDateIsTheEvent() {
        Dating d = Dating.of("On Monday 14 people were wounded.", null, THURSDAY);
        assertNull(d.stated());
        assertEquals(LocalDate.of(2025, 5, 12), d.event());
    }

    @Test
    void reporterDays() {
        assertTrue(Dating.fromReporterDay("Two were captured earlier this month."));
        assertTrue(Dating.fromReporterDay("Six drones were shot down yesterday."));
        assertFalse(Dating.fromReporterDay("Six drones were shot down on May 3."));
    }
}
