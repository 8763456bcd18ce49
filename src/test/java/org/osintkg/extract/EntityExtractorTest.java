package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;
import org.osintkg.kb.EntityKind;
import org.osintkg.nlp.CoreNlp;

/** Mentions from invented sentences, through the real tagger and the reference KB. */
class EntityExtractorTest {
    private static final CoreNlp NLP = new CoreNlp();
    private final EntityExtractor entities = new EntityExtractor(TestSupport.kb());

    private List<String> places(String text) {
        return entities.mentions(NLP.annotate(text)).stream().filter(m -> m.kind().isPlace()).map(Mention::text).toList();
    }

    @Test
    void capitalsStandingForTheirStatesAreNoPlaces() {
        assertEquals(List.of(), places("The pact was never confirmed by Minsk or Moscow."));
        assertEquals(List.of(), places("Tehran reacted angrily, and its reliance on Moscow deepened."));
        assertEquals(List.of(), places("Seoul urged Minsk to answer and resisted pressure from Beijing."));
        // Places where something happens stay places, coordinated or not.
        assertEquals(List.of("Minsk", "Moscow"), places("Protests took place in Minsk and Moscow."));
        assertEquals(List.of("Kyiv"), places("The wounded were taken to Kyiv by train."));
    }

    private List<String> organizations(String text) {
        return entities.mentions(NLP.annotate(text)).stream().filter(m -> m.kind() == EntityKind.ORGANIZATION)
                .map(Mention::text).toList();
    }

    @Test
    void genericForcesAreNamedByTheirOwner() {
        assertEquals(List.of("Ukrainian Defence Forces"), organizations("Units of the Ukrainian Defence Forces crossed the river."));
        assertEquals(List.of("Belarus’s Armed Forces"), organizations("Belarus’s Armed Forces launched drills on Monday."));
        assertEquals(List.of(), organizations("Secretary of Defense Ivan Petrenko spoke on Monday."));
    }

    @Test
    void aQuotedNameAfterTheKindOfBodyIsAnOrganization() {
        assertTrue(organizations("Olena Koval, head of the Polish NGO 'Open Hands,' spoke on Monday.").contains("Open Hands"));
        assertTrue(organizations("He joined the charity “Kind Bread” in May.").contains("Kind Bread"));
        assertEquals(List.of(), organizations("The group 'was stronger' than expected."));
    }

    @Test
    void aRegionNamedWithALowercaseWordIsTheRegion() {
        List<Mention> m = entities.mentions(NLP.annotate("Shelling continued in the Kharkiv region overnight."));
        Mention region = m.stream().filter(x -> x.kind().isPlace()).findFirst().orElseThrow();
        assertEquals("Kharkiv region", region.text());
        assertEquals(EntityKind.REGION, region.kind());
    }

    /** A name the unit pattern finds that is also a KB unit's name is that unit, with its acronym in parentheses. */
    @Test
    void aUnitPatternMatchingAKbUnitNameIsTheKbUnit() {
        List<Mention> m = entities.mentions(NLP.annotate("A spokesman for the Khortytsia Operational-Strategic Group (OSUV "
                + "Khortytsia) spoke on Friday. OSUV Khortytsia later issued a statement."));
        List<Mention> units = m.stream().filter(x -> x.kind() == EntityKind.MILITARY_UNIT).toList();
        assertEquals(3, units.size(), units.toString());
        assertTrue(units.stream().allMatch(x -> "https://w3id.org/osintkg/id/org/khortytsia-operational-strategic-group".equals(x.kbIri())),
                units.toString());
    }

    private List<Mention> all(String text) {
        return entities.mentions(NLP.annotate(text));
    }

    @Test
    void vesselsAreNoPeopleBodiesOrPlaces() {
        List<String> names = all("Missiles hit the tanker Marlin Luanda and the patrol ship Vasily Bykov near the USNS Comfort.")
                .stream().map(Mention::text).toList();
        assertTrue(names.stream().noneMatch(n -> n.contains("Luanda") || n.contains("Bykov") || n.contains("Comfort")), names.toString());
    }

    @Test
    void aNameInsideAnAdjectiveIsNoMention() {
        assertEquals(List.of(), places("The brigade fired US-made shells and Iran-backed militias watched."));
    }

    @Test
    void battlegroupsAndFleetsAreUnits() {
        List<String> units = all("Battlegroup Vostok repelled attacks while the Black Sea Fleet withdrew.").stream()
                .filter(m -> m.kind() == EntityKind.MILITARY_UNIT).map(Mention::text).toList();
        assertEquals(List.of("Battlegroup Vostok", "Black Sea Fleet"), units);
    }

    @Test
    void aSpacedDashSeparatesTwoNames() {
        List<String> p = places("Drones were launched from Primorsko-Akhtarsk - Crimea overnight.");
        assertTrue(p.contains("Crimea"), p.toString());
    }

    @Test
    void anAcronymSpellingOnlyTheEndOfANameIsNotItsAlias() {
        assertTrue(EntityExtractor.spellsOnlyATail("Air Force Command of the Armed Forces of Ukraine", "AFU"));
        assertTrue(!EntityExtractor.spellsOnlyATail("Armed Forces of Ukraine", "AFU"));
        assertTrue(!EntityExtractor.spellsOnlyATail("Main Intelligence Directorate", "HUR"));
        List<Mention> m = all("The Air Force Command of the Armed Forces of Ukraine (AFU) said the AFU shot down drones.");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("AFU") && x.aliasOf() >= 0), m.toString());
    }

    @Test
    void aCreditInParenthesesAfterAPlaceIsNoNameOfIt() {
        assertTrue(EntityExtractor.initialsOf("United Arab Emirates", "UAE"));
        assertTrue(EntityExtractor.initialsOf("Democratic Republic of the Congo", "DRC"));
        assertTrue(EntityExtractor.initialsOf("Donetsk People's Republic", "DPR"));
        assertTrue(!EntityExtractor.initialsOf("United Arab Emirates", "AP"));
        List<Mention> m = all("DUBAI, United Arab Emirates (AP) — Yemen's Houthi rebels said Monday they launched a missile.");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("AP") && x.aliasOf() >= 0), m.toString());
    }
}
