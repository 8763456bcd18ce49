package org.osintkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.extract.Claim.ClaimType;

class QuestionsTest {
    private static final String FORCE = Vocab.ID + "place/north-korea";
    private static final List<String> TOWN_UP = List.of(Vocab.ID + "place/sudzha", Vocab.ID + "place/kursk-oblast",
            Vocab.ID + "place/russia");

    @Test
    void aNumberInATownIsContradictedByADenialOfPresenceInItsRegion() {
        List<org.apache.jena.graph.Node> on = Questions.contradictableOn(ClaimType.TroopCount, FORCE, TOWN_UP);
        assertEquals(3, on.size(), on.toString());
        assertTrue(on.contains(Questions.question(ClaimType.TroopPresence, FORCE, Vocab.ID + "place/kursk-oblast")));
        assertEquals(Vocab.ID + "question/TroopPresence/place/north-korea/place/kursk-oblast",
                Questions.question(ClaimType.TroopPresence, FORCE, Vocab.ID + "place/kursk-oblast").getURI());
    }

    @Test
    void combatIsContradictedByDenialsOfCombatOrPresenceButNotOfTraining() {
        List<org.apache.jena.graph.Node> on = Questions.contradictableOn(ClaimType.CombatParticipation, FORCE, TOWN_UP.subList(0, 1));
        assertEquals(java.util.Set.of(Questions.question(ClaimType.CombatParticipation, FORCE, TOWN_UP.get(0)),
                Questions.question(ClaimType.TroopPresence, FORCE, TOWN_UP.get(0))), java.util.Set.copyOf(on));
        assertTrue(Questions.contradictableOn(ClaimType.Strike, FORCE, TOWN_UP).isEmpty(), "no denial type contradicts a strike here");
    }
}
