package org.conflictkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.conflictkg.cli.ServeCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server listens on 127.0.0.1 by default, is read-only without a password file, lets only
 * authenticated users write with one, cuts runaway queries and answers bad queries with 400.
 */
class ServerAccessTest {

    private static final String G = "https://w3id.org/conflict-kg/graph/test";
    private static final int TRIPLES = 3000;

    @TempDir
    Path tmp;

    private Dataset dataset;
    private FusekiServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void data() {
        dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Node g = NodeFactory.createURI(G);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (int i = 0; i < TRIPLES; i++) {
                dsg.add(g, NodeFactory.createURI("http://example.org/s" + (i % 300)),
                        NodeFactory.createURI("http://example.org/p" + (i % 7)), NodeFactory.createURI("http://example.org/o" + i));
            }
        });
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private String start(Server.Options options) {
        server = Server.build(dataset, options);
        server.start();
        return "http://127.0.0.1:" + server.getHttpPort();
    }

    private static Server.Options opts(long timeoutMillis, Path auth) {
        return new Server.Options(0, "127.0.0.1", timeoutMillis, false, auth);
    }

    private HttpResponse<String> send(HttpRequest.Builder rb) throws IOException, InterruptedException {
        return org.conflictkg.TestHttp.send(rb.timeout(Duration.ofSeconds(60)).build());
    }

    private static HttpRequest.Builder update(String base, String path, String update) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
    }

    private static HttpRequest.Builder put(String base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/x> <http://example.org/y> <http://example.org/z> ."));
    }

    private static HttpRequest.Builder query(String base, String q) {
        return HttpRequest.newBuilder(URI.create(base + "/conflict/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json");
    }

    private static HttpRequest.Builder withUser(HttpRequest.Builder rb, String user, String password) {
        return rb.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private long quads() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    private static final String INSERT = "INSERT DATA { GRAPH <http://example.org/new> { <http://example.org/a> <http://example.org/b> <http://example.org/c> } }";
    private static final String GSP = "/conflict/data?graph=" + URLEncoder.encode("http://example.org/put", StandardCharsets.UTF_8);

    @Test
    void listensOnLoopbackByDefault() throws Exception {
        CommandLine cl = new CommandLine(new ServeCommand());
        cl.parseArgs();
        assertEquals("127.0.0.1", cl.getCommandSpec().findOption("--host").getValue());
        assertEquals(30, (int) cl.getCommandSpec().findOption("--timeout").getValue());
        assertEquals("127.0.0.1", Server.Options.defaults().host());

        String base = start(opts(30_000, null));
        assertEquals("127.0.0.1", Access.host(server));
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/$/ping"))).statusCode());
        server.stop();

        server = Server.build(dataset, new Server.Options(0, "0.0.0.0", 30_000, false));
        assertEquals("0.0.0.0", Access.host(server), "--host is what the connector binds");
        server = null;
    }

    @Test
    void readOnlyWithoutPasswordFile() throws Exception {
        String base = start(opts(30_000, null));
        long before = quads();
        int[] statuses = {
            send(update(base, "/conflict/update", INSERT)).statusCode(),
            send(update(base, "/conflict", INSERT)).statusCode(),
            send(update(base, "/conflict/sparql", INSERT)).statusCode(),
            send(HttpRequest.newBuilder(URI.create(base + "/conflict/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8)))).statusCode(),
            send(put(base, GSP)).statusCode(),
            send(put(base, "/conflict?graph=http%3A%2F%2Fexample.org%2Fput")).statusCode(),
            send(put(base, "/conflict?default")).statusCode(),
            send(HttpRequest.newBuilder(URI.create(base + "/conflict?graph=" + URLEncoder.encode(G, StandardCharsets.UTF_8))).DELETE()).statusCode(),
            send(HttpRequest.newBuilder(URI.create(base + "/conflict/data?default")).header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString("<http://example.org/x> <http://example.org/y> <http://example.org/z> ."))).statusCode(),
            send(HttpRequest.newBuilder(URI.create(base + "/$/compact/conflict")).POST(HttpRequest.BodyPublishers.noBody())).statusCode(),
            send(HttpRequest.newBuilder(URI.create(base + "/$/datasets/other")).POST(HttpRequest.BodyPublishers.noBody())).statusCode(),
        };
        for (int i = 0; i < statuses.length; i++) {
            assertTrue(statuses[i] >= 400 && statuses[i] < 500, "write attempt " + i + " answered " + statuses[i]);
        }
        assertEquals(before, quads(), "nothing was written");
        assertEquals(200, send(query(base, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).statusCode(), "queries still work");
    }

    @Test
    void writesOnlyForAuthenticatedUsersWithPasswordFile() throws Exception {
        Path pw = Files.writeString(tmp.resolve("passwd"), "# users who may write\nalice: s3cret\n");
        String base = start(opts(30_000, pw));
        long before = quads();

        assertEquals(401, send(update(base, "/conflict/update", INSERT)).statusCode());
        assertEquals(401, send(withUser(update(base, "/conflict/update", INSERT), "alice", "wrong")).statusCode());
        assertEquals(401, send(withUser(update(base, "/conflict/update", INSERT), "mallory", "s3cret")).statusCode());
        assertEquals(401, send(put(base, GSP)).statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(base + "/$/compact/conflict"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        int unnamed = send(update(base, "/conflict", INSERT)).statusCode();
        assertTrue(unnamed >= 400 && unnamed < 500, "no anonymous update on the dataset itself: " + unnamed);
        assertEquals(before, quads(), "nothing was written without credentials");

        int ok = send(withUser(update(base, "/conflict/update", INSERT), "alice", "s3cret")).statusCode();
        assertTrue(ok >= 200 && ok < 300, "update with credentials: " + ok);
        int gsp = send(withUser(put(base, GSP), "alice", "s3cret")).statusCode();
        assertTrue(gsp >= 200 && gsp < 300, "GSP PUT with credentials: " + gsp);
        assertEquals(before + 2, quads());
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(base + "/$/tasks"))).statusCode());
        assertEquals(200, send(withUser(HttpRequest.newBuilder(URI.create(base + "/$/tasks")), "alice", "s3cret"))
                .statusCode(), "admin (the task list) with credentials");

        assertEquals(200, send(query(base, "ASK { ?s ?p ?o }")).statusCode(), "anyone may still query");
    }

    @Test
    void badPasswordFileIsOneClearError() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Access.checkPasswordFile(tmp.resolve("missing")));
        assertTrue(e.getMessage().endsWith("missing: no such file"), e.getMessage());
        Path empty = Files.writeString(tmp.resolve("empty"), "# nobody\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Access.checkPasswordFile(empty))
                .getMessage().contains("no users"));
        Path bad = Files.writeString(tmp.resolve("bad"), "alice s3cret\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Access.checkPasswordFile(bad))
                .getMessage().contains("line 1 is not 'user: password'"));
    }

    @Test
    void runawayQueryIsCutAndTheServerStaysHealthy() throws Exception {
        String base = start(opts(500, null));
        long t0 = System.nanoTime();
        HttpResponse<String> r = send(query(base,
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), "a timed-out query answers 503 Service Unavailable: " + r.body());
        assertTrue(r.body().contains("Query timed out"), r.body());
        assertTrue(secs < 15, "cut after " + secs + " s");
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/$/ping"))).statusCode());
        HttpResponse<String> after = send(query(base, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        assertEquals(200, after.statusCode());
        assertTrue(after.body().contains("\"" + TRIPLES + "\""), after.body());
    }

    @Test
    void malformedQueryIs400WithTheParserMessage() throws Exception {
        String base = start(opts(30_000, null));
        HttpResponse<String> r = send(query(base, "SELECT ?s WHERE { ?s ?p "));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error") && r.body().contains("line 1"), r.body());
    }
}
