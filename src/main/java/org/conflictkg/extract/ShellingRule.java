package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Shelling, artillery, mortar, rocket and missile fire (ACLED's "shelling/artillery/missile attack"). */
final class ShellingRule implements TriggerRule {
    private static final Set<String> FIRE = Set.of("fire", "attack", "strike", "barrage", "shelling", "shell", "round",
            "salvo", "hit", "volley", "bombardment");
    private static final Set<String> WEAPON = Set.of("artillery", "mortar", "rocket", "missile", "howitzer", "grad",
            "katyusha", "projectile", "drone");

    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.is(i, "shelling", "shell", "shelled")) {
                if (v.is(i, "shell") && v.isNoun(i) && v.is(i - 1, "company", "corporation")) {
                    continue;
                }
                int a = v.is(i - 1, "artillery", "mortar", "tank", "heavy") ? i - 1 : i;
                out.add(new Hit(EventType.Shelling, a, i + 1, false, "shelling"));
            } else if (v.isIn(i, WEAPON) && !v.is(i, "drone")
                    // ("with rocket-propelled grenades": a weapon of fighting at close range, fired by hand)
                    && !(v.is(i, "rocket") && (v.lower(i + 1).startsWith("-propel") || v.is(i + 1, "-")
                    && v.lower(i + 2).startsWith("propel")))
                    && !(v.is(i, "missile", "rocket") && v.findIn(Math.max(0, i - 6), i, Lex.AIRCRAFT) >= 0)
                    && !(v.is(i, "missile", "rocket") && v.find(Math.max(0, i - 6), i, "drone", "drones") >= 0)) {
                // a missile a drone or a jet fires belongs to its air strike
                if (intercepted(v, i)) {
                    // "the air force shot down 43 of the 84 missiles fired": the salvo is reported, the shooter is
                    // the defender
                    out.add(new Hit(EventType.Shelling, i, i + 1, true, "intercepted"));
                } else if (v.isIn(i + 1, FIRE)) {
                    out.add(new Hit(EventType.Shelling, i, i + 2, false, "weapon-fire"));
                    i++;
                } else if (v.is(i - 1, "fire", "launch", "fired", "launched", "use", "used", "using") || launchedBefore(v, i)
                        || v.is(i - 2, "use", "used", "using") && v.is(i - 1, "heavy", "long-range", "their", "its") || v.is(i + 1, "land", "hit", "slam", "rain", "fall", "explode", "crash")
                        || v.is(i - 2, "fire", "launch", "fired", "launched") && v.is(i - 1, "a", "an", "the", "two", "three",
                        "several", "dozens", "more")
                        || v.is(i + 1, "were", "was", "been") && v.is(i + 2, "fired", "launched")
                        || v.is(i + 2, "were", "was", "been") && v.is(i + 3, "fired", "launched")) {
                    out.add(new Hit(EventType.Shelling, i, i + 1, false, "weapon-verb"));
                } else if (v.isNoun(i) && v.is(i, "artillery", "mortar", "rocket")) {
                    out.add(new Hit(EventType.Shelling, i, i + 1, true, "weapon"));
                }
            } else if (v.is(i, "tank", "tanks", "gunboat", "gunboats", "howitzer", "howitzers", "naval") && v.is(i + 1, "fire", "shells",
                    "rounds") && !v.isVerb(i + 1)) {
                // "with tank fire hitting the outskirts of Markaba"
                out.add(new Hit(EventType.Shelling, i, i + 2, false, "weapon-fire"));
                i++;
            } else if (v.is(i, "fire", "fired", "fires", "firing") && v.isVerb(i) && v.is(i + 1, "at", "on", "into", "toward",
                    "towards", "shells") && heavyGun(v, i)) {
                // "Israeli tanks fired at several villages", "gunboats fired on the coast"
                out.add(new Hit(EventType.Shelling, i, i + 1, false, "guns-fire"));
            } else if (v.is(i, "drone") && v.isIn(i + 1, FIRE) && !v.is(i + 1, "strike")) {
                out.add(new Hit(EventType.AirStrike, i, i + 2, false, "drone-attack"));
            } else if (v.is(i, "drone") && v.isNoun(i) && launchedBefore(v, i) && !intercepted(v, i)
                    && v.find(i + 1, Math.min(v.size(), i + 3), "at", "on", "against", "into", "toward", "towards") >= 0) {
                // "Russia launched 40 drones at Odesa overnight": drones sent at a target strike it from the air
                out.add(new Hit(EventType.AirStrike, i, i + 1, false, "drone-launch"));
            }
        }
        return out;
    }

    /** Guns that fire shells, as the subject of a verb of firing. */
    private static final Set<String> HEAVY_GUNS = Set.of("tank", "tanks", "artillery", "gunboat", "gunboats", "warship",
            "warships", "howitzer", "howitzers", "battery", "batteries", "cannon", "cannons");

    /** The subject of the firing verb at {@code i}, a few words before it, is a tank, a gun or a warship. */
    static boolean heavyGun(SentenceView v, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (v.isIn(k, HEAVY_GUNS) && v.isNoun(k)) {
                return true;
            }
            if (v.isPunct(k) || v.isVerb(k) && !v.tok(k).upos().equals("AUX")) {
                return false;
            }
        }
        return false;
    }

    /** A weapon shot down or intercepted a few words before: "shot down 43 of the 84 missiles", "intercepted two rockets". */
    static boolean intercepted(SentenceView v, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 7); k--) {
            if (v.is(k, "intercept", "intercepted", "downed", "repel", "repelled") && v.isVerb(k)
                    || v.is(k, "down") && v.is(k - 1, "shoot", "shot", "shooting", "bring", "brought")) {
                return true;
            }
            if (v.isPunct(k) || v.isVerb(k) && !v.is(k, "down")) {
                return false;
            }
        }
        return false;
    }

    /** A weapon fired or launched a few words before: "fired a ballistic missile", "launched more than 200 rockets". */
    private static boolean launchedBefore(SentenceView v, int i) {
        int k = i - 1;
        while (k >= 0 && k >= i - 6 && (Regexes.matches(v.tok(k).upos(), "DET|ADJ|NUM") || v.is(k, "of", "dozens",
                "scores", "hundreds", "more", "than", "over", "nearly", "about", "around", "some", "at", "least", "almost",
                "up", "to", "-") || v.isIn(k, FIRE) && v.isNoun(k) || k >= i - 4 && v.isNoun(k))) {
            // ("cruise missiles", "anti-ship missiles", "an anti-ship ballistic missile")
            k--;
        }
        return k >= 0 && k < i - 1 && v.is(k, "fire", "launch") && v.isVerb(k);
    }
}
