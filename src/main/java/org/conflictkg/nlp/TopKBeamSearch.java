package org.conflictkg.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

import java.util.PriorityQueue;

/**
 * The k-best sequence search of OpenNLP's {@code BeamSearch}, giving the same best sequence for the
 * same model, context generator and validator, with one change in how a step's candidates are
 * chosen. At every token and for every sequence kept, OpenNLP copies and sorts the probabilities of
 * all the model's outcomes to read off the k-th largest, and keeps every outcome at least that
 * likely. The English lemmatizer has thousands of outcomes (edit scripts), so that sort took half of
 * the whole analysis time. Here the k-th largest comes from one pass that keeps the k largest
 * values seen (duplicates counted, {@link Double#compare} order, as the sort has them), so the
 * outcomes kept, the order they are offered in and the scores are the same. For context generators
 * that look back at a fixed number of outcomes, the probabilities are also computed once per token
 * and ending instead of once per sequence ({@link #best(Object[], Object[], BeamSearchContextGenerator,
 * SequenceValidator, int)}).
 * <p>
 * Not thread-safe (one scratch array per instance), like the OpenNLP tools it stands in for.
 */
final class TopKBeamSearch {

    /** OpenNLP's floor for a sequence's log score: a sequence at or below it is dropped. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final int beam;
    private final MaxentModel model;
    private final double[] probs;
    private final double[] largest;

    /**
     * The search for an OpenNLP sequence model: its maxent model under {@code entry}, and the beam
     * its manifest names, else {@code defaultBeam} (what the OpenNLP tool itself would use).
     */
    static TopKBeamSearch of(opennlp.tools.util.model.BaseModel model, String entry, int defaultBeam) {
        Object maxent = model.getArtifact(entry);
        if (!(maxent instanceof MaxentModel m)) {
            throw new IllegalArgumentException("the " + model.getClass().getSimpleName()
                    + " holds no maxent model under " + entry);
        }
        String beam = model.getManifestProperty("BeamSize");
        return new TopKBeamSearch(beam != null ? Integer.parseInt(beam) : defaultBeam, m);
    }

    TopKBeamSearch(int beam, MaxentModel model) {
        if (beam < 1) {
            throw new IllegalArgumentException("beam size " + beam);
        }
        this.beam = beam;
        this.model = model;
        this.probs = new double[model.getNumOutcomes()];
        this.largest = new double[beam];
    }

    /** The outcomes of the best sequence, or an empty array when no sequence is valid. */
    <T> String[] best(T[] tokens, Object[] extra, BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
        return best(tokens, extra, contexts, validator, -1);
    }

    /**
     * The same, for a context generator whose features at a token depend on no more than the last
     * {@code history} outcomes (OpenNLP's chunker: two; its lemmatizer: one). Sequences in the beam
     * that end alike then get the same context, so its probabilities are computed once per token and
     * ending. A negative {@code history} turns this off.
     */
    <T> String[] best(T[] tokens, Object[] extra, BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator,
                      int history) {
        java.util.Map<String, double[]> seen = history >= 0 ? new java.util.HashMap<>() : null;
        PriorityQueue<Sequence> kept = new PriorityQueue<>(beam);
        PriorityQueue<Sequence> grown = new PriorityQueue<>(beam);
        kept.add(new Sequence());
        for (int i = 0; i < tokens.length; i++) {
            int expand = Math.min(beam, kept.size());
            for (int n = 0; n < expand && !kept.isEmpty(); n++) {
                Sequence top = kept.remove();
                String[] outcomes = top.getOutcomes().toArray(new String[0]);
                double[] scores;
                if (seen == null) {
                    scores = model.eval(contexts.getContext(i, tokens, outcomes, extra), probs);
                } else {
                    StringBuilder key = new StringBuilder().append(i);
                    for (int h = Math.max(0, outcomes.length - history); h < outcomes.length; h++) {
                        key.append('\u0001').append(outcomes[h]);
                    }
                    int at = i;
                    scores = seen.computeIfAbsent(key.toString(),
                            k -> model.eval(contexts.getContext(at, tokens, outcomes, extra), probs).clone());
                }
                double floor = kthLargest(scores);
                grow(grown, top, i, tokens, outcomes, scores, floor, false, validator);
                if (grown.isEmpty()) {
                    // nothing likely enough was valid: offer every valid outcome, as OpenNLP does
                    grow(grown, top, i, tokens, outcomes, scores, floor, true, validator);
                }
            }
            kept.clear();
            PriorityQueue<Sequence> swap = kept;
            kept = grown;
            grown = swap;
        }
        return kept.isEmpty() ? new String[0] : kept.remove().getOutcomes().toArray(new String[0]);
    }

    private <T> void grow(PriorityQueue<Sequence> into, Sequence top, int i, T[] tokens, String[] history,
                          double[] scores, double floor, boolean all, SequenceValidator<T> validator) {
        for (int p = 0; p < scores.length; p++) {
            if (all || scores[p] >= floor) {
                String outcome = model.getOutcome(p);
                if (validator.validSequence(i, tokens, history, outcome)) {
                    Sequence s = new Sequence(top, outcome, scores[p]);
                    if (s.getScore() > MIN_SEQUENCE_SCORE) {
                        into.add(s);
                    }
                }
            }
        }
    }

    /**
     * The value a full ascending sort would hold at index {@code max(0, n - beam)}: the beam-th
     * largest, duplicates counted, or the smallest when there are no more values than the beam.
     */
    double kthLargest(double[] values) {
        int n = values.length;
        if (n <= beam) {
            double min = values[0];
            for (int p = 1; p < n; p++) {
                if (Double.compare(values[p], min) < 0) {
                    min = values[p];
                }
            }
            return min;
        }
        // largest[0..filled) holds the largest values seen, in descending order
        int filled = 0;
        for (int p = 0; p < n; p++) {
            double v = values[p];
            if (filled < beam || Double.compare(v, largest[beam - 1]) > 0) {
                int j = filled < beam ? filled++ : beam - 1;
                while (j > 0 && Double.compare(v, largest[j - 1]) > 0) {
                    largest[j] = largest[j - 1];
                    j--;
                }
                largest[j] = v;
            }
        }
        return largest[beam - 1];
    }
}
