package org.osintkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.osintkg.cli.Main;
import org.osintkg.query.Params;
import org.osintkg.query.SavedQuery;
import org.osintkg.server.OsintServer;
import org.osintkg.server.ServerConfig;
import org.osintkg.store.Store;

/**
 * The workbench in a real headless Chromium (Debian's chromium and chromium-driver, driven by
 * Selenium) against a real server on a free loopback port with the seeds ingested: what an analyst
 * would see on each page. Skipped, saying why, when Chromium is not installed; .ci/run installs it.
 * Each page's screenshot goes to target/workbench/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("osintkg.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("osintkg.chromedriver", "/usr/bin/chromedriver"));
    static final String ID = "https://w3id.org/osintkg/id/";
    static final Path SHOTS = Path.of("target", "workbench");

    @TempDir
    static Path dir;
    Store store;
    OsintServer server;
    String base;
    WebDriver driver;

    @BeforeAll
    void start() throws Exception {
        String why = "the workbench's browser tests need Chromium and its driver (" + CHROMIUM + ", " + DRIVER
                + "): apt-get install chromium chromium-driver; skipped";
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        // Surefire does not print a whole class's skip reason: say it on the console.
        if (!present) System.err.println("WorkbenchBrowserTest: " + why);
        assumeTrue(present, why);
        Path storeDir = dir.resolve("store");
        assertEquals(0, Main.run("ingest", "seeds", "--store", storeDir.toString(), "--quiet"));
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "analyst: s3cret\n");
        store = Store.open(storeDir);
        server = OsintServer.start(store.dataset(), new ServerConfig("127.0.0.1", 0, 10_000, false, passwd));
        base = server.url("127.0.0.1");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    /** Opens a workbench page and waits until it has drawn or shown its error. */
    private void open(String page) {
        driver.get(base + "app/" + page);
        waitFor(By.cssSelector("body[data-state=done]"));
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void screenshot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private List<QuerySolution> select(String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                qe.execSelect().forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    @Test
    @Order(1)
    void searchFindsAnEntityInAnySpelling() throws IOException {
        open("index.html?q=Chernyak");
        String first = text("tbody tr.result");
        assertTrue(first.contains("Andrii Cherniak") && first.contains("Person"), first);
        assertTrue(first.contains("Chernyak") && first.matches("(?s).*\\b2\\b.*"), "aliases and 2 reports: " + first);
        screenshot("search");
        // Typed into the box: the URL takes the state.
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys("HUR\n");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q=HUR")
                && d.findElement(By.cssSelector("tbody tr.result")).getText().contains("Main Intelligence Directorate"));
        open("index.html?q=" + q("Cherniak"));
        assertTrue(text("tbody tr.result").contains("Andrii Cherniak"));
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void timelineHasOneSeriesPerClaimantAndOpensTheEvidence() throws IOException {
        open("timeline.html");
        List<Map<String, Object>> series = (List<Map<String, Object>>) js("return window.osintChart.getOption().series.map("
                + "s => ({name: s.name, values: s.data.map(d => d.value[1])}))");
        Map<String, Set<Long>> byName = new TreeMap<>();
        for (Map<String, Object> s : series) {
            Set<Long> values = new java.util.HashSet<>();
            for (Object o : (List<Object>) s.get("values")) values.add(((Number) o).longValue());
            assertTrue(byName.put((String) s.get("name"), values) == null, "one series per claimant: " + s.get("name"));
        }
        assertTrue(byName.get("John Kirby").contains(3000L), byName.toString());
        assertTrue(byName.get("Volodymyr Zelenskyy").contains(10000L), byName.toString());
        assertTrue(byName.get("Kyrylo Budanov").contains(11000L), byName.toString());
        assertTrue(byName.get("Main Intelligence Directorate").contains(12000L), byName.toString());
        screenshot("timeline");

        // A real click on John Kirby's point, where the chart drew it.
        List<Number> at = (List<Number>) js("const c = window.osintChart, s = c.getOption().series;"
                + "const i = s.findIndex(x => x.name === 'John Kirby');"
                + "return c.convertToPixel({seriesIndex: i}, s[i].data.find(d => d.value[1] === 3000).value);");
        WebElement chart = driver.findElement(By.id("chart"));
        new Actions(driver).moveToElement(chart, at.get(0).intValue() - chart.getSize().getWidth() / 2,
                at.get(1).intValue() - chart.getSize().getHeight() / 2).click().perform();
        String marked = waitFor(By.cssSelector("#evidence mark.evidence")).getText();
        // The highlight is the body's text at the offsets the store keeps for that claim.
        List<QuerySolution> claim = select("""
                PREFIX osint: <https://w3id.org/osintkg/ontology#>
                SELECT ?body ?s ?e WHERE { ?c osint:quantity 3000 ; osint:claimant/<http://www.w3.org/2000/01/rdf-schema#label> "John Kirby" ;
                  osint:charStart ?s ; osint:charEnd ?e ; osint:reportedIn/osint:body ?body }""");
        assertEquals(1, claim.size());
        String body = claim.get(0).getLiteral("body").getString();
        assertEquals(body.substring(claim.get(0).getLiteral("s").getInt(), claim.get(0).getLiteral("e").getInt()), marked);
        assertTrue(marked.contains("3,000"), marked);
        assertTrue(driver.getCurrentUrl().contains("claim="), "the open claim is in the URL");
        // No review endpoint on this server (404): no review buttons.
        assertFalse(driver.findElement(By.cssSelector("#evidence .review")).isDisplayed());
        screenshot("timeline-evidence");
    }

    @Test
    @Order(3)
    void contradictionsPairAssertionsWithTheDenials() throws IOException {
        open("contradictions.html");
        List<WebElement> cards = driver.findElements(By.cssSelector(".card.contradiction"));
        for (String asserter : List.of("Yevhen Romanov", "Nazariy Kishak")) {
            WebElement card = cards.stream().filter(c -> c.findElement(By.cssSelector(".claim-box.asserts")).getText().contains(asserter))
                    .findFirst().orElseThrow(() -> new AssertionError("no card for " + asserter));
            String denials = card.findElements(By.cssSelector(".claim-box.denies")).stream().map(WebElement::getText).toList().toString();
            assertTrue(denials.contains("Operational-Tactical Group Kharkiv") && denials.contains("explicitly refuted"), denials);
            assertTrue(card.getText().contains("Kharkiv Oblast"), card.getText());
        }
        screenshot("contradictions");
        driver.findElement(By.cssSelector(".claim-box.denies blockquote")).click();
        assertTrue(waitFor(By.cssSelector("#evidence mark.evidence")).getText().length() > 20);
    }

    @Test
    @Order(4)
    void entityPageShowsNamesReportsClaimsAndMemberships() throws IOException {
        open("entity.html?iri=" + q(ID + "person/andrii-cherniak"));
        String card = text("#card");
        assertTrue(card.contains("Andrii Cherniak") && card.contains("Chernyak") && card.contains("Main Intelligence Directorate"), card);
        assertEquals(2, driver.findElements(By.cssSelector("#reports tbody tr")).size());
        String names = text("#names");
        assertTrue(names.contains("Chernyak") && names.contains("Cherniak"), names);
        assertTrue(driver.findElements(By.cssSelector("#made tbody tr")).size() >= 5);
        screenshot("entity");
        open("entity.html?iri=" + q(ID + "place/north-korea"));
        assertTrue(driver.findElements(By.cssSelector("#about tbody tr")).size() >= 10, "claims about North Korea");
        assertTrue(text("#card").contains("Wikidata"), "external links");
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void graphHasNodesAndEdges() throws IOException {
        open("graph.html?iri=" + q(ID + "org/cnn"));
        List<Object> g = (List<Object>) js("return [osintGraph.nodes().length, osintGraph.edges().length, osintGraph.nodes().map(n => n.data('label'))]");
        assertTrue(((Number) g.get(0)).intValue() >= 5 && ((Number) g.get(1)).intValue() >= 5, g.toString());
        assertTrue(g.get(2).toString().contains("Yevhen Romanov"), g.toString());
        screenshot("graph");
        open("graph.html");
        assertTrue(((Number) js("return osintGraph.nodes().length")).intValue() >= 2, "the default graph draws");
    }

    @Test
    @Order(6)
    void mapDrawsThePlacesWithClaimsOverCountryAndRegionShapes() throws IOException {
        open("map.html?place=" + q(ID + "place/kharkiv-oblast"));
        int places = select("""
                PREFIX osint: <https://w3id.org/osintkg/ontology#> PREFIX geo: <http://www.opengis.net/ont/geosparql#>
                SELECT DISTINCT ?p WHERE { ?c osint:location ?p . ?p geo:hasGeometry/geo:asWKT ?w }""").size();
        assertTrue(places >= 5);
        assertEquals(places, driver.findElements(By.cssSelector("path.place")).size());
        assertTrue(driver.findElements(By.cssSelector(".leaflet-overlay-pane path")).size() > 200, "country shapes");
        // Region shapes of the countries the claims are in, those with claims inside them shaded.
        assertTrue(driver.findElements(By.cssSelector("path.region")).size() >= 25 + 80, "Ukraine's and Russia's regions");
        @SuppressWarnings("unchecked")
        List<Object> shaded = (List<Object>) js("return osintRegions.getLayers().filter(l => l.feature.properties.claims > 0)"
                + ".map(l => l.feature.properties.name)");
        assertTrue(shaded.contains("Kursk") && shaded.contains("Kharkiv"), shaded.toString());
        assertTrue(text("#place").contains("Yevhen Romanov"), text("#place"));
        screenshot("map");
    }

    @Test
    @Order(7)
    void reportHighlightsEveryMentionAndClaim() throws IOException {
        QuerySolution c = select("""
                PREFIX osint: <https://w3id.org/osintkg/ontology#>
                SELECT ?c ?r ?quote WHERE { ?c osint:claimant <https://w3id.org/osintkg/id/person/evhen-romanov> ;
                  osint:reportedIn ?r ; osint:quote ?quote } LIMIT 1""").get(0);
        String report = c.getResource("r").getURI();
        open("report.html?report=" + q(report) + "&claim=" + q(c.getResource("c").getURI()));
        String chosen = driver.findElements(By.cssSelector(".report-body .claim.chosen")).stream().map(WebElement::getText)
                .reduce("", String::concat);
        assertEquals(c.getLiteral("quote").getString(), chosen);
        int mentions = select("PREFIX osint: <https://w3id.org/osintkg/ontology#> SELECT ?m WHERE { ?m osint:inReport <" + report + "> }").size();
        long linked = driver.findElements(By.cssSelector(".report-body a.mention")).stream()
                .map(a -> a.getAttribute("data-entity")).count();
        assertTrue(linked >= mentions, linked + " mention links for " + mentions + " mentions");
        assertTrue(waitFor(By.cssSelector("#evidence mark.evidence")).getText().contains("Romanov"));
        screenshot("report");
    }

    @Test
    @Order(8)
    void badInputShowsAClearMessage() {
        open("entity.html?iri=" + q("not an iri"));
        assertTrue(text(".error").contains("not a valid IRI"), text(".error"));
        open("entity.html?iri=" + q(ID + "person/nobody-at-all"));
        assertTrue(text(".error").contains("no entity " + ID + "person/nobody-at-all"), text(".error"));
        open("report.html");
        assertTrue(text(".error").contains("needs ?report="), text(".error"));
        open("report.html?report=" + q(ID + "report/0000"));
        assertTrue(text(".error").contains("no report"), text(".error"));
        open("timeline.html?o=" + q("ten"));
        assertTrue(text(".error").contains("not a page offset"), text(".error"));
        // Input that looks like SPARQL is a string to search for, nothing more.
        open("index.html?q=" + q("x\" } } SELECT * WHERE { ?s ?p ?o } #"));
        assertTrue(text("#results").contains("No entity has a name containing"), text("#results"));
    }

    /**
     * The pages bind parameters with a VALUES block at the head of the WHERE clause; for every query
     * they use, that gives the rows Jena's own substitution (the CLI's --param) gives.
     */
    @Test
    @Order(9)
    @SuppressWarnings("unchecked")
    void pageBindingAgreesWithTheCommandLine() throws Exception {
        String nk = "<" + ID + "place/north-korea>", ac = "<" + ID + "person/andrii-cherniak>";
        Map<String, Map<String, String>> uses = new TreeMap<>();
        uses.put("estimates", Map.of("about", nk, "type", "<https://w3id.org/osintkg/ontology#TroopCount>"));
        uses.put("contradiction-pairs", Map.of("about", nk));
        uses.put("claims-about", Map.of("about", nk));
        uses.put("claims-evidence", Map.of("claimant", ac));
        uses.put("entity-card", Map.of("entity", ac));
        uses.put("entity-reports", Map.of("entity", ac));
        uses.put("entity-network", Map.of("entity", "<" + ID + "org/cnn>"));
        uses.put("about-place", Map.of("place", "<" + ID + "place/kursk-oblast>"));
        uses.put("entity-search", Map.of("text", "\"Chernyak\""));
        open("index.html");
        for (var use : uses.entrySet()) {
            String bound = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "OsintKG.load(arguments[0]).then(t => done(OsintKG.bind(t, arguments[1]))).catch(e => done('failed: ' + e));",
                    use.getKey(), use.getValue());
            Map<String, Node> params = new HashMap<>();
            for (var p : use.getValue().entrySet()) {
                String value = p.getValue().startsWith("\"") ? p.getValue().substring(1, p.getValue().length() - 1) : p.getValue();
                params.put(p.getKey(), Params.node(value));
            }
            List<Map<String, String>> expected = rows(SavedQuery.find(use.getKey(), Path.of("queries")).text(), params);
            assertFalse(expected.isEmpty(), use.getKey() + " has rows on the seeds");
            assertEquals(expected, rows(bound, Map.of()), use.getKey());
        }
        // A value that is not an IRI never reaches the endpoint.
        Object refused = js("try { OsintKG.term.iri('x> } <y'); return 'accepted'; } catch (e) { return e.message; }");
        assertTrue(refused.toString().contains("not a valid IRI"), refused.toString());
    }

    private List<Map<String, String>> rows(String text, Map<String, Node> params) {
        var b = BindingFactory.builder();
        params.forEach((k, v) -> b.add(Var.alloc(k), v));
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(QueryFactory.create(text))
                    .substitution(b.build()).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    Map<String, String> row = new TreeMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).toString()));
                    out.add(row);
                });
            }
            return out;
        });
    }

    @Test
    @Order(10)
    void theFusekiUiStaysAtTheRootAndTheAppIsReadOnly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        for (String outside : List.of("app/queries/..%2Fpom.xml", "app/queries/pom.xml", "app/.hidden.html", "app/lib/x/..%2E%2E/y.js")) {
            int code = http.send(HttpRequest.newBuilder(URI.create(base + outside)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(code == 400 || code == 404, outside + ": " + code);
        }
        assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(base + "app/index.html")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        HttpResponse<String> lib = http.send(HttpRequest.newBuilder(URI.create(base + "app/lib/echarts/5.3.1/dist/echarts.min.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, lib.statusCode());
        assertEquals("text/javascript;charset=utf-8", lib.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
    }

    /** Last: the server goes away under an open page, and the page says so. */
    @Test
    @Order(11)
    void aServerThatStopsAnsweringIsReported() {
        open("index.html");
        server.close();
        server = null;
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("Kirby\n");
        WebElement error = waitFor(By.cssSelector(".error"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !error.getText().isBlank());
        assertTrue(error.getText().contains("did not answer") || error.getText().contains("could not be loaded"), error.getText());
    }
}
