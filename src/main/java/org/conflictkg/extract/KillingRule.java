package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Violence named by what it did to people rather than by a weapon: gunmen opening fire, people shot
 * dead or executed, a bomber blowing himself up, an explosion that killed, homes torched. Against
 * soldiers, a base or a checkpoint it is fighting between armed men (ArmedClash); against anyone
 * else, an attack on civilians.
 */
final class KillingRule implements TriggerRule {
    /** State forces and their posts as victims or places ("militants", who set bombs off more often than suffer them, are not). */
    static final Set<String> FORCES = Set.of("soldier", "soldiers", "troops", "troop", "base", "checkpoint", "police",
            "policemen", "officers", "army", "barracks", "outpost", "garrison", "patrol", "convoy", "servicemen",
            "personnel", "jawan", "jawans", "gendarmes", "gendarme");
    /** Words saying the victims or the place were armed men of either side. */
    static final Set<String> MILITARY = union(FORCES, Set.of("policeman", "militants", "militant", "fighters", "rebels",
            "insurgents", "jihadists", "guards"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
    /** Words after a force that make it the source of the report: "police said", "an army spokesman". */
    private static final Set<String> SOURCE_AFTER = Set.of("spokesman", "spokeswoman", "spokesperson", "source", "sources",
            "statement", "official", "officials");

    /**
     * A word of {@code words} names someone in the sentence other than its source: "police said", "said the army",
     * "according to police", "a military source" report an attack; they are not its victims.
     */
    static boolean namedBeyondSource(SentenceView v, Set<String> words) {
        for (int k = 0; k < v.size(); k++) {
            if (!v.isIn(k, words)) {
                continue;
            }
            boolean source = v.isIn(k + 1, Lex.SAY) || v.isIn(k + 1, SOURCE_AFTER)
                    || v.is(k - 1, "according") || v.is(k - 2, "according") && v.is(k - 1, "to")
                    || v.is(k - 3, "according") && v.is(k - 1, "the")
                    || v.isIn(k - 1, Lex.SAY) || v.isIn(k - 2, Lex.SAY) && v.is(k - 1, "the");
            if (!source) {
                return true;
            }
        }
        return false;
    }

    /** People who are not armed men, as victims. */
    static final Set<String> PERSON_VICTIM = Set.of("people", "person", "civilian", "civilians", "man", "men",
            "woman", "women", "child", "children", "villager", "villagers", "resident", "residents", "protester",
            "protesters", "demonstrator", "demonstrators", "worshipper", "worshippers", "student", "students", "hostage",
            "hostages", "chief", "leader", "teacher", "farmer", "farmers", "journalist", "family", "passengers",
            "shoppers", "mourners", "guests", "pupils", "schoolchildren", "boy", "boys", "girl", "girls", "teenager",
            "teenagers", "youth", "youths", "toddler", "infant", "baby", "babies", "worker", "workers", "doctor", "doctors",
            "nurse", "nurses", "patients", "refugees", "pilgrims", "fishermen", "herders", "miners", "activist",
            "activists", "journalists", "elder", "elders", "tourists", "visitors");
    private static final Set<String> PROPERTY = Set.of("home", "homes", "house", "houses", "village", "villages",
            "shop", "shops", "market", "church", "mosque", "school", "huts", "dwellings", "granary", "crops");

    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        int n = v.size();
        boolean military = namedBeyondSource(v, MILITARY);
        for (int i = 0; i < n; i++) {
            // "the killing of 26 tourists in Pahalgam": a killing of many, named as a noun
            if (v.is(i, "killing", "killings", "murder", "murders") && v.isNoun(i) && v.is(i + 1, "of")
                    && "NUM".equals(v.tok(i + 2).upos()) && v.findIn(i + 3, Math.min(n, i + 6), PERSON_VICTIM) >= 0) {
                out.add(new Hit(EventType.AttackOnCivilians, i, i + 1, false, "killing-of"));
                continue;
            }
            if (v.is(i, "open") && v.isVerb(i) && v.is(i + 1, "fire") && v.is(i + 2, "on", "at", "upon")) {
                // "gunmen opened fire on worshippers"
                boolean onForces = v.findIn(i + 3, Math.min(n, i + 9), MILITARY) >= 0;
                // ("tanks opened fire on the town": shelling)
                out.add(new Hit(ShellingRule.heavyGun(v, i) ? EventType.Shelling : onForces ? EventType.ArmedClash
                        : EventType.AttackOnCivilians, i, i + 2, false, "open-fire"));
            } else if (v.is(i, "shoot", "shot") && (v.is(i + 1, "dead") || v.is(i + 2, "dead") && v.isVerb(i))
                    || v.is(i, "gun", "gunned") && v.is(i + 1, "down")) {
                // "protesters were shot dead", "gunmen shot dead a chief", "gunned down"
                boolean people = v.findIn(0, n, PERSON_VICTIM) >= 0;
                EventType aid = TargetedAttackRule.target(v, i + 1, true) == EventType.AttackOnAid ? EventType.AttackOnAid : null;
                out.add(aid != null ? new Hit(aid, i, i + 2, false, "shot-dead")
                        : military && !people ? new Hit(EventType.ArmedClash, i, i + 2, false, "shot-dead")
                        : new Hit(EventType.AttackOnCivilians, i, i + 2, false, "shot-dead"));
            } else if (v.is(i, "bodies", "corpses") && v.is(i + 1, "of") && v.findIn(i + 2, Math.min(n, i + 6), PERSON_VICTIM) >= 0
                    && v.find(i + 2, Math.min(n, i + 10), "found", "discovered", "recovered", "dumped") >= 0
                    && v.findIn(i + 2, Math.min(n, i + 6), MILITARY) < 0) {
                // "the bodies of five men were found hanging from an overpass": people killed, their killing found
                out.add(new Hit(EventType.AttackOnCivilians, i, i + 1, false, "bodies-found"));
            } else if (v.is(i, "execute", "executed") && v.isVerb(i)
                    && v.findIn(i + 1, Math.min(n, i + 5 + ageWords(v, i + 1)), PERSON_VICTIM) >= 0) {
                out.add(new Hit(EventType.AttackOnCivilians, i, i + 1, false, "execute"));
            } else if (v.is(i, "blow", "blew") && v.is(i + 1, "himself", "herself", "themselves", "up")
                    || v.is(i, "bomber", "bombers") && v.is(i - 1, "suicide")) {
                // "a suicide bomber blew himself up at a checkpoint"
                int a = v.is(i, "bomber", "bombers") ? i - 1 : i;
                out.add(new Hit(military ? EventType.ArmedClash : EventType.AttackOnCivilians, a, i + 1, false,
                        "suicide-bomb"));
            } else if (v.is(i, "explosion", "blast") && v.isNoun(i) && !v.isIn(i - 1, Lex.AIR)
                    && v.find(0, n, "kill", "killing", "killed", "wound", "wounding", "wounded", "injure", "injuring",
                    "injured", "dead") >= 0) {
                out.add(new Hit(military ? EventType.ArmedClash : EventType.AttackOnCivilians, i, i + 1, false,
                        "explosion"));
            } else if ((v.is(i, "torch", "torched", "raze", "razed") && v.isVerb(i)
                    || v.is(i, "burn", "burned", "burnt") && (v.is(i + 1, "down") || v.isVerb(i) && !v.is(i - 1, "was", "were"))
                    || v.is(i, "set") && v.is(i + 1, "fire") && v.is(i + 2, "to"))
                    && v.findIn(i + 1, Math.min(n, i + 7), PROPERTY) >= 0) {
                // "the militia torched dozens of homes"
                out.add(new Hit(EventType.AttackOnCivilians, i, i + 1, false, "torch"));
            } else if (v.is(i, "kill") && v.isVerb(i) && !v.lower(i).endsWith("ing") && !v.afterBe(i)
                    && v.find(Math.max(0, i - 3), i, "gunmen", "gunman", "assailants", "attackers") >= 0
                    && v.findIn(i + 1, Math.min(n, i + 6), MILITARY) < 0) {
                // "unidentified gunmen killed a local chief"
                out.add(new Hit(EventType.AttackOnCivilians, i, i + 1, false, "gunmen-kill"));
            } else if (v.is(i, "kill") && v.isVerb(i) && !v.lower(i).endsWith("ing") && !v.afterBe(i)
                    && v.findIn(Math.max(0, i - 3), i, Lex.GENERIC_ACTOR) >= 0
                    && v.findIn(i + 1, Math.min(n, i + 6 + ageWords(v, i + 1)), PERSON_VICTIM) >= 0
                    && v.findIn(i + 1, Math.min(n, i + 6), MILITARY) < 0) {
                // "security forces killed three protesters", "militants killed 30 villagers"
                out.add(new Hit(EventType.AttackOnCivilians, i, i + 1, false, "forces-kill"));
            }
        }
        return out;
    }

    /** How many tokens from {@code from} to the end of an age among them ("a 15-year-old boy"), else 0. */
    private static int ageWords(SentenceView v, int from) {
        for (int k = from; k < Math.min(v.size(), from + 3); k++) {
            int end = "NUM".equals(v.tok(k).upos()) ? v.ageEnd(k) : -1;
            if (end >= 0) {
                return end - from;
            }
        }
        return 0;
    }
}
