package org.conflictkg.cli;

import org.apache.jena.fuseki.main.FusekiServer;
import org.conflictkg.Settings;
import org.conflictkg.serve.Server;
import org.conflictkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ckg serve [--db DIR] [--port 3030]}: the read-only SPARQL endpoint with the researcher's page and the Fuseki UI. */
@Command(name = "serve", description = "Serve the database read-only over SPARQL (dataset /conflict) with the researcher's page and the Fuseki UI.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Option(names = "--timeout", defaultValue = "30", description = "query timeout in seconds (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--auth", paramLabel = "FILE", description = "password file ('user: password' lines): "
            + "enables SPARQL Update at /conflict/update, Graph Store writes at /conflict/data and admin, "
            + "for those users only (HTTP basic auth)")
    Path auth;

    @Option(names = "--answer-cache", paramLabel = "MiB", defaultValue = "64",
            description = "MiB of query answers kept to send again when the same query is repeated on unchanged "
                    + "data; 0 keeps none (default: ${DEFAULT-VALUE})")
    int answerCache;

    @Override
    public Integer call() {
        Settings settings = Settings.fromEnvironment();
        if (timeout <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds");
        }
        if (answerCache < 0) {
            throw new IllegalArgumentException("--answer-cache must be 0 or a positive number of MiB");
        }
        if (auth != null) {
            org.conflictkg.serve.Access.checkPasswordFile(auth);
        }
        return serve(db.resolve(settings),
                new Server.Options(port, host, timeout * 1000L, true, auth).withAnswerCache((long) answerCache << 20),
                spec.commandLine().getOut());
    }

    static int serve(Path dbDir, Server.Options options, PrintWriter out) {
        GraphStore store = GraphStore.openExisting(dbDir);
        if (options.passwordFile() != null) {
            // writes through the server are not counted: the next build counts the quads afresh
            store.forgetCount();
        }
        FusekiServer server = Server.build(store.dataset(), options);
        try {
            server.start();
        } catch (RuntimeException e) {
            store.close();
            throw new IllegalStateException("cannot listen on " + options.host() + " port " + options.port() + ": "
                    + Main.message(e) + " (is another server running? try --port; is --host an address of this machine?)");
        }
        String base = "http://" + (options.host().contains(":") ? "[" + options.host() + "]" : options.host())
                + ":" + server.getHttpPort();
        if (options.passwordFile() == null) {
            out.println("serving " + dbDir + " read-only on " + options.host());
        } else {
            out.println("serving " + dbDir + " on " + options.host() + "; writes and admin for the users in "
                    + options.passwordFile() + " (update: " + base + Server.DATASET + "/update)");
            if (!options.loopback()) {
                out.println("  warning: basic auth over plain HTTP sends passwords readable on the network");
            }
        }
        out.println("  web page:        " + base + "/");
        out.println("  SPARQL endpoint: " + base + Server.DATASET + "/sparql");
        if (options.ui()) {
            out.println("  Fuseki UI:       " + base + "/fuseki/");
        }
        out.println("press Ctrl-C to stop");
        out.flush();
        server.join();
        return 0;
    }
}
