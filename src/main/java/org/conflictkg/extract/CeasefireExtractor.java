package org.conflictkg.extract;

import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the ceasefires an article speaks of: one per truce, with its brokers ("brokered by X and
 * Y", "X-brokered", "mediated by X", the one who announced or demanded it), parties ("between X and
 * Y", "a pause in the X offensive"), agreed and start days ("agreed on", "took effect", "put in
 * place on", "from yesterday night"), planned duration ("week-long", "72-hour", "for seven days"),
 * status as of the article and the events that violated or ended it.
 */
public final class CeasefireExtractor {
    private static final Set<String> PROPOSE = Set.of("demand", "call", "urge", "propose", "seek", "push", "press",
            "appeal", "plead", "want", "ask", "request", "suggest", "offer");
    /** Words of trying before "to": a truce they try to reach is not reached yet. */
    private static final Set<String> ATTEMPT = Set.of("try", "attempt", "seek", "work", "strive", "scramble", "race",
            "effort", "efforts", "bid", "push", "aim", "hope");
    private static final Set<String> BROKER_VERB = Set.of("broker", "mediate", "sponsor", "negotiate", "facilitate");
    private static final Set<String> ANNOUNCE = Set.of("announce", "declare", "agree", "sign", "reach", "order",
            "unveil", "broker", "demand", "call", "propose", "urge", "accept", "strike", "seal", "put", "impose",
            "confirm", "observe", "respect", "honour", "honor", "implement", "welcome", "mediate", "sponsor", "facilitate");
    /** "US-brokered", "China-mediated", "UN-proposed": the name before the hyphen brokered the truce. */
    private static final List<String> BROKER_MARK = List.of("-brokered", "-mediated", "-backed", "-proposed", "-sponsored");
    /**
     * Declaring, accepting or keeping a truce is what its parties do ("the rebels declared a ceasefire",
     * "the LNA accepted a truce"), unless the sentence names the parties otherwise.
     */
    private static final Set<String> PARTY_VERB = Set.of("declare", "accept", "confirm", "observe", "respect",
            "announce", "honour", "honor", "implement", "welcome");
    private static final Set<String> START = Set.of("effect", "force", "place", "begin", "start", "from", "announce",
            "declare", "come");
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty)[- ](hour|day|week|month)(?:s)?[- ]long|"
                    + "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty)[- ](hour|day|week|month)\\b|"
                    + "(week|month|day)-long|for (?:a period of )?(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty) "
                    + "(hour|day|week|month)s?)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUM = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("fourteen", 14),
            Map.entry("thirty", 30));

    /** A ceasefire being built. */
    private static final class Draft {
        Mention anchor;
        /** Named as a truce besides those before it: "a fresh truce", "another ceasefire". */
        boolean fresh;
        LinkedHashSet<Integer> sentences = new LinkedHashSet<>();
        List<Argument> brokers = new ArrayList<>();
        List<Argument> parties = new ArrayList<>();
        LocalDate agreed;
        LocalDate start;
        String duration;
        boolean proposed;
        boolean declaredLater;
        boolean briefly;
        boolean holding;
        String noun;
        /**
         * Set in an earlier time than the news ("previously declared a ceasefire in May", "in 1994"): the
         * year or month named ("" when none is), else null.
         */
        String earlier;
    }

    public List<Ceasefire> extract(AnalyzedText doc, List<Entity> entities, List<Event> events) {
        LocalDate pub = doc.article().pubDate();
        ArgumentFinder args = new ArgumentFinder(entities);
        List<Draft> drafts = new ArrayList<>();
        Set<String> seenText = new java.util.HashSet<>();
        Set<Integer> cfEventSentences = new java.util.HashSet<>();
        for (Event e : events) {
            if (e.type().name().startsWith("Ceasefire")) {
                cfEventSentences.addAll(e.sentences());
            }
        }
        for (Sentence s : doc.sentences()) {
            if (s.tokens().isEmpty() || !seenText.add(s.text().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            SentenceView v = new SentenceView(doc, s, false);
            boolean cfEvent = cfEventSentences.contains(s.index());
            for (int i = 0; i < v.size(); i++) {
                boolean noun = v.isIn(i, Lex.CEASEFIRE) && (v.isNoun(i) || v.lower(i).equals("fire") || v.is(i, "ceasefire", "truce")
                        || v.is(i, "pause") && v.is(i - 1, "humanitarian", "tactical")); // (whatever the tag)
                if (noun && v.is(i, "pause") && !pauseOfFighting(v, i)) {
                    noun = false;
                }
                if (noun && v.is(i, "cessation") && drafts.isEmpty() && !v.is(i + 2, "hostilities")) {
                    noun = false;
                }
                boolean deal = !noun && v.isIn(i, Lex.DEAL) && cfEvent && !drafts.isEmpty();
                // "The deal was announced after talks in Pretoria led by the African Union": the truce just reported,
                // and who led the talks that made it
                deal |= !noun && !drafts.isEmpty() && v.isIn(i, Lex.DEAL) && v.is(i - 1, "the", "this") && talksLedBy(v, i) > 0;
                // "The Saudi-led coalition and the Houthi movement agreed to halt all offensive military operations",
                // after a truce is reported: what that truce is, and who is bound by it
                // (and with none reported yet, "the army and the rebels agreed to stop fighting" is the truce)
                boolean halt = !noun && v.is(i, "halt", "stop", "cease", "suspend") && v.is(i - 1, "to")
                        && v.is(i - 2, "agree", "agreed", "agrees") && v.find(i + 1, Math.min(v.size(), i + 6), "fighting",
                        "hostilities", "operations", "attacks", "offensive", "offensives") >= 0;
                deal |= halt && !drafts.isEmpty();
                noun |= halt && drafts.isEmpty();
                if (noun && v.lower(i).endsWith("s") && !v.lower(i).equals("talks")) {
                    // "several ceasefires have been agreed", "like all previous ceasefires": no truce of its own
                    if (drafts.isEmpty() || !cfEvent || CeasefireEventRule.otherCeasefires(v, i)) {
                        continue;
                    }
                    deal = true;
                    noun = false;
                }
                if (!noun && !deal) {
                    continue;
                }
                Draft d = mention(v, i, args, pub);
                Draft target = null;
                d.earlier = earlier(v, i, pub);
                if (!drafts.isEmpty()) {
                    Draft last = drafts.get(drafts.size() - 1);
                    target = last;
                    if (d.earlier != null && !deal && !d.earlier.equals(last.earlier)) {
                        // "M23 had previously declared a ceasefire in May": an earlier truce of its own, unless
                        // an earlier mention set it in the same time
                        target = null;
                        for (Draft o : drafts) {
                            if (o.earlier != null && (o.earlier.equals(d.earlier) || d.earlier.isEmpty())) {
                                target = o;
                            }
                        }
                    }
                    boolean indefinite = v.is(i - 1, "a", "an") || v.is(i - 2, "a", "an") || v.is(i - 3, "a", "an")
                            || v.is(i - 1, "immediate", "new");
                    // "agreed to a fresh truce with the junta" after a ceasefire that collapsed: a truce of its own,
                    // the same as any other called fresh before it
                    d.fresh = !deal && (v.is(i - 1, "fresh", "another", "second") || v.is(i - 2, "another"));
                    if (d.fresh) {
                        target = null;
                        for (Draft o : drafts) {
                            if (o.fresh) {
                                target = o;
                            }
                        }
                    } else if (indefinite && !deal) {
                        boolean disjoint = !d.brokers.isEmpty() && !last.brokers.isEmpty() && !overlap(d.brokers, last.brokers);
                        boolean statusDiffers = d.proposed != last.proposed;
                        boolean named = !d.brokers.isEmpty() || !last.brokers.isEmpty() || !d.parties.isEmpty()
                                || !last.parties.isEmpty();
                        if (disjoint || statusDiffers && named) {
                            target = null;
                            // an earlier ceasefire with the same brokers is the one meant
                            for (Draft o : drafts.subList(Math.max(0, drafts.size() - 30), drafts.size())) {
                                if (!d.brokers.isEmpty() && overlap(d.brokers, o.brokers) && o.proposed == d.proposed) {
                                    target = o;
                                }
                            }
                            // "LNA accepted a truce" after a call for one: the last truce of the same standing, when
                            // no broker tells them apart
                            if (target == null && d.brokers.isEmpty()) {
                                for (Draft o : drafts.subList(Math.max(0, drafts.size() - 30), drafts.size())) {
                                    if (o.proposed == d.proposed && o.earlier == null) {
                                        target = o;
                                    }
                                }
                            }
                        }
                    }
                }
                if (target == null) {
                    drafts.add(d);
                } else {
                    merge(target, d);
                }
            }
        }
        List<Ceasefire> out = new ArrayList<>();
        boolean fightingNow = events.stream().anyMatch(e -> EventExtractor.VIOLENT.contains(e.type()) && e.date() != null
                && pub != null && !e.date().isBefore(pub.minusDays(7)));
        for (Draft d : drafts) {
            List<String> endedBy = new ArrayList<>();
            boolean collapsed = false;
            boolean violated = false;
            for (Event e : events) {
                if (e.type() != EventType.CeasefireCollapsed && e.type() != EventType.CeasefireViolation) {
                    continue;
                }
                boolean shared = false;
                for (int si : e.sentences()) {
                    shared |= d.sentences.contains(si);
                }
                if (!shared) {
                    continue;
                }
                if (d.proposed && !d.declaredLater) {
                    continue;
                }
                endedBy.add(e.key());
                collapsed |= e.type() == EventType.CeasefireCollapsed;
                violated |= e.type() == EventType.CeasefireViolation;
            }
            CeasefireStatus status;
            if (d.proposed && !d.declaredLater) {
                status = CeasefireStatus.PROPOSED;
            } else if (collapsed || d.briefly) {
                status = CeasefireStatus.COLLAPSED;
            } else if (violated) {
                status = CeasefireStatus.VIOLATED;
            } else if (d.holding) {
                status = CeasefireStatus.HOLDING;
            } else if (d.earlier != null && YEAR.matcher(d.earlier).matches() && fightingNow) {
                // "a ceasefire was mediated in 1994, but the conflict remained frozen" in a report of the fighting
                // of the day: a truce of years before that the news shows broken is over
                status = CeasefireStatus.COLLAPSED;
            } else {
                status = CeasefireStatus.DECLARED;
            }
            // "China-mediated ceasefire" ... "China also announced the ceasefire": a broker is no party
            d.parties.removeIf(p -> d.brokers.stream().anyMatch(b -> ArgumentFinder.sameName(b.name(), p.name())));
            // ("Rivals agree truce" over "the army and the RSF signed it": the words for the sides once they are named)
            java.util.function.Predicate<Argument> sideWord = p -> p.entityKey() == null
                    && SIDE_WORDS.matcher(ArgumentFinder.norm(p.name())).matches();
            if (d.parties.stream().filter(sideWord.negate()).count() >= 2) {
                d.parties.removeIf(sideWord);
            }
            double conf = d.sentences.size() > 1 ? 0.8 : 0.6;
            out.add(new Ceasefire("c" + out.size(), d.anchor, new ArrayList<>(d.sentences), d.brokers, d.parties, d.agreed,
                    d.start, d.duration, status, endedBy, conf));
        }
        return out;
    }

    private static boolean hasCeasefireEvent(List<Event> events, int sentence) {
        for (Event e : events) {
            if (e.type().name().startsWith("Ceasefire") && e.sentences().contains(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** "a pause in the offensive / fighting / strikes", "humanitarian pause", "announced a pause". */
    private static boolean pauseOfFighting(SentenceView v, int i) {
        return v.is(i - 1, "humanitarian", "tactical") || v.is(i + 1, "in") && v.find(i + 2, Math.min(v.size(), i + 6),
                "offensive", "fighting", "hostilities", "strike", "strikes", "bombing", "bombardment", "attack", "attacks",
                "operation", "operations", "shelling", "assault", "war") >= 0
                || v.find(Math.max(0, i - 4), i, "announce", "declare", "agree", "order", "call") >= 0;
    }

    private static boolean overlap(List<Argument> a, List<Argument> b) {
        for (Argument x : a) {
            for (Argument y : b) {
                if (ArgumentFinder.sameName(x.name(), y.name()) || country(x.name()).equals(country(y.name()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String country(String name) {
        String n = ArgumentFinder.norm(name);
        String c = Lex.demonymCountry(n);
        if (c == null) {
            c = Lex.CAPITAL.get(n);
        }
        return c == null ? n : c.toLowerCase(Locale.ROOT);
    }

    private static void merge(Draft into, Draft d) {
        into.sentences.addAll(d.sentences);
        for (Argument a : d.brokers) {
            ArgumentFinder.addUnique(into.brokers, a);
        }
        for (Argument a : d.parties) {
            ArgumentFinder.addUnique(into.parties, a);
        }
        into.agreed = into.agreed != null ? into.agreed : d.agreed;
        into.start = into.start != null ? into.start : d.start;
        into.duration = into.duration != null ? into.duration : d.duration;
        into.briefly |= d.briefly;
        into.holding |= d.holding;
        if (into.proposed && !d.proposed && (d.start != null || d.agreed != null)) {
            into.declaredLater = true;
        }
    }

    /** What one mention of a ceasefire says about it. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /**
     * The time before the news the ceasefire at {@code i} is set in: a year or month named with it that is
     * not the article's ("in May", "in 1994"), or "" for "previously", "earlier", "previous"; else null.
     */
    static String earlier(SentenceView v, int i, LocalDate pub) {
        int a = Math.max(0, i - 6);
        int b = Math.min(v.size(), i + 12);
        String general = null;
        for (int j = a; j < b; j++) {
            if (j != i && v.isPunct(j) && !v.is(j, ",") && j > i) {
                break;
            }
            // ("came into force a day earlier": when it began, not an earlier truce)
            if (v.is(j, "previously", "earlier", "previous", "prior", "former")
                    && !v.is(j - 1, "day", "days", "hour", "hours", "week", "weeks", "minutes", "night")) {
                general = "";
            }
            String w = v.lower(j);
            // "a 2020 truce brokered by Moscow"
            if (pub != null && j == i - 1 && YEAR.matcher(w).matches() && Integer.parseInt(w) < pub.getYear()) {
                return w;
            }
            // ("the first since 2016": a new truce, the first of its kind since that year)
            if (pub != null && YEAR.matcher(w).matches() && Integer.parseInt(w) < pub.getYear()
                    && v.is(j - 1, "in", "of", "since") && !(v.is(j - 1, "since") && v.find(Math.max(0, j - 4), j - 1,
                    "first", "longest", "biggest", "largest", "only") >= 0)) {
                return w;
            }
            if (pub != null && MONTHS.contains(w) && v.is(j - 1, "in") && (j + 1 >= v.size() || !v.tok(j + 1).text().matches("\\d+"))
                    && !w.equals(pub.getMonth().name().toLowerCase(Locale.ROOT))) {
                return w;
            }
        }
        return general;
    }

    private Draft mention(SentenceView v, int i, ArgumentFinder args, LocalDate pub) {
        Draft d = new Draft();
        d.anchor = v.mention(i, i + 1);
        d.noun = v.lower(i);
        d.sentences.add(v.s.index());
        int n = v.size();
        // brokers: "brokered by X and Y", "put in place ... by X and Y", "mediated by X"
        // ("The truce, which is due to take effect on Monday, was negotiated in talks mediated by X": past an aside)
        int ledBy = talksLedBy(v, i);
        for (int j = Math.max(0, i - 2); j < Math.min(n, i + 22); j++) {
            if (v.is(j, "by") && (v.isIn(j - 1, BROKER_VERB) || v.is(j - 1, "brokered", "mediated", "sponsored")
                    || j == ledBy
                    || v.is(j - 1, "declared", "announced", "proclaimed") && j - 1 > i
                    || v.find(Math.max(0, j - 8), j, "place", "effect", "agree", "agreed", "brokered", "mediated") >= 0)) {
                List<Argument> named = args.npArgs(v, j + 1, j + 10);
                // ("brokered by UN-Arab League envoy Lakhdar Brahimi": the envoy)
                Argument envoy = args.envoyNamed(v, j + 1, j + 7);
                if (envoy != null) {
                    named = List.of(envoy);
                }
                // ("a truce agreed by Hamas and Israel": sides that agree it among them are bound by it; "agreed by
                // the US and Russia" over others' heads brokers it)
                boolean agreedAmongThem = v.is(j - 1, "agreed", "signed", "accepted")
                        && named.stream().anyMatch(a -> belligerent(args, a))
                        // ("a unilateral ceasefire declared by the government": who declares a truce is bound by it)
                        || v.is(j - 1, "declared", "announced", "proclaimed") && j - 1 > i;
                for (Argument a : named) {
                    ArgumentFinder.addUnique(agreedAmongThem ? d.parties : d.brokers, a);
                }
                break;
            }
        }
        // "under Qatari mediation", "under the auspices of the African Union"
        int under = v.find(Math.max(0, i - 12), Math.min(n, i + 12), "under");
        int auspices = under < 0 ? -1 : v.find(under + 1, Math.min(n, under + 4), "mediation", "auspices", "sponsorship");
        if (auspices > under && v.is(auspices + 1, "of")) {
            for (Argument a : args.npArgs(v, auspices + 2, auspices + 10)) {
                ArgumentFinder.addUnique(d.brokers, a);
            }
        } else if (auspices > under + 1) {
            String c = Lex.demonymCountry(v.tok(auspices - 1).text());
            if (c != null) {
                ArgumentFinder.addUnique(d.brokers, new Argument(c, null, v.mention(auspices - 1, auspices)));
            }
        }
        // "US and Russian-brokered", "US-Russian brokered", "Turkish-mediated", "a UN-proposed one-week truce"
        boolean proposedBy = false;
        for (int j = Math.max(0, i - 6); j < i; j++) {
            if (j < i - 3 && !sameNounPhrase(v, j, i)) {
                continue;
            }
            String low = v.lower(j);
            int cut = -1;
            for (String mark : BROKER_MARK) {
                cut = cut < 0 ? low.indexOf(mark) : cut;
            }
            proposedBy |= low.contains("-proposed");
            boolean split = v.is(j, "brokered", "mediated", "broker") && !v.is(j - 1, "by");
            if (cut < 0 && !split) {
                continue;
            }
            List<String> names = new ArrayList<>();
            if (cut > 0) {
                names.add(v.tok(j).text().substring(0, cut));
            }
            for (int k = j - 1; k >= Math.max(0, j - 6); k--) {
                String t = v.tok(k).text();
                if (t.equals("-") || t.equalsIgnoreCase("and") || t.equals(",")) {
                    continue;
                }
                if (Character.isUpperCase(t.codePointAt(0)) && !v.is(k, "the", "a")) {
                    names.add(0, Regexes.replaceAll(t, "-$", ""));
                } else {
                    break;
                }
            }
            // ("The African Union brokered a truce": one name, not a list of countries)
            if (names.size() > 1 && names.stream().anyMatch(nm -> Lex.demonymCountry(nm) == null && !Lex.DEMONYM.containsValue(nm)
                    && !nm.equals("US") && !nm.equals("UK") && !nm.equals("UN") && !nm.equals("EU"))) {
                names = new ArrayList<>(List.of(String.join(" ", names)));
            }
            for (String nm : names) {
                for (String part : nm.split("-")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    String c = Lex.demonymCountry(part);
                    ArgumentFinder.addUnique(d.brokers, new Argument(c != null ? c : part, null, v.mention(j, j + 1)));
                }
            }
        }
        // parties: "between X and Y", "a pause in the X offensive"
        int between = v.find(i + 1, Math.min(n, i + 6), "between");
        // ("the ceasefire after talks between Putin and Erdogan": the talks', see talksBrokersAndSides)
        if (between >= 0 && v.find(i + 1, between, "talks", "negotiations", "discussions", "meeting", "meetings") < 0) {
            // ("between Sudan's army and the RSF": a state's army is the state)
            List<Argument> named = args.asActors(v, args.npArgs(v, between + 1, between + 10));
            int w = between + 1;
            while (w < n && v.is(w, "the", "both", "two", "warring", "rival")) {
                w++;
            }
            boolean sides = w > between + 1 && v.is(w, "sides", "parties");
            if (sides || named.size() == 1 && SIDES.matcher(ArgumentFinder.norm(named.get(0).name())).matches()) {
                // "a ceasefire between the two sides": the two belligerents last named together
                List<Argument> pair = args.sidesNamedTogether(v);
                named = pair.isEmpty() ? named : pair;
            }
            for (Argument a : named) {
                ArgumentFinder.addUnique(d.parties, a);
            }
        }
        // "Israel's truce with Hezbollah", "its truce with Hezbollah" (the sentence's subject's)
        if (v.is(i + 1, "with")) {
            List<Argument> other = args.asActors(v, args.npArgs(v, i + 2, i + 8));
            if (!other.isEmpty()) {
                int owner = v.is(i - 1, "its", "their") ? 0 : possessor(v, i - 1);
                List<Argument> own = owner < 0 ? List.of() : owner == 0 ? firstActor(v, args, i) : args.asActors(v,
                        args.npArgs(v, owner, owner + 1));
                if (owner < 0) {
                    // "Houthis say truce with Saudi-led coalition has expired": the speaker's own truce
                    int k = i - 1;
                    while (k > 0 && (v.is(k, "the", "a", "that", "its", "their", "on", "late", "early", "yesterday", "today")
                            || v.isIn(k, Lex.WEEKDAYS) || Regexes.matches(v.tok(k).upos(), "ADJ|NUM")
                            || v.is(k, "-") || v.isNoun(k) && v.is(k + 1, "-"))) {
                        k--; // ("a months-long truce")
                    }
                    // ("the TTP ended a months-long truce with the government": who ends one was bound by it)
                    if (k > 0 && (v.isIn(k, Lex.SAY) || v.isVerb(k) && v.is(k, "end", "break", "abandon", "scrap",
                            "renounce", "violate"))) {
                        own = args.asActors(v, args.subjectArgs(v, k));
                    }
                }
                for (Argument a : own) {
                    ArgumentFinder.addUnique(d.parties, a);
                }
                for (Argument a : other) {
                    ArgumentFinder.addUnique(d.parties, a);
                }
            }
        }
        if (v.is(i + 1, "in") && v.find(i + 2, Math.min(n, i + 6), "offensive", "fighting", "operation", "operations",
                "strikes", "bombing", "assault") >= 0) {
            int k = i + 2;
            while (k < n && v.is(k, "the", "its", "their")) {
                k++;
            }
            int end = v.find(k, Math.min(n, k + 4), "offensive", "fighting", "operation", "operations", "strikes", "bombing",
                    "assault");
            if (end > k) {
                Argument a = args.agentFrom(v, k, end);
                if (a != null) {
                    ArgumentFinder.addUnique(d.parties, a);
                }
            }
        }
        // the one who announced, agreed or demanded it: its broker, or a party when it declared or accepted
        // it, when others brokered it, or when it is a belligerent; a demand makes it a proposal
        for (int j = i - 1; j >= Math.max(0, i - 12); j--) {
            if (v.isVerb(j) && v.is(j, "include", "included", "includes", "including", "contain", "contained")) {
                continue; // "agreed a deal ..., which included a nationwide ceasefire"
            }
            if (j < i - 5 && v.findIn(j, i, Lex.DEAL) < 0 && !objectNounPhrase(v, j, i) && !sameNounPhrase(v, j - 1, i)) {
                break;
            }
            int asked = !v.isVerb(j) || !v.isIn(j, ANNOUNCE) || !v.is(j - 1, "to") ? -1 : v.find(Math.max(0, j - 16), j - 1,
                    "call", "calls", "calling", "called", "urge", "urges", "urging", "urged", "ask", "asks", "asking", "asked",
                    "press", "pressing", "pressed");
            if (asked >= 0) {
                // "calling on the army and the RSF to implement a truce": asked of them, not theirs yet; "a call by
                // Turkey and Russia for the warring parties to declare a ceasefire": the callers broker it
                d.proposed = true;
                if (v.is(asked + 1, "by")) {
                    for (Argument a : args.asActors(v, args.npArgs(v, asked + 2, j - 1))) {
                        ArgumentFinder.addUnique(d.brokers, a);
                    }
                }
                break;
            }
            if (v.isVerb(j) && v.isIn(j, ANNOUNCE)) {
                boolean proposal = v.isIn(j, PROPOSE) || v.is(j + 1, "for") && v.is(j, "call", "push", "press", "appeal");
                d.proposed |= proposal;
                List<Argument> subject = args.subjectArgs(v, j);
                int k = j - 1;
                while (k > 0 && Regexes.matches(v.tok(k).upos(), "AUX|ADV|PART")) {
                    k--;
                }
                if (v.is(k, "countries", "sides", "nations", "governments", "parties", "factions") && v.is(k - 1, "both", "two",
                        "warring", "rival")) {
                    subject = List.of(new Argument(v.span(k - 1, k + 1), null, v.mention(k - 1, k + 1)));
                }
                List<Argument> resolved = resolveBoth(v, subject);
                if (resolved == subject) {
                    resolved = sidesNamedBetween(v, subject, args);
                }
                if (resolved == subject && subject.size() == 1 && SIDES.matcher(ArgumentFinder.norm(subject.get(0).name())).matches()) {
                    List<Argument> pair = args.sidesNamedTogether(v);
                    resolved = pair.isEmpty() ? subject : pair;
                }
                boolean sides = resolved == subject && subject.size() == 1
                        && Regexes.matches(ArgumentFinder.norm(subject.get(0).name()), "(both |two |the )?(warring |rival )?(sides|parties|camps|factions)");
                // "the government and the rebels signed a ceasefire": belligerents named as such are its parties
                sides |= resolved.size() >= 2 && resolved.stream().anyMatch(a -> Lex.GENERIC_ACTOR.contains(
                        ArgumentFinder.norm(a.name()).replaceFirst("^the ", "")));
                resolved = args.asActors(v, resolved);
                // "Qatar and Egypt, which have been mediating between Israel and Hamas, announced a pause": the
                // mediators announce it; whom they mediate between are bound by it
                // (the aside must end right before the verb: its subject's, not another clause's; a call for a truce
                // proposes it to no one yet)
                int mediating = -1;
                int close = -1;
                for (int m = Math.max(1, j - 16); m < j && mediating < 0 && !proposal; m++) {
                    if (v.is(m, "which", "who") && v.tok(m - 1).text().equals(",")) {
                        int verbAt = v.find(m + 1, Math.min(j, m + 5), "mediate", "mediating", "mediated", "broker",
                                "brokering", "brokered", "facilitate", "facilitating", "facilitated");
                        close = verbAt < 0 ? -1 : v.find(verbAt + 1, j, ",");
                        boolean adjoins = close > 0;
                        for (int q = close + 1; adjoins && q < j; q++) {
                            adjoins = Regexes.matches(v.tok(q).upos(), "AUX|ADV|PART");
                        }
                        mediating = adjoins ? verbAt : -1;
                    }
                }
                if (mediating > 0 && v.is(mediating + 1, "between")) {
                    for (Argument a : args.asActors(v, args.npArgs(v, mediating + 2, close))) {
                        ArgumentFinder.addUnique(d.parties, a);
                    }
                }
                boolean party;
                if (mediating > 0) {
                    party = false;
                } else if (proposal || v.isIn(j, BROKER_VERB)) {
                    party = false; // "the US-Russian brokered truce": who brokers it is no party to it
                } else if (sides) {
                    party = true; // "the two sides agreed": the belligerents are bound by it, they do not broker it
                } else if (v.is(j, "agree", "agreed", "agrees", "sign", "signed", "signs") && v.is(i + 1, "with")) {
                    party = true; // "the TNLA agreed to a truce with the junta": one side of it, the other after "with"
                } else if (!d.parties.isEmpty()) {
                    party = false; // "Moscow announced a pause in the regime offensive"
                } else if (!d.brokers.isEmpty()) {
                    party = true; // "Armenia and Azerbaijan reached a Russian-mediated ceasefire"
                } else {
                    // ("India and Pakistan agree to a ceasefire": who agrees to one accepts it)
                    // ("Sudan rivals agree week-long truce": a headline's "agree" takes its object bare)
                    party = v.isIn(j, PARTY_VERB) || v.is(j, "agree", "agreed", "agrees") && (v.is(j + 1, "to", "on")
                            || v.headline && v.find(j + 1, i, ",", "with", "that") < 0)
                            || resolved.stream().anyMatch(a -> belligerent(args, a));
                }
                // ("U.S. President Joe Biden welcomed the truce": who welcomes one is mostly an onlooker, neither bound
                // by it nor its broker, unless an armed group)
                boolean outsider = v.is(j, "welcome", "praise", "hail") && resolved.stream().noneMatch(a -> belligerent(args, a));
                if ((party || d.brokers.isEmpty() || mediating > 0) && !outsider) {
                    for (Argument a : resolved) {
                        ArgumentFinder.addUnique(party ? d.parties : d.brokers, a);
                    }
                }
                break;
            }
            if (v.isVerb(j) && v.isIn(j, PROPOSE)) {
                d.proposed = true;
                break;
            }
        }
        // "Al-Burhan agreed to a UN-proposed truce": one side's yes leaves a proposal a proposal, until it takes effect
        if (proposedBy && d.parties.size() < 2 && v.find(0, n, "began", "begun", "started", "held",
                "holding") < 0 && !inForce(v)) {
            d.proposed = true;
        }
        // "renewed his call for a ceasefire", "demands for an immediate truce"
        int f = v.is(i - 1, "for") ? i - 1 : v.is(i - 2, "for") ? i - 2 : v.is(i - 3, "for") ? i - 3 : -1;
        if (f > 0 && v.is(f - 1, "call", "calls", "demand", "demands", "appeal", "appeals", "push", "plea", "pleas",
                "proposal", "pressure", "plan")) {
            d.proposed = true;
        }
        // "talks that ended without agreement on a ceasefire": one sought, not agreed
        int without = v.find(Math.max(0, i - 5), i, "without");
        if (without >= 0 && v.find(without + 1, i, ",", ";", "which", "that", "but") < 0) {
            d.proposed = true;
        }
        // "Armenia and Azerbaijan accused each other of breaking the ceasefire": those who trade the blame are bound by it
        int other = v.find(Math.max(0, i - 9), i, "other");
        if (other > 1 && v.is(other - 1, "each", "one") && d.parties.isEmpty()) {
            int verb = v.is(other - 2, "another") ? -1 : other - 2;
            if (verb >= 0 && v.is(verb, "accuse", "accused", "accusing", "blame", "blamed", "blaming") && v.isVerb(verb)) {
                for (Argument a : args.asActors(v, resolveBoth(v, args.subjectArgs(v, verb)))) {
                    ArgumentFinder.addUnique(d.parties, a);
                }
            }
        }
        // ("violating new ceasefire": a new truce that is broken is in force)
        if (v.is(i - 1, "possible", "proposed", "potential", "future", "new") && v.find(0, n, "agree", "agreed") < 0
                && !(v.is(i - 1, "new") && (v.find(0, n, "violate", "violating", "violated", "violation", "breach", "breaching",
                "break", "breaking", "broke", "collapse", "collapsed", "hold", "holding", "held") >= 0 || inForce(v)))) {
            d.proposed = true;
        }
        // "have been trying to broker a truce", "efforts to secure a ceasefire", "a bid to reach a truce": sought
        for (int k = i - 1; k >= Math.max(1, i - 7); k--) {
            if (v.is(k, "to") && !v.isNoun(k + 1) && (v.isIn(k - 1, ATTEMPT) || v.isIn(k - 2, ATTEMPT) && "ADV".equals(v.tok(k - 1).upos()))) {
                d.proposed = true;
                break;
            }
            if (v.isPunct(k) && !v.is(k, "-")) {
                break;
            }
        }
        // "talks failed to produce a ceasefire", "did not reach a truce": one sought, not reached
        for (int j = i - 1; j >= Math.max(1, i - 5); j--) {
            // (not "failed to revive a collapsed ceasefire": that one existed)
            if ((v.is(j, "to") && v.is(j - 1, "failed", "fail", "fails", "failing") || v.is(j, "not", "n't") && v.is(j - 1, "did",
                    "could", "have", "has", "had")) && v.is(j + 1, "produce", "reach", "reached", "secure", "secured", "agree",
                    "agreed", "broker", "brokered", "negotiate", "achieve", "achieved", "clinch", "yield", "deliver", "bring")) {
                d.proposed = true;
                break;
            }
            if (v.isPunct(j)) {
                break;
            }
        }
        // "talks on a humanitarian truce", "negotiations for a ceasefire", "are negotiating a truce", "to discuss a
        // ceasefire": one under discussion, unless the sentence says it was reached
        // (as verbs: "no sign of a breakthrough on a deal for a ceasefire" settles nothing)
        boolean settled = inForce(v);
        for (int j = 0; j < n && !settled; j++) {
            settled = v.is(j, "agree", "agreed", "reach", "reached", "sign", "signed", "announce", "announced", "declare",
                    "declared") && (v.isVerb(j) || !v.is(j, "sign"));
        }
        for (int j = i - 1; j >= Math.max(1, i - 4) && !settled; j--) {
            // ("have made progress toward a humanitarian truce", "work towards a ceasefire")
            if (v.is(j, "on", "about", "over", "for", "towards", "toward") && v.is(j - 1, "talks", "negotiations",
                    "discussions", "consultations") || v.is(j, "negotiating", "discuss", "discussing", "discussed")
                    || v.is(j, "towards", "toward") && v.is(j - 1, "progress", "work", "working", "worked", "move", "moving",
                    "step", "steps", "path", "push")
                    || v.is(j, "on", "about", "over", "for") && talksBetweenBefore(v, j)
                    // ("no sign of a breakthrough on a deal for a ceasefire": a deal not yet made)
                    || v.is(j, "for") && v.isIn(j - 1, Lex.DEAL) || v.is(j, "on", "towards", "toward") && v.is(j - 1, "breakthrough")) {
                d.proposed = true;
                break;
            }
            if (!Regexes.matches(v.tok(j).upos(), "DET|ADJ|NUM") && !v.isIn(j, Lex.CEASEFIRE) && !v.is(j, "-")) {
                break;
            }
        }
        talksBrokersAndSides(v, d, args);
        // "Egyptian mediation", "Qatari efforts", "mediators from Egypt": brokers by their role
        for (int j = 0; j < n; j++) {
            if (v.is(j, "mediation", "efforts", "effort", "mediator", "mediators", "brokering", "auspices")) {
                String c = Lex.demonymCountry(v.tok(j - 1).text());
                if (c == null && v.is(j - 1, "intensive", "intense", "diplomatic")) {
                    c = Lex.demonymCountry(v.tok(j - 2).text());
                }
                if (c != null) {
                    ArgumentFinder.addUnique(d.brokers, new Argument(c, null, v.mention(j - 1, j + 1)));
                }
            }
        }
        // a unilateral truce binds the one who declared it, and no one brokered it
        if (v.is(i - 1, "unilateral") || v.is(i - 2, "unilateral")) {
            for (Argument a : d.brokers) {
                ArgumentFinder.addUnique(d.parties, a);
            }
            d.brokers.clear();
        }
        // "Azerbaijan agreed to halt its offensive after the Armenian forces agreed to lay down their arms in a
        // ceasefire": who agrees to stop fighting in the truce's sentence is bound by it
        if (!d.proposed) {
            for (int k = 1; k + 2 < n; k++) {
                int to = k + 1;
                while (to < n && to < k + 4 && (v.is(to, "on", "late", "early", "last") || v.lower(to).endsWith("day"))) {
                    to++; // "agreed on Wednesday to halt"
                }
                if (v.is(k, "agree", "agreed", "agrees") && v.is(to, "to") && v.is(to + 1, "halt", "stop", "cease",
                        "suspend", "lay", "end") && !v.isIn(to + 2, Lex.CEASEFIRE) && v.find(to + 2, Math.min(n, to + 7),
                        "fighting", "hostilities", "operations", "attacks", "offensive", "arms", "weapons") >= 0) {
                    for (Argument a : args.asActors(v, resolveBoth(v, args.subjectArgs(v, k)))) {
                        if (!d.brokers.contains(a)) {
                            ArgumentFinder.addUnique(d.parties, a);
                        }
                    }
                }
            }
        }
        // ("Separatists in Nagorno-Karabakh agreed": where they are is no party)
        d.parties.removeIf(a -> a.mention() != null && a.mention().sentence() == v.s.index()
                && args.typeOf(a) == EntityType.Place && Regexes.matches(v.s.text().substring(
                Math.max(0, a.mention().start() - v.s.start() - 6), Math.max(0, a.mention().start() - v.s.start())),
                "(?s).*\\b(?:in|of|from)\\s+"));
        // "both sides" that no earlier sentence names are no one's name
        d.parties.removeIf(a -> a.entityKey() == null
                && Regexes.matches(ArgumentFinder.norm(a.name()), "(both |two |the )?(warring |rival )?(sides|parties|camps|countries|nations|factions)"));
        // days: agreed vs start
        List<DateResolver.TimeExpr> times = DateResolver.findAll(v.s.text(), pub);
        LocalDate day = null;
        for (DateResolver.TimeExpr t : times) {
            if (t.date() != null && "day".equals(t.precision())) {
                day = t.date();
                break;
            }
        }
        if (day == null && pub != null && !d.proposed) {
            // "The truce is due to take effect on Monday", "comes into force tomorrow": a start still ahead
            for (DateResolver.TimeExpr t : times) {
                String w = v.s.text().substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
                java.time.DayOfWeek dow = EventExtractor.weekday(w);
                boolean startWord = false;
                for (int j = 0; j < n && v.tok(j).start() - v.s.start() < t.start(); j++) {
                    startWord |= startsOn(v, j);
                }
                if (t.future() && startWord && (dow != null || w.startsWith("tomorrow"))) {
                    d.start = dow != null ? pub.with(java.time.temporal.TemporalAdjusters.next(dow)) : pub.plusDays(1);
                    break;
                }
            }
        }
        if (day != null) {
            boolean agree = v.find(0, n, "agree", "agreed", "sign", "signed", "reach", "reached") >= 0;
            boolean start = false;
            for (int j = 0; j < n; j++) {
                // ("came into force", "took effect", "put in place"; not the "Rapid Support Forces")
                start |= v.isIn(j, START) && (v.is(j, "effect", "force", "place")
                        ? cameInto(v, j) || v.is(j - 1, "immediate")
                        : v.isVerb(j) || v.is(j, "from"));
            }
            if (start && !d.proposed) {
                d.start = startDay(v, times, n, day);
            } else if (agree) {
                d.agreed = day;
            }
        }
        // duration
        Matcher m = DURATION.matcher(v.s.text());
        if (m.find()) {
            d.duration = duration(m);
        }
        String low = v.s.text().toLowerCase(Locale.ROOT);
        d.briefly = Regexes.matches(low, ".*\\b(briefly|brief (respite|pause|lull|truce)|short-lived)\\b.*");
        d.holding = Regexes.matches(low, ".*\\b(is holding|was holding|has held|largely held|held firm|remains? in (place|force|effect)|holding firm"
                + "|(appeared|appears|seemed|seems) to be holding|(largely|mostly|broadly|still) holding"
                + "|(truce|ceasefire|cease-fire) holds"
                + "|(have|has|had) (largely |broadly |mostly )?(respected|observed|abided by|adhered to)"
                // ("the truce was extended for another two months": still in force)
                + "|(was|were|has been|have been|had been) (extended|renewed|prolonged)"
                + "|(agreed|agree|agreeing|decided) to (extend|renew|prolong)"
                // ("Libya fighting calms after ceasefire announced": the guns fell silent with it)
                + "|(fighting|clashes|shelling|violence|guns) (calm|calms|calmed|eased|eases|subsided|subsides|fell silent"
                + "|fall silent|died down|dies down|stopped|stops|halted|halts)\\b.{0,40}\\b(after|since|as|when) (a |the )?"
                + "([a-z-]+ )?(truce|ceasefire|cease-fire))\\b.*");
        return d;
    }

    /**
     * The talks a truce is spoken of in: "Talks in Jeddah between the army and the RSF, facilitated by Saudi Arabia and
     * the United States, have made progress toward a truce" (who facilitates, mediates or hosts them brokers it, the
     * sides they are between are bound by it); "Saudi Arabia and the United States, which are mediating the talks,
     * said ..." (the mediators broker it). Only what the truce's own mention left unsaid.
     */
    private static void talksBrokersAndSides(SentenceView v, Draft d, ArgumentFinder args) {
        int n = v.size();
        int talks = v.find(0, n, "talks", "negotiations", "discussions");
        if (talks < 0) {
            return;
        }
        if (d.brokers.isEmpty()) {
            for (int j = 1; j + 1 < n; j++) {
                boolean by = v.is(j, "by") && v.is(j - 1, "facilitated", "mediated", "sponsored", "hosted", "brokered")
                        && j > talks && j - talks <= 16;
                // ("X, which are mediating the talks": who the relative clause is about)
                boolean which = v.is(j, "mediating", "facilitating", "hosting", "brokering", "sponsoring") && j >= 4
                        && v.is(j - 1, "are", "is", "have", "has", "been", "were", "was") && v.find(j - 4, j - 1, "which", "who") >= 0
                        && v.find(j + 1, Math.min(n, j + 4), "talks", "negotiations") >= 0;
                if (by) {
                    Argument envoy = args.envoyNamed(v, j + 1, j + 7);
                    List<Argument> named = envoy != null ? List.of(envoy) : args.asActors(v, args.npArgs(v, j + 1, j + 10));
                    named.forEach(a -> ArgumentFinder.addUnique(d.brokers, a));
                    break;
                }
                // ("Kenya hosted talks between ...": who hosts or mediates them)
                boolean host = v.is(j, "hosted", "hosts", "host", "mediated", "mediates", "facilitated", "sponsored", "brokered",
                        "convened") && v.isVerb(j) && !v.is(j + 1, "by") && v.find(j + 1, Math.min(n, j + 4), "talks",
                        "negotiations") >= 0 && j > 0 && !v.is(j - 1, "was", "were", "be", "been", "is", "are");
                if (host) {
                    int start = j - 1;
                    while (start > 0 && !v.isPunct(start - 1) && start > j - 8 && !v.isVerb(start - 1)) {
                        start--;
                    }
                    args.asActors(v, args.npArgs(v, start, j)).forEach(a -> ArgumentFinder.addUnique(d.brokers, a));
                    break;
                }
                if (which) {
                    int rel = v.find(j - 4, j - 1, "which", "who");
                    if (rel > 1 && v.is(rel - 1, ",")) {
                        int start = rel - 1;
                        while (start > 0 && !v.isPunct(start - 1) && start > rel - 12) {
                            start--;
                        }
                        args.asActors(v, args.npArgs(v, start, rel - 1)).forEach(a -> ArgumentFinder.addUnique(d.brokers, a));
                    }
                    break;
                }
            }
        }
        int between = v.find(talks + 1, Math.min(n, talks + 5), "between");
        if (d.parties.isEmpty() && between > talks && v.find(talks + 1, between, ",", "and") < 0) {
            List<Argument> sides = args.sidesAfterBetween(v, between);
            if (sides.size() >= 2) {
                sides.forEach(a -> ArgumentFinder.addUnique(d.parties, a));
            }
        }
    }

    /** "talks between the army and the rebels" right before token {@code j}, no verb in between. */
    private static boolean talksBetweenBefore(SentenceView v, int j) {
        for (int k = j - 1; k >= Math.max(1, j - 14); k--) {
            if (v.isVerb(k) || v.isPunct(k)) {
                return false;
            }
            if (v.is(k, "between") && v.is(k - 1, "talks", "negotiations", "discussions")) {
                return true;
            }
        }
        return false;
    }

    /** "took effect", "came into force", "in force", "with immediate effect" (not "the Rapid Support Forces"). */
    private static boolean inForce(SentenceView v) {
        for (int j = 1; j < v.size(); j++) {
            if (v.is(j, "effect", "force") && (cameInto(v, j) || v.is(j - 1, "immediate"))) {
                return true;
            }
        }
        return false;
    }

    /** "starting 00:01 a.m. on Sunday", "begins on", "effective from", "takes effect on", "came into force on". */
    private static boolean startsOn(SentenceView v, int j) {
        return v.is(j, "start", "starting", "begin", "beginning", "effective") && !v.isNoun(j)
                || v.is(j, "effect", "force") && cameInto(v, j);
    }

    /** "into force", "in place", "took effect": the word before token {@code j} brings a truce into being. */
    private static boolean cameInto(SentenceView v, int j) {
        return v.is(j - 1, "into", "in", "take", "takes", "took", "taking", "taken");
    }

    /**
     * The day a truce starts: the first day named after a word of starting, else the sentence's first
     * day. A truce does not start before the day it was announced or agreed: a weekday after "starting"
     * that would fall before the day named earlier in the sentence ("announced on Saturday a
     * ceasefire ... starting on Sunday") is the next such weekday.
     */
    private static LocalDate startDay(SentenceView v, List<DateResolver.TimeExpr> times, int n, LocalDate first) {
        int j = 0;
        while (j < n && !startsOn(v, j)) {
            j++;
        }
        if (j == n) {
            return first;
        }
        int from = v.tok(j).end() - v.s.start();
        for (DateResolver.TimeExpr t : times) {
            if (t.start() < from || t.date() == null || !"day".equals(t.precision())) {
                continue;
            }
            boolean weekday = EventExtractor.weekday(v.s.text().substring(t.start(), t.end())) != null;
            // (a truce that "took effect on Wednesday" has started: only a start still ahead moves on)
            boolean ahead = v.is(j, "starting", "beginning", "effective") || v.is(j - 1, "to", "will")
                    || v.is(j - 2, "to", "will");
            return weekday && ahead && t.date().isBefore(first) ? t.date().plusWeeks(1) : t.date();
        }
        // "came into force a day earlier", "took effect two days before": counted back from the sentence's day
        for (int k = j + 2; first != null && k < Math.min(n, j + 7); k++) {
            if (v.is(k, "earlier", "before") && v.is(k - 1, "day", "days")) {
                int back = v.is(k - 2, "a", "one") ? 1 : v.is(k - 2, "two") ? 2 : v.is(k - 2, "three") ? 3 : 0;
                if (back > 0) {
                    return first.minusDays(back);
                }
            }
        }
        return first;
    }

    /** "talks in Pretoria led by", "negotiations hosted by" after token i: the index of "by"; else -1. */
    private static int talksLedBy(SentenceView v, int i) {
        for (int j = i + 1; j + 1 < v.size(); j++) {
            if (v.is(j, "led", "hosted", "chaired", "convened") && v.is(j + 1, "by")
                    && v.find(Math.max(i + 1, j - 5), j, "talks", "negotiations", "mediation", "meeting") >= 0) {
                return j + 1;
            }
        }
        return -1;
    }

    /** "agreed to a UN-proposed one-week humanitarian truce": the truce word heads the verb's object at {@code j}. */
    private static boolean objectNounPhrase(SentenceView v, int j, int i) {
        int k = j + 1;
        // ("agreed on Wednesday to a permanent ceasefire": past the day it was agreed)
        int day = k;
        while (day < i && (v.is(day, "on", "late", "early", "last", "this", "yesterday", "today", "week") || v.isIn(day, Lex.WEEKDAYS)
                || v.isIn(day, Lex.MONTH_WORDS) || "NUM".equals(v.tok(day).upos()))) {
            day++;
        }
        if (day > k && v.is(day, "to") && (v.isIn(day - 1, Lex.WEEKDAYS) || v.is(day - 1, "yesterday", "today", "week")
                || "NUM".equals(v.tok(day - 1).upos()))) {
            k = day;
        }
        if (v.is(k, "to", "on", "upon", "for")) {
            k++;
        }
        if (v.is(k, "a", "an", "the")) {
            k++;
        }
        return k <= i && sameNounPhrase(v, k - 1, i);
    }

    /** No article, verb or punctuation (hyphens aside) between {@code j} and the truce word at {@code i}. */
    private static boolean sameNounPhrase(SentenceView v, int j, int i) {
        for (int k = j + 1; k < i; k++) {
            boolean hyphen = v.tok(k).text().contains("-");
            if (v.is(k, "a", "an", "the") || !hyphen && (v.isVerb(k) || v.isPunct(k))) {
                return false;
            }
        }
        return true;
    }

    /** A state, an armed group, or an actor named by what it fights as ("forces", "rebels", "the army"). */
    private static boolean belligerent(ArgumentFinder args, Argument a) {
        EntityType t = args.typeOf(a);
        if (t == EntityType.ArmedGroup) {
            return true;
        }
        return t != EntityType.State && Lex.GENERIC_ACTOR.contains(ArgumentFinder.lastWord(a.name()));
    }

    /** The token of "Israel's" / "Israel 's" ending at {@code j}: where the owner's name starts, or -1. */
    private static int possessor(SentenceView v, int j) {
        if (j >= 1 && v.is(j, "'s", "’s")) {
            return j - 1;
        }
        String w = j >= 0 ? v.lower(j) : "";
        return w.endsWith("'s") || w.endsWith("’s") ? j : -1;
    }

    /** The first state or armed group the sentence names before token {@code i}: what "its" stands for. */
    private static List<Argument> firstActor(SentenceView v, ArgumentFinder args, int i) {
        for (int k = 0; k < i; k++) {
            for (Argument a : args.asActors(v, args.npArgs(v, k, k + 1))) {
                EntityType t = args.typeOf(a);
                if (t == EntityType.State || t == EntityType.ArmedGroup) {
                    return List.of(a);
                }
            }
        }
        return List.of();
    }

    /**
     * "Yemen's warring parties agreed to a ceasefire" ... "talks between the Houthi movement and the government": the
     * sides a nearby sentence names "between" one another ({@link ArgumentFinder#sidesNamedBetween}); else the
     * subject as it was.
     */
    private static List<Argument> sidesNamedBetween(SentenceView v, List<Argument> subject, ArgumentFinder args) {
        if (subject.size() != 1 || !Regexes.matches(ArgumentFinder.norm(subject.get(0).name()),
                "(both |two |the |warring |rival )*(sides|parties|factions)")) {
            return subject;
        }
        List<Argument> named = args.sidesNamedBetween(v);
        return named.isEmpty() ? subject : named;
    }

    /** Words for the sides of a war that name neither: "rivals", "the warring parties", "both sides". */
    private static final Pattern SIDE_WORDS = Pattern.compile(
            "(?:both |two |the )*(?:warring |rival )?(?:sides|parties|rivals|foes|enemies|belligerents|factions)");
    /** "the two sides", "both sides", "the warring parties". */
    private static final Pattern SIDES = Pattern.compile("(?:both |two |the )*(?:warring |rival )?(?:sides|parties)");

    /** "Both countries", "both sides": the two states last named together in the sentence or before. */
    private static List<Argument> resolveBoth(SentenceView v, List<Argument> subject) {
        if (subject.size() != 1 || !Regexes.matches(ArgumentFinder.norm(subject.get(0).name()), "(both |two )?(countries|sides|nations|parties|governments)")) {
            return subject;
        }
        List<Sentence> ss = v.doc.sentences();
        for (int k = v.s.index() - 1; k >= Math.max(0, v.s.index() - 8); k--) {
            SentenceView p = new SentenceView(v.doc, ss.get(k), false);
            for (int j = 1; j + 1 < p.size(); j++) {
                if (!p.is(j, "and")) {
                    continue;
                }
                String a = countryName(p, j - 1);
                String b = countryName(p, j + 1);
                if (a == null && j + 2 < p.size() && p.is(j + 1, "the")) {
                    b = countryName(p, j + 2);
                }
                if (a != null && b != null) {
                    return List.of(new Argument(a, null, p.mention(j - 1, j)), new Argument(b, null, p.mention(j + 1, j + 2)));
                }
            }
        }
        return subject;
    }

    private static String countryName(SentenceView v, int i) {
        if (i < 0 || i >= v.size()) {
            return null;
        }
        String t = v.tok(i).text();
        if (Lex.DEMONYM.containsValue(t) || t.equals("US") || t.equals("UK") || t.equals("U.S.")) {
            return t;
        }
        return null;
    }

    private static String duration(Matcher m) {
        String num = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(6);
        String unit = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(7);
        int k = 1;
        if (num != null) {
            String l = num.toLowerCase(Locale.ROOT);
            k = NUM.containsKey(l) ? NUM.get(l) : Integer.parseInt(l);
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "hour" -> "PT" + k + "H";
            case "week" -> "P" + (7 * k) + "D";
            case "month" -> "P" + k + "M";
            default -> "P" + k + "D";
        };
    }
}
