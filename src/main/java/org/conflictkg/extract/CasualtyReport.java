package org.conflictkg.extract;

/**
 * A reported number of people killed, wounded or displaced, attributed to its source.
 *
 * @param kind      killed, wounded or displaced
 * @param count     the number
 * @param qualifier "exact", "at least", "more than", "about", "up to"
 * @param source    who reported it, or null when the article does not say
 * @param eventKey  the event it belongs to, or null
 * @param evidence  the words that state it
 */
public record CasualtyReport(Kind kind, int count, String qualifier, Argument source, String eventKey,
                             Mention evidence) {
    public enum Kind { KILLED, WOUNDED, DISPLACED }
}
