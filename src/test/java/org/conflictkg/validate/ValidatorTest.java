package org.conflictkg.validate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.conflictkg.Settings;
import org.conflictkg.TestGraph;
import org.conflictkg.cli.ValidateCommand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidatorTest {
    private final Validator validator = new Validator(Settings.fromEnvironment().ontology().resolve("shapes.ttl"));

    private static Model turtle(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                """ + ttl, Lang.TURTLE).parse(m);
        return m;
    }

    @Test
    void anEventWithoutEvidenceOrArticleIsReported() {
        List<String> v = validator.violations(turtle("""
                <http://example.org/t/e> a ckg:Event, ckg:AirStrike ; ckg:trigger "pounded" ; ckg:confidence 0.5 ;
                    ckg:extractorVersion "x" ; ckg:datePrecision "day" .
                """).getGraph());
        assertTrue(v.stream().anyMatch(s -> s.contains("evidence")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("reportedIn")), v.toString());
    }

    @Test
    void badOffsetsLinksAndConfidenceAreReported() {
        List<String> v = validator.violations(turtle("""
                <http://example.org/t/a> a ckg:Article ; ckg:articleId "0123456789abcdef" ; ckg:sourceName "a.txt" ;
                    ckg:publicationDateSource "DATE_LINE" ; ckg:sentence <http://example.org/t/s> .
                <http://example.org/t/s> a ckg:Sentence ; nif:anchorOf "x" ; nif:beginIndex "9"^^xsd:nonNegativeInteger ;
                    nif:endIndex "3"^^xsd:nonNegativeInteger ; ckg:sentenceIndex 0 ; ckg:inArticle <http://example.org/t/a> .
                <http://example.org/t/p> a ckg:Place ; rdfs:label "Aleppo" ; ckg:wikidata <http://example.org/Q1> .
                <http://example.org/t/e> a ckg:Event ; ckg:trigger "t" ; ckg:confidence 1.5 ; ckg:extractorVersion "x" ;
                    ckg:datePrecision "sometime" ; ckg:reportedIn <http://example.org/t/a> ; ckg:evidence <http://example.org/t/ev> .
                <http://example.org/t/ev> a ckg:Evidence ; nif:anchorOf "t" ; nif:beginIndex "1"^^xsd:nonNegativeInteger ;
                    nif:endIndex "2"^^xsd:nonNegativeInteger ; ckg:inArticle <http://example.org/t/a> ; ckg:inSentence <http://example.org/t/s> ;
                    ckg:extractorVersion "x" .
                """).getGraph());
        assertTrue(v.stream().anyMatch(s -> s.contains("beginIndex")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("wikidata")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("confidence")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("datePrecision")), v.toString());
        assertEquals(4, v.size(), v.toString());
    }

    @Test
    void theGraphBuiltFromDataConforms() {
        assertEquals(List.of(), ValidateCommand.violations(TestGraph.store(), validator));
    }
}
