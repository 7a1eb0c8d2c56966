package org.conflictkg.extract;

/**
 * Who said what: a speaker (or outlet) and the sentence they are cited for.
 *
 * @param speaker the person or organisation cited
 * @param via     the outlet it was said to ("told Reuters"), or null
 * @param cue     the reporting verb phrase
 */
public record Attribution(Argument speaker, Argument via, Mention cue) {
}
