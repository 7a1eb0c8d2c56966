package org.conflictkg.extract;

/**
 * A participant of an event or ceasefire: the name as written, the entity it resolves to (or null
 * for generic actors such as "rebels"), and where it was found.
 */
public record Argument(String name, String entityKey, Mention mention) {
}
