package org.conflictkg.export;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.Settings;
import org.conflictkg.TestGraph;
import org.conflictkg.cli.Main;
import org.conflictkg.store.GraphStore;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Shared by the export tests: the test graph, copies of it, and running ckg commands. */
final class ExportFixture {
    private static Path copy;

    private ExportFixture() {
    }

    static GraphStore store() {
        return TestGraph.store();
    }

    /**
     * A second database with the same quads as the test graph (loaded from an N-Quads export), for
     * commands and servers that open and close a database by its folder: closing the shared test
     * graph would break the other tests.
     */
    static synchronized Path copyDb() {
        if (copy == null) {
            Path dir = Settings.fromEnvironment().home().resolve("target/export-test-db");
            TestGraph.delete(dir);
            ByteArrayOutputStream nq = new ByteArrayOutputStream();
            RdfExport.write(store(), ExportFormat.NQ, null, nq);
            try (GraphStore s = GraphStore.open(dir)) {
                Txn.executeWrite(s.dataset(), () -> RDFDataMgr.read(s.datasetGraph(),
                        new ByteArrayInputStream(nq.toByteArray()), Lang.NQUADS));
            }
            copy = dir;
        }
        return copy;
    }

    /** Every named graph of a dataset, copied into memory. */
    static Map<Node, Graph> namedGraphs(DatasetGraph dsg) {
        Map<Node, Graph> out = new HashMap<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            Graph m = GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEachRemaining(m::add);
            out.put(g, m);
        }));
        return out;
    }

    /** The default (union) graph of the test graph, copied into memory. */
    static Graph unionGraph() {
        DatasetGraph dsg = store().datasetGraph();
        Graph m = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getUnionGraph().find().forEachRemaining(m::add));
        return m;
    }

    /** The result of a ckg command. */
    record Run(int status, String out, String err) {
    }

    static Run ckg(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }
}
