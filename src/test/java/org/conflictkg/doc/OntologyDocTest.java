package org.conflictkg.doc;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.Settings;
import org.conflictkg.TestGraph;
import org.conflictkg.rdf.CKG;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyDocTest {
    @Test
    void everyClassAndPropertyIsDocumentedWithExamplesFromTheGraph() {
        Path ttl = Settings.fromEnvironment().ontology().resolve("conflict.ttl");
        String md = new OntologyDoc(ttl).markdown(TestGraph.store().dataset());
        Model onto = RDFDataMgr.loadModel(ttl.toString());
        for (var type : new org.apache.jena.rdf.model.Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            onto.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(CKG.NS)) {
                    assertTrue(md.contains("| `ckg:" + r.getLocalName() + "` |"), r.getLocalName() + " is not documented");
                }
            });
        }
        assertTrue(md.contains("```mermaid\nclassDiagram\n  Event <|-- AirStrike"), "no diagram");
        assertTrue(md.contains("A `ckg:AirStrike`:"), "no example air strike");
        assertTrue(md.contains("ckg:evidence  id:article/"), "examples do not show evidence links");
    }
}
