package org.conflictkg.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.conflictkg.Settings;
import org.conflictkg.extract.model.NameModelFinder;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.link.online.OnlineLinkStage;
import org.conflictkg.link.online.OnlineLinker;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.store.EventMerger;
import org.conflictkg.store.GraphBuilder;
import org.conflictkg.store.GraphStore;
import org.conflictkg.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@code ckg build [--db DIR] [PATH...]}: articles in, TDB2 database out. */
@Command(name = "build", description = "Extract articles and load them into the TDB2 database.")
public final class BuildCommand implements Callable<Integer> {

    /** Exit status when some inputs were skipped or failed (what was built stays stored). */
    public static final int SOME_SKIPPED = 3;

    /** Exit status when {@code --strict} stopped the build at the first problem. */
    public static final int STRICT_STOPPED = 4;

    /** Thrown by the problems consumer in {@code --strict} mode to stop the build at the first problem. */
    static final class StrictStop extends RuntimeException {
        final boolean beforeWriting;

        StrictStop(String problem, boolean beforeWriting) {
            super(problem, null, false, false);
            this.beforeWriting = beforeWriting;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Option(names = "--online", description = "look up names the gazetteer lacks in Wikidata (needs a network; answers cached in cache/wikidata/)")
    boolean online;

    @Option(names = "--strict", description = "stop at the first problem input (exit status 4); "
            + "inputs are all read and checked before anything is written")
    boolean strict;

    @Option(names = "--batch", paramLabel = "N", description = "articles per write transaction (default: 64)")
    Integer batch;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "article files or folders (default: data/articles)")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        Settings settings = Settings.fromEnvironment();
        Path dbDir = db.resolve(settings);
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(settings.articles()) : paths;
        PrintWriter err = spec.commandLine().getErr();
        try {
            GraphBuilder.Report r = run(settings, dbDir, inputs, threads, batch, strict, quiet, online,
                    spec.commandLine().getOut(), err);
            return r.skipped + r.failed == 0 ? 0 : SOME_SKIPPED;
        } catch (StrictStop e) {
            err.println("build --strict: stopped at the first problem (" + e.getMessage() + "); "
                    + (e.beforeWriting ? "nothing was written"
                    : "articles committed before it stay stored, nothing of the unfinished batch was written"));
            err.flush();
            return STRICT_STOPPED;
        }
    }

    /** Builds and prints the summary; shared with {@code up}. */
    static GraphBuilder.Report run(Settings settings, Path dbDir, List<Path> inputs, Integer threads, boolean quiet,
                                   PrintWriter out, PrintWriter err) throws IOException {
        return run(settings, dbDir, inputs, threads, null, false, quiet, false, out, err);
    }

    /**
     * Builds and prints the summary. With {@code strict}, every input is read and checked before the
     * database is opened, and any problem met later (an article whose extraction fails) throws
     * {@link StrictStop}: the batch in hand is dropped, earlier committed batches stay.
     */
    static GraphBuilder.Report run(Settings settings, Path dbDir, List<Path> inputs, Integer threads, Integer batch,
                                   boolean strict, boolean quiet, boolean online, PrintWriter out, PrintWriter err)
            throws IOException {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException(p + ": no such file or folder");
            }
        }
        long t0 = System.nanoTime();
        List<Path> files = ArticleReader.listInputs(inputs);
        GraphBuilder.Options opts = GraphBuilder.Options.defaults();
        if (threads != null) {
            opts = opts.withThreads(threads);
        }
        if (batch != null) {
            opts = new GraphBuilder.Options(opts.threads(), Math.max(1, batch), opts.bulkFrom());
        }
        if (strict) {
            String problem = firstProblem(files);
            if (problem != null) {
                err.println("skipped: " + problem);
                throw new StrictStop(problem, true);
            }
        }
        // the gazetteer, the shapes and the name model load while the OpenNLP models do, and the
        // database opens meanwhile
        // logging and Jena set themselves up once, here, not raced by the loading threads
        org.slf4j.LoggerFactory.getILoggerFactory();
        org.apache.jena.sys.JenaSystem.init();
        ExecutorService loading = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ckg-load");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<NlpModels> models = CompletableFuture.supplyAsync(NlpModels::load, loading);
        CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(
                () -> Gazetteer.load(Gazetteer.defaultFiles(settings.data())), loading);
        CompletableFuture<Validator> validator = CompletableFuture.supplyAsync(
                () -> new Validator(settings.ontology().resolve("shapes.ttl")), loading);
        CompletableFuture<?> nameModel = CompletableFuture.runAsync(() -> NameModelFinder.shared(settings.data()), loading);
        loading.shutdown();
        GraphBuilder.Report report;
        try (GraphStore store = GraphStore.open(dbDir)) {
            store.loadOntology(settings.ontology().resolve("conflict.ttl"));
            GraphBuilder builder = new GraphBuilder(join(models), join(gazetteer), opts, join(validator));
            join(nameModel);
            if (online) {
                builder = builder.withEnricher(new OnlineLinkStage(OnlineLinker.forProject(settings), err::println));
            }
            try (ProgressBar bar = quiet ? null : progressBar(files.size())) {
                report = builder.build(files, store, s -> {
                    if (bar != null) {
                        bar.step();
                    }
                }, msg -> {
                    err.println("skipped: " + msg);
                    err.flush();
                    if (strict) {
                        throw new StrictStop(msg, false);
                    }
                });
            }
            long merging = System.nanoTime();
            EventMerger.Result merged = EventMerger.run(store, report.bulk ? null : report.graphs);
            double mergeSecs = (System.nanoTime() - merging) / 1e9;
            boolean compacted = report.bulk ? false : store.compactIfGrown(2.0);
            if (report.bulk) {
                store.recordSize();
            }
            long quads = store.knownQuadCount();
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf("build: %d articles built, %d skipped, %d failed into %s%n", report.built, report.skipped,
                    report.failed, dbDir);
            if (report.datedByRelated > 0) {
                out.printf("build: %d articles without a year dated from related articles of this build%n",
                        report.datedByRelated);
            }
            out.printf("  quads in the database: %d (this run wrote %d)%n", quads, report.triples);
            out.println("  events by type: " + report.eventsByType);
            out.println("  entities by type: " + report.entitiesByType);
            out.printf("  events reported by several articles: %d incidents from %d reports%n", merged.incidents(),
                    merged.mergedReports());
            out.printf("  seconds: %.1f%s%n", secs, report.bulk ? " (bulk loader)" : compacted ? " (compacted)" : "");
            out.printf("  of which at the end: %.1f s finishing the %s, %.1f s incidents%n", report.finishSeconds,
                    report.bulk ? "bulk load (indexes)" : "last write", mergeSecs);
            double cpu = cpuSeconds();
            if (cpu >= 0) {
                out.printf("  CPU time: %.1f s (%.2f cores on average)%n", cpu, cpu / secs);
            }
            long rss = peakRssKiB();
            if (rss > 0) {
                out.printf("  peak memory (RSS): %d MiB%n", rss / 1024);
            }
            out.flush();
        }
        Files.writeString(dbDir.resolve(UpCommand.STAMP), "built\n");
        return report;
    }

    /** The value of a loading step, or the exception it failed with. */
    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    /** CPU time the process has used, all its threads (compiler and collector included), or -1. */
    static double cpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            return ns < 0 ? -1 : ns / 1e9;
        }
        return -1;
    }

    /** The process's peak resident set size in KiB (Linux), or -1. */
    static long peakRssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Reads every input without extracting it: the first unreadable input or repeated text, else null. */
    static String firstProblem(List<Path> files) {
        ArticleReader reader = new ArticleReader();
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        String[] first = {null};
        for (Path f : files) {
            reader.read(f, r -> {
                if (first[0] != null) {
                    return;
                }
                if (r instanceof ArticleReader.Read read) {
                    String earlier = seen.putIfAbsent(read.article().id(), read.article().source());
                    if (earlier != null) {
                        first[0] = read.article().source() + ": same text as " + earlier;
                    }
                } else {
                    first[0] = r.toString();
                }
            });
            if (first[0] != null) {
                return first[0];
            }
        }
        return null;
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
