package org.conflictkg.store;

import org.conflictkg.Pipeline;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.Extraction;
import org.conflictkg.extract.RelatedDates;
import org.conflictkg.ingest.Article;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.rdf.RdfMapper;
import org.conflictkg.rdf.RdfMapper.ArticleGraph;
import org.conflictkg.validate.Validator;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Reads articles, extracts them on worker threads and writes their named graphs into the store in
 * batches, streaming: only a bounded window of articles is in memory at once.
 */
public final class GraphBuilder {

    /**
     * Build settings: worker threads, articles per write transaction, and the number of input files
     * from which an empty database is filled by the TDB2 bulk loader (it has a start-up cost of a few
     * seconds that only pays off on larger inputs).
     */
    public record Options(int threads, int batch, int bulkFrom) {
        public static Options defaults() {
            return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), 64, 200);
        }

        public Options withThreads(int n) {
            return new Options(Math.max(1, n), batch, bulkFrom);
        }
    }

    /** What a build did. */
    public static final class Report {
        public int built;
        public int skipped;
        public int failed;
        /** Quads this build wrote (an actor's or place's description that was stored already is not written again). */
        public long triples;
        /** The named graphs written by this build. */
        public final List<String> graphs = new ArrayList<>();
        /** Whether the bulk loader was used (a database with no article graphs yet). */
        public boolean bulk;
        /** Seconds spent making the articles durable after the last one was extracted (the bulk loader's indexes). */
        public double finishSeconds;
        /** Articles without a year in their text, dated from related articles of the same build. */
        public int datedByRelated;
        public final Map<String, Integer> eventsByType = new TreeMap<>();
        public final Map<String, Integer> entitiesByType = new TreeMap<>();
        public final List<String> problems = new ArrayList<>();
    }

    /** Progress callback: called once per input article processed. */
    public interface Progress {
        void step(String source);
    }

    private final NlpModels models;
    private final Gazetteer gazetteer;
    private final Options options;
    private final Validator validator;
    private final UnaryOperator<Extraction> enrich;

    /** A builder; {@code validator} checks each article's graph before it is stored (null: no check). */
    public GraphBuilder(NlpModels models, Gazetteer gazetteer, Options options, Validator validator) {
        this(models, gazetteer, options, validator, UnaryOperator.identity());
    }

    private GraphBuilder(NlpModels models, Gazetteer gazetteer, Options options, Validator validator,
                         UnaryOperator<Extraction> enrich) {
        this.models = models;
        this.gazetteer = gazetteer;
        this.options = options;
        this.validator = validator;
        this.enrich = enrich;
    }

    /** The same builder with a step applied to each extraction before it is mapped (e.g. on-line linking). */
    public GraphBuilder withEnricher(UnaryOperator<Extraction> step) {
        return new GraphBuilder(models, gazetteer, options, validator, step);
    }

    private sealed interface Outcome permits Done, Failed {}

    private record Done(Extraction extraction, ArticleGraph graph) implements Outcome {}

    private record Failed(String message) implements Outcome {}

    public Report build(List<Path> files, GraphStore store, Progress progress, Consumer<String> problems) {
        Report report = new Report();
        ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(() -> new Pipeline(models, gazetteer));
        RdfMapper mapper = new RdfMapper(gazetteer);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        report.bulk = files.size() >= options.bulkFrom() && !store.hasArticleGraphs();
        GraphStore.Sink sink = report.bulk ? store.bulkSink() : store.replacingSink(options.batch());
        Map<String, String> seen = new HashMap<>();
        ArticleReader reader = new ArticleReader();
        int windowSize = options.threads() * 8;
        RelatedDates.Index dated = new RelatedDates.Index();
        List<RelatedDates.Undated> undated = new ArrayList<>();
        try {
            for (Path f : files) {
                List<Article> articles = new ArrayList<>();
                reader.read(f, r -> {
                    if (r instanceof ArticleReader.Read read) {
                        articles.add(read.article());
                    } else {
                        report.skipped++;
                        report.problems.add(r.toString());
                        problems.accept(r.toString());
                        progress.step(f.getFileName().toString());
                    }
                });
                for (Article a : articles) {
                    String first = seen.putIfAbsent(a.id(), a.source());
                    if (first != null) {
                        String msg = a.source() + ": same text as " + first + ", skipped";
                        report.skipped++;
                        report.problems.add(msg);
                        problems.accept(msg);
                        progress.step(a.source());
                        continue;
                    }
                    window.add(pool.submit(() -> {
                        try {
                            Extraction x = enrich.apply(pipelines.get().run(a));
                            ArticleGraph g = mapper.map(x);
                            if (validator != null) {
                                List<String> v = validator.violations(g.model().getGraph());
                                if (!v.isEmpty()) {
                                    return new Failed(a.source() + ": its graph breaks the shapes ("
                                            + v.size() + " violations), first: " + v.get(0));
                                }
                            }
                            return new Done(x, g);
                        } catch (RuntimeException | StackOverflowError e) {
                            return new Failed(a.source() + ": extraction failed: " + e);
                        }
                    }));
                    while (window.size() >= windowSize) {
                        take(window.poll(), report, sink, progress, problems, dated, undated);
                    }
                }
            }
            while (!window.isEmpty()) {
                take(window.poll(), report, sink, progress, problems, dated, undated);
            }
            long finishing = System.nanoTime();
            sink.finish();
            report.finishSeconds = (System.nanoTime() - finishing) / 1e9;
            report.triples = sink.written();
            if (!undated.isEmpty()) {
                dateFromRelated(undated, dated, pool, pipelines, mapper, store, report, problems);
            }
        } catch (RuntimeException | Error e) {
            sink.abort(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        } finally {
            pool.shutdownNow();
        }
        return report;
    }

    /**
     * Articles whose text names no year, extracted again with the day their related articles give
     * ({@link RelatedDates}); each graph so dated replaces the undated one.
     */
    private void dateFromRelated(List<RelatedDates.Undated> undated, RelatedDates.Index dated, ExecutorService pool,
                                 ThreadLocal<Pipeline> pipelines, RdfMapper mapper, GraphStore store, Report report,
                                 Consumer<String> problems) {
        GraphStore.Sink fix = store.replacingSink(options.batch());
        try {
            // on the worker threads, a bounded window at a time, like the build itself; problems are
            // reported here, on the calling thread, as in the build
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int windowSize = options.threads() * 8;
            for (int i = 0; i <= undated.size(); i++) {
                if (i < undated.size()) {
                    RelatedDates.Undated u = undated.get(i);
                    window.add(pool.submit(() -> {
                        try {
                            Extraction x = RelatedDates.anchor(u, dated, a -> enrich.apply(pipelines.get().run(a)));
                            if (x == null) {
                                return null;
                            }
                            ArticleGraph g = mapper.map(x);
                            // a graph that breaks the shapes is not stored; the undated one, which passed, stays
                            return validator == null || validator.violations(g.model().getGraph()).isEmpty()
                                    ? new Done(x, g) : null;
                        } catch (RuntimeException e) {
                            return new Failed(u.article().source() + ": dating from related articles failed: " + e);
                        }
                    }));
                }
                while (!window.isEmpty() && (window.size() >= windowSize || i == undated.size())) {
                    Outcome o;
                    try {
                        o = window.poll().get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    } catch (ExecutionException e) {
                        o = new Failed("dating from related articles failed: " + e.getCause());
                    }
                    if (o instanceof Done d) {
                        fix.add(d.graph());
                        report.datedByRelated++;
                    } else if (o instanceof Failed fl) {
                        problems.accept(fl.message());
                    }
                }
            }
            fix.finish();
            report.triples += fix.written();
        } catch (RuntimeException | Error e) {
            fix.abort(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
    }

    private static void take(Future<Outcome> f, Report report, GraphStore.Sink sink, Progress progress,
                             Consumer<String> problems, RelatedDates.Index dated, List<RelatedDates.Undated> undated) {
        Outcome o;
        try {
            o = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            o = new Failed("extraction failed: " + e.getCause());
        }
        if (o instanceof Done d) {
            report.built++;
            if (RelatedDates.undated(d.extraction())) {
                undated.add(RelatedDates.Undated.of(d.extraction()));
            } else {
                dated.add(d.extraction());
            }
            for (Event e : d.extraction().events()) {
                report.eventsByType.merge(e.type().name(), 1, Integer::sum);
            }
            for (Entity e : d.extraction().entities()) {
                report.entitiesByType.merge(e.type().name(), 1, Integer::sum);
            }
            sink.add(d.graph());
            report.graphs.add(d.graph().graphIri());
            progress.step(d.extraction().article().source());
        } else if (o instanceof Failed fl) {
            report.failed++;
            report.problems.add(fl.message());
            problems.accept(fl.message());
            progress.step("");
        }
    }
}
