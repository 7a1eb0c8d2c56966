package org.conflictkg;

import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.store.GraphBuilder;
import org.conflictkg.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The graph built from data/articles, once per test run, shared by the tests that query it. */
public final class TestGraph {
    private static GraphStore store;
    private static GraphBuilder.Report report;

    private TestGraph() {
    }

    public static synchronized GraphStore store() {
        if (store == null) {
            Settings settings = Settings.fromEnvironment();
            Path db = settings.home().resolve("target/test-db");
            delete(db);
            store = GraphStore.open(db);
            store.loadOntology(settings.ontology().resolve("conflict.ttl"));
            GraphBuilder builder = new GraphBuilder(NlpModels.load(),
                    Gazetteer.load(Gazetteer.defaultFiles(settings.data())), GraphBuilder.Options.defaults(),
                    new org.conflictkg.validate.Validator(settings.ontology().resolve("shapes.ttl")));
            try {
                report = builder.build(org.conflictkg.ingest.ArticleReader.listInputs(List.of(settings.articles())),
                        store, s -> { }, msg -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    public static synchronized GraphBuilder.Report report() {
        store();
        return report;
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
