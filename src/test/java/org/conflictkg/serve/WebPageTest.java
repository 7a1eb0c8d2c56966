package org.conflictkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.conflictkg.Settings;
import org.conflictkg.TestGraph;
import org.conflictkg.query.SavedQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The researcher's page in a real headless Chromium (Debian's chromium and chromium-driver),
 * against the server over the seed graph on a free loopback port. Skipped when either is missing.
 * {@code CKG_CHROMIUM} and {@code CKG_CHROMEDRIVER} name other executables.
 * Each test leaves a screenshot in target/screenshots/.
 */
class WebPageTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static FusekiServer server;
    private static String base;
    private static WebDriver browser;
    private static Path profile;
    private static Path downloads;
    private static List<SavedQuery> saved;
    private static String missing;
    private String testName;

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> chromium = executable("CKG_CHROMIUM", "/usr/bin/chromium", "chromium");
        Optional<Path> driver = executable("CKG_CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            // each test is then skipped with this message (see name())
            missing = "skipping the browser tests: " + (chromium.isEmpty() ? "chromium" : "chromedriver")
                    + " is not installed (apt-get install chromium chromium-driver)";
            System.err.println("WebPageTest: " + missing);
            return;
        }
        saved = SavedQuery.all(Settings.fromEnvironment().queries());
        server = Server.build(TestGraph.store().dataset(), new Server.Options(0, "127.0.0.1", 30_000, true), saved);
        server.start();
        base = "http://127.0.0.1:" + server.getHttpPort() + "/";

        // the system's chromedriver, never one that Selenium Manager would download
        System.setProperty("webdriver.chrome.driver", driver.get().toString());
        profile = Files.createTempDirectory("ckg-chromium-");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (profile != null) {
            TestGraph.delete(profile);
        }
    }

    @BeforeEach
    void name(TestInfo info) {
        assumeTrue(missing == null, missing);
        testName = info.getTestMethod().map(m -> m.getName()).orElse("page");
    }

    @AfterEach
    void screenshot() throws IOException {
        if (browser == null) {
            return;
        }
        Path dir = Settings.fromEnvironment().home().resolve("target/screenshots");
        Files.createDirectories(dir);
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(testName + ".png"), png);
    }

    @Test
    void galleryListsEverySavedQueryByTitle() {
        open(base);
        waitFor(d -> cards().size() == saved.size());
        for (SavedQuery q : saved) {
            WebElement card = card(q.name());
            assertEquals(q.title(), card.findElement(By.className("query-title")).getText(), q.name());
            String category = q.category().isBlank() ? "Other" : q.category();
            WebElement section = card.findElement(By.xpath("ancestor::section[@class='category']"));
            assertEquals(category.toUpperCase(), section.findElement(By.tagName("h3")).getText().toUpperCase(),
                    q.name() + " is not under its category");
        }

        // the filter box narrows the list
        browser.findElement(By.id("filter")).sendKeys("ceasefire");
        waitFor(d -> visibleCards().size() < saved.size());
        List<String> visible = visibleCards().stream().map(c -> c.getDomAttribute("data-name")).toList();
        assertTrue(visible.contains("q03-ceasefires"), visible.toString());
        assertFalse(visible.contains("q05-event-map"), visible.toString());
        browser.findElement(By.id("filter")).clear();
        browser.findElement(By.id("filter")).sendKeys(" ");
        waitFor(d -> visibleCards().size() == saved.size());

        // everything the page loaded came from this server
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name);");
        List<String> foreign = loaded.stream().filter(u -> !u.startsWith(base)).toList();
        assertTrue(foreign.isEmpty(), "the page loaded from elsewhere: " + foreign);
        assertTrue(loaded.stream().anyMatch(u -> u.contains("/webjars/zazuko__yasgui/")), loaded.toString());
    }

    @Test
    void runningTheTimelineQueryShowsItsRows() {
        open(base);
        waitFor(d -> !cards().isEmpty());
        card("q01-aleppo-timeline").click();
        waitFor(d -> editorText().contains("# title: Timeline of events in Aleppo"));
        browser.findElement(By.id("run")).click();
        waitFor(d -> browser.findElement(By.id("status")).getText().matches("\\d+ rows? in .*"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#table-view table.results tbody tr"));
        assertFalse(rows.isEmpty(), "no rows");
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("Aleppo")), "no row names Aleppo");
        int rowCount = Integer.parseInt(browser.findElement(By.id("status")).getText().split(" ")[0]);
        assertEquals(rowCount, rows.size());
        assertTrue(rowCount > 0);

        // sorting by ?date the other way puts a dated row first
        WebElement dateHead = browser.findElement(By.xpath("//table[@class='results']//th[.='?date']"));
        dateHead.click();
        dateHead.click();
        waitFor(d -> "descending".equals(dateHead.getDomAttribute("aria-sort")));
        String firstDate = browser.findElement(By.cssSelector("#table-view tbody tr:first-child td:nth-child(2)")).getText();
        assertTrue(firstDate.matches("\\d{4}-\\d{2}-\\d{2}"), "first row after sorting: " + firstDate);

        // the same rows along time
        WebElement timeline = browser.findElement(By.id("view-timeline"));
        assertTrue(timeline.isEnabled(), "the results hold dates: the timeline should be offered");
        timeline.click();
        waitFor(d -> !browser.findElements(By.cssSelector("#timeline .tl-item")).isEmpty());
        assertEquals(rowCount, browser.findElements(By.cssSelector("#timeline .tl-item")).size());
        assertFalse(browser.findElements(By.cssSelector("#timeline svg.tl-overview rect.tl-bar")).isEmpty(),
                "no day on the timeline's overview");
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("Aleppo"));
    }

    @Test
    void aSavedQueryIsAnsweredFromItsPreparedAnswerTheFirstTime() throws Exception {
        SavedQuery ceasefires = saved.stream().filter(q -> q.name().equals("q03-ceasefires")).findFirst().orElseThrow();
        // wait until the server has prepared the answer, asking only for a kept one (which keeps nothing)
        java.net.http.HttpRequest kept = Server.pageQuery(java.net.URI.create(base + "conflict/sparql"), ceasefires.text())
                .header("Cache-Control", "only-if-cached")
                .build();
        long end = System.nanoTime() + WAIT.toNanos();
        while (org.conflictkg.TestHttp.send(kept).statusCode() != 200) {
            assertTrue(System.nanoTime() < end, "the saved query's answer was never prepared");
            Thread.sleep(100);
        }
        open(base);
        waitFor(d -> !cards().isEmpty());
        // opening a saved query runs it: that first request should find the prepared answer
        card("q03-ceasefires").click();
        waitFor(d -> editorText().equals(ceasefires.text()));
        waitFor(d -> browser.findElement(By.id("status")).getText().matches("\\d+ rows? in .*"));
        String status = browser.findElement(By.id("status")).getText();
        assertTrue(status.contains("kept answer"), "the page's first request missed the prepared answer: " + status);
        assertFalse(browser.findElements(By.cssSelector("#table-view table.results tbody tr")).isEmpty(), "no rows");
    }

    @Test
    void theMapShowsAMarkerForAleppo() {
        open(base);
        waitFor(d -> !cards().isEmpty());
        card("q05-event-map").click();
        waitFor(d -> browser.findElement(By.id("status")).getText().matches("\\d+ rows? in .*"));
        WebElement mapButton = browser.findElement(By.id("view-map"));
        assertTrue(mapButton.isEnabled(), "the results hold coordinates: the map should be offered");
        mapButton.click();
        WebElement aleppo = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#map .leaflet-marker-icon[title='Aleppo']")));
        assertTrue(browser.findElements(By.cssSelector("#map .leaflet-marker-icon")).size() > 1);
        // the background map is only fetched on request
        assertTrue(browser.findElements(By.cssSelector("#map .leaflet-tile")).isEmpty(), "tiles were loaded");

        // the marker's popup names the place and links to its resource (clicked by script:
        // at the zoom that shows every place, Damascus's marker may lie on top of Aleppo's)
        js("arguments[0].click();", aleppo);
        WebElement popup = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
        assertTrue(popup.getText().contains("Aleppo"), popup.getText());
        String link = popup.findElement(By.cssSelector("a.resource")).getDomProperty("href");
        assertTrue(link.startsWith(base + "#query="), link);
    }

    @Test
    void theResultsDownloadAsCsvAndJson() throws IOException {
        open(base + "#q=q05-event-map");
        waitFor(d -> browser.findElement(By.id("status")).getText().matches("\\d+ rows? in .*"));
        int rowCount = Integer.parseInt(browser.findElement(By.id("status")).getText().split(" ")[0]);
        browser.findElement(By.id("download-csv")).click();
        browser.findElement(By.id("download-json")).click();
        Path csv = downloads.resolve("q05-event-map.csv");
        Path json = downloads.resolve("q05-event-map.json");
        waitFor(d -> Files.isRegularFile(csv) && Files.isRegularFile(json));

        List<String> lines = Files.readAllLines(csv);
        assertEquals("place,label,wkt,lat,long,events", lines.get(0));
        assertEquals(rowCount + 1, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains(",Aleppo,POINT(37.")), lines.toString());

        com.fasterxml.jackson.databind.JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertEquals("place", results.path("head").path("vars").get(0).asText());
        assertEquals(rowCount, results.path("results").path("bindings").size());
    }

    @Test
    void theSharedLinkReopensTheQueryAndView() {
        open(base);
        waitFor(d -> !cards().isEmpty());
        card("q01-aleppo-timeline").click();
        waitFor(d -> browser.findElement(By.id("status")).getText().matches("\\d+ rows? in .*"));
        // an edited query travels in the link as text
        String edited = editorText().replace("ORDER BY ?date ?type ?event", "ORDER BY DESC(?date) ?type ?event");
        assertFalse(edited.equals(editorText()), "the saved query changed: adapt this test");
        js("document.querySelector('#editor .CodeMirror').CodeMirror.setValue(arguments[0]);", edited);
        browser.findElement(By.id("run")).click();
        waitFor(d -> browser.findElement(By.id("status")).getText().matches("\\d+ rows? in .*"));
        browser.findElement(By.id("view-timeline")).click();
        String link = browser.findElement(By.id("share-link")).getDomProperty("href");
        assertTrue(link.startsWith(base + "#") && link.contains("view=timeline"), link);

        open("about:blank");
        open(link);
        waitFor(d -> !browser.findElements(By.cssSelector("#timeline .tl-item")).isEmpty());
        assertEquals(edited, editorText());
        assertTrue(browser.findElement(By.id("view-timeline")).getDomAttribute("class").contains("active"));
        assertEquals("Timeline of events in Aleppo", browser.findElement(By.id("query-title")).getText());

        // an unchanged saved query travels by name
        open("about:blank");
        open(base + "#q=q05-event-map&view=map");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#map .leaflet-marker-icon[title='Aleppo']")));
        assertTrue(editorText().contains("# title: Map of event places"));
        String again = browser.findElement(By.id("share-link")).getDomProperty("href");
        assertEquals(base + "#q=q05-event-map&view=map", again);

        // the guide's first query opens and runs
        WebElement example = browser.findElement(By.id("try-example"));
        js("arguments[0].scrollIntoView();", example);
        example.click();
        waitFor(d -> editorText().contains("ckg:AirStrike")
                && browser.findElement(By.id("status")).getText().matches("\\d+ rows? in .*"));
        assertTrue(browser.findElement(By.id("share-link")).getDomProperty("href").contains("#query="));
        assertTrue(browser.findElement(By.id("endpoint-query")).getDomProperty("href")
                .startsWith(base + "conflict/sparql?query="));
    }

    @Test
    void theEditorCompletesClassesOfTheOntologyAndShowsErrors() {
        open(base);
        waitFor(d -> !cards().isEmpty());
        js("const cm = document.querySelector('#editor .CodeMirror').CodeMirror;"
                + "cm.setValue(arguments[0]); cm.focus(); cm.setCursor(cm.lineCount() - 1, 1000);",
                "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nSELECT * WHERE { ?e a ckg:AirS");
        browser.findElement(By.cssSelector("#editor .CodeMirror textarea"))
                .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.SPACE));
        WebElement hints = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".CodeMirror-hints")));
        assertTrue(hints.getText().contains("ckg:AirStrike"), hints.getText());

        // the guide lists the ontology's classes and properties, read from the graph
        WebElement vocabulary = browser.findElement(By.cssSelector("#vocabulary summary"));
        js("arguments[0].scrollIntoView();", vocabulary);
        vocabulary.click();
        waitFor(d -> d.findElements(By.cssSelector("#vocabulary-list table.vocabulary tr")).size() > 40);
        assertTrue(browser.findElement(By.id("vocabulary-list")).getText().contains("ckg:CasualtyReport"));

        // a broken query shows the endpoint's message and no stale results
        js("document.querySelector('#editor .CodeMirror').CodeMirror.setValue('SELECT * WHERE { ?s ?p }');");
        browser.findElement(By.id("run")).click();
        WebElement error = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(error.getText().contains("The query failed") && error.getText().length() > 20, error.getText());
        assertTrue(browser.findElement(By.id("download-csv")).getDomAttribute("disabled") != null);
    }

    @Test
    void theFusekiUiIsReachable() {
        open(base);
        browser.findElement(By.id("fuseki-link")).click();
        waitFor(d -> d.getCurrentUrl().startsWith(base + "fuseki/"));
        open(base + "fuseki/#/dataset/conflict/info");
        // the UI reads the dataset's services and statistics through /fuseki/$/...
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains("/conflict/sparql"));
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains("Overall"));
        // and its editor runs queries, through /fuseki/conflict/sparql
        open(base + "fuseki/#/dataset/conflict/query");
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        waitFor(d -> d.findElements(By.cssSelector(".yasr table tbody tr td")).size() > 3);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static void open(String url) {
        browser.get(url);
    }

    private static List<WebElement> cards() {
        return browser.findElements(By.cssSelector("#gallery .query-card"));
    }

    private static List<WebElement> visibleCards() {
        return cards().stream().filter(WebElement::isDisplayed).collect(Collectors.toList());
    }

    private static WebElement card(String name) {
        return browser.findElement(By.cssSelector("#gallery .query-card[data-name='" + name + "']"));
    }

    private static String editorText() {
        return (String) js("return document.querySelector('#editor .CodeMirror').CodeMirror.getValue();");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).until(condition::apply);
    }

    /** The executable an environment variable names (and no other), or else the usual one, or one on the PATH. */
    private static Optional<Path> executable(String variable, String usual, String name) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        Stream<Path> candidates = Stream.concat(Stream.of(Path.of(usual)),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .filter(s -> !s.isBlank()).map(dir -> Path.of(dir, name)));
        return candidates.filter(Files::isExecutable).findFirst();
    }
}
