package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;
import org.osintkg.extract.Claim.ClaimType;

/** What numbers and clauses of invented sentences count and say. */
class ClaimTypesTest {
    private static ClaimType ofFirstNumber(String text) {
        Quantity q = Quantities.find(text).get(0);
        return ClaimTypes.ofNumber(text, q, q.counted());
    }

    @Test
    void numbersByWhatTheyCount() {
        assertEquals(ClaimType.Casualties, ofFirstNumber("The shelling killed 12 civilians in the town."));
        assertEquals(ClaimType.Prisoners, ofFirstNumber("Kyiv said 95 soldiers were returned from captivity."));
        assertEquals(ClaimType.Equipment, ofFirstNumber("Air defence shot down 41 drones overnight."));
        assertEquals(ClaimType.TroopCount, ofFirstNumber("About 1,500 paratroopers are stationed near the border."));
    }

    @Test
    void peopleCountAsTroopsOnlyWhenTheyServe() {
        assertEquals(ClaimType.TroopCount, ofFirstNumber("Some 2,000 men were recruited to fight at the front."));
        assertEquals(ClaimType.Other, ofFirstNumber("Some 2,000 men attended the rally."));
    }

    @Test
    void clausesWithoutNumbers() {
        assertEquals(ClaimType.TroopPresence, ClaimTypes.ofClause("Foreign troops are stationed near the city."));
        assertEquals(ClaimType.Training, ClaimTypes.ofClause("The recruits trained at a range in the east."));
        assertEquals(ClaimType.Deployment, ClaimTypes.ofClause("The brigades were deployed to the south."));
        assertEquals(ClaimType.Strike, ClaimTypes.ofClause("Missiles struck the port overnight."));
        assertEquals(null, ClaimTypes.ofClause("The talks resumed in Geneva."));
    }

    @Test
    void coordinatedPredicatesSayOneThingEach() {
        assertEquals(List.of(ClaimType.Deployment, ClaimType.Casualties),
                ClaimTypes.ofClauses("The units have integrated into assault groups and sustained casualties."));
    }

    @Test
    void denialsDenyWhatTheyList() {
        assertEquals(List.of(ClaimType.CombatParticipation, ClaimType.Prisoners),
                ClaimTypes.denied("There is no information about combat contact with, or captured, foreign personnel."));
        assertEquals(List.of(ClaimType.TroopPresence), ClaimTypes.denied("The ministry denied that its troops are there."));
    }

    @Test
    void aSubgroupBesideTheNumber() {
        String text = "Some 4,000 soldiers are stationed in the region, with some engaging in combat.";
        assertEquals(List.of(ClaimType.CombatParticipation),
                ClaimTypes.besideNumbers(text, Quantities.find(text), new Forces(TestSupport.kb())));
    }

    @Test
    void lossesOfPeopleAndOfEquipment() {
        assertEquals(ClaimType.Casualties, ofFirstNumber("The Russian armed forces destroyed 1,500 Ukrainian troops."));
        assertEquals(ClaimType.Casualties, ofFirstNumber("Kiev has lost over 3,620 soldiers in the battles."));
        assertEquals(ClaimType.Casualties, ofFirstNumber("The unit neutralised 40 fighters near the river."));
        assertEquals(ClaimType.Equipment, ofFirstNumber("Air defence eliminated 17 out of 22 UAVs."));
        assertEquals(ClaimType.Equipment, ofFirstNumber("The brigade captured 3 tanks and a howitzer."));
        assertEquals(ClaimType.TroopCount, ofFirstNumber("Some 300 soldiers lost their way and 2,000 troops arrived."));
    }
}
