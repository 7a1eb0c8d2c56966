package org.conflictkg.export;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.rdf.CKG;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stats against counts made another way: walking the graph with the Graph API. */
class StatsTest {

    private static Node ckg(String local) {
        return NodeFactory.createURI(CKG.NS + local);
    }

    private static Set<Node> ofType(Graph g, Node type) {
        return g.find(Node.ANY, RDF.Nodes.type, type).mapWith(Triple::getSubject).toSet();
    }

    @Test
    void numbersEqualCountsOfTheGraph() {
        Stats s = Stats.compute(ExportFixture.store());
        Graph g = ExportFixture.unionGraph();

        assertEquals(5, s.articles(), "five seed articles");
        assertEquals(ofType(g, CKG.Article.asNode()).size(), s.articles());
        long quads = Txn.calculateRead(ExportFixture.store().dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ExportFixture.store().dataset())
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(quads, s.quads());

        Set<Node> events = ofType(g, CKG.Event.asNode());
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> byMonth = new TreeMap<>();
        for (Node e : events) {
            for (Node c : g.find(e, RDF.Nodes.type, Node.ANY).mapWith(Triple::getObject).toList()) {
                if (!c.equals(CKG.Event.asNode())) {
                    byType.merge(c.getURI().substring(CKG.NS.length()), 1L, Long::sum);
                }
            }
            List<String> dates = g.find(e, CKG.eventDate.asNode(), Node.ANY)
                    .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
            String month = dates.stream().sorted().findFirst().map(d -> d.substring(0, 7)).orElse("undated");
            byMonth.merge(month, 1L, Long::sum);
        }
        assertEquals(byType, new TreeMap<>(s.eventsByType()));
        assertEquals(byMonth, new TreeMap<>(s.eventsByMonth()));
        assertEquals(events.size(), s.totalEvents());

        Map<String, Long> entities = new TreeMap<>();
        Set<Node> states = ofType(g, ckg("State"));
        for (String t : List.of("Person", "Organization", "State", "ArmedGroup", "GenericActor", "Place")) {
            Set<Node> xs = ofType(g, ckg(t));
            if (t.equals("Place")) {
                xs = xs.stream().filter(x -> !states.contains(x)).collect(Collectors.toSet());
            }
            if (!xs.isEmpty()) {
                entities.put(t, (long) xs.size());
            }
        }
        assertEquals(entities, new TreeMap<>(s.entitiesByType()));

        Set<Node> named = ofType(g, ckg("Person"));
        named.addAll(ofType(g, ckg("Organization")));
        named.addAll(states);
        named.addAll(ofType(g, ckg("ArmedGroup")));
        assertEquals(named.size(), s.actors().total());
        assertEquals(named.stream().filter(x -> g.contains(x, CKG.wikidata.asNode(), Node.ANY)).count(), s.actors().linked());
        Set<Node> places = ofType(g, CKG.Place.asNode()).stream().filter(x -> !states.contains(x)).collect(Collectors.toSet());
        assertEquals(places.size(), s.places().total());
        assertEquals(places.stream().filter(x -> g.contains(x, CKG.wikidata.asNode(), Node.ANY)).count(), s.places().linked());

        Map<String, Long> ceasefires = new TreeMap<>();
        for (Node c : ofType(g, CKG.Ceasefire.asNode())) {
            List<Node> st = g.find(c, CKG.status.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            if (st.isEmpty()) {
                ceasefires.merge("none", 1L, Long::sum);
            }
            for (Node x : st) {
                ceasefires.merge(x.getURI().substring(CKG.NS.length()), 1L, Long::sum);
            }
        }
        assertEquals(ceasefires, new TreeMap<>(s.ceasefiresByStatus()));
        assertTrue(s.totalEvents() > 10);
    }

    @Test
    void resolutionCountsEqualAWalkOverTheArticleGraphs() {
        Stats.Resolution r = Stats.compute(ExportFixture.store()).resolution();
        Graph union = ExportFixture.unionGraph();
        Set<String> names = new java.util.HashSet<>();
        Set<String> perArticle = new java.util.HashSet<>();
        Set<Node> resources = new java.util.HashSet<>();
        ExportFixture.namedGraphs(ExportFixture.store().datasetGraph()).forEach((g, graph) ->
                graph.find(Node.ANY, CKG.mentionText.asNode(), Node.ANY).forEachRemaining(t -> {
                    names.add(g + "|" + t.getObject().getLiteralLexicalForm());
                    perArticle.add(g + "|" + t.getSubject());
                    resources.add(t.getSubject());
                }));
        assertEquals(names.size(), r.names());
        assertEquals(perArticle.size(), r.perArticleEntities());
        assertEquals(resources.size(), r.resources());
        Set<Node> actors = new java.util.HashSet<>();
        for (String t : List.of("Person", "Organization", "State", "ArmedGroup", "GenericActor")) {
            actors.addAll(ofType(union, ckg(t)));
        }
        actors.retainAll(resources);
        Set<Node> places = ofType(union, CKG.Place.asNode());
        places.retainAll(resources);
        assertEquals(actors.size(), r.actorResources());
        assertEquals(places.size(), r.placeResources());

        Set<Node> reports = ofType(union, CKG.Event.asNode());
        Set<Node> events = new java.util.HashSet<>();
        for (Node e : reports) {
            List<Node> incident = union.find(e, CKG.incident.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            events.add(incident.isEmpty() ? e : incident.get(0));
        }
        assertEquals(reports.size(), r.eventReports());
        assertEquals(events.size(), r.events());
        // The seeds name the same actors and places in several articles, and two of them report
        // the 22 September strikes on Aleppo: resolution must merge something on both sides.
        assertTrue(r.names() > r.perArticleEntities() && r.perArticleEntities() > r.resources(), r.toString());
        assertTrue(r.eventReports() > r.events(), r.toString());
    }

    @Test
    void statsCommandPrintsTheNumbers() throws Exception {
        Stats s = Stats.compute(ExportFixture.store());
        ExportFixture.Run r = ExportFixture.ckg("stats", "--db", ExportFixture.copyDb().toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("articles: " + s.articles(), lines.get(0));
        assertEquals("quads: " + s.quads(), lines.get(1));
        assertEquals("events: " + s.totalEvents(), lines.get(2));
        assertTrue(lines.get(3).startsWith("events by type: "), lines.get(3));
        for (Map.Entry<String, Long> e : s.eventsByType().entrySet()) {
            assertTrue(lines.get(3).contains(e.getKey() + " " + e.getValue()), lines.get(3));
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("link coverage: actors \\d+ of \\d+ linked to Wikidata "
                + "\\(\\d+\\.\\d%\\); places \\d+ of \\d+ linked to Wikidata \\(\\d+\\.\\d%\\)")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ceasefires by status: ")), r.out());
        assertTrue(lines.contains("resolution: " + s.resolution()), r.out());

        r = ExportFixture.ckg("stats", "--json", "--db", ExportFixture.copyDb().toString());
        assertEquals(0, r.status(), r.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals(s.articles(), json.get("articles").asLong());
        assertEquals(s.actors().linked(), json.get("actors").get("linked").asLong());

        r = ExportFixture.ckg("stats", "--db", "target/no-such-db");
        assertEquals(2, r.status());
        assertEquals("ckg stats: no database in target/no-such-db (run: ./ckg build --db target/no-such-db)",
                r.err().strip());
    }
}
