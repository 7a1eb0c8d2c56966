package org.conflictkg.extract.model;

import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

import java.util.Arrays;
import java.util.List;

/**
 * The name finder of a model, put together as {@link NameFinderME} does (the model's feature
 * generators, the additional context in a window of eight tokens each side, the model's beam search,
 * sequence codec and validator), finding the same names, with one difference in the work: the
 * features of a token that do not depend on the outcomes before it are made once per token, not
 * once per sequence the beam search keeps. Only the four features of the previous outcomes
 * ({@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}) are made per sequence, appended after the
 * others as {@code DefaultNameContextGenerator} appends them, so the model sees the same features
 * in the same order. Not thread-safe: one per thread.
 */
final class SentenceNameFinder {
    private final SequenceClassificationModel model;
    private final NameContextGenerator contexts;
    private final AdditionalContextFeatureGenerator additional = new AdditionalContextFeatureGenerator();
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final PerToken perToken = new PerToken();

    SentenceNameFinder(TokenNameFinderModel m) {
        this.codec = m.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.model = m.getNameFinderSequenceModel();
        this.contexts = m.getFactory().createContextGenerator();
        this.contexts.addFeatureGenerator(new WindowFeatureGenerator(additional, 8, 8));
    }

    /** The names of a sentence as token spans with their types. */
    Span[] find(String[] tokens, String[][] additionalContext) {
        additional.setCurrentContext(additionalContext);
        perToken.reset(tokens.length);
        Sequence best = model.bestSequence(tokens, additionalContext, perToken, validator);
        List<String> outcomes = best.getOutcomes();
        contexts.updateAdaptiveData(tokens, outcomes.toArray(new String[0]));
        return codec.decode(outcomes);
    }

    void clearAdaptiveData() {
        contexts.clearAdaptiveData();
    }

    /** The model's context generator with the outcome-free features of each token kept for the sentence. */
    private final class PerToken implements BeamSearchContextGenerator<String> {
        private String[][] fixed = new String[0][];

        void reset(int n) {
            fixed = new String[n][];
        }

        @Override
        public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
            String[] f = fixed[index];
            if (f == null) {
                // without previous outcomes the generator gives only the features of its generators
                f = contexts.getContext(index, tokens, null, additionalContext);
                fixed[index] = f;
            }
            if (preds == null) {
                return f.clone();
            }
            String po = NameFinderME.OTHER;
            String ppo = NameFinderME.OTHER;
            if (index > 1) {
                ppo = preds[index - 2];
            }
            if (index > 0) {
                po = preds[index - 1];
            }
            String[] out = Arrays.copyOf(f, f.length + 4);
            out[f.length] = "po=" + po;
            out[f.length + 1] = "pow=" + po + "," + tokens[index];
            out[f.length + 2] = "powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(tokens[index]);
            out[f.length + 3] = "ppo=" + ppo;
            return out;
        }
    }
}
