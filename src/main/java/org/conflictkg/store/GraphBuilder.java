package org.conflictkg.store;

import org.conflictkg.Pipeline;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.Extraction;
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

/**
 * Reads articles, extracts them on worker threads and writes their named graphs into the store in
 * batches, streaming: only a bounded window of articles is in memory at once.
 */
public final class GraphBuilder {

    /** Build settings: worker threads and articles per write transaction. */
    public record Options(int threads, int batch) {
        public static Options defaults() {
            return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), 64);
        }
    }

    /** What a build did. */
    public static final class Report {
        public int built;
        public int skipped;
        public int failed;
        public long triples;
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

    /** A builder; {@code validator} checks each article's graph before it is stored (null: no check). */
    public GraphBuilder(NlpModels models, Gazetteer gazetteer, Options options, Validator validator) {
        this.models = models;
        this.gazetteer = gazetteer;
        this.options = options;
        this.validator = validator;
    }

    private sealed interface Outcome permits Done, Failed {}

    private record Done(Extraction extraction, ArticleGraph graph) implements Outcome {}

    private record Failed(String message) implements Outcome {}

    public Report build(List<Path> files, GraphStore store, Progress progress, Consumer<String> problems) {
        Report report = new Report();
        ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(() -> new Pipeline(models, gazetteer));
        RdfMapper mapper = new RdfMapper();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        List<ArticleGraph> batch = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        ArticleReader reader = new ArticleReader();
        int windowSize = options.threads() * 8;
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
                            Extraction x = pipelines.get().run(a);
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
                        take(window.poll(), report, batch, store, progress, problems);
                    }
                }
            }
            while (!window.isEmpty()) {
                take(window.poll(), report, batch, store, progress, problems);
            }
            flush(batch, store, report);
        } finally {
            pool.shutdownNow();
        }
        return report;
    }

    private void take(Future<Outcome> f, Report report, List<ArticleGraph> batch, GraphStore store,
                      Progress progress, Consumer<String> problems) {
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
            for (Event e : d.extraction().events()) {
                report.eventsByType.merge(e.type().name(), 1, Integer::sum);
            }
            for (Entity e : d.extraction().entities()) {
                report.entitiesByType.merge(e.type().name(), 1, Integer::sum);
            }
            batch.add(d.graph());
            progress.step(d.extraction().article().source());
            if (batch.size() >= options.batch()) {
                flush(batch, store, report);
            }
        } else if (o instanceof Failed fl) {
            report.failed++;
            report.problems.add(fl.message());
            problems.accept(fl.message());
            progress.step("");
        }
    }

    private static void flush(List<ArticleGraph> batch, GraphStore store, Report report) {
        store.replace(batch);
        for (ArticleGraph g : batch) {
            report.triples += g.model().size();
        }
        batch.clear();
    }
}
