package org.conflictkg.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.conflictkg.Settings;
import org.conflictkg.TestGraph;
import org.conflictkg.query.SavedQuery;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The faster ORDER BY gives the rows in exactly the engine's own order. */
class KeyedSortExecutorTest {
    private static final String PREFIXES = """
            PREFIX ckg:  <https://w3id.org/conflict-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /** Orderings the saved queries do not use: descending, unbound, mixed types, expressions. */
    private static final List<String> ORDERINGS = List.of(
            "SELECT ?e ?d ?l WHERE { ?e a ?c ; rdfs:label ?l . OPTIONAL { ?e ckg:eventDate ?d } } ORDER BY DESC(?d) ?l",
            "SELECT ?e ?d WHERE { ?e rdfs:label ?l . OPTIONAL { ?e ckg:eventDate ?d } } ORDER BY ?unbound",
            "SELECT ?s ?o WHERE { ?s ckg:confidence|ckg:eventDate|rdfs:label ?o } ORDER BY DESC(?o)",
            "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY DESC(STRLEN(?l)) LCASE(?l)",
            "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY (?unbound + 1) DESC(?s)");

    @Test
    void ordersEverySavedQueryAndOtherOrderingsExactlyAsTheEngineDoes() throws Exception {
        GraphStore store = TestGraph.store();
        assertSame(KeyedSortExecutor.FACTORY, QC.getFactory(store.dataset().getContext()),
                "the store's queries run with the keyed sort");
        List<String> queries = new ArrayList<>();
        for (SavedQuery q : SavedQuery.all(Settings.fromEnvironment().queries())) {
            if (!q.needsNetwork() && QueryFactory.create(q.text()).hasOrderBy()) {
                queries.add(q.text());
            }
        }
        assertTrue(queries.size() >= 10, "saved queries with ORDER BY: " + queries.size());
        ORDERINGS.forEach(o -> queries.add(PREFIXES + o));
        int checked = 0;
        for (String text : queries) {
            Query query = QueryFactory.create(text);
            AtomicInteger sorts = new AtomicInteger();
            OpExecutorFactory counting = cxt -> new KeyedSortExecutor(cxt) {
                @Override
                protected org.apache.jena.sparql.engine.QueryIterator execute(
                        org.apache.jena.sparql.algebra.op.OpOrder op, org.apache.jena.sparql.engine.QueryIterator in) {
                    sorts.incrementAndGet();
                    return super.execute(op, in);
                }
            };
            List<List<String>> keyed = rows(store, query, counting);
            List<List<String>> engine = rows(store, query, OpExecutorTDB2.OpExecFactoryTDB);
            assertTrue(sorts.get() > 0, "the keyed sort ran for\n" + text);
            assertEquals(engine, keyed, "rows in another order than the engine's for\n" + text);
            if (keyed.size() > 1) {
                checked++;
            }
        }
        assertTrue(checked >= 10, "queries with more than one row: " + checked);
    }

    @Test
    void aKeyedSortOfUnorderedRowsChangesTheirOrder() {
        // guards the comparison above: the test graph's rows do not come out of the store already in order
        GraphStore store = TestGraph.store();
        Query plain = QueryFactory.create(PREFIXES + "SELECT ?s ?l WHERE { ?s rdfs:label ?l }");
        Query ordered = QueryFactory.create(PREFIXES + "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY DESC(?l)");
        assertNotEquals(rows(store, plain, KeyedSortExecutor.FACTORY), rows(store, ordered, KeyedSortExecutor.FACTORY));
    }

    private static List<List<String>> rows(GraphStore store, Query query, OpExecutorFactory factory) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query)
                    .set(ARQConstants.sysOpExecutorFactory, factory).build()) {
                ResultSet rs = qe.execSelect();
                List<List<String>> out = new ArrayList<>();
                while (rs.hasNext()) {
                    var b = rs.nextBinding();
                    List<String> row = new ArrayList<>();
                    for (var v : rs.getResultVars()) {
                        var n = b.get(org.apache.jena.sparql.core.Var.alloc(v));
                        row.add(n == null ? "-" : n.toString());
                    }
                    out.add(row);
                }
                return out;
            }
        });
    }
}
