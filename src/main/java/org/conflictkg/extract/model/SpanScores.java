package org.conflictkg.extract.model;

import org.conflictkg.eval.Prf;
import org.conflictkg.extract.EntityType;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mention-level precision, recall and F1 of found names against gold names: a found name counts
 * when a gold name has the same start, end and type (each gold name matches once). Per type, a found
 * name of the wrong type is a false positive of its type and a miss of the gold type. The
 * boundary-only figure ignores the types.
 */
public final class SpanScores {
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    private final int[] untyped = new int[3];

    public SpanScores() {
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]);
        }
    }

    /** Adds one document. */
    public SpanScores add(List<NameSpan> gold, List<NameSpan> found) {
        match(gold, found, true);
        match(gold, found, false);
        return this;
    }

    /** Adds another set of counts to this one. */
    public SpanScores add(SpanScores o) {
        for (EntityType t : EntityType.values()) {
            for (int k = 0; k < 3; k++) {
                counts.get(t)[k] += o.counts.get(t)[k];
            }
        }
        for (int k = 0; k < 3; k++) {
            untyped[k] += o.untyped[k];
        }
        return this;
    }

    private void match(List<NameSpan> gold, List<NameSpan> found, boolean typed) {
        boolean[] used = new boolean[gold.size()];
        for (NameSpan f : found) {
            int hit = -1;
            for (int i = 0; i < gold.size() && hit < 0; i++) {
                NameSpan g = gold.get(i);
                if (!used[i] && g.start() == f.start() && g.end() == f.end() && (!typed || g.type() == f.type())) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
            }
            (typed ? counts.get(f.type()) : untyped)[hit >= 0 ? 0 : 1]++;
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!used[i]) {
                (typed ? counts.get(gold.get(i).type()) : untyped)[2]++;
            }
        }
    }

    public int truePositives(EntityType t) {
        return counts.get(t)[0];
    }

    public int falsePositives(EntityType t) {
        return counts.get(t)[1];
    }

    public int falseNegatives(EntityType t) {
        return counts.get(t)[2];
    }

    /** Gold names of the type. */
    public int gold(EntityType t) {
        return counts.get(t)[0] + counts.get(t)[2];
    }

    public Prf of(EntityType t) {
        int[] c = counts.get(t);
        return Prf.of(c[0], c[1], c[2]);
    }

    /** All types together (micro-averaged), exact span and type. */
    public Prf overall() {
        int[] sum = new int[3];
        for (int[] c : counts.values()) {
            for (int k = 0; k < 3; k++) {
                sum[k] += c[k];
            }
        }
        return Prf.of(sum[0], sum[1], sum[2]);
    }

    /** Exact span, type ignored. */
    public Prf boundaries() {
        return Prf.of(untyped[0], untyped[1], untyped[2]);
    }

    /** A Markdown table: one row per type, then all types, then boundaries only. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| type | gold | found | correct | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
        int[] sum = new int[3];
        for (EntityType t : EntityType.values()) {
            int[] c = counts.get(t);
            row(sb, t.name(), c);
            for (int k = 0; k < 3; k++) {
                sum[k] += c[k];
            }
        }
        row(sb, "**all types**", sum);
        row(sb, "boundaries only", untyped);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, int[] c) {
        Prf p = Prf.of(c[0], c[1], c[2]);
        sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", label,
                c[0] + c[2], c[0] + c[1], c[0], p.precision(), p.recall(), p.f1()));
    }
}
