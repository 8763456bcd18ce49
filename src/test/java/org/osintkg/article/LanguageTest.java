package org.osintkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void ukrainianRussianAndEnglishAreRead() {
        String uk = "Керівник ГУР Кирило Буданов заявив, що в Курській області перебувають 11 тисяч військових КНДР.";
        String ru = "Глава ГУР Кирилл Буданов заявил, что в Курской области находятся 11 тысяч военных КНДР.";
        assertEquals("uk", Language.detect(uk));
        assertEquals("ru", Language.detect(ru));
        assertEquals("en", Language.detect("Budanov said 11,000 North Korean troops were in Kursk."));
        assertNull(Language.refusal(uk));
        assertNull(Language.refusal(ru));
    }

    @Test
    void otherCyrillicLanguagesAreRefusedWithTheReason() {
        String be = "Кіраўнік разведкі заявіў, што ў Курскай вобласці знаходзяцца адзінаццаць тысяч ваеннаслужачых.";
        String sr = "Министар је рекао да се у области налази једанаест хиљада војника, њих око пет хиљада.";
        String bg = "Министърът каза, че в областта се намират единадесет хиляди войници, които са пристигнали.";
        assertTrue(Language.refusal(be).contains("Belarusian"), Language.refusal(be));
        assertTrue(Language.refusal(sr).contains("Serbian"), Language.refusal(sr));
        assertTrue(Language.refusal(bg).contains("Bulgarian"), Language.refusal(bg));
        assertNull(Language.detect(be));
        assertTrue(Language.refusal("조선 군인들이 쿠르스크에 있다고 말했다").startsWith("unsupported language (Hangul script"));
    }
}
