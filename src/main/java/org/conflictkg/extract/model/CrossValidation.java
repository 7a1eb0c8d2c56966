package org.conflictkg.extract.model;

import opennlp.tools.namefind.NameSample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * k-fold cross-validation by document: the documents, sorted by name, are dealt round-robin into k
 * folds; each fold is found by a model trained on the other folds, and the counts of all folds are
 * summed.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /** The fold of each document, in the order given: document i (by name) goes to fold i mod k. */
    public static List<List<PreparedDoc>> folds(List<PreparedDoc> docs, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        }
        if (docs.size() < k) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " documents, there are " + docs.size());
        }
        List<PreparedDoc> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparing(PreparedDoc::name));
        List<List<PreparedDoc>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < sorted.size(); i++) {
            folds.get(i % k).add(sorted.get(i));
        }
        return folds;
    }

    /** Runs the folds; {@code progress} hears the number of each fold as it starts. */
    public static SpanScores run(List<PreparedDoc> docs, int k, NameModelTrainer trainer, IntConsumer progress) {
        List<List<PreparedDoc>> folds = folds(docs, k);
        SpanScores total = new SpanScores();
        for (int f = 0; f < k; f++) {
            progress.accept(f + 1);
            List<NameSample> train = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    for (PreparedDoc d : folds.get(g)) {
                        train.addAll(d.samples());
                    }
                }
            }
            NameModelFinder finder = NameModelFinder.of(trainer.train(train));
            total.add(evaluate(finder, folds.get(f)));
        }
        return total;
    }

    /** The finder's names against the gold of the documents. */
    public static SpanScores evaluate(NameModelFinder finder, List<PreparedDoc> docs) {
        SpanScores s = new SpanScores();
        for (PreparedDoc d : docs) {
            s.add(d.gold(), finder.find(d.text()));
        }
        return s;
    }
}
