package org.conflictkg.export;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.Settings;
import org.conflictkg.rdf.Vocab;
import org.conflictkg.store.GraphStore;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FusekiConfigTest {
    static final String EVENTS = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ckg:Event }";

    /** Writes the configuration with the command and starts a Fuseki server from the file. */
    static FusekiServer startFromConfig(Path config) {
        ExportFixture.Run r = ExportFixture.ckg("fuseki-config", "--db", ExportFixture.copyDb().toString(),
                "--out", config.toString());
        assertEquals(0, r.status(), r.err());
        return FusekiServer.create().parseConfigFile(config.toString()).port(0).loopback(true).build().start();
    }

    static long expectedEvents() {
        return Txn.calculateRead(ExportFixture.store().dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ExportFixture.store().dataset()).query(EVENTS).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static long remoteEvents(String endpoint) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(EVENTS).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void configurationIsTdb2WithUnionDefaultGraphAndReadOnlyServices() throws Exception {
        Path config = Settings.fromEnvironment().home().resolve("target/fuseki-config-test.ttl");
        ExportFixture.Run r = ExportFixture.ckg("fuseki-config", "--db", ExportFixture.copyDb().toString(),
                "--out", config.toString());
        assertEquals(0, r.status(), r.err());
        String text = Files.readString(config);
        assertTrue(text.contains("tdb2:location \"" + ExportFixture.copyDb().toAbsolutePath().normalize() + "\""), text);
        assertTrue(text.contains("tdb2:unionDefaultGraph true"));
        assertTrue(text.contains("fuseki:name \"conflict\""));
        for (String write : new String[] {"fuseki:update", "fuseki:gsp-rw", "fuseki:upload", "fuseki:patch"}) {
            assertFalse(text.contains(write), "no " + write);
        }
        // the same text on standard output without --out
        r = ExportFixture.ckg("fuseki-config", "--db", ExportFixture.copyDb().toString());
        assertEquals(text, r.out());

        r = ExportFixture.ckg("fuseki-config", "--db", "target/no-such-db");
        assertEquals(2, r.status());
        assertEquals("ckg fuseki-config: no database in target/no-such-db (run: ./ckg build --db target/no-such-db)",
                r.err().strip());
    }

    @Test
    void fusekiStartedFromTheFileAnswersQueriesAndRefusesWrites() throws Exception {
        FusekiServer server = startFromConfig(Settings.fromEnvironment().home().resolve("target/fuseki-serve-test.ttl"));
        try {
            String base = "http://localhost:" + server.getHttpPort() + "/conflict";
            long expected = expectedEvents();
            assertTrue(expected > 10);
            // the default graph is the union of the article graphs: events are found without GRAPH
            for (String endpoint : new String[] {base + "/sparql", base + "/query", base}) {
                assertEquals(expected, remoteEvents(endpoint), endpoint);
            }

            HttpClient http = HttpClient.newHttpClient();
            // Graph Store Protocol, read: one article graph as Turtle
            Map<Node, Graph> graphs = ExportFixture.namedGraphs(ExportFixture.store().datasetGraph());
            Node article = graphs.keySet().stream().filter(GraphStore::isArticleGraph).findFirst()
                    .orElseThrow();
            HttpResponse<String> got = http.send(HttpRequest.newBuilder(URI.create(base + "/get?graph="
                    + URLEncoder.encode(article.getURI(), StandardCharsets.UTF_8))).header("Accept", "text/turtle")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, got.statusCode());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(got.body(), Lang.TURTLE).parse(g);
            assertTrue(graphs.get(article).isIsomorphicWith(g), "GSP read returns the article graph");

            // no writes: SPARQL update and GSP writes are refused
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400, "update refused: " + update.statusCode());
            int update2;
            try {
                update2 = http.send(HttpRequest.newBuilder(URI.create(base + "/update"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=CLEAR%20ALL")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException e) {
                update2 = 499; // the server answered 404 and closed before reading the body
            }
            assertTrue(update2 >= 400, "no update endpoint: " + update2);
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(base + "/get?default"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/a> <http://example.org/b> 1 .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(put.statusCode() >= 400, "GSP write refused: " + put.statusCode());
            assertEquals(expected, remoteEvents(base + "/sparql"), "nothing changed");
        } finally {
            server.stop();
        }
    }
}
