package org.conflictkg.cli;

import org.conflictkg.Settings;
import org.conflictkg.doc.OntologyDoc;
import org.conflictkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ckg ontology-doc [--db DIR] [--out FILE]}: documentation generated from the ontology. */
@Command(name = "ontology-doc", description = "Write the ontology's documentation (Markdown) from ontology/conflict.ttl.")
public final class OntologyDocCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "database for example triples (default: db/ when it exists)")
    Path db;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: docs/ontology.md)")
    Path out;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        Path target = out != null ? out : settings.home().resolve("docs/ontology.md");
        Path dbDir = db != null ? db : settings.defaultDb();
        OntologyDoc doc = new OntologyDoc(settings.ontology().resolve("conflict.ttl"));
        String md;
        if (GraphStore.exists(dbDir)) {
            try (GraphStore store = GraphStore.openExisting(dbDir)) {
                md = doc.markdown(store.dataset());
            }
        } else {
            md = doc.markdown(null);
        }
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, md);
        spec.commandLine().getOut().println("ontology-doc: wrote " + target);
        return 0;
    }
}
