package org.conflictkg.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.conflictkg.Settings;
import org.conflictkg.store.GraphStore;
import org.conflictkg.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ckg validate [--db DIR]}: checks the database against the SHACL shapes. */
@Command(name = "validate", description = "Validate the database against the SHACL shapes in ontology/shapes.ttl.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--max", defaultValue = "50", description = "violations to print at most (default: ${DEFAULT-VALUE})")
    int max;

    @Override
    public Integer call() {
        Settings settings = Settings.fromEnvironment();
        Validator validator = new Validator(settings.ontology().resolve("shapes.ttl"));
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore store = GraphStore.openExisting(db.resolve(settings))) {
            List<String> v = violations(store, validator);
            v.stream().limit(max).forEach(out::println);
            if (v.size() > max) {
                out.println("... and " + (v.size() - max) + " more");
            }
            out.println(v.isEmpty() ? "validate: the graph conforms to the shapes"
                    : "validate: " + v.size() + " violations");
            return v.isEmpty() ? 0 : 1;
        }
    }

    /** Violations in the union of the article graphs. */
    public static List<String> violations(GraphStore store, Validator validator) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.datasetGraph();
            Graph union = dsg.getUnionGraph();
            return validator.violations(union);
        });
    }
}
