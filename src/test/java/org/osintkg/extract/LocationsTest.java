package org.osintkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where claims of invented sentences are located. */
class LocationsTest {
    @Test
    void placeAfterAPrepositionBeforeACountry() {
        SentenceView s = Sentences.first("Russia moved 300 marines into Zaporizhzhia Oblast last week.");
        assertEquals("Zaporizhzhia Oblast", Locations.of(s, null, null).text());
    }

    @Test
    void theForcesOwnCountryIsNotTheLocation() {
        SentenceView s = Sentences.first("Belarusian troops were seen in Volyn Oblast.");
        String belarus = s.mentions().stream().filter(m -> m.text().equals("Volyn Oblast")).findFirst().orElseThrow().text();
        assertEquals(belarus, Locations.of(s, "https://w3id.org/osintkg/id/place/belarus", null).text());
    }

    @Test
    void coordinatedPlacesOfOneKind() {
        SentenceView s = Sentences.first("The offensives against the Sumy and Kharkiv oblasts continue.");
        Mention first = Locations.of(s, null, null);
        List<String> places = Locations.coordinated(s, first).stream().map(Mention::text).sorted().toList();
        assertEquals(2, places.size(), places.toString());
    }

    @Test
    void noPlaceNoLocation() {
        SentenceView s = Sentences.first("The spokesman said 40 soldiers deserted.");
        assertEquals(null, Locations.of(s, null, null));
        assertEquals(java.util.Collections.singletonList(null), Locations.coordinated(s, null));
    }
}
