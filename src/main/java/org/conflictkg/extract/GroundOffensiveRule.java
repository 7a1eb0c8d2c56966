package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Ground offensives: "offensive", military "operation(s)", "assault", "push/battle/drive to retake", "invasion", "incursion". */
final class GroundOffensiveRule implements TriggerRule {
    private static final Set<String> NON_MILITARY_OP = Set.of("rescue", "humanitarian", "aid", "evacuation", "relief",
            "peacekeeping", "search", "medical", "recovery", "business", "airport", "mine", "demining", "salvage",
            "joint");
    static final Set<String> CAPTURE_VERB = Set.of("retake", "capture", "seize", "recapture", "take", "control",
            "reclaim", "regain", "liberate", "clear", "oust", "dislodge", "expel", "drive", "push");

    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.is(i, "offensive") && !v.isNoun(i + 1) && !v.is(i - 1, "charm", "diplomatic", "peace", "media")) {
                out.add(new Hit(EventType.GroundOffensive, v.is(i - 1, "ground", "land") ? i - 1 : i, i + 1, false, "offensive"));
            } else if (v.is(i, "operation") && v.isNoun(i)) {
                if (v.isIn(i - 1, NON_MILITARY_OP) || v.isIn(i - 2, NON_MILITARY_OP)) {
                    continue;
                }
                boolean military = v.is(i - 1, "military", "ground", "combat", "army", "security", "counter-terrorism",
                        "counterterrorism", "counter-insurgency", "offensive", "land", "clearing", "clearance")
                        || v.is(i - 2, "military", "ground", "army")
                        || v.is(i + 1, "against") || v.find(Math.max(0, i - 3), i, "launch", "launched", "launches") >= 0;
                out.add(new Hit(EventType.GroundOffensive, i, i + 1, !military, "operation"));
            } else if (v.is(i, "assault") && v.is(i + 1, "rifle", "rifles", "weapon", "weapons", "vehicle", "vehicles",
                    "boat", "boats", "helicopter", "helicopters", "craft", "ship", "ships", "team", "teams", "course")) {
                continue; // "assault rifles": a weapon, not an assault
            } else if (v.is(i, "assault", "invasion", "incursion", "counteroffensive", "counter-offensive")) {
                boolean air = v.findIn(Math.max(0, i - 3), Math.min(v.size(), i + 4), Lex.AIR) >= 0;
                // "repulsed a rebel assault": an armed group's attack, and fighting with those who held
                boolean armedGroup = v.find(Math.max(0, i - 3), i, "rebel", "rebels", "militant", "militants", "insurgent",
                        "insurgents", "jihadist", "jihadists", "militia", "guerrilla", "guerrillas") >= 0
                        || v.find(Math.max(0, i - 4), i, "repel", "repelled", "repulse", "repulsed", "fend", "fended") >= 0;
                if (!air || airAndGround(v, i)) {
                    out.add(new Hit(armedGroup ? EventType.ArmedClash : EventType.GroundOffensive, i, i + 1, false, "assault"));
                }
            } else if (v.is(i, "push", "battle", "drive", "bid", "campaign", "fight", "march") && !v.isVerb(i)
                    && v.is(i + 1, "to") && v.isIn(i + 2, CAPTURE_VERB)) {
                out.add(new Hit(EventType.GroundOffensive, i, i + 3, false, "push-to-retake"));
            } else if (v.is(i, "push", "sweep", "punch", "pour", "roll", "move", "storm", "thrust", "surge", "break")
                    && v.isVerb(i) && (v.is(i + 1, "into", "toward", "towards")
                    || v.is(i + 1, "deeper", "further", "farther") && v.is(i + 2, "into", "toward", "towards"))
                    && groundForce(v, i)
                    || v.is(i, "storm", "enter") && v.isVerb(i) && !v.is(i + 1, "into", "talks", "negotiations", "force")
                    && groundForce(v, i)) {
                // "special forces swept into Fallujah", "troops pushed into the eastern districts" or "toward Kyiv", "stormed the
                // town"; armed groups storming a police station are attacking forces: a clash
                out.add(new Hit(stateForce(v, i) ? EventType.GroundOffensive : EventType.ArmedClash, i, i + 1, false,
                        "move-in"));
            } else if (v.is(i, "advance") && v.isVerb(i) && (v.findIn(Math.max(0, i - 3), i, Lex.GENERIC_ACTOR) >= 0
                    || v.find(Math.max(0, i - 4), i, "tanks", "infantry", "armour", "armor", "units", "brigade", "brigades",
                    "battalion", "columns") >= 0)) {
                out.add(new Hit(EventType.GroundOffensive, i, i + 1, false, "advance"));
            }
        }
        return out;
    }

    /** Whether the subject of the verb at {@code i} is a state's forces rather than an armed group. */
    private static boolean stateForce(SentenceView v, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            if (v.is(j, "rebels", "fighters", "militants", "insurgents", "militias", "jihadists", "gunmen")) {
                return false;
            }
        }
        return true;
    }

    /** Troops, forces or armour as the subject, just before the verb, in its clause. */
    private static boolean groundForce(SentenceView v, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            if (v.isPunct(j) || v.is(j, "who", "which", "that")) {
                return false;
            }
            if (v.is(j, "forces", "troops", "army", "soldiers", "tanks", "units", "commandos", "brigade", "battalion",
                    "infantry", "marines", "paratroopers", "rebels", "fighters", "militants", "insurgents", "militias",
                    "jihadists", "gunmen")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a deadly air and ground assault", "an air and land offensive": a ground campaign with air support,
     * one offensive (not an air strike).
     */
    static boolean airAndGround(SentenceView v, int i) {
        for (int j = Math.max(1, i - 3); j < i; j++) {
            if (v.is(j, "ground", "land") && v.findIn(Math.max(0, j - 3), j, Lex.AIR) >= 0) {
                return true;
            }
        }
        return false;
    }
}
