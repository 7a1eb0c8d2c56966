package org.conflictkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.CKG;
import org.conflictkg.rdf.Vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links reports of the same real-world event across articles. Two events in different articles
 * are the same event when they have the same type and day and share a place or a named actor
 * (agent or target); linked reports form one {@code ckg:Incident} with every report attached, in
 * the graph {@code .../graph/incidents}, recomputed after each build.
 */
public final class EventMerger {
    public static final String GRAPH = Vocab.GRAPH + "incidents";

    // The arguments compared are the named actors and places (the entity space); unnamed actors
    // ("rebels", ckg:GenericActor) are named within their article and never join two reports.

    /** What a merge found. */
    public record Result(int events, int incidents, int mergedReports) {
    }

    private static final String EVENTS = """
            PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?event ?class ?date ?article ?arg WHERE {
              %s
              GRAPH ?g {
                ?event a ckg:Event ; ckg:eventDate ?date ; ckg:reportedIn ?article ; a ?class .
                FILTER(?class != ckg:Event)
                OPTIONAL {
                  { ?event ckg:place ?arg } UNION { ?event ckg:agent ?arg } UNION { ?event ckg:target ?arg }
                  FILTER(STRSTARTS(STR(?arg), "https://w3id.org/conflict-kg/id/entity/"))
                }
              }
            }
            """;

    /** The (type, day) buckets of the events in the given article graphs. */
    private static final String KEYS = """
            PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            SELECT DISTINCT ?class ?date WHERE {
              VALUES ?g { %s }
              GRAPH ?g { ?event a ?class ; ckg:eventDate ?date . FILTER(?class != ckg:Event) }
            }
            """;

    private EventMerger() {
    }

    private static final class Ev {
        final Node iri;
        final Node cls;
        final Node date;
        final Node article;
        final Set<Node> args = new HashSet<>();
        Ev parent = this;

        Ev(Node iri, Node cls, Node date, Node article) {
            this.iri = iri;
            this.cls = cls;
            this.date = date;
            this.article = article;
        }

        Ev root() {
            Ev r = this;
            while (r.parent != r) {
                r.parent = r.parent.parent;
                r = r.parent;
            }
            return r;
        }
    }

    /** Recomputes the incidents graph from all the article graphs. */
    public static Result run(GraphStore store) {
        return run(store, null);
    }

    /**
     * Recomputes the incidents of the (type, day) buckets that the given article graphs touch, or
     * of the whole graph when {@code changedGraphs} is null: adding a few articles costs work in
     * proportion to their events, not to the database.
     */
    public static Result run(GraphStore store, List<String> changedGraphs) {
        String restriction = "";
        if (changedGraphs != null) {
            if (changedGraphs.isEmpty()) {
                return new Result(0, 0, 0);
            }
            StringBuilder values = new StringBuilder();
            Txn.executeRead(store.dataset(), () -> {
                StringBuilder gs = new StringBuilder();
                changedGraphs.forEach(g -> gs.append('<').append(g).append("> "));
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query(KEYS.formatted(gs)).build()) {
                    qe.execSelect().forEachRemaining(s -> values.append("(<").append(s.getResource("class").getURI())
                            .append("> \"").append(s.getLiteral("date").getLexicalForm())
                            .append("\"^^<http://www.w3.org/2001/XMLSchema#date>) "));
                }
            });
            if (values.length() == 0) {
                return new Result(0, 0, 0);
            }
            restriction = "VALUES (?class ?date) { " + values + "}";
        }
        Query query = QueryFactory.create(EVENTS.formatted(restriction));
        boolean partial = changedGraphs != null;
        Map<Node, Ev> events = new LinkedHashMap<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Node iri = s.get("event").asNode();
                    Ev e = events.computeIfAbsent(iri, k -> new Ev(iri, s.get("class").asNode(),
                            s.get("date").asNode(), s.get("article").asNode()));
                    if (s.contains("arg")) {
                        e.args.add(s.get("arg").asNode());
                    }
                }
            }
        });
        // buckets of the same type and day; within each, reports from different articles sharing a place or actor
        Map<List<Node>, List<Ev>> buckets = new HashMap<>();
        for (Ev e : events.values()) {
            buckets.computeIfAbsent(List.of(e.cls, e.date), k -> new ArrayList<>()).add(e);
        }
        for (List<Ev> bucket : buckets.values()) {
            Map<Node, List<Ev>> byArg = new HashMap<>();
            for (Ev e : bucket) {
                for (Node a : e.args) {
                    byArg.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
                }
            }
            for (List<Ev> sharing : byArg.values()) {
                for (int i = 1; i < sharing.size(); i++) {
                    Ev a = sharing.get(0);
                    Ev b = sharing.get(i);
                    if (!a.article.equals(b.article)) {
                        a.root().parent = b.root();
                    }
                }
            }
        }
        Map<Ev, List<Ev>> clusters = new LinkedHashMap<>();
        for (Ev e : events.values()) {
            clusters.computeIfAbsent(e.root(), k -> new ArrayList<>()).add(e);
        }
        Node g = NodeFactory.createURI(GRAPH);
        int[] counts = new int[2];
        store.counted(() -> Txn.calculateWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.datasetGraph();
            Quads quads = new Quads(dsg, g);
            if (partial) {
                removeIncidents(quads, buckets.keySet());
            } else {
                quads.delta -= GraphStore.size(dsg, g);
                dsg.removeGraph(g);
            }
            for (List<Ev> c : clusters.values()) {
                Set<Node> articles = new HashSet<>();
                c.forEach(e -> articles.add(e.article));
                if (articles.size() < 2) {
                    continue;
                }
                counts[0]++;
                counts[1] += c.size();
                TreeSet<String> members = new TreeSet<>();
                c.forEach(e -> members.add(e.iri.getURI()));
                Node inc = NodeFactory.createURI(Vocab.ID + "incident/" + hash(String.join(" ", members)));
                Ev first = c.get(0);
                quads.add(inc, RDF.type.asNode(), CKG.Incident.asNode());
                quads.add(inc, CKG.eventClass.asNode(), first.cls);
                quads.add(inc, CKG.eventDate.asNode(), first.date);
                quads.add(inc, RDFS.label.asNode(), NodeFactory.createLiteralString(
                        first.cls.getLocalName() + " on " + first.date.getLiteralLexicalForm() + " ("
                                + articles.size() + " articles)"));
                for (Ev e : c) {
                    quads.add(inc, CKG.report.asNode(), e.iri);
                    quads.add(e.iri, CKG.incident.asNode(), inc);
                    for (Node a : e.args) {
                        quads.add(inc, CKG.involves.asNode(), a);
                    }
                }
                for (Node a : articles) {
                    quads.add(inc, CKG.reportedIn.asNode(), a);
                }
            }
            return quads.delta;
        }));
        return new Result(events.size(), counts[0], counts[1]);
    }

    /** Writes to the incidents graph, counting the quads added (a quad already there is not) and removed. */
    private static final class Quads {
        final DatasetGraph dsg;
        final Node g;
        long delta;

        Quads(DatasetGraph dsg, Node g) {
            this.dsg = dsg;
            this.g = g;
        }

        void add(Node s, Node p, Node o) {
            if (!dsg.contains(g, s, p, o)) {
                dsg.add(g, s, p, o);
                delta++;
            }
        }

        void deleteAny(Node s, Node p, Node o) {
            List<org.apache.jena.sparql.core.Quad> doomed = new ArrayList<>();
            dsg.find(g, s, p, o).forEachRemaining(doomed::add);
            doomed.forEach(dsg::delete);
            delta -= doomed.size();
        }
    }

    /** Removes the incidents of the given (type, day) buckets with every link to their reports. */
    private static void removeIncidents(Quads quads, Set<List<Node>> keys) {
        DatasetGraph dsg = quads.dsg;
        Node g = quads.g;
        Node eventClass = CKG.eventClass.asNode();
        Node eventDate = CKG.eventDate.asNode();
        List<Node> doomed = new ArrayList<>();
        for (List<Node> key : keys) {
            dsg.find(g, Node.ANY, eventClass, key.get(0)).forEachRemaining(q -> {
                if (dsg.contains(g, q.getSubject(), eventDate, key.get(1))) {
                    doomed.add(q.getSubject());
                }
            });
        }
        for (Node inc : doomed) {
            List<Node> reports = new ArrayList<>();
            dsg.find(g, inc, CKG.report.asNode(), Node.ANY).forEachRemaining(q -> reports.add(q.getObject()));
            for (Node e : reports) {
                quads.deleteAny(e, CKG.incident.asNode(), Node.ANY);
            }
            quads.deleteAny(inc, Node.ANY, Node.ANY);
        }
    }

    private static String hash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
