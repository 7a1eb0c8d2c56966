package org.conflictkg.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.rdf.CKG;
import org.conflictkg.rdf.Vocab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The graph of actors' and places' descriptions ({@link Vocab#ENTITIES_GRAPH}). An article's model,
 * as the mapping makes it and the shapes check it, describes every actor and place the article
 * names; stored, those descriptions go to this one graph, each triple once, and the article's graph
 * keeps only what the article itself says of them (how it wrote their names, how sure the link is,
 * the roles it gives them). A place named in thousands of articles is then described once, and a
 * query's look-up of its label or type in the union graph reads one copy.
 *
 * <p>A description is a triple whose subject is an actor or a place ({@link Vocab#ENTITY}; that
 * includes the geometry node named after it and a country a place lies in), except
 * {@code ckg:mentionText}, {@code ckg:linkConfidence} and {@code ckg:holdsRole}.
 *
 * <p>When article graphs are replaced or removed, the descriptions of the actors and places they
 * named that no article names any more are removed in the same write ({@link #removeUnreferenced}),
 * looking only at those actors and places.
 */
public final class EntityGraph {
    private EntityGraph() {
    }

    /** The graph's name. */
    public static final Node NODE = NodeFactory.createURI(Vocab.ENTITIES_GRAPH);
    private static final Node INCIDENTS = NodeFactory.createURI(EventMerger.GRAPH);
    private static final Node LOCATED_IN = CKG.locatedIn.asNode();
    /** What an article says of an actor or a place, kept in the article's graph. */
    private static final Set<Node> ARTICLE_OWN = Set.of(CKG.mentionText.asNode(), CKG.linkConfidence.asNode(),
            CKG.holdsRole.asNode());

    /** Whether a node is an actor or a place named across articles, or a node of one's description. */
    public static boolean isEntity(Node n) {
        return n.isURI() && n.getURI().startsWith(Vocab.ENTITY);
    }

    /** Whether a triple of an article's model is part of a shared description. */
    public static boolean isShared(Triple t) {
        return isEntity(t.getSubject()) && !ARTICLE_OWN.contains(t.getPredicate());
    }

    /** The geometry node of an actor or place, described with it. */
    static Node geometry(Node entity) {
        return NodeFactory.createURI(entity.getURI() + "/geometry");
    }

    /**
     * Adds to {@code out} the actors and places a quad names, as subject or object: what may lose
     * its last reference when the quad's graph goes.
     */
    static void collect(Quad q, Collection<Node> out) {
        if (isEntity(q.getSubject())) {
            out.add(q.getSubject());
        }
        if (isEntity(q.getObject())) {
            out.add(q.getObject());
        }
    }

    /**
     * Removes from the graph the descriptions of those of {@code candidates} that nothing refers to
     * any more, and of the countries only they lay in. Must run inside a write transaction, after
     * the changed article graphs are written. An actor or place is referred to when a quad of any
     * other graph than this one and the incidents graph (derived from the article graphs after each
     * build) has it as subject or object, or when a place that is referred to lies in it
     * ({@code ckg:locatedIn}). The work is in proportion to the candidates and their quads.
     *
     * @return the number of quads removed
     */
    static long removeUnreferenced(DatasetGraph dsg, Collection<Node> candidates) {
        Deque<Node> todo = new ArrayDeque<>(candidates);
        Set<Node> checked = new HashSet<>();
        long removed = 0;
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (!checked.add(n) || referenced(dsg, n, new HashSet<>())) {
                continue;
            }
            List<Quad> doomed = new ArrayList<>();
            dsg.find(NODE, n, Node.ANY, Node.ANY).forEachRemaining(doomed::add);
            dsg.find(NODE, geometry(n), Node.ANY, Node.ANY).forEachRemaining(doomed::add);
            for (Quad q : doomed) {
                if (q.getPredicate().equals(LOCATED_IN) && isEntity(q.getObject())) {
                    todo.add(q.getObject());
                }
                dsg.delete(q);
            }
            removed += doomed.size();
        }
        return removed;
    }

    /** Referred to outside the shared graphs, or the place a referred-to place lies in. */
    private static boolean referenced(DatasetGraph dsg, Node n, Set<Node> path) {
        // the subject side first: an article that names an actor or place gives it its mention texts
        if (outside(dsg.find(Node.ANY, n, Node.ANY, Node.ANY)) || outside(dsg.find(Node.ANY, Node.ANY, Node.ANY, n))) {
            return true;
        }
        if (!path.add(n)) {
            return false;
        }
        Iterator<Quad> within = dsg.find(NODE, Node.ANY, LOCATED_IN, n);
        try {
            while (within.hasNext()) {
                if (referenced(dsg, within.next().getSubject(), path)) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(within);
        }
    }

    /** Whether some quad is in another graph than this one and the incidents graph. */
    private static boolean outside(Iterator<Quad> quads) {
        try {
            while (quads.hasNext()) {
                Node g = quads.next().getGraph();
                if (!g.equals(NODE) && !g.equals(INCIDENTS)) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(quads);
        }
    }
}
