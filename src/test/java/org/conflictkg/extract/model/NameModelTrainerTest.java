package org.conflictkg.extract.model;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.conflictkg.extract.EntityType;
import org.conflictkg.ingest.Article;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.nlp.Analyzer;
import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.NlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training on a handful of made-up sentences gives a model that finds names in a new one. */
class NameModelTrainerTest {
    private static final Pattern MARK = Pattern.compile("\\[(\\w+) ([^\\]]+)\\]");

    private static Analyzer analyzer;

    @BeforeAll
    static void models() {
        analyzer = NlpModels.load().analyzer(new Analyzer.Stages(false, false));
    }

    /** A document from text with names marked "[Type words]". */
    record Marked(AnalyzedText text, List<NameSpan> names) {
    }

    static Marked marked(String source) {
        StringBuilder plain = new StringBuilder();
        List<NameSpan> names = new ArrayList<>();
        Matcher m = MARK.matcher(source);
        int last = 0;
        while (m.find()) {
            plain.append(source, last, m.start());
            int a = plain.length();
            plain.append(m.group(2));
            names.add(new NameSpan(a, plain.length(), EntityType.valueOf(m.group(1))));
            last = m.end();
        }
        plain.append(source.substring(last));
        ArticleReader.Result r = new ArticleReader().fromText(Path.of("t.txt"), "t.txt", plain.toString());
        Article article = ((ArticleReader.Read) r).article();
        return new Marked(analyzer.analyze(article), names);
    }

    private static final String[] PLACES = {"Aleppo", "Homs", "Idlib", "Mosul", "Tikrit", "Fallujah", "Sanaa",
            "Aden", "Tripoli", "Benghazi", "Kharkiv", "Kherson"};
    private static final String[] PEOPLE = {"Ahmed Saleh", "John Smith", "Maria Lopez", "Omar Khalid",
            "Sara Haddad", "Ivan Petrov", "Ali Hassan", "Peter Brown", "Nadia Karim", "Samir Aziz",
            "Laura Klein", "Musa Bello"};

    static List<NameSample> trainingSamples() {
        List<NameSample> samples = new ArrayList<>();
        NameSamples.Alignment al = new NameSamples.Alignment();
        for (int i = 0; i < PLACES.length; i++) {
            String text = "Fighter jets bombed [Place " + PLACES[i] + "] on Monday, residents said.\n"
                    + "Spokesman [Person " + PEOPLE[i] + "] said the attack killed civilians.\n"
                    + "Aid reached the town after the strike, officials said.\n";
            Marked m = marked(text);
            samples.addAll(NameSamples.of("doc" + i, m.text(), m.names(), al));
        }
        assertTrue(al.lost().isEmpty(), al.lost().toString());
        return samples;
    }

    @Test
    void findsANameInASimilarSentence() throws Exception {
        Dictionary gazetteer = new Dictionary(true);
        GazetteerDictionary.add(gazetteer, "city", "Homs");
        NameModelTrainer trainer = new NameModelTrainer(gazetteer, new NameModelTrainer.Params("PERCEPTRON", 60, 0));
        TokenNameFinderModel model = trainer.train(trainingSamples());

        // the model survives writing and reading (the gazetteer resource travels with it)
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        TokenNameFinderModel reread = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));

        Marked test = marked("Fighter jets bombed [Place Raqqa] on Monday, residents said.\n"
                + "Spokesman [Person Karim Nasser] said the attack killed civilians.\n");
        List<NameSpan> found = NameModelFinder.of(reread).find(test.text());
        assertTrue(found.contains(test.names().get(0)), "Raqqa not found: " + found);
        SpanScores s = new SpanScores().add(test.names(), found);
        assertTrue(s.overall().f1() >= 0.99, s.table());
    }

    @Test
    void refusesSamplesWithoutNames() {
        NameModelTrainer trainer = new NameModelTrainer(new Dictionary(true), new NameModelTrainer.Params("PERCEPTRON", 5, 0));
        Marked m = marked("Nothing is named here at all.\n");
        List<NameSample> none = NameSamples.of("d", m.text(), m.names(), new NameSamples.Alignment());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> trainer.train(none));
        assertEquals("no names in the training samples", e.getMessage());
    }
}
