package org.conflictkg.nlp;

import java.util.List;

/**
 * One analysed sentence.
 *
 * @param index  number of the sentence in the article (0-based)
 * @param start  offset of its first character in the article text
 * @param end    offset after its last character
 * @param text   the sentence as written
 * @param tokens its tokens
 * @param chunks its chunks (empty when the chunker did not run)
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<Chunk> chunks) {

    public Sentence {
        tokens = List.copyOf(tokens);
        chunks = List.copyOf(chunks);
    }

    /** The chunk holding the given token, or null. */
    public Chunk chunkOf(int tokenIndex) {
        for (Chunk c : chunks) {
            if (c.contains(tokenIndex)) {
                return c;
            }
        }
        return null;
    }

    /** Text from the start of token a to the end of token b-1, as written. */
    public String span(String articleText, int a, int b) {
        return articleText.substring(tokens.get(a).start(), tokens.get(b - 1).end()).replace('\n', ' ');
    }

    /** Index of the token that covers the given character offset, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (offset >= t.start() && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }
}
