package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;

/** Whose forces invented sentences speak of. */
class ForcesTest {
    private final Forces forces = new Forces(TestSupport.kb());
    private static final String ID = "https://w3id.org/osintkg/id/";

    @Test
    void byNationalityOrOrigin() {
        assertEquals(ID + "place/belarus", forces.about(Sentences.first("Belarusian soldiers crossed the river."), null, null));
        assertEquals(ID + "place/iran", forces.about(Sentences.first("Soldiers from Iran trained the crews."), null, null));
    }

    @Test
    void aForceWithoutNationalityKeepsTheTopic() {
        assertEquals("earlier", forces.about(Sentences.first("The troops moved north."), null, "earlier"));
        assertNull(forces.about(Sentences.first("The weather was cold."), null, "earlier"));
    }

    @Test
    void aNumberCountsTheNationalityBeforeItsNoun() {
        SentenceView s = Sentences.first("Up to 3,000 Belarusian troops and 200 Iranian instructors are there.");
        assertEquals(ID + "place/iran", forces.aboutNear(s, Quantities.find(s.text()).get(1)));
    }

    @Test
    void mentionsForce() {
        assertTrue(forces.mentionsForce("Iranian specialists arrived."));
        assertFalse(forces.mentionsForce("Iranian diplomats arrived."));
    }

    @Test
    void aStatesOperation() {
        assertEquals(ID + "place/russia", forces.operationOwner(Sentences.first("Moscow's spring offensive has already begun.")));
        assertEquals(ID + "place/russia", forces.operationOwner(Sentences.first("The Russian summer offensive has stalled.")));
        assertNull(forces.operationOwner(Sentences.first("The summer has begun.")));
    }
}
