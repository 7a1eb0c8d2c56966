package org.conflictkg.extract;

import java.util.List;

/**
 * One real-world actor or place named in an article, with all its mentions.
 *
 * @param key        identifier within the article (stable for the same name and type)
 * @param type       its kind
 * @param text       its fullest surface form in the article
 * @param label      canonical name (the Wikidata label when linked)
 * @param qid        Wikidata item, or null
 * @param confidence confidence of the link (0 when unlinked)
 * @param mentions   every mention, in text order
 * @param lat        latitude (places with coordinates), or null
 * @param lon        longitude, or null
 * @param roles      roles the article gives it ("director of a hospital"), possibly empty
 */
public record Entity(String key, EntityType type, String text, String label, String qid, double confidence,
                     List<Mention> mentions, Double lat, Double lon, List<Role> roles) {

    public Entity {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }

    /** A role held by a person, with the organisation or state it is held for when named. */
    public record Role(String title, String organisationKey, Mention evidence) {
    }

    /** Distinct surface forms other than {@link #text()}, in order of first appearance. */
    public List<String> otherForms() {
        return mentions.stream().map(Mention::text).filter(t -> !t.equals(text)).distinct().toList();
    }
}
