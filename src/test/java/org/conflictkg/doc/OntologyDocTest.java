package org.conflictkg.doc;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.Settings;
import org.conflictkg.TestGraph;
import org.conflictkg.rdf.CKG;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * docs/ontology.md says what the ontology says: all but its example triples (which come from the
     * graph built from data/ and change with the extraction) is what ./ckg ontology-doc writes now.
     */
    @Test
    void theCommittedPageIsCurrentWithTheOntology() throws IOException {
        Settings settings = Settings.fromEnvironment();
        String expected = new OntologyDoc(settings.ontology().resolve("conflict.ttl")).markdown(null);
        String committed = Files.readString(settings.home().resolve("docs/ontology.md"));
        int examples = committed.indexOf("\n## Example triples");
        assertTrue(examples > 0, "docs/ontology.md has no example triples: run ./ckg build, then ./ckg ontology-doc");
        assertEquals(expected, committed.substring(0, examples),
                "docs/ontology.md does not match ontology/conflict.ttl: run ./ckg ontology-doc");
    }
}
