package org.conflictkg.export;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.rdf.CKG;
import org.conflictkg.store.GraphStore;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers a researcher checks first, counted with SPARQL over the default (union) graph in
 * one read transaction.
 *
 * @param articles           resources of type {@code ckg:Article}
 * @param quads              quads in the database (every named graph, the ontology's included)
 * @param eventsByType       events per event class (the class's local name), largest first
 * @param eventsByMonth      events per month of {@code ckg:eventDate} (YYYY-MM, "undated" last)
 * @param entitiesByType     actors and places per type; a state counts as State only, not as Place
 * @param actors             link coverage of the named actors (persons, organisations, states, armed groups)
 * @param places             link coverage of the places that are not states
 * @param ceasefiresByStatus ceasefires per {@code ckg:status} ("none" when it has none)
 * @param resolution         how many names, per-article entities and event reports became how many resources
 */
public record Stats(long articles, long quads, Map<String, Long> eventsByType, Map<String, Long> eventsByMonth,
                    Map<String, Long> entitiesByType, Coverage actors, Coverage places,
                    Map<String, Long> ceasefiresByStatus, Resolution resolution) {

    /**
     * What resolution made of the articles' names and reports.
     *
     * @param names              distinct surface forms per article ({@code ckg:mentionText} in an article's graph)
     * @param perArticleEntities actors and places counted once per article graph that names them
     * @param resources          actors and places across the whole graph
     * @param actorResources     of those, the actors (a state is an actor and a place; a country that only
     *                           contains a named place is not counted)
     * @param placeResources     of those, the places
     * @param eventReports       event resources, one per article that reports an event
     * @param events             events counted once: the reports of one incident together, the others one each
     */
    public record Resolution(long names, long perArticleEntities, long resources, long actorResources,
                             long placeResources, long eventReports, long events) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d names in articles -> %d actors and places per article "
                            + "-> %d resources (%d actors, %d places); %d event reports -> %d events",
                    names, perArticleEntities, resources, actorResources, placeResources, eventReports, events);
        }
    }

    /** How many of some resources have a Wikidata item. */
    public record Coverage(long linked, long total) {
        public double share() {
            return total == 0 ? 0 : (double) linked / total;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d of %d linked to Wikidata (%.1f%%)", linked, total,
                    100 * share());
        }
    }

    private static final String PREFIXES = """
            PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    public static Stats compute(GraphStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            long articles = count(ds, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a ckg:Article }");
            long quads = 0;
            for (Iterator<?> it = store.datasetGraph().find(); it.hasNext(); it.next()) {
                quads++;
            }
            Map<String, Long> byType = groups(ds, """
                    SELECT ?k (COUNT(DISTINCT ?e) AS ?n) {
                      ?e a ckg:Event ; a ?c . FILTER(?c != ckg:Event)
                      BIND(STRAFTER(STR(?c), STR(ckg:)) AS ?k0)
                      BIND(IF(?k0 = "", STR(?c), ?k0) AS ?k)
                    } GROUP BY ?k ORDER BY DESC(?n) ?k""");
            Map<String, Long> byMonth = groups(ds, """
                    SELECT ?k (COUNT(?e) AS ?n) {
                      { SELECT ?e (MIN(STR(?d)) AS ?first) {
                          ?e a ckg:Event . OPTIONAL { ?e ckg:eventDate ?d }
                        } GROUP BY ?e }
                      BIND(COALESCE(SUBSTR(?first, 1, 7), "undated") AS ?k)
                    } GROUP BY ?k ORDER BY ?k""");
            Map<String, Long> entities = groups(ds, """
                    SELECT ?k (COUNT(DISTINCT ?x) AS ?n) {
                      VALUES ?c { ckg:Person ckg:Organization ckg:State ckg:ArmedGroup ckg:GenericActor ckg:Place }
                      ?x a ?c .
                      FILTER(?c != ckg:Place || NOT EXISTS { ?x a ckg:State })
                      BIND(STRAFTER(STR(?c), STR(ckg:)) AS ?k)
                    } GROUP BY ?k ORDER BY ?k""");
            Coverage actors = coverage(ds, "VALUES ?c { ckg:Person ckg:Organization ckg:State ckg:ArmedGroup } ?x a ?c .");
            Coverage places = coverage(ds, "?x a ckg:Place . FILTER NOT EXISTS { ?x a ckg:State }");
            Map<String, Long> ceasefires = groups(ds, """
                    SELECT ?k (COUNT(DISTINCT ?c) AS ?n) {
                      ?c a ckg:Ceasefire .
                      OPTIONAL { ?c ckg:status ?s }
                      BIND(COALESCE(STRAFTER(STR(?s), STR(ckg:)), "none") AS ?k)
                    } GROUP BY ?k ORDER BY DESC(?n) ?k""");
            return new Stats(articles, quads, byType, byMonth, entities, actors, places, ceasefires, resolution(ds, store.datasetGraph()));
        });
    }

    private static final List<Node> ACTOR_CLASSES = List.of(CKG.Person.asNode(),
            CKG.Organization.asNode(), CKG.State.asNode(), CKG.ArmedGroup.asNode(), CKG.GenericActor.asNode());

    /** One pass over the mention texts of the article graphs, then the types of the resources they name. */
    private static Resolution resolution(Dataset ds, DatasetGraph dsg) {
        Set<List<Node>> names = new HashSet<>();
        Set<List<Node>> perArticle = new HashSet<>();
        Set<Node> resources = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, CKG.mentionText.asNode(), Node.ANY).forEachRemaining(q -> {
            names.add(List.of(q.getGraph(), q.getObject()));
            perArticle.add(List.of(q.getGraph(), q.getSubject()));
            resources.add(q.getSubject());
        });
        long actors = 0;
        long places = 0;
        for (Node x : resources) {
            actors += ACTOR_CLASSES.stream().anyMatch(c -> dsg.contains(Node.ANY, x, RDF.Nodes.type, c)) ? 1 : 0;
            places += dsg.contains(Node.ANY, x, RDF.Nodes.type, CKG.Place.asNode()) ? 1 : 0;
        }
        long reports = count(ds, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ckg:Event }");
        long events = count(ds, "SELECT (COUNT(DISTINCT ?u) AS ?n) { ?e a ckg:Event . "
                + "OPTIONAL { ?e ckg:incident ?i } BIND(COALESCE(?i, ?e) AS ?u) }");
        return new Resolution(names.size(), perArticle.size(), resources.size(), actors, places, reports, events);
    }

    private static Coverage coverage(Dataset ds, String pattern) {
        long total = count(ds, "SELECT (COUNT(DISTINCT ?x) AS ?n) { " + pattern + " }");
        long linked = count(ds, "SELECT (COUNT(DISTINCT ?x) AS ?n) { " + pattern + " ?x ckg:wikidata ?item }");
        return new Coverage(linked, total);
    }

    private static long count(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static Map<String, Long> groups(Dataset ds, String query) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                RDFNode k = s.get("k");
                if (k != null) {
                    out.put(k.asLiteral().getLexicalForm(), s.getLiteral("n").getLong());
                }
            });
        }
        return out;
    }

    /** The report as text, one topic a line. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("articles: ").append(articles).append('\n');
        b.append("quads: ").append(quads).append('\n');
        b.append("events: ").append(totalEvents()).append('\n');
        b.append("events by type: ").append(join(eventsByType)).append('\n');
        b.append("events by month: ").append(join(eventsByMonth)).append('\n');
        b.append("entities by type: ").append(join(entitiesByType)).append('\n');
        b.append("link coverage: actors ").append(actors).append("; places ").append(places).append('\n');
        b.append("ceasefires by status: ").append(join(ceasefiresByStatus)).append('\n');
        b.append("resolution: ").append(resolution).append('\n');
        return b.toString();
    }

    /** Events counted once each (the month table counts each event once, by its earliest date). */
    public long totalEvents() {
        return eventsByMonth.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String join(Map<String, Long> m) {
        if (m.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return b.toString();
    }
}
