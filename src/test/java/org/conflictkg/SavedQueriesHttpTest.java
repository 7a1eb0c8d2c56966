package org.conflictkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.fuseki.main.FusekiServer;
import org.conflictkg.query.SavedQuery;
import org.conflictkg.serve.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the graph from data/, serves it on a free loopback port and runs every saved query over
 * HTTP in every result format, checking the answers researchers rely on.
 */
class SavedQueriesHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FusekiServer server;
    private static String endpoint;

    @BeforeAll
    static void start() {
        server = Server.build(TestGraph.store().dataset(), new Server.Options(0, "127.0.0.1", 30_000, true));
        server.start();
        endpoint = "http://127.0.0.1:" + server.getHttpPort() + Server.DATASET + "/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static Stream<SavedQuery> localQueries() throws IOException {
        return SavedQuery.all(Settings.fromEnvironment().queries()).stream().filter(q -> !q.needsNetwork());
    }

    static HttpResponse<String> ask(String query, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    /** The rows of a JSON result as maps of variable to plain value. */
    static List<Map<String, String>> rows(String queryName) throws Exception {
        SavedQuery q = SavedQuery.resolve(Settings.fromEnvironment().queries(), queryName);
        HttpResponse<String> r = ask(q.text(), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode b : JSON.readTree(r.body()).path("results").path("bindings")) {
            Map<String, String> row = new HashMap<>();
            b.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().path("value").asText()));
            out.add(row);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localQueries")
    void everySavedQueryAnswersInEveryFormat(SavedQuery q) throws Exception {
        assertFalse(q.title().equals(q.name()), q.name() + " has no '# title:' line");
        assertFalse(q.description().isBlank(), q.name() + " has no '# description:' line");
        Map<String, String> formats = Map.of(
                "application/sparql-results+json", "\"bindings\"",
                "application/sparql-results+xml", "<sparql",
                "text/csv", "\n",
                "text/tab-separated-values", "?");
        for (var f : formats.entrySet()) {
            HttpResponse<String> r = ask(q.text(), f.getKey());
            assertEquals(200, r.statusCode(), q.name() + " as " + f.getKey() + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.getKey()),
                    q.name() + " answered " + r.headers().firstValue("Content-Type"));
            assertTrue(r.body().contains(f.getValue()), q.name() + " as " + f.getKey());
        }
        assertFalse(rows(q.name()).isEmpty(), q.name() + " returned no rows on the seed graph");
    }

    @Test
    void timelineHasTheAirStrikeOnAleppoOf22September() throws Exception {
        List<Map<String, String>> rows = rows("q01-aleppo-timeline");
        assertTrue(rows.stream().anyMatch(r -> "2016-09-22".equals(r.get("date"))
                        && "air strike".equals(r.get("type")) && "Aleppo".equals(r.get("place"))),
                "no air strike in Aleppo on 2016-09-22: " + rows);
        for (Map<String, String> r : rows) {
            assertTrue(r.get("place").contains("Aleppo"), r.toString());
        }
        // a sub-place lies in the place it is part of (ckg:locatedIn), so the timeline finds it
        assertTrue(rows.stream().anyMatch(r -> "eastern Aleppo".equals(r.get("place"))
                        && "ground offensive".equals(r.get("type"))),
                "no ground offensive in eastern Aleppo: " + rows);
    }

    @Test
    void airStrikesHaveDaysAndPlaces() throws Exception {
        List<Map<String, String>> rows = rows("q02-air-strikes");
        assertTrue(rows.stream().anyMatch(r -> "2016-09-22".equals(r.get("date")) && "Aleppo".equals(r.get("place"))),
                rows.toString());
    }

    @Test
    void ceasefiresOfTheSeedsWithTheirBrokersDatesAndFate() throws Exception {
        List<Map<String, String>> rows = rows("q03-ceasefires");
        long collapsed = rows.stream().filter(r -> "collapsed".equals(r.get("status"))
                && r.get("brokers").contains("Russia") && r.get("brokers").matches(".*\\b(US|United States.*)\\b.*")).count();
        assertTrue(collapsed >= 4, "the Sept 2016 truce brokered by the US and Russia collapsed (000-003): " + rows);
        assertTrue(rows.stream().anyMatch(r -> "2016-09-09".equals(r.get("start"))
                && r.get("source").startsWith("003_")), "003 says it was put in place on 9 September: " + rows);
        assertTrue(rows.stream().anyMatch(r -> "P7D".equals(r.get("duration"))), "a week-long truce: " + rows);
        assertTrue(rows.stream().anyMatch(r -> "proposed".equals(r.get("status"))
                && r.get("brokers").contains("General Assembly")), "the UN General Assembly's demand: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.get("endedBy").contains("CeasefireCollapsed")),
                "the event that ended it: " + rows);
    }

    @Test
    void deathTollsCarryTheirSources() throws Exception {
        List<Map<String, String>> rows = rows("q04-casualties");
        assertTrue(rows.stream().anyMatch(r -> "45".equals(r.get("count")) && "air strike".equals(r.get("type"))
                && "Hamza al-Khatib".equals(r.get("reportedBy")) && r.get("source").startsWith("000_")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> "25".equals(r.get("count")) && "at least".equals(r.get("qualifier"))),
                rows.toString());
    }

    @Test
    void peopleWithTheirRoles() throws Exception {
        List<Map<String, String>> rows = rows("q06-people-roles");
        assertTrue(rows.stream().anyMatch(r -> "Gennady Gatilov".equals(r.get("name"))
                && "Deputy Foreign Minister".equals(r.get("role")) && "Russia".equals(r.get("for"))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("name").startsWith("Ammar al") && "head".equals(r.get("role"))
                && "Civil Defense".equals(r.get("for"))), rows.toString());
    }

    @Test
    void theStrikesOf22SeptemberAreReportedBySeveralArticles() throws Exception {
        List<Map<String, String>> rows = rows("q07-cross-article-events");
        assertTrue(rows.stream().anyMatch(r -> "2016-09-22".equals(r.get("date")) && "air strike".equals(r.get("type"))
                && Integer.parseInt(r.get("articles")) >= 2 && r.get("involving").contains("Aleppo")), rows.toString());
    }

    @Test
    void talksInNewYork() throws Exception {
        List<Map<String, String>> rows = rows("q10-talks");
        assertTrue(rows.stream().anyMatch(r -> r.get("places").contains("New York")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("participants").contains("Russia")), rows.toString());
    }

    @Test
    void evidenceOffsetsPointAtTheAnchorText() throws Exception {
        List<Map<String, String>> rows = rows("q09-evidence");
        assertFalse(rows.isEmpty());
        Path articles = Settings.fromEnvironment().articles();
        Map<String, String> texts = new HashMap<>();
        for (Map<String, String> r : rows) {
            String text = texts.computeIfAbsent(r.get("source"), s -> read(articles.resolve(s)));
            int b = Integer.parseInt(r.get("begin"));
            int e = Integer.parseInt(r.get("end"));
            assertEquals(r.get("anchor"), text.substring(b, e), "offsets of " + r.get("event"));
            assertTrue(r.get("sentence").contains(r.get("anchor")) || r.get("sentence").equals(r.get("anchor")));
            double conf = Double.parseDouble(r.get("confidence"));
            assertTrue(conf > 0 && conf <= 1, r.toString());
        }
    }

    @Test
    void mapHasAleppoWithItsCoordinates() throws Exception {
        List<Map<String, String>> rows = rows("q05-event-map");
        Map<String, String> aleppo = rows.stream().filter(r -> "Aleppo".equals(r.get("label"))).findFirst()
                .orElseThrow(() -> new AssertionError("no Aleppo on the map: " + rows));
        assertTrue(aleppo.get("wkt").startsWith("POINT(37.1"), aleppo.get("wkt"));
        assertTrue(Integer.parseInt(aleppo.get("events")) >= 5, aleppo.toString());
    }

    @Test
    void wikidataLinksOfWellKnownItems() throws Exception {
        List<Map<String, String>> rows = rows("q08-wikidata-links");
        Map<String, String> items = new HashMap<>();
        rows.forEach(r -> items.put(r.get("label"), r.get("item")));
        assertEquals("http://www.wikidata.org/entity/Q41183", items.get("Aleppo"));
        assertEquals("http://www.wikidata.org/entity/Q130879", items.get("Reuters"));
        assertEquals("http://www.wikidata.org/entity/Q858", items.get("Syria"));
    }

    @Test
    void weeklyTrendCountsTheSeptemberAirStrikes() throws Exception {
        List<Map<String, String>> rows = rows("q11-weekly-trend");
        assertTrue(rows.stream().anyMatch(r -> "2016-09-19".equals(r.get("week")) && "air strike".equals(r.get("type"))
                && Integer.parseInt(r.get("events")) >= 1), rows.toString());
    }

    @Test
    void munitionSentencesCarryTheirAirStrikes() throws Exception {
        List<Map<String, String>> rows = rows("q12-munitions-text");
        assertTrue(rows.size() >= 3, rows.toString());
        for (Map<String, String> r : rows) {
            assertTrue(r.get("sentence").toLowerCase().matches(".*\\b(incendiary|cluster|white phosphorus|thermobaric|napalm)\\b.*"),
                    r.get("sentence"));
        }
        assertTrue(rows.stream().anyMatch(r -> "air strike".equals(r.get("type"))), rows.toString());
    }

    @Test
    void updatesAreRefused() throws Exception {
        String base = "http://127.0.0.1:" + server.getHttpPort() + Server.DATASET;
        HttpRequest update = HttpRequest.newBuilder(URI.create(base + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        int status = TestHttp.send(update).statusCode();
        assertTrue(status >= 400 && status < 500, "SPARQL Update answered " + status);
        HttpRequest put = HttpRequest.newBuilder(URI.create(base + "/data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
        status = TestHttp.send(put).statusCode();
        assertTrue(status >= 400 && status < 500, "Graph Store PUT answered " + status);
    }

    @Test
    void malformedQueryAnswers400() throws Exception {
        HttpResponse<String> r = ask("SELECT * WHERE { ?s ?p ", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
    }

    @Test
    void theFusekiUiIsServed() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getHttpPort()
                + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<html") || r.body().contains("<!DOCTYPE"), r.body());
        HttpResponse<String> info = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getHttpPort()
                + "/$/server")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(info.body().contains("\"/conflict\""), info.body());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
