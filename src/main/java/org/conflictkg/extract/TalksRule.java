package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;

/** Talks and meetings: talks, meeting, met, negotiations, summit, consultations, mediation, diplomatic efforts, "failed to salvage the truce". */
final class TalksRule implements TriggerRule {
    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String lower = v.lower(i);
            boolean notTalk = v.is(i, "meeting", "meet", "met") && v.find(i + 1, Math.min(v.size(), i + 4), "resistance",
                    "opposition", "demand", "demands", "target", "targets", "deadline", "need", "needs", "criteria",
                    "standard", "standards", "death", "fighting", "fire", "gunfire", "obstacle", "obstacles") >= 0;
            if (notTalk) {
                continue; // "meeting little resistance", "met their deaths"
            }
            if (lower.equals("talks") || v.is(i, "negotiation", "summit", "consultation", "mediation", "meeting",
                    "conference") && v.isNoun(i)) {
                if (v.is(i, "conference") && !v.is(i - 1, "peace", "international", "donor", "security")) {
                    continue;
                }
                out.add(new Hit(EventType.Talks, i, i + 1, false, "talks"));
            } else if (v.is(i, "meet", "negotiate") && (v.isVerb(i) || lower.equals("met"))
                    && v.find(i + 1, Math.min(v.size(), i + 4), "resistance", "opposition", "demand", "demands", "target",
                    "targets", "deadline", "need", "needs", "criteria", "standard", "standards", "fate", "death", "end") < 0) {
                out.add(new Hit(EventType.Talks, i, i + 1, false, "meet"));
            } else if (v.is(i, "exchange") && v.is(i + 1, "idea", "ideas", "view", "views", "proposal", "proposals")) {
                out.add(new Hit(EventType.Talks, i, i + 2, false, "exchange-views"));
            } else if (v.is(i, "diplomatic") && v.is(i + 1, "effort", "efforts", "push", "initiative", "talks")) {
                out.add(new Hit(EventType.Talks, i, i + 2, false, "diplomacy"));
            } else if (v.is(i, "salvage", "revive", "rescue", "restore", "save") && v.isVerb(i)
                    && (v.findIn(i + 1, Math.min(v.size(), i + 6), Lex.CEASEFIRE) >= 0
                    || v.findIn(i + 1, Math.min(v.size(), i + 9), Lex.CEASEFIRE) >= 0
                    || v.findIn(i + 1, Math.min(v.size(), i + 4), Lex.DEAL) >= 0)
                    && v.is(i - 2, "fail", "try", "attempt", "seek", "struggle", "work")) {
                out.add(new Hit(EventType.Talks, i - 2, i + 1, false, "salvage"));
            } else if (v.is(i, "agree") && v.is(i + 1, "to") && v.isVerb(i + 2) && !v.is(i + 2, "ceasefire", "truce",
                    "cease", "stop", "halt", "end", "suspend")) {
                out.add(new Hit(EventType.Talks, i, i + 3, false, "agree-to"));
            } else if (v.is(i, "agree") && v.is(i - 1, "to") && v.is(i - 2, "fail")) {
                out.add(new Hit(EventType.Talks, i - 2, i + 1, false, "fail-agree"));
            }
        }
        return out;
    }
}
