package org.conflictkg.store;

import org.apache.jena.graph.Graph;
import org.conflictkg.Settings;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building the same articles twice, or in another order, gives the same named graphs. */
class IdempotenceTest {

    @TempDir
    Path tmp;

    @Test
    void twiceOrReversedGivesIsomorphicGraphs() throws IOException {
        Settings settings = Settings.fromEnvironment();
        List<Path> files = ArticleReader.listInputs(List.of(settings.articles()));
        assertTrue(files.size() >= 3, "articles: " + files.size());
        List<Path> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        NlpModels models = NlpModels.load();
        Gazetteer gazetteer = Gazetteer.load(Gazetteer.defaultFiles(settings.data()));
        Validator validator = new Validator(settings.ontology().resolve("shapes.ttl"));

        Map<String, Graph> once;
        Map<String, Graph> twice;
        try (GraphStore a = GraphStore.open(tmp.resolve("a"))) {
            a.loadOntology(settings.ontology().resolve("conflict.ttl"));
            build(models, gazetteer, validator, files, a, 2, 64);
            once = GraphSnapshot.of(a);
            long quads = a.quadCount();
            a.loadOntology(settings.ontology().resolve("conflict.ttl"));
            GraphBuilder.Report again = build(models, gazetteer, validator, files, a, 2, 64);
            assertEquals(files.size(), again.built);
            twice = GraphSnapshot.of(a);
            assertEquals(quads, a.quadCount(), "no quad added by building again");
        }
        GraphSnapshot.assertSameGraphs(once, twice, "built twice");
        GraphSnapshot.assertNamedAreDescribed(once, "built once");
        assertEquals(files.size() + 2, once.size(), "one graph per article, the ontology and the actors and places");
        for (Map.Entry<String, Graph> e : once.entrySet()) {
            if (GraphSnapshot.isArticleGraph(e.getKey())) {
                GraphSnapshot.assertWholeArticle(e.getKey(), e.getValue());
            }
        }

        // reversed order, one thread and a write transaction per article
        try (GraphStore b = GraphStore.open(tmp.resolve("b"))) {
            b.loadOntology(settings.ontology().resolve("conflict.ttl"));
            build(models, gazetteer, validator, reversed, b, 1, 1);
            GraphSnapshot.assertSameGraphs(once, GraphSnapshot.of(b), "built in reverse order");
        }
    }

    private static GraphBuilder.Report build(NlpModels models, Gazetteer gazetteer, Validator validator,
                                             List<Path> files, GraphStore store, int threads, int batch) {
        List<String> problems = new ArrayList<>();
        GraphBuilder.Report r = new GraphBuilder(models, gazetteer, new GraphBuilder.Options(threads, batch, 1_000_000), validator)
                .build(files, store, s -> { }, problems::add);
        assertEquals(List.of(), problems);
        return r;
    }
}
