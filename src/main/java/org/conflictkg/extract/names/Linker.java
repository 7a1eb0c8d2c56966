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

    /** Of the rows scoring like the best, the one closest to an anchor (great-circle distance). */
    private static GazetteerEntry nearest(List<GazetteerEntry> entries, EntityType type, double bestScore,
            GazetteerEntry best, List<double[]> anchors, String name) {
        GazetteerEntry out = best;
        double od = Double.MAX_VALUE;
        for (GazetteerEntry e : entries) {
            if (!fits(e, type) || e.lat() == null || e.lon() == null || e.qid() == null
                    || !e.kind().equals(best.kind()) || !java.util.Objects.equals(e.countryQid(), best.countryQid())) {
                continue;
            }
            for (double[] a : anchors) {
                double d = distanceKm(e.lat(), e.lon(), a[0], a[1]);
                if (d < od) {
                    od = d;
                    out = e;
                }
            }
        }
        return out;
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Nouns that follow the name of an administrative region: "Idlib province", "Mopti region". */
    public static final java.util.Set<String> ADMIN_WORDS = java.util.Set.of("province", "region", "governorate",
            "oblast", "state", "prefecture", "department", "county", "district");

    /**
     * The rows that fit what the article calls the place: administrative regions for "admin"
     * ("Dnipropetrovsk region"), cities, towns and villages for "city"; all rows when none fits or
     * no word was written. Only rows in the article's countries are kept, when it names any.
     */
    public static List<GazetteerEntry> byKindWord(List<GazetteerEntry> entries, String word, Map<String, Integer> countries) {
        if (word == null || entries.size() < 2) {
            return entries;
        }
        List<GazetteerEntry> kept = new java.util.ArrayList<>();
        for (GazetteerEntry e : entries) {
            boolean admin = e.kind().equals("admin1") || e.kind().equals("admin2");
            boolean city = e.kind().equals("city") || e.kind().equals("locality");
            if ((word.equals("admin") ? admin : city) && (countries.isEmpty() || countries.containsKey(e.countryQid()))) {
                kept.add(e);
            }
        }
        return kept.isEmpty() ? entries : kept;
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
        return choose(name, entries, type, countries, List.of());
    }

    /**
     * As {@link #choose(String, List, EntityType, Map)}, and between places of the same name, kind
     * and country (two villages called Zolochiv), the one nearest to the article's unambiguous places
     * ({@code anchors}, latitude and longitude pairs).
     */
    public static Choice choose(String name, List<GazetteerEntry> entries, EntityType type, Map<String, Integer> countries,
            List<double[]> anchors) {
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
        if (second != null && bs - ss < 0.5 && !anchors.isEmpty() && type == EntityType.Place) {
            GazetteerEntry near = nearest(entries, type, bs, best, anchors, name);
            if (near != best) {
                // the nearer namesake wins; the margin is what distance gives, so the confidence stays modest
                return new Choice(near, 0.65);
            }
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
