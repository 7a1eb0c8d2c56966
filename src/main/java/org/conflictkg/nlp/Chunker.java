package org.conflictkg.nlp;

import opennlp.tools.chunker.ChunkerContextGenerator;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TokenTag;

/**
 * OpenNLP's chunker with the model, context generator, validator and beam size that
 * {@link ChunkerME} uses, searched with {@link TopKBeamSearch}. Its default context generator looks
 * back at two outcomes only, so the ten sequences of its beam that end alike share one context and
 * one evaluation per token: the same chunks with fewer model evaluations. Not thread-safe: one per
 * thread.
 */
public final class Chunker {

    /** The artifact of a chunker model that holds its maxent model. */
    private static final String MODEL_ENTRY = "chunker.model";

    private final TopKBeamSearch search;
    private final ChunkerContextGenerator contexts;
    private final SequenceValidator<TokenTag> validator;
    private final int history;

    public Chunker(ChunkerModel model) {
        this.search = TopKBeamSearch.of(model, MODEL_ENTRY, ChunkerME.DEFAULT_BEAM_SIZE);
        this.contexts = model.getFactory().getContextGenerator();
        this.validator = model.getFactory().getSequenceValidator();
        this.history = contexts.getClass() == DefaultChunkerContextGenerator.class ? 2 : -1;
    }

    /** The BIO chunk tag of each token, given its Penn tag. */
    public String[] chunk(String[] tokens, String[] tags) {
        return search.best(TokenTag.create(tokens, tags), new Object[0], contexts, validator, history);
    }
}
