package org.conflictkg.link;

import org.conflictkg.extract.EntityType;

import java.util.List;

/**
 * One row of the gazetteer.
 *
 * @param qid       Wikidata item, or null for entries the project added without one
 * @param label     canonical name
 * @param aliases   other names
 * @param kind      the gazetteer's own kind (country, city, admin1, armed_group, ...)
 * @param lat       latitude or null
 * @param lon       longitude or null
 * @param countryQid the country it lies in, or null
 */
public record GazetteerEntry(String qid, String label, List<String> aliases, String kind, Double lat, Double lon,
                             String countryQid) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }

    /** The entity type this kind of row names. */
    public EntityType entityType() {
        return switch (kind) {
            case "country" -> EntityType.State;
            case "armed_group" -> EntityType.ArmedGroup;
            case "person" -> EntityType.Person;
            case "intl_org", "org", "news_agency", "media", "ngo", "un_body" -> EntityType.Organization;
            default -> EntityType.Place;
        };
    }

    /** Preference among rows of the same name: countries, then cities, then larger units. */
    public int rank() {
        return switch (kind) {
            case "country" -> 0;
            case "person", "armed_group", "intl_org", "org", "news_agency", "media", "ngo", "un_body" -> 1;
            case "city" -> 2;
            case "territory" -> 3;
            case "admin1" -> 4;
            case "locality" -> 5;
            case "admin2" -> 6;
            case "neighbourhood" -> 7;
            default -> 8;
        };
    }
}
