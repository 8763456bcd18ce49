package org.osintkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CyrillicNlpTest {
    private static final Morphology UK = Morphology.ukrainian();
    private static final Morphology RU = Morphology.russian();

    @Test
    void inflectedFormsReachTheirLemma() {
        assertTrue(UK.lemmas("області").contains("область"));
        assertTrue(UK.lemmas("Курської").contains("курська"), UK.lemmas("Курської").toString());
        assertTrue(UK.lemmas("заявив").contains("заявити"));
        assertTrue(UK.lemmas("трьох").contains("три"));
        assertTrue(RU.lemmas("Курской").contains("курский"));
        assertTrue(RU.lemmas("сообщил").contains("сообщить"));
        assertTrue(RU.lemmas("Гладкова").contains("гладков"));
        assertEquals(List.of("шахедоподібний"), UK.lemmas("Шахедоподібний"), "an unknown word keeps its form");
    }

    @Test
    void sentencesAndTokensKeepTheirOffsets() {
        String text = "Буданов заявив про 11 тисяч солдатів. Їх п’ять бригад.\nЗаголовок без крапки";
        AnnotatedText doc = new CyrillicNlp(UK).annotate(text);
        assertEquals(3, doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertTrue(doc.sentences().get(1).tokens().stream().anyMatch(t -> t.text().equals("п’ять")), "apostrophe kept in the word");
        assertEquals("PERSON", doc.sentences().get(0).tokens().get(0).ner());
    }
}
