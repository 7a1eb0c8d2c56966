package org.conflictkg.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.conflictkg.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's "Use it from your tools" examples, run against a Fuseki server started from the
 * file that {@code ckg fuseki-config} writes, on a free loopback port. The curl lines are read from
 * the README itself; the Python, pandas and R examples are the files in docs/examples. An example
 * whose tool is missing is skipped with a message saying what to install.
 */
class ClientExamplesTest {
    private static FusekiServer server;
    private static String endpoint;
    private static Map<String, Long> expected;
    private static final Path HOME = Settings.fromEnvironment().home();

    @BeforeAll
    static void start() {
        server = FusekiConfigTest.startFromConfig(HOME.resolve("target/fuseki-clients-test.ttl"));
        endpoint = "http://localhost:" + server.getHttpPort() + "/conflict/sparql";
        expected = new LinkedHashMap<>();
        Txn.executeRead(ExportFixture.store().dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ExportFixture.store().dataset()).query("""
                    PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                    SELECT ?type (COUNT(DISTINCT ?e) AS ?n) { ?e a ckg:Event ; a ?c . ?c ckg:acledSubEventType ?s
                      OPTIONAL { ?c ckg:acledSubEventTypeByState ?g FILTER EXISTS { ?e ckg:agent/a ckg:State } }
                      BIND(COALESCE(?g, ?s) AS ?type) }
                    GROUP BY ?type ORDER BY DESC(?n) ?type""").build()) {
                qe.execSelect().forEachRemaining(s -> expected.put(s.getLiteral("type").getString(),
                        s.getLiteral("n").getLong()));
            }
        });
        assertTrue(expected.size() >= 2);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(HOME.resolve("target"), "example", ".out");
        Path err = Files.createTempFile(HOME.resolve("target"), "example", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(HOME.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static boolean works(String... command) {
        try {
            return run(List.of(command)).status() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** "type TAB count" lines in the order printed. */
    private static Map<String, Long> counts(String out) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String line : out.strip().split("\\R")) {
            String[] f = line.split("\t");
            m.put(f[0], Long.parseLong(f[1].trim()));
        }
        return m;
    }

    /** The Python to use: $CKG_PYTHON, python3 on the PATH or /usr/bin/python3, the first that imports the module. */
    private static String python(String module) {
        List<String> candidates = new ArrayList<>();
        if (System.getenv("CKG_PYTHON") != null) {
            candidates.add(System.getenv("CKG_PYTHON"));
        }
        candidates.add("python3");
        candidates.add("/usr/bin/python3");
        for (String py : candidates) {
            if (works(py, "-c", "import " + module)) {
                return py;
            }
        }
        return null;
    }

    /** The curl block of the README section "Use it from your tools". */
    static List<String> readmeCurlBlock() throws IOException {
        String readme = Files.readString(HOME.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Use it from your tools");
        assertTrue(section >= 0, "the README has the section");
        int curl = readme.indexOf("### curl", section);
        int start = readme.indexOf("```sh\n", curl) + "```sh\n".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end).lines().toList();
    }

    @Test
    void readmeCurlExamplesGiveEachResultFormat() throws Exception {
        assumeTrue(works("curl", "--version"), "curl is not installed: the curl examples are not run");
        List<String> block = readmeCurlBlock();
        String setQuery = block.stream().filter(l -> l.startsWith("Q=")).findFirst().orElseThrow();
        List<String> curls = block.stream().filter(l -> l.startsWith("curl ")).toList();
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String c : curls) {
            String line = c.replace("http://localhost:3030/conflict/sparql", endpoint);
            assertTrue(line.contains(endpoint), "the example uses the default endpoint: " + c);
            Result r = run(List.of("bash", "-c", setQuery + "\n" + line));
            assertEquals(0, r.status(), r.err());
            String accept = c.replaceAll(".*Accept: ([^'\"]+).*", "$1");
            outputs.put(accept, r.out());
        }
        assertEquals(List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"), new ArrayList<>(outputs.keySet()));

        JsonNode json = new ObjectMapper().readTree(outputs.get("application/sparql-results+json"));
        Map<String, Long> fromJson = new LinkedHashMap<>();
        for (JsonNode b : json.get("results").get("bindings")) {
            fromJson.put(b.get("type").get("value").asText(), b.get("events").get("value").asLong());
        }
        assertEquals(expected, fromJson);

        String xml = outputs.get("application/sparql-results+xml");
        assertTrue(xml.contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">"), xml);
        assertEquals(expected.size(), xml.split("<result>", -1).length - 1);

        List<String> csv = outputs.get("text/csv").lines().toList();
        assertEquals("type,events", csv.get(0));
        assertEquals(expected.size() + 1, csv.size());
        String firstType = expected.keySet().iterator().next();
        assertTrue(csv.get(1).endsWith("," + expected.get(firstType)), csv.get(1));

        List<String> tsv = outputs.get("text/tab-separated-values").lines().toList();
        assertEquals("?type\t?events", tsv.get(0));
        assertEquals("\"" + firstType + "\"\t" + expected.get(firstType), tsv.get(1));
    }

    @Test
    void pythonSparqlWrapperExample() throws Exception {
        String py = python("SPARQLWrapper");
        assumeTrue(py != null, "no python3 with SPARQLWrapper (Debian: apt install python3-sparqlwrapper): "
                + "docs/examples/query.py is not run");
        Result r = run(List.of(py, "docs/examples/query.py", endpoint));
        assertEquals(0, r.status(), r.err());
        assertEquals(expected, counts(r.out()));
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(counts(r.out()).keySet()), "in order");
    }

    @Test
    void pandasLoadsTheEventTable() throws Exception {
        String py = python("pandas");
        assumeTrue(py != null, "no python3 with pandas (Debian: apt install python3-pandas): "
                + "docs/examples/events_pandas.py is not run");
        Path csv = HOME.resolve("target/examples-events.csv");
        ExportFixture.Run ex = ExportFixture.ckg("export", "--format", "csv", "--db", ExportFixture.copyDb().toString(),
                "--out", csv.toString());
        assertEquals(0, ex.status(), ex.err());
        Result r = run(List.of(py, "docs/examples/events_pandas.py", csv.toString()));
        assertEquals(0, r.status(), r.err());
        Map<String, Long> m = counts(r.out());
        long events = expected.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(events, m.remove("events"));
        long dated = Files.readAllLines(csv).stream().skip(1).filter(l -> l.matches("[^,]+,\\d{4}-\\d\\d-\\d\\d,.*"))
                .count();
        assertEquals(dated, m.remove("dated"));
        assertEquals(expected, m);
    }

    @Test
    void rHttrExample() throws Exception {
        assumeTrue(works("Rscript", "-e", "library(httr); library(jsonlite)"),
                "no Rscript with httr and jsonlite (Debian: apt install r-cran-httr r-cran-jsonlite): "
                        + "docs/examples/query.R is not run");
        Result r = run(List.of("Rscript", "docs/examples/query.R", endpoint));
        assertEquals(0, r.status(), r.err());
        assertEquals(expected, counts(r.out()));
    }
}
