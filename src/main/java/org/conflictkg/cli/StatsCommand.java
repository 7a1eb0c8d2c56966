package org.conflictkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.conflictkg.Settings;
import org.conflictkg.export.Stats;
import org.conflictkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code ckg stats [--db DIR] [--json]}: the numbers a researcher checks first. */
@Command(name = "stats", description = "Articles, quads, events by type and month, entities by type, "
        + "Wikidata link coverage, ceasefires by status, what resolution merged.")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--json", description = "write the numbers as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        Stats s;
        try (GraphStore store = GraphStore.openExisting(db.resolve(settings))) {
            s = Stats.compute(store);
        }
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(s));
        } else {
            spec.commandLine().getOut().print(s.text());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
