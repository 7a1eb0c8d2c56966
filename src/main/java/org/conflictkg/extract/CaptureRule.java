package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Captures of territory: seize, capture, retake, overrun, occupy, annex, "take control of", "fall to"; persons captured are abductions (Other). */
final class CaptureRule implements TriggerRule {
    private static final Set<String> PERSON = Set.of("soldier", "soldiers", "people", "hostage", "hostages", "civilian",
            "civilians", "fighter", "fighters", "member", "members", "officer", "officers", "worker", "workers",
            "journalist", "journalists", "prisoner", "prisoners", "commander", "man", "men", "woman", "women",
            "child", "children", "militant", "militants", "them", "him", "her", "us", "villagers", "passengers",
            "farmers", "students", "residents", "traders", "labourers", "laborers", "worshippers", "pupils");

    /** What fighters take that is no territory. */
    private static final Set<String> MATERIEL = Set.of("weapon", "weapons", "arms", "ammunition", "ammo", "munitions",
            "vehicle", "vehicles", "pick-up", "pick-ups", "pickup", "pickups", "truck", "trucks", "equipment", "drugs",
            "cocaine", "cash", "rifle", "rifles", "gun", "guns", "explosives", "documents", "motorcycle", "motorcycles",
            "motorbike", "motorbikes", "supplies", "fuel", "materiel", "hardware", "tank", "tanks", "drone", "drones");

    /** The object of the taking at {@code i} is materiel, with only modifiers before it ("seized weapons and vehicles"). */
    private static boolean materielTaken(SentenceView v, int i) {
        for (int k = i + 1; k < Math.min(v.size(), i + 6); k++) {
            if (v.isIn(k, MATERIEL) || v.is(k, "pick") && v.is(k + 1, "-")) {
                return true;
            }
            if (!(Regexes.matches(v.tok(k).upos(), "DET|NUM|ADJ") || v.shortFormAt(k) || v.is(k, "-", "large", "quantities",
                    "quantity", "amount", "amounts", "cache", "caches", "stockpile", "stock", "of"))) {
                return false;
            }
        }
        return false;
    }

    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if ((v.is(i, "seize", "capture", "retake", "recapture", "overrun", "liberate", "seizure", "annex", "annexation")
                    || v.is(i, "occupy") && v.isVerb(i) && !v.is(i + 1, "position", "positions", "seat", "seats", "role",
                    "post", "office")
                    // "areas they have occupied": land held, not taken that day
                    && v.find(Math.max(0, i - 4), i, "areas", "territory", "territories", "land", "lands", "regions") < 0
                    // ("in the occupied West Bank", "Russian-occupied Kherson": a standing occupation, a modifier)
                    && !attributive(v, i))
                    && !v.is(i + 1, "power", "control") && !v.is(i + 2, "power")) {
                // "seized power" is a coup, not territory; "seize control of" is the rule below
                if (materielTaken(v, i)) {
                    continue; // "seized weapons and vehicles", "captured an SSPDF pick-up": spoils, no territory
                }
                int person = v.findIn(i + 1, Math.min(v.size(), i + 5), PERSON);
                int prep = v.find(i + 1, Math.min(v.size(), i + 5), "from", "by", "in", "on", "at", "near", "of", "to");
                if (prep >= 0 && prep < person) {
                    person = -1;
                }
                // "more than 270 girls were seized from their school": people taken, in the passive
                boolean taken = v.is(i - 1, "was", "were", "been", "being") && (v.findIn(Math.max(0, i - 5), i - 1, PERSON) >= 0
                        || v.findIn(Math.max(0, i - 5), i - 1, KillingRule.PERSON_VICTIM) >= 0);
                EventType t = taken || person >= 0 && v.find(i + 1, person, "of", "percent", "%") < 0 ? EventType.Other
                        : EventType.Capture;
                // ("gunmen seized 30 villagers": civilians taken by force are attacked, as those abducted are)
                EventType typed = t == EventType.Other && OtherEventRule.civiliansTaken(v, i) ? EventType.AttackOnCivilians : t;
                out.add(new Hit(typed, i, i + 1, false, t == EventType.Other ? "abduct" : "capture"));
            } else if (v.is(i, "take", "gain", "regain", "wrest", "seize", "claim", "assume", "establish")
                    && (v.is(i + 1, "control", "over") && (!v.is(i, "claim", "assume", "establish") || v.is(i + 1, "control"))
                    || v.is(i + 1, "full", "complete", "total", "effective") && v.is(i + 2, "control"))) {
                // "took control of Kalaw", "had taken full control of Lashio"
                out.add(new Hit(EventType.Capture, i, v.is(i + 1, "control", "over") ? i + 2 : i + 3, false, "take-control"));
            } else if (v.is(i, "take", "taken", "took") && v.isVerb(i) && !v.is(i + 1, "part", "place", "over", "control")
                    && v.find(i + 1, Math.min(v.size(), i + 4), "town", "city", "village", "district", "base", "airport",
                    "stronghold", "capital", "province", "territory", "border", "crossing") >= 0
                    && v.findIn(Math.max(0, i - 5), i, Lex.GENERIC_ACTOR) >= 0) {
                // "rebels have taken the strategic town of Bunagana"
                out.add(new Hit(EventType.Capture, i, i + 1, false, "capture"));
            } else if (v.is(i, "regain") && v.isVerb(i) && v.find(i + 1, Math.min(v.size(), i + 3), "town", "city", "village",
                    "district", "base", "airport", "border", "stronghold", "capital", "province", "territory") >= 0) {
                // "government troops regained the town of Palma"
                out.add(new Hit(EventType.Capture, i, i + 1, false, "capture"));
            } else if (v.is(i, "fall", "fell") && v.isVerb(i) && !v.is(i + 1, "to", "apart", "silent", "back", "short", "victim")
                    && v.find(Math.max(0, i - 5), i, "town", "city", "village", "stronghold", "base", "capital") >= 0
                    && v.find(Math.max(0, i - 5), i, "rocket", "rockets", "shell", "shells", "bomb", "bombs", "missile",
                    "missiles", "mortar", "mortars", "population", "prices", "number") < 0) {
                // "the town of Bakhmut fell on Tuesday": taken, by whoever the article says
                out.add(new Hit(EventType.Capture, i, i + 1, false, "fell"));
            } else if (v.is(i, "drive", "drove", "push", "force", "chase", "flush") && v.isVerb(i)
                    && v.find(i + 1, Math.min(v.size(), i + 8), "out") >= 0
                    && v.is(v.find(i + 1, Math.min(v.size(), i + 8), "out") + 1, "of")
                    && v.findIn(Math.max(0, i - 4), i, Lex.GENERIC_ACTOR) >= 0) {
                // "Kurdish forces drove Islamic State militants out of the town of Manbij"
                out.add(new Hit(EventType.Capture, i, i + 1, false, "drive-out"));
            } else if (v.is(i, "push", "drive", "force", "chase") && v.isVerb(i) && v.is(i - 1, "was", "were", "been")
                    && v.is(i + 1, "out", "back") && v.find(i + 2, Math.min(v.size(), i + 7), "by") >= 0
                    && v.findIn(v.find(i + 2, Math.min(v.size(), i + 7), "by") + 1, Math.min(v.size(), i + 10),
                    Lex.GENERIC_ACTOR) >= 0) {
                // "the rebels ... were pushed out by government forces": the place taken back by those forces
                out.add(new Hit(EventType.Capture, i - 1, i + 2, false, "pushed-out-by"));
            } else if (v.is(i, "take") && v.lower(i).equals("taken") && v.is(i - 1, "was", "were", "been") && v.is(i + 1, "by")
                    && i >= 2 && "PROPN".equals(v.tok(i - 2).upos())) {
                // "the city of Ramadi was taken by Islamic State"
                out.add(new Hit(EventType.Capture, i - 1, i + 1, false, "taken-by"));
            } else if (v.is(i, "oust", "expel", "evict") && v.isVerb(i) && ousterFrom(v, i) >= 0) {
                // "the Houthi movement that ousted the government from the capital Sanaa": the place is taken
                out.add(new Hit(EventType.Capture, i, i + 1, false, "oust-from"));
            } else if (v.is(i, "fall") && v.isVerb(i) && v.is(i + 1, "to") && (v.isIn(i + 2, Lex.GENERIC_ACTOR)
                    // ("the town of Bakhmut fell to Russian forces", "Goma fell to M23 rebels")
                    || v.findIn(i + 2, Math.min(v.size(), i + 5), Lex.GENERIC_ACTOR) >= 0 && v.tok(i + 2).isCapitalised()
                    && (v.find(Math.max(0, i - 6), i, "town", "city", "village", "district", "base", "stronghold", "capital",
                    "airport", "province", "region") >= 0 || i > 0 && "PROPN".equals(v.tok(i - 1).upos())))) {
                out.add(new Hit(EventType.Capture, i, i + 2, false, "fall-to"));
            }
        }
        return out;
    }

    /**
     * "ousted the government from the capital Sanaa": the "from" before a place, within eight words of
     * the verb, when those driven out are a force or a government; else -1.
     */
    private static int ousterFrom(SentenceView v, int i) {
        int from = v.find(i + 1, Math.min(v.size(), i + 8), "from");
        if (from < 0 || v.findIn(i + 1, from, Lex.GENERIC_ACTOR) < 0 && v.find(i + 1, from, "government", "regime",
                "administration") < 0) {
            return -1; // who is driven out is a force or a government, not an ambassador
        }
        for (int k = from + 1; k < Math.min(v.size(), from + 4); k++) {
            if (v.is(k, "capital", "city", "town", "village", "province", "region", "stronghold", "district", "base")
                    || v.tok(k).isCapitalised() && v.tok(k).isProperNoun()) {
                return from;
            }
        }
        return -1;
    }

    /** "the occupied West Bank", "in occupied Crimea", "Israeli-occupied": the participle modifies a name after it. */
    private static boolean attributive(SentenceView v, int i) {
        boolean before = v.is(i - 1, "the", "an", "a", "in", "of", "from", "into", "across", "to", "-") || v.lower(i).contains("-");
        return before && i + 1 < v.size() && (v.tok(i + 1).isCapitalised() || v.is(i + 1, "territory", "territories",
                "areas", "zone", "zones", "lands", "part", "parts", "regions", "city", "town"));
    }
}
