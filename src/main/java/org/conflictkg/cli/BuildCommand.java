package org.conflictkg.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.conflictkg.Settings;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.store.GraphBuilder;
import org.conflictkg.store.GraphStore;
import org.conflictkg.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ckg build [--db DIR] [PATH...]}: articles in, TDB2 database out. */
@Command(name = "build", description = "Extract articles and load them into the TDB2 database.")
public final class BuildCommand implements Callable<Integer> {

    /** Exit status when some inputs were skipped or failed (what was built stays stored). */
    public static final int SOME_SKIPPED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "database folder (default: db/ in the project)")
    Path db;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "article files or folders (default: data/articles)")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        Settings settings = Settings.fromEnvironment();
        Path dbDir = db != null ? db : settings.defaultDb();
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(settings.articles()) : paths;
        GraphBuilder.Report r = run(settings, dbDir, inputs, threads, quiet, spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return r.skipped + r.failed == 0 ? 0 : SOME_SKIPPED;
    }

    /** Builds and prints the summary; shared with {@code up}. */
    static GraphBuilder.Report run(Settings settings, Path dbDir, List<Path> inputs, Integer threads, boolean quiet,
                                   PrintWriter out, PrintWriter err) throws IOException {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException(p + ": no such file or folder");
            }
        }
        long t0 = System.nanoTime();
        List<Path> files = ArticleReader.listInputs(inputs);
        GraphBuilder.Options opts = GraphBuilder.Options.defaults();
        if (threads != null) {
            opts = new GraphBuilder.Options(Math.max(1, threads), opts.batch());
        }
        GraphBuilder builder = new GraphBuilder(NlpModels.load(),
                Gazetteer.load(Gazetteer.defaultFiles(settings.data())), opts,
                new Validator(settings.ontology().resolve("shapes.ttl")));
        GraphBuilder.Report report;
        try (GraphStore store = GraphStore.open(dbDir)) {
            store.loadOntology(settings.ontology().resolve("conflict.ttl"));
            try (ProgressBar bar = quiet ? null : progressBar(files.size())) {
                report = builder.build(files, store, s -> {
                    if (bar != null) {
                        bar.step();
                    }
                }, msg -> err.println("skipped: " + msg));
            }
            long quads = store.quadCount();
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf("build: %d articles built, %d skipped, %d failed into %s%n", report.built, report.skipped,
                    report.failed, dbDir);
            out.printf("  quads in the database: %d (this run wrote %d)%n", quads, report.triples);
            out.println("  events by type: " + report.eventsByType);
            out.println("  entities by type: " + report.entitiesByType);
            out.printf("  seconds: %.1f%n", secs);
            out.flush();
        }
        Files.writeString(dbDir.resolve(UpCommand.STAMP), "built\n");
        return report;
    }

    private static ProgressBar progressBar(int n) {
        return new ProgressBarBuilder().setTaskName("build").setInitialMax(n)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setMaxRenderedLength(80)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).showSpeed()
                .setEtaFunction(state -> java.util.Optional.of(Duration.ZERO)).hideEta()
                .build();
    }
}
