package org.conflictkg.extract.model;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.conflictkg.extract.EntityType;
import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.Sentence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Finds typed names in an analysed article with a trained name finder model. Without a model file
 * it finds nothing and says so once per process. Thread-safe: each thread gets its own
 * {@link SentenceNameFinder}.
 */
public final class NameModelFinder {
    /** The model's place under the data folder. */
    public static final String MODEL = "models/en-ner-conflict.bin";

    private static final AtomicBoolean NOTED = new AtomicBoolean();

    private final TokenNameFinderModel model;
    private final ThreadLocal<SentenceNameFinder> finders;

    private NameModelFinder(TokenNameFinderModel model) {
        this.model = model;
        this.finders = model == null ? null : ThreadLocal.withInitial(() -> new SentenceNameFinder(model));
    }

    public static NameModelFinder of(TokenNameFinderModel model) {
        return new NameModelFinder(model);
    }

    private static final java.util.concurrent.ConcurrentHashMap<Path, NameModelFinder> SHARED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The project's model, loaded once per process and shared (the finder is thread-safe). */
    public static NameModelFinder shared(Path dataDir) {
        return SHARED.computeIfAbsent(dataDir.toAbsolutePath().normalize(), d -> forDataDir(d, System.err));
    }

    /** The project's model ({@code data/models/en-ner-conflict.bin}). */
    public static NameModelFinder forDataDir(Path dataDir, PrintStream notes) {
        return load(dataDir.resolve(MODEL), notes);
    }

    /**
     * The model in the given file; a missing file gives a finder that finds nothing, with a one-line
     * note (once per process) on {@code notes}. A file that is not a name finder model is an error.
     */
    public static NameModelFinder load(Path file, PrintStream notes) {
        if (!Files.isRegularFile(file)) {
            if (NOTED.compareAndSet(false, true) && notes != null) {
                notes.println("ckg: no name finder model at " + file + " (make one with ./ckg train); "
                        + "the model finds no names");
            }
            return new NameModelFinder(null);
        }
        try {
            return new NameModelFinder(new TokenNameFinderModel(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the name finder model " + file + ": " + e.getMessage(), e);
        }
    }

    public boolean available() {
        return model != null;
    }

    public TokenNameFinderModel model() {
        return model;
    }

    /** The names of the article, in text order, as character spans of its text. */
    public List<NameSpan> find(AnalyzedText at) {
        return find(at, i -> true);
    }

    /** The names in the sentences the predicate accepts (by sentence index), in text order. */
    public List<NameSpan> find(AnalyzedText at, java.util.function.IntPredicate sentences) {
        if (model == null) {
            return List.of();
        }
        SentenceNameFinder me = finders.get();
        me.clearAdaptiveData();
        List<NameSpan> out = new ArrayList<>();
        try {
            for (Sentence s : at.sentences()) {
                if (!sentences.test(s.index())) {
                    continue;
                }
                List<ModelTokens.Piece> tokens = ModelTokens.of(s);
                if (tokens.isEmpty()) {
                    continue;
                }
                Span[] spans = me.find(NameSamples.words(tokens), NameSamples.context(tokens));
                for (Span sp : spans) {
                    EntityType type = typeOf(sp.getType());
                    if (type != null) {
                        out.add(new NameSpan(tokens.get(sp.getStart()).start(), tokens.get(sp.getEnd() - 1).end(), type));
                    }
                }
            }
        } finally {
            me.clearAdaptiveData();
        }
        Collections.sort(out);
        return out;
    }

    private static EntityType typeOf(String t) {
        if (t == null) {
            return null;
        }
        try {
            return EntityType.valueOf(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
