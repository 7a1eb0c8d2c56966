package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.Settings;
import org.conflictkg.extract.CasualtyReport;
import org.conflictkg.extract.CeasefireStatus;
import org.conflictkg.extract.EntityType;
import org.conflictkg.extract.EventType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every ontology term the code uses is declared in ontology/conflict.ttl, with a label and a comment. */
class VocabularyTest {
    private final Model onto = RDFDataMgr.loadModel(
            Settings.fromEnvironment().ontology().resolve("conflict.ttl").toString());

    private void declared(Resource r, List<String> missing) {
        if (!onto.contains(r, RDF.type)) {
            missing.add(r.getURI() + " is not declared");
        } else if (!onto.contains(r, RDFS.label) || !onto.contains(r, RDFS.comment)) {
            missing.add(r.getURI() + " has no label or comment");
        }
    }

    @Test
    void everyTermInCkgIsDeclared() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field f : CKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                if (r.getURI().startsWith(CKG.NS)) {
                    declared(r, missing);
                }
            }
        }
        for (EntityType t : EntityType.values()) {
            declared(CKG.entityClass(t), missing);
        }
        for (EventType t : EventType.values()) {
            Resource c = CKG.eventClass(t);
            declared(c, missing);
            assertTrue(onto.contains(c, RDFS.subClassOf, CKG.Event), c + " is not an event class");
        }
        for (CeasefireStatus s : CeasefireStatus.values()) {
            declared(CKG.status(s), missing);
        }
        for (CasualtyReport.Kind k : CasualtyReport.Kind.values()) {
            declared(CKG.kind(k), missing);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyOwnTermHasALabelAndAComment() {
        List<String> missing = new ArrayList<>();
        onto.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(CKG.NS)
                    && (!onto.contains(s, RDFS.label) || !onto.contains(s, RDFS.comment))) {
                missing.add(s.getURI());
            }
        });
        assertEquals(List.of(), missing);
        assertTrue(onto.contains(onto.createResource(CKG.ONTOLOGY), RDF.type, OWL.Ontology));
    }
}
