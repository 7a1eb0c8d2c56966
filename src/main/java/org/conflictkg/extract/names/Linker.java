package org.conflictkg.extract.names;

import org.conflictkg.extract.EntityType;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.link.GazetteerEntry;

import java.util.List;
import java.util.Map;

/**
 * Chooses the gazetteer row for a name of a known type: rows of a fitting kind only, exact labels
 * first, cities over provinces for a bare name, rows in the article's countries first. A name that
 * stays ambiguous between countries gets no link.
 */
public final class Linker {

    public record Choice(GazetteerEntry entry, double confidence) {
    }

    public static boolean fits(GazetteerEntry e, EntityType type) {
        if (e.kind().equals("country")) {
            return type == EntityType.State;
        }
        EntityType t = e.entityType();
        if (type == EntityType.ArmedGroup) {
            return t == EntityType.ArmedGroup || e.kind().equals("org");
        }
        if (type == EntityType.Organization) {
            return t == EntityType.Organization;
        }
        return t == type;
    }

    private static double kindScore(GazetteerEntry e) {
        return switch (e.kind()) {
            case "country" -> 5;
            case "territory" -> 3.5;
            case "city" -> 3;
            case "admin1" -> 1.5;
            case "locality" -> 1;
            case "admin2" -> 0.8;
            case "neighbourhood" -> 0.5;
            default -> 3;
        };
    }

    /** The best row for the name, or null when none fits or the choice is too uncertain. */
    public static Choice choose(String name, List<GazetteerEntry> entries, EntityType type, Map<String, Integer> countries) {
        GazetteerEntry best = null;
        GazetteerEntry second = null;
        double bs = -1;
        double ss = -1;
        String key = Gazetteer.key(name);
        for (GazetteerEntry e : entries) {
            if (!fits(e, type)) {
                continue;
            }
            double sc = kindScore(e);
            if (Gazetteer.key(e.label()).equals(key)) {
                sc += 1;
            }
            if (e.countryQid() != null && countries.containsKey(e.countryQid()) && !e.kind().equals("country")) {
                sc += 2 + Math.min(1.0, countries.get(e.countryQid()) / 5.0);
            }
            if (sc > bs) {
                second = best;
                ss = bs;
                best = e;
                bs = sc;
            } else if (sc > ss) {
                second = e;
                ss = sc;
            }
        }
        if (best == null || best.qid() == null) {
            return null;
        }
        double margin = second == null ? 3 : bs - ss;
        boolean sameCountry = second != null && best.countryQid() != null && best.countryQid().equals(second.countryQid());
        if (second != null && margin < 1.0 && !sameCountry) {
            return null;
        }
        if (type == EntityType.Place && second != null && !sameCountry && margin < 2.0
                && (best.countryQid() == null || !countries.containsKey(best.countryQid()))) {
            // different countries, none of them in the article: leave it unlinked
            return null;
        }
        return new Choice(best, Math.min(0.95, 0.6 + 0.1 * margin));
    }
}
