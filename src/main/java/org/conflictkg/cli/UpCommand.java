package org.conflictkg.cli;

import org.conflictkg.Settings;
import org.conflictkg.serve.Server;
import org.conflictkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code ckg up}: build when the database is missing or older than data/, then serve. */
@Command(name = "up", description = "Build the graph from data/ when needed, then serve it on http://localhost:3030.")
public final class UpCommand implements Callable<Integer> {
    /** File in the database folder whose time says when it was last built. */
    static final String STAMP = "ckg-built.txt";

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws IOException {
        Settings settings = Settings.fromEnvironment();
        Path dbDir = db.resolve(settings);
        if (needsBuild(settings, dbDir)) {
            spec.commandLine().getOut().println("up: building the graph from " + settings.articles());
            BuildCommand.run(settings, dbDir, List.of(settings.articles()), null, false,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        } else {
            spec.commandLine().getOut().println("up: the database in " + dbDir + " is up to date");
        }
        return ServeCommand.serve(dbDir, new Server.Options(port, "127.0.0.1", 30_000, true),
                spec.commandLine().getOut());
    }

    /** True when the database is missing, unfinished, or older than anything in data/ or the ontology. */
    static boolean needsBuild(Settings settings, Path dbDir) throws IOException {
        Path stamp = dbDir.resolve(STAMP);
        if (!GraphStore.exists(dbDir) || !Files.exists(stamp)) {
            return true;
        }
        FileTime built = Files.getLastModifiedTime(stamp);
        return newest(settings.data()).compareTo(built) > 0 || newest(settings.ontology()).compareTo(built) > 0;
    }

    private static FileTime newest(Path dir) throws IOException {
        FileTime max = FileTime.fromMillis(0);
        if (!Files.exists(dir)) {
            return max;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                FileTime t = Files.getLastModifiedTime(p);
                if (t.compareTo(max) > 0) {
                    max = t;
                }
            }
        }
        return max;
    }
}
