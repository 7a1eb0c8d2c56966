package org.conflictkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A repeated query is answered from the kept answer, byte for byte, and never after the data changed;
 * a different request form, a fresh-answer request, a failed or oversized answer is not served from it.
 */
class AnswerCacheTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @TempDir
    Path tmp;

    private Dataset dataset;
    private FusekiServer server;
    private String base;

    @BeforeEach
    void data() {
        dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        add(dataset, "http://example.org/g", 500);
    }

    private static void add(Dataset ds, String graph, int n) {
        Node g = NodeFactory.createURI(graph);
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            for (int i = 0; i < n; i++) {
                dsg.add(g, NodeFactory.createURI("http://example.org/s" + i),
                        NodeFactory.createURI("http://example.org/p"), NodeFactory.createURI(graph + "/o" + i));
            }
        });
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private void start(Server.Options options) {
        server = Server.build(dataset, options);
        server.start();
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    private HttpResponse<String> ask(String query, String accept, boolean fresh) throws Exception {
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(base + "/conflict/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60));
        if (fresh) {
            rb.header("Cache-Control", "no-cache");
        }
        return org.conflictkg.TestHttp.send(rb.build());
    }

    private HttpResponse<String> ask(String query) throws Exception {
        return ask(query, "application/sparql-results+json", false);
    }

    private static String how(HttpResponse<?> r) {
        return r.headers().firstValue(AnswerCache.HEADER).orElse(null);
    }

    @Test
    void repeatIsServedFromTheKeptAnswer() throws Exception {
        start(new Server.Options(0, "127.0.0.1", 30_000, false));
        HttpResponse<String> first = ask(COUNT);
        HttpResponse<String> second = ask(COUNT);
        assertEquals(200, first.statusCode());
        assertEquals("miss", how(first));
        assertEquals("hit", how(second));
        assertEquals(first.body(), second.body());
        assertTrue(second.body().contains("\"500\""), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));

        // another format is another answer; a GET of the same query asked the same way is the same one
        HttpResponse<String> csv = ask(COUNT, "text/csv", false);
        assertEquals("miss", how(csv));
        assertTrue(csv.body().startsWith("n"), csv.body());
        HttpResponse<String> get = org.conflictkg.TestHttp.send(HttpRequest.newBuilder(URI.create(base + "/conflict/sparql?query="
                + URLEncoder.encode(COUNT, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build());
        assertEquals("hit", how(get));
        assertEquals(first.body(), get.body());

        // asking for a fresh answer goes to the engine
        assertEquals("bypass", how(ask(COUNT, "application/sparql-results+json", true)));
        assertEquals("hit", how(ask(COUNT)));
    }

    @Test
    void changedDataIsNeverAnsweredFromAnOlderAnswer() throws Exception {
        Path users = tmp.resolve("users");
        Files.writeString(users, "ana: secret\n");
        start(new Server.Options(0, "127.0.0.1", 30_000, false, users));
        assertEquals("miss", how(ask(COUNT)));
        assertEquals("hit", how(ask(COUNT)));

        // a write through the server
        String insert = "INSERT DATA { GRAPH <http://example.org/new> { <http://example.org/a> <http://example.org/b> <http://example.org/c> } }";
        HttpResponse<String> u = org.conflictkg.TestHttp.send(HttpRequest.newBuilder(URI.create(base + "/conflict/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ana:secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
        assertEquals(2, u.statusCode() / 100, u.body());
        HttpResponse<String> after = ask(COUNT);
        assertEquals("miss", how(after));
        assertTrue(after.body().contains("\"501\""), after.body());

        // a write by the process itself, not through the server
        add(dataset, "http://example.org/other", 9);
        HttpResponse<String> later = ask(COUNT);
        assertEquals("miss", how(later));
        assertTrue(later.body().contains("\"510\""), later.body());
        assertEquals("hit", how(ask(COUNT)));
    }

    @Test
    void failedAndOversizedAnswersAreNotKept() throws Exception {
        start(new Server.Options(0, "127.0.0.1", 30_000, false).withAnswerCache(4096));
        HttpResponse<String> bad = ask("SELECT * WHERE { ?s ?p }");
        assertEquals(400, bad.statusCode());
        HttpResponse<String> badAgain = ask("SELECT * WHERE { ?s ?p }");
        assertEquals(400, badAgain.statusCode());
        assertNotEquals("hit", how(badAgain));

        // 500 rows are far more than a quarter of 4 KiB
        String all = "SELECT * WHERE { ?s ?p ?o } ORDER BY ?o";
        HttpResponse<String> big = ask(all);
        HttpResponse<String> bigAgain = ask(all);
        assertEquals(200, bigAgain.statusCode());
        assertEquals("miss", how(bigAgain));
        assertEquals(big.body(), bigAgain.body());
        // a small answer is still kept under that limit
        ask(COUNT);
        assertEquals("hit", how(ask(COUNT)));
    }

    @Test
    void keptAnswersAreCompressedAndSentCompressedToClientsThatTakeGzip() throws Exception {
        // 64 KiB in all: an answer is kept when its compressed bytes fit in a quarter, 16 KiB
        start(new Server.Options(0, "127.0.0.1", 30_000, false).withAnswerCache(64 * 1024));
        String all = "SELECT * WHERE { ?s ?p ?o } ORDER BY ?o";
        HttpResponse<String> plain = ask(all);
        assertEquals(200, plain.statusCode());
        assertTrue(plain.body().length() > 16 * 1024, "the answer is longer than a quarter of the limit expanded: "
                + plain.body().length());
        assertEquals("miss", how(plain));

        // a client that takes gzip gets the kept bytes compressed
        HttpResponse<byte[]> zipped = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/conflict/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .header("Accept-Encoding", "gzip, deflate, br")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(all, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("hit", how(zipped));
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(zipped.body().length < plain.body().length() / 4, zipped.body().length + " bytes compressed");
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertEquals(plain.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        // one that does not, or refuses it, gets the same bytes expanded
        HttpResponse<String> again = ask(all);
        assertEquals("hit", how(again));
        assertTrue(again.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(plain.body(), again.body());
        assertEquals(String.valueOf(plain.body().getBytes(StandardCharsets.UTF_8).length),
                again.headers().firstValue("Content-Length").orElse(null));
        HttpResponse<String> refused = org.conflictkg.TestHttp.send(HttpRequest.newBuilder(
                        URI.create(base + "/conflict/sparql?query=" + URLEncoder.encode(all, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").header("Accept-Encoding", "gzip;q=0, identity")
                .build());
        assertEquals("hit", how(refused));
        assertEquals(plain.body(), refused.body());
    }

    @Test
    void offWhenAskedOrWhenTheDataIsNotInTdb2() throws Exception {
        start(new Server.Options(0, "127.0.0.1", 30_000, false).withAnswerCache(0));
        ask(COUNT);
        assertNull(how(ask(COUNT)));
        server.stop();

        dataset = DatasetFactory.createTxnMem();
        add(dataset, "http://example.org/g", 3);
        start(new Server.Options(0, "127.0.0.1", 30_000, false));
        ask(COUNT);
        assertNull(how(ask(COUNT)), "no generation to check answers against: nothing is kept");
    }

    @Test
    void generationAdvancesOnWritesAndCompaction() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tmp.resolve("db").toString());
        LongSupplier generation = AnswerCache.tdb2Generation(dsg);
        long g0 = generation.getAsLong();
        assertEquals(g0, generation.getAsLong(), "nothing written, nothing changed");
        Txn.executeRead(dsg, () -> dsg.find().hasNext());
        assertEquals(g0, generation.getAsLong(), "a read is no change");
        Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("http://example.org/g"),
                NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createURI("http://example.org/o")));
        long g1 = generation.getAsLong();
        assertTrue(g1 > g0);
        DatabaseMgr.compact(dsg, true);
        long g2 = generation.getAsLong();
        assertTrue(g2 > g1, "a compacted database has a new coordinator");
        Txn.executeWrite(dsg, () -> dsg.delete(NodeFactory.createURI("http://example.org/g"),
                NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createURI("http://example.org/o")));
        assertTrue(generation.getAsLong() > g2, "writes after compaction are seen");
        assertNull(AnswerCache.tdb2Generation(DatasetFactory.createTxnMem().asDatasetGraph()));
    }

    /** A form POST as the page sends it, answered only from a kept answer (504 when none is current). */
    private HttpResponse<String> keptOnly(String query) throws Exception {
        return org.conflictkg.TestHttp.send(Server.pageQuery(URI.create(base + "/conflict/sparql"), query)
                .header("Cache-Control", "only-if-cached")
                .timeout(Duration.ofSeconds(60)).build());
    }

    /** Polls {@link #keptOnly} until a kept answer comes, for at most 30 s. */
    private HttpResponse<String> awaitKept(String query) throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        HttpResponse<String> r = keptOnly(query);
        while (r.statusCode() != 200 && System.nanoTime() < end) {
            Thread.sleep(100);
            r = keptOnly(query);
        }
        return r;
    }

    @Test
    void onlyIfCachedNeverAsksTheEngine() throws Exception {
        start(new Server.Options(0, "127.0.0.1", 30_000, false));
        HttpResponse<String> none = keptOnly(COUNT);
        assertEquals(504, none.statusCode());
        assertEquals("miss", how(none));
        assertEquals(504, keptOnly(COUNT).statusCode(), "asking only for a kept answer keeps nothing");
        ask(COUNT, Server.PAGE_ACCEPT, false);
        HttpResponse<String> kept = keptOnly(COUNT);
        assertEquals(200, kept.statusCode());
        assertEquals("hit", how(kept));
    }

    @Test
    void savedQueriesAnswersArePreparedAtStartAndAgainAfterAWrite() throws Exception {
        String total = "SELECT (COUNT(*) AS ?total) WHERE { ?s ?p ?o }";
        String perGraph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
        String online = "SELECT ?x WHERE { SERVICE <http://localhost:1/sparql> { ?x ?p ?o } }";
        java.util.List<org.conflictkg.query.SavedQuery> saved = java.util.List.of(
                new org.conflictkg.query.SavedQuery("a", tmp.resolve("a.rq"), "A", "", "", false, total),
                new org.conflictkg.query.SavedQuery("b", tmp.resolve("b.rq"), "B", "", "", false, perGraph),
                new org.conflictkg.query.SavedQuery("c", tmp.resolve("c.rq"), "C", "", "", true, online));
        server = Server.build(dataset, new Server.Options(0, "127.0.0.1", 30_000, true), saved);
        server.start();
        base = "http://127.0.0.1:" + server.getHttpPort();

        HttpResponse<String> a = awaitKept(total);
        assertEquals(200, a.statusCode(), "the saved query's answer was not prepared");
        assertTrue(a.body().contains("\"500\""), a.body());
        assertEquals(200, awaitKept(perGraph).statusCode());
        assertEquals(a.body(), ask(total, Server.PAGE_ACCEPT, true).body(), "the prepared answer is the engine's");
        assertEquals(504, keptOnly(online).statusCode(), "a query that needs a network is not prepared");

        // a write makes the kept answers stale; once the data is still, they are prepared again
        add(dataset, "http://example.org/g2", 100);
        HttpResponse<String> after = awaitKept(total);
        assertEquals(200, after.statusCode(), "not prepared again after the write");
        assertTrue(after.body().contains("\"600\""), after.body());
        HttpResponse<String> graphs = awaitKept(perGraph);
        assertTrue(graphs.body().contains("http://example.org/g2"), graphs.body());
    }

    @Test
    void thePageAsksTheWaySavedAnswersArePrepared() throws Exception {
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("web/app.js")) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(page.contains("\"Accept\": \"" + Server.PAGE_ACCEPT + "\""),
                    "web/app.js must send the Accept header Server.PAGE_ACCEPT, or its requests miss the prepared answers");
            assertTrue(page.contains("\"Content-Type\": \"application/x-www-form-urlencoded\""), "the page posts a form");
        }
    }
}
