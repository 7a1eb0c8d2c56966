package org.conflictkg.store;

import org.conflictkg.Settings;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quad count the store keeps through its writes (bulk load, replaced graphs, the ontology,
 * incidents) is the number a full read of the database gives, without that read.
 */
class QuadCountTest {

    @TempDir
    Path tmp;

    @Test
    void keptCountIsTheCountOfAFullRead() throws IOException {
        Settings settings = Settings.fromEnvironment();
        List<Path> files = ArticleReader.listInputs(List.of(settings.articles()));
        assertTrue(files.size() >= 3, "articles: " + files.size());
        NlpModels models = NlpModels.load();
        Gazetteer gazetteer = Gazetteer.load(Gazetteer.defaultFiles(settings.data()));
        Path db = tmp.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(0, store.knownQuadCount(), "a new database");
            store.loadOntology(settings.ontology().resolve("conflict.ttl"));
            assertEquals(store.quadCount(), store.knownQuadCount(), "after the ontology");

            // an empty database is filled by the bulk loader, then the incidents of the whole graph
            GraphBuilder.Report r = build(models, gazetteer, files.subList(0, files.size() - 1), store, 1);
            assertTrue(r.bulk);
            EventMerger.run(store, null);
            assertEquals(store.quadCount(), store.knownQuadCount(), "after the bulk load");

            // the ontology again, one more article, and a new version of a file already stored
            store.loadOntology(settings.ontology().resolve("conflict.ttl"));
            Path changed = tmp.resolve(files.get(0).getFileName());
            Files.writeString(changed, Files.readString(files.get(0)) + "\n\nThe toll was later revised.");
            List<Path> more = List.of(files.get(files.size() - 1), changed);
            GraphBuilder.Report r2 = build(models, gazetteer, more, store, 1_000_000);
            assertTrue(!r2.bulk);
            EventMerger.run(store, r2.graphs);
            assertEquals(store.quadCount(), store.knownQuadCount(), "after replacing graphs");

            // the same files again change nothing
            long before = store.knownQuadCount();
            GraphBuilder.Report r3 = build(models, gazetteer, more, store, 1_000_000);
            EventMerger.run(store, r3.graphs);
            assertEquals(before, store.knownQuadCount());
            assertEquals(store.quadCount(), store.knownQuadCount(), "after building again");

            // without a kept count (writes through the server), the database is read in full once
            store.forgetCount();
            assertEquals(store.quadCount(), store.knownQuadCount(), "read afresh");
            assertTrue(Files.exists(db.resolve("ckg-quads.txt")));
        }
    }

    private static GraphBuilder.Report build(NlpModels models, Gazetteer gazetteer, List<Path> files,
                                             GraphStore store, int bulkFrom) {
        List<String> problems = new ArrayList<>();
        GraphBuilder.Report r = new GraphBuilder(models, gazetteer, new GraphBuilder.Options(2, 2, bulkFrom), null)
                .build(files, store, s -> { }, problems::add);
        assertEquals(List.of(), problems);
        return r;
    }
}
