package org.conflictkg.store;

import org.apache.jena.graph.Node;
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
import java.util.List;

/**
 * The TDB2 database: one named graph per article, the ontology in a graph of its own, and the
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
    }

    /** Opens (creating when needed) the database in the given folder. */
    public static GraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the database folder " + dir + ": " + e.getMessage(), e);
        }
        try {
            return new GraphStore(dir, TDB2Factory.connectDataset(dir.toString()));
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
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(g);
            dsg.addGraph(g, m.getGraph());
        });
    }

    /** Replaces the named graphs of these articles, all in one transaction. */
    public void replace(List<ArticleGraph> graphs) {
        if (graphs.isEmpty()) {
            return;
        }
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (ArticleGraph ag : graphs) {
                Node g = NodeFactory.createURI(ag.graphIri());
                // an earlier version of the same file is replaced too
                List<Node> older = new ArrayList<>();
                dsg.find(Node.ANY, Node.ANY, SOURCE_NAME, NodeFactory.createLiteralString(ag.source()))
                        .forEachRemaining(q -> older.add(q.getGraph()));
                older.forEach(dsg::removeGraph);
                dsg.removeGraph(g);
                ag.model().getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(),
                        t.getObject()));
            }
        });
    }

    /** Where article graphs go during a build. */
    public interface Sink {
        void add(ArticleGraph graph);

        /** Makes everything added durable. */
        void finish();

        /** Abandons what was added since the last durable point. */
        void abort(Exception cause);
    }

    /** Whether the database holds any article graph (anything beside the ontology). */
    public boolean hasArticleGraphs() {
        Node onto = NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH);
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.asDatasetGraph().listGraphNodes();
            while (it.hasNext()) {
                if (!it.next().equals(onto)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * The TDB2 bulk loader (phased plan) as a sink: for a database with no article graphs yet, where
     * nothing has to be replaced. The whole load is one transaction: until {@link Sink#finish()}
     * returns, a crash leaves the database as it was.
     */
    public Sink bulkSink() {
        DataLoader loader = LoaderFactory.phasedLoader(dataset.asDatasetGraph(), (fmt, args) -> { });
        loader.startBulk();
        StreamRDF stream = loader.stream();
        return new Sink() {
            @Override
            public void add(ArticleGraph g) {
                Node gn = NodeFactory.createURI(g.graphIri());
                g.model().getGraph().find().forEachRemaining(t -> stream.quad(
                        Quad.create(gn, t.getSubject(), t.getPredicate(), t.getObject())));
            }

            @Override
            public void finish() {
                loader.finishBulk();
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
            @Override
            public void add(ArticleGraph g) {
                pending.add(g);
                if (pending.size() >= batch) {
                    replace(pending);
                    pending.clear();
                }
            }

            @Override
            public void finish() {
                replace(pending);
                pending.clear();
            }

            @Override
            public void abort(Exception cause) {
                pending.clear();
            }
        };
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    /** Releases old blocks left by past write transactions, and records the size it leaves. */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        recordSize();
    }

    private static final String SIZE_FILE = "ckg-size.txt";

    /** Bytes the database takes on disk. */
    public long diskBytes() {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
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
