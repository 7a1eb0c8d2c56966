package org.conflictkg.extract.model;

import org.conflictkg.extract.EntityType;
import org.conflictkg.extract.Mention;
import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.Sentence;

import java.util.Objects;

/**
 * A typed name in an article: character offsets into the article text (Java string indices, end
 * exclusive) and its entity type.
 */
public record NameSpan(int start, int end, EntityType type) implements Comparable<NameSpan> {

    public NameSpan {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The characters it covers in the given text. */
    public String text(String articleText) {
        return articleText.substring(start, end);
    }

    /** The span as a mention of the article, with the index of its sentence (-1 when in none). */
    public Mention mention(AnalyzedText at) {
        Sentence s = at.sentenceAt(start);
        return new Mention(start, end, at.text().substring(start, end).replace('\n', ' '), s == null ? -1 : s.index());
    }

    public boolean overlaps(NameSpan o) {
        return start < o.end && o.start < end;
    }

    @Override
    public int compareTo(NameSpan o) {
        int c = Integer.compare(start, o.start);
        if (c == 0) {
            c = Integer.compare(end, o.end);
        }
        return c != 0 ? c : type.compareTo(o.type);
    }
}
