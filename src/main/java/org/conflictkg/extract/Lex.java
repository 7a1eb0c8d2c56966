package org.conflictkg.extract;

import org.conflictkg.nlp.Token;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word knowledge shared by the event rules: robust base forms (the statistical lemmatiser misses
 * some inflections, e.g. "fled", "retaken"), cue-word dictionaries and demonyms.
 */
final class Lex {
    private Lex() {
    }

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("fled", "flee"), Map.entry("fleeing", "flee"), Map.entry("flees", "flee"),
            Map.entry("retaken", "retake"), Map.entry("retook", "retake"), Map.entry("taken", "take"),
            Map.entry("took", "take"), Map.entry("struck", "strike"), Map.entry("stricken", "strike"),
            Map.entry("fought", "fight"), Map.entry("met", "meet"), Map.entry("shot", "shoot"),
            Map.entry("fell", "fall"), Map.entry("fallen", "fall"), Map.entry("broke", "break"),
            Map.entry("broken", "break"), Map.entry("overran", "overrun"), Map.entry("hit", "hit"),
            Map.entry("held", "hold"), Map.entry("went", "go"), Map.entry("gone", "go"),
            Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("killed", "kill"),
            Map.entry("left", "leave"), Map.entry("shelled", "shell"), Map.entry("shelling", "shelling"),
            Map.entry("bombing", "bombing"), Map.entry("fighting", "fighting"), Map.entry("said", "say"),
            Map.entry("told", "tell"), Map.entry("dead", "dead"), Map.entry("died", "die"),
            Map.entry("wounded", "wound"), Map.entry("injured", "injure"), Map.entry("airstrikes", "airstrike"),
            Map.entry("sought", "seek"), Map.entry("brought", "bring"), Map.entry("drove", "drive"));

    /** Base forms already made on this thread, by text and lemma (words repeat across sentences and articles). */
    private static final ThreadLocal<Map<String, Set<String>>> BASES = ThreadLocal.withInitial(HashMap::new);

    /**
     * The base forms a token may stand for: its lemma, its lower-cased text, simple de-inflections.
     * The set is shared: it cannot be changed.
     */
    static Set<String> bases(Token t) {
        String key = t.lemma() == null ? t.text() : t.text() + '\u0000' + t.lemma();
        Map<String, Set<String>> made = BASES.get();
        Set<String> b = made.get(key);
        if (b == null) {
            if (made.size() >= 100_000) {
                made.clear();
            }
            b = Collections.unmodifiableSet(basesOf(t));
            made.put(key, b);
        }
        return b;
    }

    private static Set<String> basesOf(Token t) {
        Set<String> out = new HashSet<>(4);
        String lower = t.text().toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        String lemma = t.lemma() == null ? lower : t.lemma().toLowerCase(Locale.ROOT);
        out.add(lemma);
        out.add(lower);
        String irr = IRREGULAR.get(lower);
        if (irr != null) {
            out.add(irr);
        }
        if (lower.endsWith("'s")) {
            out.add(lower.substring(0, lower.length() - 2));
        }
        if (lower.length() > 4) {
            if (lower.endsWith("ies")) {
                out.add(lower.substring(0, lower.length() - 3) + "y");
            }
            if (lower.endsWith("es")) {
                out.add(lower.substring(0, lower.length() - 2));
            }
            if (lower.endsWith("s") && !lower.endsWith("ss")) {
                out.add(lower.substring(0, lower.length() - 1));
            }
            if (lower.endsWith("ed")) {
                String stem = lower.substring(0, lower.length() - 2);
                out.add(stem);
                out.add(stem + "e");
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    out.add(stem.substring(0, stem.length() - 1));
                }
            }
            if (lower.endsWith("ing")) {
                String stem = lower.substring(0, lower.length() - 3);
                out.add(stem);
                out.add(stem + "e");
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    out.add(stem.substring(0, stem.length() - 1));
                }
            }
        }
        return out;
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    /** Words that put an attack in the air. */
    static final Set<String> AIR = Set.of("air", "aerial", "airstrike", "plane", "warplane", "jet", "aircraft",
            "helicopter", "drone", "bomber", "airforce", "air-strike", "uav", "gunship", "fighter-bomber",
            "sortie", "air-raid", "airplane", "warplanes", "jets");
    /** Aircraft nouns: weak mentions of an air campaign. */
    static final Set<String> AIRCRAFT = Set.of("plane", "warplane", "jet", "aircraft", "helicopter", "drone",
            "bomber", "gunship", "airplane");
    static final Set<String> ARTILLERY = Set.of("artillery", "shell", "shelling", "mortar", "rocket", "missile",
            "howitzer", "grad", "katyusha", "tank", "cannon", "barrage");
    /** Words naming humanitarian work and workers. */
    static final Set<String> AID = Set.of("aid", "convoy", "humanitarian", "relief", "ngo", "red", "crescent",
            "cross", "unicef", "wfp", "unhcr", "msf", "volunteer");
    static final Set<String> CIVILIAN = Set.of("civilian", "villager", "resident", "worshipper", "market",
            "school", "hospital", "mosque", "church", "child", "children", "woman", "women", "family",
            "pilgrim", "student", "patient", "refugee", "camp", "wedding", "funeral", "passenger", "bus",
            "shopper", "farmer", "displaced", "clinic", "bakery", "civilians", "people");
    /** Nouns naming a ceasefire. */
    static final Set<String> CEASEFIRE = Set.of("ceasefire", "cease-fire", "truce", "armistice", "cessation",
            "pause", "ceasefires", "truces");
    /** Words that refer back to a ceasefire already named. */
    static final Set<String> DEAL = Set.of("deal", "agreement", "accord", "understanding", "pact");
    /** Generic armed actors, used as agents when no name is given. */
    static final Set<String> GENERIC_ACTOR = Set.of("rebel", "rebels", "fighter", "fighters", "government",
            "regime", "army", "military", "forces", "force", "troops", "troop", "militant", "militants",
            "insurgent", "insurgents", "jihadist", "jihadists", "militia", "militias", "gunmen", "gunman",
            "soldiers", "soldier", "police", "opposition", "coalition", "separatists", "separatist",
            "attackers", "assailants", "terrorists", "paramilitaries", "guerrillas", "guerrilla", "militiamen", "militiaman",
            "mercenaries", "combatants", "bandits", "bandit", "gangs", "gang", "gangsters", "authorities");
    /** Feasts and holidays that name a day, not a place: "On Christmas Day", "during Ramadan". */
    static final Set<String> HOLIDAYS = Set.of("christmas", "easter", "eid", "ramadan", "new year", "nowruz",
            "hanukkah", "passover", "thanksgiving", "diwali", "ashura", "yom kippur", "good friday", "independence day",
            "victory day", "boxing day");

    /** A name that is a holiday: "Christmas Day", "Christmas Eve", "Eid al-Adha", "New Year's Day". */
    static boolean isHoliday(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace("’", "'").replace("'s", "");
        for (String h : HOLIDAYS) {
            if (n.equals(h) || n.startsWith(h + " ") || n.startsWith(h + "-")) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    /** Reporting verbs. */
    static final Set<String> SAY = Set.of("say", "tell", "report", "add", "state", "claim", "confirm", "announce",
            "warn", "write", "explain", "insist", "note", "allege", "declare", "tweet", "accuse", "estimate");
    static final Set<String> MONTH_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
            "oct.", "nov.", "dec.");

    /** Demonyms to country names, for agents such as "Russian allies". */
    static final Map<String, String> DEMONYM = Map.ofEntries(
            Map.entry("russian", "Russia"), Map.entry("syrian", "Syria"), Map.entry("american", "US"),
            Map.entry("us", "US"), Map.entry("u.s.", "US"), Map.entry("british", "UK"), Map.entry("french", "France"),
            Map.entry("turkish", "Turkey"), Map.entry("iranian", "Iran"), Map.entry("iraqi", "Iraq"),
            Map.entry("israeli", "Israel"), Map.entry("ukrainian", "Ukraine"), Map.entry("saudi", "Saudi Arabia"),
            Map.entry("emirati", "UAE"), Map.entry("yemeni", "Yemen"), Map.entry("libyan", "Libya"),
            Map.entry("egyptian", "Egypt"), Map.entry("lebanese", "Lebanon"), Map.entry("afghan", "Afghanistan"),
            Map.entry("pakistani", "Pakistan"), Map.entry("indian", "India"), Map.entry("chinese", "China"),
            Map.entry("sudanese", "Sudan"), Map.entry("ethiopian", "Ethiopia"), Map.entry("somali", "Somalia"),
            Map.entry("nigerian", "Nigeria"), Map.entry("malian", "Mali"), Map.entry("colombian", "Colombia"),
            Map.entry("azerbaijani", "Azerbaijan"), Map.entry("armenian", "Armenia"), Map.entry("kenyan", "Kenya"),
            Map.entry("congolese", "DR Congo"), Map.entry("rwandan", "Rwanda"), Map.entry("ugandan", "Uganda"),
            Map.entry("burmese", "Myanmar"), Map.entry("myanmar", "Myanmar"), Map.entry("german", "Germany"),
            Map.entry("qatari", "Qatar"), Map.entry("jordanian", "Jordan"), Map.entry("palestinian", "Palestine"),
            Map.entry("south sudanese", "South Sudan"), Map.entry("tigrayan", "Tigray"), Map.entry("eritrean", "Eritrea"),
            Map.entry("chadian", "Chad"), Map.entry("nigerien", "Niger"), Map.entry("burkinabe", "Burkina Faso"),
            Map.entry("venezuelan", "Venezuela"), Map.entry("mexican", "Mexico"), Map.entry("kurdish", "Kurds"),
            Map.entry("haitian", "Haiti"), Map.entry("mozambican", "Mozambique"));

    /** Capitals standing for their governments ("Moscow and Damascus rejected"): used to compare actors. */
    static final Map<String, String> CAPITAL = Map.ofEntries(
            Map.entry("moscow", "Russia"), Map.entry("damascus", "Syria"), Map.entry("washington", "US"),
            Map.entry("kyiv", "Ukraine"), Map.entry("kiev", "Ukraine"), Map.entry("ankara", "Turkey"),
            Map.entry("tehran", "Iran"), Map.entry("baghdad", "Iraq"), Map.entry("beijing", "China"),
            Map.entry("london", "UK"), Map.entry("paris", "France"), Map.entry("riyadh", "Saudi Arabia"),
            Map.entry("cairo", "Egypt"), Map.entry("kabul", "Afghanistan"), Map.entry("khartoum", "Sudan"),
            Map.entry("addis ababa", "Ethiopia"), Map.entry("baku", "Azerbaijan"), Map.entry("yerevan", "Armenia"),
            Map.entry("beirut", "Lebanon"), Map.entry("kinshasa", "DR Congo"), Map.entry("kigali", "Rwanda"),
            Map.entry("bogota", "Colombia"), Map.entry("naypyidaw", "Myanmar"), Map.entry("mogadishu", "Somalia"),
            Map.entry("bamako", "Mali"), Map.entry("abuja", "Nigeria"), Map.entry("islamabad", "Pakistan"),
            Map.entry("new delhi", "India"), Map.entry("berlin", "Germany"), Map.entry("doha", "Qatar"),
            Map.entry("amman", "Jordan"), Map.entry("abu dhabi", "UAE"), Map.entry("tripoli", "Libya"),
            Map.entry("sanaa", "Yemen"), Map.entry("juba", "South Sudan"), Map.entry("niamey", "Niger"),
            Map.entry("ouagadougou", "Burkina Faso"), Map.entry("n'djamena", "Chad"), Map.entry("maputo", "Mozambique"),
            Map.entry("port-au-prince", "Haiti"), Map.entry("bangui", "Central African Republic"),
            Map.entry("asmara", "Eritrea"), Map.entry("caracas", "Venezuela"), Map.entry("mexico city", "Mexico"));

    /** The capital of a country as {@link #CAPITAL} names both ("Libya" to "Tripoli"), or null. */
    static String capitalOf(String country) {
        if (country == null) {
            return null;
        }
        for (Map.Entry<String, String> e : CAPITAL.entrySet()) {
            if (e.getValue().equalsIgnoreCase(country) && !e.getKey().equals("kiev")) {
                // "port-au-prince" to "Port-au-Prince", "n'djamena" to "N'Djamena"
                StringBuilder b = new StringBuilder(e.getKey());
                for (int i = 0; i < b.length(); i++) {
                    boolean start = i == 0 || " -'".indexOf(b.charAt(i - 1)) >= 0;
                    boolean particle = e.getKey().startsWith("au-", i);
                    if (start && !particle) {
                        b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
                    }
                }
                return b.toString();
            }
        }
        return null;
    }

    /** Whether a word has the shape of a demonym ("Moroccan", "Omani", "Sudanese", "Turkish"), known or not. */
    static boolean demonymShaped(String word) {
        return Regexes.matches(word.toLowerCase(Locale.ROOT), "\\p{L}+(an|ian|ese|i|ish|ic)");
    }

    static String demonymCountry(String word) {
        if (word == null) {
            return null;
        }
        String k = word.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "");
        if (k.endsWith("s") && DEMONYM.containsKey(k.substring(0, k.length() - 1))) {
            k = k.substring(0, k.length() - 1);
        }
        return DEMONYM.get(k);
    }
}
