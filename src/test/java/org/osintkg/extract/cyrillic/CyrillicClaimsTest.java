package org.osintkg.extract.cyrillic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;
import org.osintkg.extract.Claim;
import org.osintkg.extract.Mention;
import org.osintkg.extract.Quantity.Qualifier;
import org.osintkg.nlp.AnnotatedText;
import org.osintkg.nlp.CyrillicNlp;
import org.osintkg.nlp.Morphology;

class CyrillicClaimsTest {
    private static final Morphology UK = Morphology.ukrainian();
    private static final Morphology RU = Morphology.russian();
    private static final LocalDate DAY = LocalDate.of(2024, 10, 24); // a Thursday

    private static List<Claim> claims(Morphology m, String text) {
        AnnotatedText doc = new CyrillicNlp(m).annotate(text);
        List<Mention> ms = new CyrillicEntities(TestSupport.kb(), m, new BaseForms()).find(doc);
        List<Claim> out = new CyrillicClaims(m).claims(doc, ms, DAY);
        for (Claim c : out) assertEquals(text.substring(c.start(), c.end()), text.substring(c.start(), c.end()).strip());
        return out;
    }

    private static String who(Claim c) {
        return c.claimant().mention() != null ? c.claimant().mention().text()
                : c.claimant().isOutlet() ? "outlet" : c.claimant().anonymous();
    }

    @Test
    void numbersInDigitsAndWords() {
        List<Claim> cs = claims(UK, "Буданов заявив, що в Росії перебувають 11 тисяч солдатів КНДР. "
                + "За даними Генштабу, росіяни втратили близько трьох тисяч військових. "
                + "Сили оборони збили понад 200 дронів і 1 150 ракет.");
        assertEquals(4, cs.size(), cs.toString());
        assertEquals(11000, cs.get(0).quantity().value());
        assertEquals(Claim.ClaimType.TroopCount, cs.get(0).type());
        assertEquals(3000, cs.get(1).quantity().value());
        assertEquals(Qualifier.APPROXIMATELY, cs.get(1).quantity().qualifier());
        assertEquals(Claim.ClaimType.Casualties, cs.get(1).type());
        assertEquals(200, cs.get(2).quantity().value());
        assertEquals(Qualifier.AT_LEAST, cs.get(2).quantity().qualifier());
        assertEquals(1150, cs.get(3).quantity().value());
    }

    @Test
    void datesTimesYearsAndIncrementsAreNoCounts() {
        assertTrue(claims(UK, "23 жовтня о 09:30 у 2024 році танки — (+20) дронів.").isEmpty());
    }

    @Test
    void ukrainianAttributions() {
        List<Claim> cs = claims(UK, "Кирило Буданов заявив, що прибуде 12 тисяч солдатів. "
                + "За словами Буданова, ще 2600 солдатів вже у Курській області. "
                + "Уночі ворог запустив 54 дрони. Про це повідомили Повітряні сили ЗСУ.");
        assertEquals("Кирило Буданов", who(cs.get(0)));
        assertEquals("Буданова", who(cs.get(1)));
        assertEquals("Повітряні сили ЗСУ", who(cs.get(2)), "'Про це повідомили' speaks for the sentence before");
        assertEquals(54, cs.get(2).quantity().value());
    }

    @Test
    void russianAttributions() {
        List<Claim> cs = claims(RU, "Над регионами были уничтожены 15 беспилотников ВСУ, сообщает Минобороны. "
                + "По данным Гладкова, ранены два человека. Губернатор Вячеслав Гладков заявил о 18 снарядах.");
        assertEquals("Минобороны", who(cs.get(0)), "the drones' owner is no speaker");
        assertEquals("Гладкова", who(cs.get(1)));
        assertEquals(Claim.ClaimType.Casualties, cs.get(1).type());
        assertEquals("Вячеслав Гладков", who(cs.get(2)));
    }

    @Test
    void denials() {
        Claim uk = claims(UK, "ГУР спростував повідомлення про виведення 8 000 військових КНДР.").get(0);
        assertTrue(uk.denies());
        Claim uk2 = claims(UK, "Міноборони заперечує, що загинули 300 військових.").get(0);
        assertTrue(uk2.denies());
        Claim ru = claims(RU, "Минобороны опровергло данные о гибели 500 военных.").get(0);
        assertTrue(ru.denies());
        assertFalse(claims(RU, "Минобороны сообщило об уничтожении 20 беспилотников.").get(0).denies());
    }

    @Test
    void statedOnTheReportDayOrTheDayNamed() {
        assertEquals(DAY, claims(UK, "Генштаб повідомив про 1 080 окупантів.").get(0).statedOn());
        assertEquals(DAY.minusDays(1), claims(UK, "Генштаб вчора повідомив про 1 080 окупантів.").get(0).statedOn());
        assertEquals(LocalDate.of(2024, 10, 21), claims(RU, "В понедельник Минобороны сообщило о 20 беспилотниках.").get(0).statedOn());
    }

    @Test
    void noSourceMeansTheOutlet() {
        Claim c = claims(UK, "Уночі росіяни запустили 119 безпілотників.").get(0);
        assertTrue(c.claimant().isOutlet());
        assertNull(c.hedge());
    }
}
