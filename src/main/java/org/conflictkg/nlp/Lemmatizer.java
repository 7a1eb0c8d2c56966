package org.conflictkg.nlp;

import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's statistical lemmatizer with the model, context generator, validator and beam size that
 * {@link LemmatizerME} uses, searched with {@link TopKBeamSearch}: the same lemmas, about twice as
 * fast. Not thread-safe: one per thread.
 */
public final class Lemmatizer {

    /** The artifact of a lemmatizer model that holds its maxent model. */
    private static final String MODEL_ENTRY = "lemmatizer.model";
    /** OpenNLP's beam for lemmatizer models whose manifest names none. */
    private static final int DEFAULT_BEAM = 3;

    private final TopKBeamSearch search;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final int history;

    public Lemmatizer(LemmatizerModel model) {
        this.search = TopKBeamSearch.of(model, MODEL_ENTRY, DEFAULT_BEAM);
        this.contexts = model.getFactory().getContextGenerator();
        this.validator = model.getFactory().getSequenceValidator();
        // OpenNLP's own context generator looks back at one outcome; another one may look further
        this.history = contexts.getClass() == DefaultLemmatizerContextGenerator.class ? 1 : -1;
    }

    /** The lemma of each token, given its part of speech. */
    public String[] lemmatize(String[] tokens, String[] tags) {
        String[] scripts = search.best(tokens, new Object[] {tags}, contexts, validator, history);
        return LemmatizerME.decodeLemmas(tokens, scripts);
    }
}
