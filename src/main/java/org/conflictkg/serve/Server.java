package org.conflictkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;

import java.net.URL;
import java.nio.file.Path;

/**
 * The SPARQL endpoint: the database served read-only by Fuseki as dataset {@code /conflict}
 * (SPARQL at {@code /conflict/sparql} and {@code /conflict/query}), with the Fuseki UI.
 */
public final class Server {

    /**
     * Server settings. {@code host} is the address to listen on ("127.0.0.1" for this machine only);
     * {@code passwordFile}, when given, enables writes and admin for authenticated users (see {@link Access}).
     */
    public record Options(int port, String host, long timeoutMillis, boolean ui, Path passwordFile) {
        public Options(int port, String host, long timeoutMillis, boolean ui) {
            this(port, host, timeoutMillis, ui, null);
        }

        public static Options defaults() {
            return new Options(3030, "127.0.0.1", 30_000, true);
        }

        public boolean loopback() {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        }
    }

    public static final String DATASET = "/conflict";

    private Server() {
    }

    /** Builds (does not start) the server over the given dataset. */
    public static FusekiServer build(Dataset dataset, Options options) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.timeoutMillis()));
        FusekiServer.Builder b = FusekiServer.create()
                .port(options.port())
                .loopback(options.loopback())
                .enablePing(true)
                .add(DATASET, dataset, false);
        b.fusekiModules(FusekiModules.create());
        if (options.ui()) {
            URL ui = Server.class.getClassLoader().getResource("webapp/index.html");
            if (ui == null) {
                throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the class path");
            }
            String base = ui.toExternalForm();
            b.staticFileBase(base.substring(0, base.length() - "index.html".length()));
            ServerInfoServlet info = new ServerInfoServlet(DATASET);
            b.addServlet("/$/server", info);
            b.addServlet("/$/datasets", info);
            b.addServlet("/$/datasets/*", info);
            b.enableStats(true);
        }
        Access.configure(b, DATASET, options.passwordFile());
        FusekiServer server = b.build();
        Access.bind(server, options.host());
        return server;
    }
}
