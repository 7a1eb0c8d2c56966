package org.conflictkg.extract.model;

import org.conflictkg.nlp.Analyzer;
import org.conflictkg.nlp.NlpModels;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The corpus annotations read against the shared corpus texts (skipped where ../shared is absent). */
class SharedCorpusTest {
    private static final Path CORPUS = Path.of("../shared/corpus/articles");

    @Test
    void annotationsReadAndFallOnModelTokens() {
        assumeTrue(Files.isDirectory(CORPUS), "skipped: no shared corpus at " + CORPUS.toAbsolutePath().normalize());
        CorpusSplit split = CorpusSplit.read(Path.of("data/gold-dev/SPLIT.md"));
        List<BratCorpus.Doc> dev = BratCorpus.load(Path.of("data/annotations"), CORPUS, n -> !split.isTest(n));
        List<BratCorpus.Doc> test = BratCorpus.load(Path.of("data/annotations"), CORPUS, split::isTest);
        assertEquals(6, test.size());
        assertEquals(22, dev.size());
        Analyzer analyzer = NlpModels.load().analyzer(new Analyzer.Stages(false, false));
        NameSamples.Alignment al = new NameSamples.Alignment();
        for (BratCorpus.Doc d : dev) {
            PreparedDoc.of(d, analyzer, al);
        }
        int all = al.kept() + al.lost().size();
        assertTrue(all > 300, "too few names: " + all);
        assertTrue(al.lost().size() * 50 < all, "more than 2% of the names miss token edges: " + al.lost());
    }
}
