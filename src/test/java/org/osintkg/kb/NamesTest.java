package org.osintkg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void romanizationVariantsShareAPhoneticKey() {
        assertEquals(Names.phonetic("Chernyak"), Names.phonetic("Cherniak"));
        assertEquals(Names.phonetic("Zelensky"), Names.phonetic("Zelenskyy"));
        assertEquals(Names.phonetic("Zelenskiy"), Names.phonetic("Zelenskyy"));
        assertEquals(Names.phonetic("Syrskyi"), Names.phonetic("Syrsky"));
        assertEquals(Names.phonetic("Andriy"), Names.phonetic("Andrii"));
        assertNotEquals(Names.phonetic("Romanov"), Names.phonetic("Romanova"));
        assertNotEquals(Names.phonetic("Kim"), Names.phonetic("Kin"));
    }

    @Test
    void keysIgnoreCaseAccentsPeriodsAndTheArticle() {
        assertEquals("us", Names.key("U.S."));
        assertEquals("kyiv independent", Names.key("The Kyiv Independent"));
        assertEquals(List.of("korean", "people", "'s", "army"), Names.tokens("Korean People’s Army"));
        assertEquals("operational tactical command", Names.key("Operational-Tactical Command"));
        assertEquals("kharkiv-oblast", Names.slug("Kharkiv Oblast"));
        assertEquals("turkiye", Names.slug("Türkiye"));
    }
}
