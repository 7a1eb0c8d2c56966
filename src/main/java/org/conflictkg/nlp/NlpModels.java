package org.conflictkg.nlp;

import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The OpenNLP models, loaded once from the Maven Central model jars on the class path. Models are
 * immutable and shared between threads; each thread makes its own {@link Analyzer}.
 */
public final class NlpModels {
    public static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    public static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    public static final String CHUNKER = "/en-chunker.bin";

    final SentenceModel sentence;
    final TokenizerModel tokens;
    final POSModel pos;
    final LemmatizerModel lemmas;
    final ChunkerModel chunker;

    private NlpModels(SentenceModel sentence, TokenizerModel tokens, POSModel pos,
                      LemmatizerModel lemmas, ChunkerModel chunker) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.pos = pos;
        this.lemmas = lemmas;
        this.chunker = chunker;
    }

    private static volatile NlpModels shared;

    /** Loads the models once per process (they are immutable), in parallel. */
    public static NlpModels load() {
        NlpModels m = shared;
        if (m == null) {
            synchronized (NlpModels.class) {
                m = shared;
                if (m == null) {
                    m = shared = loadNow();
                }
            }
        }
        return m;
    }

    private static NlpModels loadNow() {
        ExecutorService ex = Executors.newFixedThreadPool(2);
        try {
            Future<SentenceModel> s = ex.submit(() -> new SentenceModel(open(SENTENCE)));
            Future<TokenizerModel> t = ex.submit(() -> new TokenizerModel(open(TOKENS)));
            Future<POSModel> p = ex.submit(() -> new POSModel(open(POS)));
            Future<LemmatizerModel> l = ex.submit(() -> new LemmatizerModel(open(LEMMAS)));
            Future<ChunkerModel> c = ex.submit(() -> new ChunkerModel(open(CHUNKER)));
            return new NlpModels(get(s), get(t), get(p), get(l), get(c));
        } finally {
            ex.shutdown();
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("cannot load an OpenNLP model: " + cause.getMessage(), cause);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the class path "
                    + "(the OpenNLP model jars from Maven Central are missing)");
        }
        return in;
    }

    /** A new analyzer for the calling thread. */
    public Analyzer analyzer(Analyzer.Stages stages) {
        return new Analyzer(this, stages);
    }
}
