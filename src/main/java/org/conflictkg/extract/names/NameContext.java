package org.conflictkg.extract.names;

import org.conflictkg.link.Gazetteer;

import java.util.List;
import java.util.Set;

/** What a rule may look at besides the segment: the article text, the gazetteer, the sentence's names. */
public record NameContext(String text, Gazetteer gazetteer, List<Segment> sentenceSegments, Set<String> docEvidence,
                          java.util.Map<String, Integer> countries) {

    /** The lower-case word, or "" for null. */
    public static String low(Word w) {
        return w == null ? "" : w.lower();
    }

    public static String lemma(Word w) {
        return w == null ? "" : w.lemma();
    }

    /** The segment that starts at the given word, or null. */
    public Segment segmentAt(int sentence, int word) {
        for (Segment s : sentenceSegments) {
            if (s.sentence == sentence && s.first == word) {
                return s;
            }
        }
        return null;
    }
}
