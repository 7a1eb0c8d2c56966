package org.conflictkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.TestGraph;
import org.conflictkg.rdf.CKG;
import org.conflictkg.rdf.RdfMapper.ArticleGraph;
import org.conflictkg.rdf.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Actors' and places' descriptions are stored once, in the entities graph, whichever way the
 * articles are stored; the article graphs keep what the article says of them; and descriptions that
 * no article refers to any more go when the last article naming them is replaced.
 */
class EntityGraphTest {

    @TempDir
    Path tmp;

    private static final String E = Vocab.ENTITY;
    private static final Node SYRIA = NodeFactory.createURI(E + "Q858");
    private static final Node ALEPPO = NodeFactory.createURI(E + "Q41183");
    private static final Node HOMS = NodeFactory.createURI(E + "Q131301");
    private static final Node RUSSIA = NodeFactory.createURI(E + "Q159");
    private static final Node IDLIB = NodeFactory.createURI(E + "place/idlib");
    private static final Node LABEL = RDFS.label.asNode();

    private static final String PREFIXES = """
            PREFIX ckg:  <https://w3id.org/conflict-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX geo:  <http://www.opengis.net/ont/geosparql#>
            PREFIX wgs:  <http://www.w3.org/2003/01/geo/wgs84_pos#>
            PREFIX wd:   <http://www.wikidata.org/entity/>
            PREFIX ent:  <https://w3id.org/conflict-kg/id/entity/>
            PREFIX art:  <https://w3id.org/conflict-kg/id/article/>
            PREFIX ev:   <https://w3id.org/conflict-kg/id/event/>
            """;

    /** Syria as a country a place lies in (the mapping's place context). */
    private static final String SYRIA_AS_COUNTRY = """
            ent:Q858 a ckg:State , ckg:Actor , ckg:Place ; rdfs:label "Syria" ; owl:sameAs wd:Q858 ; ckg:wikidata wd:Q858 .
            """;

    private static String aleppo(String article) {
        return """
                ent:Q41183 a ckg:Place ; rdfs:label "Aleppo" ; ckg:mentionText "Aleppo" ; owl:sameAs wd:Q41183 ;
                    ckg:wikidata wd:Q41183 ; ckg:linkConfidence 0.9 ; ckg:locatedIn ent:Q858 ;
                    geo:hasGeometry <https://w3id.org/conflict-kg/id/entity/Q41183/geometry> ; wgs:lat 36.2 ; wgs:long 37.16 .
                <https://w3id.org/conflict-kg/id/entity/Q41183/geometry> a geo:Geometry ; geo:asWKT "POINT(37.16 36.2)"^^geo:wktLiteral .
                <https://w3id.org/conflict-kg/id/event/%1$s/e0> a ckg:Event ; ckg:place ent:Q41183 ; ckg:reportedIn art:%1$s .
                """.formatted(article) + SYRIA_AS_COUNTRY;
    }

    private static String homs(String article) {
        return """
                ent:Q131301 a ckg:Place ; rdfs:label "Homs" ; ckg:mentionText "Homs" , "the city of Homs" ;
                    owl:sameAs wd:Q131301 ; ckg:wikidata wd:Q131301 ; ckg:linkConfidence 0.8 ; ckg:locatedIn ent:Q858 .
                <https://w3id.org/conflict-kg/id/event/%1$s/e1> a ckg:Event ; ckg:place ent:Q131301 ; ckg:reportedIn art:%1$s .
                """.formatted(article) + SYRIA_AS_COUNTRY;
    }

    private static String russia(String article) {
        return """
                ent:Q159 a ckg:State , ckg:Actor , ckg:Place ; rdfs:label "Russia" ; ckg:mentionText "Russian" ;
                    owl:sameAs wd:Q159 ; ckg:wikidata wd:Q159 ; ckg:linkConfidence 1.0 .
                <https://w3id.org/conflict-kg/id/event/%1$s/e2> a ckg:Event ; ckg:agent ent:Q159 ; ckg:reportedIn art:%1$s .
                """.formatted(article);
    }

    /** An unlinked place that the article names only as an event's place (no mention text). */
    private static String idlib(String article) {
        return """
                <https://w3id.org/conflict-kg/id/entity/place/idlib> a ckg:Place ; rdfs:label "Idlib" .
                <https://w3id.org/conflict-kg/id/event/%1$s/e3> a ckg:Event ; ckg:place <https://w3id.org/conflict-kg/id/entity/place/idlib> ; ckg:reportedIn art:%1$s .
                """.formatted(article);
    }

    /** An article's model: the article node and the given descriptions and events. */
    private static ArticleGraph article(String id, String source, String body) {
        Model m = ModelFactory.createDefaultModel();
        String ttl = PREFIXES + "art:" + id + " a ckg:Article ; ckg:articleId \"" + id + "\" ; ckg:sourceName \""
                + source + "\" .\n" + body;
        RDFParser.fromString(ttl, Lang.TURTLE).parse(m);
        return new ArticleGraph(id, source, Vocab.GRAPH + id, m);
    }

    /** The graphs in which a triple with this subject and predicate is stored. */
    private static Set<String> graphsOf(GraphStore store, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getGraph().getURI())));
        return out;
    }

    /** Subjects of the entities graph. */
    private static Set<String> described(GraphStore store) {
        Set<String> out = new TreeSet<>();
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> dsg.find(EntityGraph.NODE, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> out.add(q.getSubject().getURI().substring(E.length()))));
        return out;
    }

    private static String unionLabel(GraphStore store, Node entity) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("SELECT ?l { <" + entity.getURI() + "> <" + RDFS.label.getURI() + "> ?l }").build()) {
                var rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getLiteral("l").getString() : null;
            }
        });
    }

    private static void assertCountExact(GraphStore store, String when) {
        assertEquals(store.quadCount(), store.knownQuadCount(), "kept quad count " + when);
    }

    private static final Set<String> ENTITIES_ONLY = Set.of(Vocab.ENTITIES_GRAPH);

    private static void checkTwoArticlesNamingSyria(GraphStore store) {
        assertEquals(ENTITIES_ONLY, graphsOf(store, SYRIA, LABEL), "Syria's label, stored once");
        assertEquals(ENTITIES_ONLY, graphsOf(store, HOMS, LABEL), "Homs's label, stored once");
        assertEquals(ENTITIES_ONLY, graphsOf(store, HOMS, CKG.locatedIn.asNode()));
        assertEquals(ENTITIES_ONLY, graphsOf(store, NodeFactory.createURI(ALEPPO.getURI() + "/geometry"),
                Vocab.geoAsWKT.asNode()), "the geometry node goes with its place");
        // what each article says of a place stays in its graph
        assertEquals(Set.of(Vocab.GRAPH + "a", Vocab.GRAPH + "b"), graphsOf(store, HOMS, CKG.mentionText.asNode()));
        assertEquals(Set.of(Vocab.GRAPH + "a", Vocab.GRAPH + "b"), graphsOf(store, HOMS, CKG.linkConfidence.asNode()));
        assertEquals("Syria", unionLabel(store, SYRIA), "the union graph answers with the label");
        assertEquals("Homs", unionLabel(store, HOMS));
        assertEquals(2, Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(
                    "SELECT (COUNT(*) AS ?n) { <" + HOMS.getURI() + "> <" + CKG.mentionText.getURI() + "> ?m }").build()) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        }), "both mention texts in the union");
        assertCountExact(store, "after two articles");
    }

    @Test
    void twoArticlesNamingTheSameCountryDescribeItOnceWhenReplacing() {
        try (GraphStore store = GraphStore.open(tmp.resolve("replacing"))) {
            assertFalse(store.hasArticleGraphs());
            GraphStore.Sink sink = store.replacingSink(1);
            sink.add(article("a", "a.txt", aleppo("a") + homs("a")));
            sink.add(article("b", "b.txt", homs("b")));
            sink.finish();
            checkTwoArticlesNamingSyria(store);
            assertTrue(store.hasArticleGraphs());
        }
    }

    @Test
    void theBulkLoaderStoresTheSameGraphsAsReplacing() {
        Map<String, Graph> replaced;
        try (GraphStore store = GraphStore.open(tmp.resolve("replacing"))) {
            GraphStore.Sink sink = store.replacingSink(64);
            sink.add(article("a", "a.txt", aleppo("a") + homs("a")));
            sink.add(article("b", "b.txt", homs("b")));
            sink.finish();
            replaced = GraphSnapshot.of(store);
        }
        try (GraphStore store = GraphStore.open(tmp.resolve("bulk"))) {
            GraphStore.Sink sink = store.bulkSink();
            sink.add(article("a", "a.txt", aleppo("a") + homs("a")));
            sink.add(article("b", "b.txt", homs("b")));
            sink.finish();
            checkTwoArticlesNamingSyria(store);
            assertEquals(store.quadCount(), sink.written(), "what the sink says it wrote");
            GraphSnapshot.assertSameGraphs(replaced, GraphSnapshot.of(store), "bulk against replacing");
        }
    }

    @Test
    void replacingTheLastArticleNamingAPlaceRemovesItsDescription() {
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            store.replace(List.of(article("a", "a.txt", aleppo("a") + homs("a") + idlib("a")),
                    article("b", "b.txt", homs("b")), article("c", "c.txt", idlib("c"))));
            assertEquals(new TreeSet<>(Set.of("Q131301", "Q41183", "Q41183/geometry", "Q858", "place/idlib")),
                    described(store));
            assertCountExact(store, "at first");

            // a new version of a.txt names Russia only: Aleppo and its geometry go; Homs stays (b names
            // it), Syria stays (Homs lies in it), Idlib stays (c names it as an event's place)
            store.replace(List.of(article("a2", "a.txt", russia("a2"))));
            assertEquals(new TreeSet<>(Set.of("Q131301", "Q159", "Q858", "place/idlib")), described(store));
            assertEquals(Set.of(), graphsOf(store, ALEPPO, Node.ANY), "nothing left of Aleppo");
            assertEquals(ENTITIES_ONLY, graphsOf(store, SYRIA, LABEL));
            assertCountExact(store, "after replacing a");

            // b and c name nothing of theirs any more: Homs, Idlib and Syria, in which no place is left, go
            store.replace(List.of(article("b", "b.txt", russia("b")), article("c", "c.txt", russia("c"))));
            assertEquals(Set.of("Q159"), described(store));
            assertNull(unionLabel(store, SYRIA));
            assertNull(unionLabel(store, IDLIB));
            assertEquals("Russia", unionLabel(store, RUSSIA));
            assertCountExact(store, "after replacing b and c");

            // a country a still named place lies in stays, though no article names the country itself
            store.replace(List.of(article("d", "d.txt", homs("d")), article("e", "e.txt", aleppo("e"))));
            store.replace(List.of(article("e", "e.txt", russia("e"))));
            assertEquals(new TreeSet<>(Set.of("Q131301", "Q159", "Q858")), described(store));
            assertCountExact(store, "after replacing e");
        }
    }

    @Test
    void theSeedGraphDescribesItsActorsAndPlacesInTheEntitiesGraphOnly() {
        GraphStore store = TestGraph.store();
        Map<String, Long> labelsByGraph = new java.util.TreeMap<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                    SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }
                      FILTER(STRSTARTS(STR(?e), "https://w3id.org/conflict-kg/id/entity/")) } GROUP BY ?g""").build()) {
                qe.execSelect().forEachRemaining(s -> labelsByGraph.put(s.getResource("g").getURI(),
                        s.getLiteral("n").getLong()));
            }
        });
        assertEquals(Set.of(Vocab.ENTITIES_GRAPH), labelsByGraph.keySet(), "labels of actors and places: " + labelsByGraph);
        // Syria is named in several seed articles, and described once
        assertTrue(graphsOf(store, SYRIA, CKG.mentionText.asNode()).size() >= 2, "seed articles naming Syria");
        assertEquals(ENTITIES_ONLY, graphsOf(store, SYRIA, LABEL));
        assertEquals("Syria", unionLabel(store, SYRIA));
        assertFalse(GraphStore.isArticleGraph(EntityGraph.NODE));
        assertFalse(GraphStore.isArticleGraph(NodeFactory.createURI(EventMerger.GRAPH)));
        assertFalse(GraphStore.isArticleGraph(NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH)));
    }
}
