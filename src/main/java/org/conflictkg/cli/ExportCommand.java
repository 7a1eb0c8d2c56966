package org.conflictkg.cli;

import org.conflictkg.Settings;
import org.conflictkg.export.EventTable;
import org.conflictkg.export.ExportFormat;
import org.conflictkg.export.RdfExport;
import org.conflictkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ckg export --format ttl|trig|nq|jsonld|csv [--db DIR] [--graph IRI] [--out FILE]}. */
@Command(name = "export", description = "Write the graph as Turtle, TriG, N-Quads or JSON-LD, or the events as a CSV table.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ttl or jsonld (the default graph, or --graph), trig or nq (every named graph), "
                    + "csv (one row per event, ACLED columns)")
    String format;

    @Mixin
    DbOption db;

    @Option(names = "--graph", paramLabel = "IRI", description = "only this named graph (an IRI, an article id, 'ontology', 'entities' or 'incidents')")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        if (graph != null && f == ExportFormat.CSV) {
            throw new IllegalArgumentException("--graph applies to ttl, trig, nq and jsonld, not to csv");
        }
        Settings settings = Settings.fromEnvironment();
        Path dbDir = db.resolve(settings);
        try (GraphStore store = GraphStore.openExisting(dbDir)) {
            if (out == null) {
                spec.commandLine().getOut().flush();
                OutputStream os = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
                try {
                    write(store, f, os);
                    os.flush();
                } catch (RuntimeException | IOException e) {
                    if (brokenPipe(e)) {
                        return 0; // the reader stopped early (| head): not an error
                    }
                    throw e;
                }
                return 0;
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("cannot write " + out + ": no folder " + parent);
            }
            long n;
            boolean done = false;
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                n = write(store, f, os);
                done = true;
            } finally {
                if (!done) {
                    Files.deleteIfExists(out);
                }
            }
            spec.commandLine().getErr().printf("export: %d %s written to %s%n", n,
                    f == ExportFormat.CSV ? "events" : f.quads() ? "quads" : "triples", out);
            return 0;
        }
    }

    private static boolean brokenPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("Broken pipe")) {
                return true;
            }
        }
        return false;
    }

    private long write(GraphStore store, ExportFormat f, OutputStream os) {
        return f == ExportFormat.CSV ? EventTable.write(store, os) : RdfExport.write(store, f, graph, os);
    }
}
