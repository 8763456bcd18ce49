package org.osintkg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransliterationTest {
    @Test
    void ukrainianNationalSystem() {
        assertEquals("Kyrylo Budanov", Transliteration.ukrainian("Кирило Буданов"));
        assertEquals("Oleksandr Syrskyi", Transliteration.ukrainian("Олександр Сирський"));
        assertEquals("Zghurskyi", Transliteration.ukrainian("Згурський"));
        assertEquals("Yizhakevych", Transliteration.ukrainian("Їжакевич"));
        assertEquals("Viacheslav", Transliteration.ukrainian("В'ячеслав"));
        assertEquals("Shcherbukhy", Transliteration.ukrainian("Щербухи"));
        assertEquals("Yevhen Koval", Transliteration.ukrainian("Євген Коваль"));
    }

    @Test
    void russianBgnLike() {
        assertEquals("Vyacheslav Gladkov", Transliteration.russian("Вячеслав Гладков"));
        assertEquals("Dmitriy Peskov", Transliteration.russian("Дмитрий Песков"));
        assertEquals("Yelena Pyotrova", Transliteration.russian("Елена Пётрова"));
        assertEquals("Vooruzhennyye", Transliteration.russian("Вооруженные"));
    }

    @Test
    void cyrillicSlugsAreReadable() {
        assertEquals("vyacheslav-gladkov", Names.slug("Вячеслав Гладков"));
        assertEquals("oleksii-ihnat", Names.slug("Олексій Ігнат"), "і says Ukrainian");
        assertEquals("kirilo-budanov", Names.slug("Кирило Буданов"), "without і ї є ґ the Russian table is used");
        assertEquals("budanov", Names.slug("Budanov"));
    }
}
