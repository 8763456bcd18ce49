package org.osintkg.extract.cyrillic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osintkg.extract.Claim.ClaimType;

/**
 * The words the Cyrillic claim rules read, per language: reporting and denial verbs (as lemmas),
 * the phrases that introduce a source ("за даними", "по данным"), numbers in words, qualifiers,
 * the nouns that say what a number counts (as stems, so every case form matches), months and
 * weekdays. Ukrainian and Russian differ in words, not in the rules that use them.
 */
record Lexicon(String language, Set<String> reportVerbs, Set<String> denyVerbs, Set<String> relayVerbs,
               List<List<String>> sourcePhrases, List<List<String>> backReferences, Set<String> pronouns,
               Map<String, Long> numbers, Map<String, Long> multipliers, Set<String> approximately,
               Set<String> atLeast, Set<String> atMost, Set<String> rangeFrom, Set<String> ofWords,
               Map<String, ClaimType> counted, List<String> casualtyCues, List<String> prisonerCues,
               List<String> troopCues, List<String> months, Map<String, Integer> weekdays,
               Set<String> yesterday, Set<String> today, Set<String> hedges, Map<String, String> demonyms,
               Set<String> yearWords) {

    private static final String PLACE = "https://w3id.org/osintkg/id/place/";

    static Lexicon of(String language) {
        return "uk".equals(language) ? ukrainian() : russian();
    }

    static Lexicon ukrainian() {
        return new Lexicon("uk",
                Set.of("заявити", "повідомити", "сказати", "зазначити", "додати", "підтвердити", "наголосити",
                        "розповісти", "написати", "повідомляти", "заявляти", "озвучити", "уточнити", "відзначити",
                        "заявлятися", "звітувати", "підкреслити", "йтися", "ідеться", "уточнюватися", "констатувати", "інформувати", "поінформувати",
                        "зазначатися", "відзначатися", "стверджувати", "вважати", "розповідати", "казати", "оприлюднити", "називати", "назвати"),
                Set.of("спростувати", "спростовувати", "заперечувати", "заперечити"),
                Set.of("передавати", "інформувати"),
                List.of(List.of("за", "даними"), List.of("за", "словами"), List.of("за", "інформацією"),
                        List.of("згідно", "з", "інформацією"), List.of("згідно", "з", "даними"), List.of("з", "посиланням", "на"),
                        List.of("з", "його", "слів"), List.of("на", "думку"), List.of("як", "повідомляє"), List.of("як", "повідомляв"),
                        List.of("за", "повідомленням")),
                List.of(List.of("про", "це"), List.of("цю", "інформацію"), List.of("там"), List.of("як", "повідомляє")),
                Set.of("його", "її", "їх", "він", "вона", "вони"),
                Map.ofEntries(Map.entry("один", 1L), Map.entry("одна", 1L), Map.entry("два", 2L), Map.entry("дві", 2L),
                        Map.entry("три", 3L), Map.entry("троє", 3L), Map.entry("чотири", 4L), Map.entry("п'ять", 5L),
                        Map.entry("шість", 6L), Map.entry("сім", 7L), Map.entry("вісім", 8L), Map.entry("дев'ять", 9L),
                        Map.entry("десять", 10L), Map.entry("одинадцять", 11L), Map.entry("дванадцять", 12L),
                        Map.entry("тринадцять", 13L), Map.entry("п'ятнадцять", 15L), Map.entry("двадцять", 20L),
                        Map.entry("тридцять", 30L), Map.entry("сорок", 40L), Map.entry("п'ятдесят", 50L),
                        Map.entry("сто", 100L), Map.entry("двісті", 200L), Map.entry("триста", 300L),
                        Map.entry("п'ятсот", 500L), Map.entry("двоє", 2L), Map.entry("четверо", 4L),
                        Map.entry("п'ятеро", 5L), Map.entry("шестеро", 6L), Map.entry("семеро", 7L),
                        Map.entry("восьмеро", 8L), Map.entry("дев'ятеро", 9L), Map.entry("десятеро", 10L)),
                Map.of("тисяча", 1000L, "тис", 1000L, "мільйон", 1_000_000L, "млн", 1_000_000L, "десяток", 10L,
                        "сотня", 100L),
                Set.of("близько", "приблизно", "орієнтовно"),
                Set.of("понад", "більше", "більш", "щонайменше", "мінімум"),
                Set.of("до", "майже", "менше"),
                Set.of("від"),
                Set.of("з", "із", "зі"),
                counted(true),
                List.of("втрат", "убит", "вбит", "поранен", "загибл", "загин", "ліквідува", "ліквідов", "постражда", "травмован", "жертв", "помер"),
                List.of("полон", "обмін", "обміну", "звільн", "військовополонен"),
                List.of("кндр", "північнокоре", "корейськ", "розгорт", "розмісти", "направ", "прибу", "контингент"),
                List.of("січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листопад", "груд"),
                Map.of("понеділ", 1, "вівтор", 2, "серед", 3, "четвер", 4, "п'ятниц", 5, "субот", 6, "неділ", 7),
                Set.of("вчора", "напередодні"), Set.of("сьогодні"),
                Set.of("нібито", "ймовірно", "імовірно", "можливо", "попередньо", "попередніми"),
                Map.of("російськ", PLACE + "russia", "росіян", PLACE + "russia", "окупант", PLACE + "russia",
                        "ворож", PLACE + "russia", "українськ", PLACE + "ukraine", "північнокорейськ", PLACE + "north-korea",
                        "північнокорейц", PLACE + "north-korea", "іранськ", PLACE + "iran"),
                Set.of("рік", "року", "р", "роки", "років"));
    }

    static Lexicon russian() {
        return new Lexicon("ru",
                Set.of("заявить", "сообщить", "сказать", "отметить", "добавить", "подтвердить", "подчеркнуть",
                        "рассказать", "написать", "сообщать", "заявлять", "уточнить", "пояснить", "заключить",
                        "говориться", "сообщаться", "уточняться", "уточняется", "утверждать", "считать", "констатировать", "указать", "отмечать",
                        "отчитаться", "заявиться", "опубликовать", "называть", "назвать"),
                Set.of("опровергнуть", "опровергать", "отрицать", "отвергнуть"),
                Set.of("передавать", "сообщать"),
                List.of(List.of("по", "данным"), List.of("по", "словам"), List.of("по", "информации"),
                        List.of("согласно", "данным"), List.of("со", "ссылкой", "на"), List.of("как", "сообщает"),
                        List.of("как", "утверждает"), List.of("по", "сведениям"), List.of("по", "оценке"),
                        List.of("по", "мнению"), List.of("по", "официальной", "информации")),
                List.of(List.of("об", "этом"), List.of("о", "том"), List.of("как", "уточняется"), List.of("в", "ведомстве"),
                        List.of("ведомство")),
                Set.of("его", "ее", "её", "их", "он", "она", "они"),
                Map.ofEntries(Map.entry("один", 1L), Map.entry("одна", 1L), Map.entry("два", 2L), Map.entry("две", 2L),
                        Map.entry("три", 3L), Map.entry("четыре", 4L), Map.entry("пять", 5L), Map.entry("шесть", 6L),
                        Map.entry("семь", 7L), Map.entry("восемь", 8L), Map.entry("девять", 9L), Map.entry("десять", 10L),
                        Map.entry("одиннадцать", 11L), Map.entry("двенадцать", 12L), Map.entry("пятнадцать", 15L),
                        Map.entry("двадцать", 20L), Map.entry("тридцать", 30L), Map.entry("сорок", 40L),
                        Map.entry("пятьдесят", 50L), Map.entry("сто", 100L), Map.entry("двести", 200L),
                        Map.entry("триста", 300L), Map.entry("пятьсот", 500L), Map.entry("двое", 2L),
                        Map.entry("трое", 3L), Map.entry("четверо", 4L), Map.entry("пятеро", 5L),
                        Map.entry("шестеро", 6L), Map.entry("семеро", 7L), Map.entry("восьмеро", 8L),
                        Map.entry("девятеро", 9L), Map.entry("десятеро", 10L)),
                Map.of("тысяча", 1000L, "тыс", 1000L, "миллион", 1_000_000L, "млн", 1_000_000L, "десяток", 10L,
                        "сотня", 100L),
                Set.of("около", "примерно", "порядка", "приблизительно"),
                Set.of("более", "свыше", "больше", "минимум"),
                Set.of("до", "почти", "менее"),
                Set.of("от"),
                Set.of("из"),
                counted(false),
                List.of("потер", "убит", "ранен", "погиб", "пострада", "ликвидир", "жертв", "раненых", "умер"),
                List.of("плен", "обмен", "освобожд", "военнопленн"),
                List.of("кндр", "северокоре", "корейск", "размещ", "дислоцир", "переправ", "прибыт", "контингент", "военнослужащих кндр"),
                List.of("январ", "феврал", "март", "апрел", "мая", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"),
                Map.of("понедельник", 1, "вторник", 2, "сред", 3, "четверг", 4, "пятниц", 5, "суббот", 6, "воскресень", 7),
                Set.of("вчера", "накануне"), Set.of("сегодня"),
                Set.of("якобы", "предположительно", "вероятно", "возможно", "предварительно", "предварительным"),
                Map.of("российск", PLACE + "russia", "украинск", PLACE + "ukraine", "всу", PLACE + "ukraine",
                        "северокорейск", PLACE + "north-korea", "иранск", PLACE + "iran"),
                Set.of("год", "года", "г", "годы", "лет"));
    }

    /** Stems of the nouns a number counts, with the claim type they make by themselves. */
    private static Map<String, ClaimType> counted(boolean uk) {
        if (uk) {
            return Map.ofEntries(Map.entry("безпілот", ClaimType.Equipment), Map.entry("дрон", ClaimType.Equipment),
                    Map.entry("бпла", ClaimType.Equipment), Map.entry("бпла-", ClaimType.Equipment),
                    Map.entry("шахед", ClaimType.Equipment), Map.entry("ракет", ClaimType.Equipment),
                    Map.entry("танк", ClaimType.Equipment), Map.entry("машин", ClaimType.Equipment),
                    Map.entry("бронемашин", ClaimType.Equipment), Map.entry("систем", ClaimType.Equipment),
                    Map.entry("артсистем", ClaimType.Equipment), Map.entry("одиниц", ClaimType.Equipment),
                    Map.entry("літак", ClaimType.Equipment), Map.entry("гелікоптер", ClaimType.Equipment),
                    Map.entry("вертоліт", ClaimType.Equipment), Map.entry("авіабомб", ClaimType.Equipment),
                    Map.entry("цілей", ClaimType.Equipment), Map.entry("цілі", ClaimType.Equipment),
                    Map.entry("засіб", ClaimType.Equipment), Map.entry("засоб", ClaimType.Equipment),
                    Map.entry("кораб", ClaimType.Equipment), Map.entry("катер", ClaimType.Equipment),
                    Map.entry("човн", ClaimType.Equipment), Map.entry("автомобіл", ClaimType.Equipment),
                    Map.entry("снаряд", ClaimType.Equipment), Map.entry("боєприпас", ClaimType.Equipment),
                    Map.entry("рсзв", ClaimType.Equipment), Map.entry("ппо", ClaimType.Equipment),
                    Map.entry("апарат", ClaimType.Equipment), Map.entry("іскандер", ClaimType.Equipment),
                    Map.entry("солдат", ClaimType.TroopCount), Map.entry("військов", ClaimType.TroopCount),
                    Map.entry("військовослужбов", ClaimType.TroopCount), Map.entry("бійц", ClaimType.TroopCount),
                    Map.entry("вояк", ClaimType.TroopCount), Map.entry("окупант", ClaimType.Casualties),
                    Map.entry("людей", ClaimType.TroopCount), Map.entry("осіб", ClaimType.TroopCount),
                    Map.entry("особ", ClaimType.TroopCount), Map.entry("українц", ClaimType.Prisoners),
                    Map.entry("воїн", ClaimType.TroopCount), Map.entry("захисник", ClaimType.TroopCount),
                    Map.entry("полонен", ClaimType.Prisoners), Map.entry("загибл", ClaimType.Casualties),
                    Map.entry("поранен", ClaimType.Casualties), Map.entry("цивільн", ClaimType.Casualties),
                    Map.entry("жител", ClaimType.Casualties), Map.entry("найманц", ClaimType.TroopCount),
                    Map.entry("постражда", ClaimType.Casualties), Map.entry("генерал", ClaimType.TroopCount),
                    Map.entry("полковник", ClaimType.TroopCount), Map.entry("підполковник", ClaimType.TroopCount),
                    Map.entry("майор", ClaimType.TroopCount), Map.entry("офіцер", ClaimType.TroopCount),
                    Map.entry("сапер", ClaimType.TroopCount), Map.entry("десантник", ClaimType.TroopCount),
                    Map.entry("моряк", ClaimType.TroopCount), Map.entry("пілот", ClaimType.TroopCount));
        }
        return Map.ofEntries(Map.entry("беспилот", ClaimType.Equipment), Map.entry("дрон", ClaimType.Equipment),
                Map.entry("бпла", ClaimType.Equipment), Map.entry("ракет", ClaimType.Equipment),
                Map.entry("танк", ClaimType.Equipment), Map.entry("машин", ClaimType.Equipment),
                Map.entry("систем", ClaimType.Equipment), Map.entry("единиц", ClaimType.Equipment),
                Map.entry("самолет", ClaimType.Equipment), Map.entry("вертолет", ClaimType.Equipment),
                Map.entry("аппарат", ClaimType.Equipment), Map.entry("снаряд", ClaimType.Equipment),
                Map.entry("боеприпас", ClaimType.Equipment), Map.entry("авиабомб", ClaimType.Equipment),
                Map.entry("целей", ClaimType.Equipment), Map.entry("цели", ClaimType.Equipment),
                Map.entry("штук", ClaimType.Equipment),
                Map.entry("солдат", ClaimType.TroopCount), Map.entry("военн", ClaimType.TroopCount),
                Map.entry("военнослужащ", ClaimType.TroopCount), Map.entry("бойц", ClaimType.TroopCount),
                Map.entry("человек", ClaimType.Casualties), Map.entry("людей", ClaimType.Casualties),
                Map.entry("житель", ClaimType.Casualties), Map.entry("жител", ClaimType.Casualties),
                Map.entry("мирн", ClaimType.Casualties), Map.entry("пострадавш", ClaimType.Casualties),
                Map.entry("погибш", ClaimType.Casualties), Map.entry("ранен", ClaimType.Casualties),
                Map.entry("пленн", ClaimType.Prisoners), Map.entry("наемник", ClaimType.TroopCount),
                Map.entry("корейц", ClaimType.TroopCount), Map.entry("генерал", ClaimType.TroopCount),
                Map.entry("полковник", ClaimType.TroopCount), Map.entry("подполковник", ClaimType.TroopCount),
                Map.entry("майор", ClaimType.TroopCount), Map.entry("офицер", ClaimType.TroopCount),
                Map.entry("сапер", ClaimType.TroopCount), Map.entry("сапёр", ClaimType.TroopCount),
                Map.entry("десантник", ClaimType.TroopCount), Map.entry("моряк", ClaimType.TroopCount),
                Map.entry("летчик", ClaimType.TroopCount), Map.entry("лётчик", ClaimType.TroopCount),
                Map.entry("пилот", ClaimType.TroopCount));
    }
}
