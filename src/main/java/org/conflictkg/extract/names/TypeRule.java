package org.conflictkg.extract.names;

/** One family of evidence about the type of a name: it adds weighted votes to the segment. */
public interface TypeRule {
    void vote(Segment seg, NameContext ctx);
}
