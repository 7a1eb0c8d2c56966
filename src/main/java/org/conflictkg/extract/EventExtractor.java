package org.conflictkg.extract;

import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds events with the trigger rules, drops those that did not happen ({@link Modality}), finds
 * their dates, places, agents and targets, ties casualty figures and their sources to them, and
 * groups the mentions of one real-world event (same type, no conflicting date or actors; anaphoric
 * "the strikes" and weak mentions such as "the planes" join the latest event of their type).
 */
public final class EventExtractor {
    /** What comes right before a place people fled to: "fled to the provincial capital ", "into ", "towards ". */
    private static final java.util.regex.Pattern DESTINATION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:to|towards?|into|for)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}$");
    /** A time set against the event told before it, the same day: "hours later", "later that night". */
    private static final java.util.regex.Pattern SAME_DAY_LATER = java.util.regex.Pattern.compile("(?i)\\b(?:(?:hours|"
            + "minutes|moments|an hour|a few hours|two hours|three hours) later|later (?:that|the same) (?:day|night|morning|"
            + "afternoon|evening)|later in the day|shortly afterwards?|(?:on )?(?:the|that) same (?:day|night))\\b");
    /** A day counted from the event told before it: "two days earlier", "the next day", "a day later". */
    private static final java.util.regex.Pattern DAYS_FROM_PRIOR = java.util.regex.Pattern.compile("(?i)\\b(?:(a|one|two|"
            + "three|four|five|six|\\d) days? (earlier|later|before)(?! (?:the|a|an|this|that|his|her|their|its)\\b)|the "
            + "(previous|next|following) day)\\b");
    private static final java.util.regex.Pattern DATELINE_BEFORE =
            // ("KADUNA, Nigeria, March 9 (Reuters) -", "SANAA/WASHINGTON, Jan 13 (Reuters) -")
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'’/ -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,40}){0,2},\\s*");
    private static final java.util.regex.Pattern DATELINE_AFTER =
            java.util.regex.Pattern.compile("\\s*(?:,\\s*\\d{4}\\s*)?(?:\\([^)]{1,30}\\)|[-–—:])");


    /** Everything the event stage finds. */
    public record Result(List<Event> events, List<CasualtyReport> casualties, List<Attribution> attributions) {
    }

    static final Set<EventType> VIOLENT = Set.of(EventType.AirStrike, EventType.Shelling,
            EventType.GroundOffensive, EventType.ArmedClash, EventType.AttackOnCivilians, EventType.AttackOnAid);
    private static final Map<EventType, Integer> PRIORITY = Map.ofEntries(
            // an attack on aid is one whatever the means; on civilians, a named means (a missile, an
            // air strike) gives the type ("a missile attack killed three civilians" is shelling)
            Map.entry(EventType.AttackOnAid, 0),
            Map.entry(EventType.AirStrike, 2), Map.entry(EventType.Shelling, 2), Map.entry(EventType.AttackOnCivilians, 3),
            Map.entry(EventType.Capture, 3),
            Map.entry(EventType.GroundOffensive, 4), Map.entry(EventType.Talks, 4), Map.entry(EventType.Evacuation, 4),
            Map.entry(EventType.ArmedClash, 5), Map.entry(EventType.Other, 6),
            Map.entry(EventType.CeasefireDeclared, 1), Map.entry(EventType.CeasefireCollapsed, 1),
            Map.entry(EventType.CeasefireViolation, 1));
    private static final Set<String> STATE_GENERIC = Set.of("government", "regime", "army", "military", "forces",
            "troops", "soldiers", "police", "force");
    private static final Set<String> NONSTATE_GENERIC = Set.of("rebel", "rebels", "fighters", "militants", "insurgents",
            "opposition", "jihadists", "militia", "militias", "gunmen", "terrorists", "separatists", "guerrillas",
            "resistance", "guerrilla", "islamist", "islamists", "separatist", "insurgent", "militant", "fighter", "bandits",
            "bandit", "gunman", "attackers", "assailants", "kidnappers", "gang", "gangs", "extremists", "armed", "men");

    /** One trigger that survived the filters, with what was found around it. */
    private static final class Cand {
        TriggerRule.Hit hit;
        int sentence;
        Mention anchor;
        String trigger;
        LocalDate date;
        boolean dated;
        boolean vague;
        boolean headline;
        List<Argument> places = List.of();
        List<Argument> agents = List.of();
        List<Argument> targets = List.of();
        List<CasualtyExtractor.Raw> casualties = new ArrayList<>();
        boolean weakJoin;
        Cand joinWith;
        Set<String> sentencePlaces = Set.of();
        /** The day the sentence says the report was made ("said on Saturday"): an upper bound for the event. */
        LocalDate reportDay;
        /** A vague past period the mention is placed in ("last week", "since October"), lower-cased; else null. */
        String period;
        /** "Another air strike", "a second attack": an event besides the ones already reported. */
        boolean another;
        /** The weekday the mention names when the article's date is unknown ("on Monday"): days still differ. */
        java.time.DayOfWeek weekday;
        /** Dated to a day more than a week before the article (a file photo's caption, a past attack). */
        boolean old;
        /** The day the mention's sentence sets its story on ("injured on Monday when ..."), or null. */
        LocalDate storyDay;
        /** The place a capture's verb takes as its object ("took control of Kalaw"), or null. */
        String taken;
    }

    private static final java.util.regex.Pattern TAKEN_OBJECT = java.util.regex.Pattern.compile("\\s+(?:(?:full|complete|total|effective)\\s+)?"
            + "(?:(?:control|hold)\\s+(?:of|over)\\s+)?(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}"
            + "(?:(?:town|city|village|district|base|province|region|area|port|stronghold|hub)\\s+of\\s+)?");

    /** The place named as the object of a capture's trigger, with the words between as {@link #TAKEN_OBJECT} allows. */
    private static String takenPlace(String text, Mention anchor, List<Argument> places) {
        for (Argument a : places) {
            Mention m = a.mention();
            if (m != null && m.sentence() == anchor.sentence() && m.start() > anchor.end() && m.start() - anchor.end() < 50
                    && TAKEN_OBJECT.matcher(text.substring(anchor.end(), m.start())).matches()) {
                return placeKey(a);
            }
        }
        return null;
    }

    /** Mentions grouped into one event. */
    private static final class Group {
        EventType type;
        List<Cand> cands = new ArrayList<>();
        LinkedHashSet<Integer> sentences = new LinkedHashSet<>();
        List<Argument> agents = new ArrayList<>();
        /** The one place and the toll of a part of a toll given place by place ({@link #splitTollByPlace}); else null. */
        Argument partPlace;
        Integer partToll;
        /** The places of the other parts of that toll. */
        Set<String> otherPartPlaces = Set.of();

        /** The period of the mention that started the group. */
        String period() {
            return cands.get(0).period;
        }

        LocalDate explicitDate() {
            for (Cand c : cands) {
                if (c.dated && c.date != null) {
                    return c.date;
                }
            }
            return null;
        }
    }

    private static final boolean DEBUG = System.getenv("CKG_DEBUG") != null;
    private final AttributionExtractor attributions = new AttributionExtractor();
    private final CasualtyExtractor casualties = new CasualtyExtractor();

    public List<Event> extract(AnalyzedText doc, List<Entity> entities) {
        return run(doc, entities).events();
    }

    public Result run(AnalyzedText doc, List<Entity> entities) {
        LocalDate pub = doc.article().pubDate();
        // ("Niger | March 2025": with no day of publication, the year a monthly entry is headed with dates "9 March")
        Integer headerYear = pub == null ? DateResolver.headerYear(doc.article().text()) : null;
        boolean air = false;
        boolean ceasefire = false;
        for (Sentence s : doc.sentences()) {
            Token prev = null;
            for (Token t : s.tokens()) {
                Set<String> b = Lex.bases(t);
                // (a suicide bomber or a car bomber is a man, not an aircraft)
                boolean suicide = prev != null && AirStrikeRule.GROUND_BOMB.contains(Lex.lower(prev));
                prev = t;
                for (String w : b) {
                    if (Lex.AIR.contains(w) && !"air".equals(Lex.lower(t)) && !(suicide && w.equals("bomber"))
                            || w.equals("air") && t.isNoun()) {
                        air = true;
                    }
                    if (Lex.CEASEFIRE.contains(w)) {
                        ceasefire = true;
                    }
                }
            }
        }
        List<TriggerRule> rules = List.of(new TargetedAttackRule(), new KillingRule(), new AirStrikeRule(), new ShellingRule(),
                new GroundOffensiveRule(), new ArmedClashRule(), new CaptureRule(), new EvacuationRule(), new TalksRule(),
                new CeasefireEventRule(ceasefire), new OtherEventRule());
        ArgumentFinder args = new ArgumentFinder(entities);
        Map<String, double[]> where = new java.util.HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.Place && e.lat() != null && e.lon() != null) {
                where.put(e.key(), new double[] {e.lat(), e.lon()});
            }
        }
        Map<Integer, List<String>> placesBySentence = new java.util.HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.Place) {
                for (Mention m : e.mentions()) {
                    placesBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m.text());
                }
            }
        }
        List<Cand> cands = new ArrayList<>();
        List<Attribution> attrs = new ArrayList<>();
        List<CasualtyExtractor.Raw> orphanRaws = new ArrayList<>();
        List<Cand> rawOwners = new ArrayList<>();
        Set<String> seenText = new HashSet<>();
        LocalDate[] night = null; // the article's named night, looked up at its first bare "overnight"
        for (Sentence s : doc.sentences()) {
            if (s.tokens().isEmpty() || !seenText.add(s.text().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            SentenceView v = new SentenceView(doc, s, air);
            attrs.addAll(attributions.find(v));
            List<TriggerRule.Hit> hits = new ArrayList<>();
            for (TriggerRule r : rules) {
                hits.addAll(r.find(v));
            }
            if (DEBUG) {
                System.err.println("S" + s.index() + " raw " + hits);
            }
            List<TriggerRule.Hit> found = hits;
            hits = resolve(v, hits);
            // "X attacked the cities of A and B, targeting them with artillery strikes": the attack verb yields to the
            // strikes, which are its means; its subject and objects are still theirs
            List<TriggerRule.Hit> yielded = new ArrayList<>();
            for (TriggerRule.Hit h : found) {
                if (h.rule().equals("attack-generic") && v.isVerb(h.head()) && !hits.contains(h)) {
                    yielded.add(h);
                }
            }
            if (DEBUG) {
                System.err.println("S" + s.index() + " kept " + hits);
            }
            // time expressions only matter to the triggers of the sentence
            List<DateResolver.TimeExpr> times = hits.isEmpty() ? List.of() : DateResolver.findAll(s.text(), pub, headerYear);
            int[] timeTok = new int[times.size()];
            for (int k = 0; k < times.size(); k++) {
                timeTok[k] = tokenAt(s, s.start() + times.get(k).start());
            }
            // each time expression belongs to the nearest trigger ("X after" and "X before" to the next one)
            int[] owner = new int[times.size()];
            LocalDate[] reportDay = new LocalDate[times.size()];
            LocalDate sentenceReportDay = null;
            for (int k = 0; k < times.size(); k++) {
                owner[k] = -1;
                // "authorities said yesterday", "told reporters on Monday": the day of the report, not of the event
                // ("told Agence France Presse (AFP) yesterday", "said in a statement on Monday")
                if (saidWhen(v, timeTok[k]) && !insideHit(hits, timeTok[k])) {
                    reportDay[k] = times.get(k).date();
                    continue;
                }
                // a dateline ("Khartoum, June 28 (IANS) ...", "KYIV, Sept 6 -"): the day of the report too
                if (DATELINE_BEFORE.matcher(s.text().substring(0, times.get(k).start())).matches()
                        && DATELINE_AFTER.matcher(s.text().substring(times.get(k).end())).lookingAt()) {
                    reportDay[k] = times.get(k).date();
                    continue;
                }
                // "a convoy carrying ballots from the elections Sunday", "Sunday's vote": the day of that occasion
                if (occasionDay(v, timeTok[k]) && !insideHit(hits, timeTok[k] - 1)) {
                    continue;
                }
                int best = Integer.MAX_VALUE;
                String text = s.text().substring(times.get(k).start(), times.get(k).end()).toLowerCase(Locale.ROOT);
                boolean forward = text.endsWith("after") || text.endsWith("before");
                for (int h = 0; h < hits.size(); h++) {
                    int d = hits.get(h).head() - timeTok[k];
                    if (forward && d < 0) {
                        continue;
                    }
                    // a weak trigger ("jets", "struck") only joins an event: a full one nearby takes the time;
                    // "clashes broke out on Monday after the killing of ...": a trigger behind "after" or
                    // "before" is the other event the time is set against, not the one it dates
                    int dist = Math.abs(d) + (hits.get(h).weak() ? 5 : 0)
                            + (d > 0 && v.find(timeTok[k] + 1, hits.get(h).first(), "after", "before", "following") >= 0
                            ? 8 : 0);
                    if (dist < best) {
                        best = dist;
                        owner[k] = h;
                    }
                }
            }
            for (LocalDate d : reportDay) {
                if (d != null && sentenceReportDay == null) {
                    sentenceReportDay = d;
                }
            }
            // the day the sentence sets its story on: its first day that is neither the report's nor in the future
            LocalDate storyDay = null;
            for (int k = 0; k < times.size() && storyDay == null; k++) {
                DateResolver.TimeExpr t = times.get(k);
                if (reportDay[k] == null && t.date() != null && "day".equals(t.precision()) && !t.future() && !t.vague()) {
                    storyDay = t.date();
                }
            }
            List<Cand> here = new ArrayList<>();
            for (int h = 0; h < hits.size(); h++) {
                TriggerRule.Hit hit = hits.get(h);
                Cand c = new Cand();
                c.hit = hit;
                c.sentence = s.index();
                c.anchor = v.mention(hit.first(), hit.end());
                c.trigger = c.anchor.text();
                c.headline = v.headline;
                c.reportDay = sentenceReportDay;
                c.storyDay = storyDay;
                c.another = another(v, hit.first(), hit.type());
                boolean future = false;
                int bestDist = Integer.MAX_VALUE;
                int timeOf = whenClauseOf(v, hits, owner, h);
                for (int k = 0; k < times.size(); k++) {
                    if (owner[k] != timeOf) {
                        continue;
                    }
                    DateResolver.TimeExpr t = times.get(k);
                    // ("agree ceasefire after four days of strikes": the span is the strikes', not the truce's)
                    if (t.vague() && Regexes.matches(s.text().substring(t.start(), t.end()).toLowerCase(Locale.ROOT), ".* of")
                            && (hit.first() < timeTok[k] || hit.first() > timeTok[k] + 5)) {
                        continue;
                    }
                    int dist = Math.abs(hit.head() - timeTok[k]);
                    if (t.future()) {
                        future = true;
                    }
                    if (dist < bestDist) {
                        bestDist = dist;
                        c.date = t.date();
                        if (t.date() != null && s.text().substring(t.start(), t.end()).equalsIgnoreCase("overnight")) {
                            if (night == null) {
                                night = new LocalDate[] {namedNight(doc, pub)};
                            }
                            if (night[0] != null) {
                                c.date = night[0]; // the night the article names elsewhere ("overnight on Thursday")
                            } else if (sentenceReportDay != null && sentenceReportDay.isBefore(c.date)) {
                                // "killed 100 people in an overnight raid, the government said on Saturday": the night
                                // before that report, not before the article's day
                                c.date = sentenceReportDay;
                            }
                        }
                        c.dated = t.date() != null && "day".equals(t.precision());
                        c.vague = t.vague() || t.date() == null;
                        c.period = t.vague() && !clauseBetween(v, timeTok[k], hit.first())
                                ? period(s.text().substring(t.start(), t.end())) : null;
                        c.weekday = t.date() == null && !clauseBetween(v, timeTok[k], hit.first())
                                ? weekday(s.text().substring(t.start(), t.end())) : null;
                    }
                }
                if (timeOf == h && !ownsTime(owner, h) && afterVagueTime(v, hits, owner, times, h)) {
                    c.vague = true; // "declared an emergency in August after Fano seized several towns": before August
                }
                c.old = c.dated && c.date != null && pub != null && c.date.isBefore(pub.minusDays(7));
                if (future && (hit.type() == EventType.Talks || !c.dated)) {
                    continue;
                }
                if (announced(v, hit)) {
                    c.dated = false;
                }
                c.agents = hit.rule().equals("intercepted") ? List.of() : notVictims(args.agents(v, hit), s, v);
                // ("JNIM claimed responsibility for the attack": the attack already reported, whoever claims it)
                boolean claimed = v.find(Math.max(0, hit.first() - 4), hit.first(), "responsibility", "credit") >= 0;
                // (after a determiner the trigger is a noun, whatever its tag: "for either attack/VERB")
                boolean definite = (c.agents.isEmpty() || claimed) && (!v.isVerb(hit.head())
                        || hit.first() == hit.head() && !v.is(hit.first() - 1, "that") && !v.lower(hit.head()).endsWith("ed"))
                        && v.is(hit.first() - 1, "that", "this", "the", "either", "both", "these", "those");
                Cand antecedent = !definite ? null
                        // ("10 people were killed in the raid": the raid told before, whatever its kind)
                        : hit.rule().startsWith("attack-generic") || hit.rule().equals("bombing-ground")
                        || hit.rule().startsWith("raid") && v.is(hit.first() - 1, "the")
                        ? lastViolent(cands, s.index() - 6, s.index())
                        : hit.rule().equals("assault") ? lastAssault(cands, s.index() - 6, s.index())
                        // "The strike came a day after ...": the strike already reported, air or missile
                        : hit.rule().equals("strike") ? lastStrike(cands, s.index() - 6, s.index()) : null;
                // "Gunmen attacked a convoy near Gao on Tuesday. The driver was killed and two passengers were wounded.":
                // a killing told with no place or day of its own, just after an attack, is that attack's toll
                if (antecedent == null && "targeted".equals(hit.rule()) && v.is(hit.head(), "kill") && v.afterBe(hit.head())
                        && !c.dated && c.period == null && args.places(v, hit).isEmpty()) {
                    antecedent = lastViolent(cands, s.index() - 1, s.index());
                }
                if (antecedent == null && "kidnap".equals(hit.rule()) && c.agents.isEmpty() && !c.dated) {
                    // "An unknown number were kidnapped." after a raid: those taken in the attack just reported (not
                    // "Armed bandits on Sunday night abducted 40 worshippers": a kidnapping told with its own kidnappers)
                    antecedent = lastViolent(cands, s.index() - 2, s.index() + 1);
                }
                // ("The strike came a day after delegations met in Istanbul": where the sentence goes on to is not
                // where the strike fell)
                // (nor is where people were displaced "following the attacks" where the attacks were)
                boolean anaphorNoPlace = antecedent != null && (hit.rule().equals("strike") && v.find(hit.end(),
                        Math.min(v.size(), hit.end() + 8), "after", "before", "following") >= 0
                        || v.is(hit.first() - 2, "following", "after", "since", "amid", "despite"));
                if (antecedent != null) {
                    // "that attack", "the attack": the attack reported just before, whatever its kind
                    hit = new TriggerRule.Hit(antecedent.hit.type(), hit.first(), hit.end(), hit.weak(), "anaphor");
                    c.hit = hit;
                    c.joinWith = antecedent;
                } else if (hit.rule().startsWith("attack-generic") || hit.rule().equals("attack-kill")) {
                    // a bare "attack": an offensive when state forces carry it out, else a clash (or, with people
                    // killed and no forces named, an attack on civilians)
                    boolean state = stateActor(notVictims(c.agents, s, v), v, hit.first());
                    hit = new TriggerRule.Hit(state ? EventType.GroundOffensive : hit.type() == EventType.AttackOnCivilians
                            ? EventType.AttackOnCivilians : EventType.ArmedClash, hit.first(), hit.end(), hit.weak(), hit.rule());
                    c.hit = hit;
                }
                c.places = anaphorNoPlace ? List.of() : args.places(v, hit);
                if (hit.type() == EventType.CeasefireCollapsed) {
                    // a truce collapses where it held, not where the failed talks were; its subject is the truce itself
                    c.places = List.of();
                    c.agents = List.of();
                }
                c.sentencePlaces = placeNames(placesBySentence, s.index(), c.places);
                if (hit.type() == EventType.Capture && c.anchor != null) {
                    c.taken = takenPlace(doc.text(), c.anchor, c.places);
                }
                c.targets = args.targets(v, hit);
                if (VIOLENT.contains(hit.type()) && (c.agents.isEmpty() || c.places.isEmpty())) {
                    for (TriggerRule.Hit y : yielded) {
                        if (y.first() < hit.first() && !clauseBetween(v, y.head(), hit.first())) {
                            if (c.agents.isEmpty()) {
                                c.agents = args.agents(v, y);
                            }
                            if (c.places.isEmpty()) {
                                c.places = args.places(v, y);
                                c.sentencePlaces = placeNames(placesBySentence, s.index(), c.places);
                            }
                            break;
                        }
                    }
                }
                here.add(c);
            }
            // "The assault came after gangs launched attacks on police stations": what the event just reported
            // came after is another one
            for (Cand a : here) {
                int came = a.joinWith == null ? -1 : v.find(a.hit.end(), Math.min(v.size(), a.hit.end() + 3), "came",
                        "comes", "come", "followed", "follows");
                for (Cand b : came < 0 ? List.<Cand>of() : here) {
                    if (b != a && b.joinWith == null && b.hit.first() > came
                            && v.find(came, Math.min(b.hit.first(), came + 4), "after", "following", "before") >= 0) {
                        b.another = true;
                    }
                }
            }
            // one act, two events: an attack "during the truce" is also a violation of it
            for (Cand c : new ArrayList<>(here)) {
                if (VIOLENT.contains(c.hit.type()) && !c.hit.weak() && during(v, c.hit)) {
                    Cand d = copy(c, new TriggerRule.Hit(EventType.CeasefireViolation, c.hit.first(), c.hit.end(), false,
                            "during-truce"));
                    here.add(d);
                }
            }
            // casualty figures: to the nearest violent trigger before them, else the one after
            List<CasualtyExtractor.Raw> raws = casualties.find(v);
            for (CasualtyExtractor.Raw raw : raws) {
                Cand best = null;
                int bestDist = Integer.MAX_VALUE;
                for (Cand c : here) {
                    if (!VIOLENT.contains(c.hit.type()) && c.hit.type() != EventType.Evacuation
                            && c.hit.type() != EventType.CeasefireViolation) {
                        continue;
                    }
                    // (the displaced are counted for a flight only)
                    if (raw.kind() == CasualtyReport.Kind.DISPLACED && c.hit.type() != EventType.Evacuation) {
                        continue;
                    }
                    int d = raw.numberToken() - c.hit.head();
                    int dist = d >= 0 ? d : -d * 2 + 5;
                    if (dist < bestDist) {
                        bestDist = dist;
                        best = c;
                    }
                }
                if (best != null) {
                    for (Cand c : here) {
                        if (c.hit.first() == best.hit.first() && c.hit.end() == best.hit.end()) {
                            c.casualties.add(raw);
                        }
                    }
                    rawOwners.add(best);
                } else {
                    orphanRaws.add(raw);
                    rawOwners.add(null);
                }
            }
            if (here.isEmpty() && !raws.isEmpty()) {
                // "At least 25 people had been killed": a mention of the attack just reported
                Cand last = lastViolent(cands, s.index() - 1);
                for (CasualtyExtractor.Raw raw : raws) {
                    if (last != null && raw.kind() == CasualtyReport.Kind.KILLED) {
                        Cand m = copy(last, last.hit);
                        m.sentence = s.index();
                        m.anchor = raw.evidence();
                        m.trigger = raw.evidence().text();
                        m.dated = false;
                        m.date = null;
                        m.places = List.of();
                        m.agents = List.of();
                        m.targets = List.of();
                        m.casualties = new ArrayList<>(List.of(raw));
                        m.weakJoin = true;
                        m.joinWith = last;
                        here.add(m);
                    }
                }
            }
            // "He blamed the ADF", "IS claimed responsibility for the bombing": who did the violence of the sentence,
            // or else of the sentence before or the one before that, when it named no one by name
            List<Cand> unnamed = new ArrayList<>();
            for (Cand c : here) {
                if (VIOLENT.contains(c.hit.type())) {
                    unnamed.add(c);
                }
            }
            Cand before = unnamed.isEmpty() ? lastViolent(cands, s.index() - 2, s.index()) : null;
            if (before != null) {
                unnamed.add(before);
            }
            unnamed.removeIf(c -> c.agents.stream().anyMatch(a -> a.entityKey() != null));
            List<Argument> held = unnamed.isEmpty() ? List.of() : args.heldResponsible(v);
            for (Cand c : held.isEmpty() ? List.<Cand>of() : unnamed) {
                List<Argument> agents = new ArrayList<>(c.agents);
                held.forEach(a -> ArgumentFinder.addUnique(agents, a));
                c.agents = agents;
            }
            // "A second blast hit a mosque in Hangu hours later", "Two days earlier, rebels ambushed a patrol": the
            // day of the violence told just before, or counted from it
            Integer offset = daysFromPrior(s.text());
            Cand prior = offset == null ? null : lastViolent(cands, s.index() - 3, s.index());
            for (Cand c : prior != null && prior.dated && prior.date != null ? here : List.<Cand>of()) {
                if (!c.dated && VIOLENT.contains(c.hit.type())) {
                    c.date = prior.date.plusDays(offset);
                    c.dated = true;
                    c.vague = false;
                    c.period = null;
                }
            }
            cands.addAll(here);
        }
        // group
        List<Group> groups = new ArrayList<>();
        Map<Cand, Group> groupOf = new java.util.IdentityHashMap<>();
        for (Cand c : cands) {
            if (DEBUG) {
                System.err.println("cand S" + c.sentence + " " + c.hit.type() + " '" + c.trigger + "' dated=" + c.dated
                        + " date=" + c.date + " vague=" + c.vague + " agents=" + c.agents + " weak=" + c.hit.weak());
            }
            Group g = c.joinWith != null ? groupOf.get(c.joinWith) : null;
            int bestScore = g != null ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            for (int k = groups.size() - 1; k >= Math.max(0, groups.size() - 60); k--) {
                Group o = groups.get(k);
                if (g != null && bestScore == Integer.MAX_VALUE) {
                    break;
                }
                if (o.type == c.hit.type() && compatible(o, c) && !farApart(o, c, where) && !otherGroups(o, c, args)) {
                    int score = affinity(o, c) * 1000 + Math.min(o.cands.size(), 9) * 10 + k;
                    if (score > bestScore) {
                        bestScore = score;
                        g = o;
                    }
                }
            }
            if (g == null) {
                if (c.hit.weak() || c.weakJoin) {
                    continue;
                }
                g = new Group();
                g.type = c.hit.type();
                groups.add(g);
            }
            g.cands.add(c);
            g.sentences.add(c.sentence);
            for (Argument a : c.agents) {
                // ("Government forces" after "Syrian pro-government forces": the shorter name of the same side)
                String an = ArgumentFinder.norm(a.name()).replaceFirst("^the ", "");
                boolean shorter = a.entityKey() == null && g.agents.stream().anyMatch(o -> {
                    String on = ArgumentFinder.norm(o.name());
                    return on.endsWith(" " + an) || on.endsWith("-" + an);
                });
                if (!shorter) {
                    ArgumentFinder.addUnique(g.agents, a);
                }
            }
            groupOf.put(c, g);
        }
        headlineStrikesAsShelling(groups);
        headlineAttackJoinsBody(groups);
        genericAttackJoinsTyped(groups);
        talksKeepTheirSides(groups);
        Map<CasualtyExtractor.Raw, Group> partOf = new java.util.IdentityHashMap<>();
        splitTollByPlace(groups, groupOf, partOf, where);
        List<Event> events = new ArrayList<>();
        Map<Group, String> keys = new java.util.IdentityHashMap<>();
        for (Group g : groups) {
            String key = "e" + events.size();
            keys.put(g, key);
            Cand first = g.cands.get(0);
            LocalDate date = g.explicitDate();
            String precision = "day";
            if (date == null) {
                // no day given: the publication day, unless the first report places it vaguely ("since July"); a
                // headline's report, the first one in the body ("ELN attack" over "attacked a base last month")
                Cand firstBody = g.cands.stream().filter(c -> !c.headline).findFirst().orElse(null);
                boolean vague = first.vague || first.headline && firstBody != null && firstBody.vague;
                LocalDate reported = null;
                for (Cand c : g.cands) {
                    if (c.reportDay != null) {
                        reported = c.reportDay;
                        break;
                    }
                }
                // else the day its sentence sets the story on ("was injured on Monday when the military launched an
                // air strike after its ground troops clashed": the clash is Monday's too), if not after the report
                LocalDate told = vague ? null : first.storyDay;
                if (first.headline && told == null) {
                    // a headline names no day: the story's day is the one its first report in the body is set on
                    told = firstBody == null || firstBody.vague ? null : firstBody.storyDay;
                }
                if (told != null && (reported != null && told.isAfter(reported) || pub != null && told.isAfter(pub))) {
                    told = null;
                }
                date = vague ? null : told != null ? told : reported != null ? reported : pub;
                precision = date == null ? "unknown" : "day";
            }
            List<Argument> places = new ArrayList<>();
            List<Argument> targets = new ArrayList<>();
            for (Cand c : g.cands) {
                for (Argument a : c.places) {
                    ArgumentFinder.addUnique(places, a);
                }
                for (Argument a : c.targets) {
                    ArgumentFinder.addUnique(targets, a);
                }
            }
            Integer fatalities = firstKilled(g);
            if (g.partPlace != null) {
                places = new ArrayList<>(List.of(g.partPlace));
                fatalities = g.partToll;
                targets.removeIf(a -> g.otherPartPlaces.contains(placeKey(a)));
            }
            if (fatalities == null && first.hit.rule().equals("assassination")) {
                fatalities = 1; // "the killing of a militia leader": one person
            }
            // a violent event, a capture or a flight with no place in a locative phrase: the places its
            // sentences name ("Turkish forces waged battles with the YPG" after "... shelled Afrin")
            if (places.isEmpty() && (VIOLENT.contains(g.type) || g.type == EventType.Evacuation
                    || g.type == EventType.Capture)) {
                places.addAll(args.contextPlaces(g.sentences, i -> doc.sentences().get(i).start()));
                if (g.type == EventType.Evacuation) {
                    // ("residents fled into the bush or to the provincial capital Pemba": where they went, not where
                    // they fled; that is the place of the violence told just before, if any)
                    places.removeIf(a -> a.mention() != null && DESTINATION.matcher(doc.text().substring(
                            Math.max(0, a.mention().start() - 40), a.mention().start())).find());
                    if (places.isEmpty()) {
                        int from = g.sentences.stream().min(Integer::compare).orElse(0);
                        Event fledFrom = null;
                        for (Event o : events) {
                            if (VIOLENT.contains(o.type()) && !o.places().isEmpty()
                                    && o.sentences().stream().anyMatch(k -> k < from && k >= from - 2)) {
                                fledFrom = o;
                            }
                        }
                        if (fledFrom != null) {
                            places.addAll(fledFrom.places());
                        } else if (from > 0 && doc.text().substring(doc.sentences().get(from - 1).end(),
                                doc.sentences().get(from).start()).indexOf('\n') < 0) {
                            // "Ta Kan Thar Village has 120 houses. Residents fled after the attack": the one place
                            // the sentence before, in the same paragraph, names
                            List<Argument> before = args.contextPlaces(List.of(from - 1), i -> doc.sentences().get(i).start());
                            if (before.stream().map(EventExtractor::placeKey).distinct().count() == 1) {
                                places.add(before.get(0));
                            }
                        }
                    }
                }
            }
            double conf = first.hit.weak() ? 0.4 : g.cands.size() > 1 ? 0.8 : 0.6;
            events.add(new Event(key, g.type, first.trigger, first.anchor, new ArrayList<>(g.sentences), date, precision,
                    places, g.type == EventType.Evacuation ? withoutPlaces(g.agents, args) : args.withoutCoveredAttackers(g.agents),
                    targets, fatalities, conf));
        }
        // casualty reports with their sources and events
        Map<Integer, Attribution> attrBySentence = new java.util.HashMap<>();
        for (Attribution a : attrs) {
            attrBySentence.putIfAbsent(a.cue().sentence(), a);
        }
        List<CasualtyReport> reports = new ArrayList<>();
        Set<CasualtyExtractor.Raw> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Cand c : cands) {
            for (CasualtyExtractor.Raw r : c.casualties) {
                Group g = partOf.getOrDefault(r, groupOf.get(c));
                if (done.add(r)) {
                    reports.add(new CasualtyReport(r.kind(), r.count(), r.qualifier(), source(attrBySentence, r.evidence()),
                            g == null ? null : keys.get(g), r.evidence()));
                }
            }
        }
        for (CasualtyExtractor.Raw r : orphanRaws) {
            if (done.add(r)) {
                reports.add(new CasualtyReport(r.kind(), r.count(), r.qualifier(), source(attrBySentence, r.evidence()), null,
                        r.evidence()));
            }
        }
        return new Result(events, reports, attrs);
    }

    /**
     * The period a vague time expression sets an event in, when it is a distinct past time ("last
     * week", "in 2019", "two days ago", "in October"), lower-cased; null for durations and ongoing
     * spans ("for months", "in recent weeks", "since July") that fit the news of the day too.
     */
    static String period(String expr) {
        String e = expr.toLowerCase(Locale.ROOT).strip();
        return DISTINCT_PERIOD.matcher(e).lookingAt() ? e : null;
    }

    /**
     * The trigger whose time expressions date trigger {@code h}: its own, or those of another trigger on the same
     * word, or, when it has none and opens a "when" clause ("the truce collapsed in late August when fighting resumed"), the trigger of the clause
     * the "when" clause hangs on.
     */
    private static int whenClauseOf(SentenceView v, List<TriggerRule.Hit> hits, int[] owner, int h) {
        if (ownsTime(owner, h)) {
            return h;
        }
        // two events on one word ("fighting continued" after a truce: a clash and the violation it was) share its time
        for (int g = 0; g < hits.size(); g++) {
            if (g != h && hits.get(g).first() <= hits.get(h).head() && hits.get(h).head() < hits.get(g).end()
                    && ownsTime(owner, g)) {
                return g;
            }
        }
        // a subject and its verb ("Fighting resumed in late August": the clash and the collapse it was) share it too
        for (int g = 0; g < hits.size(); g++) {
            if (g != h && Math.abs(hits.get(g).head() - hits.get(h).head()) == 1 && ownsTime(owner, g)) {
                return g;
            }
        }
        int when = v.find(Math.max(0, hits.get(h).first() - 4), hits.get(h).first(), "when", "as");
        if (when < 0 || v.find(when + 1, hits.get(h).first(), ",", ";") >= 0) {
            return h;
        }
        for (int g = h - 1; g >= 0; g--) {
            if (hits.get(g).head() < when) {
                return ownsTime(owner, g) ? g : h;
            }
        }
        return h;
    }

    /**
     * Whether trigger {@code h} opens an "after" or "before" clause (no comma between) hanging on a trigger whose own
     * time is a month or a span, not a day: it happened then or earlier, on no day the article gives.
     */
    private static boolean afterVagueTime(SentenceView v, List<TriggerRule.Hit> hits, int[] owner,
                                          List<DateResolver.TimeExpr> times, int h) {
        // ("after Fano, a loosely organised militia, seized several towns": an aside may come between)
        int after = v.find(Math.max(0, hits.get(h).first() - 10), hits.get(h).first(), "after", "before");
        if (after < 0 || v.find(after + 1, hits.get(h).first(), ";", "and", "but") >= 0) {
            return false;
        }
        for (int k = after + 1; k < hits.get(h).first(); k++) {
            if (v.isVerb(k) && !v.lower(k).endsWith("ed")) {
                return false; // another clause
            }
        }
        for (int g = h - 1; g >= 0; g--) {
            if (hits.get(g).head() < after) {
                for (int k = 0; k < times.size(); k++) {
                    if (owner[k] == g && (times.get(k).vague() || "month".equals(times.get(k).precision()))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether trigger {@code h} owns a time expression of its sentence. */
    private static boolean ownsTime(int[] owner, int h) {
        for (int o : owner) {
            if (o == h) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause boundary (a comma or semicolon and a conjunction) lies between two tokens. */
    private static boolean clauseBetween(SentenceView v, int a, int b) {
        for (int j = Math.min(a, b) + 1; j < Math.max(a, b); j++) {
            String t = v.tok(j).text();
            if ((t.equals(",") || t.equals(";")) && v.is(j + 1, "and", "but", "while", "as", "whereas", "although")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DISTINCT_PERIOD = Pattern.compile(
            "last (?:week|month|year)|earlier this (?:week|month|year)|in (?:(?:early|mid|late)[- ]?)?(?:\\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                    + "(?:a few |several |two |three )?(?:days|weeks|months|years) (?:ago|earlier|before)");

    /** Nouns after "army" or "military" that make it what was attacked or who reported it: "an army patrol". */
    private static final Set<String> FORCE_THING = Set.of("patrol", "patrols", "convoy", "convoys", "base", "bases", "post",
            "posts", "camp", "camps", "checkpoint", "checkpoints", "position", "positions", "outpost", "outposts", "vehicle",
            "vehicles", "source", "sources", "spokesman", "spokeswoman", "official", "officials", "statement", "barracks",
            "unit", "units", "truck", "trucks", "column");

    /** Whether an attack's agents (or, when it has none, the sentence's actors) are state forces. */
    private static boolean stateActor(List<Argument> agents, SentenceView v, int trigger) {
        if (!agents.isEmpty()) {
            // "pro-Russian militants", "Syrian rebels": a country's name does not make armed men its forces
            boolean armedGroup = true;
            for (Argument a : agents) {
                boolean nonstate = false;
                for (String w : Regexes.split(ArgumentFinder.norm(a.name()), "[ \\-]+")) {
                    nonstate |= NONSTATE_GENERIC.contains(w);
                }
                armedGroup &= nonstate;
            }
            if (armedGroup) {
                return false;
            }
            Set<String> keys = actorKeys(agents);
            for (String k : keys) {
                if (!k.equals("nonstate") && (k.equals("*") || Lex.DEMONYM.containsValue(capital(k)) || k.equals("us")
                        || k.equals("uk"))) {
                    return true;
                }
            }
            return false;
        }
        for (int k = 0; k < v.size(); k++) {
            // ("the army said in a statement": the source of the report, not the attacker; "ambushed an army patrol",
            // "an attack on a military convoy": what was attacked)
            if (v.is(k, "government", "regime", "army", "military") && !v.isIn(k + 1, Lex.SAY) && !v.isIn(k + 2, Lex.SAY)
                    && !v.isIn(k + 1, FORCE_THING) && !(k > trigger && v.find(trigger, k, "on", "against") >= 0)
                    && !(k == trigger + 2 && v.is(k - 1, "a", "an", "the"))) {
                return true;
            }
        }
        return false;
    }

    /** The names of the places of a sentence: its place arguments and the place entities mentioned in it. */
    private static Set<String> placeNames(Map<Integer, List<String>> placesBySentence, int sentence, List<Argument> places) {
        Set<String> out = new HashSet<>();
        for (Argument a : places) {
            out.add(a.name());
        }
        out.addAll(placesBySentence.getOrDefault(sentence, List.of()));
        return out;
    }

    private static Argument source(Map<Integer, Attribution> attrs, Mention evidence) {
        Attribution a = attrs.get(evidence.sentence());
        return a == null ? null : a.speaker();
    }

    /**
     * "Russian strikes kill five in Odesa" over "A Russian missile strike on Odesa killed five people": a
     * headline's bare "strikes" are the missile fire the body reports in the same place, not air strikes.
     */
    private static void headlineStrikesAsShelling(List<Group> groups) {
        for (java.util.Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
            Group g = it.next();
            // (the headline's bare "strikes" and later bare "the strike"s that joined it)
            if (g.type != EventType.AirStrike || !g.cands.get(0).headline
                    || !g.cands.stream().allMatch(c -> "strike".equals(c.hit.rule()) || c.hit.weak())) {
                continue;
            }
            Set<String> places = new HashSet<>();
            g.cands.forEach(c -> c.places.forEach(a -> places.add(ArgumentFinder.norm(a.name()))));
            java.util.function.Predicate<Group> samePlace = o -> o.cands.stream().anyMatch(c -> !c.headline
                    && c.places.stream().anyMatch(a -> places.contains(ArgumentFinder.norm(a.name()))));
            Group into = groups.stream().filter(o -> o.type == EventType.Shelling && samePlace.test(o)).findFirst().orElse(null);
            // (not when the body reports air strikes there too)
            if (into != null && groups.stream().noneMatch(o -> o != g && o.type == EventType.AirStrike && samePlace.test(o))) {
                absorb(into, g); // (after the body's own, whose day the report gives)
                it.remove();
            }
        }
    }

    /**
     * "Dozens killed in jihadist attack on Burkina Faso town" over a body that reports jihadists killing
     * villagers: a headline's bare "attack" is the first violent event the body reports, of whatever kind,
     * when the headline has no other event of that kind and its agents do not differ. So is a headline
     * event of another kind that reports the same toll ("Car bomb kills 8" over "a car bomb exploded at a
     * checkpoint, killing eight").
     */
    private static void headlineAttackJoinsBody(List<Group> groups) {
        for (java.util.Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
            Group g = it.next();
            if (!VIOLENT.contains(g.type) || !g.cands.stream().allMatch(c -> c.headline)) {
                continue;
            }
            Group into = groups.stream().filter(o -> o != g && VIOLENT.contains(o.type) && !o.cands.get(0).headline)
                    .findFirst().orElse(null);
            // ("Car bomb kills 8 in Mogadishu" over "a car bomb exploded at a checkpoint, killing eight": one toll, one event)
            boolean generic = g.cands.stream().allMatch(c -> c.hit.rule().startsWith("attack-generic"));
            if (into == null || into.type == g.type || !generic && !sameToll(g, into) && !placesWithin(g, into)) {
                continue; // (one of the same kind has already been joined by the usual grouping, or none is reported)
            }
            if (agentsDiffer(g, into) || groups.stream().anyMatch(o -> o != g && o.type == g.type && o.cands.get(0).headline)) {
                continue;
            }
            absorb(into, g);
            it.remove();
        }
    }

    /**
     * "TPLF fighters clashed with Eritrean troops near Adigrat" ... "PKK militants attacked a Turkish base in
     * northern Iraq": mentions whose named armed groups differ, none shared, report different events, clashes
     * too (whose sides are otherwise named too variously to tell them apart).
     */
    private static boolean otherGroups(Group g, Cand c, ArgumentFinder args) {
        if (c.joinWith != null || c.agents.isEmpty() || g.agents.isEmpty()) {
            return false;
        }
        Set<String> mine = new HashSet<>();
        Set<String> theirs = new HashSet<>();
        for (Argument a : c.agents) {
            if (args.typeOf(a) == EntityType.ArmedGroup && a.entityKey() != null) {
                mine.add(a.entityKey());
            }
        }
        for (Argument a : g.agents) {
            if (args.typeOf(a) == EntityType.ArmedGroup && a.entityKey() != null) {
                theirs.add(a.entityKey());
            }
        }
        return !mine.isEmpty() && !theirs.isEmpty() && java.util.Collections.disjoint(mine, theirs);
    }

    /** Whether both groups name who acted and no one in common. */
    private static boolean agentsDiffer(Group g, Group into) {
        return !g.agents.isEmpty() && !into.agents.isEmpty() && g.agents.stream().noneMatch(a ->
                into.agents.stream().anyMatch(b -> ArgumentFinder.norm(b.name()).contains(ArgumentFinder.norm(a.name()))
                        || ArgumentFinder.norm(a.name()).contains(ArgumentFinder.norm(b.name()))
                        || a.entityKey() != null && a.entityKey().equals(b.entityKey())));
    }

    /**
     * "Gang attack on Haitian town kills at least 70" ... "gang members attacked a town, killing 70 people, including
     * 10 women" ... "The attack in Pont-Sonde took place early Thursday": an attack that only the word "attack" types
     * as a clash is the attack on civilians (or the strike, the shelling) reported in the same place or with the
     * same toll, when exactly one such event is reported and no one else is named as its author.
     */
    private static void genericAttackJoinsTyped(List<Group> groups) {
        for (java.util.Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
            Group g = it.next();
            if (g.type != EventType.ArmedClash || !g.cands.stream().allMatch(c -> c.hit.rule().equals("attack-generic"))) {
                continue;
            }
            Set<String> places = placeKeysOf(g);
            List<Group> into = groups.stream().filter(o -> o != g && o.type != g.type && VIOLENT.contains(o.type)
                    && (sameToll(g, o) || o.cands.stream().anyMatch(c -> c.places.stream().anyMatch(a -> places.contains(placeKey(a)))))
                    && !agentsDiffer(g, o) && !datesDiffer(g, o)).toList();
            if (into.size() != 1) {
                continue;
            }
            absorb(into.get(0), g);
            it.remove();
        }
    }

    /** Occasions other than violence a bare day names the day of: "the elections Sunday", "Sunday's vote". */
    private static final Set<String> OCCASION = Set.of("election", "elections", "vote", "votes", "poll", "polls", "referendum",
            "ballot", "rally", "rallies", "funeral", "funerals", "ceremony", "match", "game", "festival", "prayers", "holiday",
            "inauguration", "parade");

    /** The day at token {@code t} is that of an occasion ({@link #OCCASION}) right before it or, possessive, after it. */
    private static boolean occasionDay(SentenceView v, int t) {
        boolean before = t > 0 && v.isIn(t - 1, OCCASION) && !v.is(t, "on");
        boolean possessive = t + 2 < v.size() && (v.is(t + 1, "'s", "’s") && v.isIn(t + 2, OCCASION)
                || v.lower(t).endsWith("'s") && v.isIn(t + 1, OCCASION));
        return before || possessive;
    }

    /**
     * "The government restarted peace talks with the ELN" ... "A second round of peace talks began in Mexico": talks
     * that name no one are held by those of the talks the article reported before them.
     */
    private static void talksKeepTheirSides(List<Group> groups) {
        List<Argument> last = List.of();
        for (Group g : groups) {
            if (g.type != EventType.Talks) {
                continue;
            }
            if (g.agents.isEmpty() && last.size() >= 2) {
                g.agents.addAll(last);
            } else if (g.agents.size() >= 2) {
                last = g.agents;
            }
        }
    }

    /** "Residents of Sittwe fled": the people of a place flee, not the place. */
    private static List<Argument> withoutPlaces(List<Argument> agents, ArgumentFinder args) {
        List<Argument> out = new ArrayList<>(agents);
        out.removeIf(a -> a.entityKey() != null && args.typeOf(a) == EntityType.Place);
        return out;
    }

    /** The first number killed a group's mentions give, or null. */
    private static Integer firstKilled(Group g) {
        for (Cand c : g.cands) {
            for (CasualtyExtractor.Raw r : c.casualties) {
                if (r.kind() == CasualtyReport.Kind.KILLED) {
                    return r.count();
                }
            }
        }
        return null;
    }

    private static String placeKey(Argument a) {
        return a.entityKey() != null ? a.entityKey() : ArgumentFinder.norm(a.name());
    }

    /** Adds the place unless one of the same key is there. */
    private static void addPlaceOnce(List<Argument> places, Argument a) {
        if (places.stream().noneMatch(o -> placeKey(o).equals(placeKey(a)))) {
            places.add(a);
        }
    }

    /** A part of a toll: the number killed at one place, the sentence that says so and where the place is named. */
    private record TollPart(Argument place, int killed, int sentence, CasualtyExtractor.Raw raw, long at) {
    }

    /**
     * "Israeli strikes on two villages killed six" ... "Five people were killed in an attack on Beit Lif while one
     * person was killed in a drone strike on Deir Seryan": a toll that the sentences after it then give place by place,
     * in parts that add up to it, is that many events, one per place with its own toll, each with the sentences of
     * the whole. A part told of one place only leaves the rest to the one other place the whole was told of ("killed
     * three in Kharkiv" ... "two men were killed in Zolochiv": one in Kharkiv). The violent mentions of the parts'
     * sentences join their parts.
     */
    private static void splitTollByPlace(List<Group> groups, Map<Cand, Group> groupOf,
            Map<CasualtyExtractor.Raw, Group> partOf, Map<String, double[]> where) {
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            Integer total = firstKilled(g);
            if (!VIOLENT.contains(g.type) || g.partPlace != null || total == null || total < 2) {
                continue;
            }
            int from = g.sentences.stream().min(Integer::compare).orElse(0);
            // the violent mentions of the sentences that follow, by sentence
            java.util.TreeMap<Integer, List<Cand>> bySentence = new java.util.TreeMap<>();
            for (Group o : groups) {
                if (VIOLENT.contains(o.type)) {
                    for (Cand c : o.cands) {
                        if (c.sentence > from && (c.sentence <= from + 8 || o == g)) {
                            bySentence.computeIfAbsent(c.sentence, k -> new ArrayList<>()).add(c);
                        }
                    }
                }
            }
            List<TollPart> parts = new ArrayList<>();
            Set<String> partPlaces = new HashSet<>();
            // where the whole was told of: a part lies near there (not a bombing in another country a line later)
            List<double[]> wholeAt = new ArrayList<>();
            for (Cand c : g.cands) {
                if (c.casualties.stream().anyMatch(r -> r.kind() == CasualtyReport.Kind.KILLED && r.count() == total)) {
                    wholeAt.addAll(coordinates(c.places, where));
                }
            }
            // the whole's day, as its first dated mention gives it
            LocalDate day = g.cands.stream().filter(c -> c.dated && c.date != null).sorted(
                    java.util.Comparator.comparingInt(c -> c.sentence)).map(c -> c.date).findFirst().orElse(null);
            for (Map.Entry<Integer, List<Cand>> e : bySentence.entrySet()) {
                List<Cand> here = e.getValue();
                if (here.stream().allMatch(c -> c.weakJoin || c.hit.weak())) {
                    continue; // (a figure alone, no report of violence of its own)
                }
                // ("Earlier on Friday, 14 people were killed in an attack on another village": not a part of Saturday's)
                if (here.stream().allMatch(c -> c.another || c.dated && c.date != null && day != null && !c.date.equals(day))) {
                    continue;
                }
                List<CasualtyExtractor.Raw> raws = new ArrayList<>();
                List<Argument> places = new ArrayList<>();
                for (Cand c : here) {
                    c.casualties.stream().filter(r -> r.kind() == CasualtyReport.Kind.KILLED && r.count() < total
                            && raws.stream().noneMatch(o -> o == r)).forEach(raws::add);
                    c.places.stream().filter(a -> a.mention() != null).forEach(a -> addPlaceOnce(places, a));
                }
                raws.sort(java.util.Comparator.comparingInt(r -> r.evidence().start()));
                places.sort(java.util.Comparator.comparingInt(a -> a.mention().start()));
                for (int k = 0; k < raws.size(); k++) {
                    int start = raws.get(k).evidence().start();
                    int end = k + 1 < raws.size() ? raws.get(k + 1).evidence().start() : Integer.MAX_VALUE;
                    for (Argument a : places) {
                        if (a.mention().start() > start && a.mention().start() < end) {
                            if (!near(coordinates(List.of(a), where), wholeAt, PART_KM)) {
                                break;
                            }
                            if (partPlaces.add(placeKey(a))) {
                                parts.add(new TollPart(a, raws.get(k).count(), e.getKey(), raws.get(k),
                                        (long) e.getKey() << 32 | a.mention().start()));
                            }
                            break;
                        }
                    }
                }
            }
            int sum = parts.stream().mapToInt(TollPart::killed).sum();
            // the sentences that give the whole toll, and the places they name
            Set<Integer> whole = new HashSet<>();
            List<Argument> wholePlaces = new ArrayList<>();
            for (Cand c : g.cands) {
                if (c.casualties.stream().anyMatch(r -> r.kind() == CasualtyReport.Kind.KILLED && r.count() == total)) {
                    whole.add(c.sentence);
                    c.places.stream().filter(a -> !partPlaces.contains(placeKey(a))).forEach(a -> addPlaceOnce(wholePlaces, a));
                }
            }
            if (wholePlaces.isEmpty() && parts.size() == 1) {
                // (the whole told of no place: the places the event's other sentences name)
                for (Cand c : g.cands) {
                    c.places.stream().filter(a -> c.sentence != parts.get(0).sentence() && !partPlaces.contains(placeKey(a)))
                            .forEach(a -> addPlaceOnce(wholePlaces, a));
                }
            }
            if (parts.size() == 1 && sum < total && wholePlaces.size() == 1 && wholePlaces.get(0).mention() != null) {
                Argument rest = wholePlaces.get(0);
                parts.add(new TollPart(rest, total - sum, -1, null, (long) rest.mention().sentence() << 32 | rest.mention().start()));
                sum = total;
            }
            if (parts.size() < 2 || sum != total) {
                continue;
            }
            parts.sort(java.util.Comparator.comparingLong(TollPart::at));
            Set<Integer> partSentences = new HashSet<>();
            parts.forEach(p -> partSentences.add(p.sentence()));
            // the groups the parts' sentences alone make up are the parts themselves
            List<Group> absorbed = new ArrayList<>();
            for (Group o : groups) {
                if (o != g && VIOLENT.contains(o.type) && partSentences.containsAll(o.sentences)) {
                    absorbed.add(o);
                }
            }
            List<Group> split = new ArrayList<>();
            for (int k = 0; k < parts.size(); k++) {
                TollPart p = parts.get(k);
                Group n = new Group();
                n.type = g.type;
                n.partPlace = p.place();
                n.partToll = p.killed();
                n.otherPartPlaces = new HashSet<>();
                for (TollPart o : parts) {
                    if (o != p) {
                        n.otherPartPlaces.add(placeKey(o.place()));
                    }
                }
                boolean firstPart = k == 0;
                for (Cand c : g.cands) {
                    if (whole.contains(c.sentence) || c.sentence == p.sentence()
                            || firstPart && !partSentences.contains(c.sentence)) {
                        n.cands.add(c);
                    }
                }
                for (Group o : absorbed) {
                    o.cands.stream().filter(c -> c.sentence == p.sentence()).forEach(n.cands::add);
                }
                java.util.TreeSet<Integer> sorted = new java.util.TreeSet<>();
                n.cands.forEach(c -> sorted.add(c.sentence));
                n.sentences = new LinkedHashSet<>(sorted);
                g.agents.forEach(a -> ArgumentFinder.addUnique(n.agents, a));
                n.cands.forEach(c -> c.agents.forEach(a -> ArgumentFinder.addUnique(n.agents, a)));
                split.add(n);
                if (p.raw() != null) {
                    partOf.put(p.raw(), n);
                }
            }
            for (int k = split.size() - 1; k >= 0; k--) {
                for (Cand c : split.get(k).cands) {
                    groupOf.put(c, split.get(k));
                }
            }
            groups.remove(gi);
            groups.addAll(gi, split);
            groups.removeAll(absorbed);
            gi = groups.indexOf(split.get(split.size() - 1));
        }
    }

    /** Whether both groups give a day and not the same one. */
    private static boolean datesDiffer(Group a, Group b) {
        LocalDate da = a.explicitDate();
        LocalDate db = b.explicitDate();
        return da != null && db != null && !da.equals(db);
    }

    /** Group {@code g} taken into {@code into}: its mentions after into's own, the sentences of both in order, its agents. */
    private static void absorb(Group into, Group g) {
        into.cands.addAll(g.cands);
        java.util.TreeSet<Integer> sorted = new java.util.TreeSet<>(g.sentences);
        sorted.addAll(into.sentences);
        into.sentences = new LinkedHashSet<>(sorted);
        g.agents.forEach(a -> ArgumentFinder.addUnique(into.agents, a));
    }

    /**
     * Whether a headline group names places, no toll, and only places the body group names too: "Bombing in Mogadishu"
     * over "a suicide car bomb tore through a market in Mogadishu".
     */
    private static boolean placesWithin(Group headline, Group body) {
        Set<String> mine = placeKeysOf(headline);
        return firstKilled(headline) == null && !mine.isEmpty() && placeKeysOf(body).containsAll(mine);
    }

    /** The keys ({@link #placeKey}) of the places a group's mentions name. */
    private static Set<String> placeKeysOf(Group g) {
        Set<String> out = new HashSet<>();
        g.cands.forEach(c -> c.places.forEach(a -> out.add(placeKey(a))));
        return out;
    }

    /** Whether two groups report the same number killed (and report one). */
    private static boolean sameToll(Group a, Group b) {
        java.util.function.Function<Group, Set<Integer>> killed = g -> {
            Set<Integer> out = new HashSet<>();
            g.cands.forEach(c -> c.casualties.stream().filter(r -> r.kind() == CasualtyReport.Kind.KILLED)
                    .forEach(r -> out.add(r.count())));
            return out;
        };
        Set<Integer> ka = killed.apply(a);
        return !ka.isEmpty() && ka.stream().anyMatch(killed.apply(b)::contains);
    }

    /** "The assault came days after gangs attacked ...": the trigger at {@code first} tells what came before another. */
    private static boolean cameAfter(SentenceView v, int first) {
        for (int k = first - 1; k >= Math.max(1, first - 8); k--) {
            if (v.is(k, "after", "before", "following") && v.find(Math.max(0, k - 3), k, "came", "comes", "come", "followed",
                    "follows") >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The days from the violence told before that a sentence sets its own on: 0 for "hours later" or "the same day",
     * -2 for "two days earlier", 1 for "the next day"; null when it says nothing of the kind.
     */
    private static Integer daysFromPrior(String sentence) {
        if (SAME_DAY_LATER.matcher(sentence).find()) {
            return 0;
        }
        java.util.regex.Matcher m = DAYS_FROM_PRIOR.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        // ("the next day" counts one; "two" is 2)
        int k = m.group(1) == null ? 1
                : List.of("a", "one", "two", "three", "four", "five", "six").indexOf(m.group(1).toLowerCase(Locale.ROOT));
        int days = k >= 0 ? Math.max(1, k) : Integer.parseInt(m.group(1));
        boolean back = m.group(2) != null ? !m.group(2).equalsIgnoreCase("later") : m.group(3).equalsIgnoreCase("previous");
        return back ? -days : days;
    }

    /** The last violent mention of the sentences from {@code from} to before {@code to}. */
    private static Cand lastViolent(List<Cand> cands, int from, int to) {
        for (int i = cands.size() - 1; i >= 0; i--) {
            Cand c = cands.get(i);
            if (c.sentence < from) {
                return null;
            }
            if (c.sentence < to && VIOLENT.contains(c.hit.type()) && !c.hit.weak()) {
                return c;
            }
        }
        return null;
    }

    /** The last air strike or missile and artillery fire reported in sentences [from, to), or null. */
    private static Cand lastStrike(List<Cand> cands, int from, int to) {
        for (int i = cands.size() - 1; i >= 0 && cands.get(i).sentence >= from; i--) {
            Cand c = cands.get(i);
            if (c.sentence < to && !c.hit.weak()
                    && (c.hit.type() == EventType.AirStrike || c.hit.type() == EventType.Shelling)) {
                return c;
            }
        }
        return null;
    }

    /** "the assault" of a report: the last offensive in sentences [from, to), else the last clash there, or null. */
    private static Cand lastAssault(List<Cand> cands, int from, int to) {
        Cand clash = null;
        for (int i = cands.size() - 1; i >= 0 && cands.get(i).sentence >= from; i--) {
            Cand c = cands.get(i);
            if (c.sentence >= to || c.hit.weak()) {
                continue;
            }
            if (c.hit.type() == EventType.GroundOffensive) {
                return c;
            }
            if (c.hit.type() == EventType.ArmedClash && clash == null) {
                clash = c;
            }
        }
        return clash;
    }

    private static Cand lastViolent(List<Cand> cands, int sentence) {
        for (int i = cands.size() - 1; i >= 0; i--) {
            Cand c = cands.get(i);
            if (c.sentence < sentence) {
                return null;
            }
            if (c.sentence == sentence && VIOLENT.contains(c.hit.type()) && !c.hit.weak()) {
                return c;
            }
        }
        return null;
    }

    private static Cand copy(Cand c, TriggerRule.Hit hit) {
        Cand d = new Cand();
        d.hit = hit;
        d.sentence = c.sentence;
        d.anchor = c.anchor;
        d.trigger = c.trigger;
        d.date = c.date;
        d.dated = c.dated;
        d.vague = c.vague;
        d.headline = c.headline;
        d.reportDay = c.reportDay;
        d.places = c.places;
        d.agents = c.agents;
        d.targets = c.targets;
        d.casualties = new ArrayList<>(c.casualties);
        return d;
    }

    /** How much a mention shares with a group: the same day, a place, an actor. */
    private static int affinity(Group g, Cand c) {
        int score = 0;
        LocalDate gd = g.explicitDate();
        if (c.dated && gd != null && gd.equals(c.date)) {
            score += 2;
        }
        outer:
        for (Cand o : g.cands.subList(0, Math.min(g.cands.size(), 12))) {
            for (Argument p : o.places) {
                for (String q : c.sentencePlaces) {
                    if (ArgumentFinder.sameName(p.name(), q)) {
                        score += 2;
                        break outer;
                    }
                }
            }
        }
        for (Argument p : g.agents) {
            for (Argument q : c.agents) {
                if (ArgumentFinder.sameName(p.name(), q.name())) {
                    return score + 1;
                }
            }
        }
        return score;
    }

    /**
     * Whether a violent mention, a capture or an evacuation happened somewhere else than the group's
     * event: both name places with coordinates, and every pair lies more than 25 km apart (a village
     * shelled near a city is not the strike on the city). Places without coordinates (districts,
     * sites) never conflict.
     */
    private static boolean farApart(Group g, Cand c, Map<String, double[]> where) {
        if (!VIOLENT.contains(g.type) && g.type != EventType.Evacuation && g.type != EventType.Capture || c.joinWith != null) {
            return false;
        }
        List<double[]> theirs = new ArrayList<>();
        for (Cand o : g.cands) {
            theirs.addAll(coordinates(o.places, where));
        }
        // ("Air strike kills scores in Sagaing" over "a village in the Sagaing region": a headline's bare name is the
        // place its story names so, the town or the region the gazetteer takes it for)
        if (c.headline || g.cands.stream().allMatch(o -> o.headline)) {
            Set<String> names = new HashSet<>();
            g.cands.forEach(o -> o.places.forEach(a -> names.add(ArgumentFinder.norm(a.name()))));
            if (c.places.stream().anyMatch(a -> names.contains(ArgumentFinder.norm(a.name())))) {
                return false;
            }
        }
        return !near(coordinates(c.places, where), theirs, 25);
    }

    /** How far from where a whole toll was told of one of its parts may lie. */
    private static final double PART_KM = 300;

    /** Some point of {@code a} within {@code km} of some point of {@code b}, or either has none. */
    private static boolean near(List<double[]> a, List<double[]> b, double km) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (double[] p : a) {
            for (double[] q : b) {
                if (org.conflictkg.extract.names.Linker.distanceKm(p[0], p[1], q[0], q[1]) <= km) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<double[]> coordinates(List<Argument> places, Map<String, double[]> where) {
        List<double[]> out = new ArrayList<>();
        for (Argument a : places) {
            double[] p = a.entityKey() == null ? null : where.get(a.entityKey());
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** "another air strike", "a second, deadlier attack", "a new rocket attack": within three words before. */
    static boolean another(SentenceView v, int first, EventType type) {
        // "Separately, ...", "Meanwhile, ...", "Elsewhere, ...", "In a separate incident, ...": another story
        if (first > 1 && (v.is(0, "separately", "meanwhile", "elsewhere") && v.is(1, ",")
                || v.is(0, "in") && v.is(1, "a") && v.is(2, "separate"))) {
            return true;
        }
        // "nine more bodies were found in another village, also victims of an attack": another place, another event
        for (int j = 0; j + 1 < first; j++) {
            if (v.is(j, "another", "separate", "different") && v.isIn(j + 1, ELSEWHERE)) {
                return true;
            }
        }
        for (int j = first - 1; j >= Math.max(0, first - 3); j--) {
            if (v.isPunct(j) && !v.is(j, ",")) {
                return false;
            }
            // (a "new offensive" is one just begun, not another one)
            if (v.is(j, "another", "second", "third", "separate")
                    || v.is(j, "new", "fresh") && type != EventType.GroundOffensive && !v.is(j + 1, "year")) {
                return true;
            }
            if (v.isVerb(j)) {
                return false;
            }
        }
        return false;
    }

    /** Kinds of place that "another" sets apart from the one just reported. */
    private static final Set<String> ELSEWHERE = Set.of("village", "town", "city", "district", "area", "region",
            "province", "neighbourhood", "neighborhood", "location", "camp", "county", "state");

    /** The day of the week a time expression names ("late on Monday", "Wednesday's"), or null. */
    static java.time.DayOfWeek weekday(String expr) {
        java.util.regex.Matcher m = WEEKDAY.matcher(expr);
        return m.find() ? java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)) : null;
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);

    /** Whether a mention may join a group: no conflicting day and no conflicting actors. */
    private static boolean compatible(Group g, Cand c) {
        // a day weeks before the article (a caption's "June 21, 2022") is not the day of the undated news
        // (an offensive lasts for weeks: the day it began does not set it apart)
        if (c.joinWith == null && VIOLENT.contains(g.type) && g.type != EventType.GroundOffensive
                && g.cands.stream().anyMatch(o -> o.old) != c.old) {
            return false;
        }
        if (c.weekday != null) {
            for (Cand o : g.cands) {
                if (o.weekday != null && o.weekday != c.weekday) {
                    return false;
                }
            }
        }
        if (c.another && c.joinWith == null && VIOLENT.contains(g.type)) {
            return false;
        }
        // "some 10,000 people were displaced in Pweto. At least 2,500 were displaced in Djugu": another figure in
        // another place is another event
        if (c.joinWith == null && !c.places.isEmpty() && !c.casualties.isEmpty()) {
            for (Cand o : g.cands) {
                if (o.sentence != c.sentence && !o.places.isEmpty() && otherFigures(o.casualties, c.casualties)
                        && java.util.Collections.disjoint(placeKeys(o.places), placeKeys(c.places))) {
                    return false;
                }
            }
        }
        if (g.type == EventType.Other && !g.cands.get(0).hit.rule().equals(c.hit.rule())) {
            return false;
        }
        LocalDate gd = g.explicitDate();
        // ("On Thursday, the two countries agreed on the ceasefire" that "went into force on Friday": the day it was
        // agreed and the day it took effect tell one truce)
        boolean theSameTruce = g.type == EventType.CeasefireDeclared && c.trigger != null
                && Regexes.matches(c.trigger.toLowerCase(Locale.ROOT), ".*\\bthe (ceasefire|truce|cease-fire)$")
                && gd != null && c.date != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(gd, c.date)) <= 1;
        if (c.dated && c.date != null && gd != null && !gd.equals(c.date) && !theSameTruce) {
            return false;
        }
        // an event placed in another period ("last week", "in 2019") is not the one reported as news;
        // offensives last for weeks, so the month they began in does not set them apart
        // (a headline names no period: "ELN attack on army base" over "attacked a military base last month")
        boolean headlineOnly = g.cands.stream().allMatch(o -> o.headline) && g.period() == null;
        if (c.joinWith == null && g.type != EventType.GroundOffensive && !Objects.equals(g.period(), c.period)
                && (c.period != null || c.dated) && !(headlineOnly && c.period != null)) {
            return false;
        }
        // "took control of Kalaw" and "seized control of the town of Hsenwi": captures of other places are other captures
        if (g.type == EventType.Capture && c.joinWith == null && c.taken != null
                && g.cands.stream().allMatch(o -> o.taken != null && !placeKeys(c.places).contains(o.taken)
                && !placeKeys(o.places).contains(c.taken))) {
            return false;
        }
        // "the military recaptured the base" after "al-Shabaab seized the base": taking a place back is a
        // capture of its own unless both mentions name the same side
        if (g.type == EventType.Capture && retaking(c.trigger) != retaking(g.cands.get(0).trigger)) {
            Set<String> a = actorKeys(g.agents);
            Set<String> b = actorKeys(c.agents);
            boolean bothGeneric = a.equals(Set.of("*")) && b.equals(Set.of("*"));
            a.retainAll(b);
            a.remove("*");
            if (a.isEmpty() && !bothGeneric) {
                return false;
            }
        }
        // clash agents are both sides, named differently from mention to mention: they do not tell clashes apart;
        // nor do the agents of talks, where one mention names a forum ("the contact group met"), another its members
        // and a third its mediators ("talks mediated by Moscow and Ankara")
        if (!c.agents.isEmpty() && !g.agents.isEmpty() && g.type != EventType.ArmedClash && g.type != EventType.Talks) {
            Set<String> a = actorKeys(g.agents);
            Set<String> b = actorKeys(c.agents);
            if (!a.contains("*") && !b.contains("*")) {
                Set<String> inter = new HashSet<>(a);
                inter.retainAll(b);
                if (inter.isEmpty()) {
                    return false;
                }
            } else if ((g.type == EventType.AirStrike || g.type == EventType.Shelling)
                    && (onlyState(g.agents) && onlyArmedGroups(c.agents) || onlyArmedGroups(g.agents) && onlyState(c.agents))) {
                // "the army" is no armed group's: "the Houthis launched drone attacks" and "the army responded with
                // helicopter strikes" are two exchanges of fire
                return false;
            }
        }
        return true;
    }

    /** Figures of the same kind in both lists, none of them equal. */
    private static boolean otherFigures(List<CasualtyExtractor.Raw> a, List<CasualtyExtractor.Raw> b) {
        boolean sameKind = false;
        for (CasualtyExtractor.Raw x : a) {
            for (CasualtyExtractor.Raw y : b) {
                if (x.kind() == y.kind()) {
                    if (x.count() == y.count()) {
                        return false;
                    }
                    sameKind = true;
                }
            }
        }
        return sameKind;
    }

    private static Set<String> placeKeys(List<Argument> places) {
        Set<String> out = new HashSet<>();
        for (Argument p : places) {
            out.add(p.entityKey() != null ? p.entityKey() : p.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Agents that are all a state's forces named by a word alone: "the army", "troops", "government forces". */
    private static boolean onlyState(List<Argument> agents) {
        if (agents.isEmpty()) {
            return false;
        }
        for (Argument a : agents) {
            if (a.entityKey() != null) {
                return false;
            }
            for (String w : Regexes.split(ArgumentFinder.norm(a.name()), "[ \\-]+")) {
                if (!STATE_GENERIC.contains(w) && !w.equals("the") && !w.equals("government")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Agents that are all known armed groups ("the Houthis", "al-Shabab") or non-state fighters ("rebels"). */
    private static boolean onlyArmedGroups(List<Argument> agents) {
        if (agents.isEmpty()) {
            return false;
        }
        for (Argument a : agents) {
            boolean group = a.entityKey() != null && a.entityKey().startsWith(EntityType.ArmedGroup.name() + ":");
            if (!group && a.entityKey() == null) {
                group = true;
                for (String w : Regexes.split(ArgumentFinder.norm(a.name()), "[ \\-]+")) {
                    group &= NONSTATE_GENERIC.contains(w) || w.equals("the");
                }
            }
            if (!group) {
                return false;
            }
        }
        return true;
    }

    /** A trigger for taking a place back: "recaptured", "retook", "regained control", "were pushed out". */
    private static boolean retaking(String trigger) {
        String t = trigger == null ? "" : trigger.toLowerCase(Locale.ROOT);
        return t.startsWith("recapt") || t.startsWith("retak") || t.startsWith("retook") || t.startsWith("regain")
                || t.startsWith("reclaim") || t.endsWith(" out") || t.endsWith(" back");
    }

    /** Coarse actor identities: a country, "nonstate", a name; "*" for a state word that fits any country. */
    private static Set<String> actorKeys(List<Argument> agents) {
        Set<String> out = new HashSet<>();
        for (Argument a : agents) {
            String n = ArgumentFinder.norm(a.name());
            String country = null;
            boolean generic = true;
            for (String w : Regexes.split(n, "[ \\-]+")) {
                String c = Lex.demonymCountry(w);
                if (c == null) {
                    c = Lex.CAPITAL.get(w);
                }
                if (c == null && Lex.DEMONYM.containsValue(capital(w))) {
                    c = capital(w);
                }
                if (c == null && (w.equals("us") || w.equals("u"))) {
                    c = "US";
                }
                if (c != null && country == null) {
                    country = c.toLowerCase(Locale.ROOT);
                }
                if (!STATE_GENERIC.contains(w) && !NONSTATE_GENERIC.contains(w) && !w.equals("pro")) {
                    generic = false;
                }
            }
            if (country != null) {
                out.add(country);
                if (a.entityKey() != null) {
                    out.add("entity:" + a.entityKey()); // "British forces" and "Britain" are one state however spelt
                }
            } else if (generic) {
                boolean nonstate = false;
                for (String w : Regexes.split(n, "[ \\-]+")) {
                    nonstate |= NONSTATE_GENERIC.contains(w);
                }
                out.add(nonstate ? "nonstate" : "*");
            } else {
                // "Hamas militants" and "Hamas" are one actor when both name the same entity
                out.add(a.entityKey() != null ? "entity:" + a.entityKey() : n);
                String[] words = Regexes.split(n, "[ \\-]+");
                if (a.entityKey() == null && NONSTATE_GENERIC.contains(words[words.length - 1])) {
                    out.add("nonstate"); // "Karabakh separatists" are the "separatists" of the next sentence
                }
            }
        }
        return out;
    }

    private static String capital(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Conflicting triggers on the same words: the more specific type wins; generic ones yield. */
    private static List<TriggerRule.Hit> resolve(SentenceView v, List<TriggerRule.Hit> hits) {
        // what did not happen cannot take the words of what did: filter first, then resolve overlaps
        hits = new ArrayList<>(hits);
        hits.removeIf(h -> !Modality.real(v, h));
        List<TriggerRule.Hit> out = new ArrayList<>();
        boolean strongViolent = false;
        boolean anyOther = false;
        for (TriggerRule.Hit h : hits) {
            if (!h.rule().startsWith("attack-") && VIOLENT.contains(h.type()) && !h.weak()) {
                strongViolent = true;
            }
            if (!h.rule().equals("targeted")) {
                anyOther = true;
            }
        }
        boolean otherViolent = false;
        for (TriggerRule.Hit h : hits) {
            // (a bare "attack" gives way to a killing of civilians, so it does not count here: "Dozens killed as RSF
            // attacks camp")
            if (VIOLENT.contains(h.type()) && !h.weak() && !v.is(h.head(), "kill", "killing", "killed")
                    && !h.rule().startsWith("attack-")) {
                otherViolent = true;
            }
        }
        // a specific attack by fire (rockets, shells, air strikes) in the sentence
        boolean fireAttack = false;
        for (TriggerRule.Hit h : hits) {
            fireAttack |= (h.type() == EventType.Shelling || h.type() == EventType.AirStrike) && !h.weak();
        }
        // hits that give way to others are dropped before overlaps are weighed, so they beat no one
        List<TriggerRule.Hit> kept = new ArrayList<>();
        for (TriggerRule.Hit h : hits) {
            if (fireAttack && h.rule().equals("fighting") && v.is(h.head() + 1, "resumed", "resume", "resumes",
                    "continued", "continues", "raged", "rages", "intensified", "escalated")) {
                continue; // "fired rockets ... as fighting resumed": the rockets are the fighting
            }
            if (h.rule().equals("attack-generic") && strongViolent && !cameAfter(v, h.first())) {
                continue;
            }
            if (h.rule().equals("strike-verb") && v.lower(h.head()).endsWith("ing") && earlierFire(hits, h)) {
                continue; // "launched a missile attack ..., killing 31 and striking a hospital": what the attack hit
            }
            if ((h.rule().equals("targeted") || h.rule().equals("forces-kill")) && v.is(h.head(), "kill", "killing", "killed")
                    && otherViolent) {
                continue; // "an airstrike that killed a family": the killing is the strike's toll
            }
            if (h.rule().equals("attack-kill") && otherViolentBesides(hits, h, v)) {
                continue; // "heavy clashes ... killed 25 fighters": the toll of the clashes
            }
            if (h.rule().equals("targeted") && h.type() == EventType.Other && anyOther) {
                continue;
            }
            kept.add(h);
        }
        hits = kept;
        for (TriggerRule.Hit h : hits) {
            boolean beaten = false;
            boolean cf = h.type().name().startsWith("Ceasefire");
            for (TriggerRule.Hit o : hits) {
                if (o == h || o.type().name().startsWith("Ceasefire") != cf) {
                    continue;
                }
                boolean overlap = o.first() <= h.head() && h.head() < o.end() || h.first() <= o.head() && o.head() < h.end();
                if (overlap && o.head() == h.head() && o.first() != h.first() && o.end() - o.first() > 1
                        && h.end() - h.first() > 1 && o.type() != h.type()) {
                    overlap = false; // "air and artillery attacks": two kinds of attack share the noun
                }
                if (!overlap) {
                    continue;
                }
                int po = PRIORITY.get(o.type());
                int ph = PRIORITY.get(h.type());
                if (po < ph || po == ph && (o.weak() ? 1 : 0) < (h.weak() ? 1 : 0)
                        || po == ph && o.weak() == h.weak() && o.type() != h.type() && hits.indexOf(o) < hits.indexOf(h)) {
                    beaten = true;
                    break;
                }
                if (po == ph && o.type() == h.type() && o.weak() == h.weak() && (o.end() - o.first() > h.end() - h.first()
                        || o.end() - o.first() == h.end() - h.first() && hits.indexOf(o) < hits.indexOf(h))) {
                    beaten = true;
                    break;
                }
            }
            if (beaten) {
                continue;
            }
            out.add(h);
        }
        // one mention per type and sentence, except distinct violations and a place taken and taken back
        List<TriggerRule.Hit> dedup = new ArrayList<>();
        for (TriggerRule.Hit h : out) {
            boolean dup = false;
            for (TriggerRule.Hit o : dedup) {
                // taking a place and being pushed out of it again are two captures
                boolean twoCaptures = h.type() == EventType.Capture
                        && retaking(v.span(o.first(), o.end())) != retaking(v.span(h.first(), h.end()));
                if (o.type() == h.type() && !twoCaptures && !answeredInKind(v, o, h)
                        && (h.type() != EventType.CeasefireViolation || Math.abs(o.head() - h.head()) < 8)) {
                    dup = true;
                    // "its worst fighting in years, when clashes between A and B killed 55": the mention that
                    // names its sides stands for both
                    if (o.weak() && !h.weak() || o.weak() == h.weak() && namesSides(v, h) && !namesSides(v, o)) {
                        dedup.set(dedup.indexOf(o), h);
                    }
                    break;
                }
            }
            if (!dup) {
                dedup.add(h);
            }
        }
        dedup.sort(java.util.Comparator.comparingInt(TriggerRule.Hit::first));
        return dedup;
    }

    /** Whether the hit's noun is followed by "between" (or "pitting"): its sides are named there. */
    private static boolean namesSides(SentenceView v, TriggerRule.Hit h) {
        return v.is(h.end(), "between", "pitting");
    }

    /** Whether a strong air strike or shelling comes before {@code h} in its sentence. */
    private static boolean earlierFire(List<TriggerRule.Hit> hits, TriggerRule.Hit h) {
        for (TriggerRule.Hit o : hits) {
            if (o != h && o.end() <= h.first() && !o.weak()
                    && (o.type() == EventType.Shelling || o.type() == EventType.AirStrike)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two hits of one type lie in coordinated clauses with subjects of their own, and so are
     * two attacks: "militants launched rocket attacks on the city, and the army responded with
     * rocket fire on their camps".
     */
    private static boolean answeredInKind(SentenceView v, TriggerRule.Hit a, TriggerRule.Hit b) {
        int to = Math.max(a.head(), b.head());
        for (int j = Math.min(a.head(), b.head()) + 1; j < to - 2; j++) {
            if (v.clauseWithSubjectAt(j, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another strong violent hit than {@code h}, before it in its clause, is the subject its
     * killing belongs to: "heavy clashes between the rebels and the army killed 25 fighters".
     */
    private static boolean otherViolentBesides(List<TriggerRule.Hit> hits, TriggerRule.Hit h, SentenceView v) {
        for (TriggerRule.Hit o : hits) {
            if (o != h && VIOLENT.contains(o.type()) && !o.weak() && !v.is(o.head(), "kill", "killing", "killed")
                    && !o.rule().startsWith("attack-") && o.head() < h.first() && h.first() - o.head() <= 12
                    && !v.boundaryBetween(o.head(), h.first())) {
                return true;
            }
        }
        return false;
    }

    /** "during the truce", "despite the ceasefire" after an attack trigger in its clause. */
    private static boolean during(SentenceView v, TriggerRule.Hit h) {
        // "Despite the ceasefire, shelling continued": the phrase opening the sentence
        for (int j = Math.max(0, h.first() - 8); j < h.first(); j++) {
            if (v.is(j, "despite", "during") && v.findIn(j + 1, Math.min(h.first(), j + 4), Lex.CEASEFIRE) >= 0) {
                return true;
            }
        }
        int[] w = ArgumentFinder.clause(v, h);
        for (int j = h.end(); j < Math.min(w[1], h.end() + 12); j++) {
            if (v.is(j, "during", "despite", "in violation of", "violating") && v.findIn(j + 1, Math.min(v.size(), j + 4), Lex.CEASEFIRE) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String WEEKDAY_NAME = "(?:" + String.join("|", Lex.WEEKDAYS) + ")";
    private static final Pattern NAMED_NIGHT = Pattern.compile("(?i)\\b(?:(?:overnight\\s+(?:on\\s+|into\\s+)?|late\\s+(?:on\\s+)?)"
            + WEEKDAY_NAME + "|" + WEEKDAY_NAME + "\\s+night)\\b");

    /**
     * The night an article names ("shelled the town overnight on Thursday", "struck late on Monday", "on
     * Saturday night"), which its bare "overnight" elsewhere ("overnight clashes left 18 dead") means too;
     * null when it names none, or names two different nights.
     */
    private static LocalDate namedNight(AnalyzedText doc, LocalDate pub) {
        LocalDate night = null;
        for (Sentence s : doc.sentences()) {
            if (!NAMED_NIGHT.matcher(s.text()).find()) {
                continue;
            }
            for (DateResolver.TimeExpr t : DateResolver.findAll(s.text(), pub)) {
                if (t.date() != null && !t.future() && NAMED_NIGHT.matcher(
                        s.text().substring(Math.max(0, t.start() - 14), Math.min(s.text().length(), t.end() + 6))).find()) {
                    if (night != null && !night.equals(t.date())) {
                        return null;
                    }
                    night = t.date();
                }
            }
        }
        return night;
    }

    /** What may stand between a verb of saying and the day it was said: whom it was told, and where. */
    private static final Set<String> TOLD_TO = Set.of("reporters", "journalists", "in", "a", "an", "the", "statement",
            "press", "conference", "news", "agency", "briefing", "interview", "on", "late", "early", "television", "tv");

    /** The time expression at token {@code time} is the day something was said ("told Reuters (AFP) on Monday"). */
    private static boolean saidWhen(SentenceView v, int time) {
        for (int j = time - 1; j >= Math.max(0, time - 8); j--) {
            if (v.isIn(j, Lex.SAY) && v.isVerb(j)) {
                return true;
            }
            // "claimed responsibility for the attack in a statement on Sunday": the statement's day
            if (v.is(j, "statement", "communique", "briefing", "interview", "video") && v.is(j - 1, "a", "an")
                    && v.is(j - 2, "in")) {
                return true;
            }
            Token t = v.tok(j);
            if (!(t.isProperNoun() || v.is(j, "(", ")") || TOLD_TO.contains(Lex.lower(t)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether token {@code tok} lies within a trigger's words: "announced on Saturday a ceasefire" is
     * dated by its Saturday, which is not the day of some other report.
     */
    private static boolean insideHit(List<TriggerRule.Hit> hits, int tok) {
        for (TriggerRule.Hit h : hits) {
            if (h.first() < tok && tok < h.end() - 1) {
                return true;
            }
        }
        return false;
    }

    /** "the announcement of the offensive on Thursday", "announced an operation": the date is the announcement's. */
    private static boolean announced(SentenceView v, TriggerRule.Hit h) {
        return v.find(Math.max(0, h.first() - 6), h.first(), "announce", "announcement", "announces", "announced") >= 0;
    }

    /**
     * The agents that are not the ones killed or wounded: "Nine soldiers killed in a guerrilla
     * attack" names the soldiers before the attack, as victims, not as its authors.
     */
    private static List<Argument> notVictims(List<Argument> agents, Sentence s, SentenceView v) {
        List<Argument> out = new ArrayList<>();
        for (Argument a : agents) {
            int end = a.mention() == null ? -1 : tokenAt(s, a.mention().end() - 1);
            // "soldiers killed in an attack", "soldiers were killed": not "militants killed 12 soldiers"
            // ("militants killed at least 30 people": a quantity follows, they killed)
            boolean reduced = v.is(end + 1, "killed", "wounded", "injured") && !Regexes.matches(v.tok(end + 2).upos(),
                    "NUM|DET|NOUN|PROPN|PRON|ADJ") && !v.is(end + 2, "at", "more", "over", "nearly", "about", "some",
                    "around", "almost", "up", "scores", "dozens", "hundreds") || v.is(end + 1, "died", "dead");
            // ("the rebels and the government have been holding talks": "been" leads on to what was done to them)
            int done = v.is(end + 2, "been") ? end + 3 : end + 2;
            boolean victim = end >= 0 && (reduced
                    || v.is(end + 1, "were", "was", "have", "had", "has", "been") && v.is(done, "killed", "wounded",
                    "injured", "died") && !v.is(done + 1, "by"));
            // "aid workers have increasingly come under attack": who comes under attack or fire is its target
            int k = end + 1;
            while (k < v.size() && Regexes.matches(v.tok(k).upos(), "AUX|ADV|PART") && !v.is(k, "come", "came")) {
                k++;
            }
            victim |= end >= 0 && v.is(k, "come", "came", "coming", "comes") && v.is(k + 1, "under");
            if (!victim) {
                out.add(a);
            }
        }
        return out;
    }

    private static int tokenAt(Sentence s, int offset) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (offset < t.get(i).end()) {
                return i;
            }
        }
        return Math.max(0, t.size() - 1);
    }
}
