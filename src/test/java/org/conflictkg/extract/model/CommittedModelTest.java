package org.conflictkg.extract.model;

import org.conflictkg.extract.EntityType;
import org.conflictkg.ingest.Article;
import org.conflictkg.nlp.Analyzer;
import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.NlpModels;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model committed under data/models loads and finds names in a seed article. */
class CommittedModelTest {
    private static final Path DATA = Path.of("data");

    @Test
    void committedModelFindsSeedNames() {
        Path model = DATA.resolve(NameModelFinder.MODEL);
        assertTrue(Files.isRegularFile(model), "no committed model at " + model.toAbsolutePath());
        assertTrue(model.toFile().length() < 5L * 1024 * 1024, "the model is larger than 5 MB");
        NameModelFinder finder = NameModelFinder.forDataDir(DATA, System.err);
        assertTrue(finder.available());

        Article article = BratCorpus.readArticle(DATA.resolve("articles/000_ab091dd409959ea0.txt"));
        AnalyzedText at = NlpModels.load().analyzer(Analyzer.Stages.ALL).analyze(article);
        List<NameSpan> found = finder.find(at);
        String text = article.text();
        assertTrue(found.stream().anyMatch(n -> n.type() == EntityType.Place && n.text(text).equals("Aleppo")),
                "Aleppo (Place) not found: " + describe(found, text));
        assertTrue(found.stream().anyMatch(n -> n.type() == EntityType.State && n.text(text).equals("Russia")),
                "Russia (State) not found: " + describe(found, text));
        for (NameSpan n : found) {
            assertEquals(n.text(text).strip(), n.text(text), "a name with spaces at its edges: " + n);
            assertEquals(n.text(text), n.mention(at).text());
            assertEquals(at.sentenceAt(n.start()).index(), n.mention(at).sentence());
        }
    }

    @Test
    void oddTextGivesNoException() {
        NameModelFinder finder = NameModelFinder.forDataDir(DATA, System.err);
        String odd = "date 2020-01-01\nSHELLING HIT ALEPPO ON MONDAY, OFFICIALS SAID.\n\n"
                + "Войска обстреляли Харьков. 北京 الخرطوم \"\u2018Quoted\u2019\" — - ’s '' ...\n\n"
                + "- Aleppo\n- Homs\n- Idlib\n\n" + "and then Mosul ".repeat(200) + "\n";
        org.conflictkg.ingest.ArticleReader.Read r = (org.conflictkg.ingest.ArticleReader.Read)
                new org.conflictkg.ingest.ArticleReader().fromText(Path.of("odd.txt"), "odd.txt", odd);
        AnalyzedText at = NlpModels.load().analyzer(new Analyzer.Stages(false, false)).analyze(r.article());
        for (NameSpan n : finder.find(at)) {
            assertTrue(n.end() <= odd.length() && !n.text(odd).isBlank(), n.toString());
        }
    }

    @Test
    void missingModelFindsNothingAndSaysSo() throws Exception {
        Path dir = Files.createTempDirectory("ckg-nomodel");
        ByteArrayOutputStream notes = new ByteArrayOutputStream();
        NameModelFinder finder = NameModelFinder.load(dir.resolve("none.bin"), new PrintStream(notes, true, StandardCharsets.UTF_8));
        assertFalse(finder.available());
        Article article = BratCorpus.readArticle(DATA.resolve("articles/000_ab091dd409959ea0.txt"));
        AnalyzedText at = NlpModels.load().analyzer(new Analyzer.Stages(false, false)).analyze(article);
        assertEquals(List.of(), finder.find(at));
        // the note is printed at most once per process, so it may have gone out before this test
        assertTrue(notes.size() == 0 || notes.toString(StandardCharsets.UTF_8).contains("no name finder model"));
    }

    private static String describe(List<NameSpan> found, String text) {
        return found.stream().map(n -> n.type() + ":" + n.text(text)).toList().toString();
    }
}
