package org.conflictkg.link.online;

import org.apache.jena.fuseki.main.FusekiServer;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.link.GazetteerEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ckg gazetteer} with the project's queries against a local Fuseki holding Wikidata-shaped triples. */
class GazetteerCommandTest {
    private static FusekiServer server;

    @BeforeAll
    static void start() {
        server = StandIns.fuseki(StandIns.dataset("/wikidata/standin.ttl"));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theProjectQueriesYieldTheExpectedRows(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("wikidata.tsv");
        StandIns.Run r = StandIns.ckg("gazetteer", "--endpoint", StandIns.sparql(server), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("wrote 12 rows"), r.out());

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("# Wikidata-derived gazetteer rows (Wikidata data: CC0)"), lines.get(0));
        assertTrue(lines.contains(GazetteerRow.HEADER));
        Map<String, String[]> rows = lines.stream().filter(l -> l.startsWith("Q")).map(l -> l.split("\t", -1))
                .collect(Collectors.toMap(f -> f[0], Function.identity()));
        assertEquals(Set.of("Q858", "Q159", "Q142", "Q214064", "Q41183", "Q2429253", "Q1065", "Q999003",
                "Q7747", "Q999001", "Q999011", "Q130879"), rows.keySet());
        for (String[] f : rows.values()) {
            assertEquals(8, f.length, String.join("|", f));
            assertEquals("wikidata_sparql", f[7]);
        }

        String[] syria = rows.get("Q858");
        assertEquals("Syria", syria[1]);
        assertEquals(Set.of("Syrian Arab Republic", "SY", "Syrian"), aliases(syria));
        assertEquals("country", syria[3]);
        assertEquals("35", syria[4]);
        assertEquals("38.5", syria[5]);
        assertEquals("Q858", syria[6]);

        String[] aleppo = rows.get("Q41183");
        assertEquals("Aleppo", aleppo[1]);
        assertEquals(Set.of("Halab", "Alep"), aliases(aleppo), "the label is no alias of itself");
        assertEquals("city", aleppo[3]);
        assertEquals("36.2", aleppo[4]);
        assertEquals("37.16", aleppo[5]);
        assertEquals("Q858", aleppo[6]);

        assertEquals("admin1", rows.get("Q214064")[3]);
        assertEquals("Q858", rows.get("Q214064")[6]);
        assertEquals("armed_group", rows.get("Q2429253")[3]);
        assertEquals(Set.of("ISIL", "ISIS", "Daesh"), aliases(rows.get("Q2429253")));
        assertEquals("intl_org", rows.get("Q1065")[3]);
        assertEquals(1, aliases(rows.get("Q1065")).size(), "UN and U.N. are one name to the gazetteer");
        assertEquals("org", rows.get("Q999003")[3]);
        assertEquals("person", rows.get("Q7747")[3]);
        assertEquals("Q159", rows.get("Q7747")[6]);
        assertEquals("Q858", rows.get("Q999011")[6]);
        assertEquals("", rows.get("Q7747")[4], "persons have no coordinates");
        assertEquals("news_agency", rows.get("Q130879")[3]);
        assertEquals("Q145", rows.get("Q130879")[6]);

        // the file reads as a gazetteer
        Gazetteer g = Gazetteer.load(List.of(out));
        assertEquals(12, g.size());
        GazetteerEntry halab = g.lookup("Halab").get(0);
        assertEquals("Q41183", halab.qid());
        assertEquals(36.2, halab.lat(), 1e-9);
        assertEquals("Q2429253", g.lookup("Daesh").get(0).qid());
    }

    @Test
    void pagingAsksUntilAShortPage(@TempDir Path tmp) throws Exception {
        String text = Files.readString(Path.of("data/gazetteer/queries/01-countries.rq"))
                .replace("# page: 1000", "# page: 1");
        Path q = tmp.resolve("countries.rq");
        Files.writeString(q, text);
        WikidataGazetteer wd = new WikidataGazetteer(URI.create(StandIns.sparql(server)),
                new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(30)));
        List<GazetteerRow> rows = wd.run(GazetteerQuery.read(q));
        assertEquals(List.of("Q142", "Q159", "Q858"), rows.stream().map(GazetteerRow::qid).sorted().toList());
        assertEquals(4, wd.requests(), "three full pages of one row, then an empty one");
    }

    @Test
    void splitSendsOneRequestPerValue() throws Exception {
        GazetteerQuery q = GazetteerQuery.read(Path.of("data/gazetteer/queries/03-cities.rq"));
        assertEquals(17, q.texts().size());
        assertTrue(q.texts().get(0).contains("VALUES ?country { wd:Q858 }"), q.texts().get(0));
        WikidataGazetteer wd = new WikidataGazetteer(URI.create(StandIns.sparql(server)),
                new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(30)));
        List<GazetteerRow> rows = wd.run(q);
        assertEquals(List.of("Q41183"), rows.stream().map(GazetteerRow::qid).toList());
        assertEquals(17, wd.requests());
    }

    @Test
    void withoutANetworkItSaysSoInOneLine(@TempDir Path tmp) {
        Path out = tmp.resolve("wikidata.tsv");
        StandIns.Run r = StandIns.ckg("gazetteer", "--endpoint",
                "http://127.0.0.1:" + StandIns.closedPort() + "/sparql", "--out", out.toString());
        assertEquals(4, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("ckg gazetteer: cannot reach http://127.0.0.1:"), r.err());
        assertTrue(r.err().contains("(no network?)") && r.err().strip().endsWith("nothing written"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anEndpointErrorNamesTheQuery(@TempDir Path tmp) {
        // the stand-in has no dataset at /nothing: every query fails with HTTP 404, one line each
        Path out = tmp.resolve("wikidata.tsv");
        StandIns.Run r = StandIns.ckg("gazetteer", "--endpoint",
                "http://localhost:" + server.getHttpPort() + "/nothing/sparql", "--out", out.toString());
        assertEquals(3, r.status());
        List<String> err = r.err().strip().lines().toList();
        assertEquals(9, err.size(), r.err());
        assertTrue(err.get(0).startsWith("ckg gazetteer: query 01-countries: http://localhost:"), err.get(0));
        assertTrue(err.get(0).contains("answered HTTP 404"), err.get(0));
        assertFalse(Files.exists(out));
    }

    @Test
    void aQueryFileWithoutATypeIsRefused(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("x.rq"), "# title: x\nSELECT ?item ?label WHERE { ?item ?p ?label }\n");
        StandIns.Run r = StandIns.ckg("gazetteer", "--queries", tmp.toString(), "--endpoint", StandIns.sparql(server),
                "--out", tmp.resolve("o.tsv").toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("needs a '# type:' line"), r.err());
    }

    private static Set<String> aliases(String[] f) {
        return f[2].isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(f[2].split("\\|")));
    }
}
