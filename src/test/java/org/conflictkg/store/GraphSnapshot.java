package org.conflictkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.CKG;
import org.conflictkg.rdf.Vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** In-memory copies of a database's named graphs, compared graph by graph, and checks of article graphs. */
final class GraphSnapshot {

    private GraphSnapshot() {
    }

    /** Every named graph of the store, copied into memory, by graph IRI. */
    static Map<String, Graph> of(GraphStore store) {
        Map<String, Graph> out = new TreeMap<>();
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEachRemaining(copy::add);
            out.put(g.getURI(), copy);
        }));
        return out;
    }

    /** Same graph names, and each named graph isomorphic to its counterpart. */
    static void assertSameGraphs(Map<String, Graph> expected, Map<String, Graph> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": graph names");
        for (String g : expected.keySet()) {
            assertTrue(expected.get(g).isIsomorphicWith(actual.get(g)), what + ": graph " + g + " differs ("
                    + expected.get(g).size() + " vs " + actual.get(g).size() + " triples)");
        }
    }

    /**
     * A whole article: one Article node named after the graph, its sentences linked both ways and
     * in order, and every piece of evidence pointing to that article and to one of its sentences,
     * with offsets inside the article's text. Returns the number of sentences.
     */
    static int assertWholeArticle(String graphIri, Graph graph) {
        Model m = ModelFactory.createModelForGraph(graph);
        List<Resource> articles = m.listSubjectsWithProperty(RDF.type, CKG.Article).toList();
        assertEquals(1, articles.size(), graphIri + ": Article nodes");
        Resource art = articles.get(0);
        String id = art.getProperty(CKG.articleId).getString();
        assertTrue(graphIri.endsWith("/" + id), graphIri + " holds article " + id);
        List<Resource> sentences = m.listSubjectsWithProperty(RDF.type, CKG.Sentence).toList();
        assertTrue(!sentences.isEmpty(), graphIri + ": no sentences");
        assertEquals(sentences.size(), art.listProperties(CKG.sentence).toList().size(), graphIri + ": sentence links");
        int maxEnd = 0;
        List<Integer> indexes = new ArrayList<>();
        for (Resource s : sentences) {
            assertTrue(m.contains(art, CKG.sentence, s), graphIri + ": article does not list " + s);
            assertTrue(s.hasProperty(CKG.inArticle, art), graphIri + ": " + s + " not in the article");
            indexes.add(s.getProperty(CKG.sentenceIndex).getInt());
            maxEnd = Math.max(maxEnd, s.getProperty(Vocab.nifEndIndex).getInt());
        }
        indexes.sort(null);
        for (int i = 0; i < indexes.size(); i++) {
            assertEquals(i, indexes.get(i), graphIri + ": sentence indexes 0..n-1");
        }
        for (Resource ev : m.listSubjectsWithProperty(RDF.type, CKG.Evidence).toList()) {
            assertTrue(ev.hasProperty(CKG.inArticle, art), graphIri + ": evidence " + ev + " of another article");
            Resource s = ev.getPropertyResourceValue(CKG.inSentence);
            if (s == null || !m.contains(s, RDF.type, CKG.Sentence)) {
                fail(graphIri + ": evidence " + ev + " points to a missing sentence " + s);
            }
            int b = ev.getProperty(Vocab.nifBeginIndex).getInt();
            int e = ev.getProperty(Vocab.nifEndIndex).getInt();
            assertTrue(0 <= b && b <= e && e <= maxEnd, graphIri + ": evidence offsets " + b + ".." + e);
        }
        for (Statement st : m.listStatements(null, CKG.evidence, (RDFNode) null).toList()) {
            assertTrue(st.getObject().isResource() && m.contains(st.getResource(), RDF.type, CKG.Evidence),
                    graphIri + ": " + st.getSubject() + " cites evidence that is not there");
        }
        return sentences.size();
    }

    /** Every actor and place an article graph names (gives a mention text) has a label in the entities graph. */
    static void assertNamedAreDescribed(Map<String, Graph> graphs, String what) {
        Graph described = graphs.get(Vocab.ENTITIES_GRAPH);
        for (Map.Entry<String, Graph> e : graphs.entrySet()) {
            if (!isArticleGraph(e.getKey())) {
                continue;
            }
            e.getValue().find(Node.ANY, CKG.mentionText.asNode(), Node.ANY).forEachRemaining(t -> assertTrue(
                    described != null && described.contains(t.getSubject(), RDFS.label.asNode(), Node.ANY),
                    what + ": " + t.getSubject() + ", named in " + e.getKey() + ", has no description"));
        }
    }

    static boolean isArticleGraph(String iri) {
        return GraphStore.isArticleGraph(org.apache.jena.graph.NodeFactory.createURI(iri));
    }

}
