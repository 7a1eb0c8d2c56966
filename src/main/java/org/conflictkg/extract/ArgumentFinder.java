package org.conflictkg.extract;

import org.conflictkg.extract.names.Cues;
import org.conflictkg.nlp.Chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the places, agents and targets of a trigger in its sentence: places in locative phrases
 * ("in/near/of X", "the city of X", "X's districts"), agents as the subject of the trigger verb (or
 * of its light verb: "launched an offensive"), "by X", "X's", a demonym or actor before the trigger
 * ("Russian air strikes", "regime offensive"), and targets after "on/against" or as the object.
 * Names are kept as written; demonyms become country names; generic actors ("rebels") are kept
 * only when the phrase names no one.
 */
final class ArgumentFinder {
    private static final Set<String> LOCATIVE = Set.of("in", "near", "of", "at", "around", "outside", "inside", "across",
            "into", "throughout", "towards", "toward", "on", "from", "within", "over", "outskirts", "including");
    /** The direction words of a sub-place, and "central" and "rural", which make none. */
    private static final Set<String> DIRECTION = Stream.concat(Cues.DIRECTIONS.keySet().stream(),
            Stream.of("central", "rural")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> PLACE_NOUN = Set.of("city", "town", "village", "district", "neighbourhood",
            "neighborhood", "province", "region", "area", "areas", "districts", "neighbourhoods", "neighborhoods",
            "suburb", "suburbs", "camp", "outskirts", "countryside", "streets", "street", "quarter", "governorate",
            "county", "state", "sector", "base", "border", "port", "airport", "positions", "capital", "stronghold",
            "strongholds", "enclave", "hub", "cities", "towns", "villages", "settlement", "settlements", "crossing",
            "heartland", "bastion", "island", "coast");
    private static final Set<String> LIGHT_VERB = Set.of("launch", "begin", "start", "wage", "carry", "conduct", "mount",
            "stage", "press", "continue", "intensify", "announce", "unleash", "step", "lead", "spearhead", "escalate",
            "resume", "renew", "open", "kick", "initiate", "pursue", "hold", "have", "make", "kill", "claim", "wound",
            "injure", "fire", "respond", "retaliate", "use", "drop", "deploy", "restart", "reopen", "enter", "join", "attempt", "try");
    /** Words that link a clause to another in time or cause; a light verb before one does not govern what follows. */
    private static final Set<String> TIME_LINK = Set.of("after", "before", "since", "following", "amid", "despite",
            "during", "until", "because", "as", "while");
    private static final Set<String> WEAPON_HEAD = Set.of("ally", "allies", "backer", "backers", "partner", "partners",
            "counterpart", "counterparts", "jet", "jets", "warplane", "warplanes", "plane", "planes", "aircraft",
            "helicopter", "helicopters", "drone", "drones", "bomber", "bombers", "artillery", "official", "officials",
            "diplomat", "diplomats", "minister", "ministers", "gunship", "gunships");
    private static final Set<String> CONNECT = Set.of("-led", "led", "-backed", "backed", "pro-", "pro", "-", "of",
            "al", "al-", "el", "el-", "de", "bin", "ibn", "ad", "as", "ash", "an", "-based");
    private static final Set<String> NOT_NAME = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "with", "as",
            "after", "before", "during", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "he", "she", "it", "they", "we", "i", "this", "that", "there", "president",
            "secretary", "minister", "mr", "mrs", "ms", "dr", "general", "gen", "col", "colonel", "prime", "foreign",
            "according", "government", "regime", "rebel", "rebels", "opposition", "army", "forces", "least", "most",
            "more", "about", "nearly", "some", "several", "many", "people", "civilians");

    /** Participles that hyphen a backer to the one it backs: "the Iran-backed Houthis", "al-Qaida-linked". */
    private static final Set<String> BACKED = Set.of("aligned", "backed", "allied", "affiliated", "linked", "supported",
            "sponsored", "funded");
    private static final java.util.regex.Pattern BACKED_TOKEN = java.util.regex.Pattern.compile(
            ".*-(" + String.join("|", BACKED) + ")");
    /** Lower-case particles that open an Arabic name: "al Qaeda", "al Shabaab". */
    private static final Set<String> NAME_PARTICLE = Set.of("al", "el", "ad", "ash", "bin", "ibn", "abu");
    /** Heads that armed or masked men are named by. */
    private static final Set<String> ARMED_HEAD = Set.of("men", "man", "group", "groups");

    /** A word that starts no name: a function word, a title, a month ("Nov 27") or a generic word. */
    private static boolean notName(String lower) {
        // ("North Waziristan IED blast": the kind of weapon, in capitals, ends the name)
        return NOT_NAME.contains(lower) || Lex.MONTH_WORDS.contains(lower)
                || org.conflictkg.extract.names.Cues.NOT_NAMES.contains(lower) && lower.length() <= 6;
    }

    /** Last words of organisation names: "National Liberation Army" is an actor, not a place. */
    static final Set<String> ORG_HEAD = Set.of("army", "forces", "front", "party", "movement", "group", "council",
            "ministry", "government", "alliance", "brigade", "brigades", "militia", "organisation", "organization",
            "committee", "union", "coalition", "corps", "guard", "police", "agency", "observatory", "office", "mission",
            "court", "bank", "company", "command", "authority", "service", "services", "network", "fund", "programme",
            "program", "commission", "assembly", "parliament", "accord", "law", "rights", "institute", "university");
    private final List<Entity> entities;
    /** Entity mentions by sentence, so look-ups cost the size of one sentence, not of the article. */
    private final java.util.Map<Integer, List<Named>> bySentence = new java.util.HashMap<>();
    private final java.util.Map<String, Entity> byKey = new java.util.HashMap<>();
    private final java.util.Map<String, String> stateForms = new java.util.HashMap<>();

    /** The place the article mentions most: what "the city" and "the town" refer to. */
    private final Entity mainPlace;
    /**
     * What a bare "the government" is: the one government the article names by its name, or else the
     * state the article names most, when one stands out.
     */
    private final Entity mainState;

    /** What "the rebels" or "the militants" are: the one armed group the article names, when it names one. */
    private final Entity mainGroup;
    private static final Set<String> GROUP_MEMBERS = Set.of("rebels", "militants", "insurgents", "jihadists",
            "guerrillas", "separatists", "fighters");
    /** Words for the men who attacked, which a named group among the same event's agents already covers. */
    private static final Set<String> ATTACKERS = Set.of("gunmen", "gunman", "attackers", "assailants", "militants",
            "jihadists", "insurgents", "fighters", "rebels", "guerrillas");

    ArgumentFinder(List<Entity> entities) {
        this.entities = entities;
        Entity best = null;
        for (Entity e : entities) {
            // the most mentioned; of two named as often, the one named first (the headline's)
            if (e.type() == EntityType.Place && !e.mentions().isEmpty() && (best == null
                    || e.mentions().size() > best.mentions().size() || e.mentions().size() == best.mentions().size()
                    && firstStart(e) < firstStart(best))) {
                best = e;
            }
        }
        this.mainPlace = best != null && best.mentions().size() >= 2 ? best : null;
        Entity state = null;
        int second = 0;
        for (Entity e : entities) {
            if (e.type() != EntityType.State) {
                continue;
            }
            int n = e.mentions().size();
            if (state == null || n > state.mentions().size()) {
                second = state == null ? 0 : state.mentions().size();
                state = e;
            } else {
                second = Math.max(second, n);
            }
        }
        // the state "the government" means: the one the article names most, at least twice and more than any other
        state = state != null && state.mentions().size() >= 2 && state.mentions().size() > second ? state : null;
        // or the one state whose own organs the article names ("Myanmar's military", "the Sudanese army"), however
        // often a mediator is named ("China-mediated ceasefire", "China's facilitation")
        Entity organs = null;
        int withOrgans = 0;
        for (Entity e : entities) {
            if (e.type() == EntityType.State && e.mentions().stream().anyMatch(m -> Regexes.of(
                    "(?i)\\b(military|army|junta|government|regime|armed forces|troops)\\b").matcher(m.text()).find())) {
                organs = e;
                withOrgans++;
            }
        }
        if (withOrgans == 1) {
            state = organs;
        }
        // an article that names a government by its name ("the Government of National Unity") means it by "the government"
        Entity named = null;
        int governments = 0;
        for (Entity e : entities) {
            if (e.type() != EntityType.State && e.type() != EntityType.Place
                    && Regexes.of("\\bGovernment\\b").matcher(e.text()).find()) {
                named = e;
                governments++;
            }
        }
        this.mainState = governments == 1 ? named : governments == 0 ? state : null;
        // the armed group "the rebels" and "the militants" mean: the only one the article names, named twice or more
        Entity group = null;
        int groups = 0;
        for (Entity e : entities) {
            if (e.type() == EntityType.ArmedGroup) {
                group = e;
                groups++;
            }
        }
        this.mainGroup = groups == 1 && group.mentions().size() >= 2 ? group : null;
        for (Entity e : entities) {
            byKey.putIfAbsent(e.key(), e);
            for (Mention m : e.mentions()) {
                bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(new Named(m, e));
                if (e.type() == EntityType.State) {
                    stateForms.putIfAbsent(m.text().toLowerCase(Locale.ROOT), m.text());
                }
            }
        }
    }

    private static int firstStart(Entity e) {
        int first = Integer.MAX_VALUE;
        for (Mention m : e.mentions()) {
            first = Math.min(first, m.start());
        }
        return first;
    }

    // ---------------------------------------------------------------- places

    /** For an event whose mentions name no place in a locative phrase: the places named elsewhere in its sentences. */
    List<Argument> contextPlaces(java.util.Collection<Integer> sentences, java.util.function.IntUnaryOperator sentenceStart) {
        List<Argument> out = new ArrayList<>();
        for (int si : sentences) {
            for (Named me : mentionsIn(si)) {
                Mention m = me.mention();
                Entity e = me.entity();
                // a dateline ("BOGOTA (Reuters) -") names where the report was filed, not where the event was
                boolean dateline = m.start() == sentenceStart.applyAsInt(si) && m.text().length() > 2
                        && m.text().equals(m.text().toUpperCase(Locale.ROOT));
                if (e.type() == EntityType.Place && !dateline) {
                    addUnique(out, new Argument(m.text(), e.key(), m));
                }
            }
        }
        return out;
    }

    List<Argument> places(SentenceView v, TriggerRule.Hit h) {
        List<Argument> out = new ArrayList<>();
        int[] w = clause(v, h);
        boolean attackVerb = v.isVerb(h.head()) && v.is(h.head(), "shell", "shelled", "bomb", "bombed", "pound",
                "pounded", "strike", "struck", "hit", "attack", "attacked", "raid", "raided", "storm", "stormed", "target",
                "targeted", "bombard", "bombarded", "besiege", "besieged", "overrun", "overran", "enter", "entered");
        if (h.type() == EventType.Capture && (v.isVerb(h.head()) || v.headline) || attackVerb && h.type() != EventType.Talks) {
            // "rebels seized Handarat", "Turkish forces shelled Afrin": the object of a capture or an attack
            // is a place when it names one
            int k = h.end();
            while (k < v.size() && Regexes.matches(v.tok(k).upos(), "DET|ADJ|NUM") && !v.tok(k).isCapitalised()) {
                k++;
            }
            Argument a = placeAt(v, k, v.size());
            if (a != null) {
                addUnique(out, a);
            }
            // "Belgorod shelled", "the town was shelled": the subject of the passive is where it fell
            int subj = h.first() - 1;
            while (subj > 0 && v.is(subj, "was", "were", "been", "being", "is", "are", "again", "heavily", "repeatedly")) {
                subj--;
            }
            boolean passive = subj < h.first() - 1 || v.headline && v.lower(h.head()).endsWith("ed");
            Named before = passive && subj >= 0 && attackVerb ? mentionAt(v, subj, subj + 1) : null;
            if (before != null && before.entity().type() == EntityType.Place && before.mention().end() <= v.tok(h.first()).start()) {
                addUnique(out, new Argument(before.mention().text(), before.entity().key(), before.mention()));
            }
        }
        for (int j = w[0]; j < w[1]; j++) {
            if (v.isIn(j, LOCATIVE) && (v.isPunct(j) == false)) {
                int k = j + 1;
                // skip determiners, adjectives, "rebel-held", "opposition-held", "the Syrian city of"
                int limit = Math.min(w[1], j + 8);
                while (k < limit && (!isNameStart(v, k) || demonymBeforePlaceNoun(v, k)) && !v.isIn(k, DIRECTION)
                        && !v.is(k, "said", "told")
                        && (Regexes.matches(v.tok(k).upos(), "DET|ADJ|NOUN|PUNCT|VERB|ADP|NUM") && !v.isVerb(k) || v.lower(k).endsWith("held")
                        || v.lower(k).equals("held") || v.lower(k).endsWith("-"))) {
                    if (v.isNoun(k) && !v.isIn(k, PLACE_NOUN) && !v.is(k, "rebel", "opposition", "government", "regime")
                            && !v.is(k + 1, "of", "-")) {
                        break;
                    }
                    k++;
                }
                // (not "a base south-west of the capital": somewhere else)
                Argument capital = v.is(j, "in", "inside", "into", "across", "throughout") ? capitalAt(v, j + 1) : null;
                if (capital != null) {
                    addUnique(out, capital);
                    continue;
                }
                Argument a = placeAt(v, k, w[1]);
                if (a != null && a.entityKey() == null && a.mention() != null) {
                    // "thousands of Rohingya refugees": a name no gazetteer knows, before a word for people, is theirs
                    int next = tokenFrom(v, a.mention().end());
                    if (next > 0 && v.is(next, "refugees", "refugee", "migrants", "muslims", "christians", "civilians",
                            "villagers", "families", "people", "women", "men", "children", "fighters", "militants",
                            "herders", "farmers", "community", "communities")) {
                        a = null;
                    }
                }
                if (a == null && h.type() == EventType.Talks && v.is(j, "in") && k == j + 1) {
                    a = venueCountry(v, k);
                }
                if (a == null && mainPlace != null && v.is(j + 1, "the") && v.is(j + 2, "city", "town")
                        && !v.is(j + 3, "of", "'s") && !v.tok(j + 3).isCapitalised()) {
                    // "on the city": the place the article is about
                    a = new Argument(mainPlace.text(), mainPlace.key(), v.mention(j + 1, j + 3));
                    addUnique(out, a);
                    a = null;
                }
                if (a != null && Regexes.matches(a.mention().text(), ".*['’]s")) {
                    // "in Sagaing Region’s Shwebo Township": the place within the owner's, as well as the owner
                    int owned = tokenFrom(v, a.mention().end());
                    Argument in = owned < 0 ? null : placeAt(v, owned, w[1]);
                    if (in != null) {
                        addUnique(out, in);
                    }
                }
                if (a != null) {
                    // "in X and Y", "including X, Y and Z"
                    int after = tokenFrom(v, a.mention().end());
                    int guard = 0;
                    while (after > 0 && after + 1 < v.size() && guard++ < 6 && (v.is(after, "and", "or") || v.lower(after).equals(","))) {
                        int nk = after + 1;
                        if (v.is(nk, "the")) {
                            nk++;
                            // ", the port city of Hodeidah and the northern stronghold of Saada"
                            int d = nk;
                            while (d < Math.min(v.size(), nk + 5) && !isNameStart(v, d)
                                    && ("ADJ".equals(v.tok(d).upos()) || v.isIn(d, PLACE_NOUN) || v.is(d, "of", "port"))) {
                                d++;
                            }
                            // (", the capital of North Darfur" says where the place before lies, it adds none)
                            boolean container = v.is(d - 1, "of") && v.find(nk, d, "capital", "largest", "main", "seat") >= 0;
                            if (d > nk && d < v.size() && isNameStart(v, d) && (v.is(d - 1, "of") || v.isIn(d - 1, PLACE_NOUN))
                                    && !container) {
                                nk = d;
                            } else if (container) {
                                break;
                            }
                        }
                        Argument more = placeAt(v, nk, v.size());
                        if (more == null) {
                            break;
                        }
                        addUnique(out, more);
                        after = tokenFrom(v, more.mention().end());
                    }
                }
                if (a != null && v.is(j - 1, "secretary", "minister", "ministry", "department", "head", "chief",
                        "director", "president", "governor", "university", "office", "bank", "council", "court",
                        "government", "army", "front", "movement", "party", "forces", "union", "league",
                        "state", "loyal", "spokesman", "spokeswoman", "commander", "leader", "member", "members")
                        || v.is(j - 1, "people") && v.tok(j - 1).isCapitalised()) {
                    // "the governor of X", "People's Front in X" name an office; "two people in X" are victims there
                    // (but "the envoy met Houthi leaders in Muscat": where talks were held)
                    if (!(h.type() == EventType.Talks && v.is(j, "in") && v.is(j - 1, "leaders", "members"))) {
                        a = null;
                    }
                }
                if (a != null) {
                    addUnique(out, a);
                }
            }
            // "Aleppo's last rebel-held districts"
            String low = v.lower(j);
            // "Aleppo rebels", "Kharkiv residents": a known place before an actor noun
            if (v.tok(j).isCapitalised() && v.isIn(j + 1, Lex.GENERIC_ACTOR) || v.tok(j).isCapitalised() && v.is(j + 1, "resident", "residents")) {
                Entity e = entityAt(v, j, j + 1);
                if (e != null && e.type() == EntityType.Place) {
                    addUnique(out, new Argument(cleanName(v.tok(j).text()), e.key(), v.mention(j, j + 1)));
                }
            }
            // (not "the Prophet Muhammad's birthday in the town of Mastung": the place noun is another phrase's)
            int placeNoun = v.findIn(j + 1, Math.min(w[1], j + 7), PLACE_NOUN);
            boolean ownsPlaceNoun = placeNoun > j;
            for (int k = j + 1; ownsPlaceNoun && k < placeNoun; k++) {
                ownsPlaceNoun = Regexes.matches(v.tok(k).upos(), "ADJ|NOUN|PROPN|NUM|ADV") || v.is(k, "-");
            }
            if ((low.endsWith("'s") || low.endsWith("’s")) && v.tok(j).isCapitalised() && ownsPlaceNoun) {
                String name = Regexes.replaceAll(v.tok(j).text(), "['’]s$", "");
                Entity e = entityAt(v, j, j + 1);
                if (name.length() > 1 && (e == null || e.type() == EntityType.Place) && !isCountryLike(name)
                        && Lex.demonymCountry(name) == null) {
                    addUnique(out, new Argument(name, e == null ? null : e.key(), v.mention(j, j + 1)));
                }
            }
        }
        // "fighting erupted in eastern Mali", "in the east of Burkina Faso": with no place named, the country named
        // as where it happened
        // (a headline's country, "Shelling in Sudan", adds nothing to the places its story names)
        if (out.isEmpty() && !v.headline && h.type() != EventType.Talks && h.type() != EventType.Other
                && !h.type().name().startsWith("Ceasefire")) {
            // ("strikes on southern Lebanon", "rockets into northern Israel": where fire from afar fell)
            boolean afar = h.type() == EventType.AirStrike || h.type() == EventType.Shelling;
            for (int j = w[0]; j < w[1] && out.isEmpty(); j++) {
                if (!v.is(j, "in", "across", "inside") && !(afar && v.is(j, "on", "into", "against"))) {
                    continue;
                }
                int k = j + 1;
                if (v.isIn(k, DIRECTION)) {
                    k++;
                    // "southern and eastern Lebanon"
                    if (v.is(k, "and", "or") && v.isIn(k + 1, DIRECTION)) {
                        k += 2;
                    }
                } else if (v.is(k, "the") && v.isIn(k + 1, DIRECTION) && v.is(k + 2, "of")) {
                    k += 3;
                }
                if (k < w[1] && (k > j + 1 || !v.is(j - 1, "secretary", "minister", "president", "government", "army", "forces"))) {
                    Argument country = countryAt(v, k);
                    if (country != null) {
                        addUnique(out, country);
                    }
                }
            }
        }
        // "El Fasher, the capital of North Darfur state": the region a place lies in describes it, it adds no place
        if (out.size() > 1) {
            out.removeIf(a -> {
                int k = a.mention() == null ? -1 : tokenFrom(v, a.mention().start());
                return k > 3 && v.is(k - 1, "of") && v.is(k - 2, "capital") && (v.is(k - 3, "the") && v.is(k - 4, ",")
                        || v.is(k - 3, ","));
            });
        }
        return out;
    }

    /** The country whose whole name starts at token k ("Mali", "Burkina Faso", not "Mali's"), or null. */
    private Argument countryAt(SentenceView v, int k) {
        if (!isNameStart(v, k)) {
            return null;
        }
        int b = nameEnd(v, k, v.size());
        Entity e = entityAt(v, k, b);
        if (e == null || e.type() != EntityType.State || v.lower(b - 1).endsWith("'s") || v.lower(b - 1).endsWith("’s")
                || v.is(b, "'s", "’s") || b < v.size() && v.isNoun(b) && !v.tok(b).isCapitalised()) {
            return null;
        }
        return new Argument(cleanName(v.span(k, b)), e.key(), v.mention(k, b));
    }

    /** "talks began in Mexico": a country named right after "in" is where talks are held. */
    private Argument venueCountry(SentenceView v, int k) {
        if (!v.tok(k).isProperNoun() || v.is(k + 1, "'s", "’s") || k + 1 < v.size() && v.tok(k + 1).isProperNoun()) {
            return null;
        }
        Entity e = entityAt(v, k, k + 1);
        return e != null && e.type() == EntityType.State && e.mentions().stream().anyMatch(m -> m.text().equals(v.tok(k).text()))
                ? new Argument(v.tok(k).text(), e.key(), v.mention(k, k + 1)) : null;
    }

    private Argument placeAt(SentenceView v, int k, int end) {
        if (k >= end) {
            return null;
        }
        int a = k;
        if (v.isIn(k, DIRECTION)) {
            k++;
        }
        if (k >= end || !isNameStart(v, k)) {
            return null;
        }
        int b = nameEnd(v, k, v.size());
        Entity e = entityAt(v, k, b);
        if (e != null && e.type() != EntityType.Place) {
            return null;
        }
        if (e != null) {
            // "Port-au-Prince": a known place's name runs on over its small words
            b = knownNameEnd(v, k, b);
        }
        if (v.titleCase && (e == null || e.type() != EntityType.Place)) {
            return null;
        }
        String core = cleanName(v.span(k, b));
        if (ORG_HEAD.contains(v.lower(b - 1))) {
            return null;
        }
        String rawLow = v.span(a, b).toLowerCase(Locale.ROOT);
        if (rawLow.contains("-brokered") || rawLow.contains("-backed") || rawLow.contains("-led") || rawLow.contains("-based")
                || rawLow.contains("-mediated")) {
            return null;
        }
        // ("Russian-" "backed insurgents": a name cut at its hyphen modifies what follows)
        if (rawLow.endsWith("-") || b < v.size() && v.lower(b).startsWith("-")) {
            return null;
        }
        // "from Grad rockets": a name that modifies a common noun is not a place, unless known as one
        if (b < v.size() && v.isNoun(b) && !v.tok(b).isCapitalised() && !v.isIn(b, PLACE_NOUN)
                && (e == null || e.type() != EntityType.Place)) {
            return null;
        }
        if (Lex.demonymCountry(core) != null || isCountryLike(core) || Lex.isHoliday(core)) {
            return null;
        }
        // "in the northern Kunduz province": the place is Kunduz; a capitalised "North Kivu" is the name itself
        String name = cleanName(v.span(a < k && !v.tok(a).isCapitalised() ? k : a, b));
        if (name.length() < 2) {
            return null;
        }
        return new Argument(name, e == null ? null : e.key(), v.mention(a, b));
    }

    /** Index of the first token that starts at or after a character offset, -1 when none does. */
    private static int tokenFrom(SentenceView v, int offset) {
        for (int i = 0; i < v.size(); i++) {
            if (v.tok(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "Militants kill 14 in Niger ambush", "dozens killed in Nigeria attack": a country's own name (not its demonym,
     * not an abbreviation such as "US") modifying a trigger after "in" says where, not who, when the sentence names
     * who otherwise or the violence is not one states carry out from afar (strikes, shelling).
     */
    private static boolean countryAsPlace(SentenceView v, int npStart, int first, Argument pre, TriggerRule.Hit h,
            List<Argument> others) {
        if (first - npStart != 1 || !countryNameAfterIn(v, first)) {
            return false;
        }
        return !others.isEmpty() || !fromAfar(h);
    }

    /** "in the Omani capital Muscat", "the Syrian city of Homs": a demonym before a place noun is no place's name. */
    private boolean demonymBeforePlaceNoun(SentenceView v, int k) {
        if (!v.isIn(k + 1, PLACE_NOUN) || !"ADJ".equals(v.tok(k).upos()) && Lex.demonymCountry(v.lower(k)) == null) {
            return false;
        }
        Entity e = entityAt(v, k, k + 1);
        return (e == null || e.type() != EntityType.Place)
                && Lex.demonymShaped(v.lower(k));
    }

    /** Strikes and shelling: violence states carry out from afar, so a country before them names who. */
    private static boolean fromAfar(TriggerRule.Hit h) {
        return h.type() == EventType.AirStrike || h.type() == EventType.Shelling;
    }

    /** Whether the trigger at {@code first} follows "in" and a country's own name: "in Niger ambush". */
    private static boolean countryNameAfterIn(SentenceView v, int first) {
        String w = v.tok(first - 1).text();
        return v.is(first - 2, "in") && Lex.DEMONYM.containsValue(w) && !w.equals(w.toUpperCase(Locale.ROOT));
    }

    /**
     * "in Libya's capital", "in the Sudanese capital", or "in the capital" of the article's one state: that capital,
     * when {@link Lex#capitalOf} knows it; else null. Not "the capital of North Kivu", "the capital, Bamako" nor "the
     * capital Sanaa", which name their own.
     */
    private Argument capitalAt(SentenceView v, int k) {
        int c = v.is(k, "the") ? k + 1 : k;
        String country;
        int capital;
        if (v.is(c, "capital")) {
            country = mainState == null || c == k ? null : mainState.text();
            capital = c;
        } else if (v.is(c + 1, "capital") && Lex.demonymCountry(v.lower(c)) != null && c > k) {
            country = Lex.demonymCountry(v.lower(c));
            capital = c + 1;
        } else if (v.is(c + 1, "capital") && possessiveEnd(v.lower(c)) && c == k) {
            country = Regexes.replaceAll(v.tok(c).text(), "['’]s$", "");
            capital = c + 1;
        } else if (v.is(c + 2, "capital") && isPossessive(v.lower(c + 1)) && c == k) {
            country = v.tok(c).text();
            capital = c + 2;
        } else {
            return null;
        }
        if (v.is(capital + 1, "of") || v.tok(capital + 1).isCapitalised()
                || v.is(capital + 1, ",") && v.tok(capital + 2).isCapitalised()) {
            return null;
        }
        String name = Lex.capitalOf(country);
        if (name == null) {
            return null;
        }
        Entity known = entities.stream().filter(e -> e.type() == EntityType.Place && e.text().equalsIgnoreCase(name))
                .findFirst().orElse(null);
        return new Argument(name, known == null ? null : known.key(), v.mention(k, capital + 1));
    }

    private static boolean isCountryLike(String name) {
        String k = Regexes.replaceAll(name.toLowerCase(Locale.ROOT).replace(".", "").replace("’", "'"), "'s$", "");
        name = cleanName(name);
        return Lex.DEMONYM.containsValue(name) || k.equals("us") || k.equals("uk") || k.equals("united states")
                || k.equals("syria") || k.equals("russia") || k.equals("britain");
    }

    // ---------------------------------------------------------------- agents

    List<Argument> agents(SentenceView v, TriggerRule.Hit h) {
        List<Argument> out = new ArrayList<>();
        int first = h.first();
        int head = h.head();
        int n = v.size();
        // "by X" after the trigger (passive verbs and nominals), "from X, Y" after an aircraft
        boolean verbTrigger = v.isVerb(head) && !v.isNoun(head);
        for (int j = first + 1; j < Math.min(n, head + 7); j++) {
            // ("the schoolgirls kidnapped by Boko Haram": a participle right before "by" is passive too)
            if (v.is(j, "by") && (!verbTrigger || passive(v, head) || j == head + 2 && v.lower(j - 1).endsWith("ed")
                    || j == head + 1 && v.lower(head).endsWith("ed"))) {
                for (int[] np : npList(v, j + 1, Math.min(n, j + 14))) {
                    Argument a = agentFrom(v, np[0], np[1]);
                    if (a == null && np[1] > np[0] && v.isIn(np[1] - 1, Lex.AIRCRAFT)) {
                        continue;
                    }
                    addUnique(out, a);
                }
                int from = v.find(j + 1, Math.min(n, j + 5), "from");
                if (from >= 0 && v.findIn(j + 1, from, Lex.AIRCRAFT) >= 0) {
                    for (int[] np : npList(v, from + 1, Math.min(n, from + 14))) {
                        addUnique(out, agentFrom(v, np[0], np[1]));
                    }
                }
                break;
            }
            // ("talks brokered by X", "an offensive led by X": the participle leads on to its agent)
            // ("talks in Moscow hosted by X": a place between the nominal and its participle)
            boolean ledBy = (j == head + 1 || placeBetween(v, head + 1, j)) && v.is(j + 1, "by") && v.is(j, "brokered",
                    "mediated", "hosted", "sponsored", "led", "organised", "organized", "facilitated", "launched", "carried",
                    "conducted");
            if (j > head && !ledBy && (v.isVerb(j) || v.isPunct(j) || v.isNoun(j) && j > head + 1)
                    && !placeBetween(v, head + 1, j + 1)) {
                break;
            }
        }
        // "the town fell to Russian forces": who it fell to took it
        if (h.rule().equals("fall-to") && v.is(first + 1, "to")) {
            for (int[] np : npList(v, first + 2, Math.min(n, first + 9))) {
                addUnique(out, agentFrom(v, np[0], np[1]));
                break;
            }
        }
        // "attacks from Russian-backed insurgents": who the attacks come from (not "fire from the east")
        // (what is "retaken from" or fled "from" someone was taken from them: no attack of theirs)
        boolean attack = h.type() != EventType.Talks && h.type() != EventType.Capture && h.type() != EventType.Evacuation
                && !h.type().name().startsWith("Ceasefire");
        if (!v.isVerb(head) && attack && v.is(head + 1, "from")) {
            for (Argument a : npArgs(v, head + 2, Math.min(n, head + 10))) {
                EntityType t = a == null ? null : typeOf(a);
                if (a != null && (Lex.GENERIC_ACTOR.contains(lastWord(a.name())) || t == EntityType.ArmedGroup
                        || t == EntityType.State)) {
                    addUnique(out, a);
                }
            }
        }
        // "the aircraft were Russian"
        if (v.isIn(head, Lex.AIRCRAFT) && v.is(head + 1, "be", "was", "were", "are", "is")) {
            String c = Lex.demonymCountry(v.tok(head + 2).text());
            if (c != null) {
                addUnique(out, new Argument(countryForm(c), entityKey(v, head + 2, head + 3), v.mention(head + 2, head + 3)));
            }
        }
        // talks "with X", "between X and Y"; clashes "between X and Y"
        // ("the main fighting on Wednesday was between X and Y")
        int between = h.type() == EventType.ArmedClash ? v.find(head + 1, Math.min(n, head + 11), "between") : -1;
        if (between > head + 1 && v.find(head + 1, between, ",", ";", "and", "but", "which", "that") >= 0) {
            between = -1;
        }
        // a deal struck "with X" binds X as well ("struck a deal with rebels", "signed a peace agreement with")
        int deal = h.type() == EventType.ArmedClash ? -1 : v.findIn(head, Math.min(n, head + 4), Lex.DEAL);
        // "militiamen clashed with federal forces": the other side
        if (h.type() == EventType.ArmedClash && v.isVerb(head) && v.is(head + 1, "with")) {
            for (Argument a : npArgs(v, head + 2, head + 12)) {
                addUnique(out, a);
            }
        } else if (h.type() == EventType.ArmedClash && v.isVerb(head) && v.is(head, "fight", "battle") && !passive(v, head)
                && Regexes.matches(v.tok(head + 1).upos(), "DET|ADJ|NOUN|PROPN")
                && !(v.is(head - 1, "been") && v.is(head - 2, "has", "have"))) {
            // "Tigrayan forces fought Ethiopian troops": whom they fought is the other side (not in the long war
            // "the coalition has been battling the Houthis" tells of)
            int end = head + 1;
            while (end < Math.min(n, head + 8) && (Regexes.matches(v.tok(end).upos(), "DET|ADJ|NOUN|PROPN|CCONJ")
                    || v.is(end, "-", "backed", "led", "allied"))) {
                end++;
            }
            for (int[] np : npList(v, head + 1, end)) {
                Argument a = agentFrom(v, np[0], np[1]);
                if (a != null && actorLike(a)) {
                    addUnique(out, a);
                }
            }
        } else if (h.type() == EventType.ArmedClash && v.is(head + 1, "with")) {
            // "after fierce fighting with al-Shabab militants", "clashes with the army": the other side, an actor
            // named before the clause ends
            int end = head + 2;
            while (end < Math.min(n, head + 12) && !(v.isPunct(end) && !v.lower(end).equals("-"))
                    && !(v.isIn(end, Lex.SAY) && v.isVerb(end))) {
                end++;
            }
            for (Argument a : npArgs(v, head + 2, end)) {
                if (actorLike(a)) {
                    addUnique(out, a);
                }
            }
        }
        if (h.type() == EventType.Talks || deal >= 0 || between > head) {
            int from = Math.max(head, deal);
            for (int j = from + 1; j < Math.min(n, Math.max(from + 3, between + 1)); j++) {
                if (v.is(j, "with", "between")) {
                    for (Argument a : npArgs(v, j + 1, j + 12)) {
                        addUnique(out, a);
                    }
                    break;
                }
            }
        }
        // "al-Burhan met Kenyan President William Ruto in Nairobi": who was met took part
        if (h.type() == EventType.Talks && v.is(head, "meet", "met") && v.isVerb(head) && !v.is(head + 1, "with")) {
            int end = head + 1;
            while (end < Math.min(n, head + 10) && !v.isPunct(end) && !v.is(end, "in", "on", "at", "to", "for", "during",
                    "late", "early", "last", "this", "and") || end < n && v.is(end, "and") && end < head + 10
                    && Character.isUpperCase(v.tok(end + 1 < n ? end + 1 : end).text().charAt(0))) {
                end++;
            }
            addParticipants(v, head + 1, end, out);
        }
        // "the two leaders met in Brussels in talks mediated by European Council President Charles Michel": the mediator
        // of the talks took part in them
        if (h.type() == EventType.Talks) {
            for (int k = head + 1; k + 2 < Math.min(n, head + 14); k++) {
                if (v.is(k, "mediated", "brokered", "facilitated", "hosted", "chaired") && v.is(k + 1, "by")
                        && v.find(head, k, ";") < 0) {
                    int end = k + 2;
                    while (end < Math.min(n, k + 12) && !v.isPunct(end) && !v.is(end, "in", "on", "at", "to", "for",
                            "during", "which", "who")) {
                        end++;
                    }
                    addParticipants(v, k + 2, end, out);
                    break;
                }
            }
        }
        // possessive or modifier before a nominal trigger
        Chunk c = v.chunk(first);
        int npStart = c != null && "NP".equals(c.type()) ? c.first() : first;
        // ("UN humanitarian chief condemns attacks": the chunk runs over a verb the tagger took for a noun)
        int reaction = -1;
        for (int k = first - 1; k >= npStart; k--) {
            if (v.isIn(k, REACTION)) {
                reaction = k;
                npStart = k + 1;
                break;
            }
        }
        // ("rebels and soldiers exchanged fire": a trigger opened by its verb has that verb's subject)
        // (and "the army and the RSF signed a seven-day ceasefire": who signed, agreed or reached it, not who announced it)
        boolean verbOpens = first < head && "VERB".equals(v.tok(first).upos()) && !v.isNoun(first)
                && h.type() != EventType.Talks && h.type() != EventType.Other && (!h.type().name().startsWith("Ceasefire")
                || v.is(first, "sign", "signed", "agree", "agreed", "reach", "reached", "accept", "accepted"));
        if (npStart == first && !v.isVerb(head) && !verbOpens && reaction < 0) {
            // the chunker missed the NP: "during Syrian pro-government forces assault"
            int k = first;
            while (k > 0 && k > first - 5 && (Regexes.matches(v.tok(k - 1).upos(), "NOUN|PROPN|ADJ") || v.is(k - 1, "pro-", "-"))
                    && !isTimeWord(v, k - 1)) {
                k--;
            }
            npStart = k;
        }
        Argument leader = v.isVerb(head) ? null : ledBy(v, first);
        if (leader != null) {
            addUnique(out, leader);
        } else if (npStart < first) {
            Argument pre = agentFrom(v, npStart, first);
            Entity pe = pre == null || pre.entityKey() == null ? null : byKey.get(pre.entityKey());
            boolean talksName = h.type() == EventType.Talks && Character.isUpperCase(pre == null ? 'x' : pre.name().charAt(0))
                    && (pe == null || pe.type() != EntityType.Place) && Lex.CAPITAL.get(pre.name().toLowerCase(Locale.ROOT)) == null;
            if (pre != null && (actorLike(pre) || talksName) && !countryAsPlace(v, npStart, first, pre, h, out)) {
                addUnique(out, pre);
            }
        } else if (first > 0 && (v.lower(first - 1).endsWith("'s") || v.lower(first - 1).endsWith("’s"))) {
            addUnique(out, agentFrom(v, first - 1, first));
        }
        // "Syrian rebels swept into Aleppo, seizing parts of the city in their biggest offensive in years": whose
        // offensive "their" says is the subject of the sentence's first verb
        if (!v.isVerb(head) && v.is(npStart, "their", "its") && npStart > 1 && out.isEmpty()) {
            for (int j = 1; j < npStart; j++) {
                if (v.isVerb(j) && !"AUX".equals(v.tok(j).upos()) && !v.lower(j).endsWith("ing") && !v.isIn(j, Lex.SAY)) {
                    for (Argument a : subjectArgs(v, j)) {
                        if (actorLike(a)) {
                            addUnique(out, a);
                        }
                    }
                    break;
                }
            }
        }
        // subject of the trigger verb, or of the light verb governing a nominal trigger
        int verb = -1;
        boolean suspectedOf = first > 1 && v.lower(first).endsWith("ing") && v.is(first - 1, "of", "for")
                && v.is(first - 2, "suspected", "accused", "blamed", "responsible");
        // "Armenia and Azerbaijan accused each other of violating the truce": both did it, by their own account
        boolean mutual = first > 3 && v.is(first - 1, "of", "for") && v.is(first - 2, "other") && v.is(first - 3, "each", "one")
                && v.is(first - 4, "accuse", "accused", "accusing", "blame", "blamed", "blaming");
        // "The TPLF accused Eritrean troops of killing civilians": who is accused did it, by the accuser's account
        int accused = mutual || first < 3 || !v.is(first - 1, "of", "for") ? -1
                : v.find(Math.max(0, first - 9), first - 2, "accuse", "accused", "accusing", "accuses", "blame", "blamed",
                "blaming", "blames");
        if (accused >= 0 && v.find(accused + 1, first - 1, ",", ";", "and", "of", "for") < 0) {
            for (Argument a : npArgs(v, accused + 1, first - 1)) {
                addUnique(out, a);
            }
        } else if (mutual) {
            verb = first - 4;
        } else if (v.is(head, "fight") && v.is(head + 1, "off")) {
            verb = -1; // "the troops fought off the attackers": who defended, not who attacked
        } else if (v.isVerb(head) || verbOpens || v.headline && out.isEmpty() && !nominalAfterPreposition(v, first)
                && !(countryNameAfterIn(v, first) && !fromAfar(h)) || suspectedOf) {
            verb = first;
        } else {
            for (int j = first - 1; j >= Math.max(0, first - 5); j--) {
                // ("held indirect talks": a word between a verb and the trigger, tagged a verb, is its modifier)
                if (j == first - 1 && v.isVerb(j) && j > 0 && v.isVerb(j - 1) && !"AUX".equals(v.tok(j - 1).upos())) {
                    continue;
                }
                // ("Truce holds after three days of fighting": a verb before "after" does not govern the trigger)
                if (v.isIn(j, TIME_LINK)) {
                    break;
                }
                if (v.isVerb(j)) {
                    if (v.isIn(j, LIGHT_VERB)) {
                        verb = j;
                    }
                    break;
                }
            }
            // "militants killed at least 30 people in an attack": who killed in it made the attack
            int in = first - 1;
            while (in > 0 && in > first - 4 && (Regexes.matches(v.tok(in).upos(), "DET|ADJ")
                    || in == first - 1 && countryNameAfterIn(v, first))) {
                in--;
            }
            if (verb < 0 && v.is(in, "in")) {
                for (int j = in - 1; j >= Math.max(0, in - 9); j--) {
                    if (v.isPunct(j)) {
                        break;
                    }
                    if (v.is(j, "kill", "killed", "wound", "wounded", "injure", "injured") && v.isVerb(j) && !passive(v, j)) {
                        verb = j;
                        break;
                    }
                }
            }
        }
        boolean afterComma = verb > 0 && v.tok(verb - 1).text().equals(",");
        // ("Security forces killed the attackers after retaking the building": who killed them retook it)
        boolean afterConjunction = verb > 1 && v.is(verb - 1, "after", "before", "while", "upon");
        if (verb >= 0 && v.lower(verb).endsWith("ing") && (afterComma || afterConjunction)) {
            // a participle clause ("..., bombarding the city") shares the subject of the main verb
            int main = -1;
            for (int j = verb - 2; j >= 0; j--) {
                if (v.isVerb(j) && !v.tok(j).upos().equals("AUX") && !v.lower(j).endsWith("ing") && !v.lower(j).endsWith("held")) {
                    main = j;
                    break;
                }
            }
            verb = main;
        }
        if (verb > 1 && v.lower(verb).endsWith("ing") && v.is(verb - 1, "by") && v.isVerb(verb - 2)
                && !v.lower(verb - 2).endsWith("ing") && !passive(v, verb - 2)) {
            verb -= 2; // "the militants responded by firing rockets": who responded fired them
        }
        boolean reducedPassive = verb >= 0 && v.is(verb + 1, "by") && v.lower(verb).endsWith("ed")
                && !v.is(verb - 1, "have", "has", "had") && !v.is(verb + 2, "dawn", "nightfall", "noon", "midday", "then")
                && !v.lower(verb + 2).endsWith("ing"); // ("responded by firing": a means, not an agent)
        // ("Tens of thousands of Lebanese fled the south": who flees is displaced, not who displaced them)
        boolean fleeing = h.type() == EventType.Evacuation && verb >= 0 && v.is(verb, "flee", "fled", "escape", "escaped");
        if (verb >= 0 && !passive(v, verb) && !reducedPassive && !fleeing) {
            int j = verb - 1;
            // "The ADF is suspected of hacking people to death": the one suspected is the one who acted
            if (suspectedOf && verb == first) {
                j -= 2;
            }
            j = beforeAuxiliaries(v, j);
            // "The separatists (STC) seized": skip the parenthesis
            int open = j > 0 ? v.openingBracket(j, 8) : -1;
            if (open >= 0) {
                j = open - 1;
            }
            j = beforeParticiplePhrase(v, beforeAppositive(v, j));
            // "Angola, which has mediated between Kinshasa and Kigali" (not who fled: "said Bukar Zira, who fled")
            if (h.type() != EventType.Evacuation) {
                j = relativeAntecedent(v, j);
            }
            // ("militants killed 12 soldiers and briefly captured a base": "and" after the first verb's object too)
            if (j > 0 && v.is(j, "and") && (!v.isNoun(j - 1) || verbInClauseBefore(v, j - 1))) {
                // "militants killed 12 soldiers and briefly captured a base": the first verb's subject
                int main = -1;
                for (int k = j - 1; k >= 0; k--) {
                    if (v.isVerb(k) && !v.tok(k).upos().equals("AUX")) {
                        main = k;
                    }
                    if (v.isPunct(k) && !v.lower(k).equals("-")) {
                        break;
                    }
                }
                if (main > 0) {
                    j = main - 1;
                    while (j >= 0 && Regexes.matches(v.tok(j).upos(), "AUX|ADV|PART")) {
                        j--;
                    }
                }
            }
            // "The Brotherhood claimed last week to have captured a town": who claims to have done it did it
            if (v.is(verb - 1, "have") && v.is(verb - 2, "to")) {
                int k = verb - 3;
                while (k > 0 && k > verb - 10 && (isTimeWord(v, k) || v.is(k, "week", "month", "year", "last", "this")
                        || Regexes.matches(v.tok(k).upos(), "NUM|ADP|ADV|DET"))) {
                    k--;
                }
                if (k > 0 && v.isVerb(k) && (v.isIn(k, Lex.SAY) || v.is(k, "appear", "appeared", "appears", "seem", "seemed",
                        "seems", "believed", "thought", "understood"))) {
                    j = k - 1;
                    while (j >= 0 && (Regexes.matches(v.tok(j).upos(), "AUX|ADV|PART") || v.is(j, "also"))) {
                        j--;
                    }
                }
            }
            // skip a time phrase between subject and verb: "forces on Thursday (22 September) launched"
            int guard = j;
            // (a headline's "Pakistan:" names its topic, not the subject)
            while (guard >= 0 && guard > j - 7 && (Regexes.matches(v.tok(guard).upos(), "NUM|PUNCT|ADP") || isTimeWord(v, guard))
                    && !v.is(guard, ":")) {
                guard--;
            }
            if (guard < j && guard >= 0 && v.isNoun(guard)) {
                j = guard;
            }
            // "Hamas militants in the Gaza Strip fired": the subject is before the place it is in
            for (int hop = 0; hop < 2 && j > 1; hop++) {
                int k = j;
                while (k > 0 && k > j - 6 && (v.isNoun(k) || Regexes.matches(v.tok(k).upos(), "PROPN|ADJ|DET|NUM"))) {
                    k--;
                }
                // ("Government forces fighting Islamic State have retaken": the subject is before the participle)
                boolean participle = v.lower(k).endsWith("ing") && k > 0 && (v.isIn(k - 1, Lex.GENERIC_ACTOR)
                        || v.tok(k - 1).isCapitalised() && v.isNoun(k - 1));
                // ("Somali forces backed by local clan militias recaptured": the backers are not the subject)
                if (k < j && k > 1 && v.is(k, "by") && v.is(k - 1, "backed", "supported", "aided", "assisted", "helped")
                        && v.isNoun(k - 2)) {
                    j = k - 2;
                    continue;
                }
                if (k < j && (v.is(k, "in", "at", "near", "inside", "outside", "across", "around", "on", "with") || participle)
                        && k > 0 && v.isNoun(k - 1)) {
                    j = k - 1;
                } else {
                    break;
                }
            }
            j = speakerForPronoun(v, j);
            Argument governing = j > 2 ? governmentOf(v, j) : null;
            if (governing != null) {
                addUnique(out, governing);
            } else if (j >= 0 && (v.isNoun(j) || v.tok(j).upos().equals("PRON") || v.tok(j).upos().equals("ADJ"))) {
                boolean nounTrigger = !v.isVerb(head);
                for (int[] np : npListBack(v, j)) {
                    Argument a = agentFrom(v, np[0], np[1]);
                    if (a != null && (!nounTrigger || verb != first || actorLike(a))) {
                        addUnique(out, a);
                    }
                }
            }
        }
        out.removeIf(a -> a == null);
        // "Four Palestinians were killed by Israeli fire during a raid": who killed them in it made it
        if (out.isEmpty() && h.type() != EventType.Talks && h.type() != EventType.Evacuation && h.type() != EventType.Other
                && !h.type().name().startsWith("Ceasefire")) {
            for (int j = Math.max(1, first - 12); j + 1 < Math.min(n, head + 12); j++) {
                if (v.is(j, "by") && v.is(j - 1, "killed", "wounded", "injured", "shot") && j - 1 != head
                        && v.find(Math.min(j, head), Math.max(j, head), ";") < 0) {
                    for (int[] np : npList(v, j + 1, Math.min(n, j + 8))) {
                        Argument a = agentFrom(v, np[0], np[1]);
                        if (a != null && actorLike(a)) {
                            addUnique(out, a);
                        }
                    }
                    break;
                }
            }
        }
        // "shelling by both sides", "the warring parties shelled": the two sides named between or together nearby
        if (out.isEmpty() && bothSidesDidIt(v, first, head)) {
            List<Argument> sides = sidesNamedBetween(v);
            out.addAll(sides.isEmpty() ? sidesNamedTogether(v) : sides);
        }
        out.replaceAll(a -> mainGroupFor(namedGroup(v, ownerState(v, a))));
        if (h.type() == EventType.Talks) {
            // "UN Special Envoy for Yemen Hans Grundberg met ...": the envoy, as the subject names him
            int at = v.tok(first).start();
            out.replaceAll(a -> a.mention() != null && a.mention().end() <= at ? titledPerson(a) : a);
        }
        // ("Belgorod shelled", "recaptured towns in the Hiraan and Galmudug regions since launching an offensive": a
        // place is where violence fell, not who did it, unless it is a capital standing for its government)
        if (EventExtractor.VIOLENT.contains(h.type()) || h.type() == EventType.Capture) {
            out.removeIf(a -> typeOf(a) == EntityType.Place && Lex.CAPITAL.get(a.name().toLowerCase(Locale.ROOT)) == null);
        }
        return dedupe(splitCountries(withoutCoveredAttackers(out)));
    }

    /** "both sides", "the two sides", "the warring parties" ending at token {@code end} (inclusive). */
    private static boolean sidesEndAt(SentenceView v, int end) {
        return end > 0 && v.is(end, "sides", "parties") && v.is(end - 1, "both", "two", "warring", "rival");
    }

    /**
     * The trigger at [first, head] is done "by both sides" (within a few words after it) or "both sides" are the
     * subject of its verb ("Both sides shelled the town", "the warring parties have traded fire").
     */
    private static boolean bothSidesDidIt(SentenceView v, int first, int head) {
        for (int k = head + 1; k < Math.min(v.size() - 2, head + 4); k++) {
            if (v.is(k, "by")) {
                int end = v.is(k + 1, "the") ? k + 3 : k + 2;
                return sidesEndAt(v, end) || sidesEndAt(v, end - 1) && v.is(end - 2, "the");
            }
        }
        if (!v.isVerb(head) || v.isNoun(head)) {
            return false;
        }
        int j = first - 1;
        while (j > 0 && Regexes.matches(v.tok(j).upos(), "AUX|ADV|PART")) {
            j--;
        }
        return sidesEndAt(v, j);
    }

    /** Verbs a headline reacts to an event with ("UN chief condemns attacks"), the chunker may take for nouns. */
    private static final Set<String> REACTION = Set.of("condemns", "condemn", "condemned", "denounces", "deplores", "decries",
            "slams", "criticises", "criticizes", "mourns", "denies", "deny", "probes", "investigates", "welcomes", "blames",
            "protests");

    /**
     * "Rebels hold two soldiers after attack", "Troops flee in an attack": a headline word set after a preposition or
     * an article is a noun, whatever its tag, and what comes before it is not its subject.
     */
    private static boolean nominalAfterPreposition(SentenceView v, int first) {
        // ("UN chief condemns attacks on aid workers": the object of a verb)
        return first > 0 && (Regexes.matches(v.tok(first - 1).upos(), "ADP|DET|SCONJ") || v.is(first - 1, "after", "before")
                || "VERB".equals(v.tok(first - 1).upos()) && !v.isIn(first - 1, LIGHT_VERB)
                || v.isIn(first - 1, REACTION));
    }

    /**
     * ", which" or ", who" at {@code j} after a noun or a name, or "who" or "that" right after armed men or a name: the
     * token that noun or name ends on; else {@code j}.
     */
    private static int relativeAntecedent(SentenceView v, int j) {
        boolean relative = j >= 2 && v.is(j, "which", "who") && v.tok(j - 1).text().equals(",")
                && (v.isNoun(j - 2) || v.tok(j - 2).isCapitalised());
        // "The militants who attacked the base", "fighters that seized the town": no comma before it
        boolean restrictive = j >= 1 && v.is(j, "who", "that") && (v.isIn(j - 1, Lex.GENERIC_ACTOR)
                || v.tok(j - 1).isCapitalised() && v.isNoun(j - 1));
        return relative ? j - 2 : restrictive ? j - 1 : j;
    }

    /** A verb other than an auxiliary before token {@code j} in its clause (back to punctuation or a subordinator). */
    private static boolean verbInClauseBefore(SentenceView v, int j) {
        for (int k = j - 1; k >= 0; k--) {
            if (v.isPunct(k) && !v.lower(k).equals("-") || v.is(k, "who", "which", "that", "when", "after", "as")) {
                return false;
            }
            if (v.isVerb(k) && !v.tok(k).upos().equals("AUX") && !v.lower(k).endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** Tokens [a, b) are "in"/"at" and a capitalised place name: "talks in Moscow", "a meeting at Sochi". */
    private static boolean placeBetween(SentenceView v, int a, int b) {
        if (b - a < 2 || b - a > 4 || !v.is(a, "in", "at")) {
            return false;
        }
        for (int k = a + 1; k < b; k++) {
            if (!v.tok(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "an ethnic armed group said it had captured a police station", "the army says they killed 20 militants":
     * "it" or "they" right after a verb of saying is its subject; the token that ends that subject, else {@code j}.
     */
    static int speakerForPronoun(SentenceView v, int j) {
        // "the Israeli military said on Thursday its aircraft struck": whose aircraft they were
        boolean possessive = j >= 3 && v.isNoun(j) && v.is(j - 1, "its", "their");
        if (j < 2 || !v.is(j, "it", "they", "we") && !possessive) {
            return j;
        }
        // ("M23 rebels said on Monday they had captured Goma": a day between the saying and its pronoun)
        int say = possessive ? j - 2 : j - 1;
        while (say > 0 && (v.is(say, "on", "late", "early", "that") || isTimeWord(v, say))) {
            say--;
        }
        if (!v.isIn(say, Lex.SAY) || !v.isVerb(say) && !v.is(say, "said", "says", "told")) {
            return j;
        }
        int k = say - 1;
        while (k >= 0 && (Regexes.matches(v.tok(k).upos(), "AUX|ADV|PART") || v.is(k, "also", "have", "had", "has"))) {
            k--;
        }
        // ("Al-Qassam Brigades, Hamas's armed wing, said it fired": the speaker before the aside)
        k = beforeAppositive(v, k);
        // "The Libyan National Army (LNA) said it had captured": the name before its abbreviation
        int open = k > 2 ? v.openingBracket(k, 4) : -1;
        if (open > 0) {
            k = open - 1;
        }
        // ("the Israeli military said": "military" may be tagged an adjective)
        return k >= 0 && (v.isNoun(k) || v.isIn(k, Lex.GENERIC_ACTOR)) ? k : j;
    }

    /**
     * "The militants, known locally as al-Shabab but unrelated to the Somali group, attacked": a phrase set
     * off by commas between the subject and its verb describes the subject; the token before it, or
     * {@code j} when {@code j} closes no such phrase.
     */
    static int beforeAppositive(SentenceView v, int j) {
        if (j < 3 || !v.tok(j).text().equals(",")) {
            return j;
        }
        int shortForm = -1;
        for (int k = j - 1; k >= Math.max(1, j - 16); k--) {
            if (v.tok(k).text().equals(",")) {
                // ("one armed group, the Southern Cameroons Defence Forces (SOCADEF), declared": the aside is the name
                // of what the words before it describe)
                if (shortForm > 0 && v.is(k + 1, "the") && v.tok(k + 2).isCapitalised() && !v.tok(k - 1).isCapitalised()) {
                    return shortForm;
                }
                String open = v.tok(k + 1).pos();
                boolean describes = "VBN".equals(open) || v.lower(k + 1).endsWith("ed") && v.isVerb(k + 1) || v.is(k + 1, "who", "which", "also", "known", "a", "an", "the",
                        "themselves", "both", "mostly", "many", "another", "its", "their", "once", "formerly", "part", "one",
                        "members", "now") || "ADJ".equals(v.tok(k + 1).upos())
                        // ("Al-Qassam Brigades, Hamas's armed wing, said")
                        || possessiveEnd(v.lower(k + 1)) || isPossessive(v.lower(k + 2));
                int before = k - 1;
                if (v.is(before, ")") && before > 2 && v.is(before - 2, "(")) {
                    // "the Mouvement du 23 mars (M23), part of ...": the short form, else the name before it
                    before = v.shortFormAt(before - 1) ? before - 1 : before - 3;
                }
                return describes && before >= 0 && v.isNoun(before) && k + 1 < j ? before : j;
            }
            // ("M23, part of the Alliance Fleuve Congo (AFC), captured": a short form in brackets inside the aside)
            int open = v.openingBracket(k, 6);
            if (open > 0) {
                shortForm = shortForm < 0 && k == j - 1 && v.shortFormAt(k - 1) ? k - 1 : shortForm;
                k = open;
                continue;
            }
            if (v.isPunct(k) && !v.is(k, "-")) {
                return j;
            }
        }
        return j;
    }

    /**
     * "al Shabaab militants killed ... the gunmen ... the attackers": where a named armed group is among
     * the agents, it is who the unnamed attackers were, and they are dropped.
     */
    List<Argument> withoutCoveredAttackers(List<Argument> agents) {
        // "Myanmar junta air strikes" ... "Military air strikes": with one state among the agents, "the military",
        // "the army" or "the junta" with no name is that state's
        if (agents.stream().filter(a -> typeOf(a) == EntityType.State).count() == 1) {
            agents = new ArrayList<>(agents);
            agents.removeIf(a -> a.entityKey() == null && STATE_ORGAN.contains(norm(a.name()).replaceFirst("^the ", "")));
        }
        // ("suspected jihadists killed ..." ... "the attackers fled": the attackers are who the other agents are)
        java.util.function.Predicate<Argument> anaphoric = a -> a.entityKey() == null
                && ANAPHORIC_ATTACKERS.contains(norm(a.name()).replaceFirst("^the ", ""));
        if (agents.stream().anyMatch(anaphoric) && agents.stream().anyMatch(anaphoric.negate())) {
            agents = new ArrayList<>(agents);
            agents.removeIf(anaphoric);
        }
        boolean named = agents.stream().anyMatch(a -> typeOf(a) == EntityType.ArmedGroup
                || ATTACKERS.contains(lastWord(a.name())) && !a.name().equals(a.name().toLowerCase(Locale.ROOT)));
        if (!named) {
            return agents;
        }
        List<Argument> out = new ArrayList<>(agents);
        out.removeIf(a -> a.entityKey() == null && ATTACKERS.contains(lastWord(a.name()))
                && a.name().equals(a.name().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** Words for attackers that only refer back to whoever attacked. */
    private static final Set<String> ANAPHORIC_ATTACKERS = Set.of("attackers", "attacker", "assailants", "assailant");

    /** The last word of a name, normalised ("Islamist al Shabaab militants" -> "militants"). */
    static String lastWord(String name) {
        String n = norm(name);
        return n.substring(n.lastIndexOf(' ') + 1);
    }

    /** "the rebels", "militants": the one armed group the article names, as the article names it. */
    private Argument mainGroupFor(Argument a) {
        if (mainGroup == null || a.entityKey() != null || !GROUP_MEMBERS.contains(norm(a.name()).replaceFirst("^the ", ""))) {
            return a;
        }
        return new Argument(mainGroup.text(), mainGroup.key(), a.mention());
    }

    private static final Set<String> STATE_ORGAN = Set.of("government", "army", "military", "forces", "troops", "regime",
            "authorities", "junta");

    /** "guerrillas of the National Liberation Army (ELN)": the men of a named group act as the group. */
    private Argument namedGroup(SentenceView v, Argument a) {
        if (a.entityKey() != null || a.mention() == null || !Lex.GENERIC_ACTOR.contains(a.name().toLowerCase(Locale.ROOT))) {
            return a;
        }
        int j = tokenFrom(v, a.mention().end());
        if (j < 0 || !v.is(j, "of")) {
            return a;
        }
        int k = v.is(j + 1, "the") ? j + 2 : j + 1;
        if (k >= v.size()) {
            return a;
        }
        for (Named me : mentionsIn(v.s.index())) {
            Mention m = me.mention();
            Entity e = me.entity();
            if (m.start() == v.tok(k).start() && (e.type() == EntityType.ArmedGroup || e.type() == EntityType.State
                    || e.type() == EntityType.Organization)) {
                // ("troops of the UN-backed government": the backer is not whose troops they are)
                int after = tokenFrom(v, m.end());
                if (after >= 0 && v.tok(after).start() == m.end() && BACKED_TOKEN.matcher(v.lower(after)).matches()) {
                    return a;
                }
                return new Argument(m.text(), e.key(), m);
            }
        }
        return a;
    }

    /**
     * "Ethiopia's government", "Mali's army": a state's organ named through its possessive acts as the
     * state, whether the argument is the organ alone or the whole phrase. A bare "the government"
     * (or regime, authorities, junta) acts as the state the article names most, when one stands out.
     */
    private Argument ownerState(SentenceView v, Argument a) {
        String lower = a.name().toLowerCase(Locale.ROOT);
        String organ = lower.substring(lower.lastIndexOf(' ') + 1);
        if (a.mention() != null && organ.equals("ministry")) {
            // "Russia's Defense Ministry said its troops had taken the village": the ministry of a state named as its
            // owner acts for it (one with no owner named is left as it is)
            int i = tokenFrom(v, a.mention().start());
            if (i >= 0 && (possessiveEnd(v.lower(i)) || i + 1 < v.size() && isPossessive(v.lower(i + 1)))) {
                return stateOwner(v, i, a, a.mention()); // the mention is "Russia's Defense Ministry"
            }
            int owner = i - 1 >= 0 && isPossessive(v.lower(i - 1)) ? i - 2 : i - 1;
            if (i > 0 && owner >= 0 && (owner < i - 1 || possessiveEnd(v.lower(owner)))) {
                return stateOwner(v, owner, a, v.mention(owner, i + 1));
            }
            return a;
        }
        if (a.mention() == null || !STATE_ORGAN.contains(organ) || a.entityKey() != null && organ.equals(lower)) {
            return a;
        }
        int i = tokenFrom(v, a.mention().start());
        if (i < 0 || v.tok(i).start() != a.mention().start()) {
            return a;
        }
        if (!organ.equals(lower)) {
            // the whole phrase: "Mali's government" (one token "Mali's", or "Mali" then "'s")
            boolean split = i + 2 < v.size() && isPossessive(v.lower(i + 1)) && v.lower(i + 2).equals(organ);
            boolean joined = i + 1 < v.size() && possessiveEnd(v.lower(i)) && v.lower(i + 1).equals(organ);
            if (!split && !joined) {
                return a;
            }
            return stateOwner(v, i, a, a.mention());
        }
        int owner = i - 1;
        if (owner >= 0 && isPossessive(v.lower(owner))) {
            owner--;
        } else if (owner < 0 || !possessiveEnd(v.lower(owner))) {
            return mainStateFor(v, i, a, organ);
        }
        if (owner < 0) {
            return a;
        }
        return stateOwner(v, owner, a, v.mention(owner, i + 1));
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s");
    }

    private static boolean possessiveEnd(String w) {
        return w.endsWith("'s") || w.endsWith("’s");
    }

    /** The state named by the token at {@code owner} acting for {@code a}, or {@code a} when it names none. */
    private Argument stateOwner(SentenceView v, int owner, Argument a, Mention mention) {
        Entity e = entityAt(v, owner, owner + 1);
        if (e == null || e.type() != EntityType.State) {
            return a;
        }
        String name = Regexes.replaceAll(v.tok(owner).text(), "['’]s$", "");
        return new Argument(name, e.key(), mention);
    }

    /** What a "-led" operation's leader leads, when it is not the operation: a coalition, an alliance, a force. */
    private static final Set<String> LED_GROUP = Set.of("coalition", "coalitions", "alliance", "force", "forces", "mission",
            "troops", "group", "bloc", "militia", "militias", "army");

    /**
     * "a French-led military operation": the country leading an operation named before its trigger carried it
     * out ("a Saudi-led coalition air strike" is the coalition's, named as such).
     */
    private Argument ledBy(SentenceView v, int first) {
        // back over the modifiers between the trigger and "-led" (the chunker ends the NP at "led")
        int k = first - 1;
        while (k > 0 && k > first - 5 && (Regexes.matches(v.tok(k).upos(), "ADJ|NOUN") && !v.lower(k).endsWith("-led")
                || v.is(k, "led") && v.is(k - 1, "-"))) {
            if (v.is(k, "led")) {
                k -= 2; // "French" "-" "led"
                break;
            }
            k--;
        }
        if (k < 0 || k >= first) {
            return null;
        }
        String word = v.tok(k).text();
        String country = word.toLowerCase(Locale.ROOT).endsWith("-led")
                ? Lex.demonymCountry(word.substring(0, word.length() - 4))
                : v.is(k + 1, "-") && v.is(k + 2, "led") ? Lex.demonymCountry(word) : null;
        if (country == null || v.findIn(k + 1, first + 1, LED_GROUP) >= 0) {
            return null;
        }
        return new Argument(countryForm(country), null, v.mention(k, k + 1));
    }

    /**
     * "The government of Colombia's President Gustavo Petro restarted talks": a subject that ends in the
     * leader of a government named through "of" is that government, which is the state.
     */
    private Argument governmentOf(SentenceView v, int j) {
        for (int of = j - 1; of > 0 && of >= j - 7; of--) {
            // (the tagger may take a modifier such as "leftist" for a verb: punctuation alone ends the phrase)
            if (v.isPunct(of) && !isPossessive(v.lower(of))) {
                return null;
            }
            if (v.is(of, "of") && v.is(of - 1, "government", "administration")) {
                Entity e = entityAt(v, of + 1, of + 2);
                boolean owner = of + 1 < j && (possessiveEnd(v.lower(of + 1)) || isPossessive(v.lower(of + 2)));
                if (e == null || e.type() != EntityType.State || !owner) {
                    return null;
                }
                String name = Regexes.replaceAll(v.tok(of + 1).text(), "['’]s$", "");
                return new Argument(name, e.key(), v.mention(of + 1, of + 2));
            }
        }
        return null;
    }

    private static final Set<String> BARE_STATE_ORGAN = Set.of("government", "regime", "authorities", "junta");

    /** "the government" with no owner: the article's main state, named as the article names it. */
    private Argument mainStateFor(SentenceView v, int i, Argument a, String organ) {
        // after "the", or opening a sentence or a headline's clause; not "Government of National Accord"
        boolean bare = i == 0 || v.is(i - 1, "the", ":", "-", "–", "—");
        if (mainState == null || !BARE_STATE_ORGAN.contains(organ) || !bare || v.is(i + 1, "of")) {
            return a;
        }
        return new Argument(mainState.text(), mainState.key(), a.mention());
    }

    /** "US-Russian" and "US and Russian" as one modifier name two countries. */
    private List<Argument> splitCountries(List<Argument> in) {
        List<Argument> out = new ArrayList<>();
        for (Argument a : in) {
            String[] parts = Regexes.split(a.name(), "\\s*-\\s*|\\s+and\\s+");
            if (parts.length == 2) {
                String x = countryOf(parts[0]);
                String y = countryOf(parts[1]);
                // ("Kyrgyz-Tajik": demonyms no list holds, which the article gives its states)
                Entity ex = x == null ? knownState(parts[0]) : null;
                Entity ey = y == null ? knownState(parts[1]) : null;
                x = ex != null ? stateName(ex) : x;
                y = ey != null ? stateName(ey) : y;
                if (x != null && y != null) {
                    out.add(new Argument(countryForm(x), ex == null ? null : ex.key(), a.mention()));
                    out.add(new Argument(countryForm(y), ey == null ? null : ey.key(), a.mention()));
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** "Kyrgyz" in "Kyrgyz-Tajik": the state the article names by that word; else null. */
    private Entity knownState(String w) {
        String t = w.strip();
        for (Entity e : entities) {
            if (e.type() == EntityType.State && (e.text().equalsIgnoreCase(t)
                    || e.otherForms().stream().anyMatch(f -> f.equalsIgnoreCase(t)))) {
                return e;
            }
        }
        return null;
    }

    private static String stateName(Entity e) {
        return e.label() != null ? e.label() : e.text();
    }

    private static String countryOf(String w) {
        String c = Lex.demonymCountry(w.strip());
        if (c != null) {
            return c;
        }
        String t = w.strip();
        return Lex.DEMONYM.containsValue(t) || t.equals("US") || t.equals("UK") ? t : null;
    }

    /** The actors of the NPs coordinated from token a ("the US and Russia", "Moscow and Washington"). */
    List<Argument> npArgs(SentenceView v, int a, int limit) {
        List<Argument> out = new ArrayList<>();
        for (int[] np : npList(v, a, Math.min(limit, v.size()))) {
            addUnique(out, agentFrom(v, np[0], np[1]));
        }
        return out;
    }

    /**
     * Actors as events take them: the men of a named group act as the group, a state's government, army
     * or regime as the state, "US-Russian" as two countries.
     */
    List<Argument> asActors(SentenceView v, List<Argument> raw) {
        List<Argument> out = new ArrayList<>(raw);
        out.replaceAll(a -> namedGroup(v, ownerState(v, a)));
        return dedupe(splitCountries(out));
    }

    /**
     * The last token at or before j that is not an auxiliary, an adverb, "to", or a verb that takes the
     * next one after "to" ("rebels tried to storm", "the army began to shell": the subject is before them).
     */
    private static int beforeAuxiliaries(SentenceView v, int j) {
        // "militants 9 March ambushed", "the army on March 17 shelled": a day between the subject and its verb
        if (j >= 2 && v.dayAt(j - 1)) {
            j -= v.is(j - 2, "on") ? 3 : 2;
        }
        // ("SNA troops, backed by clan militias, on Saturday recaptured": a day after an aside, before the verb)
        int t = j;
        while (t > 0 && t > j - 4 && (isTimeWord(v, t) || v.is(t, "on", "last", "this"))) {
            t--;
        }
        if (t < j && v.tok(t).text().equals(",")) {
            j = t;
        }
        while (j >= 0 && (Regexes.matches(v.tok(j).upos(), "AUX|ADV|PART") || v.is(j, "again", "also", "have", "had", "has")
                // "Armenian units had first shelled": an order word after an auxiliary, whatever its tag
                || v.is(j, "first", "then", "later", "earlier") && j > 0 && v.is(j - 1, "had", "have", "has", "was", "were")
                || v.is(j, "try", "attempt", "begin", "start", "continue", "manage", "fail", "resume", "seek", "work", "vow",
                "pledge", "promise", "agree", "decide", "refuse", "threaten", "plan", "help") && v.isVerb(j)
                && v.is(j + 1, "to")
                // "Qatar and the UN helped mediate the truce": who helped did it too
                || v.is(j, "help") && v.isVerb(j) && j + 1 < v.size() && v.isVerb(j + 1))) {
            j--;
        }
        return j;
    }

    /**
     * The people, states and armed groups named in tokens [from, to) as those who took part in talks; a titled
     * person by the name alone ("William Ruto", not "Kenyan President William Ruto").
     */
    private void addParticipants(SentenceView v, int from, int to, List<Argument> out) {
        // "met the Houthis' chief negotiator, Mohammed Abdulsalam,": the person the title is set beside
        if (to + 1 < v.size() && v.is(to, ",")) {
            Named apposed = mentionAt(v, to + 1, to + 2);
            if (apposed != null && apposed.entity().type() == EntityType.Person
                    && v.findIn(from, to, org.conflictkg.extract.names.Cues.TITLE_HEADS) >= 0) {
                addUnique(out, new Argument(apposed.entity().text(), apposed.entity().key(), apposed.mention()));
                return;
            }
        }
        for (Argument a : npArgs(v, from, to)) {
            a = titledPerson(a);
            EntityType t = typeOf(a);
            if (t == EntityType.Person || t == EntityType.State || t == EntityType.ArmedGroup || actorLike(a)) {
                addUnique(out, a);
            }
        }
    }

    /** A person named after a title, by the name alone: "William Ruto", not "Kenyan President William Ruto". */
    private Argument titledPerson(Argument a) {
        for (Entity e : byKey.values()) {
            if (e.type() == EntityType.Person && a.name().endsWith(" " + e.text())) {
                return new Argument(e.text(), e.key(), a.mention());
            }
        }
        return a;
    }

    /** Words that open a phrase describing the subject between it and its verb: "gunmen armed with rifles". */
    private static final Set<String> SUBJECT_PARTICIPLE = Set.of("armed", "riding", "dressed", "wearing", "carrying",
            "travelling", "traveling", "disguised", "mounted", "wielding", "brandishing", "driving", "clad");

    /**
     * "Gang members armed with rifles attacked", "militants dressed in army uniforms stormed": the token before
     * such a phrase ending at {@code j}, else {@code j}.
     */
    static int beforeParticiplePhrase(SentenceView v, int j) {
        for (int k = j; k >= Math.max(1, j - 6); k--) {
            if (v.isPunct(k) || v.isVerb(k) && !v.isIn(k, SUBJECT_PARTICIPLE)) {
                return j;
            }
            if (v.isIn(k, SUBJECT_PARTICIPLE) && v.isNoun(k - 1)) {
                return k - 1;
            }
        }
        return j;
    }

    /**
     * "Yemen's warring parties agreed to a ceasefire" ... "talks between the Houthi movement and the government": the
     * sides a nearby sentence names "between" one another, nearest first; else none.
     */
    List<Argument> sidesNamedBetween(SentenceView v) {
        List<org.conflictkg.nlp.Sentence> ss = v.doc.sentences();
        int here = v.s.index();
        for (int d = 0; d <= 6; d++) {
            for (int k : new int[] {here - d, here + d}) {
                if (k < 0 || k >= ss.size() || d == 0 && k != here) {
                    continue;
                }
                SentenceView p = new SentenceView(v.doc, ss.get(k), false);
                for (int j = 0; j + 3 < p.size(); j++) {
                    if (!p.is(j, "between")) {
                        continue;
                    }
                    List<Argument> named = sidesAfterBetween(p, j);
                    if (named.size() >= 2) {
                        return named;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The sides named after "between" at token {@code j}: states, armed groups, governments and generic actors; none
     * where leaders are named ("talks between Russian President Vladimir Putin and his Turkish counterpart": leaders
     * meeting for their countries, whose sides in a war the sentence does not say).
     */
    List<Argument> sidesAfterBetween(SentenceView p, int j) {
        List<Argument> named = new ArrayList<>();
        if (p.find(j + 1, Math.min(p.size(), j + 14), "president", "minister", "counterpart", "leader", "leaders", "king",
                "emir", "envoy", "chief", "commander", "premier") >= 0) {
            return named;
        }
        for (Argument a : asActors(p, npArgs(p, j + 1, j + 14))) {
            EntityType t = typeOf(a);
            String g = norm(a.name()).replaceFirst("^the ", "");
            if (t == EntityType.State || t == EntityType.ArmedGroup || Lex.GENERIC_ACTOR.contains(g) || g.equals("government")) {
                named.add(a);
            }
        }
        // ("the Saudi-backed government": a state organ no name spells out)
        int organ = p.find(j + 1, Math.min(p.size(), j + 14), "government", "army", "military", "junta");
        if (named.size() == 1 && organ > 0 && p.find(j + 1, organ, "and") >= 0) {
            named.add(new Argument(p.tok(organ).text(), null, p.mention(organ, organ + 1)));
        }
        return named;
    }

    /**
     * The two belligerents (states or armed groups) of the nearest sentence before this one, the headline
     * included, that names exactly two: "Israel strikes Hezbollah site" ... "a ceasefire between the two sides".
     */
    List<Argument> sidesNamedTogether(SentenceView v) {
        List<org.conflictkg.nlp.Sentence> ss = v.doc.sentences();
        for (int k = v.s.index() - 1; k >= Math.max(0, v.s.index() - 8); k--) {
            SentenceView p = new SentenceView(v.doc, ss.get(k), false);
            List<Argument> actors = new ArrayList<>();
            Set<String> keys = new java.util.HashSet<>();
            for (Argument a : asActors(p, npArgs(p, 0, p.size()))) {
                EntityType t = typeOf(a);
                if ((t == EntityType.State || t == EntityType.ArmedGroup) && a.entityKey() != null && keys.add(a.entityKey())) {
                    actors.add(a);
                }
            }
            if (actors.size() == 2) {
                return actors;
            }
        }
        return List.of();
    }

    /** The actors of the subject of the verb at token verb. */
    List<Argument> subjectArgs(SentenceView v, int verb) {
        List<Argument> out = new ArrayList<>();
        int j = verb - 1;
        j = beforeAuxiliaries(v, j);
        // "the Government of National Accord (GNA) announced": the name before its short form in brackets
        if (j >= 2 && v.is(j, ")") && v.is(j - 2, "(")) {
            j -= 3;
        }
        // "The warring parties, the Sudanese army and the RSF, agreed": the sides as the apposition names them
        if (j >= 3 && v.tok(j).text().equals(",")) {
            for (int k = j - 2; k >= Math.max(1, j - 14); k--) {
                if (v.tok(k).text().equals(",")) {
                    if (v.is(k - 1, "sides", "parties", "factions", "rivals", "belligerents", "foes", "enemies")) {
                        for (int[] np : npList(v, k + 1, j)) {
                            addUnique(out, agentFrom(v, np[0], np[1]));
                        }
                        out.removeIf(java.util.Objects::isNull);
                        if (!out.isEmpty()) {
                            return out;
                        }
                    }
                    break;
                }
            }
        }
        // "the United States and Saudi Arabia, which brokered the truce": the subject is what "which" stands for
        if (v.is(j, "which", "who")) {
            j = relativeAntecedent(v, j);
        } else {
            // "Angola, which has mediated between Kinshasa and Kigali, called for a ceasefire": the subject is
            // before the aside
            j = beforeAppositive(v, j);
        }
        if (j >= 0 && (v.isNoun(j) || Regexes.matches(v.tok(j).upos(), "PRON|ADJ|PROPN"))) {
            for (int[] np : npListBack(v, j)) {
                addUnique(out, agentFrom(v, np[0], np[1]));
            }
        }
        return out;
    }

    /** Only time words, numbers and articles from a to b ("Friday", "last Friday midnight", "the 9th"). */
    private static boolean timeOnly(SentenceView v, int a, int b) {
        boolean time = false;
        for (int k = a; k < b; k++) {
            if (isTimeWord(v, k) || v.is(k, "midnight", "noon", "dawn", "evening", "afternoon", "week", "month", "year")) {
                time = true;
            } else if (!Regexes.matches(v.tok(k).upos(), "DET|NUM") && !v.is(k, "last", "next", "this")) {
                return false;
            }
        }
        return time;
    }

    private static boolean isTimeWord(SentenceView v, int i) {
        String l = Regexes.replaceAll(v.lower(i), "'s$", "");
        return Lex.MONTH_WORDS.contains(l) || l.endsWith("day") || l.equals("late") || l.equals("early")
                || l.equals("night") || l.equals("morning") || l.equals("overnight") || l.equals("today");
    }

    private static boolean passive(SentenceView v, int verb) {
        return v.lower(verb).endsWith("ed") && (v.is(verb - 1, "be", "been", "being", "was", "were", "is", "are")
                || v.is(verb - 2, "be", "been", "was", "were"));
    }

    /** NPs coordinated with "and", "or" or commas, starting at a. */
    private static List<int[]> npList(SentenceView v, int a, int limit) {
        List<int[]> out = new ArrayList<>();
        int i = a;
        while (i < limit) {
            // "al-Shabab militants": the Arabic article opens the name, however it was tokenised
            int start = i;
            if (isNameStart(v, i) && v.is(i, "al", "el", "al-", "el-")) {
                i += v.is(i + 1, "-") ? 2 : 1;
            }
            Chunk c = v.chunk(i);
            int b;
            if (c != null && "NP".equals(c.type()) && (c.first() == i || c.first() == start)) {
                b = Math.min(c.end(), limit);
                // the chunker may put "Moscow and Washington" in one NP: split it
                for (int k = i + 1; k < b - 1; k++) {
                    if (coordinationAt(v, k, b)) {
                        b = k;
                        break;
                    }
                }
            } else if (v.isNoun(i) || v.tok(i).isCapitalised()) {
                b = i + 1;
                while (b < limit && (v.isNoun(b) || v.tok(b).isCapitalised() || v.isIn(b, CONNECT))) {
                    b++;
                }
            } else {
                break;
            }
            // extend across "-led coalition", "al-" pieces and following name parts
            while (b < limit && (v.isIn(b, CONNECT) || v.lower(b).startsWith("-")) && (v.isNoun(b + 1) || v.tok(b + 1 < v.size() ? b + 1 : b).isCapitalised())) {
                b += 2;
            }
            // "the Iran - aligned Houthi movement": a backer hyphened to the participle, then the name it qualifies
            if (b + 2 < limit && v.lower(b).equals("-") && (v.isIn(b + 1, BACKED) || v.is(b + 1, "led"))
                    && (v.isNoun(b + 2) || v.tok(b + 2).isCapitalised())) {
                b += 2;
                while (b < limit && (v.isNoun(b) || v.tok(b).isCapitalised())) {
                    b++;
                }
            }
            // a name with "of" inside: "the International Committee of the Red Cross"
            if (b + 1 < limit && b > i && v.tok(b - 1).isCapitalised() && v.is(b, "of")) {
                int c2 = v.is(b + 1, "the") ? b + 2 : b + 1;
                if (c2 < limit && v.tok(c2).isCapitalised() && !Lex.DEMONYM.containsKey(v.lower(c2))) {
                    int e = c2 + 1;
                    while (e < limit && (v.tok(e).isCapitalised() || v.lower(e).startsWith("-"))) {
                        e++;
                    }
                    b = e;
                }
            }
            b = Math.min(b, limit);
            out.add(new int[] {start, b});
            i = b;
            if (i < limit && (v.is(i, "and", "or") || v.tok(i).text().equals(","))) {
                i++;
                if (i < limit && v.is(i, "and", "or")) {
                    i++;
                }
                continue;
            }
            break;
        }
        return out;
    }

    /** The subject NP ending at token j, and those coordinated before it ("X and their Y allies"). */
    private static List<int[]> npListBack(SentenceView v, int j) {
        List<int[]> out = new ArrayList<>();
        int end = j + 1;
        int guard = 0;
        boolean anded = false;
        while (end > 0 && guard++ < 4) {
            Chunk c = v.chunk(end - 1);
            int a;
            if (c != null && "NP".equals(c.type())) {
                a = c.first();
            } else {
                a = end - 1;
                while (a > 0 && (v.isNoun(a - 1) || v.tok(a - 1).isCapitalised() || v.is(a - 1, "-"))) {
                    a--;
                }
            }
            // an NP broken by the chunker at a hyphen or "-led": join its pieces
            while (a > 1 && (v.lower(a - 1).equals("-") || v.lower(a).startsWith("-") || v.lower(a - 1).endsWith("-"))) {
                Chunk p = v.chunk(a - 2);
                a = p != null && "NP".equals(p.type()) ? p.first() : a - 2;
            }
            // "Rwanda-backed M23 rebels": the backer, one token tagged as a verb, qualifies the NP after it
            // ("the army and allied militias": so does a participle of alliance)
            if (a >= 1 && (BACKED_TOKEN.matcher(v.lower(a - 1)).matches() || v.is(a - 1, "allied", "affiliated", "armed")
                    && !v.is(a - 2, "were", "was", "are", "is", "been", "be", "have", "has", "had"))) {
                a--;
            }
            // a name with "of" inside: "Government of National Accord"
            if (a >= 2 && v.is(a - 1, "of") && v.tok(a).isCapitalised() && v.tok(a - 2).isCapitalised()) {
                Chunk p = v.chunk(a - 2);
                a = p != null && "NP".equals(p.type()) ? p.first() : a - 2;
            }
            // the chunker may put "Armenia and Azerbaijan" in one NP: split it as npList does
            int cut = -1;
            for (int k = end - 2; k > a; k--) {
                if (coordinationAt(v, k, end)) {
                    cut = k;
                    break;
                }
            }
            if (cut > a) {
                out.add(0, new int[] {cut + 1, end});
                // ("According to information gathered by the Mission, Russian armed forces struck": a comma with no
                // "and" after it, after the object of a preposition, ends a phrase before the subject, it lists nothing)
                if (v.tok(cut).text().equals(",") && !anded && a > 0 && "ADP".equals(v.tok(a - 1).upos())) {
                    break;
                }
                anded = true;
                end = v.is(cut - 1, ",") ? cut - 1 : cut;
                continue;
            }
            out.add(0, new int[] {a, end});
            if (a >= 2 && v.is(a - 1, "and", "or") && (v.isNoun(a - 2) || v.tok(a - 2).isCapitalised())) {
                end = a - 1;
                anded = true;
                continue;
            }
            // "ministers of Niger, Mali and Burkina Faso": a name before a comma opens a list the "and" closes
            // ("In Kharkiv, Russian forces and Chechen units attacked": not a place opening the sentence)
            Chunk before = a >= 2 ? v.chunk(a - 2) : null;
            int opens = before != null && "NP".equals(before.type()) ? before.first() : a - 2;
            if (anded && a >= 2 && v.tok(a - 1).text().equals(",") && v.tok(a).isCapitalised()
                    && v.tok(a - 2).isCapitalised() && (opens == 0 || !"ADP".equals(v.tok(opens - 1).upos())
                    || v.is(opens - 1, "of")) && v.findPunct(a, end) < 0) {
                end = a - 1;
                continue;
            }
            // a headline's comma for "and": "Israel, Hamas agree to ceasefire" (a name alone opens the sentence)
            if (a == 2 && v.tok(1).text().equals(",") && v.tok(0).isProperNoun() && v.tok(a).isCapitalised()) {
                out.add(0, new int[] {0, 1});
            }
            break;
        }
        return out;
    }

    /**
     * Token {@code k}, inside one chunk that ends before {@code end}, joins two phrases the chunker took for one:
     * "Moscow and Washington", "the army and the rebels", and two armed sides whatever the capitals ("rebels and
     * government soldiers").
     */
    private static boolean coordinationAt(SentenceView v, int k, int end) {
        return (v.is(k, "and", "or") || v.tok(k).text().equals(",")) && (v.tok(k + 1).isCapitalised()
                || Regexes.matches(v.tok(k + 1).upos(), "DET|PRON")
                || v.is(k, "and") && v.isIn(k - 1, Lex.GENERIC_ACTOR) && (v.isIn(end - 1, Lex.GENERIC_ACTOR)
                || v.is(end - 1, "group", "groups") && v.isIn(end - 2, Lex.GENERIC_ACTOR)));
    }

    /** Token {@code k} is a backer's suffix split off its name: "-backed", "-aligned", "-linked". */
    private static boolean backerSuffix(SentenceView v, int k) {
        return k < v.size() && BACKED_TOKEN.matcher(v.lower(k)).matches() && v.lower(k).indexOf('-', 1) < 0;
    }

    /** Token {@code k} is an owner, marked by a possessive of its own or next to it: "junta's", "Russia" "'s". */
    private static boolean owner(SentenceView v, int k) {
        return possessiveEnd(v.lower(k)) || v.is(k + 1, "'s", "’s");
    }

    /** The state organ of {@code organs} that token {@code k} names as an owner ("the junta's"), or null. */
    private static Argument owningOrgan(SentenceView v, int k, Set<String> organs) {
        String bare = Regexes.replaceAll(v.lower(k), "['’]s$", "");
        return owner(v, k) && organs.contains(bare) ? new Argument(bare, null, v.mention(k, k + 1)) : null;
    }

    /** An agent name from the NP [a, b): a name as written, a demonym's country, or a generic actor. */
    Argument agentFrom(SentenceView v, int a, int b) {
        // ("a fighter" "jet dropped two bombs": the kind of aircraft, split off by the trigger, is no fighter)
        if (b > a && b < v.size() && v.is(b - 1, "fighter", "fighters") && v.isIn(b, Lex.AIRCRAFT)) {
            return null;
        }
        // ("the UN" "-backed" "government": the backer, split off by the chunker, is not the actor)
        int after = b < v.size() && v.isPunct(b) && !v.lower(b).startsWith("-") ? b + 1 : b;
        if (backerSuffix(v, after)) {
            return null;
        }
        // "DOHA, Nov 27 (Reuters) - Israel and Hamas": the dateline ends at the dash after the agency
        for (int k = a + 1; k < b; k++) {
            if (Regexes.matches(v.tok(k).text(), "[-–—]+") && v.is(k - 1, ")")) {
                a = k + 1;
            }
        }
        boolean definite = a < b && v.is(a, "the");
        int np = a;
        while (a < b && (v.tok(a).upos().equals("DET") || v.is(a, "its", "their", "his", "her", "our", "both", "new",
                "major", "key", "main", "heavy", "large-scale", "fresh", "renewed", "intense", "the", "a", "an")
                || v.tok(a).upos().equals("ADJ") && !v.tok(a).isCapitalised() && !v.isIn(a, Lex.GENERIC_ACTOR)
                || v.tok(a).upos().equals("NUM") || v.isPunct(a) && !v.lower(a).equals("-"))) {
            a++;
        }
        while (b > a && (v.isPunct(b - 1) || v.tok(b - 1).upos().equals("ADP"))) {
            if (backerSuffix(v, b - 1)) {
                return null; // (an NP that ends on "-backed": the backer of what follows)
            }
            b--;
        }
        // "the Dbeibah-aligned 444 Brigade", "the Iran-backed Houthis": the backer is not the actor
        // ("the al-Qaida-linked group": the backer's name may be several tokens long)
        int backed = -1; // the first token after the backer
        for (int k = a + 1; k + 2 < b && k <= a + 4; k++) {
            if (v.lower(k).equals("-") && v.isIn(k + 1, BACKED)) {
                backed = k + 2;
            }
        }
        for (int k = a; k + 1 < b && k <= a + 4; k++) {
            if (BACKED_TOKEN.matcher(v.lower(k)).matches()) {
                backed = k + 1; // "al-Qaida" "-linked", or one token
            } else if (k + 2 < b && v.lower(k).endsWith("-") && v.isIn(k + 1, BACKED)) {
                backed = k + 2; // "Russian-" "backed"
            }
        }
        if (backed > 0) {
            a = backed;
            while (a < b && (v.tok(a).upos().equals("NUM") || v.tok(a).upos().equals("ADJ") && !v.tok(a).isCapitalised())) {
                a++;
            }
        }
        if (a >= b) {
            return null;
        }
        String headLower = v.lower(b - 1);
        if (v.tok(b - 1).upos().equals("PRON") || Set.of("he", "she", "it", "they", "we", "i", "you", "who", "which")
                .contains(headLower)) {
            return null;
        }
        // "the junta's forces", "the regime's troops": the organ that owns them
        if (v.isIn(b - 1, Lex.GENERIC_ACTOR)) {
            for (int k = a; k < b - 1; k++) {
                Argument organ = owningOrgan(v, k, BARE_STATE_ORGAN);
                if (organ != null) {
                    return organ;
                }
            }
        }
        // demonym + ally/aircraft: "its Russian allies", "Syrian warplanes"
        if (v.isIn(b - 1, WEAPON_HEAD)) {
            for (int k = a; k < b; k++) {
                String country = Lex.demonymCountry(v.tok(k).text());
                if (country != null && !v.is(k, "us")) {
                    return new Argument(countryForm(country), entityKey(v, k, k + 1), v.mention(k, k + 1));
                }
                // ("Russia's warplanes": the tagger may join the possessive to the name, "PROPN+PART")
                boolean owner = owner(v, k);
                if (v.tok(k).isCapitalised() && (v.tok(k).isProperNoun() || owner && v.tok(k).upos().startsWith("PROPN"))
                        && !Lex.DEMONYM.containsKey(v.lower(k))) {
                    Entity e = entityAt(v, k, k + 1);
                    if (e != null && e.type() == EntityType.State) {
                        return new Argument(Regexes.replaceAll(v.tok(k).text(), "['’]s$", ""), e.key(), v.mention(k, k + 1));
                    }
                }
                // "the junta's aircraft", "the military's jets": the state organ that owns them
                Argument organ = v.isIn(b - 1, Lex.AIRCRAFT) ? owningOrgan(v, k, STATE_ORGAN) : null;
                if (organ != null) {
                    return organ;
                }
            }
            if (!v.isIn(b - 1, Lex.AIRCRAFT)) {
                return null;
            }
            return null;
        }
        // a dateline ("CAIRO -", "BAGHDAD (AP) —") names where the report was filed, not who acted
        if (a == 0 && v.tok(0).text().length() > 2 && v.tok(0).text().equals(v.tok(0).text().toUpperCase(Locale.ROOT))
                && (Regexes.matches(v.lower(1), "[-–—(:,]") || v.lower(1).isEmpty())) {
            a++;
            while (a < b && v.isPunct(a)) {
                a++;
            }
            if (a >= b) {
                return null;
            }
        }
        // named: from the first capitalised word to the last name or actor word
        int first = -1;
        for (int k = a; k < b; k++) {
            boolean demonym = Lex.demonymCountry(v.tok(k).text()) != null;
            boolean sentenceInitialNoun = (k == 0 || v.isPunct(k - 1)) && !v.tok(k).isProperNoun() && !demonym
                    && !v.isIn(k, Lex.GENERIC_ACTOR) && entityAt(v, k, k + 1) == null;
            if (k > a && v.is(k - 1, "in", "near", "at", "outside", "inside")) {
                break; // "diplomats in NY": a place inside the NP, not the actor
            }
            // ("New People's Army rebels": a name the article found starts where it starts, whatever its first word)
            if (v.tok(k).isCapitalised() && !notName(v.lower(k)) && !sentenceInitialNoun
                    && Regexes.matches(v.tok(k).upos(), "PROPN|NOUN|ADJ|X|VERB") || demonym
                    || v.tok(k).isCapitalised() && !sentenceInitialNoun && !owner(v, k) && entityAt(v, k, k + 1) != null) {
                first = k;
                break;
            }
        }
        if (first >= 0) {
            int last = first;
            // "al-Shabab militants": the lower-case article is part of the name
            if (first - 2 >= a && v.lower(first - 1).equals("-") && Regexes.matches(v.lower(first - 2), "al|el")) {
                first -= 2;
            } else if (first - 1 >= a && Regexes.matches(v.lower(first - 1), "al-|el-")) {
                first -= 1;
            }
            for (int k = last; k < b; k++) {
                if (v.tok(k).isCapitalised() || v.isIn(k, Lex.GENERIC_ACTOR) || v.isIn(k, CONNECT)
                        || v.lower(k).startsWith("-") || v.lower(k).endsWith("-") || v.is(k, "government", "military",
                        "ministry", "defence", "defense", "coalition", "command", "group", "faction", "alliance")
                        || v.is(k, "the") && v.is(k - 1, "of") && k + 1 < b && v.tok(k + 1).isCapitalised()) {
                    last = k;
                } else {
                    break;
                }
            }
            while (last > first && v.is(last, "of", "the", "and")) {
                last--; // "the International Committee of" the chunk cut short
            }
            // a capitalised generic word at sentence start ("Government forces")
            int start = first;
            if (first > a && v.isIn(first - 1, Lex.GENERIC_ACTOR) && v.tok(first - 1).isCapitalised()) {
                start = first - 1;
            }
            // a lower-case particle that opens the name: "al Qaeda", "al Shabaab"
            if (first > a && NAME_PARTICLE.contains(v.tok(first - 1).text())) {
                start = first - 1;
            }
            // ("the Radaa Special Deterrence Force": a known name runs on where the chunker cut it)
            // (after a demonym only to a word for forces: "Iraqi air force", not "Turkish counterpart")
            int known = owner(v, last) ? last : knownNameEnd(v, start, last + 1) - 1;
            if (known > last && (Lex.demonymCountry(v.tok(start).text()) == null || v.isIn(known, Lex.GENERIC_ACTOR))) {
                last = known;
            }
            // ("Fighters of the Group for the Support of Islam and Muslims": the chunk began inside a known name)
            Named within = mentionAt(v, start, last + 1);
            if (within != null && within.entity().type() != EntityType.State && within.entity().type() != EntityType.Place
                    && within.mention().start() < v.tok(start).start()
                    && within.mention().end() >= v.tok(last).end()) {
                return new Argument(cleanName(within.mention().text()), within.entity().key(), within.mention());
            }
            String text = cleanName(v.span(start, last + 1));
            if (last == start) {
                String country = Lex.demonymCountry(text);
                if (country != null) {
                    return new Argument(countryForm(country), entityKey(v, start, start + 1), v.mention(start, start + 1));
                }
                // ("a Moroccan drone strike": any demonym the gazetteer gives a country is that country)
                Entity state = entityAt(v, start, start + 1);
                if (state != null && state.type() == EntityType.State && !state.text().equalsIgnoreCase(text)
                        && Lex.demonymShaped(text)) {
                    return new Argument(state.text(), state.key(), v.mention(start, start + 1));
                }
            }
            if (text.length() < 2 || isTimeWord(v, start)) {
                return null;
            }
            return new Argument(text, entityKey(v, start, last + 1), v.mention(start, last + 1));
        }
        // generic actor: "rebels", "government forces", "the regime"
        if (v.isIn(b - 1, Lex.GENERIC_ACTOR)) {
            int s = b - 1;
            while (s > a && (v.isIn(s - 1, Lex.GENERIC_ACTOR) || v.is(s - 1, "pro-", "-", "pro-government", "security",
                    "state", "government", "rebel", "opposition", "resistance", "islamist", "armed", "tribal", "ethnic",
                    "separatist", "jihadist", "guerrilla", "paramilitary", "local", "defence", "defense", "self-defence"))) {
                s--;
            }
            String text = cleanName(v.span(s, b));
            return new Argument(text, null, v.mention(s, b));
        }
        // "armed men", "masked men", "an ethnic armed group": men named by their arms are attackers
        int armed = ARMED_HEAD.contains(v.lower(b - 1)) ? v.find(Math.max(np, b - 3), b - 1, "armed", "masked") : -1;
        // ("some bandit groups", "rebel groups": groups named by what their men are)
        if (armed < 0 && b - 2 >= np && v.is(b - 1, "group", "groups") && v.isIn(b - 2, Lex.GENERIC_ACTOR)
                && !v.is(b - 2, "government", "army", "military", "police", "coalition", "opposition")) {
            armed = b - 2;
        }
        // (not "the Three Brotherhood Alliance of ethnic armed groups": what the name before "of" is made of)
        if (armed >= 0 && !(v.is(np - 1, "of") && np >= 2 && v.tok(np - 2).isCapitalised())) {
            return new Argument(cleanName(v.span(armed, b)), null, v.mention(armed, b));
        }
        return (definite || backed > 0) && b == a + 1 ? namedBefore(v, a) : null;
    }

    /**
     * Whom a sentence holds responsible for violence it does not itself report: "He blamed the Allied
     * Democratic Forces (ADF)", "the attack was blamed on Boko Haram", "al-Shabaab claimed responsibility",
     * "said the ADF was responsible". Named actors only (a country, a group, an organisation): "No group has
     * claimed responsibility" names no one.
     */
    List<Argument> heldResponsible(SentenceView v) {
        List<Argument> out = new ArrayList<>();
        int n = v.size();
        for (int i = 0; i < n; i++) {
            if (v.is(i, "blame", "blamed", "blames", "blaming") && v.isVerb(i)) {
                int on = v.find(i + 1, Math.min(n, i + 6), "on");
                if (on >= 0) {
                    out.addAll(npArgs(v, on + 1, on + 10));
                } else if (!v.is(i + 1, "for") && !passive(v, i)) {
                    out.addAll(npArgs(v, i + 1, i + 10));
                }
            } else if (v.is(i, "attributed") && v.is(i + 1, "to")) {
                out.addAll(npArgs(v, i + 2, i + 11));
            } else if (v.is(i, "claimed") && v.is(i + 1, "by") && v.is(i - 1, "was", "were", "been", "be")) {
                // "The attack was claimed by Islamic State"; "by the Al-Qaeda-linked Group to Support Islam and
                // Muslims (JNIM)": the armed group named there, not the one it is linked to
                out.addAll(npArgs(v, i + 2, i + 11));
                int end = Math.min(v.size(), i + 16);
                int cut = v.find(i + 2, end, ",", ";", "according", "which", "who");
                out.addAll(armedGroupsNamed(v, v.tok(i).end() + 1, v.tok((cut < 0 ? end : cut) - 1).end()));
            } else if (v.is(i, "claimed", "claims", "claim", "claiming") && (v.is(i + 1, "responsibility")
                    || (v.is(i + 1, "the", "an", "a", "that", "this", "last") || weekdayPossessive(v, i + 1))
                    && v.is(i + 2, "attack", "attacks", "bombing",
                    "bombings", "ambush", "raid", "assault", "killing", "killings", "kidnapping"))
                    || v.is(i, "responsible") && v.is(i - 1, "was", "were", "is", "are") && !v.is(i + 1, "for")) {
                int verb = v.is(i, "responsible") ? i - 1 : i;
                List<Argument> subject = subjectArgs(v, verb);
                out.addAll(subject);
                if (subject.stream().noneMatch(a -> a != null && typeOf(a) == EntityType.ArmedGroup)) {
                    // "The al-Qaida-linked al-Shabab extremist group claimed": the armed group named in the subject,
                    // not the one it is linked to
                    out.addAll(armedGroupsNamed(v, v.s.start(), v.tok(verb).start()));
                }
                if (verb >= 3 && v.is(verb - 1, ")") && v.is(verb - 3, "(")) {
                    out.add(agentFrom(v, verb - 2, verb - 1)); // "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed"
                }
            }
        }
        out.removeIf(a -> a == null || a.entityKey() == null || typeOf(a) == EntityType.Place
                || typeOf(a) == EntityType.Person);
        // named as the article usually names it ("ADF" rather than the "Allied Democratic Forces" it is spelt out as once)
        out.replaceAll(a -> new Argument(usualForm(byKey.get(a.entityKey())), a.entityKey(), a.mention()));
        return dedupe(out);
    }

    /**
     * The armed groups named within characters [from, to) of the sentence, as named there, but not a backer
     * written before a hyphen ("the Al-Qaeda-linked group": the group, not al-Qaeda).
     */
    private List<Argument> armedGroupsNamed(SentenceView v, int from, int to) {
        List<Argument> out = new ArrayList<>();
        for (Named me : mentionsIn(v.s.index())) {
            Mention m = me.mention();
            boolean backer = m.end() < v.s.end() && v.doc.text().charAt(m.end()) == '-';
            if (m.start() >= from && m.end() <= to && me.entity().type() == EntityType.ArmedGroup && !backer) {
                out.add(new Argument(m.text(), me.entity().key(), m));
            }
        }
        return out;
    }

    /** "Sunday's": a weekday's possessive. */
    private static boolean weekdayPossessive(SentenceView v, int k) {
        String l = v.lower(k);
        return (l.endsWith("'s") || l.endsWith("’s")) && Lex.WEEKDAYS.contains(l.substring(0, l.length() - 2));
    }

    /** The form an entity is most often mentioned by; of forms as frequent, the first. */
    private static String usualForm(Entity e) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Mention m : e.mentions()) {
            counts.merge(m.text(), 1, Integer::sum);
        }
        String best = e.text();
        int max = 0;
        for (var c : counts.entrySet()) {
            if (c.getValue() > max) {
                best = c.getKey();
                max = c.getValue();
            }
        }
        return cleanName(best);
    }

    /** Head words by which an article refers back to a group it has named ("the alliance", "the movement"). */
    private static final Set<String> GROUP_ANAPHOR = Set.of("alliance", "movement", "group", "front", "militia",
            "brigade", "faction", "organisation", "organization");

    /**
     * "the alliance" after "the Three Brotherhood Alliance": the group or organisation named last before token k
     * whose name ends in that word; "the group" is also the one armed group the article names.
     */
    private Argument namedBefore(SentenceView v, int k) {
        String head = v.lower(k);
        if (!GROUP_ANAPHOR.contains(head)) {
            return null;
        }
        int here = v.tok(k).start();
        Entity best = null;
        Mention bestMention = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.ArmedGroup && e.type() != EntityType.Organization
                    || !lastWord(e.text()).equalsIgnoreCase(head) && !(head.equals("group") && e == mainGroup)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                boolean before = m.sentence() < v.s.index() || m.sentence() == v.s.index() && m.end() <= here;
                if (before && (bestMention == null || m.sentence() > bestMention.sentence()
                        || m.sentence() == bestMention.sentence() && m.start() > bestMention.start())) {
                    best = e;
                    bestMention = m;
                }
            }
        }
        return best == null ? null : new Argument(usualForm(best), best.key(), v.mention(k, k + 1));
    }

    /** A name fit to be an agent in modifier position: a country, an actor word, or a known actor entity. */
    private boolean actorLike(Argument a) {
        String n = norm(a.name());
        for (String w : Regexes.split(n, "[ \\-]+")) {
            if (Lex.GENERIC_ACTOR.contains(w) || Lex.DEMONYM.containsKey(w) || Lex.DEMONYM.containsValue(capitalise(w))
                    || w.equals("us") || w.equals("coalition") || w.equals("government")) {
                return true;
            }
        }
        if (a.entityKey() != null) {
            Entity e = byKey.get(a.entityKey());
            return e != null && e.type() != EntityType.Place;
        }
        return false;
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private String countryForm(String country) {
        // prefer the article's own short form ("US", "Russia") when the entity list has it
        return stateForms.getOrDefault(country.toLowerCase(Locale.ROOT), country);
    }

    // ---------------------------------------------------------------- targets

    List<Argument> targets(SentenceView v, TriggerRule.Hit h) {
        List<Argument> out = new ArrayList<>();
        int head = h.head();
        int n = v.size();
        int from = -1;
        if (v.isVerb(head) && !passive(v, head)) {
            from = head + 1;
        } else {
            for (int j = head + 1; j < Math.min(n, head + 4); j++) {
                if (v.is(j, "on", "against", "of", "targeting")) {
                    from = j + 1;
                    break;
                }
                if (v.isVerb(j)) {
                    break;
                }
            }
        }
        if (from < 0 || from >= n) {
            return out;
        }
        for (int[] np : npList(v, from, Math.min(n, from + 12))) {
            int a = np[0];
            int b = np[1];
            if (b < n && v.is(b, "of") && v.isIn(b - 1, PLACE_NOUN)) {
                // "positions of the Syrian army"
                List<int[]> inner = npList(v, b + 1, Math.min(n, b + 8));
                if (!inner.isEmpty()) {
                    a = inner.get(0)[0];
                    // ("the town of Dembi Dollo": the whole of a known name the chunker split)
                    b = knownNameEnd(v, a, inner.get(0)[1]);
                }
            }
            int first = v.is(a, "the") ? a + 1 : a;
            boolean partOfDay = v.is(first, "night", "morning", "evening", "afternoon", "dawn", "dusk") && v.is(first + 1, "of");
            if (timeOnly(v, a, b) || partOfDay || b - a == 1 && v.is(a, "which", "that", "who", "whom", "it", "them", "this")) {
                continue; // "went into force on Friday": a day is no target, nor a bare pronoun
            }
            Argument g = agentFrom(v, a, b);
            if (g == null) {
                while (a < b && Regexes.matches(v.tok(a).upos(), "DET|NUM|ADJ")) {
                    a++;
                }
                if (a < b && !v.isIn(b - 1, PLACE_NOUN)) {
                    g = new Argument(cleanName(v.span(a, b)), entityKey(v, a, b), v.mention(a, b));
                }
            }
            if (g != null && (g.name().endsWith("-") || g.name().endsWith("–"))) {
                continue; // ("the Ukrainian-held town": a fragment the chunker cut at the hyphen)
            }
            addUnique(out, g);
        }
        return dedupe(out);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The clause around a trigger: bounded by quote marks, semicolons, reporting verbs, and a
     * coordinated clause with a subject of its own (", and the army responded").
     */
    static int[] clause(SentenceView v, TriggerRule.Hit h) {
        int a = Math.max(0, h.first() - 10);
        int b = Math.min(v.size(), h.end() + 16);
        // "The strikes, carried out overnight on Thursday into Friday, hit radar sites in the capital Sanaa": the
        // window counts past an aside that follows the trigger
        int close = v.is(h.end(), ",") ? v.find(h.end() + 1, Math.min(v.size(), h.end() + 14), ",") : -1;
        if (close > 0 && v.isVerb(h.end() + 1) && v.lower(h.end() + 1).endsWith("ed")) {
            b = Math.min(v.size(), b + close - h.end());
        }
        // "pushed toward Kyiv after seizing the plant": a gerund after "after" or "before" opens a clause of its own
        boolean gerund = h.first() > 0 && v.isVerb(h.first()) && v.lower(h.first()).endsWith("ing")
                && v.is(h.first() - 1, "after", "before", "upon");
        for (int j = gerund ? -1 : h.first() - 1; j >= a; j--) {
            String t = v.tok(j).text();
            // ("X push into Kursk as Belgorod shelled": a clause of its own after "as" or "while", its subject first)
            boolean asClause = v.is(j, "as", "while", "whereas") && j + 1 < h.first() && (v.isVerb(h.head()) || v.headline)
                    && Regexes.matches(v.tok(j + 1).upos(), "DET|NOUN|PROPN|ADJ|NUM");
            if (t.equals(";") || t.equals("\"") || t.equals("“") || t.equals("”") || v.isIn(j, Lex.SAY) && v.isVerb(j)
                    || v.is(j, "according") || v.clauseWithSubjectAt(j, h.end()) || asClause) {
                a = j + 1;
                // ("According to information gathered by the Mission, Russian forces struck": the source's phrase
                // ends at its comma)
                int comma = v.is(j, "according") ? v.find(j + 1, h.first(), ",") : -1;
                if (comma > 0) {
                    a = comma + 1;
                }
                break;
            }
        }
        for (int j = h.end(); j < b; j++) {
            String t = v.tok(j).text();
            if (t.equals(";") || t.equals("\"") || t.equals("“") || t.equals("”") || v.isIn(j, Lex.SAY) && v.isVerb(j)
                    || v.is(j, "according") || v.clauseWithSubjectAt(j, v.size()) || causeClauseAt(v, j)
                    || h.type() == EventType.Capture && gerundClauseAt(v, j) || asClauseAt(v, j)) {
                b = j;
                break;
            }
        }
        return new int[] {gerund ? h.first() : a, b};
    }

    /**
     * "Airstrike Kills 11 in Kyauktaw Village as AA Tightens Grip Around Sittwe", "killed five as the army shelled
     * Idlib": "as" opening a clause of its own after the event, whose places are its own.
     */
    private static boolean asClauseAt(SentenceView v, int j) {
        if (!v.is(j, "as") || j + 2 >= v.size() || j > 0 && v.is(j - 1, "such", "well", "known",
                "so", "same", "just", "described", "seen", "regarded") || v.is(j + 1, "part", "well", "many", "much", "of",
                "if", "though", "a", "an", "long", "soon", "far", "to", "recently", "late", "early", "usual")
                || !Regexes.matches(v.tok(j + 1).upos(), "DET|NOUN|PROPN|ADJ|NUM")) {
            return false;
        }
        if (v.headline) {
            return true; // (a headline's parts of speech are unreliable; its "as" joins two news)
        }
        for (int k = j + 2; k < Math.min(v.size(), j + 8) && !v.isPunct(k); k++) {
            if (v.isVerb(k) && !"AUX".equals(v.tok(k).upos()) && !v.lower(k).endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The fighting erupted after the brigade's commander was detained at Mitiga airport": "after", "before" or
     * "because" opening a clause with a verb of its own, where what it tells happened.
     */
    private static boolean causeClauseAt(SentenceView v, int j) {
        // (with a subject of its own: not "killed two civilians before being driven out of Hadrut")
        if (!v.is(j, "after", "before", "because") || j + 1 >= v.size()
                || !Regexes.matches(v.tok(j + 1).upos(), "DET|NOUN|PROPN|PRON|ADJ|NUM")) {
            return false;
        }
        for (int k = j + 1; k < Math.min(v.size(), j + 8) && !v.isPunct(k); k++) {
            if (v.isVerb(k) && !"AUX".equals(v.tok(k).upos()) && !v.lower(k).endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** "retook the village before moving on Izium": "after" or "before" opening a clause of an active gerund. */
    private static boolean gerundClauseAt(SentenceView v, int j) {
        return v.is(j, "after", "before") && j + 1 < v.size() && v.isVerb(j + 1) && v.lower(j + 1).endsWith("ing")
                && !v.is(j + 1, "being", "having", "getting");
    }

    private static boolean isNameStart(SentenceView v, int k) {
        if (k < v.size() && v.is(k, "al", "el", "al-", "el-") && (v.is(k + 1, "-") && v.tok(k + 2).isCapitalised()
                || v.lower(k).endsWith("-") && v.tok(k + 1).isCapitalised())) {
            return true; // "al-Qaterji"
        }
        return k < v.size() && v.tok(k).isCapitalised() && !notName(Regexes.replaceAll(v.lower(k), "'s$", ""))
                && !isTimeWord(v, k)
                && !v.tok(k).upos().equals("PRON") && v.tok(k).text().codePoints().anyMatch(Character::isLetter);
    }

    private static int nameEnd(SentenceView v, int k, int end) {
        if (v.lower(k).endsWith("'s") || v.lower(k).endsWith("’s")) {
            return k + 1; // "Kyiv's Sviatoshynskyi district": the owner alone
        }
        int b = k + 1;
        while (b < end) {
            String low = v.lower(b);
            boolean cap = v.tok(b).isCapitalised() && (!notName(low) || ORG_HEAD.contains(low))
                    || Regexes.matches(low, "(al|el|ad|as|ash|ar|at|an|az|ibn|bin|abu|bani|beit|deir|tal|tel)-\\p{L}.*");
            boolean conn = (low.equals("al") || low.equals("al-") || low.equals("el") || low.equals("-")
                    || low.equals("el-") || low.equals("ad") || low.equals("de")) && b + 1 < end;
            if (low.endsWith("'s") || low.endsWith("’s")) {
                if (cap && low.length() > 2) {
                    b++; // "Sagaing Region’s": the owner's whole name, its possessive cleaned off later
                }
                break;
            }
            if (cap || conn) {
                b++;
            } else {
                break;
            }
        }
        while (b > k + 1 && (v.lower(b - 1).equals("-") || v.lower(b - 1).equals("al") || v.lower(b - 1).equals("al-"))) {
            b--;
        }
        return b;
    }

    static String cleanName(String s) {
        // ("the Houthis' chief negotiator": a plural's possessive is its apostrophe alone)
        String t = Regexes.replaceAll(Regexes.replaceAll(s.strip(), "['’‘]s$", ""), "(?<=\\p{L}s)['’]$", "");
        // ("U.S.", "U.N.": the last dot of a dotted abbreviation is its own)
        t = Regexes.matches(t, ".*\\b(?:\\p{Lu}\\.){2,}") ? t : Regexes.replaceAll(t, "[.,:;!?\"“”]+$", "");
        t = Regexes.replaceAll(t, "^[\"“”']+", "");
        if (t.toLowerCase(Locale.ROOT).startsWith("the ")) {
            t = t.substring(4);
        }
        return t.strip();
    }

    /** An entity's mention, with the entity. */
    private record Named(Mention mention, Entity entity) {
    }

    /** The entity mentions of one sentence, in the order of the entities and their mentions. */
    private List<Named> mentionsIn(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /** The type of the entity an argument names, or null when it names none. */
    EntityType typeOf(Argument a) {
        Entity e = a.entityKey() == null ? null : byKey.get(a.entityKey());
        return e == null ? null : e.type();
    }

    private Entity entityAt(SentenceView v, int a, int b) {
        Named me = mentionAt(v, a, b);
        return me == null ? null : me.entity();
    }

    /** The first known name that overlaps tokens [a, b), or null. */
    private Named mentionAt(SentenceView v, int a, int b) {
        int cs = v.tok(a).start();
        int ce = v.tok(b - 1).end();
        for (Named me : mentionsIn(v.s.index())) {
            if (me.mention().start() < ce && cs < me.mention().end()) {
                return me;
            }
        }
        return null;
    }

    /** The end of the known name that overlaps tokens [a, b), when it runs on past b; else b. */
    private int knownNameEnd(SentenceView v, int a, int b) {
        Named me = mentionAt(v, a, b);
        while (me != null && b < v.size() && v.tok(b).start() < me.mention().end()) {
            b++;
        }
        return b;
    }

    /**
     * "UN-Arab League envoy Lakhdar Brahimi", "African Union mediator Olusegun Obasanjo": the person an envoy's or a
     * mediator's title in tokens [a, limit) names, the name that follows it; else null.
     */
    Argument envoyNamed(SentenceView v, int a, int limit) {
        int title = v.find(a, Math.min(v.size(), limit), "envoy", "envoys", "mediator", "mediators", "representative");
        if (title < 0 || v.find(a, title, ",", "and", ";") >= 0) {
            return null;
        }
        int end = title + 1;
        // ("Staffan de Mistura": a lower-case particle inside the name)
        while (end < v.size() && !v.isPunct(end) && (v.tok(end).isCapitalised() || end > title + 1 && end + 1 < v.size()
                && v.is(end, "de", "da", "di", "du", "van", "von", "al", "el", "bin", "ibn", "ould") && v.tok(end + 1).isCapitalised())) {
            end++;
        }
        Entity e = entityAt(v, title + 1, end);
        if (end - title - 1 < 2 && (e == null || e.type() != EntityType.Person)) {
            return null;
        }
        return new Argument(v.span(title + 1, end), e == null ? null : e.key(), v.mention(title + 1, end));
    }

    private String entityKey(SentenceView v, int a, int b) {
        Entity e = entityAt(v, a, b);
        return e == null ? null : e.key();
    }

    static void addUnique(List<Argument> out, Argument a) {
        if (a == null || a.name() == null || a.name().isBlank()) {
            return;
        }
        for (Argument o : out) {
            // the same name, or another name of the same entity ("Azerbaijan" after "Azerbaijani forces"): the first stays
            if (sameName(o.name(), a.name()) || a.entityKey() != null && a.entityKey().equals(o.entityKey())) {
                return;
            }
        }
        out.add(a);
    }

    static List<Argument> dedupe(List<Argument> in) {
        List<Argument> out = new ArrayList<>();
        for (Argument a : in) {
            addUnique(out, a);
        }
        return out;
    }

    /** Equal names, or one a whole-word part of the other ("Syria army" ~ "Syria"). */
    static boolean sameName(String x, String y) {
        String a = norm(x);
        String b = norm(y);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String s = a.length() <= b.length() ? a : b;
        String l = a.length() <= b.length() ? b : a;
        return s.length() >= 2 && (" " + l + " ").contains(" " + s + " ");
    }

    static String norm(String s) {
        String t = Regexes.replaceAll(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD), "\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        t = Regexes.replaceAll(t, "'s\\b", "");
        t = Regexes.replaceAll(t, "[^a-z0-9\\- ]+", " ");
        t = Regexes.replaceAll(t, "\\s+", " ").strip();
        return t.replaceFirst("^(the|a|an) ", "");
    }
}
