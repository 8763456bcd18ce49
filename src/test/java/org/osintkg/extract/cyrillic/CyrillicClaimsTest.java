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
                : c.claimant().isOutlet() ? "outlet" : c.claimant().described();
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

    @Test
    void aPronounOrARoleStandsForThePersonNamedLast() {
        List<Claim> cs = claims(RU, "По словам законодателя Пак Мин Хо, погибли около 600 солдат. "
                + "Более 4000 военных получили ранения, сообщил он журналистам, пишет Reuters. "
                + "В общей сложности Пхеньян направил 18 000 солдат, объяснил депутат.");
        assertEquals(3, cs.size(), cs.toString());
        assertEquals("Пак Мин Хо", who(cs.get(0)), "two or three capitalised words after a role are a name");
        assertEquals("Пак Мин Хо", who(cs.get(1)), "'сообщил он': the person named last, not the outlet after");
        assertEquals("Пак Мин Хо", who(cs.get(2)), "'объяснил депутат'");
        Claim uk = claims(UK, "Міністр Андрій Коваленко відвідав фронт. Він заявив, що загинули 40 окупантів.").get(0);
        assertEquals("Андрій Коваленко", who(uk));
    }

    @Test
    void anAgencyCitedRelaysThePersonWhoSaidIt() {
        List<Claim> cs = claims(RU, "Погибли не менее 100 солдат. Об этом заявил член парламента Южной Кореи Пак Мин Хо, "
                + "сообщает РБК-Украина со ссылкой на Reuters.");
        assertEquals("Пак Мин Хо", who(cs.get(0)));
        Claim agency = claims(RU, "Погибли не менее 100 солдат, сообщает РБК-Украина со ссылкой на Reuters.").get(0);
        assertEquals("Reuters", who(agency), "with no person, the agency cited");
    }

    @Test
    void thePressAsTheSubjectOfAReportingVerb() {
        List<Claim> cs = claims(RU, "Ночью Россия атаковала Украину с помощью 27 дронов. Информацию распространяют украинские СМИ.");
        assertEquals("украинские СМИ", who(cs.get(0)));
        Claim c = claims(RU, "Данные найдены в сообщениях чиновников и СМИ: погибли 29 217 военных.").get(0);
        assertTrue(c.claimant().isOutlet(), "the press named elsewhere in a sentence is no speaker");
    }

    @Test
    void aSpeakerInALaterParagraphDoesNotClaimTheNumbersBefore() {
        String exchange = "Росія та Україна провели обмін: кожна сторона повернула по 146 військовослужбовців.";
        String quote = "«Сьогодні наші люди повертаються додому», — повідомив президент Володимир Зеленський.";
        assertTrue(claims(UK, exchange + "\n\n" + quote).get(0).claimant().isOutlet());
        assertEquals("Володимир Зеленський", who(claims(UK, exchange + " " + quote).get(0)), "in the same paragraph it does");
        assertEquals("Генштаб ЗСУ", who(claims(UK, exchange + "\n\nПро це повідомив Генштаб ЗСУ.").get(0)), "'Про це' reaches back");
    }

    @Test
    void aCommandSpeaksForTheBodyItCommands() {
        Claim c = claims(UK, "Внаслідок бою 44 окупанти були ліквідовані. Про це повідомило командування Десантно-штурмових військ "
                + "Збройних сил України.").get(0);
        assertEquals("Десантно-штурмових військ Збройних сил України", who(c));
    }

    @Test
    void theBodyNamedBeforeGoesOnSpeaking() {
        List<Claim> cs = claims(RU, "Около двух тысяч солдат погибли, заявили в разведке Южной Кореи. "
                + "Кроме того, в разведке подтвердили, что КНДР отправит около шести тысяч военнослужащих.");
        assertEquals("разведке Южной Кореи", who(cs.get(1)), "'в разведке' is the intelligence service named before");
        List<Claim> uk = claims(UK, "Повітряні сили ЗСУ повідомили про 36 збитих дронів. «Зафіксовано влучання 13 БпЛА», — додали у відомстві.");
        assertEquals("Повітряні сили ЗСУ", who(uk.get(1)));
    }

    @Test
    void anUnnamedBodyOfACountryOrTheCountryItself() {
        Claim c = claims(RU, "Около двух тысяч солдат погибли в боях, воюя на стороне армии России, заявили в разведке Южной Кореи.").get(0);
        assertEquals("разведке Южной Кореи", who(c), "the army's owner before the verb is no speaker");
        Claim uk = claims(UK, "За інформацією Москви, КНДР відправить близько 6 тисяч військовослужбовців.").get(0);
        assertEquals("Москви", who(uk), "a capital speaks for its government");
    }

    @Test
    void aNumberWithoutANounCountsWhatBefellPeopleOrWhatTheListCounts() {
        List<Claim> cs = claims(RU, "По меньшей мере 100 военных погибли, а еще 1000 получили ранения, сообщил Гладков.");
        assertEquals(List.of(100L, 1000L), cs.stream().map(c -> c.quantity().value()).toList());
        assertEquals(Claim.ClaimType.Casualties, cs.get(1).type());
        List<Claim> list = claims(RU, "По данным ведомства, группировка «Север» уничтожила до 155 военнослужащих, «Запад» — до 245, «Центр» — более 405.");
        assertEquals(List.of(155L, 245L, 405L), list.stream().map(c -> c.quantity().value()).toList());
        List<Claim> uk = claims(UK, "Внаслідок бою 44 окупанти були ліквідовані, вісім — поранені, дев’ятеро здалися в полон.");
        assertEquals(List.of(44L, 8L, 9L), uk.stream().map(c -> c.quantity().value()).toList());
        assertEquals(List.of(Claim.ClaimType.Casualties, Claim.ClaimType.Casualties, Claim.ClaimType.Prisoners),
                uk.stream().map(Claim::type).toList(), "each number typed by its own clause");
    }

    @Test
    void ranksCaseEndingsAndBareHundredsOrThousands() {
        List<Claim> cs = claims(RU, "Среди погибших два генерала, 10 полковников и 14 майоров.");
        assertEquals(List.of(2L, 10L, 14L), cs.stream().map(c -> c.quantity().value()).toList());
        Claim ending = claims(UK, "Десантники вступили в бій з понад 60-ма окупантами.").get(0);
        assertEquals(60, ending.quantity().value());
        assertEquals(Qualifier.AT_LEAST, ending.quantity().qualifier());
        Claim tens = claims(UK, "Відомо про десятки поранених.").get(0);
        assertEquals(20, tens.quantity().value());
        assertEquals(Qualifier.AT_LEAST, tens.quantity().qualifier());
        Claim several = claims(RU, "Чиновник назвал несколько сотен жертв.").get(0);
        assertEquals(200, several.quantity().value());
        assertEquals(Qualifier.AT_LEAST, several.quantity().qualifier());
        Claim thousand = claims(RU, "КНДР направит тысячу саперов.").get(0);
        assertEquals(1000, thousand.quantity().value());
        assertEquals(Qualifier.EXACTLY, thousand.quantity().qualifier());
    }
}
