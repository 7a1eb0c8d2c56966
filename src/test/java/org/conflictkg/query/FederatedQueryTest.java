package org.conflictkg.query;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.link.online.StandIns;
import org.conflictkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CopyOnWriteArrayList;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The saved federated query {@code q08b-wikidata-population}: its text, with the SERVICE IRI pointed
 * at a local stand-in holding Wikidata populations, joins them to the graph's linked places; and
 * without a network {@code ckg query} fails with one line.
 */
class FederatedQueryTest {
    private static final Path Q08B = Path.of("queries/q08b-wikidata-population.rq");
    private static final String WIKIDATA_SPARQL = "https://query.wikidata.org/sparql";

    /** Places as the project's graph has them: ckg:Place, rdfs:label, ckg:wikidata. */
    private static final String GRAPH = """
            @prefix ckg:  <https://w3id.org/conflict-kg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix wd:   <http://www.wikidata.org/entity/> .
            @prefix pl:   <https://w3id.org/conflict-kg/place/> .
            pl:aleppo a ckg:Place ; rdfs:label "Aleppo" ; ckg:wikidata wd:Q41183 .
            pl:homs   a ckg:Place ; rdfs:label "Homs" ; ckg:wikidata wd:Q131301 .
            pl:tiny   a ckg:Place ; rdfs:label "Tiny" ; ckg:wikidata wd:Q999201 .
            pl:somewhere a ckg:Place ; rdfs:label "Somewhere" .
            """;

    /**
     * The stand-in for Wikidata: populations of Aleppo, Homs and a place the graph does not have
     * (Damascus); none for the made-up Q999201.
     */
    private static final String WIKIDATA = """
            @prefix wd:  <http://www.wikidata.org/entity/> .
            @prefix wdt: <http://www.wikidata.org/prop/direct/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            wd:Q41183  wdt:P1082 "2098210"^^xsd:decimal .
            wd:Q131301 wdt:P1082 "775404"^^xsd:decimal .
            wd:Q3766   wdt:P1082 "2079000"^^xsd:decimal .
            """;

    private static String q08bAgainst(String endpoint) throws Exception {
        String text = Files.readString(Q08B, StandardCharsets.UTF_8);
        assertTrue(text.contains("SERVICE <" + WIKIDATA_SPARQL + ">"), "q08b calls Wikidata's endpoint");
        return text.replace(WIKIDATA_SPARQL, endpoint);
    }

    @Test
    void populationsComeBackJoinedToTheLinkedPlaces() throws Exception {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(remote, new StringReader(WIKIDATA), null, Lang.TURTLE);
        FusekiServer server = StandIns.fuseki(remote);
        try {
            Dataset local = DatasetFactory.createTxnMem();
            Txn.executeWrite(local, () -> RDFDataMgr.read(local.getDefaultModel(), new StringReader(GRAPH), null,
                    Lang.TURTLE));
            // a recording proxy in front of the stand-in: which queries reach "Wikidata"?
            List<String> sent = new CopyOnWriteArrayList<>();
            HttpClient client = HttpClient.newHttpClient();
            HttpServer proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            proxy.createContext("/sparql", ex -> {
                String raw = ex.getRequestURI().getRawQuery();
                for (String kv : raw.split("&")) {
                    if (kv.startsWith("query=")) {
                        sent.add(URLDecoder.decode(kv.substring(6), StandardCharsets.UTF_8));
                    }
                }
                try {
                    HttpResponse<byte[]> resp = client.send(HttpRequest.newBuilder(
                                    URI.create(StandIns.sparql(server) + "?" + raw))
                            .header("Accept", ex.getRequestHeaders().getFirst("Accept")).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    ex.getResponseHeaders().add("Content-Type",
                            resp.headers().firstValue("Content-Type").orElse("application/sparql-results+json"));
                    ex.sendResponseHeaders(resp.statusCode(), resp.body().length);
                    try (OutputStream o = ex.getResponseBody()) {
                        o.write(resp.body());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ex.sendResponseHeaders(500, -1);
                }
            });
            proxy.start();
            String text = q08bAgainst("http://127.0.0.1:" + proxy.getAddress().getPort() + "/sparql");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                QueryRunner.run(local, QueryRunner.parse("q08b", text), QueryRunner.Format.CSV, out);
            } finally {
                proxy.stop(0);
            }
            // one small query per linked place, with its item filled in: never "every population"
            assertEquals(3, sent.size(), String.join("\n---\n", sent));
            for (String q : sent) {
                assertTrue(q.matches("(?s).*<http://www\\.wikidata\\.org/entity/Q[0-9]+>.*"), q);
                assertFalse(q.contains("?item"), q);
            }
            List<String> lines = out.toString(StandardCharsets.UTF_8).strip().lines().map(String::strip).toList();
            assertEquals(List.of("place,label,item,population",
                    "https://w3id.org/conflict-kg/place/aleppo,Aleppo,http://www.wikidata.org/entity/Q41183,2098210",
                    "https://w3id.org/conflict-kg/place/homs,Homs,http://www.wikidata.org/entity/Q131301,775404",
                    "https://w3id.org/conflict-kg/place/tiny,Tiny,http://www.wikidata.org/entity/Q999201,"),
                    lines);
        } finally {
            server.stop();
        }
    }

    @Test
    void offlineTheQueryCommandSaysItNeedsANetworkInOneLine(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        store(db);
        Path file = tmp.resolve("q08b-wikidata-population.rq");
        Files.writeString(file, q08bAgainst("http://127.0.0.1:" + StandIns.closedPort() + "/sparql"));
        StandIns.Run r = StandIns.ckg("query", file.toString(), "--db", db.toString());
        assertOneNetworkLine(r);
        assertTrue(r.err().strip().matches(".*\\?query=\\.\\.\\. \\((connection refused|cannot connect)\\)"), r.err());
    }

    @Test
    void offlineTheSavedQueryByNameSaysItNeedsANetwork(@TempDir Path tmp) {
        assumeTrue(!resolves("query.wikidata.org"), "this machine can reach Wikidata's name: not off-line");
        Path db = tmp.resolve("db");
        store(db);
        StandIns.Run r = StandIns.ckg("query", "q08b-wikidata-population", "--db", db.toString());
        assertOneNetworkLine(r);
        assertTrue(r.err().strip().endsWith("(host not found)"), r.err());
    }

    private static void assertOneNetworkLine(StandIns.Run r) {
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("ckg query: q08b-wikidata-population needs a network to reach a remote "
                + "SPARQL endpoint, and the call failed: "), r.err());
    }

    /** A TDB2 database holding one linked place in an article graph. */
    private static void store(Path db) {
        try (GraphStore store = GraphStore.open(db)) {
            Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(
                    store.dataset().getNamedModel("https://w3id.org/conflict-kg/graph/test"),
                    new StringReader(GRAPH), null, Lang.TURTLE));
        }
    }

    private static boolean resolves(String host) {
        try {
            InetAddress.getByName(host);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
