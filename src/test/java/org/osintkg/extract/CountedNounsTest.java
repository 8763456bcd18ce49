package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the numbers of invented sentences count. */
class CountedNounsTest {
    @Test
    void theNounAfterTheNumber() {
        assertEquals("North Korean soldiers", CountedNouns.after(" North Korean soldiers were seen"));
        assertEquals("Iskander-M or KN-23 ballistic missiles", CountedNouns.after(" Iskander-M or KN-23 ballistic missiles and"));
        assertNull(CountedNouns.after(" kilometres from the border"));
    }

    @Test
    void theNounNamedBefore() {
        String text = "Russian losses in the battle reached 500";
        assertEquals("losses", CountedNouns.before(text, text.indexOf("500")));
        String aux = "Kiev’s losses of military personnel have surpassed 8,000 over the past week";
        assertEquals("losses", CountedNouns.before(aux, aux.indexOf("8,000")));
        String among = "casualties among North Korean troops in the Ukraine war have now reached about 3,000";
        assertEquals("casualties", CountedNouns.before(among, among.indexOf("3,000")));
    }

    @Test
    void oneWordOfAnyKindBeforeTheCountedNoun() {
        assertEquals("barrage munitions", CountedNouns.after(" barrage munitions were launched"));
        assertEquals("permanent casualties", CountedNouns.range("-190,000 permanent casualties so far"));
        assertNull(CountedNouns.after(" times more drones came"), "a word of measure");
        assertNull(CountedNouns.after(" were killed"), "a word of grammar");
        assertNull(CountedNouns.after(" kilometres south of the town"));
    }

    @Test
    void aListItemNamesWhatItCountsBeforeTheNumber() {
        String text = "Russian losses were: tanks — 364; artillery systems — 248; armored fighting vehicles: 748.";
        assertEquals("tanks", CountedNouns.before(text, text.indexOf("364")));
        assertEquals("artillery systems", CountedNouns.before(text, text.indexOf("248")));
        assertEquals("armored fighting vehicles", CountedNouns.before(text, text.indexOf("748")));
        String notItem = "The talks lasted — 248 minutes in all.";
        assertNull(CountedNouns.before(notItem, notItem.indexOf("248")));
    }

    @Test
    void rangesAndWholes() {
        assertEquals("civilians", CountedNouns.range(" and 200 civilians were hurt"));
        assertEquals("Shahed drones", CountedNouns.outOf(" out of 22 Shahed drones"));
        assertNull(CountedNouns.outOf(" of them were hit"));
        assertEquals("Azov fighters", CountedNouns.outOf(" of the approximately 2,500 Azov fighters held"));
        assertEquals("missiles", CountedNouns.outOf(" of 20 missiles were shot down"));
        assertEquals("drones", CountedNouns.outOf(" out of at least 87 drones launched"), "the whole's own qualifier");
        assertNull(CountedNouns.outOf(" of the drones were shot down"), "a part of a whole with no number");
    }

    @Test
    void aPartOfTheWholeNamedBeforeIt() {
        Quantity fighters = new Quantity(1279, Quantity.Qualifier.EXACTLY, "fighters", null, null, 11, 16);
        String text = "A total of 1,279 fighters were returned, including 455 from the Azov Brigade.";
        assertEquals("fighters", CountedNouns.listed(text, text.indexOf("455"), List.of(fighters)));
    }

    @Test
    void aNumberListedAfterACountedOne() {
        Quantity drones = new Quantity(40, Quantity.Qualifier.EXACTLY, "drones", null, null, 11, 13);
        String text = "Officials: 40 drones: 25 over the Tver Region, and 15 over Oryol.";
        assertEquals("drones", CountedNouns.listed(text, text.indexOf("25"), List.of(drones)));
        String apart = "Officials: 40 drones. In 2023 some 25 were seen.";
        assertNull(CountedNouns.listed(apart, apart.indexOf("25"), List.of(drones)));
    }
}
