package org.conflictkg.cli;

import org.apache.jena.query.Query;
import org.conflictkg.Settings;
import org.conflictkg.query.QueryRunner;
import org.conflictkg.query.SavedQuery;
import org.conflictkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.FileOutputStream;
import java.util.concurrent.Callable;

/** {@code ckg query NAME|FILE [--db DIR] [--format table|csv|tsv|json|xml]}. */
@Command(name = "query", description = "Run a saved query from queries/ (by name) or a query file.")
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE", description = "saved query name (e.g. q01-aleppo-timeline) or a .rq file")
    String query;

    @Mixin
    DbOption db;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--list", description = "list the saved queries instead")
    boolean list;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        if (list) {
            for (SavedQuery q : SavedQuery.all(settings.queries())) {
                spec.commandLine().getOut().printf("%-34s %s%n", q.name(), q.title());
            }
            return 0;
        }
        QueryRunner.Format f = QueryRunner.format(format);
        SavedQuery saved = SavedQuery.resolve(settings.queries(), query);
        Query q = QueryRunner.parse(saved.name(), saved.text());
        try (GraphStore store = GraphStore.openExisting(db.resolve(settings))) {
            spec.commandLine().getOut().flush();
            try {
                QueryRunner.run(store.dataset(), q, f, new FileOutputStream(java.io.FileDescriptor.out));
            } catch (RuntimeException e) {
                if (saved.needsNetwork()) {
                    throw new IllegalStateException(saved.name() + " needs a network to reach a remote SPARQL "
                            + "endpoint, and the call failed: " + Main.message(e).replaceAll("\\?query=\\S*", "?query=...")
                            .replaceAll("\\s+", " ").strip()
                            + org.conflictkg.link.online.HttpFetcher.networkCause(e).map(c -> " (" + c + ")").orElse(""));
                }
                throw e;
            }
        }
        return 0;
    }
}
