package org.conflictkg.eval;

/** Precision, recall and F1 of one figure; a null part means "not measured". */
public record Prf(Double precision, Double recall, Double f1) {
    public static final Prf NONE = new Prf(null, null, null);

    /**
     * The conventions of score.py: with no system item, precision is 1 when there was no gold item
     * either and 0 otherwise; with no gold item, recall is 1; F1 is 0 when P + R is 0.
     */
    public static Prf of(int tp, int fp, int fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(p, r, f);
    }
}
