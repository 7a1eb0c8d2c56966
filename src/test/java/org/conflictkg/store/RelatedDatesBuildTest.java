package org.conflictkg.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.conflictkg.TestGraph;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The build dates the seed articles that name no year from the other seeds that report the same events. */
class RelatedDatesBuildTest {

    @Test
    void theUndatedSeedsTakeTheDaysOfTheirRelatedArticles() {
        GraphStore store = TestGraph.store();
        Map<String, String> dates = new TreeMap<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                    PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                    SELECT ?name ?date ?how WHERE { GRAPH ?g { ?a a ckg:Article ; ckg:sourceName ?name ;
                        ckg:publicationDateSource ?how . OPTIONAL { ?a ckg:publicationDate ?date } } }""").build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> dates.put(s.getLiteral("name").getString().substring(0, 3),
                        (s.contains("date") ? s.getLiteral("date").getLexicalForm() : "-") + " " + s.getLiteral("how").getString()));
            }
        });
        assertEquals("2016-09-22 DATE_LINE", dates.get("000"));
        assertEquals("2016-09-23 RELATED", dates.get("001"));
        assertEquals("2016-09-24 RELATED", dates.get("002"));
        assertEquals(2, TestGraph.report().datedByRelated);
    }
}
