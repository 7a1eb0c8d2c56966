package org.conflictkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The one-to-one pairing score.py uses everywhere: each gold item, in gold order, takes the first
 * system item, in system order, that matches it and is not taken yet.
 */
public record Greedy<G, S>(List<Pair<G, S>> pairs, List<G> unmatchedGold, List<S> unmatchedSystem) {

    /** A gold item and the system item it took. */
    public record Pair<G, S>(G gold, S system) {
    }

    public static <G, S> Greedy<G, S> pair(List<G> gold, List<S> system, BiPredicate<G, S> matches) {
        List<S> left = new ArrayList<>(system);
        List<Pair<G, S>> pairs = new ArrayList<>();
        List<G> unmatched = new ArrayList<>();
        for (G g : gold) {
            int taken = -1;
            for (int i = 0; i < left.size() && taken < 0; i++) {
                if (matches.test(g, left.get(i))) {
                    taken = i;
                }
            }
            if (taken < 0) {
                unmatched.add(g);
            } else {
                pairs.add(new Pair<>(g, left.remove(taken)));
            }
        }
        return new Greedy<>(pairs, unmatched, left);
    }

    /** {tp, fp, fn}: the pairs, the system items left, the gold items left. */
    public int[] counts() {
        return new int[] {pairs.size(), unmatchedSystem.size(), unmatchedGold.size()};
    }
}
