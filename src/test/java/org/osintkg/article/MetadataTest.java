package org.osintkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Outlet, date, title and URL as the reader decides them, on invented pages: one test per source
 * and per trap. The directory of outlets is the test's own, so the rules are tested apart from the KB.
 */
class MetadataTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final Outlets OUTLETS = new Outlets(
            Set.of("Reuters", "TASS", "Interfax", "Yonhap News Agency", "Yonhap", "UNN", "CNN", "Ukrainska Pravda",
                    "Pravda Ukraine", "The Guardian", "The New York Times", "NYT", "Ministry of Defence"),
            Map.ofEntries(Map.entry("Reuters", "Reuters"), Map.entry("TASS", "TASS"), Map.entry("Interfax", "Interfax"),
                    Map.entry("Yonhap News Agency", "Yonhap News Agency"), Map.entry("Yonhap", "Yonhap News Agency"),
                    Map.entry("UNN", "UNN"), Map.entry("CNN", "CNN"), Map.entry("Ukrainska Pravda", "Ukrainska Pravda"),
                    Map.entry("Pravda Ukraine", "Ukrainska Pravda"), Map.entry("The Guardian", "The Guardian"),
                    Map.entry("The New York Times", "The New York Times"), Map.entry("NYT", "The New York Times")),
            Map.of("reuters.com", "Reuters", "tass.com", "TASS", "cnn.com", "CNN", "pravda.com.ua", "Ukrainska Pravda",
                    "theguardian.com", "The Guardian", "unn.ua", "UNN"),
            Set.of("Reuters", "TASS", "Interfax", "Yonhap News Agency", "UNN", "Ukrainska Pravda", "The Guardian"));
    private static final String PARAGRAPH = "Officials said on Tuesday that several hundred soldiers had arrived in the region "
            + "over the weekend, according to a statement released by the command.";

    private final ArticleReader reader = new ArticleReader(OUTLETS, 1_000_000, TODAY);

    private Article read(String name, String text) {
        return read(name, text, TODAY);
    }

    private Article read(String name, String text, LocalDate retrieved) {
        List<Article> out = new ArrayList<>();
        List<ArticleException> failures = new ArrayList<>();
        reader.parse(name, text.getBytes(StandardCharsets.UTF_8), retrieved, out::add, failures::add);
        assertEquals(List.of(), failures);
        assertEquals(1, out.size());
        return out.get(0);
    }

    private Article page(String url, String... lines) {
        return read("page.txt", "URL: " + url + "\n" + String.join("\n", lines) + "\n" + PARAGRAPH + "\n");
    }

    // --- URL and outlet ---

    @Test
    void urlHeaderIsTheUrlAndTheKey() {
        Article a = page("https://www.reuters.com/world/europe/troops-2024-03-05/");
        assertEquals("https://www.reuters.com/world/europe/troops-2024-03-05/", a.url());
        assertEquals(a.url(), a.key());
        assertTrue(a.body().startsWith("Officials said"), "the URL line is no body text: " + a.body());
    }

    @Test
    void outletFromTheDomainAndItsSubdomains() {
        assertEquals("Reuters", page("https://www.reuters.com/world/a").outlet());
        assertEquals("CNN", page("https://amp.cnn.com/cnn/2024/10/31/politics/x").outlet());
        assertEquals("Ukrainska Pravda", page("https://english.pravda.com.ua/news/2024/10/28/7481775/").outlet());
        assertEquals("Ukrainska Pravda", page("http://WWW.PRAVDA.COM.UA./eng/news/").outlet(), "case and a trailing dot");
        // A domain that merely ends in a known one's letters is another site.
        assertEquals("notreuters.com", page("https://notreuters.com/a").outlet());
    }

    @Test
    void thePagesOwnNameForAKnownOutletIsKept() {
        Article a = page("https://www.pravda.com.ua/eng/news/", "Troops seen near the border, officials say", "Pravda Ukraine");
        assertEquals("Pravda Ukraine", a.outlet());
    }

    @Test
    void anUnknownSiteIsItsOwnOutletNeverAWireItCarries() {
        Article a = read("p.txt", "URL: https://www.world-mirror.net/global/five-killed/\n"
                + "KYIV (Reuters) - At least five people were killed in a missile strike on Friday, the regional governor said.\n");
        assertEquals("World Mirror", a.outlet(), "named from its domain");
        Article b = page("https://news.daily-kharkiv.co.uk/a/1");
        assertEquals("Daily Kharkiv", b.outlet(), "the registrable domain under a country's co.");
        Article c = page("https://kyivnotes.substack.com/p/x");
        assertEquals("kyivnotes.substack.com", c.outlet(), "a site on a hosting platform is its own");
        assertEquals("192.0.2.7", page("http://192.0.2.7:8080/a").outlet(), "an address is no domain to shorten");
    }

    @Test
    void anUnknownSiteIsNamedByTheMastheadWordsItsDomainSpells() {
        assertEquals("The Africa Times", page("https://theafricatimes.com/mali-ambush/").outlet());
        assertEquals("Time Africa Magazine", page("https://timeafricamagazine.com/x").outlet());
        assertEquals("EU News Today", page("https://www.eunewstoday.eu/x").outlet());
        assertEquals("devdiscourse.com", page("https://www.devdiscourse.com/article/x").outlet(), "no split into news words");
        assertEquals("galweek.com", page("https://galweek.com/x").outlet(), "a split needs every piece a masthead word");
    }

    @Test
    void anUnknownSiteTakesTheNameItWritesWhenItSpellsTheDomain() {
        Article a = read("p.txt", "URL: http://kharkivedaily.com/news/12/en\n"
                + "(Kharkiv-e-Daily - 3 March 2025) Kharkiv - Officials said on Tuesday that hundreds of soldiers had arrived.\n");
        assertEquals("Kharkiv-e-Daily", a.outlet());
        assertEquals(LocalDate.of(2025, 3, 3), a.published());
        assertEquals(DateSource.DATELINE, a.dateSource());
    }

    @Test
    void withoutAUrlDatelinesAndCreditLinesNameTheOutlet() {
        assertEquals("TASS", read("t.txt", "MOSCOW, October 10. /TASS/. " + PARAGRAPH).outlet());
        assertEquals("Reuters", read("r.txt", "KYIV (Reuters) - " + PARAGRAPH).outlet());
        assertEquals("Yonhap News Agency", read("y.txt", "SEOUL, Oct. 10 (Yonhap) -- " + PARAGRAPH).outlet());
        assertEquals("Interfax", read("i.txt", "Troops seen near the border, officials say\nSource: Interfax\n" + PARAGRAPH).outlet());
        assertEquals("Yonhap News Agency", read("n.txt", "Troops seen near the border, officials say\nYonhap News Agency\n" + PARAGRAPH).outlet());
        assertEquals("UNN", read("u.txt", "Troops seen near the border, officials say\nKyiv • UNN\n" + PARAGRAPH).outlet());
        // A credit that names no outlet credits none.
        assertNull(read("s.txt", "Source: National Resistance Center\n" + PARAGRAPH).outlet());
    }

    @Test
    void feedAndHtmlGiveTheUrl() {
        List<Article> out = new ArrayList<>();
        reader.parse("feed.jsonl", ("{\"url\":\"https://amp.cnn.com/x\",\"text\":\"" + PARAGRAPH + "\"}\n").getBytes(StandardCharsets.UTF_8),
                TODAY, out::add, e -> { throw new AssertionError(e); });
        assertEquals("https://amp.cnn.com/x", out.get(0).url());
        assertEquals("CNN", out.get(0).outlet());
        Article html = read("p.html", "<html><head><meta property=\"og:url\" content=\"https://www.theguardian.com/world/x\">"
                + "</head><body><article><p>" + PARAGRAPH + "</p></article></body></html>");
        assertEquals("https://www.theguardian.com/world/x", html.url());
        assertEquals("The Guardian", html.outlet());
    }

    // --- dates ---

    @Test
    void urlPathDateAndTheIdTrap() {
        Article a = page("https://www.pravda.com.ua/eng/news/2025/06/17/7517524/");
        assertEquals(LocalDate.of(2025, 6, 17), a.published());
        assertEquals(DateSource.URL_PATH, a.dateSource());
        assertEquals(LocalDate.of(2024, 3, 5), page("https://www.reuters.com/world/troops-2024-03-05/").published());
        assertEquals(LocalDate.of(2024, 10, 27), page("https://v.example.net/v/20241027183109596").published(), "a timestamp");
        assertNull(page("https://example.net/news/7517524/").published(), "an id is no date");
        assertNull(page("https://example.net/v/2024102718310959").published(), "16 digits are an id, no timestamp");
        assertNull(page("https://example.net/2024/02/30/x").published(), "no 30 February");
        assertNull(page("https://example.org/2030/01/02/x").published(), "after the day after today");
        assertNull(page("https://example.org/1985/01/02/x").published(), "before 1990");
        assertNull(page("https://example.org/2025/06/x").published(), "a month is no day");
    }

    @Test
    void urlDatesWithTheYearLastOrTheDayApart() {
        assertEquals(LocalDate.of(2025, 6, 11), page("https://www.example.com.cn/a/202506/11/WS6870.html").published());
        assertEquals(LocalDate.of(2025, 1, 12), page("https://www.example.com/article/01/12/2025/two-captured").published(),
                "month first for an outlet of no known country");
        assertEquals(LocalDate.of(2022, 3, 25), page("https://www.example.com/live-news/ukraine-news-03-25-22/h_917").published(),
                "a two-digit year closing the slug; 25 is no month, so the day is 25");
        assertNull(page("https://example.net/news/12-34-56/").published(), "no reading makes a date");
        assertNull(page("https://example.net/news/03-25-22-17/").published(), "a two-digit year must close the slug");
    }

    @Test
    void aBylineThatCarriesTheDate() {
        Article a = read("w.txt", "URL: https://example-world.net/prisoner-exchange\n"
                + "Written by: Nihal Saud Thursday, January 4, 2024 12:40 PM\n" + PARAGRAPH);
        assertEquals(LocalDate.of(2024, 1, 4), a.published());
        assertEquals(DateSource.HEADER, a.dateSource());
    }

    @Test
    void aSiteNamedByOneCommonWordKeepsItsDomain() {
        assertEquals("online.ua", page("https://news.online.ua/en/1000-bodies-returned-897138/").outlet());
    }

    @Test
    void unixTimeInTheSlugIsTheDayInUtcWhenThePathHasNoCalendarDate() {
        assertEquals(LocalDate.of(2024, 2, 8),
                page("https://newsukraine.example.ua/news/air-defense-destroyed-11-1707371531.html").published());
        assertEquals(LocalDate.of(2024, 2, 8), page("https://example.net/v/1707371531000/").published(), "milliseconds");
        assertEquals(LocalDate.of(2025, 6, 17),
                page("https://example.net/2025/06/17/1707371531/").published(), "a calendar date goes first");
        assertNull(page("https://example.net/news/1012345678/").published(), "2002: before Unix times stamp pages");
        assertNull(page("https://example.net/news/1999999999/").published(), "2033: in the future");
        assertNull(page("https://example.net/news/17073715311/").published(), "eleven digits are an id");
        assertNull(page("https://example.net/news/a1707371531b/").published(), "part of a token");
    }

    @Test
    void labelledAndHeaderDates() {
        Article a = read("a.txt", "Published: 12 March 2024\n" + PARAGRAPH);
        assertEquals(LocalDate.of(2024, 3, 12), a.published());
        assertEquals(DateSource.METADATA, a.dateSource());
        Article b = read("b.txt", " date 2024-03-12 " + PARAGRAPH);
        assertEquals(LocalDate.of(2024, 3, 12), b.published());
        assertEquals(DateSource.METADATA, b.dateSource());
        Article c = read("c.txt", "Friday, November 22, 2024\n\nTroops seen near the border, officials say\n" + PARAGRAPH);
        assertEquals(LocalDate.of(2024, 11, 22), c.published());
        assertEquals(DateSource.HEADER, c.dateSource());
        Article d = read("d.txt", "Troops seen near the border, officials say\n" + PARAGRAPH + "\n03 October, 2019\n" + PARAGRAPH);
        assertEquals(LocalDate.of(2019, 10, 3), d.published(), "a line that is only a date under the standfirst");
    }

    @Test
    void whenSourcesDisagreeTheRankedFirstWins() {
        // Metadata over the URL path; the URL path over an unlabelled header date (a site's "today" bar).
        Article a = read("a.txt", "URL: https://example.org/2024/10/28/x\n date 2024-10-29 " + PARAGRAPH);
        assertEquals(LocalDate.of(2024, 10, 29), a.published());
        assertEquals(DateSource.METADATA, a.dateSource());
        Article b = read("b.txt", "URL: https://example.org/2024/10/28/x\n• 11/14/2024\n\n" + PARAGRAPH);
        assertEquals(LocalDate.of(2024, 10, 28), b.published());
        assertEquals(DateSource.URL_PATH, b.dateSource());
        // A dateline over the URL path.
        Article c = read("c.txt", "URL: https://example.org/2024/10/11/x\nMOSCOW, October 10. /TASS/. " + PARAGRAPH);
        assertEquals(LocalDate.of(2024, 10, 10), c.published());
        assertEquals(DateSource.DATELINE, c.dateSource());
    }

    @Test
    void aDatelineWithoutAYearTakesTheYearFromThePageOrGivesNoDate() {
        assertNull(read("a.txt", "MOSCOW, June 17. /TASS/. " + PARAGRAPH).published(), "no year anywhere: no guess");
        Article b = read("b.txt", "MOSCOW, June 17. /TASS/. Officials said: \"as of June 17, 2022, we have lists of them.\"\n");
        assertEquals(LocalDate.of(2022, 6, 17), b.published());
        Article c = read("c.txt", "URL: https://example.org/2023/01/x\nMOSCOW, December 30. /TASS/. " + PARAGRAPH);
        assertEquals(LocalDate.of(2022, 12, 30), c.published(), "the year that puts it nearest before the URL's month");
        Article d = read("d.txt", "KYIV, Nov 3, 2023 (Reuters) - " + PARAGRAPH);
        assertEquals(LocalDate.of(2023, 11, 3), d.published());
    }

    @Test
    void futureAndAncientDatesAreNeverKept() {
        Article a = read("a.txt", "URL: https://example.org/2024/05/06/x\n date 2099-01-01 " + PARAGRAPH);
        assertEquals(LocalDate.of(2024, 5, 6), a.published(), "the future metadata is dropped, the URL's day kept");
        assertNull(read("b.txt", "Published: 1 January 1989\n" + PARAGRAPH).published());
        assertEquals(TODAY.plusDays(1), read("c.txt", "Published: " + TODAY.plusDays(1) + "\n" + PARAGRAPH).published(),
                "the day after today is kept: a page dated in a time zone ahead");
        assertNull(read("d.txt", "Published: " + TODAY.plusDays(2) + "\n" + PARAGRAPH).published());
    }

    @Test
    void dayAndMonthOrderByTheOutletsCountry() {
        // CNN is not in the day-first set (a US outlet); Reuters is (UK); an unknown site reads month first.
        assertEquals(LocalDate.of(2024, 6, 7), read("a.txt", "URL: https://cnn.com/a\n• 06/07/2024\n\n" + PARAGRAPH).published());
        assertEquals(LocalDate.of(2024, 7, 6), read("b.txt", "URL: https://reuters.com/a\n• 06/07/2024\n\n" + PARAGRAPH).published());
        assertEquals(LocalDate.of(2024, 6, 7), read("c.txt", "URL: https://example.org/a\n• 06/07/2024\n\n" + PARAGRAPH).published());
        // A date only one reading makes real is read that way, whatever the outlet.
        assertEquals(LocalDate.of(2024, 7, 13), read("d.txt", "URL: https://cnn.com/a\n• 13/07/2024\n\n" + PARAGRAPH).published());
        assertEquals(LocalDate.of(2024, 11, 14), read("e.txt", "URL: https://reuters.com/a\n• 11/14/2024\n\n" + PARAGRAPH).published());
    }

    @Test
    void relativeDatesCountFromTheRetrievalDay() {
        LocalDate retrieved = LocalDate.of(2025, 3, 10);
        Article a = read("a.txt", "Troops seen near the border, officials say\n2 hours ago\n" + PARAGRAPH, retrieved);
        assertEquals(retrieved, a.published());
        assertEquals(DateSource.RELATIVE, a.dateSource());
        assertEquals(retrieved.minusDays(1), read("b.txt", "Troops seen near the border, officials say\nYesterday\n" + PARAGRAPH, retrieved).published());
        assertEquals(retrieved.minusDays(3), read("c.txt", "Troops seen near the border, officials say\ntime3 days ago\n" + PARAGRAPH, retrieved).published());
        // Any other source outranks a relative date.
        assertEquals(LocalDate.of(2025, 3, 1),
                read("d.txt", "URL: https://example.org/2025/03/01/x\n3 days ago\n" + PARAGRAPH, retrieved).published());
    }

    @Test
    void relativeDatesOfAFileCountFromItsModificationDay(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path f = dir.resolve("saved.txt");
        java.nio.file.Files.writeString(f, "Troops seen near the border, officials say\n2 days ago\n" + PARAGRAPH + "\n");
        LocalDate saved = LocalDate.of(2025, 2, 20);
        java.nio.file.Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(
                saved.atTime(12, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));
        List<Article> out = new ArrayList<>();
        reader.readFile(f, out::add, e -> { throw new AssertionError(e); });
        assertEquals(LocalDate.of(2025, 2, 18), out.get(0).published());
    }

    @Test
    void htmlMetadataDates() {
        Article a = read("a.html", "<html><head><meta property=\"article:published_time\" content=\"2024-10-24T08:00:00+03:00\">"
                + "</head><body><article><p>" + PARAGRAPH + "</p></article></body></html>");
        assertEquals(LocalDate.of(2024, 10, 24), a.published());
        assertEquals(DateSource.METADATA, a.dateSource());
        Article b = read("b.html", "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-09-03T10:00:00Z\"}]}</script>"
                + "<script type=\"application/ld+json\">{ not json</script>"
                + "</head><body><article><p>" + PARAGRAPH + "</p></article></body></html>");
        assertEquals(LocalDate.of(2024, 9, 3), b.published());
        assertEquals(DateSource.METADATA, b.dateSource());
    }

    // --- titles ---

    @Test
    void titlesLoseTheSiteName() {
        assertEquals("Troops seen near the border", page("https://www.reuters.com/a", "Troops seen near the border | Reuters").title());
        assertEquals("Troops seen near the border", page("https://www.pravda.com.ua/a", "Troops seen near the border - Ukrainska Pravda").title());
        // A headline crediting another outlet keeps the credit; a lower-case end is no site name.
        assertEquals("Troops withdrawn after heavy losses - NYT", page("https://www.pravda.com.ua/a", "Troops withdrawn after heavy losses - NYT").title());
        assertEquals("Shelling of Kharkiv continues - live", page("https://www.reuters.com/a", "Shelling of Kharkiv continues - live").title());
        Article html = read("t.html", "<html><head><title>Troops seen near the border | The Guardian</title></head>"
                + "<body><article><p>" + PARAGRAPH + "</p></article></body></html>");
        assertEquals("Troops seen near the border", html.title());
        Article h1 = read("h.html", "<html><body><article><h1>Drones hit a depot in Kursk</h1><p>" + PARAGRAPH + "</p></article></body></html>");
        assertEquals("Drones hit a depot in Kursk", h1.title());
    }

    @Test
    void theFirstHeadlineShapedLineIsTheTitle() {
        Article a = page("https://example.org/a", "Photo : EXAMPLE News", "Support The Kharkiv Daily!",
                "Drones hit an oil depot in Kursk region overnight");
        assertEquals("Drones hit an oil depot in Kursk region overnight", a.title());
    }
}
