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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The TDB2 database: one named graph per article, the ontology in a graph of its own, and the
 * union of all named graphs as the default graph for queries. Every change runs in one write
 * transaction, so a crash leaves whole articles or none.
 */
public final class GraphStore implements AutoCloseable {
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
        Node g = NodeFactory.createURI(CKG.ONTOLOGY_GRAPH);
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
                dsg.removeGraph(g);
                ag.model().getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(),
                        t.getObject()));
            }
        });
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    /** Releases old blocks left by past write transactions. */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
