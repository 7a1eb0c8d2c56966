package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;

/** Armed clashes: "clash(es)", "fighting", "battle(s)", "skirmish", "firefight", "gun battle", "exchange of fire". */
final class ArmedClashRule implements TriggerRule {
    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.is(i, "clash", "skirmish", "firefight", "gunfight", "gunbattle", "shootout", "hostilities", "hostility")) {
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "clash"));
            } else if (v.is(i, "fighting") && v.is(i - 1, "in", "to", "of", "from") && v.is(i - 2, "pause", "halt", "end",
                    "lull", "cessation", "break", "stop", "respite", "let-up")) {
                continue; // "a four-day pause in fighting": the truce, not a clash
            } else if (v.is(i, "fighting") && (v.isNoun(i) || v.is(i - 1, "the", "heavy", "fierce", "intense", "renewed")
                    || v.is(i + 1, "between", "raged", "continued", "erupted", "broke", "intensified", "resumed"))) {
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "fighting"));
            } else if (v.is(i, "battle") && v.isNoun(i) && !(v.is(i + 1, "to") && v.isIn(i + 2, GroundOffensiveRule.CAPTURE_VERB))
                    && !v.is(i + 1, "for", "against") && !v.is(i - 1, "legal", "court", "political", "uphill")) {
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "battle"));
            } else if (v.is(i, "battle") && v.isNoun(i) && v.is(i + 1, "for", "against")) {
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "battle-for"));
            } else if (v.is(i, "battle", "battled") && v.isVerb(i) && (v.findIn(Math.max(0, i - 4), i, Lex.GENERIC_ACTOR) >= 0
                    || v.is(i + 1, "for") && v.is(i + 2, "control"))) {
                // "rebels and soldiers battled for control of the town"
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "battle-verb"));
            } else if (v.is(i, "fight") && v.isVerb(i) && v.findIn(Math.max(0, i - 3), i, Lex.GENERIC_ACTOR) >= 0) {
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "fight"));
            } else if (v.is(i, "exchange") && v.is(i + 1, "of") && v.is(i + 2, "fire", "gunfire")
                    || v.is(i, "exchange", "trade") && v.isVerb(i) && v.is(i + 1, "fire", "gunfire", "shots")) {
                out.add(new Hit(EventType.ArmedClash, i, i + 3, false, "exchange-fire"));
            } else if (v.is(i, "gunfire", "gunbattle")) {
                out.add(new Hit(EventType.ArmedClash, i, i + 1, false, "gunfire"));
            }
        }
        return out;
    }
}
