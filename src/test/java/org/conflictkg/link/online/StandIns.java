package org.conflictkg.link.online;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Local stand-ins for remote services, shared by the on-line tests. */
public final class StandIns {
    private StandIns() {
    }

    /** A Fuseki server on a free loopback port serving the dataset at {@code /ds}; its SPARQL URL is {@link #sparql}. */
    public static FusekiServer fuseki(DatasetGraph dsg) {
        return FusekiServer.create().port(0).loopback(true).add("/ds", dsg).build().start();
    }

    public static String sparql(FusekiServer server) {
        return "http://localhost:" + server.getHttpPort() + "/ds/sparql";
    }

    /** A dataset read from a class-path Turtle resource. */
    public static DatasetGraph dataset(String resource) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = StandIns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            RDFDataMgr.read(dsg, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    /** A loopback port that nothing listens on (it was free a moment ago). */
    public static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Output and error text of a command run. */
    public record Run(int status, String out, String err) {
    }

    /** Runs {@code ckg ARGS...} in-process, capturing its output and error text. */
    public static Run ckg(String... args) {
        var cl = org.conflictkg.cli.Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }
}
