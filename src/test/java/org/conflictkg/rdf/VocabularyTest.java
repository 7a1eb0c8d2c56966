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

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every ontology term the project uses is declared in ontology/conflict.ttl, with a label and a
 * comment. Code that names a term through {@link CKG} does not compile when the ontology lacks it
 * (the class is generated from the ontology); these tests cover the terms named any other way.
 */
class VocabularyTest {
    private final Path home = Settings.fromEnvironment().home();
    private final Model onto = RDFDataMgr.loadModel(
            Settings.fromEnvironment().ontology().resolve("conflict.ttl").toString());

    private void declared(Resource r, List<String> missing) {
        if (!onto.contains(r, RDF.type)) {
            missing.add(r.getURI() + " is not declared");
        } else if (!onto.contains(r, RDFS.label) || !onto.contains(r, RDFS.comment)) {
            missing.add(r.getURI() + " has no label or comment");
        }
    }

    private static List<Resource> resourceConstants(Class<?> c) throws IllegalAccessException {
        List<Resource> out = new ArrayList<>();
        for (Field f : c.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                out.add((Resource) f.get(null));
            }
        }
        return out;
    }

    @Test
    void theGeneratedClassHoldsTheOntologysTerms() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        List<Resource> terms = resourceConstants(CKG.class);
        for (Resource r : terms) {
            if (!r.equals(CKG.NAMESPACE)) {
                declared(r, missing);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(terms.contains(CKG.Event) && terms.contains(CKG.eventDate) && terms.contains(CKG.acledSubEventType)
                && terms.contains(CKG.Killed), "classes, properties, annotation properties and individuals are generated");
    }

    @Test
    void theHandWrittenClassTypesNoOntologyTerm() throws IllegalAccessException {
        for (Resource r : resourceConstants(Vocab.class)) {
            assertTrue(!r.getURI().startsWith(CKG.NS), r + " belongs in the ontology and so in the generated CKG");
        }
    }

    @Test
    void everyExtractionTypeHasItsTerm() {
        List<String> missing = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            declared(Vocab.entityClass(t), missing);
        }
        for (EventType t : EventType.values()) {
            Resource c = Vocab.eventClass(t);
            declared(c, missing);
            assertTrue(onto.contains(c, RDFS.subClassOf, CKG.Event), c + " is not an event class");
        }
        for (CeasefireStatus s : CeasefireStatus.values()) {
            declared(Vocab.status(s), missing);
        }
        for (CasualtyReport.Kind k : CasualtyReport.Kind.values()) {
            declared(Vocab.kind(k), missing);
        }
        assertEquals(List.of(), missing);
    }

    /** {@code ckg:name} in SPARQL text, in the saved queries, the shapes and the researcher's page. */
    @Test
    void everyTermWrittenAsTextIsDeclared() throws IOException {
        Pattern term = Pattern.compile("\\bckg:([A-Za-z][\\w-]*)");
        TreeSet<String> missing = new TreeSet<>();
        int seen = 0;
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src/main", "queries")) {
            try (Stream<Path> s = Files.walk(home.resolve(dir))) {
                s.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(java|rq|js|html)$"))
                        .forEach(files::add);
            }
        }
        files.add(home.resolve("ontology/shapes.ttl"));
        for (Path f : files) {
            Matcher m = term.matcher(Files.readString(f));
            while (m.find()) {
                seen++;
                Resource r = onto.createResource(CKG.NS + m.group(1));
                if (!onto.contains(r, RDF.type)) {
                    missing.add("ckg:" + m.group(1) + " in " + home.relativize(f));
                }
            }
        }
        assertTrue(seen > 100, "found only " + seen + " ckg: names; are the files where this test looks?");
        assertEquals(List.of(), List.copyOf(missing));
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
        assertTrue(onto.contains(onto.createResource(Vocab.ONTOLOGY), RDF.type, OWL.Ontology));
    }
}
