package org.conflictkg.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.CKG;
import org.conflictkg.rdf.RdfMapper;
import org.conflictkg.rdf.Vocab;
import org.conflictkg.store.GraphStore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event table: one CSV row per event of the graph, in the columns of ACLED, plus the Wikidata
 * items of actors and place. Rows are written one by one inside a read transaction, in order of
 * event date (undated events first), then event IRI. How each column is derived is documented in
 * {@link Column} and in the README.
 */
public final class EventTable {

    /** The columns, in order. */
    public enum Column {
        /** The event IRI without {@code https://w3id.org/conflict-kg/id/event/}: article id / event key. */
        event_id,
        /** {@code ckg:eventDate} (YYYY-MM-DD); empty when the article gives no date. */
        event_date,
        /** {@code ckg:datePrecision}: day, month, year or unknown. */
        date_precision,
        /** {@code ckg:acledEventType} of the event's class, read from the ontology graph. */
        event_type,
        /** {@code ckg:acledSubEventType} of the event's class, read from the ontology graph. */
        sub_event_type,
        /** Labels of the {@code ckg:agent}s, sorted, joined by "; ". */
        actor1,
        /** Labels of the {@code ckg:target}s, sorted, joined by "; ". */
        actor2,
        /** The location's country: itself if a state, else a state it is {@code ckg:locatedIn}. */
        country,
        /** The location itself if a first-level region, else such a region it is {@code ckg:locatedIn}. */
        admin1,
        /** Label of the event's most specific {@code ckg:place} (see {@link EventTable}). */
        location,
        /** {@code wgs:lat} of the location. */
        latitude,
        /** {@code wgs:long} of the location. */
        longitude,
        /** 1 a town or site, 2 a second-level region, 3 a first-level region or a country; empty without coordinates. */
        geo_precision,
        /** {@code ckg:fatalities}; empty when the article gives no figure for the event. */
        fatalities,
        /** {@code ckg:sourceName} of the article that reports the event. */
        source,
        /** The article's URL ({@code schema:url}) when known, else the article's IRI. */
        source_url_or_article,
        /** The sentence of the event's first evidence (the earliest in the article). */
        notes,
        /** Wikidata items (Q...) of the actor1 actors, in the same order, empty for an unlinked actor. */
        actor1_qid,
        /** Wikidata items of the actor2 actors, in the same order. */
        actor2_qid,
        /** Wikidata item of the location. */
        location_qid
    }

    public static List<String> header() {
        return java.util.Arrays.stream(Column.values()).map(Enum::name).toList();
    }

    private static final Node SCHEMA_URL = NodeFactory.createURI("http://schema.org/url");
    private static final Node ADMIN1 = NodeFactory.createURI(RdfMapper.ADMIN1_CLASS);
    private static final Node ADMIN2 = NodeFactory.createURI(RdfMapper.ADMIN2_CLASS);
    private static final Node EVENT = CKG.Event.asNode();
    private static final Node STATE = CKG.State.asNode();
    private static final String EVENT_PREFIX = Vocab.ID + "event/";

    /**
     * The events in date order, each once (with its earliest date). No GROUP BY, so nothing is
     * held per event but the sort, which spills to disk past {@link #SORT_IN_MEMORY} rows.
     */
    private static final String EVENTS = """
            PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            SELECT ?e ?date WHERE {
              ?e a ckg:Event .
              OPTIONAL { ?e ckg:eventDate ?date FILTER NOT EXISTS { ?e ckg:eventDate ?earlier FILTER(?earlier < ?date) } }
            } ORDER BY ?date ?e
            """;
    private static final long SORT_IN_MEMORY = 50_000;

    private final Graph g;
    private final Map<Node, String[]> acled;

    private EventTable(Graph union, Map<Node, String[]> acled) {
        this.g = union;
        this.acled = acled;
    }

    /** Writes the table as CSV (RFC 4180, UTF-8, with a header line); returns the number of rows. */
    public static long write(GraphStore store, OutputStream out) {
        return write(store, out, SORT_IN_MEMORY);
    }

    /** As {@link #write(GraphStore, OutputStream)}, sorting at most {@code sortInMemory} rows in memory. */
    static long write(GraphStore store, OutputStream out, long sortInMemory) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.datasetGraph();
            EventTable t = new EventTable(dsg.getUnionGraph(), acledTypes(dsg));
            long n = 0;
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                        .setHeader(header().toArray(String[]::new)).get());
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(EVENTS)
                        .set(ARQ.spillToDiskThreshold, sortInMemory).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        csv.printRecord(t.row(s.getResource("e").asNode()));
                        n++;
                    }
                }
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return n;
        });
    }

    /** The ACLED event and sub-event type of every annotated class of the ontology graph. */
    static Map<Node, String[]> acledTypes(DatasetGraph dsg) {
        Graph onto = dsg.getGraph(NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH));
        Map<Node, String[]> map = new HashMap<>();
        onto.find(Node.ANY, CKG.acledEventType.asNode(), Node.ANY).forEachRemaining(t -> {
            String sub = first(onto, t.getSubject(), CKG.acledSubEventType.asNode());
            String byState = first(onto, t.getSubject(), CKG.acledSubEventTypeByState.asNode());
            map.put(t.getSubject(), new String[] {t.getObject().getLiteralLexicalForm(), sub, byState});
        });
        if (map.isEmpty()) {
            throw new IllegalStateException("the database has no ontology graph <" + Vocab.ONTOLOGY_GRAPH
                    + "> with ACLED types (rebuild it with ./ckg build)");
        }
        // classes without annotations of their own take those of a superclass
        onto.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
            Node c = t.getSubject();
            if (!map.containsKey(c)) {
                Deque<Node> todo = new ArrayDeque<>(List.of(t.getObject()));
                Set<Node> seen = new HashSet<>();
                while (!todo.isEmpty()) {
                    Node sup = todo.poll();
                    if (!seen.add(sup) || sup.equals(EVENT)) {
                        continue;
                    }
                    if (map.containsKey(sup)) {
                        map.put(c, map.get(sup));
                        break;
                    }
                    onto.find(sup, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(x -> todo.add(x.getObject()));
                }
            }
        });
        return map;
    }

    private List<String> row(Node e) {
        String[] v = new String[Column.values().length];
        java.util.Arrays.fill(v, "");
        String iri = e.getURI();
        v[Column.event_id.ordinal()] = iri.startsWith(EVENT_PREFIX) ? iri.substring(EVENT_PREFIX.length()) : iri;
        v[Column.event_date.ordinal()] = min(objects(e, CKG.eventDate.asNode()));
        v[Column.date_precision.ordinal()] = min(objects(e, CKG.datePrecision.asNode()));
        Set<String> types = new LinkedHashSet<>();
        Set<String> subTypes = new LinkedHashSet<>();
        boolean byState = objects(e, CKG.agent.asNode()).stream().anyMatch(a -> g.contains(a, RDF.type.asNode(), STATE));
        for (Node c : sorted(objects(e, RDF.type.asNode()))) {
            String[] a = acled.get(c);
            if (a != null) {
                types.add(a[0]);
                String sub = byState && a.length > 2 && a[2] != null ? a[2] : a[1];
                if (sub != null) {
                    subTypes.add(sub);
                }
            }
        }
        v[Column.event_type.ordinal()] = String.join("; ", types);
        v[Column.sub_event_type.ordinal()] = String.join("; ", subTypes);
        actors(e, CKG.agent.asNode(), v, Column.actor1, Column.actor1_qid);
        actors(e, CKG.target.asNode(), v, Column.actor2, Column.actor2_qid);

        Node place = primaryPlace(objects(e, CKG.place.asNode()));
        if (place != null) {
            v[Column.location.ordinal()] = label(place);
            v[Column.location_qid.ordinal()] = qid(place);
            Node country = g.contains(place, RDF.type.asNode(), STATE) ? place : containing(place, STATE, RDF.type.asNode());
            v[Column.country.ordinal()] = country == null ? "" : label(country);
            Node admin1 = isA(place, ADMIN1) ? place : containing(place, ADMIN1, CKG.wikidataClass.asNode());
            v[Column.admin1.ordinal()] = admin1 == null ? "" : label(admin1);
            String lat = min(objects(place, Vocab.wgsLat.asNode()));
            String lon = min(objects(place, Vocab.wgsLong.asNode()));
            if (!lat.isEmpty() && !lon.isEmpty()) {
                v[Column.latitude.ordinal()] = lat;
                v[Column.longitude.ordinal()] = lon;
                v[Column.geo_precision.ordinal()] = String.valueOf(specificity(place) == 0 ? 1
                        : specificity(place) == 1 ? 2 : 3);
            }
        }
        v[Column.fatalities.ordinal()] = objects(e, CKG.fatalities.asNode()).stream().filter(Node::isLiteral)
                .map(n -> new java.math.BigInteger(n.getLiteralLexicalForm().strip()))
                .max(java.math.BigInteger::compareTo).map(Object::toString).orElse("");
        List<Node> articles = sorted(objects(e, CKG.reportedIn.asNode()));
        List<String> sources = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Node a : articles) {
            sources.add(min(objects(a, CKG.sourceName.asNode())));
            // schema:url is an IRI (RdfMapper), or a literal in graphs from elsewhere
            String url = objects(a, SCHEMA_URL).stream().map(u -> u.isURI() ? u.getURI()
                    : u.isLiteral() ? u.getLiteralLexicalForm() : "").filter(u -> !u.isEmpty()).sorted()
                    .findFirst().orElse("");
            urls.add(url.isEmpty() ? a.getURI() : url);
        }
        v[Column.source.ordinal()] = String.join("; ", sources);
        v[Column.source_url_or_article.ordinal()] = String.join("; ", urls);
        v[Column.notes.ordinal()] = notes(e);
        return java.util.Arrays.asList(v);
    }

    /** Labels and items of the actors in one role, sorted by label; items aligned, empty when unlinked. */
    private void actors(Node e, Node role, String[] v, Column labels, Column qids) {
        List<Node> actors = new ArrayList<>(objects(e, role));
        actors.sort(Comparator.comparing(this::label).thenComparing((Node n) -> n.toString()));
        v[labels.ordinal()] = String.join("; ", actors.stream().map(this::label).toList());
        v[qids.ordinal()] = actors.stream().anyMatch(a -> !qid(a).isEmpty())
                ? String.join("; ", actors.stream().map(this::qid).toList()) : "";
    }

    /**
     * The place a row is about: the most specific of the event's places (a town or site before a
     * second-level region, before a first-level region, before a country), then one with
     * coordinates, then one linked to Wikidata, then by label.
     */
    private Node primaryPlace(List<Node> places) {
        return places.stream().min(Comparator.<Node>comparingInt(this::specificity)
                .thenComparingInt(p -> g.contains(p, Vocab.wgsLat.asNode(), Node.ANY) ? 0 : 1)
                .thenComparingInt(p -> qid(p).isEmpty() ? 1 : 0)
                .thenComparing(this::label).thenComparing((Node n) -> n.toString())).orElse(null);
    }

    /** 0 town or site, 1 second-level region, 2 first-level region, 3 country. */
    private int specificity(Node p) {
        if (g.contains(p, RDF.type.asNode(), STATE)) {
            return 3;
        }
        if (isA(p, ADMIN1)) {
            return 2;
        }
        return isA(p, ADMIN2) ? 1 : 0;
    }

    private boolean isA(Node p, Node wikidataClass) {
        return g.contains(p, CKG.wikidataClass.asNode(), wikidataClass);
    }

    /** A place that {@code p} lies in (following ckg:locatedIn) with the given property value. */
    private Node containing(Node p, Node value, Node property) {
        Deque<Node> todo = new ArrayDeque<>(sorted(objects(p, CKG.locatedIn.asNode())));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node c = todo.poll();
            if (!seen.add(c)) {
                continue;
            }
            if (g.contains(c, property, value)) {
                return c;
            }
            todo.addAll(sorted(objects(c, CKG.locatedIn.asNode())));
        }
        return null;
    }

    /** The sentence that holds the event's earliest piece of evidence (its anchor text if none). */
    private String notes(Node e) {
        Node best = null;
        long bestStart = Long.MAX_VALUE;
        for (Node ev : sorted(objects(e, CKG.evidence.asNode()))) {
            String b = min(objects(ev, Vocab.nifBeginIndex.asNode()));
            long start = b.isEmpty() ? Long.MAX_VALUE - 1 : Long.parseLong(b);
            if (best == null || start < bestStart) {
                best = ev;
                bestStart = start;
            }
        }
        if (best == null) {
            return "";
        }
        for (Node s : sorted(objects(best, CKG.inSentence.asNode()))) {
            String text = min(objects(s, Vocab.nifAnchorOf.asNode()));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return min(objects(best, Vocab.nifAnchorOf.asNode()));
    }

    private String label(Node n) {
        String l = min(objects(n, RDFS.label.asNode()));
        return l.isEmpty() ? n.toString() : l;
    }

    /** The Wikidata item (Q...) of a resource, or "". */
    private String qid(Node n) {
        for (Node w : sorted(objects(n, CKG.wikidata.asNode()))) {
            if (w.isURI() && w.getURI().startsWith(Vocab.WD)) {
                return w.getURI().substring(Vocab.WD.length());
            }
        }
        return "";
    }

    private List<Node> objects(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().distinct().toList();
    }

    private static List<Node> sorted(List<Node> nodes) {
        return nodes.stream().sorted(Comparator.comparing((Node n) -> n.toString())).toList();
    }

    /** The smallest lexical form among literal values, or "". */
    private static String min(List<Node> nodes) {
        return nodes.stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).min(String::compareTo)
                .orElse("");
    }

    private static String first(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).min(String::compareTo).orElse(null);
    }
}
