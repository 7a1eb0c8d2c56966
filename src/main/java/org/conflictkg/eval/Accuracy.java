package org.conflictkg.eval;

/** The share of judged items that were right; null when nothing was judged. */
public final class Accuracy {
    private int right;
    private int total;

    public void add(boolean ok) {
        total++;
        if (ok) {
            right++;
        }
    }

    public Double value() {
        return total > 0 ? (double) right / total : null;
    }
}
