package org.conflictkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.conflictkg.rdf.CKG;
import org.conflictkg.rdf.RdfMapper.ArticleGraph;
import org.conflictkg.rdf.Vocab;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The TDB2 database: one named graph per article, the descriptions of the actors and places they
 * name in a graph shared by all ({@link EntityGraph}), the ontology in a graph of its own, and the
 * union of all named graphs as the default graph for queries. Every change runs in one write
 * transaction, so a crash leaves whole articles or none.
 */
public final class GraphStore implements AutoCloseable {
    private static final Node SOURCE_NAME = CKG.sourceName.asNode();
    private final Path dir;
    private final Dataset dataset;

    private GraphStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
        this.dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        org.apache.jena.sparql.engine.main.QC.setFactory(this.dataset.getContext(), KeyedSortExecutor.FACTORY);
    }

    /** Opens (creating when needed) the database in the given folder. */
    public static GraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the database folder " + dir + ": " + e.getMessage(), e);
        }
        boolean fresh = !exists(dir);
        try {
            GraphStore store = new GraphStore(dir, TDB2Factory.connectDataset(dir.toString()));
            if (fresh) {
                store.rememberCount(0);
            }
            return store;
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Failed to get a lock")) {
                throw new IllegalStateException("the database " + dir + " is in use by another process ("
                        + m.replaceAll(".*held by ", "") + ", e.g. ckg serve): stop it first, or query the running server", e);
            }
            throw e;
        }
    }

    /** Opens an existing database; a folder that holds none is an error. */
    public static GraphStore openExisting(Path dir) {
        if (!exists(dir)) {
            throw new IllegalStateException("no database in " + dir + " (run: ./ckg build --db " + dir + ")");
        }
        return open(dir);
    }

    /** Whether the folder holds a TDB2 database. */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public Path dir() {
        return dir;
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** Replaces the ontology graph with the given file. */
    public void loadOntology(Path ttl) {
        Model m = RDFDataMgr.loadModel(ttl.toString());
        Node g = NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH);
        counted(() -> Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long removed = size(dsg, g);
            dsg.removeGraph(g);
            dsg.addGraph(g, m.getGraph());
            return m.size() - removed;
        }));
    }

    /**
     * Replaces the named graphs of these articles, all in one transaction: each article's own triples
     * in its graph, the descriptions of the actors and places it names in the entities graph when they
     * are not there yet ({@link EntityGraph}). Descriptions that only the replaced graphs referred to
     * are removed. Returns the number of quads added (those removed not subtracted).
     */
    public long replace(List<ArticleGraph> graphs) {
        if (graphs.isEmpty()) {
            return 0;
        }
        long[] added = {0};
        counted(() -> Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long delta = 0;
            added[0] = 0;
            Set<Node> named = new HashSet<>();
            for (ArticleGraph ag : graphs) {
                Node g = NodeFactory.createURI(ag.graphIri());
                // an earlier version of the same file is replaced too
                Set<Node> doomed = new LinkedHashSet<>();
                dsg.find(Node.ANY, Node.ANY, SOURCE_NAME, NodeFactory.createLiteralString(ag.source()))
                        .forEachRemaining(q -> doomed.add(q.getGraph()));
                doomed.add(g);
                for (Node d : doomed) {
                    long[] n = {0};
                    dsg.find(d, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        n[0]++;
                        EntityGraph.collect(q, named);
                    });
                    delta -= n[0];
                    dsg.removeGraph(d);
                }
                // the graph was emptied and a model holds no triple twice
                for (Triple t : ag.model().getGraph().find().toList()) {
                    if (!EntityGraph.isShared(t)) {
                        dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                        added[0]++;
                    } else if (!dsg.contains(EntityGraph.NODE, t.getSubject(), t.getPredicate(), t.getObject())) {
                        dsg.add(EntityGraph.NODE, t.getSubject(), t.getPredicate(), t.getObject());
                        added[0]++;
                    }
                }
            }
            delta += added[0];
            delta -= EntityGraph.removeUnreferenced(dsg, named);
            return delta;
        }));
        return added[0];
    }

    /** Where article graphs go during a build. */
    public interface Sink {
        void add(ArticleGraph graph);

        /** Quads written so far: the articles' own and the descriptions not stored before. */
        long written();

        /** Makes everything added durable. */
        void finish();

        /** Abandons what was added since the last durable point. */
        void abort(Exception cause);
    }

    /**
     * Whether the database holds any article graph: a graph other than the ontology's, the entities'
     * and the incidents'.
     */
    public boolean hasArticleGraphs() {
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.asDatasetGraph().listGraphNodes();
            while (it.hasNext()) {
                if (isArticleGraph(it.next())) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Whether a graph name is an article's: under the graph space, and none of the shared graphs. */
    public static boolean isArticleGraph(Node g) {
        if (!g.isURI() || !g.getURI().startsWith(Vocab.GRAPH)) {
            return false;
        }
        String iri = g.getURI();
        return !iri.equals(Vocab.ONTOLOGY_GRAPH) && !iri.equals(Vocab.ENTITIES_GRAPH) && !iri.equals(EventMerger.GRAPH);
    }

    /**
     * The TDB2 bulk loader (phased plan) as a sink: for a database with no article graphs yet, where
     * nothing has to be replaced. Each article's own triples go to its graph, the descriptions of the
     * actors and places it names to the entities graph, each once: the sink remembers the ones it
     * wrote (as many as there are distinct descriptions, not articles). The whole load is one
     * transaction: until {@link Sink#finish()} returns, a crash leaves the database as it was.
     */
    public Sink bulkSink() {
        long before = knownCount();
        // descriptions already stored (left by an earlier build) would be loaded again, uncounted
        boolean described = Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().getGraph(EntityGraph.NODE).isEmpty());
        forgetCount();
        DataLoader loader = LoaderFactory.phasedLoader(dataset.asDatasetGraph(), (fmt, args) -> { });
        loader.startBulk();
        StreamRDF stream = loader.stream();
        Set<String> names = new HashSet<>();
        Set<Triple> shared = new HashSet<>();
        return new Sink() {
            private long added;
            private boolean exact = !described;

            @Override
            public void add(ArticleGraph g) {
                Node gn = NodeFactory.createURI(g.graphIri());
                g.model().getGraph().find().forEachRemaining(t -> {
                    if (!EntityGraph.isShared(t)) {
                        stream.quad(Quad.create(gn, t));
                        added++;
                    } else if (shared.add(t)) {
                        stream.quad(Quad.create(EntityGraph.NODE, t));
                        added++;
                    }
                });
                // a new graph name gets quads no other graph has; a name given twice may repeat some
                exact &= names.add(g.graphIri()) && isArticleGraph(gn);
            }

            @Override
            public long written() {
                return added;
            }

            @Override
            public void finish() {
                loader.finishBulk();
                if (before >= 0 && exact) {
                    rememberCount(before + added);
                }
            }

            @Override
            public void abort(Exception cause) {
                loader.finishException(cause);
            }
        };
    }

    /** A sink that replaces article graphs in write transactions of {@code batch} articles. */
    public Sink replacingSink(int batch) {
        List<ArticleGraph> pending = new ArrayList<>();
        return new Sink() {
            private long added;

            @Override
            public void add(ArticleGraph g) {
                pending.add(g);
                if (pending.size() >= batch) {
                    added += replace(pending);
                    pending.clear();
                }
            }

            @Override
            public long written() {
                return added;
            }

            @Override
            public void finish() {
                added += replace(pending);
                pending.clear();
            }

            @Override
            public void abort(Exception cause) {
                pending.clear();
            }
        };
    }

    /** Number of quads in all named graphs, counted by reading them all. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    private static final String COUNT_FILE = "ckg-quads.txt";

    /**
     * Number of quads in all named graphs, from the count kept beside the database: every write made
     * through this class adds what its transaction added and removed. Read in full (and kept from
     * then on) only when no count is kept: a database made by an earlier version or changed by
     * another program, or a write that did not complete.
     */
    public long knownQuadCount() {
        long n = knownCount();
        if (n < 0) {
            n = quadCount();
            rememberCount(n);
        }
        return n;
    }

    /** The kept count, or -1. */
    private long knownCount() {
        try {
            return Long.parseLong(Files.readString(dir.resolve(COUNT_FILE)).strip());
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
    }

    private void rememberCount(long n) {
        try {
            Files.writeString(dir.resolve(COUNT_FILE), Long.toString(n));
        } catch (java.io.IOException e) {
            forgetCount();
        }
    }

    /**
     * Drops the kept count: for writes this class does not count (SPARQL Update or the Graph Store
     * Protocol through the server). The next {@link #knownQuadCount()} reads the database in full.
     */
    public void forgetCount() {
        try {
            Files.deleteIfExists(dir.resolve(COUNT_FILE));
        } catch (java.io.IOException e) {
            // a count that cannot be removed cannot be trusted either; nothing better to do
        }
    }

    /**
     * Runs a write that returns how many quads it added (less those it removed), keeping the count
     * right: the count is dropped before the write and written again after it, so a write that fails
     * or is killed half-way leaves no count rather than a wrong one.
     */
    long counted(java.util.function.LongSupplier write) {
        long before = knownCount();
        forgetCount();
        long delta = write.getAsLong();
        if (before >= 0) {
            rememberCount(before + delta);
        }
        return delta;
    }

    /** Quads of one named graph. */
    static long size(DatasetGraph dsg, Node g) {
        long[] n = {0};
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
        return n[0];
    }

    /** Releases old blocks left by past write transactions, and records the size it leaves. */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        recordSize();
    }

    private static final String SIZE_FILE = "ckg-size.txt";
    /** The file in the database folder where a server keeps its prepared answers for its next start. */
    public static final String ANSWERS_FILE = "ckg-answers.bin";

    /** Bytes the database takes on disk. */
    public long diskBytes() {
        try (var s = Files.walk(dir)) {
            // (the server's kept answers are no part of the database)
            return s.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(ANSWERS_FILE)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (java.io.IOException e) {
                    return 0;
                }
            }).sum();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Remembers the current size as the size after the last full load or compaction. */
    public void recordSize() {
        try {
            Files.writeString(dir.resolve(SIZE_FILE), Long.toString(diskBytes()));
        } catch (java.io.IOException e) {
            // only a hint for compaction
        }
    }

    /**
     * Compacts when many small write transactions have left the database more than {@code factor}
     * times the size it had after the last full load or compaction. Returns whether it did.
     */
    public boolean compactIfGrown(double factor) {
        long base;
        try {
            base = Long.parseLong(Files.readString(dir.resolve(SIZE_FILE)).strip());
        } catch (java.io.IOException | NumberFormatException e) {
            recordSize();
            return false;
        }
        if (diskBytes() > factor * base) {
            compact();
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
