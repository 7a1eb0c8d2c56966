package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;

/** Evacuations and flight of civilians: evacuate, evacuation, flee, exodus, displace. */
final class EvacuationRule implements TriggerRule {
    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.is(i, "evacuate", "evacuation", "evacuee", "flee", "exodus") && !fightersFled(v, i)
                    || v.is(i, "bus", "bussed", "bused") && v.isVerb(i) && v.is(i + 1, "out")
                    || v.is(i, "stream", "pour", "flood", "trickle") && v.isVerb(i) && v.is(i + 1, "out")
                    && v.find(Math.max(0, i - 5), i, "civilians", "people", "residents", "families", "thousands",
                    "hundreds", "refugees") >= 0
                    || v.is(i, "leave") && v.isVerb(i) && v.is(i + 2, "home", "homes") && v.is(i + 1, "their", "his", "her")
                    // "forced thousands of families to leave villages", "dozens of families have left the camp"
                    || v.is(i, "leave") && v.isVerb(i) && v.find(i + 1, Math.min(v.size(), i + 4), "home", "homes",
                    "village", "villages", "town", "towns", "camp", "camps", "city", "area", "areas", "district",
                    "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods") >= 0
                    && v.findIn(Math.max(0, i - 7), i, CROWD) >= 0
                    && v.find(Math.max(0, i - 7), i, "fighters", "troops", "soldiers", "militants", "rebels") < 0
                    // "600 residents took refuge in a church compound", "villagers sought shelter in the town"
                    || v.is(i, "refuge", "shelter") && !v.isVerb(i) && v.is(i - 1, "take", "took", "taken", "taking", "seek",
                    "sought", "seeking", "find", "found", "finding") && v.findIn(Math.max(0, i - 8), i, CROWD) >= 0
                    // "families escaped", "residents described harrowing escapes"
                    || v.is(i, "escape") && (v.isVerb(i) || v.isNoun(i)) && v.find(Math.max(0, i - 4), i, "families",
                    "residents", "civilians", "people", "villagers", "thousands", "hundreds") >= 0) {
                out.add(new Hit(EventType.Evacuation, i, i + 1, false, "evacuate"));
            } else if (v.is(i, "cross") && v.isVerb(i) && (v.is(i + 1, "into") || v.is(i + 1, "the") && v.is(i + 2, "border"))
                    && v.find(Math.max(0, i - 6), i, "civilians", "people", "residents", "families", "refugees", "thousands",
                    "hundreds", "villagers", "women", "children") >= 0) {
                // "more than 5,000 people have crossed into Chad": refugees crossing a border fled
                out.add(new Hit(EventType.Evacuation, i, i + 1, false, "cross-border"));
            } else if (v.is(i, "relocate", "relocated", "relocating", "relocates") && v.isVerb(i)
                    && v.find(i + 1, Math.min(v.size(), i + 5), "staff", "personnel", "workers", "employees", "families",
                    "residents", "civilians", "people") >= 0) {
                // "an NGO relocated its staff to Malakal", "the UN relocated non-essential staff from Goma"
                out.add(new Hit(EventType.Evacuation, i, i + 1, false, "relocate"));
            } else if (v.is(i, "uproot", "uprooted") && (v.isVerb(i) || v.lower(i).equals("uprooted"))) {
                out.add(new Hit(EventType.Evacuation, i, i + 1, false, "uproot"));
            } else if (v.is(i, "displace", "displacement") && !v.is(i + 1, "person", "persons", "people")
                    && !v.is(i + 1, "camp", "camps", "site", "sites", "centre", "center")
                    && !(v.lower(i).equals("displaced") && v.isNoun(i + 1)) && !returning(v, i) && !countryWide(v, i)) {
                out.add(new Hit(EventType.Evacuation, i, i + 1, false, "displace"));
            }
        }
        return out;
    }

    /** Civilians as a crowd leaving a place: "thousands of families", "600 residents". */
    private static final java.util.Set<String> CROWD = java.util.Set.of("civilians", "people", "residents", "families",
            "villagers", "thousands", "hundreds", "dozens", "inhabitants");

    private static final java.util.Set<String> FIGHTERS = java.util.Set.of("attackers", "assailants", "militants", "fighters",
            "terrorists", "gunmen", "insurgents", "rebels", "jihadists", "bandits", "raiders", "soldiers", "troops");

    /**
     * "neutralised several dozen terrorists as they fled", "the attackers fled towards the forest": fighters in retreat,
     * no flight of civilians.
     */
    private static boolean fightersFled(SentenceView v, int i) {
        if (!v.is(i, "flee") || !v.isVerb(i)) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && Regexes.matches(v.tok(k).upos(), "AUX|ADV|PART")) {
            k--;
        }
        return v.isIn(k, FIGHTERS) || v.is(k, "they") && v.findIn(Math.max(0, k - 12), k, FIGHTERS) >= 0;
    }

    /** "Displaced Lebanese head home", "the displaced have been heading back to their homes": a return, not a flight. */
    private static boolean returning(SentenceView v, int i) {
        for (int j = i + 1; j < Math.min(v.size(), i + 8) && !v.isPunct(j); j++) {
            if (v.is(j, "return", "returned", "returning", "returns")
                    || v.is(j, "head", "heading", "headed", "go", "going", "went", "come", "coming", "came", "flock", "flocking")
                    && v.is(j + 1, "home", "back")) {
                return true;
            }
        }
        return false;
    }

    /** "More than 370,000 people have been displaced inside Mali": a tally across a country, not one flight. */
    private static boolean countryWide(SentenceView v, int i) {
        return v.is(i - 1, "been") && v.is(i - 2, "have", "has")
                && (v.is(i + 1, "inside", "across", "within", "throughout") && v.tok(i + 2).isCapitalised()
                || v.is(i + 1, "in", "across", "within", "throughout") && v.is(i + 2, "the") && v.is(i + 3, "country"));
    }
}
