package org.osintkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetadataScoreTest {
    private static Gold gold(String outlet, String published) {
        return new Gold("x", published, outlet, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void outletNamesMatchAsTheGoldWritesThem() {
        assertTrue(MetadataScore.outletMatches("Ukrainska Pravda", Set.of("Ukrainska Pravda", "Pravda Ukraine"), "Pravda Ukraine"));
        assertTrue(MetadataScore.outletMatches("Lanka e News", Set.of("Lanka e News"), "Lanka-e-News"));
        assertTrue(MetadataScore.outletMatches("themoscowtimes.com", Set.of("themoscowtimes.com"), "The Moscow Times"));
        assertTrue(MetadataScore.outletMatches("galweek.info", Set.of("galweek.info"), "Galweek"));
        assertFalse(MetadataScore.outletMatches("ukranews.com", Set.of("ukranews.com"), "Ukrainian News"));
        assertFalse(MetadataScore.outletMatches("Reuters", Set.of("Reuters"), "Black World Media"));
        assertFalse(MetadataScore.outletMatches(null, Set.of(), "CNN"));
    }

    @Test
    void accuracyCountsOnlyArticlesWithGoldAndFlagsDatesOutsideTheWindow() {
        MetadataScore s = new MetadataScore(LocalDate.of(1990, 1, 1), LocalDate.of(2025, 1, 2));
        s.add("a", "CNN", Set.of("CNN"), LocalDate.of(2024, 11, 22), "metadata", gold("CNN", "2024-11-22"));
        s.add("b", "BBC", Set.of("BBC"), LocalDate.of(2024, 11, 21), "url_path", gold("Reuters", "2024-11-22"));
        s.add("c", null, Set.of(), LocalDate.of(2031, 1, 1), "header", gold(null, null));
        assertEquals(0.5, s.outletAccuracy());
        assertEquals(0.5, s.dateAccuracy());
        assertEquals(1, s.outsideWindow());
        assertTrue(s.report().contains("1 of 2 articles with a gold outlet"), s.report());
    }
}
