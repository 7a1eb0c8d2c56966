package org.conflictkg.cli;

import org.conflictkg.Settings;
import org.conflictkg.export.FusekiConfig;
import org.conflictkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ckg fuseki-config [--db DIR] [--out FILE]}: a configuration for a stand-alone Fuseki. */
@Command(name = "fuseki-config", description = "Write a Fuseki configuration file (assembler) that serves the "
        + "database read-only as /conflict, with the union default graph.")
public final class FusekiConfigCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Option(names = "--timeout", defaultValue = "30", description = "query timeout in seconds (default: ${DEFAULT-VALUE})")
    int timeout;

    @Override
    public Integer call() throws Exception {
        Path dbDir = db.resolve(Settings.fromEnvironment());
        if (!GraphStore.exists(dbDir)) {
            throw new IllegalStateException("no database in " + dbDir + " (run: ./ckg build --db " + dbDir + ")");
        }
        String text = FusekiConfig.text(dbDir, timeout * 1000L);
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, text);
            spec.commandLine().getErr().println("fuseki-config: wrote " + out + " (serve with: fuseki-server --config="
                    + out + ")");
        }
        return 0;
    }
}
