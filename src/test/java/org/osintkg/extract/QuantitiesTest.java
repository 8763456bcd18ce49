package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.extract.Quantity.Qualifier;

class QuantitiesTest {
    private static Quantity one(String text) {
        List<Quantity> q = Quantities.find(text);
        assertEquals(1, q.size(), text + " -> " + q);
        return q.get(0);
    }

    @Test
    void numeralsWordsAndQualifiers() {
        Quantity q = one("over 3,000 North Korean soldiers have begun training");
        assertEquals(3000, q.value());
        assertEquals(Qualifier.AT_LEAST, q.qualifier());
        assertEquals("North Korean soldiers", q.counted());
        assertEquals(Qualifier.AT_MOST, one("up to three thousand people").qualifier());
        assertEquals(3000, one("up to three thousand people").value());
        assertEquals(Qualifier.APPROXIMATELY, one("roughly 12,000 troops").qualifier());
        Quantity several = one("\"several hundred\" Chinese nationals are fighting");
        assertEquals(200, several.value());
        assertEquals(Qualifier.AT_LEAST, several.qualifier());
        assertEquals(1_200_000, one("1.2 million shells").value());
    }

    @Test
    void perUnitAndTotal() {
        Quantity q = one("involving perhaps “two brigades of 6,000 people each.”");
        assertEquals(12000, q.value());
        assertEquals(6000, q.perUnit());
        assertEquals(2, q.units());
        assertEquals(Qualifier.APPROXIMATELY, q.qualifier());
    }

    @Test
    void notQuantities() {
        assertEquals(List.of(), Quantities.find("On 18 October 2024 the 153rd Brigade earned $20 billion, 30% more, in 24/7 shifts."));
        assertEquals(List.of(), Quantities.find("The meeting on November 1 lasted 3 hours."));
    }

    @Test
    void partitivesPhotosAndRatesAreNotCounts() {
        assertEquals(List.of(), Quantities.find("Officials said one of their drones hit a tanker."));
        assertEquals(List.of(), Quantities.find("The post showed photos of five men in uniform."));
        assertEquals(List.of(), Quantities.find("with hundreds more crossing each day"));
        // A count with a duration is still a count.
        assertEquals(List.of(900L), Quantities.find("900 soldiers arrived in a week").stream().map(Quantity::value).toList());
        assertEquals(List.of(2L), Quantities.find("two of the sailors were rescued").stream().map(Quantity::value).toList());
    }

    @Test
    void deathsAndCompoundCountedNouns() {
        Quantity q = one("the toll was over 40,000 service member deaths in a year");
        assertEquals(40000, q.value());
        assertEquals("service member deaths", q.counted());
        assertEquals(Qualifier.AT_LEAST, q.qualifier());
    }

    @Test
    void theCountedNounMayComeBeforeTheNumber() {
        Quantity q = one("the total number of Iranian advisers in the region rose to about 400, officials said");
        assertEquals(400, q.value());
        assertEquals("Iranian advisers", q.counted());
        assertEquals(List.of(), Quantities.find("the number of the road to 40, officials said"));
    }

    @Test
    void aDemonymBeforePeopleIsTheirModifier() {
        assertEquals("Chinese nationals", one("\"several hundred\" Chinese nationals are fighting").counted());
        assertEquals("Sri Lankans", one("three Sri Lankans who fled").counted());
    }

    @Test
    void ellipticalAndRanges() {
        List<Quantity> q = Quantities.find("Roughly 5,000 have already been killed or injured, but 6,000 remain");
        assertEquals(List.of(5000L, 6000L), q.stream().map(Quantity::value).toList());
        List<Quantity> r = Quantities.find("between 200 and 400 civilians were killed");
        assertEquals(List.of(200L, 400L), r.stream().map(Quantity::value).toList());
        assertEquals("civilians", r.get(0).counted());
    }

    @Test
    void datesResolveAgainstTheReport() {
        LocalDate friday = LocalDate.of(2024, 11, 22);
        assertEquals(LocalDate.of(2024, 11, 21), TimeExpressions.find("announced Thursday", friday).get(0).date());
        assertEquals(LocalDate.of(2024, 11, 22), TimeExpressions.find("on 22 November", friday).get(0).date());
        assertEquals(LocalDate.of(2023, 12, 3), TimeExpressions.find("on December 3", LocalDate.of(2024, 1, 5)).get(0).date());
        assertEquals(LocalDate.of(2024, 11, 15), TimeExpressions.find("last week", friday).get(0).date());
        assertTrue(TimeExpressions.find("on Thursday", null).isEmpty(), "relative dates need the report date");
    }

    private static List<Long> values(String text) {
        return Quantities.find(text).stream().map(Quantity::value).toList();
    }

    @Test
    void numberWordsInEveryForm() {
        assertEquals(List.of(95L), values("Ninety-five marines came home."));
        assertEquals(24L, one("two dozen bodies were found").value());
        Quantity q = one("more than three dozen UAVs flew in");
        assertEquals(36, q.value());
        assertEquals(Qualifier.AT_LEAST, q.qualifier());
        Quantity tens = one("tens of thousands of conscripts were called up");
        assertEquals(20_000, tens.value());
        assertEquals(Qualifier.AT_LEAST, tens.qualifier());
        assertEquals(Qualifier.AT_LEAST, one("dozens of civilians fled").qualifier());
    }

    @Test
    void equipmentWithMakersAndModels() {
        assertEquals("German-made Leopard tanks", one("it destroyed 8 German-made Leopard tanks").counted());
        assertEquals("US-made M113 armored personnel carriers", one("two US-made M113 armored personnel carriers burned").counted());
        assertEquals("HIMARS multiple rocket launcher rockets", one("10 HIMARS multiple rocket launcher rockets were intercepted").counted());
        assertEquals("automobiles", one("and 51 automobiles").counted());
    }

    @Test
    void aListCountsWhatItsFirstNumberCounts() {
        List<Quantity> q = Quantities.find("Air defences destroyed 75 unmanned aerial vehicles: 40 over the Oryol Region, "
                + "20 over the Tver Region and 15 over the Black Sea.");
        assertEquals(List.of(75L, 40L, 20L, 15L), q.stream().map(Quantity::value).toList());
        assertTrue(q.stream().allMatch(x -> x.counted().endsWith("vehicles")), q.toString());
        List<Quantity> e = Quantities.find("Nine drones were downed over Lipetsk and three were destroyed over Tambov.");
        assertEquals("drones", e.get(1).counted());
    }

    @Test
    void partsAndRanges() {
        List<Quantity> q = Quantities.find("Air defence destroyed 31 out of 40 Shahed drones.");
        assertEquals(List.of(31L, 40L), q.stream().map(Quantity::value).toList());
        assertEquals("Shahed drones", q.get(0).counted());
        List<Quantity> r = Quantities.find("between 100 and 200 soldiers were killed");
        assertEquals(Qualifier.AT_LEAST, r.get(0).qualifier());
        assertEquals(Qualifier.AT_MOST, r.get(1).qualifier());
        List<Quantity> d = Quantities.find("it lost 300-400 troops");
        assertEquals(Qualifier.AT_LEAST, d.get(0).qualifier());
        assertEquals(Qualifier.AT_MOST, d.get(1).qualifier());
    }

    @Test
    void agesAreNoCounts() {
        assertEquals(List.of(47000L), values("roughly 47,000 men under the age of 50 have died"));
        assertEquals(List.of(3L), values("three soldiers aged 19 were captured"));
    }

    @Test
    void anotherSourcesFigureForTheSameCount() {
        List<Quantity> q = Quantities.find("Officials claim there were 65 fatalities, while local sources say at least 60.");
        assertEquals(List.of(65L, 60L), q.stream().map(Quantity::value).toList());
        assertEquals("fatalities", q.get(1).counted());
        List<Quantity> r = Quantities.find("the true number of casualties falls between 40,000 and 55,000.");
        assertEquals(List.of(40000L, 55000L), r.stream().map(Quantity::value).toList());
    }
}
