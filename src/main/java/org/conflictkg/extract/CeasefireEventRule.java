package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ceasefire events: declared ("took effect", "came into force", "put in place", "agreed a deal",
 * "announced a truce/pause"), collapsed ("collapsed", "fell apart", "broke down", "a collapsed
 * ceasefire", fighting resuming after a respite) and violated ("violated", "violation", "breach",
 * shelling that "did not cease" or "continued" after the announcement).
 */
final class CeasefireEventRule implements TriggerRule {
    private static final Set<String> COLLAPSE = Set.of("collapse", "unravel", "crumble", "disintegrate", "founder",
            "collapsed", "collapses", "breakdown", "expire", "fail");
    private static final Set<String> DECLARE_VERB = Set.of("agree", "sign", "reach", "announce", "declare", "broker",
            "strike", "seal", "conclude", "accept", "implement", "order", "unveil", "confirm");
    private static final Set<String> VIOLENCE = Set.of("shelling", "fire", "strike", "fighting", "bombardment", "attack",
            "clash", "bombing", "airstrike", "gunfire", "hostilities", "violence", "rocket", "missile");
    private static final Set<String> RESPITE = Set.of("respite", "lull", "pause", "truce", "ceasefire", "cease-fire",
            "calm", "break", "halt");

    private final boolean articleHasCeasefire;

    CeasefireEventRule(boolean articleHasCeasefire) {
        this.articleHasCeasefire = articleHasCeasefire;
    }

    @Override
    public List<Hit> find(SentenceView v) {
        List<Hit> out = new ArrayList<>();
        int n = v.size();
        int cfWord = v.findIn(0, n, Lex.CEASEFIRE);
        boolean cfHere = cfWord >= 0 || v.findIn(0, n, Lex.DEAL) >= 0 && articleHasCeasefire;
        for (int i = 0; i < n; i++) {
            // declared
            if ((v.is(i, "take", "go", "come") && v.is(i + 1, "effect", "into") && (v.is(i + 1, "effect") || v.is(i + 2, "force", "effect"))
                    || v.is(i, "take") && v.isVerb(i) && v.is(i + 1, "hold") && cfWord >= 0 && cfWord < i) && cfHere) {
                // ("a truce took hold on Monday")
                out.add(new Hit(EventType.CeasefireDeclared, i, i + 2, false, "take-effect"));
            } else if (v.is(i, "begin", "began", "start", "started") && v.isVerb(i)
                    && (v.isIn(i - 1, Lex.CEASEFIRE) || v.isIn(i - 2, Lex.CEASEFIRE) && "ADV".equals(v.tok(i - 1).upos()))) {
                // "a 72-hour ceasefire began at midnight"
                out.add(new Hit(EventType.CeasefireDeclared, i, i + 1, false, "take-effect"));
            } else if (v.is(i, "halt", "stop", "cease", "suspend") && v.is(i - 1, "to") && v.is(i - 2, "agree", "agreed", "agrees")
                    && v.find(i + 1, Math.min(n, i + 6), "fighting", "hostilities", "operations", "attacks", "offensive",
                    "offensives") >= 0) {
                // "the army and the rebels agreed to stop fighting": a truce, whatever it is called
                out.add(new Hit(EventType.CeasefireDeclared, i - 2, i + 1, false, "agree-to-halt"));
            } else if (v.is(i, "put") && v.is(i + 1, "in") && v.is(i + 2, "place") && cfHere) {
                out.add(new Hit(EventType.CeasefireDeclared, i, i + 3, false, "put-in-place"));
            } else if (v.is(i, "agree") && v.isVerb(i) && v.is(i + 1, "to", "on", "upon") && !v.isVerb(i + 2)
                    && !v.is(i + 2, "how", "whether", "what", "ways", "terms", "details", "steps", "conditions")
                    && !(v.is(i - 1, "to") && v.is(i - 2, "fail", "failed", "refuse", "refused"))
                    && v.findIn(i + 2, Math.min(n, i + 8), Lex.CEASEFIRE) >= 0) {
                // not "failed to agree on how to revive the ceasefire": that is the talks
                // "the warring parties agreed to a 72-hour truce", "agreed on a three-day truce"
                out.add(new Hit(EventType.CeasefireDeclared, i, v.findIn(i + 2, Math.min(n, i + 8), Lex.CEASEFIRE) + 1, false,
                        "declare"));
            } else if (v.isIn(i, DECLARE_VERB) && (v.isVerb(i) || v.headline && i > 0 && !v.isNoun(i)) && !v.is(i + 1, "to")
                    && !askedTo(v, i)) {
                // a headline's verb is often mistagged ("Haftar announce/CCONJ conditional ceasefire")
                int obj = v.findIn(i + 1, Math.min(n, i + 5), Lex.CEASEFIRE);
                if (obj < 0) {
                    // "announced a unilateral three-month humanitarian truce": a longer object, modifiers only
                    int far = v.findIn(i + 1, Math.min(n, i + 9), Lex.CEASEFIRE);
                    obj = far >= 0 && modifiersOnly(v, i + 1, far) ? far : -1;
                }
                int deal = v.findIn(i + 1, Math.min(n, i + 4), Lex.DEAL);
                if (obj >= 0 && (!v.boundaryBetween(i, obj) || quotedName(v, i, obj))
                        || deal >= 0 && cfWord >= 0 && !v.is(i, "accept")) {
                    int e = obj >= 0 ? obj : deal;
                    out.add(new Hit(EventType.CeasefireDeclared, i, e + 1, false, "declare"));
                }
            }
            // declared, passive: "a ceasefire was mediated by the OSCE in 1994", "a truce was agreed on Friday"
            if ((v.isIn(i, DECLARE_VERB) || v.is(i, "mediate", "negotiate")) && v.lower(i).endsWith("ed")
                    && v.is(i - 1, "was", "were", "been", "be", "is", "are")) {
                int subj = v.findIn(Math.max(0, i - 5), i - 1, Lex.CEASEFIRE);
                boolean unreal = v.find(subj + 1, i, "could", "would", "will", "may", "might", "should", "can", "must",
                        "not", "n't", "never", "hope", "hoped", "if") >= 0
                        || v.find(Math.max(0, subj - 4), subj, "hope", "hoped", "hopes", "if", "unless", "whether") >= 0;
                if (subj >= 0 && !unreal && !v.boundaryBetween(subj, i) && !v.lower(subj).endsWith("s")) {
                    out.add(new Hit(EventType.CeasefireDeclared, subj, i + 1, false, "declared-passive"));
                }
            }
            // collapsed
            // ("the ceasefire with Israel was over": a truce that is over has ended)
            boolean over = v.lower(i).equals("over") && v.is(i - 1, "was", "is", "were", "are") && cfWord >= 0
                    && cfWord < i && i - cfWord <= 6 && v.find(cfWord + 1, i - 1, ",", ";", "which", "that") < 0;
            // ("the TPLF ended a months-long truce", "the truce ended on Friday", "since the end of the ceasefire";
            // not "the ceasefire that ended two days of fighting": a truce that ends something else has begun)
            int ended = v.is(i, "end") ? v.findIn(i + 1, Math.min(n, i + 7), Lex.CEASEFIRE) : -1;
            // (the end "of" a truce only as past: "since the end of the ceasefire", not "before the scheduled end of")
            boolean pastEnd = v.is(i + 1, "of") && v.is(i - 1, "the") && v.is(i - 2, "since", "after", "following");
            boolean endsTruce = ended > i && (v.isVerb(i) || pastEnd) && modifiersOnly(v, pastEnd ? i + 2 : i + 1, ended);
            boolean truceEnds = v.is(i, "end") && v.isVerb(i) && cfWord >= 0 && cfWord < i && i - cfWord <= 3
                    && !(i + 1 < n && Regexes.matches(v.tok(i + 1).upos(), "DET|NUM|NOUN|PROPN|ADJ"));
            if (v.isIn(i, COLLAPSE) && !v.is(i, "fail") || v.is(i, "fall", "break") && v.is(i + 1, "apart", "down")
                    || endsTruce || truceEnds || over) {
                if (v.is(i, "fail") ) {
                    continue;
                }
                int near = endsTruce ? ended : v.findIn(Math.max(0, i - 9), Math.min(n, i + 4), Lex.CEASEFIRE);
                if (near < 0) {
                    near = subjectBeforeAside(v, i); // "The ceasefire, agreed by ... under ... mediation, collapsed"
                }
                if (near >= 0 && otherCeasefires(v, near)) {
                    near = -1; // "like all previous ceasefires, this deal collapsed": the deal, if any, is the truce
                }
                int deal = v.findIn(Math.max(0, i - 4), i, Lex.DEAL);
                boolean it = articleHasCeasefire && (v.is(i - 1, "it") || v.is(i - 2, "it") || v.is(i - 3, "it"));
                if (near >= 0 || deal >= 0 && articleHasCeasefire || it) {
                    int e = v.is(i + 1, "apart", "down") ? i + 2 : i + 1;
                    out.add(new Hit(EventType.CeasefireCollapsed, i, e, false, "collapse"));
                }
            } else if (v.is(i, "resume", "resumption", "renew", "erupt") && v.findIn(0, n, RESPITE) >= 0
                    && !otherCeasefires(v, v.findIn(0, n, RESPITE))
                    // ("fighting erupted again despite a ceasefire": the truce stands, broken; violenceAfterTruce)
                    && v.find(Math.max(0, v.findIn(0, n, RESPITE) - 4), v.findIn(0, n, RESPITE), "despite") < 0
                    && v.findIn(Math.max(0, i - 3), Math.min(n, i + 3), VIOLENCE) >= 0) {
                out.add(new Hit(EventType.CeasefireCollapsed, i, i + 1, false, "resume"));
            }
            // violated
            if (v.is(i, "violate", "violation", "breach", "break") && !v.is(i + 1, "down", "apart")
                    // ("held for a week without a single violation", "no breach was reported")
                    && v.find(Math.max(0, i - 4), i, "without", "no", "zero") < 0) {
                int obj = v.findIn(Math.max(0, i - 3), Math.min(n, i + 6), Lex.CEASEFIRE);
                int deal = v.findIn(Math.max(0, i - 3), Math.min(n, i + 5), Lex.DEAL);
                // "The ceasefire between X and Y, brokered by Z, was repeatedly violated": the truce is the subject
                boolean passiveTruce = v.lower(i).equals("violated") && v.find(Math.max(0, i - 3), i, "was", "were", "been",
                        "is", "are", "being") >= 0 && v.findIn(0, i, Lex.CEASEFIRE) >= 0
                        // ("a truce agreed last week between forces loyal to A and B was broken on Monday")
                        || truceSubjectOfPassive(v, i);
                // ("Previous ceasefires have repeatedly been violated": truces in general, none of them this one)
                // "a ceasefire brokered by Angola in March, which both sides accuse the other of violating"
                int which = v.find(Math.max(0, i - 10), i, "which");
                boolean relTruce = which > 0 && v.findIn(Math.max(0, which - 10), which, Lex.CEASEFIRE) >= 0
                        // ("a ceasefire took effect at midnight, though Bangkok accused Phnom Penh of violating it")
                        || v.is(i + 1, "it") && v.findIn(0, i, Lex.CEASEFIRE) >= 0;
                int truce = obj >= 0 ? obj : v.findIn(0, i, Lex.CEASEFIRE);
                if ((obj >= 0 || deal >= 0 && articleHasCeasefire || passiveTruce || relTruce)
                        && !(truce >= 0 && otherCeasefires(v, truce))) {
                    out.add(new Hit(EventType.CeasefireViolation, i, i + 1, false, "violate"));
                }
            } else if (articleHasCeasefire && v.is(i, "cease", "stop", "halt", "end") && (v.is(i - 1, "not", "n't", "never")
                    || v.is(i - 2, "not", "n't", "never")) && v.findIn(Math.max(0, i - 5), i, VIOLENCE) >= 0) {
                int a = v.findIn(Math.max(0, i - 5), i, VIOLENCE);
                out.add(new Hit(EventType.CeasefireViolation, a, i + 1, false, "did-not-cease"));
            } else if (articleHasCeasefire && v.is(i, "continue", "persist") && v.isVerb(i)
                    && v.findIn(Math.max(0, i - 4), i, VIOLENCE) >= 0
                    && (v.find(i + 1, n, "despite", "after") >= 0 && (v.findIn(i + 1, n, Lex.CEASEFIRE) >= 0
                    || v.find(i + 1, n, "announcement") >= 0))) {
                int a = v.findIn(Math.max(0, i - 4), i, VIOLENCE);
                out.add(new Hit(EventType.CeasefireViolation, a, i + 1, false, "continued-despite"));
            } else if (v.is(i, "continue", "persist", "rage", "raged") && v.isVerb(i) && cfWord >= 0 && !otherCeasefires(v, cfWord)) {
                // "a ceasefire was due to take effect on Friday, but fighting continued on Saturday"
                int a = v.findIn(Math.max(0, i - 3), i, VIOLENCE);
                // ("the UN called for a truce, but fighting continued": a truce never agreed is not violated)
                boolean soughtOnly = v.find(Math.max(0, cfWord - 5), cfWord, "call", "called", "calls", "calling", "urge",
                        "urged", "urges", "propose", "proposed", "proposes", "demand", "demanded", "demands", "appeal",
                        "appealed", "seek", "sought", "seeks") >= 0;
                if (a >= 0 && !soughtOnly && v.find(cfWord + 1, a, "but", "yet", "however") >= 0) {
                    out.add(new Hit(EventType.CeasefireViolation, a, i + 1, false, "continued-despite"));
                }
            }
        }
        if (articleHasCeasefire && out.stream().noneMatch(h -> h.type() == EventType.CeasefireViolation)) {
            int a = violenceAfterTruce(v);
            if (a >= 0) {
                out.add(new Hit(EventType.CeasefireViolation, a, a + 1, false, "despite-truce"));
            }
        }
        return out;
    }

    private static final Set<String> EASE = Set.of("decrease", "subside", "drop", "fall", "decline", "reduce", "ease",
            "calm", "stop", "halt", "cease", "end", "quiet", "abate");

    /**
     * "towns were shelled again ... one day after Armenia and Azerbaijan reached a ceasefire", "fighting
     * despite the truce": violence the sentence sets after a truce, or against it, breaks that truce. Not
     * where the truce had already collapsed or the violence eased with it ("attacks decreased since the
     * cease-fire took effect"). The violent word, or -1.
     */
    private static int violenceAfterTruce(SentenceView v) {
        int n = v.size();
        if (v.findIn(0, n, COLLAPSE) >= 0 || v.findIn(0, n, EASE) >= 0 || v.find(0, n, "call", "calls", "talks",
                "proposal", "propose", "proposed", "urge", "urged") >= 0) {
            return -1;
        }
        for (int j = 1; j < n; j++) {
            if (!v.is(j, "despite", "after", "since")) {
                continue;
            }
            int cf = v.findIn(j + 1, Math.min(n, j + 11), Lex.CEASEFIRE);
            if (cf < 0) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                // (a present "strike" or "fire" is not one that happened; "a rocket storage facility" is a target)
                boolean past = v.lower(i).endsWith("ed") || Regexes.matches(v.tok(i).pos(), "VBD|VBN");
                boolean modifier = v.isNoun(i) && v.isNoun(i + 1) && !v.isIn(i + 1, VIOLENCE);
                boolean violent = v.isIn(i, VIOLENCE) && !(v.is(i, "strike", "fire") && v.isVerb(i) && !past) && !modifier
                        || v.is(i, "shell", "bomb", "pound", "attack") && v.isVerb(i);
                if (violent && !v.is(i - 1, "no", "not", "without") && !v.is(i - 2, "no", "not")) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * "calling on both the army and the RSF to implement a humanitarian truce", "urged the sides to declare a truce":
     * asked of them, not done.
     */
    private static boolean askedTo(SentenceView v, int i) {
        return v.is(i - 1, "to") && v.find(Math.max(0, i - 14), i - 1, "call", "calls", "calling", "called", "urge", "urges",
                "urging", "urged", "ask", "asks", "asking", "asked", "press", "pressed", "pressing", "demand", "demanded",
                "demanding", "appeal", "appealed", "appealing", "encourage", "encouraged", "encouraging") >= 0;
    }

    private static final Set<String> OTHERS = Set.of("previous", "past", "earlier", "prior", "several", "many", "other",
            "multiple", "numerous", "successive", "repeated", "all", "various", "similar");

    /** "Several previous ceasefires", "like all past truces": truces in general, none of them one the article reports. */
    static boolean otherCeasefires(SentenceView v, int i) {
        if (!v.isIn(i, Lex.CEASEFIRE) || !v.lower(i).endsWith("s")) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            if (v.isIn(j, OTHERS)) {
                return true;
            }
            if (!Regexes.matches(v.tok(j).upos(), "ADJ|DET|NUM|ADV") && !v.is(j, "-")) {
                return false;
            }
        }
        return false;
    }

    /** "declared a "humanitarian truce"": the only break between the verb and the truce is the quote that names it. */
    private static boolean quotedName(SentenceView v, int verb, int obj) {
        for (int j = verb + 1; j < obj; j++) {
            String t = v.tok(j).text();
            boolean quote = t.equals("\"") || t.equals("“") || t.equals("'") || t.equals("‘");
            if (!quote && !Regexes.matches(v.tok(j).upos(), "DET|ADJ|NUM|NOUN")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The truce word that is the subject of the verb at {@code i} across an aside between commas: "The ceasefire,
     * agreed by both sides under Qatari mediation, collapsed". The truce word's index, or -1.
     */
    private static int subjectBeforeAside(SentenceView v, int i) {
        int j = i - 1;
        while (j > 0 && Regexes.matches(v.tok(j).upos(), "AUX|ADV|PART")) {
            j--;
        }
        int subject = ArgumentFinder.beforeAppositive(v, j);
        if (subject == j) {
            return -1;
        }
        // ("A bilateral ceasefire between the government and the ELN, agreed in Havana ..., expired": the truce
        // word heads the phrase its sides end)
        for (int k = subject; k >= Math.max(0, subject - 10); k--) {
            if (v.isIn(k, Lex.CEASEFIRE)) {
                return k;
            }
            // ("between the SDF and Turkish-backed forces": a backer's participle after its hyphen is the sides')
            if (v.isVerb(k) && !v.is(k - 1, "-") || v.isPunct(k) && !v.is(k, "-")) {
                break;
            }
        }
        return -1;
    }

    /**
     * Whether the verb at {@code i} is a passive "broken", "breached" or "violated" whose subject is a truce word
     * before it, followed at most by the participle phrase that tells how the truce was made: "a truce agreed last
     * week between forces loyal to the interim administration and the TPLF was broken on Monday".
     */
    private static boolean truceSubjectOfPassive(SentenceView v, int i) {
        if (!v.is(i, "broken", "breached", "violated") || v.find(Math.max(0, i - 3), i, "was", "were", "been", "is",
                "are", "being") < 0) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 18); k--) {
            if (v.isIn(k, Lex.CEASEFIRE)) {
                return !otherCeasefires(v, k);
            }
            if (v.is(k, ";", "which", "that", "but") || v.isVerb(k) && !v.tok(k).upos().equals("AUX")
                    && !v.isIn(k, DECLARE_VERB) && k != i) {
                return false;
            }
        }
        return false;
    }

    /** Tokens [a, b) are only articles, numbers, adjectives, nouns and hyphens: one noun phrase's modifiers. */
    private static boolean modifiersOnly(SentenceView v, int a, int b) {
        for (int k = a; k < b; k++) {
            if (!Regexes.matches(v.tok(k).upos(), "DET|NUM|ADJ|NOUN|PROPN") && !v.is(k, "-")) {
                return false;
            }
        }
        return true;
    }
}
