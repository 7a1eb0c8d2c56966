package org.conflictkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.conflictkg.Settings;
import org.conflictkg.query.SavedQuery;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongSupplier;
import java.net.URL;
import java.nio.file.Path;

/**
 * The SPARQL endpoint: the database served read-only by Fuseki as dataset {@code /conflict}
 * (SPARQL at {@code /conflict/sparql} and {@code /conflict/query}). With the UI on, it also serves
 * the researcher's page at {@code /} (the saved queries, an editor, table, map and timeline; files
 * from {@code web/} on the class path, the saved queries as JSON at {@code /api/queries}, YASGUI and
 * Leaflet from their webjars at {@code /webjars/}) and the Fuseki UI at {@code /fuseki/}. Query
 * answers are kept for repeats ({@link AnswerCache}); with the page, the saved queries' answers are
 * prepared at start and after writes ({@link SavedAnswers}).
 */
public final class Server {

    /** Bytes of query answers kept for repeats by default (see {@link AnswerCache}). */
    public static final long ANSWER_CACHE_BYTES = 64L << 20;

    /**
     * Server settings. {@code host} is the address to listen on ("127.0.0.1" for this machine only);
     * {@code passwordFile}, when given, enables writes and admin for authenticated users (see {@link Access});
     * {@code answerCacheBytes} bounds the answers kept for repeated queries (0: none kept).
     */
    public record Options(int port, String host, long timeoutMillis, boolean ui, Path passwordFile,
                          long answerCacheBytes) {
        public Options(int port, String host, long timeoutMillis, boolean ui) {
            this(port, host, timeoutMillis, ui, null);
        }

        public Options(int port, String host, long timeoutMillis, boolean ui, Path passwordFile) {
            this(port, host, timeoutMillis, ui, passwordFile, ANSWER_CACHE_BYTES);
        }

        public Options withAnswerCache(long bytes) {
            return new Options(port, host, timeoutMillis, ui, passwordFile, bytes);
        }

        public static Options defaults() {
            return new Options(3030, "127.0.0.1", 30_000, true);
        }

        public boolean loopback() {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        }
    }

    public static final String DATASET = "/conflict";

    /** The {@code Accept} header the page sends with every query (web/app.js). */
    public static final String PAGE_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1";

    /**
     * A query asked as the page asks it (web/app.js): a form POST of the query text with the page's
     * {@code Accept} header. Answers kept for the page are kept for exactly this request.
     */
    public static HttpRequest.Builder pageQuery(URI endpoint, String query) {
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", PAGE_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    }

    /** How often the server looks for changed data to prepare the saved queries' answers again. */
    static final long PREPARE_POLL_MILLIS = 2_000;

    private Server() {
    }

    /** Builds (does not start) the server over the given dataset, with the saved queries of the project. */
    public static FusekiServer build(Dataset dataset, Options options) {
        List<SavedQuery> queries;
        try {
            queries = options.ui() ? SavedQuery.all(Settings.fromEnvironment().queries()) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the saved queries", e);
        }
        return build(dataset, options, queries);
    }

    /** Builds (does not start) the server over the given dataset; the page's gallery lists {@code queries}. */
    public static FusekiServer build(Dataset dataset, Options options, List<SavedQuery> queries) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.timeoutMillis()));
        FusekiServer.Builder b = FusekiServer.create()
                .port(options.port())
                .loopback(options.loopback())
                .enablePing(true)
                .add(DATASET, dataset, false);
        b.fusekiModules(FusekiModules.create());
        LongSupplier generation = AnswerCache.tdb2Generation(dataset.asDatasetGraph());
        boolean caching = options.answerCacheBytes() > 0 && generation != null;
        AnswerCache cache = caching ? new AnswerCache(DATASET, options.answerCacheBytes(), generation) : null;
        if (caching) {
            b.addFilter(DATASET + "/*", cache);
        }
        // the answers kept at the last start on this same data, if any: ready before the first request
        KeptAnswers kept = caching && options.ui() ? KeptAnswers.of(dataset.asDatasetGraph(), cache, generation) : null;
        if (kept != null) {
            int n = kept.restore();
            if (n > 0) {
                System.err.println("ckg serve: " + n + " answers kept from the last start on this data, ready now");
            }
        }
        if (options.ui()) {
            if (Server.class.getClassLoader().getResource("webapp/index.html") == null) {
                throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the class path");
            }
            if (Server.class.getClassLoader().getResource("web/index.html") == null) {
                throw new IllegalStateException("the page's files (web/) are not on the class path");
            }
            // the researcher's page: exactly "/" and "/index.html", its files under /web/
            ClasspathFiles page = new ClasspathFiles("web", "index.html", false);
            b.addServlet("", page);
            b.addServlet("/index.html", page);
            b.addServlet("/web/*", page);
            b.addServlet("/webjars/*", new ClasspathFiles("META-INF/resources/webjars", "", true));
            b.addServlet("/api/queries", new SavedQueriesServlet(queries));
            // the Fuseki UI under /fuseki/, answering its questions read-only
            b.addFilter(FusekiUiFilter.PREFIX + "/*", new FusekiUiFilter());
            ServerInfoServlet info = new ServerInfoServlet(DATASET);
            b.addServlet("/$/server", info);
            b.addServlet("/$/datasets", info);
            b.addServlet("/$/datasets/*", info);
            b.enableStats(true);
        }
        Access.configure(b, DATASET, options.passwordFile());
        FusekiServer server = b.build();
        Access.bind(server, options.host());
        if (caching && options.ui()) {
            prepareSavedAnswers(server, new SavedAnswers(queries, generation, PREPARE_POLL_MILLIS,
                    kept == null ? gen -> { } : kept::save), options.host());
        }
        return server;
    }

    /** Ties the preparing of the saved queries' answers to the server's start and stop. */
    private static void prepareSavedAnswers(FusekiServer server, SavedAnswers answers, String host) {
        String local = host.equals("0.0.0.0") || host.equals("::") || host.isEmpty() ? "127.0.0.1" : host;
        server.getJettyServer().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarted(LifeCycle event) {
                String h = local.contains(":") ? "[" + local + "]" : local;
                // the port bound (the configured one may be 0, any free port)
                for (Connector c : server.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc && sc.getLocalPort() > 0) {
                        answers.start(URI.create("http://" + h + ":" + sc.getLocalPort() + DATASET + "/sparql"));
                        return;
                    }
                }
            }

            @Override
            public void lifeCycleStopping(LifeCycle event) {
                answers.stop();
            }
        });
    }
}
