package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.conflictkg.Settings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ontology's links to Wikidata: SKOS mappings from its own classes to Wikidata items and from
 * its own properties to Wikidata's direct-claim properties, each one listed in data/README.md with
 * the file and line of the project that uses its item or property.
 */
class WikidataAlignmentTest {
    private static final String WIKIDATA = "http://www.wikidata.org/";
    private static final Pattern ITEM = Pattern.compile("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*");
    private static final Pattern PROPERTY = Pattern.compile("http://www\\.wikidata\\.org/prop/direct/P[1-9][0-9]*");
    private static final Map<Property, String> MATCHES = Map.of(SKOS.exactMatch, "exact", SKOS.closeMatch, "close",
            SKOS.broadMatch, "broader", SKOS.narrowMatch, "narrower");
    /** A row of the table in data/README.md: term, match, Wikidata, what it is, used at, why. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| `ckg:([\\w-]+)` \\| (\\w+) \\| `(wdt?):([PQ]\\d+)` \\| [^|]+ \\| `([^`:]+):(\\d+)` \\| [^|]+ \\|$");

    private final Path home = Settings.fromEnvironment().home();
    private final Model onto = RDFDataMgr.loadModel(
            Settings.fromEnvironment().ontology().resolve("conflict.ttl").toString());

    private record Row(String term, String match, String target, Path file, int line) {
        String key() {
            return "ckg:" + term + " " + match + " " + target;
        }
    }

    private List<Statement> toWikidata() {
        List<Statement> out = new ArrayList<>();
        onto.listStatements().forEachRemaining(s -> {
            if (s.getObject().isURIResource() && s.getObject().asResource().getURI().startsWith(WIKIDATA)) {
                out.add(s);
            }
        });
        return out;
    }

    private static String shortForm(Resource r) {
        return r.getURI().replace(WIKIDATA + "entity/", "wd:").replace(WIKIDATA + "prop/direct/", "wdt:");
    }

    private List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(home.resolve("data/README.md"))) {
            if (line.startsWith("| `ckg:")) {
                Matcher m = ROW.matcher(line);
                assertTrue(m.matches(), "data/README.md: a row of the Wikidata table is not of its form: " + line);
                rows.add(new Row(m.group(1), m.group(2), m.group(3) + ":" + m.group(4),
                        home.resolve(m.group(5)), Integer.parseInt(m.group(6))));
            }
        }
        return rows;
    }

    @Test
    void everyLinkIsASkosMappingFromADeclaredTermToAWikidataItemOrProperty() {
        List<Statement> links = toWikidata();
        assertFalse(links.isEmpty(), "the ontology has no link to Wikidata");
        for (Statement s : links) {
            Resource term = s.getSubject();
            String target = s.getObject().asResource().getURI();
            assertTrue(term.isURIResource() && term.getURI().startsWith(CKG.NS), s + ": not from a term of the ontology");
            assertTrue(MATCHES.containsKey(s.getPredicate()),
                    s + ": links to Wikidata are SKOS mappings (exact, close, broad or narrow match), not "
                            + s.getPredicate());
            if (term.hasProperty(RDF.type, OWL.Class)) {
                assertTrue(ITEM.matcher(target).matches(), s + ": a class maps to a Wikidata item, wd:Q<digits>");
            } else if (term.hasProperty(RDF.type, OWL.ObjectProperty) || term.hasProperty(RDF.type, OWL.DatatypeProperty)) {
                assertTrue(PROPERTY.matcher(target).matches(), s + ": a property maps to a Wikidata property, wdt:P<digits>");
            } else {
                throw new AssertionError(s + ": " + term + " is not a class or property declared in the ontology");
            }
        }
        onto.listSubjects().forEachRemaining(r -> assertFalse(r.isURIResource() && r.getURI().startsWith(WIKIDATA),
                "the ontology describes Wikidata's " + r + "; it only links to it"));
    }

    @Test
    void theOntologyAndItsEvidenceTableAgree() throws IOException {
        Set<String> inOntology = new TreeSet<>();
        for (Statement s : toWikidata()) {
            inOntology.add("ckg:" + s.getSubject().getLocalName() + " " + MATCHES.get(s.getPredicate()) + " "
                    + shortForm(s.getObject().asResource()));
        }
        Set<String> inTable = new TreeSet<>();
        table().forEach(r -> inTable.add(r.key()));
        assertEquals(inTable, inOntology, "the links in ontology/conflict.ttl and the table in data/README.md");
        for (Resource c : List.of(CKG.Person, CKG.State, CKG.ArmedGroup, CKG.Organization, CKG.Place)) {
            assertTrue(MATCHES.keySet().stream().anyMatch(p -> c.inModel(onto).listProperties(p).toList().stream()
                    .anyMatch(s -> s.getObject().isURIResource()
                            && s.getObject().asResource().getURI().startsWith(WIKIDATA))),
                    "ckg:" + c.getLocalName() + " has lost its link to Wikidata");
        }
    }

    @Test
    void eachItemAndPropertyIsUsedWhereTheTableSays() throws IOException {
        List<Row> rows = table();
        assertFalse(rows.isEmpty(), "data/README.md has no Wikidata table");
        for (Row r : rows) {
            assertTrue(Files.isRegularFile(r.file()), r.key() + ": no file " + home.relativize(r.file()));
            List<String> lines = Files.readAllLines(r.file());
            String id = r.target().substring(r.target().indexOf(':') + 1);
            Pattern word = Pattern.compile("(?<![A-Za-z0-9])" + id + "(?![0-9])");
            assertTrue(r.line() >= 1 && r.line() <= lines.size() && word.matcher(lines.get(r.line() - 1)).find(),
                    r.key() + ": line " + r.line() + " of " + home.relativize(r.file()) + " does not name " + id);
        }
    }
}
