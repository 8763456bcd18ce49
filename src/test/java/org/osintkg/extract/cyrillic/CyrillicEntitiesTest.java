package org.osintkg.extract.cyrillic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osintkg.TestSupport;
import org.osintkg.extract.Mention;
import org.osintkg.kb.EntityKind;
import org.osintkg.nlp.CyrillicNlp;
import org.osintkg.nlp.Morphology;

class CyrillicEntitiesTest {
    private static final String ID = "https://w3id.org/osintkg/id/";
    private static final Morphology UK = Morphology.ukrainian();
    private static final Morphology RU = Morphology.russian();

    private static List<Mention> find(Morphology m, String text) {
        return new CyrillicEntities(TestSupport.kb(), m, new BaseForms()).find(new CyrillicNlp(m).annotate(text));
    }

    private static Mention named(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + ms));
    }

    @Test
    void everyCaseOfAKbNameReachesTheEntity() {
        List<Mention> ms = find(UK, "Бої тривають у Курській області. Курська область під обстрілом, а з Курської області "
                + "виїжджають люди. Про це повідомив Генштаб ЗСУ.");
        assertEquals(ID + "place/kursk-oblast", named(ms, "Курській області").kbIri());
        assertEquals(ID + "place/kursk-oblast", named(ms, "Курська область").kbIri());
        assertEquals(ID + "place/kursk-oblast", named(ms, "Курської області").kbIri());
        assertEquals(ID + "org/general-staff-of-the-armed-forces-of-ukraine", named(ms, "Генштаб ЗСУ").kbIri());
        List<Mention> ru = find(RU, "Беспилотники сбиты над Курской областью и Брянской областью, сообщило Минобороны России.");
        assertEquals(ID + "place/kursk-oblast", named(ru, "Курской областью").kbIri());
        assertEquals(ID + "org/ministry-of-defence-of-the-russian-federation", named(ru, "Минобороны России").kbIri());
    }

    @Test
    void bareAdjectivesOfAListAreRegions() {
        List<Mention> ms = find(UK, "Дрони збили у Сумській, Полтавській та Дніпропетровській областях.");
        assertEquals(ID + "place/sumy-oblast", named(ms, "Сумській").kbIri());
        assertEquals(ID + "place/poltava-oblast", named(ms, "Полтавській").kbIri());
        assertEquals(ID + "place/dnipropetrovsk-oblast", named(ms, "Дніпропетровській областях").kbIri());
        List<Mention> ru = find(RU, "Под атакой оказались Орловская, Белгородская и Тульская области.");
        assertEquals(ID + "place/oryol-oblast", named(ru, "Орловская").kbIri());
        assertEquals(ID + "place/belgorod-oblast", named(ru, "Белгородская").kbIri());
    }

    @Test
    void peopleByNamePatternsAndKbSurnames() {
        List<Mention> ms = find(UK, "Заступник начальника Вадим Скібіцький розповів про це. Зеленський подякував.");
        assertEquals(EntityKind.PERSON, named(ms, "Вадим Скібіцький").kind());
        Mention zelensky = named(ms, "Зеленський");
        assertEquals(ID + "person/volodymyr-zelenskyy", zelensky.kbIri());
        assertTrue(zelensky.weak());
        List<Mention> ru = find(RU, "Губернатор Вячеслав Гладков сообщил об обстреле. Песков отказался комментировать.");
        assertEquals(EntityKind.PERSON, named(ru, "Вячеслав Гладков").kind());
        assertEquals(ID + "person/dmitry-peskov", named(ru, "Песков").kbIri());
    }

    @Test
    void namesAfterARoleAndAWordOfANameGivenBefore() {
        List<Mention> ms = find(RU, "Об этом заявил член парламента Южной Кореи Пак Мин Хо. Позже добавил Пак, что потери растут. "
                + "Глава Винницы Сергей Борзов сообщил об атаке.");
        assertEquals(EntityKind.PERSON, named(ms, "Пак Мин Хо").kind(), "a name the dictionary does not know, after a role");
        assertEquals(EntityKind.PERSON, named(ms, "Пак").kind(), "a word of that name alone");
        assertEquals(EntityKind.PERSON, named(ms, "Сергей Борзов").kind(), "a given name starts the name, not the city before it");
        List<Mention> uk = find(UK, "На війні загинув Юрій Дігтярук. Про це повідомив голова адміністрації Юрій Погуляйко.");
        assertEquals(EntityKind.PERSON, named(uk, "Юрій Погуляйко").kind(), "a given name seen before does not cut a full name");
    }

    @Test
    void settlementsDistrictsBodiesAndUnits() {
        List<Mention> ru = find(RU, "Обстрелу подверглись село Графовка и поселок Середа в Шебекинском городском округе.");
        assertEquals(EntityKind.SETTLEMENT, named(ru, "Графовка").kind());
        assertEquals(EntityKind.SETTLEMENT, named(ru, "Середа").kind());
        assertEquals(EntityKind.REGION, named(ru, "Шебекинском городском округе").kind());
        List<Mention> uk = find(UK, "Сили оборони зупинили підрозділи 437-го навчального полку.");
        assertEquals(EntityKind.ORGANIZATION, named(uk, "Сили оборони").kind());
        assertEquals(EntityKind.MILITARY_UNIT, named(uk, "437-го навчального полку").kind());
    }

    @Test
    void commonWordsAreNoNames() {
        List<Mention> ms = find(UK, "Станом на 09:00 Сили збили дрони. Суми виплатили вчасно.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Станом")), ms.toString());
    }
}
