package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Other conflict events: sieges and encirclement, blockades, abductions, people gone missing, civilians blocked, utilities cut off, pleas rejected, resolutions adopted, sites targeted. */
final class OtherEventRule implements TriggerRule {
    /** What parties sign: "signed a peace agreement", "a declaration of principles". */
    private static final String[] AGREEMENT = {"agreement", "accord", "deal", "treaty", "pact", "declaration", "memorandum"};
    private static final Set<String> PLEA = Set.of("plea", "proposal", "offer", "request", "demand", "call", "appeal",
            "plan", "ultimatum", "initiative");

    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        int n = v.size();
        for (int i = 0; i < n; i++) {
            if (v.is(i, "siege") && (v.find(Math.max(0, i - 3), i, "hotel", "mall", "hostage", "school", "building",
                    "hours-long", "hour-long") >= 0 || v.find(i + 1, Math.min(n, i + 8), "hours", "hour") >= 0)) {
                continue; // "a siege that lasted 10 hours", "the hotel siege": the attack on the building itself
            }
            if (v.is(i, "siege", "besiege", "encircle", "encirclement", "blockade", "kidnap", "abduct", "abduction",
                    "kidnapping") && !(v.lower(i).endsWith("ed") && v.is(i - 1, "the", "a", "an", "this", "that"))) {
                // ("the besieged town" names a place, not an event)
                boolean kidnap = v.is(i, "kidnap", "abduct", "abduction", "kidnapping");
                out.add(new Hit(kidnap && civiliansTaken(v, i) ? EventType.AttackOnCivilians : EventType.Other, i, i + 1,
                        false, kidnap ? "kidnap" : "siege"));
            } else if (v.is(i, "missing") && v.is(i - 1, "go", "gone", "went")) {
                out.add(new Hit(EventType.Other, i - 1, i + 1, false, "missing"));
            } else if (v.is(i, "block", "prevent", "stop") && v.isVerb(i) && v.find(i + 1, Math.min(n, i + 4), "from") >= 0
                    && v.find(i + 1, Math.min(n, i + 6), "leave", "leaving", "flee", "fleeing") >= 0) {
                out.add(new Hit(EventType.Other, i, i + 1, false, "block"));
            } else if (v.is(i, "switch", "cut", "shut") && v.is(i + 1, "off")) {
                out.add(new Hit(EventType.Other, i, i + 2, false, "switch-off"));
            } else if (v.is(i, "reject", "rebuff", "spurn") && v.isVerb(i) && v.findIn(i + 1, Math.min(n, i + 4), PLEA) >= 0) {
                out.add(new Hit(EventType.Other, i, i + 1, false, "reject"));
            } else if (v.is(i, "adopt", "pass") && v.is(i - 1, "resolution")) {
                out.add(new Hit(EventType.Other, i - 1, i + 1, false, "resolution"));
            } else if (v.is(i, "adopt", "pass") && v.isVerb(i) && v.is(i + 2, "resolution")) {
                out.add(new Hit(EventType.Other, i, i + 3, false, "resolution"));
            } else if (v.is(i, "sign", "strike", "reach", "clinch", "mediate", "broker", "seal") && v.isVerb(i)
                    && v.find(i + 1, Math.min(n, i + 5), AGREEMENT) >= 0
                    && v.isNoun(v.find(i + 1, Math.min(n, i + 5), AGREEMENT))
                    && !v.lower(v.find(i + 1, Math.min(n, i + 5), AGREEMENT))
                    .startsWith("according")
                    && v.findIn(i + 1, Math.min(n, i + 5), Lex.CEASEFIRE) < 0
                    && v.findIn(Math.max(0, i - 3), i, Lex.CEASEFIRE) < 0
                    && !ceasefireDeal(v, v.find(i + 1, Math.min(n, i + 5), AGREEMENT))) {
                // "signed a peace agreement with armed groups", "Russia struck a deal with rebels" (a ceasefire
                // deal is a CeasefireDeclared)
                // a mediated deal: the mediation is the talks, the deal an event of its own
                int deal = v.find(i + 1, Math.min(n, i + 5), AGREEMENT);
                int at = v.is(i, "mediate", "broker") ? deal : i;
                out.add(new Hit(EventType.Other, at, at + 1, false, "sign-agreement"));
            } else if (v.is(i, "declare", "impose") && v.isVerb(i) && (v.find(i + 1, Math.min(n, i + 6), "emergency") >= 0
                    || v.find(i + 1, Math.min(n, i + 4), "curfew") >= 0
                    || v.find(i + 1, Math.min(n, i + 4), "martial") >= 0)) {
                out.add(new Hit(EventType.Other, i, i + 1, false, "emergency"));
            } else if ((v.is(i, "ban") && v.isVerb(i) || v.is(i, "ban") && v.isNoun(i) && v.is(i - 2, "impose", "announce"))
                    && v.find(i + 1, Math.min(n, i + 5), "gathering", "gatherings", "protest", "protests", "demonstration",
                    "demonstrations", "rally", "rallies", "movement", "assembly") >= 0) {
                // "the government banned public gatherings": a security measure, like a curfew
                out.add(new Hit(EventType.Other, i, i + 1, false, "emergency"));
            } else if (v.is(i, "arrest", "detain") && v.isVerb(i) && !v.lower(i).endsWith("ing")) {
                // "the army arrested 25 suspected militants"
                out.add(new Hit(EventType.Other, i, i + 1, false, "arrest"));
            } else if ((v.is(i, "release", "free", "exchange", "swap") && v.isVerb(i)
                    || v.is(i, "exchange", "swap", "release") && v.isNoun(i) && v.is(i + 1, "of"))
                    && v.find(i + 1, Math.min(n, i + 6), "hostages", "hostage", "prisoners", "prisoner", "detainees",
                    "captives", "abductees") >= 0) {
                // "rebels released 20 hostages", "the two sides exchanged 100 prisoners"
                out.add(new Hit(EventType.Other, i, i + 1, false, "release"));
            } else if (v.is(i, "prisoner", "prisoners") && v.is(i + 1, "exchange", "swap")) {
                out.add(new Hit(EventType.Other, i, i + 2, false, "release"));
            } else if ((v.is(i, "withdraw", "pull") && v.isVerb(i) || v.is(i, "withdrawal") && v.is(i + 1, "of"))
                    && v.find(i + 1, Math.min(n, i + 5), "troops", "forces", "fighters", "soldiers", "units") >= 0) {
                // "the army withdrew its troops from the town"
                out.add(new Hit(EventType.Other, i, i + 1, false, "withdraw"));
            } else if (v.is(i, "withdraw", "retreat", "pull") && v.isVerb(i) && !v.is(i + 1, "support", "recognition")
                    && (!v.is(i, "pull") || v.is(i + 1, "out", "back")) && troopsBefore(v, i)) {
                // "troops had already begun retreating", "the rebels pulled out of the town"
                out.add(new Hit(EventType.Other, i, i + 1, false, "withdraw"));
            } else if ((v.is(i, "assassination", "killing", "murder", "slaying") && v.isNoun(i) && v.is(i + 1, "of")
                    || v.is(i, "assassinate", "assassinated")) && leaderAfter(v, i + 1)) {
                // "after the killing of a major militia leader", "the assassination of a senior commander"
                out.add(new Hit(EventType.Other, i, i + 1, false, "assassination"));
            } else if (v.is(i, "target") && v.isVerb(i) && v.is(i - 1, "be", "been", "being", "were", "was")) {
                out.add(new Hit(EventType.Other, i, i + 1, false, "targeted"));
            }
        }
        return out;
    }

    /** "an agreement for a seven-day ceasefire", "a deal on a humanitarian truce": the deal is the ceasefire. */
    private static boolean ceasefireDeal(SentenceView v, int deal) {
        if (!v.is(deal + 1, "for", "on", "to")) {
            return false;
        }
        for (int j = deal + 2; j < Math.min(v.size(), deal + 9); j++) {
            if (v.isIn(j, Lex.CEASEFIRE)) {
                return true;
            }
            if (v.isPunct(j) && !v.is(j, "-") || v.isVerb(j)) {
                return false;
            }
        }
        return false;
    }

    /** A leader, commander or official named within a few words after {@code from}. */
    private static boolean leaderAfter(SentenceView v, int from) {
        for (int j = from; j < Math.min(v.size(), from + 6); j++) {
            if (v.isPunct(j)) {
                return false;
            }
            if (v.is(j, "leader", "commander", "chief", "official", "officer", "general", "governor", "mayor",
                    "minister", "president", "head", "spokesman", "founder", "emir", "warlord")) {
                return true;
            }
        }
        return false;
    }

    /** Troops, forces or fighters as the subject of the verb at {@code i}, within its clause. */
    private static boolean troopsBefore(SentenceView v, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
            if (v.isPunct(j) || v.is(j, "who", "which", "that", "to")) {
                return false;
            }
            if (v.is(j, "troops", "forces", "fighters", "soldiers", "units", "rebels", "militants", "insurgents")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "gunmen abducted 14 passengers from a bus", "seven civilians were kidnapped": civilians taken by force, an attack
     * on them (soldiers or officials taken are not; nor are people taken with no word for who they are).
     */
    static boolean civiliansTaken(SentenceView v, int i) {
        int n = v.size();
        boolean passive = v.is(i - 1, "was", "were", "been", "being");
        int from = passive ? Math.max(0, i - 7) : i + 1;
        int to = passive ? i : Math.min(n, i + 7);
        for (int k = from; k < to; k++) {
            if (v.isIn(k, KillingRule.MILITARY) || v.is(k, "official", "officials", "officer", "officers", "policeman",
                    "policemen", "police")) {
                return false;
            }
        }
        for (int k = from; k < to; k++) {
            if (v.isIn(k, KillingRule.PERSON_VICTIM) || v.is(k, "labourers", "laborers", "traders", "travellers",
                    "travelers", "commuters", "pupils", "schoolgirls", "schoolboys", "worshippers", "nationals")) {
                return true;
            }
        }
        return false;
    }
}
