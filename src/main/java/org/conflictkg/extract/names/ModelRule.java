package org.conflictkg.extract.names;

import org.conflictkg.extract.model.NameSpan;

import java.util.List;

/**
 * Evidence from the trained name finder model: a name the gazetteer does not know, whose span the
 * model also finds, gets a vote for the model's type. The model only types names the rules found;
 * it adds no names of its own.
 */
public final class ModelRule implements TypeRule {
    private final List<NameSpan> spans;
    private final double weight;

    public ModelRule(List<NameSpan> spans, double weight) {
        this.spans = spans;
        this.weight = weight;
    }

    @Override
    public void vote(Segment seg, NameContext ctx) {
        if (seg.kind != Segment.Kind.UNKNOWN) {
            return;
        }
        for (NameSpan s : spans) {
            if (s.start() == seg.mStart && s.end() == seg.mEnd) {
                seg.vote(s.type(), weight, "model");
                return;
            }
        }
    }
}
