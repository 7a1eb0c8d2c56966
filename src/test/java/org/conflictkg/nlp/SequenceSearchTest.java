package org.conflictkg.nlp;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our beam search gives OpenNLP's lemmas and chunks, sentence by sentence. */
class SequenceSearchTest {

    @Test
    void kthLargestIsWhatAFullSortHoldsAtLengthMinusBeam() {
        Random r = new Random(7);
        for (int beam = 1; beam <= 10; beam++) {
            TopKBeamSearch s = new TopKBeamSearch(beam, new opennlp.tools.ml.maxent.GISModel(
                    new opennlp.tools.ml.model.Context[0], new String[0], new String[] {"a", "b"}));
            for (int trial = 0; trial < 500; trial++) {
                double[] v = new double[1 + r.nextInt(40)];
                for (int i = 0; i < v.length; i++) {
                    // few distinct values, so ties are common
                    v[i] = r.nextInt(4) == 0 ? r.nextDouble() : r.nextInt(5) / 4.0;
                }
                double[] sorted = v.clone();
                Arrays.sort(sorted);
                assertEquals(sorted[Math.max(0, v.length - beam)], s.kthLargest(v), "beam " + beam + " on " + Arrays.toString(v));
            }
        }
    }

    @Test
    void sameLemmasAndChunksAsOpenNlpOnTheSeedsAndTheSharedCorpus() throws IOException {
        NlpModels m = NlpModels.load();
        SentenceDetectorME sentences = new SentenceDetectorME(m.sentence);
        TokenizerME tokenizer = new TokenizerME(m.tokens);
        POSTaggerME tagger = new POSTaggerME(m.pos);
        LemmatizerME theirs = new LemmatizerME(m.lemmas);
        Lemmatizer ours = new Lemmatizer(m.lemmas);
        ChunkerME theirChunker = new ChunkerME(m.chunker);
        Chunker ourChunker = new Chunker(m.chunker);
        List<Path> texts = new ArrayList<>(files(Path.of("data/articles")));
        Path corpus = Path.of("../shared/corpus/articles");
        if (Files.isDirectory(corpus)) {
            texts.addAll(files(corpus));
        } else {
            System.out.println("SequenceSearchTest: no shared corpus at " + corpus.toAbsolutePath().normalize() + "; seeds only");
        }
        int compared = 0;
        for (Path p : texts) {
            for (String sentence : sentences.sentDetect(Files.readString(p))) {
                String[] tokens = tokenizer.tokenize(sentence);
                if (tokens.length == 0) {
                    continue;
                }
                String[] tags = tagger.tag(tokens);
                String[] lemmas = theirs.lemmatize(tokens, tags);
                assertArrayEquals(lemmas, ours.lemmatize(tokens, tags), p + ": " + sentence);
                String[] penn = new String[tokens.length];
                for (int i = 0; i < tokens.length; i++) {
                    penn[i] = PennTags.of(tags[i], tokens[i], lemmas[i]);
                }
                assertArrayEquals(theirChunker.chunk(tokens, penn), ourChunker.chunk(tokens, penn), p + ": " + sentence);
                compared++;
            }
        }
        // the five seeds alone hold about 90 sentences; with the shared corpus there are well over a thousand
        assertTrue(compared > (Files.isDirectory(corpus) ? 100 : 50), "only " + compared + " sentences");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
