package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Air strikes: "airstrike(s)", "air strike", "air raid", "bombing", "bombardment" and "pound" with aircraft in the article, "planes hit", "jets dropped bombs", "assault by aircraft". */
final class AirStrikeRule implements TriggerRule {
    private static final Set<String> ATTACK_NOUN = Set.of("attack", "assault", "onslaught", "raid", "campaign",
            "bombardment", "offensive", "strike", "barrage", "blitz", "sortie");
    private static final Set<String> NOT_ATTACK_STRIKE = Set.of("hunger", "general", "labour", "labor", "worker",
            "workers", "teacher", "teachers", "lightning", "missile", "rocket", "artillery", "tank");
    private static final Set<String> STRIKE_OBJECT = Set.of("deal", "agreement", "accord", "balance", "tone", "chord",
            "note", "bargain", "compromise", "pose", "fear", "blow", "match", "device", "devices", "mine", "mines",
            "landmine", "landmines", "ied", "ieds", "explosive", "explosives");
    static final Set<String> GROUND_BOMB = Set.of("car", "roadside", "suicide", "pipe", "truck", "vehicle",
            "nail", "letter", "parcel", "mail", "package", "motorcycle", "motorbike", "improvised", "hidden", "planted",
            "homemade", "home-made", "makeshift", "buried");

    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.is(i, "airstrike", "air-strike", "airstrikes", "air-raid", "airraid")) {
                out.add(new Hit(EventType.AirStrike, i, i + 1, false, "airstrike"));
            } else if (v.is(i, "strike", "raid") && v.isNoun(i)) {
                if (v.isIn(i - 1, NOT_ATTACK_STRIKE)) {
                    continue;
                }
                boolean air = v.isIn(i - 1, Lex.AIR) || v.isIn(i - 2, Lex.AIR)
                        // "warplanes carried out more than 20 raids on the town"
                        || v.is(i, "raid") && v.findIn(Math.max(0, i - 8), i, Lex.AIRCRAFT) >= 0;
                if (air) {
                    int a = v.isIn(i - 1, Lex.AIR) ? i - 1 : v.isIn(i - 2, Lex.AIR) ? i - 2 : i;
                    out.add(new Hit(EventType.AirStrike, a, i + 1, false, "air-strike"));
                } else if (v.is(i, "strike")) {
                    // "Israeli strikes on southern villages kill six", "a coalition strike killed two leaders":
                    // a strike on a target or one that kills is an attack, whatever the rest of the article says
                    // ("U.S. strikes 17 April hit Ras Isa port": the day between the strikes and their verb)
                    int nx = i + 1;
                    if (v.dayAt(nx)) {
                        nx += 2;
                    }
                    boolean hits = v.is(i + 1, "on", "against", "targeting")
                            && !v.isIn(i + 2, Lex.WEEKDAYS)
                            || v.is(nx, "kill", "kills", "killed", "killing", "hit", "hits", "destroy", "destroys", "wound", "wounds");
                    out.add(new Hit(EventType.AirStrike, i, i + 1, !v.airContext && !hits, "strike"));
                }
            } else if (v.is(i, "strike") && v.isVerb(i)) {
                if (v.findIn(i + 1, i + 4, STRIKE_OBJECT) >= 0) {
                    continue;
                }
                if (v.find(Math.max(0, i - 3), i, "shell", "shells", "mortar", "mortars", "rocket", "rockets",
                        "artillery", "round", "rounds", "missile", "missiles") >= 0 && v.findIn(Math.max(0, i - 6), i, Lex.AIRCRAFT) < 0) {
                    continue; // "artillery shells struck a building": the shelling's verb
                }
                int bomber = v.find(Math.max(0, i - 3), i, "bomber", "bombers");
                // ("an improvised explosive device (IED) struck a patrol": a device planted on the ground)
                if ((v.find(Math.max(0, i - 3), i, "explosion", "explosions", "blast", "blasts", "bomb", "bombs") >= 0
                        || v.find(Math.max(0, i - 6), i, "device", "devices", "ied", "ieds", "mine", "mines", "landmine",
                        "landmines") >= 0)
                        && v.findIn(Math.max(0, i - 6), i, Lex.AIRCRAFT) < 0
                        || bomber >= 0 && v.isIn(bomber - 1, GROUND_BOMB)) {
                    continue; // "a second explosion struck near the hotel", "a suicide car bomber struck": on the ground
                }
                out.add(new Hit(EventType.AirStrike, i, i + 1, false, "strike-verb"));
            } else if (v.is(i, "bombing", "bombard", "bombardment", "pound", "pounding", "blitz", "bomb")) {
                // "bombed" is tagged a noun now and then: the past tense is the verb
                // ("a bombing" has the base "bomb" too: the word itself says which it is)
                boolean bombWord = v.lower(i).equals("bomb") || v.lower(i).equals("bombs");
                boolean noun = v.isNoun(i) && !v.lower(i).equals("bombing") && !v.lower(i).endsWith("ed")
                        || bombWord && (v.is(i - 1, "a", "an", "the") || v.isIn(i - 1, GROUND_BOMB)
                        || v.isIn(i - 2, GROUND_BOMB)); // "hit a roadside bomb", whatever its tag
                if (bombWord && noun) {
                    if (v.isIn(i - 1, GROUND_BOMB) || v.isIn(i - 2, GROUND_BOMB)) {
                        continue;
                    }
                    boolean dropped = v.find(Math.max(0, i - 5), Math.min(v.size(), i + 6), "drop", "fall", "hit", "rain") >= 0
                            || v.findIn(Math.max(0, i - 6), Math.min(v.size(), i + 6), Lex.AIRCRAFT) >= 0;
                    if (dropped || v.airContext) {
                        out.add(new Hit(EventType.AirStrike, i, i + 1, !dropped, "bomb"));
                    }
                    continue;
                }
                int art = v.findIn(Math.max(0, i - 3), Math.min(v.size(), i + 4), Lex.ARTILLERY);
                if (art < 0 && !v.airContext && v.lower(i).startsWith("bombing") && !v.is(i + 1, "of", "campaign", "campaigns",
                        "raid", "raids", "run", "runs")) {
                    // "a bombing killed 12 people in Quetta", "a suicide bombing at a mosque": with no guns or aircraft
                    // anywhere, a bomb set off among people (or at armed men)
                    boolean military = KillingRule.namedBeyondSource(v, KillingRule.MILITARY);
                    out.add(new Hit(military ? EventType.ArmedClash : EventType.AttackOnCivilians, i, i + 1, false,
                            "bombing-ground"));
                } else if (art >= 0 || !v.airContext) {
                    out.add(new Hit(EventType.Shelling, i, i + 1, false, "bombard-ground"));
                } else {
                    out.add(new Hit(EventType.AirStrike, i, i + 1, false, "bombard"));
                }
            } else if (v.isIn(i, ATTACK_NOUN) && (v.isNoun(i) || v.isIn(i - 1, Lex.AIR))) {
                int air = v.findIn(Math.max(0, i - 3), Math.min(v.size(), i + 4), Lex.AIR);
                // ("a suicide bomber attacked": a man, not an aircraft)
                if (air >= 0 && !v.isIn(air - 1, GROUND_BOMB) && !v.boundaryBetween(air, i) && !GroundOffensiveRule.airAndGround(v, i)) {
                    out.add(new Hit(EventType.AirStrike, Math.min(air, i), Math.max(air, i) + 1, false, "air-attack"));
                }
            } else if (v.is(i, "kill", "killed") && v.isVerb(i) && airForce(v, i) >= 0) {
                // "the air force killed a dozen mourners"
                out.add(new Hit(EventType.AirStrike, airForce(v, i), i + 1, false, "air-force-verb"));
            } else if (v.is(i, "hit", "target", "attack", "strike") && v.isVerb(i) && withAircraft(v, i) >= 0) {
                // "Hezbollah said it targeted an Israeli army post with an explosive drone"
                out.add(new Hit(EventType.AirStrike, i, i + 1, false, "aircraft-verb"));
            } else if ((v.is(i, "hit", "target", "drop", "fall", "rain", "destroy", "neutralise", "neutralize")
                    || v.lower(i).startsWith("neutrali")) && v.isVerb(i)
                    // ("the air force destroyed a militant base"; not "the drone was destroyed")
                    && !(v.is(i, "destroy") && v.is(i - 1, "was", "were", "been", "be", "being", "is", "are"))
                    && !(v.is(i, "drop") && v.find(i + 1, Math.min(v.size(), i + 4), "leaflet", "leaflets", "flyers",
                    "pamphlets", "aid", "food", "supplies", "parcels") >= 0)) {
                int subj = v.findIn(Math.max(0, i - 4), i, Lex.AIRCRAFT);
                if (subj > 0 && v.isIn(subj - 1, GROUND_BOMB)) {
                    subj = -1;
                }
                if (subj < 0) {
                    subj = airForce(v, i);
                }
                int bombs = v.find(Math.max(0, i - 3), Math.min(v.size(), i + 4), "bomb", "missile", "munition");
                if ((subj >= 0 && !v.is(i, "fall")) || (bombs >= 0 && v.is(i, "drop", "fall", "rain"))) {
                    int a = subj >= 0 ? subj : Math.min(bombs, i);
                    out.add(new Hit(EventType.AirStrike, Math.min(a, i), Math.max(a, i) + 1, false, "aircraft-verb"));
                }
            } else if (v.isIn(i, Lex.AIRCRAFT) && v.isNoun(i) && !v.isIn(i - 1, GROUND_BOMB) && !ShellingRule.intercepted(v, i)) {
                // (a suicide bomber is a man, not an aircraft; a warplane shot down strikes nothing)
                out.add(new Hit(EventType.AirStrike, i, i + 1, true, "aircraft"));
            }
        }
        return out;
    }

    /** The aircraft of "with a drone", "with explosive drones" in the clause after the verb at {@code i}, or -1. */
    private static int withAircraft(SentenceView v, int i) {
        for (int j = i + 1; j < Math.min(v.size(), i + 9); j++) {
            if (v.isPunct(j) && !v.is(j, "-") || v.is(j, "which", "that", "who")) {
                return -1;
            }
            if (v.is(j, "with", "using")) {
                int k = j + 1;
                while (k < Math.min(v.size(), j + 5) && Regexes.matches(v.tok(k).upos(), "DET|ADJ|NUM|NOUN") && !v.isIn(k, Lex.AIRCRAFT)) {
                    k++;
                }
                return k < v.size() && v.isIn(k, Lex.AIRCRAFT) && !v.isIn(k - 1, GROUND_BOMB) ? k : -1;
            }
        }
        return -1;
    }

    /** The "air" of "air force" as the subject just before the verb at {@code i} (no clause between), or -1. */
    private static int airForce(SentenceView v, int i) {
        for (int j = i - 1; j >= Math.max(1, i - 5); j--) {
            // (a quotation's mark is no boundary: the air force had "neutralised several dozen terrorists")
            if (v.isPunct(j) && !"\"“".contains(v.tok(j).text()) || v.is(j, "who", "which", "that")) {
                return -1;
            }
            if (v.is(j, "force", "forces") && v.is(j - 1, "air")) {
                return j - 1;
            }
        }
        return -1;
    }
}
