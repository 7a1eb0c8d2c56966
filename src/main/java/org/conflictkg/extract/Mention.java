package org.conflictkg.extract;

/**
 * A stretch of the article text.
 *
 * @param start    first character (inclusive) in the article text
 * @param end      last character (exclusive)
 * @param text     the characters as written
 * @param sentence index of the sentence that holds it
 */
public record Mention(int start, int end, String text, int sentence) {
}
