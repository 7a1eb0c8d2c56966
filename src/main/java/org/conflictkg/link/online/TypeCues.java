package org.conflictkg.link.online;

import org.conflictkg.extract.EntityType;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a Wikidata description ("city in Syria", "American politician", "Syrian rebel group")
 * fits an expected entity type. Descriptions of pages that are not things (disambiguation pages,
 * family and given names) fit none.
 */
public final class TypeCues {
    private static final Pattern NOT_A_THING = Pattern.compile(
            "disambiguation|family name|given name|surname|wikimedia|scientific article|name list|taxon");

    private static final Pattern ARMED_GROUP = Pattern.compile(
            "\\b(militant|rebel|insurgent|jihadist|islamist|militia|paramilitary|guerr?illa|terrorist)s?\\b"
                    + "(?! (leader|commander|fighter|politician|spokes))"
                    + "|\\barmed (group|wing|organi[sz]ation|movement|faction)");
    private static final Pattern STATE = Pattern.compile(
            "^(sovereign )?(state|country|nation|kingdom|republic|emirate|sultanate)\\b"
                    + "|\\b(sovereign state|country|island nation|landlocked country)\\b(?! (house|club|music|song|singer))");
    private static final Pattern PLACE = Pattern.compile(
            "\\b(city|town|village|capital|hamlet|settlement|municipality|commune|neighbou?rhood|quarter|district"
                    + "|sub-?district|governorate|province|region|oblast|raion|county|state of|prefecture|territory"
                    + "|area|suburb|refugee camp|camp|port|island|mountain|river|valley|border crossing|airport"
                    + "|air base|airbase|military base|locality|place)\\b");
    private static final Pattern ORGANIZATION = Pattern.compile(
            "\\b(organi[sz]ation|agency|agencies|programme|program|fund|committee|council|commission|office"
                    + "|charity|non-?governmental|ngo|non-?profit|foundation|society|union|alliance|league"
                    + "|association|ministry|department|government|party|movement|coalition|company|corporation"
                    + "|news|newspaper|broadcaster|media|institution|court|tribunal|bank|army|armed forces"
                    + "|force|forces|police|intelligence)\\b");
    private static final Pattern PERSON = Pattern.compile(
            "\\b(politician|diplomat|minister|president|prime minister|premier|king|queen|emir|prince|sultan"
                    + "|monarch|general|officer|commander|soldier|military leader|military officer|leader"
                    + "|spokes(man|woman|person)|journalist|reporter|activist|lawyer|judge|cleric|imam|ayatollah"
                    + "|envoy|ambassador|secretary|senator|governor|mayor|businessman|businesswoman|economist"
                    + "|militant leader|warlord|member of)\\b"
                    + "|\\((born )?[0-9]{3,4}\\s*[-\u2013]\\s*([0-9]{3,4})?\\)|\\bborn [0-9]{4}");

    private TypeCues() {
    }

    /** Whether the description fits the type; a null type accepts any of the known cues. */
    public static boolean fits(String description, EntityType expected) {
        if (description == null || description.isBlank()) {
            return false;
        }
        String d = description.toLowerCase(Locale.ROOT);
        if (NOT_A_THING.matcher(d).find()) {
            return false;
        }
        if (expected == null) {
            return guess(d) != null;
        }
        return switch (expected) {
            case ArmedGroup -> ARMED_GROUP.matcher(d).find() && !PERSON.matcher(d).find();
            case State -> STATE.matcher(d).find() && !PLACE.matcher(d).find();
            case Place -> PLACE.matcher(d).find() && !PERSON.matcher(d).find()
                    && !ORGANIZATION.matcher(d).find();
            case Organization -> ORGANIZATION.matcher(d).find() && !PERSON.matcher(d).find()
                    && !ARMED_GROUP.matcher(d).find();
            case Person -> PERSON.matcher(d).find();
        };
    }

    /** The type the description suggests, or null when it gives no cue. */
    public static EntityType guess(String description) {
        if (description == null) {
            return null;
        }
        String d = description.toLowerCase(Locale.ROOT);
        if (NOT_A_THING.matcher(d).find()) {
            return null;
        }
        for (EntityType t : new EntityType[] {EntityType.Person, EntityType.ArmedGroup, EntityType.State,
                EntityType.Organization, EntityType.Place}) {
            if (fits(description, t)) {
                return t;
            }
        }
        return null;
    }
}
