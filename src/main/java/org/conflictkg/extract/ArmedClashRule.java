package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;

/** Armed clashes: "clash(es)", "fighting", "battle(s)", "skirmish", "firefight", "gun battle", "exchange of fire". */
final class ArmedClashRule implements TriggerRule {
    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.is(i, "hostilities", "hostility") && v.is(i - 1, "of", "in", "to") && v.is(i - 2, "cessation", "end",
                    "halt", "pause", "suspension", "resumption")) {
                continue; // "a cessation of hostilities" is a truce; its resumption a collapse, not a clash of its own
            } else if (v.is(i, "hostilities", "fighting") && (v.is(i - 1, "cease", "end", "halt", "stop", "suspend")
                    || v.is(i - 1, "all") && v.is(i - 2, "cease", "end", "halt", "stop", "suspend"))) {
                continue; // "agree to cease hostilities", "to halt all fighting": a truce
            } else if (v.is(i, "clash", "skirmish", "firefight", "gunfight", "gunbattle", "shootout", "hostilities", "hostility")) {
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "clash"));
            } else if (v.is(i, "fighting") && v.is(i - 1, "in", "to", "of", "from") && v.is(i - 2, "pause", "halt", "end",
                    "lull", "cessation", "break", "stop", "respite", "let-up")) {
                continue; // "a four-day pause in fighting": the truce, not a clash
            } else if (v.is(i, "fighting", "war", "conflict") && (v.is(i - 1, "since") || v.is(i - 2, "since") && v.is(i - 1, "the"))
                    && v.is(i + 1, "began", "begun", "erupted", "started", "broke")) {
                continue; // "killed since the fighting began": when a total starts, not a clash reported
            } else if (v.is(i, "fighting") && i > 0 && (v.isIn(i - 1, Lex.GENERIC_ACTOR)
                    || v.is(i - 1, "groups", "alliance", "factions", "men"))
                    && (v.is(i + 1, "in", "against", "for", "alongside", "with", "on", "to", "under", "there")
                    || Regexes.matches(v.tok(i + 1).upos(), "DET|PROPN") || v.tok(i + 1).isCapitalised())) {
                continue; // "the Saudi-led coalition fighting in Yemen", "rebels fighting the government": who they are
            } else if (v.is(i, "fighting") && (v.isNoun(i) || v.is(i - 1, "the", "heavy", "fierce", "intense", "renewed")
                    || v.is(i + 1, "between", "raged", "continued", "erupted", "broke", "intensified", "resumed")
                    || v.is(i + 1, "has", "have", "had", "was", "is") && v.is(i + 2, "raged", "continued", "erupted",
                    "intensified", "raging", "continuing")
                    // a sentence that opens on "Fighting in Aden ..." or "Moreover, fighting in Aden ..." (tagged as a verb)
                    || opensClause(v, i) && v.is(i + 1, "in", "near", "around", "across", "along", "on", "at"))) {
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "fighting"));
            } else if (v.is(i, "battle") && v.isNoun(i) && !(v.is(i + 1, "to") && v.isIn(i + 2, GroundOffensiveRule.CAPTURE_VERB))
                    && !v.is(i + 1, "for", "against") && !v.is(i - 1, "legal", "court", "political", "uphill")
                    // ("battle damage assessment", "main battle tanks", "battle group": a modifier of gear or units)
                    && !v.is(i + 1, "damage", "tank", "tanks", "group", "groups", "plan", "plans", "dress", "fatigue",
                    "lines", "rhythm", "cry", "hardened", "-")) {
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "battle"));
            } else if (v.is(i, "battle") && v.isNoun(i) && v.is(i + 1, "for", "against")) {
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "battle-for"));
            } else if (v.is(i, "battle", "battled") && v.isVerb(i) && (v.findIn(Math.max(0, i - 4), i, Lex.GENERIC_ACTOR) >= 0
                    || v.is(i + 1, "for") && v.is(i + 2, "control"))) {
                // "rebels and soldiers battled for control of the town"
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "battle-verb"));
            } else if (v.is(i, "fight") && v.isVerb(i) && (v.findIn(Math.max(0, i - 3), i, Lex.GENERIC_ACTOR) >= 0
                    || v.is(i + 1, "off", "back") && v.find(i + 2, Math.min(v.size(), i + 5), "attackers", "attack",
                    "assailants", "gunmen", "militants", "insurgents", "rebels", "fighters", "jihadists", "assault") >= 0)) {
                // "soldiers fought rebels", "the troops had tried to fight off the attackers"
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "fight"));
            } else if (v.is(i, "exchange") && v.is(i + 1, "of") && v.is(i + 2, "fire", "gunfire")
                    || v.is(i, "exchange", "trade") && v.isVerb(i) && v.is(i + 1, "fire", "gunfire", "shots")) {
                out.add(new Hit(EventType.ArmedClash, i, v.is(i + 1, "of") ? i + 3 : i + 2, false, "exchange-fire"));
            } else if (v.is(i, "fire", "fired", "firing", "fires") && v.isVerb(i) && smallArms(v, i + 1, i + 5) >= 0) {
                // "they fired from assault rifles and grenade launchers", "firing machine guns at the post"
                // fired "at protesters", "into the crowd": on unarmed people, an attack on civilians
                int arms = smallArms(v, i + 1, i + 5);
                int at = v.find(arms + 1, Math.min(v.size(), arms + 4), "at", "on", "into");
                boolean unarmed = at > 0 && (v.findIn(at + 1, Math.min(v.size(), at + 4), KillingRule.PERSON_VICTIM) >= 0
                        || v.find(at + 1, Math.min(v.size(), at + 4), "crowd", "crowds", "protest", "demonstration") >= 0)
                        && v.findIn(at + 1, Math.min(v.size(), at + 4), KillingRule.MILITARY) < 0;
                out.add(new Hit(unarmed ? EventType.AttackOnCivilians : EventType.ArmedClash, i, arms + 1, false,
                        "small-arms-fire"));
            } else if (v.is(i, "gunfire", "gunbattle")) {
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "gunfire"));
            }
        }
        return out;
    }

    /** The first small-arms word ("rifles", "machine guns", "grenade launchers") in [from, to), or -1. */
    private static int smallArms(SentenceView v, int from, int to) {
        for (int j = from; j < Math.min(to, v.size()); j++) {
            if (v.isPunct(j)) {
                return -1;
            }
            if (v.is(j, "rifle", "rifles", "gun", "guns", "machine-gun", "machine-guns", "machinegun", "machineguns",
                    "kalashnikov", "kalashnikovs", "pistol", "pistols", "rpg", "rpgs")
                    || v.is(j, "arms") && v.is(j - 1, "small")
                    || v.is(j, "launcher", "launchers") && v.is(j - 1, "grenade")
                    || v.is(j, "weapons") && v.is(j - 1, "automatic", "light")) {
                return j;
            }
        }
        return -1;
    }

    /** Only sentence adverbs, conjunctions and punctuation come before token {@code i} ("Moreover, ...", "But ..."). */
    private static boolean opensClause(SentenceView v, int i) {
        for (int j = 0; j < i; j++) {
            if (!(v.isPunct(j) || Regexes.matches(v.tok(j).upos(), "ADV|CCONJ"))) {
                return false;
            }
        }
        return true;
    }
}
