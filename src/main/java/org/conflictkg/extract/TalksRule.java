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
                    "targets", "deadline", "need", "needs", "criteria", "standard", "standards", "fate", "death", "end") < 0
                    // (a leader who "visited troops and met commanders", or met survivors, holds no talks)
                    && v.find(i + 1, Math.min(v.size(), i + 3), "commanders", "troops", "soldiers", "residents", "families",
                    "survivors", "victims", "reporters", "journalists", "volunteers", "medics", "doctors", "wounded") < 0) {
                out.add(new Hit(EventType.Talks, i, i + 1, false, "meet"));
            } else if (v.is(i, "speak", "talk") && v.isVerb(i) && !lower.endsWith("ing") && phoneCall(v, i)) {
                out.add(new Hit(EventType.Talks, i, i + 1, false, "spoke-to"));
            } else if (v.is(i, "call", "conversation") && v.isNoun(i) && v.is(i - 1, "phone", "telephone", "video")
                    || v.is(i, "discuss") && v.isVerb(i) && v.find(i + 1, Math.min(v.size(), i + 12), "phone", "telephone") >= 0) {
                // "a phone call between the two leaders", "discussed the crisis by phone"
                out.add(new Hit(EventType.Talks, v.is(i, "discuss") ? i : i - 1, i + 1, false, "phone-call"));
            } else if (v.is(i, "host") && v.isVerb(i) && (v.find(i + 1, Math.min(v.size(), i + 5), "talks", "negotiations",
                    "parties", "delegations", "delegation", "meeting", "summit", "round", "leaders") >= 0
                    || diplomat(v, Math.max(0, i - 4), i))) {
                // "Qatar hosted talks between the two sides", "the mediators hosted the warring parties"
                out.add(new Hit(EventType.Talks, i, i + 1, false, "host"));
            } else if (v.is(i, "mediate") && v.isVerb(i) && !v.is(i - 1, "to", "will", "would", "could", "can")
                    && !v.is(i - 1, "was", "were", "been", "be", "is", "are")) {
                // (a truce "was mediated by" a third party names its broker; the truce is the event)
                // "Saudi Arabia mediated a deal between the two sides"
                out.add(new Hit(EventType.Talks, i, i + 1, false, "mediate"));
            } else if (v.is(i, "visit") && diplomaticVisit(v, i)) {
                out.add(new Hit(EventType.Talks, i, i + 1, false, "envoy-visit"));
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
                    "cease", "stop", "halt", "end", "suspend")
                    // ("agreed to hold follow-up meetings", "agreed to meet again": talks still to come)
                    && !v.is(i + 2, "hold", "meet", "resume", "convene", "reconvene")) {
                out.add(new Hit(EventType.Talks, i, i + 3, false, "agree-to"));
            } else if (v.is(i, "agree") && v.is(i - 1, "to") && v.is(i - 2, "fail")) {
                out.add(new Hit(EventType.Talks, i - 2, i + 1, false, "fail-agree"));
            }
        }
        return out;
    }

    /** People whose visits are diplomacy: envoys, mediators, foreign ministers, delegations. */
    private static final java.util.Set<String> DIPLOMAT = java.util.Set.of("envoy", "envoys", "diplomat", "diplomats",
            "delegation", "delegations", "mediator", "mediators", "emissary", "emissaries", "negotiator", "negotiators",
            "secretary-general", "secretaries-general");

    /**
     * "a visit to Ethiopia by the US special envoy", "the UN envoy visited Khartoum", "a delegation
     * visiting Moscow": a diplomat's visit, which the news reports as talks. A foreign minister or a
     * secretary of state counts; a president touring the front does not.
     */
    private static boolean diplomaticVisit(SentenceView v, int i) {
        if (v.isNoun(i)) {
            int by = v.find(i + 1, Math.min(v.size(), i + 10), "by");
            return by >= 0 && diplomat(v, by + 1, Math.min(v.size(), by + 8));
        }
        return v.isVerb(i) && diplomat(v, Math.max(0, i - 6), i) && v.find(Math.max(0, i - 6), i, ",", "who", "which") < 0;
    }

    /** "Secretary-General", also written as two words or cut by the tokenizer: "Secretary General", "Secretary- General". */
    private static boolean secretaryGeneral(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.lower(k).startsWith("secretary") && (v.lower(k).contains("general") || v.is(k + 1, "general", "-general")
                    || v.is(k + 1, "-") && v.is(k + 2, "general"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean diplomat(SentenceView v, int from, int to) {
        if (v.findIn(from, to, DIPLOMAT) >= 0 || secretaryGeneral(v, from, to)) {
            return true;
        }
        int m = v.find(from, to, "minister", "secretary");
        return m >= 0 && (v.is(m - 1, "foreign") || v.is(m + 1, "of") && v.is(m + 2, "state"));
    }

    private static final java.util.Set<String> MEDIA = java.util.Set.of("reporter", "reporters", "journalist",
            "journalists", "media", "press", "reuters", "afp", "ap", "television", "tv", "radio", "newspaper", "agency",
            "bbc", "cnn", "aljazeera", "al", "dpa", "xinhua", "anadolu", "sputnik", "ria", "tass", "condition");

    /**
     * "spoke by phone with the president", "spoke to both Biden and Guterres": a leader's conversation
     * with named people, not a statement to the press.
     */
    private static boolean phoneCall(SentenceView v, int i) {
        int j = i + 1;
        if (v.is(j, "by") && v.is(j + 1, "phone", "telephone")) {
            j += 2;
        }
        if (!v.is(j, "to", "with")) {
            return false;
        }
        int end = Math.min(v.size(), j + 5);
        if (v.findIn(j + 1, end, MEDIA) >= 0) {
            return false;
        }
        for (int k = j + 1; k < end; k++) {
            if ("PROPN".equals(v.tok(k).upos()) || v.is(k, "both", "counterpart", "counterparts", "president",
                    "minister", "leader", "leaders", "envoy")) {
                return k == j + 1 || v.is(j + 1, "both", "his", "her", "their", "the", "u.s.", "us");
            }
        }
        return false;
    }
}
