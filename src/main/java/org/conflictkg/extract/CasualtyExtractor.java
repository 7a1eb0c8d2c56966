package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Casualty figures: "killed 20 people", "at least 25 people had been killed", "the death toll ...
 * was 45", "six people and wounded 15", "forcing nearly 10,000 civilians to flee". Killed, wounded
 * and displaced are kept apart; vague amounts ("dozens", "hundreds") and war-wide totals ("the war,
 * which has killed more than 300,000 people") are skipped.
 */
final class CasualtyExtractor {

    /** A figure found in a sentence, before it is tied to an event and a source. */
    record Raw(CasualtyReport.Kind kind, int count, String qualifier, int numberToken, int cueToken, Mention evidence) {
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));
    private static final Set<String> KILL = Set.of("kill", "killed", "killing", "dead", "die", "died", "death", "deaths",
            "slain", "slay", "massacre", "massacred", "execute", "executed", "martyred", "behead", "beheaded", "beheading", "life", "lives", "body", "bodies", "toll", "fatality",
            "fatalities");
    private static final Set<String> WOUND = Set.of("wound", "wounded", "wounding", "injure", "injured", "injuring",
            "injury", "injuries", "hurt", "casualty");
    private static final Set<String> DISPLACE = Set.of("displace", "displaced", "flee", "fled", "fleeing", "evacuate",
            "evacuated", "homeless", "uproot", "uprooted");
    /** Counted things that are not people: "two villages", "40 buildings", "three rockets". */
    private static final Set<String> THINGS = Set.of("village", "villages", "town", "towns", "building", "buildings",
            "house", "houses", "home", "homes", "district", "districts", "area", "areas", "city", "cities", "vehicle",
            "vehicles", "tank", "tanks", "day", "days", "week", "weeks", "month", "months", "year", "years", "time",
            "times", "hour", "hours", "km", "kilometres", "kilometers", "mile", "miles", "rocket", "rockets", "missile",
            "missiles", "strike", "strikes", "shell", "shells", "bomb", "bombs", "drone", "drones", "percent",
            "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "school", "schools", "hospital",
            "hospitals", "province", "provinces", "region", "regions", "site", "sites", "base", "bases", "attack",
            "attacks", "incident", "incidents", "round", "rounds", "point", "points");
    private static final Set<String> WAR = Set.of("war", "conflict", "civil", "insurgency", "uprising", "crisis");

    List<Raw> find(SentenceView v) {
        List<Raw> out = new ArrayList<>();
        int n = v.size();
        // "there were no reported casualties", "no one was killed": a toll of zero ("no immediate reports
        // of casualties" says nothing yet)
        for (int i = 0; i < n; i++) {
            int end = -1;
            if (v.is(i, "no") && v.is(i + 1, "casualties", "deaths", "fatalities")) {
                end = i + 2;
            } else if (v.is(i, "no") && v.is(i + 1, "reported") && v.is(i + 2, "casualties", "deaths", "fatalities")) {
                end = i + 3;
            } else if ((v.is(i, "nobody") || v.is(i, "no") && v.is(i + 1, "one")) && v.find(i + 1, Math.min(n, i + 5),
                    "killed", "died", "hurt", "injured") >= 0) {
                end = v.find(i + 1, Math.min(n, i + 5), "killed", "died", "hurt", "injured") + 1;
            }
            if (end > 0) {
                out.add(new Raw(CasualtyReport.Kind.KILLED, 0, "", i, i, v.mention(i, end)));
                break;
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (int i = 0; i < n; i++) {
            Integer count = number(v, i);
            if (count == null || count <= 0) {
                continue;
            }
            // skip years, percentages and days of the month ("on April 15", "15 April")
            if (v.is(i + 1, "percent", "%", "per") || count >= 1900 && count <= 2100 && v.lower(i).length() == 4
                    || count <= 31 && (v.isIn(i - 1, Lex.MONTH_WORDS) || v.isIn(i + 1, Lex.MONTH_WORDS))) {
                continue;
            }
            // a subset of another figure: "eight civilians, including three children" (but in "eleven civilians were
            // among 17 people killed" the figure after "among" is the whole)
            boolean whole = v.is(i - 1, "among") && v.is(i - 2, "were", "was", "are", "is");
            if (v.is(i - 1, "including", "among") && !whole || v.is(i + 1, "of") && v.is(i + 2, "them", "whom")) {
                continue;
            }
            // "killed 11 soldiers and one police officer": one figure of 12
            if (v.is(i - 1, "and") && !out.isEmpty() && out.get(out.size() - 1).cueToken() < out.get(out.size() - 1).numberToken()) {
                Raw prev = out.get(out.size() - 1);
                boolean sameList = prev.numberToken() >= i - 6 && prev.numberToken() < i - 1;
                for (int j = prev.numberToken() + 1; j < i - 1 && sameList; j++) {
                    sameList = !v.isVerb(j) && !v.isPunct(j) && number(v, j) == null && !v.isIn(j, THINGS);
                }
                if (sameList) {
                    out.set(out.size() - 1, new Raw(prev.kind(), prev.count() + count, prev.qualifier(), prev.numberToken(),
                            prev.cueToken(), v.mention(Math.min(prev.cueToken(), prev.numberToken()), i + 1)));
                    continue;
                }
            }
            String q = qualifier(v, i);
            int cue = -1;
            CasualtyReport.Kind kind = null;
            // cue before: "killed 20 people", "killing 90 soldiers", "wounding 15", "death toll ... was 45"
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                CasualtyReport.Kind k = kindOf(v, j);
                if (k != null && !v.is(j, "toll", "body", "bodies", "life", "lives")
                        && (v.isVerb(j) || j == i - 1 && v.is(j, "kill", "kills", "wound", "wounds", "injure", "injures")
                        // "gunmen shot dead three civilians"
                        || v.is(j, "dead") && v.is(j - 1, "shot", "shoot", "shoots", "gunned"))) {
                    kind = k;
                    cue = j;
                    break;
                }
                if (!(Regexes.matches(v.tok(j).upos(), "ADV|ADJ|ADP|DET") || v.is(j, "at", "least", "more", "than", "about", "nearly",
                        "over", "some", "around", "up", "to", "almost", "an", "estimated"))) {
                    break;
                }
            }
            // "claimed the lives of 30 people", "cost the lives of 12", "took the lives of at least 40"
            int of = i - 1;
            while (of > 0 && v.is(of, "at", "least", "more", "than", "about", "nearly", "over", "some", "around", "almost")) {
                of--;
            }
            if (kind == null && v.is(of, "of") && v.is(of - 1, "lives", "life") && v.is(of - 2, "the")
                    && v.is(of - 3, "claim", "claimed", "claiming", "claims", "take", "took", "taking", "takes", "cost", "costing")) {
                kind = CasualtyReport.Kind.KILLED;
                cue = of - 1;
            }
            // "the killing of 26 tourists", "the deaths of 12 people"
            if (kind == null && v.is(of, "of") && v.is(of - 1, "killing", "killings", "murder", "murders", "massacre",
                    "deaths", "death") && !v.isVerb(of - 1)) {
                kind = CasualtyReport.Kind.KILLED;
                cue = of - 1;
            }
            // "the bodies of 16 people were found", "the remains of at least nine soldiers"
            if (kind == null && v.is(of, "of") && v.is(of - 1, "bodies", "remains", "corpses")
                    && v.find(i + 1, Math.min(n, i + 8), "found", "recovered", "discovered", "retrieved", "buried", "exhumed",
                    "pulled", "lay", "lying", "littered") >= 0) {
                kind = CasualtyReport.Kind.KILLED;
                cue = of - 1;
            }
            if (kind == null) {
                // "the death toll ... was 45"; further back when the figure is the toll's value:
                // "the death toll from the air strikes on the city on Tuesday rose to 45"
                int toll = v.find(Math.max(0, i - (v.is(i - 1, "to", "at", "was", "is", "reached", "hit") ? 16 : 8)), i, "toll");
                // ("the toll from last week's attack has risen to 40": a bare toll whose value the figure is)
                boolean value = v.is(i - 1, "to", "at", "was", "is", "reached", "hit") && v.is(toll + 1, "from", "of", "in");
                if (toll >= 0 && (v.find(toll, i, "death", "casualty") >= 0 || v.is(toll - 1, "death") || value)) {
                    kind = CasualtyReport.Kind.KILLED;
                    cue = toll;
                }
            }
            if (kind == null) {
                // cue after: "25 people had been killed", "six dead", "10,000 civilians to flee"
                int lim = Math.min(n, i + 8);
                for (int j = i + 1; j < lim; j++) {
                    if (v.tok(j).isCapitalised() || v.is(j, "'s", "’s")) {
                        lim = Math.min(n, lim + 1); // "two New People's Army rebels and a soldier were killed"
                    }
                    CasualtyReport.Kind k = kindOf(v, j);
                    if (k == null && v.is(j, "lose", "lost") && v.is(j + 2, "life", "lives")) {
                        k = CasualtyReport.Kind.KILLED; // "more than 30 civilians lost their lives"
                    }
                    if (k != null) {
                        kind = k;
                        cue = j;
                        break;
                    }
                    if (v.tok(j).text().equals(",") && v.is(j + 1, "including", "among", "mostly", "most", "many", "all")) {
                        int close = v.find(j + 2, Math.min(n, j + 10), ",");
                        if (close > 0) {
                            lim = Math.min(n, lim + close - j);
                            j = close;
                            continue;
                        }
                    }
                    // "four members of the Community Protection Guards (CPG) were killed": a short form in brackets
                    if (v.is(j, "(") && j + 2 < n && v.shortFormAt(j + 1) && v.is(j + 2, ")")) {
                        lim = Math.min(n, lim + 3);
                        j += 2;
                        continue;
                    }
                    if (number(v, j) != null || Regexes.matches(v.tok(j).text(), "[;:\"“”(]") || v.is(j, "who", "which", "that")
                            || v.isIn(j, THINGS)) {
                        break;
                    }
                    // ("three civilians were shot dead", "hacked to death": the manner of the killing)
                    if (v.is(j, "shot", "gunned", "hacked", "stabbed", "beaten", "burned", "burnt", "bludgeoned")
                            && v.is(j + 1, "dead", "to", "down")) {
                        continue;
                    }
                    if (v.isVerb(j) && !v.tok(j).upos().equals("AUX") && !v.is(j, "force", "forced", "forcing", "leave",
                            "left", "including", "include", "reportedly", "have", "had", "be", "been", "were")
                            // ("10,000 people were reported displaced", "were feared killed", "were confirmed dead")
                            && !(v.is(j, "reported", "feared", "confirmed", "believed") && v.is(j - 1, "were", "was", "been"))) {
                        break;
                    }
                }
            }
            if (kind == null || cue > i && killersCounted(v, cue)) {
                continue;
            }
            if (warWide(v, Math.min(i, cue)) || sinceAfter(v, Math.max(i, cue))) {
                continue;
            }
            // "two aid workers and their driver were killed": one more
            if (cue > i) {
                int and = v.find(i + 1, cue, "and");
                // ("five Chinese nationals and their Pakistani driver")
                int noun = and + 2 + (v.tok(and + 2).isCapitalised() && !v.isIn(and + 2, PERSON) ? 1 : 0);
                if (and > 0 && v.is(and + 1, "their", "his", "her", "a", "an") && v.isIn(noun, PERSON) && v.isNoun(noun)
                        && !v.isIn(noun + 1, PERSON)) {
                    count += 1;
                }
            }
            int a = Math.min(i, cue);
            int b = Math.max(i, cue) + 1;
            out.add(new Raw(kind, count, q, i, cue, v.mention(a, b)));
        }
        singleVictims(v, out);
        return out;
    }

    /**
     * "Three gunmen killed 12 villagers": a figure before an active verb that has its own object counts
     * those who killed, not the dead.
     */
    private static boolean killersCounted(SentenceView v, int cue) {
        if (!v.isVerb(cue) || v.is(cue - 1, "be", "been", "being", "was", "were", "is", "are", "have", "has", "had")
                || !v.is(cue, "kill", "killed", "kills", "wound", "wounded", "wounds", "injure", "injured", "injures",
                "massacre", "massacred", "execute", "executed")) {
            return false;
        }
        int k = cue + 1;
        while (k < v.size() && v.is(k, "at", "least", "more", "than", "nearly", "about", "some", "over", "around", "up",
                "to", "almost", "an", "estimated")) {
            k++;
        }
        return k < v.size() && (number(v, k) != null || v.is(k, "a", "the", "his", "her", "their", "its", "dozens",
                "scores", "hundreds") || v.tok(k).upos().equals("NOUN") && !v.is(k, "in", "on"));
    }

    /** People counted one by one: "a civilian was killed", "killing a soldier", "the killing of a UN staff member". */
    private static final Set<String> PERSON = Set.of("civilian", "soldier", "child", "boy", "girl", "woman", "man",
            "person", "officer", "policeman", "policewoman", "journalist", "reporter", "worker", "member", "fighter",
            "commander", "resident", "farmer", "teacher", "doctor", "nurse", "medic", "paramedic", "driver", "employee",
            "volunteer", "peacekeeper", "official", "militant", "rebel", "student", "guard", "villager", "pilot",
            "trooper", "serviceman", "servicewoman", "insurgent", "gunman", "leader", "assistant", "mother", "father",
            "son", "daughter", "wife", "husband", "baby", "teenager", "protester", "monk", "priest", "imam", "chief",
            "mayor", "governor", "pastor", "activist", "elder", "lawmaker", "politician", "judge", "cleric", "headman",
            "sheikh", "colonel", "general", "captain", "lieutenant", "sergeant");

    private static void singleVictims(SentenceView v, List<Raw> out) {
        boolean killed = false;
        boolean wounded = false;
        for (Raw r : out) {
            killed |= r.kind() == CasualtyReport.Kind.KILLED;
            wounded |= r.kind() == CasualtyReport.Kind.WOUNDED;
        }
        int n = v.size();
        for (int i = 0; i < n; i++) {
            // ("the driver was killed": one, as "a driver")
            if (!v.is(i, "a", "an") && !(v.lower(i).equals("the") && !v.is(i - 1, "of"))) {
                continue;
            }
            int person = personAfter(v, i);
            if (person < 0) {
                continue;
            }
            CasualtyReport.Kind kind = null;
            int cue = -1;
            // "killing a soldier", "killed a journalist", "the killing of a UN staff member"
            int before = v.is(i - 1, "of") ? i - 2 : i - 1;
            if (v.isIn(before, KILL) && !v.is(before, "toll", "body", "bodies", "life", "lives", "dead")
                    && (v.isVerb(before) || v.is(before, "killing", "death", "murder"))
                    || v.is(before, "dead") && v.is(before - 1, "shot", "shoot", "shoots")) {
                kind = CasualtyReport.Kind.KILLED;
                cue = before;
            } else if (v.isIn(before, WOUND) && v.isVerb(before)) {
                kind = CasualtyReport.Kind.WOUNDED;
                cue = before;
            } else if (!v.is(i - 1, "of", "with", "by", "for", "to", "as", "like")) {
                // "a civilian was killed", "a UN staff member was shot dead", "a soldier has been wounded"
                int j = person + 1;
                while (j < n && j <= person + 4 && (v.is(j, "of", "the", "from", "'s", "’s") || v.tok(j).isProperNoun())) {
                    j++;
                }
                if (v.is(j, "was") || v.is(j, "has", "had") && v.is(j + 1, "been")) {
                    int verb = v.is(j, "was") ? j + 1 : j + 2;
                    if (v.is(verb, "killed", "slain", "executed", "murdered") || v.is(verb, "shot") && v.is(verb + 1, "dead")) {
                        kind = CasualtyReport.Kind.KILLED;
                        cue = verb;
                    } else if (v.is(verb, "injured", "wounded", "hurt")) {
                        kind = CasualtyReport.Kind.WOUNDED;
                        cue = verb;
                    }
                }
            }
            if (kind == null || kind == CasualtyReport.Kind.KILLED && killed || kind == CasualtyReport.Kind.WOUNDED && wounded) {
                continue;
            }
            if (warWide(v, Math.min(i, cue))) {
                continue;
            }
            // "killing a woman and her two children": three
            int count = 1;
            int last = person;
            boolean and = v.is(person + 1, "and");
            Integer more = and && v.is(person + 2, "her", "his", "their") ? number(v, person + 3) : null;
            Integer others = and ? number(v, person + 2) : null;
            int another = and && v.is(person + 2, "a", "an") ? personAfter(v, person + 2) : -1;
            if (more != null && more > 0 && v.isNoun(person + 4)) {
                count += more;
                last = person + 4;
            } else if (others != null && others > 0 && v.isNoun(person + 3) && !v.isIn(person + 3, THINGS)) {
                // "killed a soldier and two civilians": three
                count += others;
                last = person + 3;
            } else if (another > 0) {
                // "killed a soldier and a policeman": two
                count += 1;
                last = another;
            }
            out.add(new Raw(kind, count, "exact", i, cue, v.mention(Math.min(i, cue), Math.max(last, cue) + 1)));
            killed |= kind == CasualtyReport.Kind.KILLED;
            wounded |= kind == CasualtyReport.Kind.WOUNDED;
        }
    }

    /** The token of the person that the article "a"/"an" at {@code i} opens ("a UN staff member"), or -1. */
    private static int personAfter(SentenceView v, int i) {
        int limit = i + 5;
        for (int j = i + 1; j < Math.min(v.size(), limit); j++) {
            if (v.isIn(j, PERSON) && (v.isNoun(j) || !v.isNoun(j + 1)) && !v.is(j + 1, "'s", "’s")) {
                return v.isNoun(j + 1) && v.isIn(j + 1, PERSON) ? j + 1 : j;
            }
            // "a 72-year-old man": an age before the person
            boolean age = "NUM".equals(v.tok(j).upos()) && j == i + 1 && v.ageEnd(j) >= 0;
            if (age) {
                limit = i + 8;
            }
            if (!(age || v.isNoun(j) || v.tok(j).isProperNoun() || "ADJ".equals(v.tok(j).upos()) || v.is(j, "-"))) {
                return -1;
            }
        }
        return -1;
    }

    private static CasualtyReport.Kind kindOf(SentenceView v, int j) {
        if (v.isIn(j, KILL)) {
            return CasualtyReport.Kind.KILLED;
        }
        if (v.isIn(j, WOUND)) {
            return CasualtyReport.Kind.WOUNDED;
        }
        if (v.isIn(j, DISPLACE)) {
            return CasualtyReport.Kind.DISPLACED;
        }
        return null;
    }

    /**
     * "139 Palestinians had been killed since the fighting began", "14,000 people have been killed in the
     * enclave since Oct. 7": a running total, not one event's toll. "since" closes the figure's clause.
     */
    private static boolean sinceAfter(SentenceView v, int i) {
        if (v.is(i + 1, "since") && !v.isIn(i + 2, Lex.WEEKDAYS) && !v.is(i + 2, "yesterday", "dawn", "morning", "midnight")
                || v.is(i + 1, "so") && v.is(i + 2, "far")) {
            return true;
        }
        // further on in the clause, only a total since a date or since the war began
        for (int j = i + 2; j < Math.min(v.size(), i + 9); j++) {
            if (v.is(j, "since") && (Regexes.matches(v.lower(j + 1), "(1[89]|20)\\d\\d")
                    || Lex.MONTH_WORDS.contains(Regexes.replaceAll(v.lower(j + 1), "\\.$", ""))
                    || v.is(j + 1, "the") && v.isIn(j + 2, WAR_START))) {
                return true;
            }
            if (v.isPunct(j) || v.is(j, "and", "but", "while", "when", "after", "before", "including")) {
                return false;
            }
        }
        return false;
    }

    /** What a war's running total counts from: "since the war began", "since the start of the conflict". */
    private static final Set<String> WAR_START = Set.of("war", "conflict", "start", "beginning", "outbreak", "uprising",
            "invasion", "insurgency");

    /** Whether the figure is a total for a whole war ("the war, which has killed ..."). */
    private static boolean warWide(SentenceView v, int i) {
        // "the fighting, which erupted on April 15 and has killed more than 700 people": a total since the start
        if (v.is(i, "killed", "died") && v.is(i - 1, "has", "have")) {
            for (int j = i - 2; j >= Math.max(0, i - 12); j--) {
                if (v.is(j, "erupted", "began", "started", "broke", "begun")) {
                    return true;
                }
            }
        }
        for (int j = i - 1; j >= Math.max(0, i - 7); j--) {
            if (v.isIn(j, WAR)) {
                return true;
            }
            if (v.is(j, "since") || v.is(j, "year", "years") && v.is(j - 1, "the", "this", "last")) {
                return true;
            }
        }
        return false;
    }

    /** The count a token states, or null: digits ("10,000", "1.5 million") or number words; not an age. */
    static Integer number(SentenceView v, int i) {
        if (v.ageEnd(i) >= 0) {
            return null; // "a 15-year-old boy"
        }
        String t = v.tok(i).text().toLowerCase(Locale.ROOT).replace(",", "");
        Integer base = null;
        if (Regexes.matches(t, "\\d{1,9}")) {
            base = Integer.parseInt(t);
        } else if (Regexes.matches(t, "\\d{1,6}\\.\\d+") && v.is(i + 1, "million", "thousand")) {
            base = 0;
        } else if (WORDS.containsKey(t)) {
            if (t.equals("dozen") && !v.is(i - 1, "a", "one")) {
                return null;
            }
            if (t.equals("hundred") && !v.is(i - 1, "a", "one")) {
                return null;
            }
            base = WORDS.get(t);
            if (v.is(i + 1, "hundred") && !t.equals("hundred")) {
                base *= 100;
            }
        }
        if (base == null) {
            return null;
        }
        if (v.is(i + 1, "million")) {
            double d = Double.parseDouble(Regexes.matches(t, "[0-9.]+") ? t : String.valueOf(base));
            return (int) Math.min(Integer.MAX_VALUE, Math.round(d * 1_000_000));
        }
        if (v.is(i + 1, "thousand")) {
            double d = Double.parseDouble(Regexes.matches(t, "[0-9.]+") ? t : String.valueOf(base));
            return (int) Math.round(d * 1000);
        }
        if (v.is(i + 1, "of") && v.is(i + 2, "thousands", "hundreds")) {
            return null;
        }
        return base;
    }

    private static String qualifier(SentenceView v, int i) {
        String p1 = i > 0 ? v.lower(i - 1) : "";
        String p2 = i > 1 ? v.lower(i - 2) : "";
        if (p1.equals("least") && p2.equals("at")) {
            return "at least";
        }
        if (p1.equals("than") && (p2.equals("more") || p2.equals("over"))) {
            return "more than";
        }
        if (p1.equals("over")) {
            return "more than";
        }
        if (p1.equals("to") && p2.equals("up")) {
            return "up to";
        }
        if (p1.equals("nearly") || p1.equals("almost")) {
            return "nearly";
        }
        if (p1.equals("about") || p1.equals("around") || p1.equals("some") || p1.equals("approximately")
                || p1.equals("roughly") || p1.equals("estimated")) {
            return "about";
        }
        if (p1.equals("a") && v.lower(i).equals("dozen")) {
            return p2.equals("least") ? "at least" : "about";
        }
        return "exact";
    }
}
