package org.conflictkg.export;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.Settings;
import org.conflictkg.TestGraph;
import org.conflictkg.rdf.CKG;
import org.conflictkg.rdf.Vocab;
import org.conflictkg.store.GraphStore;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RdfExportTest {

    private static byte[] export(ExportFormat f, String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExport.write(ExportFixture.store(), f, graph, out);
        return out.toByteArray();
    }

    /** Loads an export into an empty TDB2 store and compares every named graph with the original. */
    private static void roundTrip(ExportFormat f, Lang lang, String dirName) {
        byte[] data = export(f, null);
        Map<Node, Graph> original = ExportFixture.namedGraphs(ExportFixture.store().datasetGraph());
        assertTrue(original.size() >= 6, "the test graph has the ontology and the seed articles");
        Path dir = Settings.fromEnvironment().home().resolve("target/" + dirName);
        TestGraph.delete(dir);
        Map<Node, Graph> loaded;
        try (GraphStore s = GraphStore.open(dir)) {
            Txn.executeWrite(s.dataset(), () -> RDFDataMgr.read(s.datasetGraph(), new ByteArrayInputStream(data), lang));
            loaded = ExportFixture.namedGraphs(s.datasetGraph());
        }
        assertEquals(original.keySet(), loaded.keySet(), "the same named graphs");
        for (Map.Entry<Node, Graph> e : original.entrySet()) {
            Graph back = loaded.get(e.getKey());
            assertEquals(e.getValue().size(), back.size(), "size of " + e.getKey());
            assertTrue(e.getValue().isIsomorphicWith(back), "graph " + e.getKey() + " is isomorphic after the round trip");
        }
        TestGraph.delete(dir);
    }

    @Test
    void nQuadsRoundTripGivesIsomorphicNamedGraphs() {
        roundTrip(ExportFormat.NQ, Lang.NQUADS, "export-rt-nq");
    }

    @Test
    void trigRoundTripGivesIsomorphicNamedGraphs() {
        roundTrip(ExportFormat.TRIG, Lang.TRIG, "export-rt-trig");
    }

    @Test
    void nQuadsHoldEveryQuadWithItsGraph() {
        String nq = new String(export(ExportFormat.NQ, null), StandardCharsets.UTF_8);
        long lines = nq.lines().filter(l -> !l.isBlank()).count();
        DatasetGraph dsg = ExportFixture.store().datasetGraph();
        long quads = Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ExportFixture.store().dataset())
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(quads, lines);
        assertTrue(nq.lines().allMatch(l -> l.isBlank() || l.trim().endsWith("> .")), "every line names its graph");
        assertTrue(nq.contains("<" + Vocab.ONTOLOGY_GRAPH + "> ."), "the ontology graph is exported");
    }

    @Test
    void turtleIsTheUnionGraph() {
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(ExportFormat.TTL, null))).lang(Lang.TURTLE).parse(back);
        Graph union = ExportFixture.unionGraph();
        assertTrue(union.size() > 1000);
        assertEquals(union.size(), back.size());
        assertTrue(union.isIsomorphicWith(back));
        // the union holds the triples of every article and of the ontology
        assertTrue(back.contains(NodeFactory.createURI(CKG.NS + "AirStrike"), RDF.Nodes.type, NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class")));
        assertTrue(back.find(Node.ANY, RDF.Nodes.type, CKG.Event.asNode()).toList().size() > 10);
    }

    @Test
    void unionGraphHasNoDuplicateTriples() {
        // the union default graph as SPARQL sees it, counted as distinct triples
        long distinct = Txn.calculateRead(ExportFixture.store().dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ExportFixture.store().dataset())
                    .query("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        long written = RdfExport.write(ExportFixture.store(), ExportFormat.TTL, null,
                new ByteArrayOutputStream());
        assertEquals(distinct, written, "each triple of the union is written once");
        long writtenJsonLd = RdfExport.write(ExportFixture.store(), ExportFormat.JSONLD, null, new ByteArrayOutputStream());
        assertEquals(distinct, writtenJsonLd);
    }

    @Test
    void jsonLdParsesBackToTheUnionGraph() {
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(ExportFormat.JSONLD, null))).lang(Lang.JSONLD).parse(back);
        Graph union = ExportFixture.unionGraph();
        assertEquals(union.size(), back.size());
        assertTrue(union.isIsomorphicWith(back));
    }

    @Test
    void oneNamedGraphByIriOrArticleId() {
        DatasetGraph dsg = ExportFixture.store().datasetGraph();
        Map<Node, Graph> graphs = ExportFixture.namedGraphs(dsg);
        Node article = graphs.keySet().stream().filter(GraphStore::isArticleGraph).sorted(
                java.util.Comparator.comparing(Node::getURI)).findFirst().orElseThrow();
        String id = article.getURI().substring(Vocab.GRAPH.length());
        for (String ref : new String[] {article.getURI(), id}) {
            Graph ttl = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(export(ExportFormat.TTL, ref))).lang(Lang.TURTLE).parse(ttl);
            assertTrue(graphs.get(article).isIsomorphicWith(ttl), "turtle of " + ref);
            Graph jsonld = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(export(ExportFormat.JSONLD, ref))).lang(Lang.JSONLD).parse(jsonld);
            assertTrue(graphs.get(article).isIsomorphicWith(jsonld), "JSON-LD of " + ref);
        }
        String nq = new String(export(ExportFormat.NQ, id), StandardCharsets.UTF_8);
        assertTrue(nq.lines().allMatch(l -> l.endsWith("<" + article.getURI() + "> .")));
        assertEquals(graphs.get(article).size(), nq.lines().count());
        Graph onto = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(ExportFormat.TTL, "ontology"))).lang(Lang.TURTLE).parse(onto);
        assertTrue(onto.contains(NodeFactory.createURI(CKG.NS + "AirStrike"), Node.ANY, Node.ANY));
        assertFalse(onto.contains(Node.ANY, RDF.Nodes.type, CKG.Event.asNode()), "the ontology graph has no events");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> export(ExportFormat.TTL, "https://example.org/no-such-graph"));
        assertEquals("no graph <https://example.org/no-such-graph> in the database", e.getMessage());
    }

    @Test
    void anArticleGraphLeavesTheDescriptionsOfActorsAndPlacesToTheEntitiesGraph() {
        Map<Node, Graph> graphs = ExportFixture.namedGraphs(ExportFixture.store().datasetGraph());
        Node article = graphs.keySet().stream().filter(GraphStore::isArticleGraph).sorted(
                java.util.Comparator.comparing(Node::getURI)).findFirst().orElseThrow();
        Graph one = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(ExportFormat.TTL, article.getURI().substring(Vocab.GRAPH.length()))))
                .lang(Lang.TURTLE).parse(one);
        java.util.Set<Node> named = one.find(Node.ANY, CKG.mentionText.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet();
        assertFalse(named.isEmpty(), "the article names actors or places");
        Graph entities = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(ExportFormat.TTL, "entities"))).lang(Lang.TURTLE).parse(entities);
        for (Node e : named) {
            assertFalse(one.contains(e, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY), "label of " + e + " in the article");
            assertTrue(entities.contains(e, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY), "label of " + e);
            assertTrue(entities.contains(e, RDF.Nodes.type, Node.ANY), "type of " + e);
        }
    }

    @Test
    void jsonLdWriterKeepsBlankNodesLanguagesAndDatatypesAndRepeatedSubjects() {
        String ttl = """
                @prefix ex: <http://example.org/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                ex:a a ex:Thing , ex:Other ; ex:name "a" , "ein"@de ; ex:n 3 ; ex:d "2016-09-22"^^xsd:date ;
                     ex:knows [ ex:name "anonymous" ; ex:back ex:a ] .
                _:x ex:p _:y . _:y ex:p _:x .
                """;
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdStreamWriter w = new JsonLdStreamWriter(out);
        w.start();
        for (Triple t : g.find().toList()) {
            w.triple(t);
        }
        // a subject that comes back after another one: written as a second node object
        Triple again = Triple.create(NodeFactory.createURI("http://example.org/a"),
                NodeFactory.createURI("http://example.org/late"), NodeFactory.createLiteralString("late"));
        w.triple(again);
        w.finish();
        g.add(again);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.JSONLD).parse(back);
        assertTrue(g.isIsomorphicWith(back), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownFormatIsOneClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("xml"));
        assertEquals("unknown format 'xml' (ttl, trig, nq, jsonld, csv)", e.getMessage());
        assertEquals(ExportFormat.TRIG, ExportFormat.parse("TriG"));
    }

    @Test
    void exportCommandWritesFilesAndReportsMistakesInOneLine() throws Exception {
        Path db = ExportFixture.copyDb();
        Path out = Settings.fromEnvironment().home().resolve("target/export-cmd.trig");
        ExportFixture.Run r = ExportFixture.ckg("export", "--format", "trig", "--db", db.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().matches("export: \\d+ quads written to .*export-cmd.trig\\R"), r.err());
        org.apache.jena.query.Dataset back = RDFDataMgr.loadDataset(out.toString());
        assertTrue(back.containsNamedModel(Vocab.ONTOLOGY_GRAPH));

        r = ExportFixture.ckg("export", "--format", "xml", "--db", db.toString());
        assertEquals(2, r.status());
        assertEquals("ckg export: unknown format 'xml' (ttl, trig, nq, jsonld, csv)", r.err().strip());
        Path missing = Settings.fromEnvironment().home().resolve("target/no-such-db");
        r = ExportFixture.ckg("export", "--format", "nq", "--db", missing.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("ckg export: no database in "), r.err());
        assertFalse(Files.exists(missing), "a missing database is not created");
        r = ExportFixture.ckg("export", "--format", "csv", "--graph", "ontology", "--db", db.toString());
        assertEquals(2, r.status());
        assertEquals("ckg export: --graph applies to ttl, trig, nq and jsonld, not to csv", r.err().strip());
    }
}
