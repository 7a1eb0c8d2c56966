package org.conflictkg.bench;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.conflictkg.nlp.Chunker;
import org.conflictkg.nlp.Lemmatizer;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.nlp.PennTags;

import java.io.IOException;
import java.io.InputStream;

/**
 * OpenNLP alone: the same stages with the same models as the pipeline (sentences per line, tokens,
 * UD tags, lemmas, chunks over Penn tags), with nothing kept. The yardstick for extraction speed.
 * With {@code ourSearch} the lemmas and chunks come from the pipeline's {@link Lemmatizer} and
 * {@link Chunker} (the same models, lemmas and chunks, a faster search), which separates what the
 * rules cost from what the search saves.
 */
final class BareOpenNlp {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final Lemmatizer ourLemmatizer;
    private final ChunkerME chunker;
    private final Chunker ourChunker;

    BareOpenNlp(boolean ourSearch) throws IOException {
        sentences = new SentenceDetectorME(new SentenceModel(open(NlpModels.SENTENCE)));
        tokenizer = new TokenizerME(new TokenizerModel(open(NlpModels.TOKENS)));
        tagger = new POSTaggerME(new POSModel(open(NlpModels.POS)));
        LemmatizerModel lemmas = new LemmatizerModel(open(NlpModels.LEMMAS));
        lemmatizer = ourSearch ? null : new LemmatizerME(lemmas);
        ourLemmatizer = ourSearch ? new Lemmatizer(lemmas) : null;
        ChunkerModel chunks = new ChunkerModel(open(NlpModels.CHUNKER));
        chunker = ourSearch ? null : new ChunkerME(chunks);
        ourChunker = ourSearch ? new Chunker(chunks) : null;
    }

    private static InputStream open(String resource) {
        return BareOpenNlp.class.getResourceAsStream(resource);
    }

    /** Runs every stage over the text; returns the number of tokens. */
    long run(String text) {
        long tokens = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            for (Span s : sentences.sentPosDetect(line)) {
                String sentence = s.getCoveredText(line).toString();
                Span[] spans = tokenizer.tokenizePos(sentence);
                String[] words = Span.spansToStrings(spans, sentence);
                if (words.length == 0) {
                    continue;
                }
                String[] upos = tagger.tag(words);
                String[] lemmas = lemmatizer != null ? lemmatizer.lemmatize(words, upos) : ourLemmatizer.lemmatize(words, upos);
                String[] penn = new String[words.length];
                for (int i = 0; i < words.length; i++) {
                    penn[i] = PennTags.of(upos[i], words[i], lemmas[i]);
                }
                if (chunker != null) {
                    chunker.chunk(words, penn);
                } else {
                    ourChunker.chunk(words, penn);
                }
                tokens += words.length;
            }
        }
        return tokens;
    }
}
