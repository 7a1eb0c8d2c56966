package org.conflictkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.conflictkg.query.SavedQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The saved queries' answers are kept in a file beside a database on disk once prepared, and taken
 * back by the next server on the same data, never on data written since or from a damaged file.
 */
class KeptAnswersTest {
    private static final String TOTAL = "SELECT (COUNT(*) AS ?total) WHERE { ?s ?p ?o }";

    @TempDir
    Path tmp;

    private Dataset dataset;
    private FusekiServer server;

    @BeforeEach
    void data() {
        dataset = TDB2Factory.connectDataset(tmp.resolve("db").toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        add("http://example.org/g", 300);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    private void add(String graph, int n) {
        Node g = NodeFactory.createURI(graph);
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < n; i++) {
                dataset.asDatasetGraph().add(g, NodeFactory.createURI("http://example.org/s" + i),
                        NodeFactory.createURI("http://example.org/p"), NodeFactory.createURI(graph + "/o" + i));
            }
        });
    }

    private Path keptFile() {
        return tmp.resolve("db").resolve(KeptAnswers.FILE);
    }

    /** Serves the database with one saved query until its answer has been kept in the file. */
    private void serveUntilKept() throws Exception {
        List<SavedQuery> saved = List.of(new SavedQuery("t", tmp.resolve("t.rq"), "T", "", "", false, TOTAL));
        server = Server.build(dataset, new Server.Options(0, "127.0.0.1", 30_000, true), saved);
        server.start();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.isRegularFile(keptFile()) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        server.stop();
        server = null;
        assertTrue(Files.isRegularFile(keptFile()), "the prepared answers were not kept");
    }

    /** How many answers a new server's cache takes back from the file. */
    private int restored() {
        LongSupplier gen = AnswerCache.tdb2Generation(dataset.asDatasetGraph());
        AnswerCache cache = new AnswerCache("/conflict", 1 << 24, gen);
        KeptAnswers kept = KeptAnswers.of(dataset.asDatasetGraph(), cache, gen);
        assertNotNull(kept);
        return kept.restore();
    }

    @Test
    void aServerStartedAgainOnTheSameDataHasTheAnswersAtOnce() throws Exception {
        serveUntilKept();
        assertEquals(1, restored());
        // and the server that starts answers the page's request from it without the engine
        server = Server.build(dataset, new Server.Options(0, "127.0.0.1", 30_000, true),
                List.of(new SavedQuery("t", tmp.resolve("t.rq"), "T", "", "", false, TOTAL)));
        server.start();
        HttpRequest r = Server.pageQuery(URI.create("http://127.0.0.1:" + server.getHttpPort() + "/conflict/sparql"), TOTAL)
                .header("Cache-Control", "only-if-cached").timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> answer = org.conflictkg.TestHttp.send(r);
        assertEquals(200, answer.statusCode());
        assertEquals("hit", answer.headers().firstValue(AnswerCache.HEADER).orElse(null));
        assertTrue(answer.body().contains("\"300\""), answer.body());
    }

    @Test
    void answersKeptForOtherDataAreNotTakenBack() throws Exception {
        serveUntilKept();
        add("http://example.org/g2", 10);
        assertEquals(0, restored(), "answers of the data before a write were taken back");
    }

    @Test
    void aDamagedFileIsLeftAndTheAnswersComputed() throws Exception {
        serveUntilKept();
        byte[] all = Files.readAllBytes(keptFile());
        Files.write(keptFile(), java.util.Arrays.copyOf(all, all.length - 40));
        assertEquals(0, restored());
        Files.writeString(keptFile(), "not answers", StandardCharsets.UTF_8);
        assertEquals(0, restored());
    }
}
