package org.conflictkg.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.Settings;
import org.conflictkg.rdf.CKG;
import org.conflictkg.rdf.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EventTableTest {
    private static String csv;
    private static List<CSVRecord> rows;
    private static Graph union;

    @BeforeAll
    static void export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = EventTable.write(ExportFixture.store(), out);
        csv = out.toString(StandardCharsets.UTF_8);
        try (CSVParser p = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            rows = p.getRecords();
        }
        assertEquals(n, rows.size());
        union = ExportFixture.unionGraph();
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static String literal(Node s, Node p) {
        return union.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    @Test
    void headerHasTheAcledColumnsThenTheWikidataItems() {
        assertEquals("event_id,event_date,date_precision,event_type,sub_event_type,actor1,actor2,country,admin1,"
                + "location,latitude,longitude,geo_precision,fatalities,source,source_url_or_article,notes,"
                + "actor1_qid,actor2_qid,location_qid", csv.lines().findFirst().orElseThrow());
    }

    @Test
    void everyEventOfTheGraphIsOneRow() {
        Set<String> events = union.find(Node.ANY, RDF.Nodes.type, CKG.Event.asNode()).mapWith(t -> t.getSubject().getURI())
                .toSet().stream().map(u -> u.substring((Vocab.ID + "event/").length())).collect(Collectors.toSet());
        assertTrue(events.size() > 10, "the seed articles give events");
        List<String> ids = rows.stream().map(r -> r.get("event_id")).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "one row per event");
        assertEquals(events, new HashSet<>(ids));
        for (CSVRecord r : rows) {
            assertEquals(EventTable.header().size(), r.size());
        }
    }

    @Test
    void datesParseAndRowsAreInDateOrder() {
        String last = "";
        for (CSVRecord r : rows) {
            String d = r.get("event_date");
            assertTrue(Set.of("day", "month", "year", "unknown").contains(r.get("date_precision")), r.toString());
            if (!d.isEmpty()) {
                LocalDate.parse(d);
                assertTrue(d.compareTo(last) >= 0, "dates ascend: " + d + " after " + last);
                last = d;
                assertEquals(d, literal(uri(Vocab.ID + "event/" + r.get("event_id")), CKG.eventDate.asNode()));
            }
        }
        assertTrue(rows.stream().anyMatch(r -> !r.get("event_date").isEmpty()), "some events have dates");
    }

    @Test
    void typesAreTheAcledNamesOfTheEventClassFromTheOntology() {
        Map<String, String> ontoType = new HashMap<>();
        Map<String, String> ontoSub = new HashMap<>();
        Map<String, String> ontoSubByState = new HashMap<>();
        union.find(Node.ANY, CKG.acledEventType.asNode(), Node.ANY).forEachRemaining(t -> {
            ontoType.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
            ontoSub.put(t.getSubject().getURI(), literal(t.getSubject(), CKG.acledSubEventType.asNode()));
            String byState = literal(t.getSubject(), CKG.acledSubEventTypeByState.asNode());
            if (!byState.isEmpty()) {
                ontoSubByState.put(t.getSubject().getURI(), byState);
            }
        });
        assertEquals("Government regains territory", ontoSubByState.get(CKG.Capture.getURI()));
        for (CSVRecord r : rows) {
            Node e = uri(Vocab.ID + "event/" + r.get("event_id"));
            String cls = union.find(e, RDF.Nodes.type, Node.ANY).mapWith(t -> t.getObject().getURI())
                    .filterKeep(c -> !c.equals(CKG.Event.getURI())).toList().get(0);
            boolean byState = union.find(e, CKG.agent.asNode(), Node.ANY).mapWith(Triple::getObject).toList().stream()
                    .anyMatch(a -> union.contains(a, RDF.Nodes.type, CKG.State.asNode()));
            assertEquals(ontoType.get(cls), r.get("event_type"), r.toString());
            String sub = byState && ontoSubByState.containsKey(cls) ? ontoSubByState.get(cls) : ontoSub.get(cls);
            assertEquals(sub, r.get("sub_event_type"), r.toString());
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("sub_event_type").equals("Air/drone strike")));
        // the seed articles report captures by the Syrian government and by rebels
        assertTrue(rows.stream().anyMatch(r -> r.get("sub_event_type").equals("Government regains territory")));
        assertTrue(rows.stream().anyMatch(r -> r.get("sub_event_type").equals("Non-state actor overtakes territory")));
    }

    @Test
    void wikidataItemsLookLikeItemsAndMatchTheGraph() {
        for (CSVRecord r : rows) {
            for (String col : List.of("actor1_qid", "actor2_qid")) {
                if (!r.get(col).isEmpty()) {
                    String[] items = r.get(col).split("; ", -1);
                    String actorsCol = col.substring(0, col.indexOf('_'));
                    assertEquals(r.get(actorsCol).split("; ", -1).length, items.length, "items align with " + actorsCol);
                    for (String q : items) {
                        assertTrue(q.isEmpty() || q.matches("Q\\d+"), col + ": " + q);
                    }
                }
            }
            String loc = r.get("location_qid");
            assertTrue(loc.isEmpty() || loc.matches("Q\\d+"), loc);
            if (!loc.isEmpty()) {
                Node place = uri(Vocab.ID + "entity/" + loc);
                assertTrue(union.contains(place, CKG.wikidata.asNode(), uri(Vocab.WD + loc)));
                assertEquals(literal(place, Vocab.wgsLat.asNode()), r.get("latitude"));
                assertTrue(union.contains(uri(Vocab.ID + "event/" + r.get("event_id")), CKG.place.asNode(), place));
            }
        }
        assertTrue(rows.stream().anyMatch(r -> !r.get("location_qid").isEmpty()), "some places are linked");
    }

    @Test
    void coordinatesParseAndGoWithAPrecision() {
        for (CSVRecord r : rows) {
            boolean has = !r.get("latitude").isEmpty();
            assertEquals(has, !r.get("longitude").isEmpty());
            assertEquals(has, !r.get("geo_precision").isEmpty());
            if (has) {
                double lat = Double.parseDouble(r.get("latitude"));
                double lon = Double.parseDouble(r.get("longitude"));
                assertTrue(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180);
                assertTrue(Set.of("1", "2", "3").contains(r.get("geo_precision")));
                assertFalse(r.get("location").isEmpty());
            }
            if (!r.get("fatalities").isEmpty()) {
                assertTrue(Integer.parseInt(r.get("fatalities")) >= 0);
            }
        }
    }

    @Test
    void notesAreSentencesOfTheReportingArticle() {
        Set<String> sentences = union.find(Node.ANY, RDF.Nodes.type, CKG.Sentence.asNode()).toList().stream()
                .map(t -> literal(t.getSubject(), Vocab.nifAnchorOf.asNode())).collect(Collectors.toSet());
        for (CSVRecord r : rows) {
            assertTrue(sentences.contains(r.get("notes")), "notes is a sentence: " + r.get("notes"));
            assertTrue(r.get("source").matches(".+\\.(txt|jsonl).*"), r.get("source"));
            Node article = uri(r.get("source_url_or_article"));
            assertTrue(union.contains(uri(Vocab.ID + "event/" + r.get("event_id")), CKG.reportedIn.asNode(), article)
                    || !r.get("source_url_or_article").startsWith(Vocab.ID));
        }
    }

    @Test
    void theSeedAirStrikeOnAleppo() {
        // present while the extractor finds it: an air strike in Aleppo (the city, Q41183) on 2016-09-22
        boolean present = Txn.calculateRead(ExportFixture.store().dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ExportFixture.store().dataset()).query("""
                    PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                    ASK { ?e a ckg:AirStrike ; ckg:eventDate "2016-09-22"^^<http://www.w3.org/2001/XMLSchema#date> ;
                             ckg:place <https://w3id.org/conflict-kg/id/entity/Q41183> }""").build()) {
                return qe.execAsk();
            }
        });
        assumeTrue(present, "the extractor found no air strike in Aleppo on 2016-09-22");
        CSVRecord r = rows.stream().filter(x -> x.get("event_date").equals("2016-09-22")
                && x.get("sub_event_type").equals("Air/drone strike") && x.get("location_qid").equals("Q41183"))
                .findFirst().orElseThrow();
        assertEquals("Explosions/Remote violence", r.get("event_type"));
        assertEquals("Aleppo", r.get("location"));
        assertEquals("Syria", r.get("country"));
        assertEquals("1", r.get("geo_precision"));
        assertEquals(36.23, Double.parseDouble(r.get("latitude")), 0.1);
        assertEquals(37.17, Double.parseDouble(r.get("longitude")), 0.1);
        assertEquals("day", r.get("date_precision"));
        assertTrue(r.get("notes").contains("Aleppo"), r.get("notes"));
    }

    @Test
    void sortingOnDiskGivesTheSameTable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventTable.write(ExportFixture.store(), out, 2);
        assertEquals(csv, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportCommandWritesTheSameTable() throws Exception {
        Path out = Settings.fromEnvironment().home().resolve("target/export-events.csv");
        ExportFixture.Run run = ExportFixture.ckg("export", "--format", "csv", "--db", ExportFixture.copyDb().toString(),
                "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("export: " + rows.size() + " events written to " + out, run.err().strip());
        assertEquals(csv, Files.readString(out));
    }
}
