package org.conflictkg.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.conflictkg.Settings;
import org.conflictkg.TestGraph;
import org.conflictkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every column of the event table and every number of the stats, on a small graph written by hand. */
class SmallGraphTest {
    private static final String TRIG = """
            PREFIX ckg:    <https://w3id.org/conflict-kg/ontology#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX wgs:    <http://www.w3.org/2003/01/geo/wgs84_pos#>
            PREFIX wd:     <http://www.wikidata.org/entity/>
            PREFIX schema: <http://schema.org/>
            PREFIX ev:     <https://w3id.org/conflict-kg/id/event/a1/>
            PREFIX ent:    <https://w3id.org/conflict-kg/id/entity/>
            PREFIX cf:     <https://w3id.org/conflict-kg/id/ceasefire/a1/>

            # a class the ontology does not annotate takes the ACLED names of its superclass
            GRAPH <https://w3id.org/conflict-kg/graph/ontology> {
              ckg:DroneStrike rdfs:subClassOf ckg:AirStrike .
            }

            GRAPH <https://w3id.org/conflict-kg/graph/a1> {
              <https://w3id.org/conflict-kg/id/article/a1> a ckg:Article ; ckg:sourceName "feed.jsonl#3" ;
                  schema:url <https://news.example/a1> .
              <https://w3id.org/conflict-kg/id/article/a1/sentence/0> a ckg:Sentence ;
                  nif:anchorOf "Jets struck Atarib on Thursday, killing 7 people." .
              <https://w3id.org/conflict-kg/id/article/a1/sentence/1> a ckg:Sentence ; nif:anchorOf "Rebels said so." .
              <https://w3id.org/conflict-kg/id/article/a1#char=0,4> a ckg:Evidence ; nif:beginIndex 0 ;
                  nif:anchorOf "Jets" ; ckg:inSentence <https://w3id.org/conflict-kg/id/article/a1/sentence/0> .
              <https://w3id.org/conflict-kg/id/article/a1#char=50,55> a ckg:Evidence ; nif:beginIndex 50 ;
                  nif:anchorOf "Rebels" ; ckg:inSentence <https://w3id.org/conflict-kg/id/article/a1/sentence/1> .

              ev:e0 a ckg:Event , ckg:AirStrike ; ckg:eventDate "2016-09-22"^^xsd:date ; ckg:datePrecision "day" ;
                  ckg:agent ent:Q858 , ent:Q159 ; ckg:target <https://w3id.org/conflict-kg/id/article/a1/actor/rebels> ;
                  ckg:place ent:Q858 , ent:Q1 ; ckg:fatalities 7 ;
                  ckg:reportedIn <https://w3id.org/conflict-kg/id/article/a1> ;
                  ckg:evidence <https://w3id.org/conflict-kg/id/article/a1#char=50,55> ,
                               <https://w3id.org/conflict-kg/id/article/a1#char=0,4> .
              ev:e1 a ckg:Event , ckg:DroneStrike ; ckg:eventDate "2016-09-20"^^xsd:date ; ckg:datePrecision "day" ;
                  ckg:place ent:Q214064 ; ckg:reportedIn <https://w3id.org/conflict-kg/id/article/a1> ;
                  ckg:evidence <https://w3id.org/conflict-kg/id/article/a1#char=50,55> .
              ev:e2 a ckg:Event , ckg:CeasefireDeclared ; ckg:datePrecision "unknown" ;
                  ckg:place ent:Q2 ; ckg:target ent:Q159 , <https://w3id.org/conflict-kg/id/article/a1/actor/rebels> ;
                  ckg:reportedIn <https://w3id.org/conflict-kg/id/article/a1> ;
                  ckg:evidence <https://w3id.org/conflict-kg/id/article/a1#char=0,4> .

              ent:Q858 a ckg:State , ckg:Actor , ckg:Place ; rdfs:label "Syria" ; ckg:wikidata wd:Q858 ;
                  wgs:lat 35.0 ; wgs:long 38.5 .
              ent:Q159 a ckg:State , ckg:Actor , ckg:Place ; rdfs:label "Russia" ; ckg:wikidata wd:Q159 .
              <https://w3id.org/conflict-kg/id/article/a1/actor/rebels> a ckg:GenericActor , ckg:Actor ; rdfs:label "rebels" .
              ent:Q1 a ckg:Place ; rdfs:label "Atarib" ; ckg:wikidata wd:Q1 ; wgs:lat 36.13889 ; wgs:long 36.83194 ;
                  ckg:locatedIn ent:Q214064 .
              ent:Q214064 a ckg:Place ; rdfs:label "Aleppo Governorate" ; ckg:wikidata wd:Q214064 ;
                  ckg:wikidataClass wd:Q10864048 ; ckg:locatedIn ent:Q858 ; wgs:lat 36.1 ; wgs:long 37.6 .
              ent:Q2 a ckg:Place ; rdfs:label "Atarib District" ; ckg:wikidata wd:Q2 ;
                  ckg:wikidataClass wd:Q13220204 ; ckg:locatedIn ent:Q214064 ; wgs:lat 36.1 ; wgs:long 36.8 .
              <https://w3id.org/conflict-kg/id/article/a1/place/the-north> a ckg:Place ; rdfs:label "the north" .
              cf:c0 a ckg:Ceasefire ; ckg:status ckg:Collapsed .
              cf:c1 a ckg:Ceasefire .
            }
            """;

    private static GraphStore store;

    @BeforeAll
    static void load() {
        Path dir = Settings.fromEnvironment().home().resolve("target/export-small-db");
        TestGraph.delete(dir);
        store = GraphStore.open(dir);
        store.loadOntology(Settings.fromEnvironment().ontology().resolve("conflict.ttl"));
        Txn.executeWrite(store.dataset(), () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(store.datasetGraph()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Map<String, CSVRecord> rows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(3, EventTable.write(store, out));
        try (CSVParser p = CSVParser.parse(new StringReader(out.toString(StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals(List.of("a1/e2", "a1/e1", "a1/e0"), rows.stream().map(r -> r.get("event_id")).toList(),
                    "undated first, then by date");
            return rows.stream().collect(Collectors.toMap(r -> r.get("event_id"), r -> r));
        }
    }

    @Test
    void eachColumnIsDerivedAsDocumented() throws Exception {
        Map<String, CSVRecord> rows = rows();
        Map<String, String> e0 = new LinkedHashMap<>(rows.get("a1/e0").toMap());
        Map<String, String> want = new LinkedHashMap<>();
        want.put("event_id", "a1/e0");
        want.put("event_date", "2016-09-22");
        want.put("date_precision", "day");
        want.put("event_type", "Explosions/Remote violence");
        want.put("sub_event_type", "Air/drone strike");
        want.put("actor1", "Russia; Syria");
        want.put("actor2", "rebels");
        want.put("country", "Syria");
        want.put("admin1", "Aleppo Governorate");
        want.put("location", "Atarib");
        want.put("latitude", "36.13889");
        want.put("longitude", "36.83194");
        want.put("geo_precision", "1");
        want.put("fatalities", "7");
        want.put("source", "feed.jsonl#3");
        want.put("source_url_or_article", "https://news.example/a1");
        want.put("notes", "Jets struck Atarib on Thursday, killing 7 people.");
        want.put("actor1_qid", "Q159; Q858");
        want.put("actor2_qid", "");
        want.put("location_qid", "Q1");
        assertEquals(want, e0);

        CSVRecord e1 = rows.get("a1/e1");
        assertEquals("Explosions/Remote violence", e1.get("event_type"), "inherited from the superclass");
        assertEquals("Air/drone strike", e1.get("sub_event_type"));
        assertEquals("Aleppo Governorate", e1.get("location"));
        assertEquals("Aleppo Governorate", e1.get("admin1"));
        assertEquals("Syria", e1.get("country"));
        assertEquals("3", e1.get("geo_precision"));
        assertEquals("", e1.get("fatalities"));
        assertEquals("Rebels said so.", e1.get("notes"));
        assertEquals("", e1.get("actor1"));

        CSVRecord e2 = rows.get("a1/e2");
        assertEquals("", e2.get("event_date"));
        assertEquals("unknown", e2.get("date_precision"));
        assertEquals("Strategic developments", e2.get("event_type"));
        assertEquals("Agreement", e2.get("sub_event_type"));
        assertEquals("Atarib District", e2.get("location"));
        assertEquals("2", e2.get("geo_precision"));
        assertEquals("Aleppo Governorate", e2.get("admin1"), "found through ckg:locatedIn");
        assertEquals("Syria", e2.get("country"), "found through two ckg:locatedIn");
        assertEquals("Russia; rebels", e2.get("actor2"));
        assertEquals("Q159; ", e2.get("actor2_qid"), "aligned with actor2, empty for the unlinked actor");
    }

    @Test
    void statsCountTheSmallGraph() {
        Stats s = Stats.compute(store);
        assertEquals(1, s.articles());
        assertEquals(Map.of("AirStrike", 1L, "DroneStrike", 1L, "CeasefireDeclared", 1L), s.eventsByType());
        assertEquals(List.of("2016-09", "undated"), List.copyOf(s.eventsByMonth().keySet()));
        assertEquals(Map.of("2016-09", 2L, "undated", 1L), s.eventsByMonth());
        assertEquals(Map.of("State", 2L, "GenericActor", 1L, "Place", 4L), s.entitiesByType());
        assertEquals(new Stats.Coverage(2, 2), s.actors());
        assertEquals(new Stats.Coverage(3, 4), s.places());
        assertEquals(Map.of("Collapsed", 1L, "none", 1L), s.ceasefiresByStatus());
        assertEquals(3, s.totalEvents());
    }
}
