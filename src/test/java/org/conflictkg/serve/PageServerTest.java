package org.conflictkg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.fuseki.main.FusekiServer;
import org.conflictkg.Settings;
import org.conflictkg.TestGraph;
import org.conflictkg.query.SavedQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the server answers for the page, over plain HTTP: the page, its files, the queries, the Fuseki UI. */
class PageServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static FusekiServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = Server.build(TestGraph.store().dataset(), new Server.Options(0, "127.0.0.1", 30_000, true));
        server.start();
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageIsAtTheRoot() throws Exception {
        for (String path : List.of("/", "/index.html")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertTrue(r.body().contains("Saved queries") && r.body().contains("/web/app.js"), path);
        }
        assertEquals("text/javascript; charset=UTF-8", get("/web/app.js").headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/css; charset=UTF-8", get("/web/app.css").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void everyFileThePageNamesIsServed() throws Exception {
        String page = get("/").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:src|href)=\"(/(?:web|webjars)/[^\"]+)\"").matcher(page);
        List<String> files = new ArrayList<>();
        while (m.find()) {
            files.add(m.group(1));
        }
        assertTrue(files.size() >= 6, files.toString());
        for (String f : files) {
            HttpResponse<String> r = get(f);
            assertEquals(200, r.statusCode(), f);
            assertTrue(r.body().length() > 100, f);
        }
        assertEquals(200, get("/webjars/leaflet/1.9.4/dist/images/marker-icon.png").statusCode());
    }

    @Test
    void nothingOutsideTheServedFoldersIsReachable() throws Exception {
        for (String path : List.of("/web/../log4j2.xml", "/web/%2e%2e/log4j2.xml", "/webjars/../../log4j2.xml",
                "/web/", "/webjars/", "/web/missing.js", "/pom.xml", "/fuseki/static/../index.html/x",
                "/webjars/leaflet/1.9.4/dist", "/webjars/leaflet/1.9.4/dist/images", "/fuseki/static")) {
            int status = get(path).statusCode();
            assertTrue(status == 400 || status == 404, path + " answered " + status);
        }
    }

    @Test
    void theSavedQueriesAreServedAsJson() throws Exception {
        HttpResponse<String> r = get("/api/queries");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode list = JSON.readTree(r.body());
        List<SavedQuery> saved = SavedQuery.all(Settings.fromEnvironment().queries());
        assertEquals(saved.size(), list.size());
        for (int i = 0; i < saved.size(); i++) {
            SavedQuery q = saved.get(i);
            JsonNode j = list.get(i);
            assertEquals(q.name(), j.path("name").asText());
            assertEquals(q.title(), j.path("title").asText());
            assertEquals(q.description(), j.path("description").asText());
            assertEquals(q.category(), j.path("category").asText());
            assertEquals(q.needsNetwork(), j.path("needsNetwork").asBoolean());
            assertEquals(q.text(), j.path("query").asText());
        }
    }

    @Test
    void aNewQueryFileJoinsTheGalleryWithoutCodeChanges(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("q99-places.rq"), """
                # title: Every place
                # description: All places, by name.
                # category: Places
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                SELECT ?p WHERE { ?p a ckg:Place }
                """);
        FusekiServer other = Server.build(TestGraph.store().dataset(), new Server.Options(0, "127.0.0.1", 30_000, true),
                SavedQuery.all(folder));
        other.start();
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + other.getHttpPort() + "/api/queries")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode list = JSON.readTree(r.body());
            assertEquals(1, list.size());
            assertEquals("Every place", list.get(0).path("title").asText());
            assertEquals("Places", list.get(0).path("category").asText());
        } finally {
            other.stop();
        }
    }

    @Test
    void theFusekiUiLivesUnderFuseki() throws Exception {
        HttpResponse<String> redirect = get("/fuseki");
        assertEquals(302, redirect.statusCode());
        assertTrue(redirect.headers().firstValue("Location").orElse("").endsWith("/fuseki/"));
        HttpResponse<String> ui = get("/fuseki/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Apache Jena Fuseki UI"), ui.body());
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(ui.body());
        assertTrue(script.find(), ui.body());
        assertEquals(200, get("/fuseki/" + script.group(1)).statusCode());
        // the questions the UI asks, relative to where it is served
        assertTrue(get("/fuseki/$/server").body().contains("\"/conflict\""));
        assertEquals(200, get("/fuseki/$/ping").statusCode());
        assertTrue(get("/fuseki/$/stats/conflict").body().contains("endpoints"));
        String ask = URLEncoder.encode("ASK { ?s a <https://w3id.org/conflict-kg/ontology#Event> }", StandardCharsets.UTF_8);
        HttpResponse<String> answer = get("/fuseki/conflict/sparql?query=" + ask);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("true"), answer.body());
    }

    @Test
    void theServerStaysReadOnlyUnderFuseki() throws Exception {
        for (String path : List.of("/fuseki/conflict/update", "/fuseki/conflict", "/fuseki/conflict/data?default")) {
            HttpRequest update = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", path.contains("data") ? "text/turtle" : "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(path.contains("data")
                            ? "<urn:a> <urn:b> <urn:c> ." : "INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
                    .build();
            int status = org.conflictkg.TestHttp.send(update).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
        }
        String count = URLEncoder.encode("ASK { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8);
        assertTrue(get("/conflict/sparql?query=" + count).body().contains("false"));
    }
}
