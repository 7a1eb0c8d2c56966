package org.conflictkg.eval;

/** True positives, false positives and false negatives of one figure, summed over documents. */
public final class Counts {
    private int tp;
    private int fp;
    private int fn;

    public void add(int tp, int fp, int fn) {
        this.tp += tp;
        this.fp += fp;
        this.fn += fn;
    }

    public void add(int[] tpFpFn) {
        add(tpFpFn[0], tpFpFn[1], tpFpFn[2]);
    }

    /** Precision, recall and F1; all three null when there was nothing to compare. */
    public Prf scores() {
        if (tp + fp + fn == 0) {
            return Prf.NONE;
        }
        return Prf.of(tp, fp, fn);
    }
}
