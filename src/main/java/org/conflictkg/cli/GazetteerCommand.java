package org.conflictkg.cli;

import org.conflictkg.Settings;
import org.conflictkg.link.online.GazetteerQuery;
import org.conflictkg.link.online.GazetteerRow;
import org.conflictkg.link.online.HttpFetcher;
import org.conflictkg.link.online.NoNetworkException;
import org.conflictkg.link.online.RemoteException;
import org.conflictkg.link.online.WikidataGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ckg gazetteer [--endpoint URL] [--out FILE] [--queries DIR]}: gazetteer rows from Wikidata. */
@Command(name = "gazetteer", description = {
        "Regenerate gazetteer rows from Wikidata's SPARQL endpoint with the queries in data/gazetteer/queries/ "
                + "(needs a network).",
        "Writes a separate file (default data/gazetteer/wikidata.tsv) that the build does not read: review it, "
                + "then merge rows into the gazetteer (see data/README.md)."})
public final class GazetteerCommand implements Callable<Integer> {
    /** Exit status when the endpoint cannot be reached. */
    public static final int NO_NETWORK = 4;
    /** Exit status when some queries failed (the rows of the others are written). */
    public static final int SOME_FAILED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint (default: ${DEFAULT-VALUE})",
            defaultValue = "https://query.wikidata.org/sparql")
    URI endpoint;

    @Option(names = "--out", paramLabel = "FILE", description = "file to write (default: data/gazetteer/wikidata.tsv)")
    Path out;

    @Option(names = "--queries", paramLabel = "DIR", description = "folder of .rq files (default: data/gazetteer/queries)")
    Path queries;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "70",
            description = "seconds to wait for each answer (default: ${DEFAULT-VALUE}; Wikidata stops queries at 60)")
    int timeout;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        Path dir = queries != null ? queries : settings.data().resolve("gazetteer/queries");
        Path file = out != null ? out : settings.data().resolve("gazetteer/wikidata.tsv");
        if (endpoint.getScheme() == null || !endpoint.getScheme().matches("https?")) {
            throw new IllegalArgumentException("--endpoint must be an http(s) URL, not '" + endpoint + "'");
        }
        if (timeout < 1) {
            throw new IllegalArgumentException("--timeout must be at least 1 second");
        }
        if (java.nio.file.Files.isDirectory(file)) {
            throw new IllegalArgumentException("--out " + file + " is a folder; give a file name");
        }
        List<GazetteerQuery> list = GazetteerQuery.all(dir);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WikidataGazetteer wd = new WikidataGazetteer(endpoint,
                new HttpFetcher(Duration.ofSeconds(10), Duration.ofSeconds(timeout)));
        Map<String, GazetteerRow> rows = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (GazetteerQuery q : list) {
            long t0 = System.nanoTime();
            int before = wd.requests();
            try {
                List<GazetteerRow> got = wd.run(q);
                WikidataGazetteer.merge(rows, got);
                o.printf("gazetteer: %-34s %6d rows (%s, %d requests, %.1f s)%n", q.name(), got.size(), q.type(),
                        wd.requests() - before, (System.nanoTime() - t0) / 1e9);
                o.flush();
            } catch (NoNetworkException e) {
                err.println("ckg gazetteer: " + e.getMessage() + "; nothing written");
                return NO_NETWORK;
            } catch (RemoteException e) {
                err.println("ckg gazetteer: query " + e.getMessage());
                failed.add(q.name());
            }
        }
        if (rows.isEmpty()) {
            err.println("ckg gazetteer: no rows came back; nothing written");
            return SOME_FAILED;
        }
        List<String> comments = new ArrayList<>();
        comments.add("Wikidata-derived gazetteer rows (Wikidata data: CC0), written by ./ckg gazetteer from "
                + endpoint + " on " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " with the queries in "
                + settings.home().relativize(dir.toAbsolutePath().normalize()) + ".");
        comments.add("Not read by the build: review, then merge into the gazetteer (data/README.md).");
        if (!failed.isEmpty()) {
            comments.add("Incomplete: these queries failed: " + String.join(", ", failed));
        }
        WikidataGazetteer.write(file, comments, rows.values());
        o.printf("gazetteer: wrote %d rows to %s%s%n", rows.size(), file,
                failed.isEmpty() ? "" : " (" + failed.size() + " queries failed)");
        return failed.isEmpty() ? 0 : SOME_FAILED;
    }
}
