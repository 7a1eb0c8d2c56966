package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attacks defined by their target or their means: on aid (convoys, aid workers, the UN, the Red
 * Cross) and on civilians (massacres, car and suicide bombs, attacks on markets, schools,
 * villagers). A bare "attack" with neither is a ground attack by state forces or a clash.
 */
final class TargetedAttackRule implements TriggerRule {
    private static final Set<String> ATTACK = Set.of("attack", "bombing", "strike", "shelling", "ambush", "raid",
            "assault", "shooting", "killing", "attacked", "ambushed", "bombed", "shelled", "hit", "target");
    private static final Set<String> AID_TARGET = Set.of("aid", "convoy", "humanitarian", "relief", "ngo", "unicef",
            "wfp", "unhcr", "msf", "crescent", "cross", "peacekeeper", "peacekeepers");
    private static final Set<String> CIV_TARGET = Set.of("civilian", "civilians", "villager", "villagers", "resident",
            "residents", "worshipper", "worshippers", "market", "marketplace", "school", "mosque", "church", "wedding",
            "funeral", "passenger", "passengers", "shopper", "shoppers", "pilgrim", "pilgrims", "student", "students",
            "refugee", "refugees", "bakery", "village", "displaced", "displacement", "idp", "idps", "hotel",
            "restaurant", "cafe", "bar", "nightclub");
    private static final Set<String> IED = Set.of("car", "roadside", "suicide", "ied", "truck", "vehicle", "motorcycle",
            "hidden", "planted", "homemade", "home-made", "makeshift", "improvised", "buried");
    private static final Set<String> MILITARY_TARGET = Set.of("soldier", "soldiers", "troops", "troop", "base",
            "checkpoint", "police", "policemen", "officers", "army", "barracks", "outpost", "garrison", "militants",
            "fighters", "rebels", "insurgents", "positions", "gendarme", "gendarmes", "policeman", "servicemen",
            "paramilitaries", "terrorists", "jihadists", "bandits", "gunmen", "extremists", "kidnappers", "attackers",
            "assailants", "guerrillas", "post", "posts", "position", "patrol", "patrols", "jawan", "jawans",
            "battalion", "division");
    private static final Set<String> STATE_FORCES = Set.of("government", "regime", "army", "military", "forces", "troops",
            "soldiers");

    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.is(i, "loot", "plunder", "ransack", "pillage") && (v.isVerb(i) || v.lower(i).endsWith("ing"))
                    && (v.findIn(i + 1, Math.min(v.size(), i + 8), AID_TARGET) >= 0
                    || v.find(i + 1, Math.min(v.size(), i + 8), "warehouse", "warehouses", "supplies", "stocks") >= 0
                    && v.find(0, v.size(), "aid", "humanitarian", "relief", "unicef", "wfp", "programme", "program") >= 0)) {
                // "armed men looted a World Food Programme warehouse"
                out.add(new Hit(EventType.AttackOnAid, i, i + 1, false, "loot-aid"));
                continue;
            }
            if (v.is(i, "fire", "attack", "gunfire") && v.is(i - 1, "under") || v.is(i, "fire", "attack", "gunfire")
                    && v.is(i - 1, "heavy") && v.is(i - 2, "under")) {
                int under = v.is(i - 1, "under") ? i - 1 : i - 2;
                if (v.is(under - 1, "come", "came", "coming", "comes")) {
                    // "his convoy came under fire": the target is the subject before
                    EventType t = aidBefore(v, under - 1) ? EventType.AttackOnAid
                            : v.findIn(Math.max(0, under - 9), under - 1, CIV_TARGET) >= 0 ? EventType.AttackOnCivilians
                            : EventType.ArmedClash;
                    out.add(new Hit(t, under - 1, i + 1, false, t == EventType.ArmedClash ? "attack-generic" : "targeted"));
                    continue;
                }
            }
            // "a landmine killed three children", "a land mine exploded under a bus": a mine that went off
            if ((v.is(i, "landmine", "landmines") || v.is(i, "mine", "mines") && v.is(i - 1, "land", "anti-personnel",
                    "anti-tank")) && v.find(Math.max(0, i - 10), Math.min(v.size(), i + 5), "kill", "kills", "killed",
                    "killing", "wound", "wounded", "wounding", "injure", "injured", "explode", "exploded", "exploding",
                    "explodes", "blast", "detonate", "detonated", "hit", "struck", "stepped") >= 0) {
                boolean military = KillingRule.namedBeyondSource(v, KillingRule.FORCES);
                out.add(new Hit(military ? EventType.ArmedClash : EventType.AttackOnCivilians, i, i + 1, false, "landmine"));
                continue;
            }
            if (v.is(i, "massacre", "massacred")) {
                out.add(new Hit(EventType.AttackOnCivilians, i, i + 1, false, "massacre"));
                continue;
            }
            // "a bomb exploded in a market", "an improvised explosive device ripped through a market": a bomb set off
            // on the ground, with no aircraft in the sentence
            int device = v.is(i, "explode", "detonate") && v.isVerb(i) || v.is(i, "rip", "tear") && v.is(i + 1, "through")
                    || v.is(i, "go") && v.is(i + 1, "off")
                    ? v.find(Math.max(0, i - 4), i, "bomb", "bombs", "device", "devices", "explosive", "explosives", "ied",
                    "ieds", "grenade", "grenades")
                    // "their vehicle struck an explosive device"
                    : v.is(i, "strike", "hit") && v.isVerb(i) ? deviceAround(v, i) : -1;
            // (a car bomb that exploded is the car bomb's hit already)
            boolean groundDevice = device >= 0 && !(v.isIn(device - 1, IED) && v.is(device, "bomb"))
                    && v.findIn(0, v.size(), Lex.AIRCRAFT) < 0;
            if (v.is(i, "bomb", "bombing", "bomber", "blast", "explosion", "attack") && v.isIn(i - 1, IED) || groundDevice) {
                // a suicide or car bomb against soldiers or a base is an attack on forces, not on civilians
                // (on peacekeepers or aid workers, an attack on aid)
                // ("a car bomb exploded near a checkpoint, killing eight civilians": civilians it killed, no forces)
                boolean civilians = v.find(0, v.size(), "civilian", "civilians", "children", "women", "worshippers", "shoppers",
                        "passengers", "villagers", "students", "pupils", "mourners") >= 0
                        && !KillingRule.namedBeyondSource(v, Set.of("soldier", "soldiers", "troops", "troop", "police",
                        "policemen", "officers", "servicemen", "personnel", "army"));
                boolean military = KillingRule.namedBeyondSource(v, KillingRule.FORCES) && !civilians;
                int workers = v.find(1, v.size(), "worker", "workers");
                boolean aid = v.find(0, v.size(), "peacekeeper", "peacekeepers") >= 0 || workers > 0 && v.isIn(workers - 1, AID_TARGET);
                out.add(new Hit(aid ? EventType.AttackOnAid : military ? EventType.ArmedClash : EventType.AttackOnCivilians,
                        groundDevice ? Math.min(device, i) : i - 1, groundDevice ? Math.max(device, i) + 1 : i + 1, false, "ied"));
                continue;
            }
            if (v.is(i, "hack", "behead", "slaughter", "butcher") && (v.isVerb(i) || v.lower(i).endsWith("ing"))
                    && (!v.is(i, "hack") || v.find(i + 1, Math.min(v.size(), i + 4), "death") >= 0)
                    && v.findIn(0, v.size(), MILITARY_TARGET) < 0) {
                // "hacking people to death", "beheaded villagers": killings of civilians
                out.add(new Hit(EventType.AttackOnCivilians, i, i + 1, false, "slaughter"));
                continue;
            }
            if (v.is(i, "raid", "raids") && v.find(0, v.size(), "arrest", "arrested", "arrests", "detained") >= 0) {
                continue; // an arrest raid: the arrests are the event
            }
            if (v.is(i, "raid", "raids") && v.findIn(0, v.size(), Lex.AIR) >= 0) {
                continue; // raids in a sentence about air strikes are air raids
            }
            if (v.is(i, "raid", "ambush", "counterattack", "counter-attack") && !v.is(i - 1, "air", "police")
                    && (v.isNoun(i) || !v.lower(i).endsWith("ed") && v.find(Math.max(0, i - 3), i, "a", "an", "the") >= 0)
                    && target(v, i) == null) {
                // a raid on a village that killed people is an attack on civilians; on forces it is a clash
                boolean civilians = v.findIn(0, v.size(), KillingRule.PERSON_VICTIM) >= 0
                        && v.findIn(0, v.size(), MILITARY_TARGET) < 0;
                out.add(civilians ? new Hit(EventType.AttackOnCivilians, i, i + 1, false, "raid-civilians")
                        : new Hit(EventType.ArmedClash, i, i + 1, false, "raid"));
                continue;
            }
            if (v.is(i, "attack") && victimsOf(v, i)) {
                // "victims of an ADF attack"
                out.add(new Hit(EventType.AttackOnCivilians, i, i + 1, false, "victims-of"));
                continue;
            }
            if (v.is(i, "loot", "looted", "plunder", "plundered", "ransack", "ransacked") && v.isVerb(i)
                    && target(v, i) == EventType.AttackOnAid) {
                out.add(new Hit(EventType.AttackOnAid, i, i + 1, false, "loot-aid")); // "a WFP warehouse was looted"
                continue;
            }
            if (v.is(i, "storm", "stormed") && v.find(Math.max(0, i - 4), i, "protesters", "protestors", "demonstrators",
                    "crowd", "crowds", "mob", "supporters", "students", "rioters") >= 0) {
                continue; // "protesters stormed the government headquarters": unrest, not an armed attack
            }
            if (v.is(i, "storm", "stormed", "overrun", "raid", "raided", "ambush", "ambushed") && (v.isVerb(i)
                    || v.lower(i).endsWith("ed") && Regexes.matches(v.tok(i + 1).upos(), "DET|NUM|PROPN"))) {
                // ("rebels ambushed an army patrol", whatever the tagger made of "ambushed")
                EventType t = target(v, i);
                out.add(t != null ? new Hit(t, i, i + 1, false, "targeted")
                        : new Hit(EventType.ArmedClash, i, i + 1, false, "attack-generic"));
                continue;
            }
            if (v.is(i, "kill") && v.isVerb(i) && !v.lower(i).endsWith("ing") && !v.is(i - 1, "be", "were", "was", "been", "being", "are", "is") && v.findIn(i + 1, Math.min(v.size(), i + 5),
                    MILITARY_TARGET) >= 0 && v.findIn(Math.max(0, i - 4), i, Lex.GENERIC_ACTOR) >= 0) {
                // "militants killed 12 soldiers": an attack on forces
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "attack-kill"));
                continue;
            }
            if (v.is(i, "strike") && v.find(i + 1, Math.min(v.size(), i + 4), "deal", "agreement", "accord", "balance",
                    "compromise", "bargain") >= 0) {
                continue;
            }
            if (v.is(i, "hit", "target") && v.isVerb(i) && v.find(Math.max(0, i - 2), i, "strike", "strikes", "airstrike",
                    "airstrikes", "shelling", "shells", "missile", "missiles", "rocket", "rockets", "bomb", "bombs", "drone",
                    "drones", "shell", "mortars") >= 0) {
                continue; // "air strikes hit the city": the verb of the strikes, not an attack of its own
            }
            if (v.is(i, "hit", "target", "strike") && v.lower(i).endsWith("ing") && v.is(i - 1, ",")
                    && v.find(0, i - 1, "strike", "struck", "shell", "shelled", "bomb", "bombed", "pound", "pounded",
                    "drone", "drones", "missile", "missiles", "rocket", "rockets", "airstrike", "airstrikes") >= 0) {
                continue; // "the RSF struck Port Sudan, hitting the airport and a hotel": where the strike fell
            }
            if (v.is(i, "attack") && v.isIn(i + 1, Lex.AIRCRAFT) || v.isVerb(i) && v.isIn(i, ATTACK)
                    && v.findIn(Math.max(0, i - 3), i, Lex.AIRCRAFT) >= 0) {
                continue; // "an attack helicopter", "the helicopter later assaulted the village": the air strike's words
            }
            if (v.isIn(i, ATTACK) || v.is(i, "kill") && v.isVerb(i)) {
                EventType t = target(v, i);
                if (t != null) {
                    out.add(new Hit(t, i, i + 1, false, "targeted"));
                    continue;
                }
            }
            if (v.is(i, "attack") && !v.is(i - 1, "heart", "panic", "cyber", "verbal")
                    && !v.is(i - 1, "similar", "such", "previous", "past", "frequent", "repeated", "numerous", "future",
                    "further", "possible", "any")) {
                // ("has carried out similar attacks", "condemns any attack", "warned of further attacks": no one attack)
                boolean air = v.findIn(Math.max(0, i - 3), Math.min(v.size(), i + 4), Lex.AIR) >= 0;
                boolean art = v.findIn(Math.max(0, i - 3), Math.min(v.size(), i + 4), Lex.ARTILLERY) >= 0;
                if (air || art) {
                    continue;
                }
                if (v.find(Math.max(0, i - 3), Math.min(v.size(), i + 5), "bomb", "bombs") >= 0) {
                    out.add(new Hit(EventType.AirStrike, i, i + 1, false, "attack-bombs"));
                    continue;
                }
                if ((v.isVerb(i) || v.is(i + 1, "on", "against")) && v.findIn(i + 1, Math.min(v.size(), i + 6), MILITARY_TARGET) >= 0) {
                    // "forces attacked frontline positions": fighting between armed forces
                    out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "attack-military"));
                    continue;
                }
                // state forces as the attacker make a ground attack; as its victims ("nine soldiers killed in a
                // guerrilla attack"), or a non-state attacker named with the attack, a clash
                int st = v.findIn(0, v.size(), STATE_FORCES);
                boolean state = st >= 0 && !stateVictims(v, st) && !v.isIn(i - 1, NONSTATE_ATTACKER)
                        && !v.isIn(i - 2, NONSTATE_ATTACKER);
                // "gang members attacked a town, killing at least 70 people, including 10 women": people killed, and no
                // forces named, make an attack on civilians
                boolean civilians = !state && v.findIn(0, v.size(), KillingRule.PERSON_VICTIM) >= 0
                        && v.find(0, v.size(), "kill", "kills", "killed", "killing") >= 0
                        && v.findIn(0, v.size(), MILITARY_TARGET) < 0 && v.findIn(0, v.size(), STATE_FORCES) < 0;
                out.add(new Hit(state ? EventType.GroundOffensive : civilians ? EventType.AttackOnCivilians
                        : EventType.ArmedClash, i, i + 1, false, "attack-generic"));
            }
        }
        return out;
    }

    private static final Set<String> NONSTATE_ATTACKER = Set.of("guerrilla", "guerrillas", "rebel", "rebels", "militant",
            "militants", "insurgent", "insurgents", "jihadist", "jihadists", "militia", "separatist", "separatists",
            "terrorist", "terrorists", "gunmen", "extremist", "extremists");

    /** Whether the state forces named at {@code st} are the ones killed or wounded: "soldiers were killed", "killing six soldiers". */
    private static boolean stateVictims(SentenceView v, int st) {
        for (int j = st + 1; j < Math.min(v.size(), st + 4); j++) {
            if (v.is(j, "kill", "killed", "wound", "wounded", "injure", "injured", "die", "died", "dead")) {
                return true;
            }
        }
        for (int j = st - 1; j >= Math.max(0, st - 5); j--) {
            if (v.is(j, "killing", "killed", "kill", "wounding", "wounded", "injuring")) {
                return true;
            }
        }
        return false;
    }

    /** Aid workers or aid named in the twelve words before a passive attack, with no other clause between. */
    private static boolean aidBefore(SentenceView v, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 12); j--) {
            if (v.tok(j).text().equals(";")) {
                return false;
            }
            if (v.is(j, "peacekeeper", "peacekeepers")) {
                return true;
            }
            // an aid agency named before the victims: "a WFP truck driver", "two UNICEF staff"
            if (v.is(j, "wfp", "unicef", "unhcr", "msf", "icrc", "unrwa")) {
                return true;
            }
            if (v.is(j, "worker", "workers", "staff", "staffer", "staffers", "volunteer", "volunteers", "convoy", "truck",
                    "trucks", "lorry", "lorries") && v.is(j - 1, "aid", "humanitarian", "relief", "un", "u.n.", "ngo", "food")) {
                return true;
            }
            // "a World Food Programme warehouse", "an aid agency's compound"
            if (v.is(j, "warehouse", "warehouses", "compound", "compounds", "office", "offices", "premises", "depot")
                    && (v.find(Math.max(0, j - 4), j, "wfp", "unicef", "unhcr", "msf", "icrc", "aid", "humanitarian", "relief",
                    "ngo", "un") >= 0 || v.is(j - 1, "programme", "program") && v.is(j - 2, "food"))) {
                return true;
            }
            if (v.is(j, "aid") && v.is(j - 1, "food", "humanitarian", "medical") && v.find(Math.max(0, j - 5), j, "convoy",
                    "truck", "trucks", "lorry", "lorries", "vehicle", "vehicles") >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "victims of an alleged ADF attack": "victims of" shortly before the attack, with no verb between. */
    private static boolean victimsOf(SentenceView v, int i) {
        for (int j = i - 1; j >= Math.max(1, i - 5); j--) {
            if (v.is(j, "of") && v.is(j - 1, "victim", "victims")) {
                return true;
            }
            if (v.isVerb(j) && !v.lower(j).endsWith("ed")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Their vehicle struck an explosive device", "an improvised explosive device (IED) struck a patrol": the device
     * the verb at {@code i} has for object or subject, or -1.
     */
    private static int deviceAround(SentenceView v, int i) {
        int after = v.find(i + 1, Math.min(v.size(), i + 6), "device", "devices", "ied", "ieds", "explosive", "explosives");
        if (after >= 0 || v.is(i - 1, "was", "were", "been", "is", "are")) {
            return after;
        }
        return v.find(Math.max(0, i - 6), i, "device", "devices", "ied", "ieds", "mine", "mines", "landmine", "landmines");
    }

    /** AttackOnAid or AttackOnCivilians when the words after the attack name such a target, else null. */
    static EventType target(SentenceView v, int i) {
        return target(v, i, false);
    }

    /** Whether the words from {@code j} are who reports: "residents and medics said", "MSF (Doctors ...) said". */
    private static boolean source(SentenceView v, int j) {
        for (int k = j + 1; k < Math.min(v.size(), j + 6); k++) {
            if (v.isIn(k, Lex.SAY) && v.isVerb(k) || v.is(k, "said", "says", "told")) {
                return v.isPunct(j - 1) || v.is(j - 1, "and") || v.isPunct(j - 2) && !v.is(j - 2, "-");
            }
            if (!(v.isNoun(k) || v.isPunct(k) || v.is(k, "and", "local") || "PROPN".equals(v.tok(k).upos()))) {
                return false;
            }
        }
        return false;
    }

    /** The same, reading the trigger as a verb whatever its tag ("shot dead" is often tagged a noun). */
    static EventType target(SentenceView v, int i, boolean asVerb) {
        int end = Math.min(v.size(), i + 15);
        boolean kill = v.is(i, "kill");
        // (a headline drops the auxiliary: "Aid convoy attacked in Darfur")
        if ((v.isVerb(i) || v.headline) && (v.is(i - 1, "was", "were", "been", "being") || v.is(i - 2, "was", "were", "been")
                || v.headline && v.lower(i).endsWith("ed") && i > 0 && v.isNoun(i - 1)) && aidBefore(v, i)) {
            // passive, the victims before: "two aid workers were killed", "a convoy carrying food aid was attacked"
            return EventType.AttackOnAid;
        }
        int from = i + 1;
        if (!kill && !v.isVerb(i) && !asVerb) {
            // nominal: "attack on/against/of X", "X attack" (the word before)
            if (!(v.is(i + 1, "on", "against", "of", "targeting", "that", "which") || v.is(i + 2, "on", "against")
                    || v.is(i + 3, "on", "against"))) {
                if (v.isIn(i - 1, AID_TARGET) && v.is(i - 1, "aid", "convoy", "humanitarian")) {
                    return EventType.AttackOnAid;
                }
                return null;
            }
        }
        for (int j = from; j < end; j++) {
            if (v.is(j, "kill", "killing") && j > i + 1 || v.isVerb(j) && j > i + 2 && !v.is(j, "hold", "base", "run", "lead")
                    && !(v.is(j, "displaced") && v.is(j - 1, "for", "of", "the", "newly", "internally"))) {
                break;
            }
            if (v.is(j, "un", "u.n.", "united") && v.find(j + 1, Math.min(v.size(), j + 4), "base", "compound", "convoy",
                    "staff", "mission", "peacekeepers", "peacekeeping", "premises", "school", "shelter") >= 0) {
                return EventType.AttackOnAid; // "an attack on a UN base"
            }
            // ("..., residents and medics said", "Doctors Without Borders (MSF) said": who tells of it, not its target)
            if (source(v, j)) {
                break;
            }
            // ("a designated humanitarian zone", "a humanitarian corridor": a place for civilians, not aid)
            if (v.is(j, "humanitarian") && v.is(j + 1, "zone", "zones", "area", "areas", "corridor", "corridors", "crisis",
                    "situation", "pause", "truce")) {
                continue;
            }
            boolean militaryConvoy = v.is(j, "convoy") && !v.is(j - 1, "aid", "humanitarian", "relief", "un", "food")
                    && !v.is(j - 2, "aid", "humanitarian", "relief", "un", "food");
            if (v.isIn(j, AID_TARGET) && !(v.is(j, "cross") && !v.is(j - 1, "red")) && !militaryConvoy) {
                return EventType.AttackOnAid;
            }
            if (v.is(j, "worker", "workers") && v.is(j - 1, "aid", "humanitarian", "relief")) {
                return EventType.AttackOnAid;
            }
            // ("attacked a checkpoint of the Popular Mobilization Forces near the village of Mutaibija": the object is
            // armed, wherever it stood)
            if (v.isIn(j, MILITARY_TARGET) && j <= i + 3 && (v.isVerb(i) || asVerb)) {
                return null;
            }
            if (v.isIn(j, CIV_TARGET) && !(v.is(j, "village", "villages") && v.is(i, "strike", "shelling", "bombing",
                    "shelled", "bombed", "hit"))) {
                return EventType.AttackOnCivilians;
            }
        }
        return null;
    }
}
