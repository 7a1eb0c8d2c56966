package org.conflictkg.extract;

import java.util.Set;

/**
 * Decides whether a trigger reports an event that happened: not negated, not planned ("to meet",
 * "will meet", "plan to"), not demanded ("called for talks"), not hypothetical ("if", "could"),
 * not denied ("denied bombing"), not habitual or generic ("years of siege", "these meetings").
 */
final class Modality {
    private Modality() {
    }

    private static final Set<String> MODAL = Set.of("will", "would", "could", "might", "may", "shall", "should",
            "can", "'ll", "must");
    private static final Set<String> REAL_BEFORE_TO = Set.of("force", "forced", "forcing", "compel", "cause", "begin",
            "start", "continue", "fail", "failed", "manage", "forces", "began", "started", "continued", "appear", "seem",
            "appeared", "seemed", "appears", "seems");
    /** Violence that took place when it was tried, whatever came of it (a capture tried is not a capture). */
    private static final Set<EventType> ATTEMPT_HAPPENS = java.util.EnumSet.of(EventType.ArmedClash,
            EventType.AttackOnCivilians, EventType.AttackOnAid);
    private static final Set<String> UNREAL_GOVERNOR = Set.of("demand", "call", "urge", "propose", "seek", "want",
            "allow", "permit", "plan", "threaten", "vow", "promise", "prepare", "consider", "avoid", "prevent",
            "need", "hope", "wish", "request", "push", "pledge", "intend", "expect", "fear", "deny", "press");
    private static final Set<String> GENERIC_OF = Set.of("year", "month", "decade", "week", "possibility", "threat",
            "risk", "fear", "prospect", "chance", "goal", "plan", "hope", "call", "demand", "danger", "idea", "fears", "verge",
            "brink", "history", "wave", "years", "months", "decades",
            // an office named after what it runs: "directors general of military operations", "head of operations"
            "general", "generals", "director", "directors", "head", "chief", "chiefs", "directorate", "department");

    /** "has fought the insurgents for more than a decade": a state of war, not one event. */
    private static final java.util.regex.Pattern LONG_DURATION = java.util.regex.Pattern.compile(
            "\\bfor (?:more than |over |nearly |almost |the past |the last )?(?:a decade|decades|years|"
                    + "(?:two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:years|decades))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** "fighting ... began in November 2020": the start of a war told as background, not the day's news. */
    private static final java.util.regex.Pattern WAR_BEGAN = java.util.regex.Pattern.compile(
            "\\b(?:began|begun|started|erupted|broke out|(?:plunged|descended|slid|spiralled|spiraled) into (?:a |all-out |full-scale )?"
                    + "(?:civil )?war)\\s+in\\s+(?:[a-z]+\\s+)?(?:19|20)\\d\\d\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern YEARS_SPAN = java.util.regex.Pattern.compile(
            "\\b(?:(?:in|between|from) (?:19|20)\\d\\d(?: and| to|-|–| –) ?(?:19|20)?\\d\\d|over the (?:past|last) "
                    + "(?:decade|\\w+ (?:years|decades))|in recent years|for (?:years|decades)|since (?:19|20)\\d\\d|in the past(?! (?:few |two |three |several )?"
                    + "(?:days|hours|day|week|weeks|24|48|month)))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether the verb at {@code k} belongs to a ", which ..." or ", who ..." aside. */
    private static boolean relativeClauseAt(SentenceView v, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 8); j--) {
            if (v.is(j, "which", "who") && v.is(j - 1, ",")) {
                return v.find(j + 1, k, ",") < 0;
            }
            if (v.is(j, ",")) {
                return false;
            }
        }
        return false;
    }

    /** The first verb or auxiliary after token {@code head} in its clause ("airstrikes, ... and chemical attacks have been
     * reported": "have"), or -1. */
    private static int firstVerbAfter(SentenceView v, int head) {
        for (int j = head + 1; j < Math.min(v.size(), head + 14); j++) {
            // ("Attacks by groups linked to al Qaeda have killed": a participle after a noun qualifies it)
            boolean qualifier = Regexes.matches(v.tok(j).pos(), "VBN|VBD") && v.lower(j).endsWith("ed") && v.isNoun(j - 1)
                    && v.is(j + 1, "to", "by");
            if (!qualifier && (v.isVerb(j) || "AUX".equals(v.tok(j).upos()) || v.is(j, "has", "have"))) {
                return j;
            }
            if (v.is(j, "which", "that", "who", ";")) {
                return -1;
            }
        }
        return -1;
    }

    /** A time word (a weekday, a month, "yesterday", "overnight") in the {@code n} tokens from {@code from}. */
    private static boolean timeAhead(SentenceView v, int from, int n) {
        for (int j = from; j < Math.min(v.size(), from + n); j++) {
            if (v.isIn(j, Lex.WEEKDAYS) || v.isIn(j, Lex.MONTH_WORDS) || v.is(j, "yesterday", "today", "overnight", "tonight",
                    "earlier", "weekend", "week", "morning", "night", "dawn")) {
                return true;
            }
        }
        return false;
    }

    /** "since March", "since 2015", "since the start of the war", "since last year": a span of months or more. */
    static boolean sinceLongAgo(SentenceView v, int from) {
        for (int j = from; j + 1 < v.size(); j++) {
            if (v.is(j, "which", "that", "who", "when", "after", "before", "while") || v.tok(j).text().equals(";")) {
                return false; // another clause
            }
            // "in recent months", "over the past two years"
            if (v.is(j, "in") && v.is(j + 1, "recent") && v.is(j + 2, "months", "years")
                    || v.is(j, "over", "in") && v.is(j + 1, "the") && v.is(j + 2, "past", "last")
                    && (v.is(j + 3, "months", "years", "decade") || v.is(j + 4, "months", "years"))) {
                return true;
            }
            if (!v.is(j, "since")) {
                continue;
            }
            int k = v.is(j + 1, "early", "late", "mid", "mid-") ? j + 2 : j + 1;
            if (v.isIn(k, Lex.MONTH_WORDS) && !Regexes.matches(v.lower(k + 1), "\\d{1,2}") || Regexes.matches(v.lower(k), "(19|20)\\d\\d")
                    || v.is(k, "the") && v.is(k + 1, "start", "beginning", "outbreak", "war", "conflict", "invasion", "coup")
                    || v.is(k, "war", "fighting", "conflict") && v.is(k + 1, "broke", "began", "erupted", "started")
                    || v.is(k, "last") && v.is(k + 1, "year", "month")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A plural trigger for a kind of event rather than one of them: "ravaged by attacks", "repeated
     * offensives", "attacks ... in 2019 and 2020", "over the past decade".
     */
    private static boolean habitual(SentenceView v, int first, int head) {
        String w = v.lower(head);
        if (!v.isNoun(head) || !w.endsWith("s") || w.equals(v.tok(head).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (v.find(Math.max(0, first - 4), first, "plagued", "ravaged", "repeated", "frequent", "regular", "recurrent",
                "numerous", "countless", "periodic") >= 0) {
            return true;
        }
        // "have launched dozens of drone and missile attacks on vessels since November": a tally, not one event
        if (v.find(Math.max(0, first - 7), first, "dozens", "hundreds", "thousands", "scores", "series", "string", "spate")
                >= 0 && sinceLongAgo(v, head + 1)) {
            return true;
        }
        // "its attacks have devastated towns", "their strikes have killed thousands": a record, not a report
        if (v.is(first - 1, "its", "their") && v.is(head + 1, "have")
                && (v.isVerb(head + 2) || "ADJ".equals(v.tok(head + 2).upos()) && v.lower(head + 2).endsWith("ed"))) {
            return true;
        }
        return nearAfter(v, head, YEARS_SPAN) || nearBefore(v, first, YEARS_SPAN);
    }

    /**
     * Whether the pattern starts within eight words after the trigger, in its clause (no comma,
     * semicolon or dash between): "fought the insurgents for more than a decade", not "X, which has
     * fought for years, attacked the town on Monday".
     */
    private static boolean nearAfter(SentenceView v, int head, java.util.regex.Pattern p) {
        return nearAfter(v, head, p, 8);
    }

    private static boolean nearAfter(SentenceView v, int head, java.util.regex.Pattern p, int words) {
        int end = head + 1;
        while (end < v.size() && end <= head + words && !Regexes.matches(v.tok(end).text(), "[,;:–—-]")) {
            end++;
        }
        if (end <= head + 1) {
            return false;
        }
        return p.matcher(v.span(head + 1, end)).find();
    }

    /**
     * "plunged into civil war in December 2013 when a crisis escalated into fighting": how the war began,
     * not a clash of the day (who seized what, told the same way, stays an event).
     */
    private static boolean warBeganWhen(SentenceView v, int first) {
        int when = -1;
        for (int j = first - 1; j >= 0; j--) {
            if (v.is(j, "when")) {
                when = j;
                break;
            }
        }
        return when > 0 && WAR_BEGAN.matcher(v.span(0, when)).find();
    }

    /** The same within six words before the trigger: "in 2019 and 2020, attacks ...". */
    private static boolean nearBefore(SentenceView v, int first, java.util.regex.Pattern p) {
        int start = first;
        while (start > 0 && start >= first - 6 && !Regexes.matches(v.tok(start - 1).text(), "[,;:–—-]")) {
            start--;
        }
        return start < first && p.matcher(v.span(start, first)).find();
    }

    static boolean real(SentenceView v, TriggerRule.Hit h) {
        int i = h.first();
        int head = h.head();
        // denial: "denied bombing civilians", "deny carrying out" stays real for a definite noun further away
        if (v.find(Math.max(0, i - 2), i, "deny", "denied", "denies") >= 0) {
            return false;
        }
        // conditional or question clause
        for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
            if (v.is(j, "if", "unless", "whether")) {
                return false;
            }
            if (v.tok(j).text().equals(",") || v.tok(j).text().equals(";")) {
                break;
            }
        }
        // "bringing the death toll from the week's fighting to 210": a running total over many events, not one
        int toll = v.find(Math.max(0, i - 7), i, "toll");
        if (toll > 1 && v.is(toll + 1, "from", "in", "of") && v.find(Math.max(0, toll - 4), toll, "bringing", "brings", "brought",
                "raising", "raises", "raised", "pushing", "pushed", "taking", "took") >= 0
                && v.find(toll + 1, i, ",", ";") < 0) {
            return false;
        }
        // "Attacks against civilians and peacekeepers may constitute war crimes": attacks in general, judged in law
        if (!v.isVerb(head) && v.lower(head).endsWith("s") && (i == 0 || !"DET".equals(v.tok(i - 1).upos())
                && !"NUM".equals(v.tok(i - 1).upos()) && !v.tok(i - 1).isCapitalised())) {
            for (int j = h.end(); j + 1 < Math.min(v.size(), h.end() + 10); j++) {
                if (v.is(j, "may", "might", "could", "would", "can") && v.is(j + 1, "constitute", "amount")) {
                    return false;
                }
                if (v.isVerb(j) || v.is(j, ",", ";")) {
                    break;
                }
            }
        }
        // "air raid alert", "rocket sirens": a warning, not an attack
        if (v.is(h.end(), "alert", "alerts", "siren", "sirens", "warning", "warnings", "shelter", "shelters", "alarm")) {
            return false;
        }
        // the end of an event is not the event: "strikes had halted", "the shelling stopped"
        if (!v.isVerb(head) || v.isNoun(head)) {
            for (int j = h.end(); j < Math.min(v.size(), h.end() + 3); j++) {
                if (v.is(j, "halt", "halted", "stop", "stopped", "cease", "ceased", "pause", "paused", "suspend", "suspended",
                        "subside", "subsided", "end", "ended")) {
                    return false;
                }
                if (!Regexes.matches(v.tok(j).upos(), "AUX|ADV|VERB|ADJ")) {
                    break;
                }
            }
        }
        // the whole war's toll: "the conflict has created a crisis ..., displacing millions"
        if (h.type() == EventType.Evacuation && (v.find(Math.max(0, i - 15), i, "war", "conflict", "crisis", "insurgency") >= 0
                || v.find(0, Math.min(4, i), "war", "conflict") >= 0)) {
            return false;
        }
        // "the fighting has displaced ... since March", "forces have shelled the city since 2022": a campaign, in the
        // perfect, since months or years (the people it has displaced are a displacement reported all the same)
        // (a siege "since September" is one event, going on)
        if (EventExtractor.VIOLENT.contains(h.type()) && (v.find(Math.max(0, i - 5), i, "has", "have") >= 0
                || v.is(firstVerbAfter(v, head), "has", "have")) && sinceLongAgo(v, head + 1)) {
            return false;
        }
        // "a region overrun by Islamist militants", "districts held by the rebels": a participle describing a place
        // says whose it is, unless the clause says when it was taken
        if (h.type() == EventType.Capture && i == head && Regexes.matches(v.lower(head), ".*(?:ed|en|un|wn)|held") && i > 0 && v.isNoun(i - 1) && !v.tok(i - 1).isCapitalised() && v.is(h.end(), "by")
                && !timeAhead(v, h.end(), 10)) {
            return false;
        }
        // "throwing peace negotiations into question", "threatening the talks": the process at stake, no meeting
        if (h.type() == EventType.Talks && v.find(Math.max(0, i - 5), i, "throw", "throwing", "threw", "thrown",
                "jeopardize", "jeopardise", "jeopardizing", "jeopardising", "threaten", "threatening", "threatened",
                "derail", "derailing", "complicate", "complicating", "undermine", "undermining", "overshadow",
                "overshadowing", "cast", "casting") >= 0 && !v.boundaryBetween(Math.max(0, i - 5), i)) {
            return false;
        }
        // a war-wide total: "the war that killed ... and displaced half the population"
        for (int j = i - 1; j >= Math.max(0, i - 10); j--) {
            if (v.is(j, "that", "which") && j > 0 && v.find(Math.max(0, j - 3), j, "war", "conflict", "insurgency") >= 0) {
                return false;
            }
            if (v.tok(j).text().equals(";")) {
                break;
            }
        }
        // "on the verge of seizing", "preventing the group from seizing", "aimed at taking"
        if (v.lower(head).endsWith("ing") && v.is(i - 1, "of", "from", "at")) {
            if (v.is(i - 1, "of") && v.is(i - 2, "verge", "brink", "edge", "threat", "risk", "possibility", "danger", "fear",
                    "goal", "aim", "hope", "idea", "prospect")) {
                return false;
            }
            if (v.is(i - 1, "from") && v.find(Math.max(0, i - 8), i - 1, "prevent", "preventing", "stop", "stopping", "block",
                    "blocking", "deter", "ban", "bar", "keep") >= 0) {
                return false;
            }
            if (v.is(i - 1, "at") && v.is(i - 2, "aimed", "aim", "aiming", "aims")) {
                return false;
            }
        }
        // ("accused Pakistan of repeated violations of the understanding": a truce broken, however often)
        if (habitual(v, i, head) && h.type() != EventType.CeasefireViolation || nearAfter(v, head, LONG_DURATION) || nearAfter(v, head, WAR_BEGAN, 12)
                || h.type() == EventType.ArmedClash && warBeganWhen(v, i)) {
            return false;
        }
        // "a deal with rebels to evacuate hundreds": a base form after "to" is an infinitive, however it is tagged
        boolean infinitive = i == head && v.is(i - 1, "to") && v.lower(head).equals(v.tok(head).lemma().toLowerCase(
                java.util.Locale.ROOT)) && !Regexes.matches(v.lower(head), ".*(?:s|ing|ion|ment)$");
        boolean verb = v.isVerb(head) && !v.isNoun(head) || h.type() == EventType.Talks && v.lower(head).equals("meet")
                || infinitive;
        if (verb) {
            for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                if (v.isIn(j, MODAL)) {
                    return false;
                }
                if (v.is(j, "not", "n't", "never", "no") || v.lower(j).endsWith("n't") || v.tok(j).lemma().contains("not")) {
                    return false;
                }
                if (v.is(j, "long") && v.is(j - 1, "has", "have", "had")) {
                    return false; // "Oman, which has long mediated between them": a role, not one event
                }
                if (v.lower(j).equals("to") && ("PART".equals(v.tok(j).upos()) || v.isVerb(j + 1) || j == i - 1)) {
                    if (j == i - 1 || v.tok(j + 1).upos().equals("ADV")) {
                        // ("forced hundreds of thousands of people to flee": the governing verb past a long object)
                        for (int k = j - 1; k >= Math.max(0, j - 8); k--) {
                            if (v.isIn(k, REAL_BEFORE_TO) && (v.isVerb(k) || v.lower(k).endsWith("ing"))) {
                                return true;
                            }
                            if (v.is(k, "try", "attempt") && v.isVerb(k) && ATTEMPT_HAPPENS.contains(h.type())) {
                                return true; // "rebels tried to storm the town": an assault that was made, if repelled
                            }
                            if (v.isVerb(k)) {
                                return false;
                            }
                        }
                        return false;
                    }
                }
                if (!"ADV".equals(v.tok(j).upos()) && !"AUX".equals(v.tok(j).upos()) && !"PART".equals(v.tok(j).upos())) {
                    break;
                }
            }
        } else {
            // the noun's governing verb: "threatening to launch a ground invasion", "to allow the evacuation"
            for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
                if (v.is(j, "that") || v.tok(j).upos().equals("SCONJ")
                        || v.is(j, "despite", "amid", "during", "after", "before", "since", "following")) {
                    break; // "vowed that the assault would not end", "despite a government offensive"
                }
                if (v.is(j, "to") && v.is(j - 1, "due", "owing", "thanks") || v.is(j, "of") && v.is(j - 1, "because")) {
                    break; // "may be due to the new offensive": what is uncertain is the cause, not the offensive
                }
                if (v.isVerb(j)) {
                    // ("pressed an offensive", "pushed the assault": carried on with it; "pressed for a truce": sought it)
                    boolean carriedOn = v.is(j, "press", "push") && !v.is(j + 1, "for", "to", "ahead");
                    if (v.isIn(j, UNREAL_GOVERNOR) && !carriedOn) {
                        return false;
                    }
                    if (v.is(j - 1, "not", "never") || v.lower(j - 1).endsWith("n't") || v.tok(j - 1).lemma().contains("not")) {
                        return false; // "didn't drop bombs"
                    }
                    if (v.is(j - 1, "to") && !v.isIn(j - 2, REAL_BEFORE_TO)) {
                        return false;
                    }
                    if (v.isIn(j - 1, MODAL) || v.isIn(j - 2, MODAL) && v.is(j - 1, "not", "n't")) {
                        return false;
                    }
                    break;
                }
                if (v.lower(j).equals("to") && j == i - 1) {
                    // "trying to broker a truce", "efforts to reach a ceasefire", "vowed to launch an offensive"
                    int g = "ADV".equals(v.tok(j - 1).upos()) ? j - 2 : j - 1;
                    boolean tried = v.is(g, "try", "attempt") && ATTEMPT_HAPPENS.contains(h.type());
                    if (!tried && (v.isIn(g, UNREAL_GOVERNOR) || v.is(g, "try", "attempt", "work", "strive", "scramble",
                            "race", "aim", "hope", "effort", "efforts", "bid"))) {
                        return false;
                    }
                    // "called on all sides to return to talks": a return asked for
                    if (v.is(g, "return", "go", "come", "get") && v.is(g - 1, "to")) {
                        for (int k = g - 2; k >= Math.max(0, g - 8) && !v.isPunct(k); k--) {
                            if (v.isVerb(k)) {
                                if (v.isIn(k, UNREAL_GOVERNOR)) {
                                    return false;
                                }
                                break;
                            }
                        }
                    }
                    break;
                }
            }
            // "warned that an assault on the city, which shelters thousands, could lead to massacres": the subject of a
            // clause that only says what may come
            if (v.is(i - 2, "that") && Regexes.matches(v.tok(i - 1).upos(), "DET") || v.is(i - 1, "that")) {
                int k = head + 1;
                while (k < v.size() && k < head + 25 && !(v.isIn(k, MODAL) || v.isVerb(k) && !v.is(k - 1, "which", "that",
                        "who") && !relativeClauseAt(v, k))) {
                    k++;
                }
                int verbAfter = k + 1;
                while (verbAfter < v.size() && (v.is(verbAfter, "not", "n't", "never") || "ADV".equals(v.tok(verbAfter).upos()))) {
                    verbAfter++;
                }
                // ("vowed that the assault would not end", "attacks could go on for some time": it goes on already)
                if (k < v.size() && v.isIn(k, MODAL) && !v.is(verbAfter, "end", "stop", "continue", "last", "cease",
                        "persist", "go", "carry", "keep", "drag", "be")) {
                    return false;
                }
            }
            // "talks on the reintegration will be held in Yevlakh on Thursday", "talks are due to start": a noun whose own
            // verb is still to come
            int k = head + 1;
            while (k < v.size() && k < head + 12 && !v.isPunct(k) && !v.isVerb(k) && !"AUX".equals(v.tok(k).upos())) {
                k++;
            }
            if (k < v.size() && !v.is(k - 1, "which", "that", "who")
                    && (v.is(k, "will", "would", "shall") && v.is(k + 1, "be", "take", "begin", "start", "open", "resume",
                    "convene") && !v.is(k + 2, "continue", "continuing")
                    || v.is(k, "is", "are", "were", "was") && v.is(k + 1, "due", "scheduled", "expected", "set", "planned",
                    "slated") && v.is(k + 2, "to", "for"))) {
                return false;
            }
            // "years of siege", "the possibility of joint operations", "calls for talks"
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                if (h.type() == EventType.Talks && v.is(j, "of") && v.is(j - 1, "week", "weeks") && v.is(j - 2, "a", "two", "three")) {
                    break; // "at the close of a week of talks": talks held, for a week
                }
                if (v.is(j, "of", "for") && v.isIn(j - 1, GENERIC_OF)) {
                    return false;
                }
                if (v.is(j, "of", "for") && v.isIn(j - 2, GENERIC_OF) && !v.isVerb(j - 1)) {
                    return false;
                }
                if (v.isVerb(j) || v.tok(j).text().equals(",")) {
                    break;
                }
            }
            if (v.is(i - 1, "these", "such", "any", "no", "future", "possible", "potential", "planned", "proposed",
                    "new-round") || v.is(i - 2, "these", "such", "no") && !v.isVerb(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
