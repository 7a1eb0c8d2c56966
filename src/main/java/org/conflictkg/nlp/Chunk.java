package org.conflictkg.nlp;

/**
 * A phrase chunk of a sentence.
 *
 * @param type  NP, VP, PP, ADJP, ...
 * @param first index of the first token
 * @param end   index after the last token
 */
public record Chunk(String type, int first, int end) {
    public boolean contains(int tokenIndex) {
        return tokenIndex >= first && tokenIndex < end;
    }
}
