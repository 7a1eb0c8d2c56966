package org.conflictkg.extract.names;

import java.util.Map;
import java.util.Set;

/**
 * Generic cue words for finding and typing names: titles, organisation heads, place heads,
 * particles. No names of particular people, places or groups, apart from a table of capital
 * cities (used to read "Moscow said" as the Russian government).
 */
public final class Cues {
    private Cues() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Lower-case name particles that can sit inside a name ("Staffan de Mistura", "Bashar al Assad"). */
    public static final Set<String> PARTICLES = set("al", "el", "ad", "ar", "ash", "az", "ul", "es", "bin", "ibn",
            "bint", "abu", "de", "del", "della", "di", "da", "dos", "das", "du", "des", "van", "von", "der", "den",
            "ter", "le", "la", "y", "ben", "ould", "wad");

    /** Prefixes glued to the next name word by a hyphen ("al-Qaterji"). */
    public static final Set<String> HYPHEN_PARTICLES = set("al", "el", "ad", "ar", "as", "ash", "at", "az", "an",
            "ul", "bin", "ibn", "abu", "ben", "ez", "es", "ed", "et", "en", "er", "adh", "ath", "aal");

    /** Lower-case words after a hyphen that end a name ("US-led", "UK-based"). */
    public static final Set<String> HYPHEN_SUFFIXES = set("led", "based", "backed", "linked", "held", "controlled",
            "allied", "aligned", "run", "born", "occupied", "brokered", "sponsored", "funded", "made", "style", "era",
            "bound", "affiliated", "friendly", "supported", "administered", "ruled", "majority", "owned", "trained",
            "armed", "mediated", "proposed", "drafted", "registered", "wide", "area", "border", "related", "populated",
            "speaking", "inhabited", "dominated", "influenced", "leaning", "oriented", "imposed", "appointed", "installed",
            "annexed", "origin", "flagged", "type", "class", "built", "produced", "supplied", "provided");

    /** Capitalised words that are not names on their own. */
    public static final Set<String> NOT_NAMES = set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "mid-july", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "i", "i'm", "i’m", "western", "eastern", "northern",
            "southern", "central", "east", "west", "north", "south", "north-east", "north-west", "south-east",
            "south-west", "northeast", "northwest", "southeast", "southwest", "alawite", "alawites", "sunni",
            "sunnis", "shia", "shiite", "shiites", "shi'ite", "christian", "christians", "muslim", "muslims",
            "jewish", "jews", "druze", "islamist", "islamists", "jihadist", "jihadists", "arab", "arabs",
            "god", "allah", "ramadan", "eid", "christmas", "easter", "internet", "tv", "ok", "am", "pm", "gmt",
            "bst", "ist", "edt", "est", "cet", "cest", "eet", "eest", "pst", "pdt", "cdt", "cst", "mdt", "mst", "pkt",
            "msk", "aest", "jst", "sast", "ict", "hkt", "sgt", "utc", "ceo", "mp", "mps", "gdp", "ngo", "ngos", "idp", "idps", "rpg", "rpgs", "ied", "ieds", "km", "kg",
            "usd", "hq", "pow", "pows", "vip", "gps", "sms", "dna", "id", "uav", "uavs", "mlrs", "apc", "apcs", "svbied",
            "ms.", "mr.", "mrs.", "dr.", "arabic", "english", "hebrew", "farsi", "pashto", "dari", "urdu", "amharic",
            "tigrinya", "swahili", "latin", "telegram", "facebook", "twitter", "whatsapp", "youtube", "instagram",
            "tiktok", "viber", "skype", "zoom", "google", "wikipedia", "covid", "photo", "credit", "file", "video", "update", "updated", "editor", "note", "read",
            "more", "related", "advertisement", "reporting", "writing", "editing", "copyright", "mr", "mrs", "ms",
            "dr", "breaking", "live", "exclusive", "analysis", "opinion", "comment", "yes", "no", "oh", "but",
            "and", "or", "if", "so", "yet", "also", "however", "meanwhile", "nor", "while", "when", "after",
            "before", "since", "according", "asked", "earlier", "later", "today", "tomorrow", "yesterday",
            "last", "next", "this", "that", "these", "those", "there", "here", "it", "its", "we", "they", "he",
            "she", "you", "our", "their", "his", "her", "a", "an", "the", "in", "on", "at", "of", "for", "to",
            "by", "with", "from", "as", "amid", "despite", "under", "over", "during", "between", "into",
            "near", "all", "some", "many", "most", "several", "both", "each", "every", "other", "another",
            "any", "such", "one", "two", "three", "first", "second", "third", "what", "who", "why", "how",
            "where", "which", "whose", "not", "do", "does", "did", "is", "are", "was", "were", "be", "been",
            "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "let",
            "please", "thank", "thanks", "dear", "hello", "kurdish", "sect", "ceasefire", "truce",
            "un-brokered", "pro-government", "anti-government", "pro-russian", "pro-kremlin", "western-backed",
            "iranian-backed", "iran-backed", "state-run", "republican",
            "democrat", "democrats", "republicans", "covid-19", "covid", "coronavirus");

    /** Head words of person titles written before a name ("President", "Secretary"). */
    public static final Set<String> TITLE_HEADS = set("president", "minister", "secretary", "secretary-general",
            "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor", "commander",
            "general", "gen", "colonel", "col", "lt", "lieutenant", "major", "maj", "captain", "capt", "brigadier",
            "admiral", "marshal", "sergeant", "sgt", "chancellor", "premier", "king", "queen", "prince", "princess",
            "emir", "sultan", "pope", "ayatollah", "senator", "sen", "rep", "congressman", "congresswoman",
            "chairman", "chairwoman", "chair", "speaker", "director", "director-general", "chief", "judge", "mr",
            "mrs", "ms", "miss", "dr", "prof", "professor", "cardinal", "bishop", "archbishop", "rabbi", "mullah",
            "coordinator", "commissioner", "rapporteur", "mediator", "negotiator", "head", "leader", "sheik",
            "crown", "vice-president", "deputy", "representative", "adviser", "advisor", "officer", "private",
            "corporal", "cpl", "pte", "brig", "adm", "gov", "under-secretary-general", "undersecretary-general", "patriarch", "metropolitan", "father", "reverend", "rev", "lord", "lady",
            "sir", "dame", "justice", "attorney", "prosecutor", "superintendent", "inspector", "sheriff",
            "field", "mufti", "caliph", "u", "daw");

    /** Words that may precede or join title heads ("Deputy Foreign Minister"). */
    public static final Set<String> TITLE_MODIFIERS = set("deputy", "vice", "prime", "foreign", "defence", "defense",
            "interior", "health", "finance", "justice", "information", "acting", "former", "senior", "special",
            "supreme", "high", "chief", "army", "military", "assistant", "under", "undersecretary", "executive",
            "state", "security", "national", "general", "staff", "affairs", "opposition", "regional", "federal",
            "provincial", "district", "police", "lt", "lt.", "lieutenant", "major", "brigadier", "first", "crown",
            "grand", "interim", "transitional", "caretaker", "de", "facto", "humanitarian", "political", "press",
            "media", "military-political", "top", "presidential", "spokesman", "education", "economy", "energy",
            "trade", "agriculture", "culture", "labour", "labor", "home", "development", "emergency",
            "emergencies", "communications", "intelligence", "counter-terrorism", "field", "air", "naval", "navy",
            "marine", "armed", "forces", "joint", "chiefs", "relief", "humanitarian", "coordinator", "resident", "commander-in-chief", "co-chair", "un", "u.n.");

    /** Words after "of"/"for" that stay inside a title ("Secretary of State"). */
    public static final Set<String> TITLE_OBJECTS = set("state", "defense", "defence", "staff", "foreign", "affairs",
            "the", "interior", "health", "homeland", "security", "justice", "finance", "war", "commerce", "energy",
            "general", "armed", "forces", "middle", "east", "near", "political", "humanitarian", "peacekeeping",
            "operations");

    /** Lower-case nouns for a person role ("mediator Staffan de Mistura", "X, the director of ..."). */
    public static final Set<String> PERSON_ROLES = set("director", "head", "spokesman", "spokeswoman",
            "spokesperson", "leader", "commander", "chief", "minister", "president", "official", "activist",
            "correspondent", "resident", "doctor", "witness", "analyst", "envoy", "mediator", "governor", "mayor",
            "member", "founder", "secretary", "chairman", "chairwoman", "ambassador", "representative",
            "researcher", "professor", "journalist", "reporter", "photographer", "editor", "father", "mother",
            "son", "daughter", "brother", "sister", "wife", "husband", "nurse", "surgeon", "teacher", "farmer",
            "student", "lawyer", "colonel", "general", "officer", "soldier", "fighter", "coordinator", "manager",
            "worker", "volunteer", "negotiator", "diplomat", "adviser", "advisor", "expert", "specialist",
            "lecturer", "fellow", "deputy", "chief", "citizen", "mp", "lawmaker", "legislator", "senator", "cleric",
            "imam", "priest", "driver", "engineer", "paramedic", "medic", "physician", "pilot", "victim", "survivor",
            "resident", "refugee", "shopkeeper", "owner", "councillor", "councilor", "elder", "chieftain",
            "militant", "rebel", "emissary", "rapporteur", "coordinator", "commissioner", "prosecutor", "judge",
            "boss", "premier", "monarch", "king", "queen", "prince", "emir", "cousin", "uncle", "aunt", "nephew",
            "niece", "grandfather", "grandmother", "son-in-law", "administrator", "inspector", "candidate",
            "politician", "veteran", "protester", "demonstrator", "mother-of-three", "father-of-two", "businessman",
            "businesswoman", "writer", "author", "poet", "artist", "singer", "blogger", "filmmaker", "anchor",
            "presenter", "host", "producer", "photojournalist", "cameraman", "staffer", "aide", "lieutenant",
            "captain", "sergeant", "major", "brigadier", "warlord", "strongman", "dictator", "ruler", "chancellor",
            "speaker", "defector", "detainee", "prisoner", "hostage", "suspect", "convict", "mp");

    /** Verbs of saying: a bare name beside them is mostly a person. */
    public static final Set<String> SAY_VERBS = set("say", "tell", "add", "state", "explain", "warn", "note",
            "insist", "claim", "argue", "write", "tweet", "recall", "describe", "urge", "ask", "reply", "admit",
            "confirm", "deny", "announce", "declare", "stress", "emphasise", "emphasize", "acknowledge", "believe",
            "accuse", "vow", "pledge", "promise", "complain", "suggest", "estimate");

    /** Last words of organisation names. */
    public static final Set<String> ORG_HEADS = set("observatory", "council", "committee", "commission", "agency",
            "crescent", "cross", "assembly", "programme", "program", "office", "mission", "organisation",
            "organization", "group", "fund", "union", "association", "federation", "institute", "institution",
            "centre", "center", "bank", "court", "tribunal", "university", "college", "school", "hospital",
            "foundation", "network", "watch", "international", "alliance", "coalition", "league", "party",
            "parliament", "congress", "senate", "cabinet", "society", "board", "authority", "service", "services",
            "department", "bureau", "secretariat", "forum", "initiative", "project", "company", "corporation",
            "corp", "inc", "ltd", "news", "times", "post", "press", "tv", "radio", "channel", "broadcasting",
            "images", "photos", "pictures", "media", "journal", "gazette", "herald", "telegraph", "tribune",
            "daily", "weekly", "review", "monitor", "ministry", "defence", "defense", "rights", "relief", "aid",
            "trust", "unit", "conference", "summit", "chamber", "house", "consortium", "partnership", "platform",
            "secretariat", "doctors", "borders", "children", "refugees",
            "affairs", "nations", "states", "community", "collective", "cooperation", "development", "health",
            "food", "peace", "security", "support", "care", "rescue", "welfare",
            "commissioner", "assistance", "emergency", "emergencies", "protection",
            "panel", "body", "syndicate", "guild", "club", "team", "airlines", "airways", "holdings", "administration",
            "government", "co-operation", "organisations", "organizations", "agencies", "committees", "command", "police");

    /** Heads that make a name an armed group when no state is named in front of them. */
    public static final Set<String> ARMED_HEADS = set("brigade", "brigades", "battalion", "battalions", "front",
            "militia", "militias", "mobilisation", "mobilization", "legion", "army", "forces", "force", "movement",
            "mujahideen", "mujahedeen", "taliban", "shabaab", "hezbollah", "hizbollah", "hizbullah", "resistance",
            "liberation", "units", "guards", "regiment", "squadron", "detachment", "corps", "jaish", "jabhat",
            "liwa", "harakat", "ahrar", "tahrir", "katibat", "kataib", "ansar", "jund", "jamaat", "jama'at",
            "fighters", "insurgents", "rebels", "commandos", "companies", "wing", "tigers", "lions", "eagles",
            "hawks", "wolves", "revolutionary", "revolutionaries", "guerrillas", "guerrilla", "haram", "shebab",
            "al-shabaab", "al-shabab", "islamic", "jihad", "caliphate", "emirate", "vanguard");

    /** Lower-case words that follow a non-state group's name ("the Zinki rebel faction", "Houthi rebels"). */
    public static final Set<String> ARMED_FOLLOWERS = set("rebels", "rebel", "militia", "militias", "militants",
            "militant", "fighters", "faction", "factions", "jihadists", "jihadist", "insurgents", "insurgent",
            "guerrillas", "guerrilla", "gunmen", "paramilitaries", "paramilitary", "terrorists", "extremists",
            "mercenaries", "separatists", "separatist", "loyalists", "combatants", "troops-affiliated",
            "armed", "group's", "movement", "brigade", "brigades", "battalion", "splinter", "gang", "gangs", "cartel",
            "cartels", "bandits", "bandit");

    /** Lower-case nouns before a name that make it an organisation ("the news agency Sanaa"). */
    public static final Set<String> ORG_NOUNS = set("agency", "organisation", "organization", "charity", "monitor",
            "broadcaster", "newspaper", "channel", "outlet", "daily", "network", "ngo", "group", "body", "watchdog",
            "company", "firm", "website", "magazine", "paper", "tabloid", "station", "service", "alliance",
            "coalition", "bloc", "union", "party", "committee", "council", "ministry", "institute", "foundation",
            "association", "observatory", "newswire", "wire", "tv", "television", "radio", "media", "giant",
            "conglomerate", "contractor", "operator", "producer", "manufacturer", "lender", "insurer");

    /** Lower-case nouns before a name that make it an armed group ("the rebel group X", "the militia X"). */
    public static final Set<String> ARMED_NOUNS = set("militia", "faction", "rebels", "insurgents", "militants",
            "jihadists", "brigade", "battalion", "paramilitary", "guerrillas");

    /** Lower-case nouns after a name that make it a place ("the Bustan al-Qasr district"). */
    public static final Set<String> PLACE_HEADS = set("district", "districts", "neighbourhood", "neighbourhoods",
            "neighborhood", "neighborhoods", "sector", "sectors", "camp", "camps", "village", "villages", "town",
            "towns", "city", "cities", "province", "provinces", "region", "regions", "governorate", "governorates",
            "area", "areas", "suburb", "suburbs", "quarter", "quarters", "county", "counties", "valley", "river",
            "crossing", "crossings", "border", "square", "street", "road", "highway", "mountain", "mountains",
            "airport", "airbase", "port", "prison", "oblast", "raion", "municipality", "locality", "enclave",
            "front", "frontline", "countryside", "outskirts", "hills", "plain", "plains", "desert", "island",
            "islands", "peninsula", "strip", "bay", "gulf", "sea", "lake", "dam", "bridge", "checkpoint",
            "junction", "settlement", "settlements", "hamlet", "territory", "zone", "corridor", "state", "states",
            "department", "municipalities", "commune", "township", "ward", "base", "refinery", "field", "fields",
            "mosque", "market", "hospital", "district's", "pass", "heights", "coast", "region's", "city's",
            "town's", "village's", "basin", "oasis", "forest", "canal");

    /** Lower-case nouns before "of X" that make X a place ("the city of Aleppo"). */
    public static final Set<String> PLACE_OF_NOUNS = set("city", "town", "village", "district", "neighbourhood",
            "neighborhood", "province", "region", "governorate", "suburb", "outskirts", "port", "capital",
            "state", "county", "area", "municipality", "island", "islands", "outskirt", "centre", "center",
            "streets", "south", "north", "east", "west", "heart", "edge", "west", "parts", "part", "residents",
            "resident", "native", "natives", "inhabitants", "villagers", "people", "siege", "battle", "fall",
            "capture", "liberation", "mayor", "governor", "people",
            "enclave", "countryside", "coast", "border", "environs", "vicinity", "gates", "districts", "neighbourhoods",
            "neighborhoods", "towns", "villages", "cities", "provinces", "areas", "regions", "suburbs", "quarters",
            "sectors", "camps", "parts");

    /** Locative prepositions: a name after them is mostly a place. */
    public static final Set<String> PLACE_PREPS = set("in", "near", "at", "outside", "around", "inside", "into",
            "towards", "toward", "across", "from", "throughout", "within", "to", "via", "off",
            "besieged", "surrounding", "northwest", "northeast", "southwest", "southeast", "north", "south",
            "east", "west");

    /** Verbs whose object is mostly a place. */
    public static final Set<String> PLACE_VERBS = set("seize", "capture", "retake", "recapture", "enter", "storm",
            "shell", "bomb", "besiege", "encircle", "liberate", "overrun", "evacuate", "reach", "flee", "leave",
            "visit", "surround", "occupy", "take", "control", "hold", "bombard", "pound", "raid", "target");

    /** Direction words that make a sub-place ("eastern Aleppo"). */
    public static final Map<String, String> DIRECTIONS = Map.ofEntries(Map.entry("eastern", "eastern"),
            Map.entry("east", "eastern"), Map.entry("western", "western"), Map.entry("west", "western"),
            Map.entry("northern", "northern"), Map.entry("north", "northern"), Map.entry("southern", "southern"),
            Map.entry("south", "southern"), Map.entry("north-eastern", "northeastern"),
            Map.entry("northeastern", "northeastern"), Map.entry("north-western", "northwestern"),
            Map.entry("northwestern", "northwestern"), Map.entry("south-eastern", "southeastern"),
            Map.entry("southeastern", "southeastern"), Map.entry("south-western", "southwestern"),
            Map.entry("southwestern", "southwestern"));

    /** Modifiers between a country and the organ of its state ("Syrian pro-government forces"). */
    public static final Set<String> STATE_MODIFIERS = set("pro-government", "government", "defence", "defense",
            "military", "armed", "air", "foreign", "interior", "state", "security", "regime", "arab", "regular",
            "special", "border", "naval", "army", "national", "federal", "ground", "elite", "presidential",
            "republican", "air-defence", "air-defense", "health", "information", "finance", "justice", "defence-",
            "interior", "emergency", "emergencies", "culture", "education", "energy", "economy", "oil", "transport");

    /** Organs and agents of a state: a country or demonym before them names the state as an actor. */
    public static final Set<String> STATE_HEADS = set("regime", "government", "governments", "army", "military",
            "forces", "force", "troops", "soldiers", "warplanes", "jets", "aircraft", "planes", "helicopters",
            "drones", "ministry", "officials", "authorities", "allies", "ally", "counterparts", "navy", "police",
            "diplomats", "artillery", "tanks", "delegation", "negotiators", "administration", "leadership",
            "side", "president", "leader", "counterpart", "embassy", "parliament", "cabinet", "junta",
            "gunboats", "warships", "missiles", "bombers", "fighters", "guards", "units", "battalions",
            "brigades", "command", "intelligence", "militaries", "armies", "regimes", "establishment");

    /** Capitalised state organs after a country or demonym ("Syrian Arab Army", "Sudanese Armed Forces"). */
    public static final Set<String> STATE_ORGAN_WORDS = set("army", "government", "ministry", "military",
            "navy", "armed", "forces", "air", "force", "defence", "defense", "foreign", "interior", "arab",
            "regime", "police", "authority", "authorities", "presidency", "cabinet", "health", "justice",
            "information", "finance", "emergency", "emergencies", "affairs", "state", "security",
            "general", "staff", "office", "of", "the", "guard", "border", "coast", "special", "operations",
            "national", "federal", "royal");

    /** Lower-case nouns after a name that make it a thing, not an actor or place ("Grad rockets"). */
    public static final Set<String> THING_NOUNS = set("rocket", "rockets", "missile", "missiles", "launcher",
            "launchers", "drone", "drones", "rifle", "rifles", "system", "systems", "shells", "munitions",
            "bombs", "jets", "helicopter", "helicopters", "tank", "tanks", "vehicles", "app", "account",
            "channel", "post", "video", "messenger", "agreement", "agreements", "accord", "accords", "protocol",
            "protocols", "memorandum", "declaration", "convention", "conventions", "format", "formula", "doctrine");

    /**
     * Capital cities, to read "Moscow announced" as the government of the country. Generic data, not
     * tied to any article.
     */
    public static final Map<String, String> CAPITALS = Map.ofEntries(
            Map.entry("washington", "United States"), Map.entry("moscow", "Russia"), Map.entry("damascus", "Syria"),
            Map.entry("beijing", "China"), Map.entry("kyiv", "Ukraine"), Map.entry("kiev", "Ukraine"),
            Map.entry("tehran", "Iran"), Map.entry("ankara", "Turkey"), Map.entry("riyadh", "Saudi Arabia"),
            Map.entry("cairo", "Egypt"), Map.entry("london", "United Kingdom"), Map.entry("paris", "France"),
            Map.entry("berlin", "Germany"), Map.entry("baghdad", "Iraq"), Map.entry("khartoum", "Sudan"),
            Map.entry("kabul", "Afghanistan"), Map.entry("islamabad", "Pakistan"), Map.entry("new delhi", "India"),
            Map.entry("doha", "Qatar"), Map.entry("abu dhabi", "United Arab Emirates"), Map.entry("amman", "Jordan"),
            Map.entry("beirut", "Lebanon"), Map.entry("baku", "Azerbaijan"), Map.entry("yerevan", "Armenia"),
            Map.entry("minsk", "Belarus"), Map.entry("pyongyang", "North Korea"), Map.entry("seoul", "South Korea"),
            Map.entry("tokyo", "Japan"), Map.entry("addis ababa", "Ethiopia"), Map.entry("kigali", "Rwanda"),
            Map.entry("kinshasa", "Democratic Republic of the Congo"), Map.entry("bogota", "Colombia"),
            Map.entry("caracas", "Venezuela"), Map.entry("havana", "Cuba"), Map.entry("rome", "Italy"),
            Map.entry("madrid", "Spain"), Map.entry("warsaw", "Poland"), Map.entry("budapest", "Hungary"),
            Map.entry("tbilisi", "Georgia"), Map.entry("muscat", "Oman"), Map.entry("manama", "Bahrain"),
            Map.entry("kuwait city", "Kuwait"), Map.entry("jerusalem", "Israel"), Map.entry("tel aviv", "Israel"),
            Map.entry("juba", "South Sudan"), Map.entry("mogadishu", "Somalia"), Map.entry("bamako", "Mali"),
            Map.entry("abuja", "Nigeria"), Map.entry("nairobi", "Kenya"), Map.entry("naypyidaw", "Myanmar"),
            Map.entry("naypyitaw", "Myanmar"), Map.entry("ottawa", "Canada"), Map.entry("canberra", "Australia"),
            Map.entry("brasilia", "Brazil"), Map.entry("mexico city", "Mexico"), Map.entry("stockholm", "Sweden"),
            Map.entry("oslo", "Norway"), Map.entry("the hague", "Netherlands"), Map.entry("vienna", "Austria"),
            Map.entry("bern", "Switzerland"), Map.entry("athens", "Greece"), Map.entry("nicosia", "Cyprus"),
            Map.entry("algiers", "Algeria"), Map.entry("rabat", "Morocco"), Map.entry("tunis", "Tunisia"),
            Map.entry("ndjamena", "Chad"), Map.entry("n'djamena", "Chad"), Map.entry("niamey", "Niger"),
            Map.entry("ouagadougou", "Burkina Faso"), Map.entry("dhaka", "Bangladesh"), Map.entry("hanoi", "Vietnam"),
            Map.entry("manila", "Philippines"), Map.entry("jakarta", "Indonesia"), Map.entry("bangkok", "Thailand"),
            Map.entry("asmara", "Eritrea"), Map.entry("djibouti", "Djibouti"), Map.entry("kampala", "Uganda"),
            Map.entry("bangui", "Central African Republic"), Map.entry("tashkent", "Uzbekistan"),
            Map.entry("astana", "Kazakhstan"), Map.entry("chisinau", "Moldova"), Map.entry("belgrade", "Serbia"),
            Map.entry("pristina", "Kosovo"), Map.entry("taipei", "Taiwan"), Map.entry("new delhi's", "India"));

    /** Seats of government that stand for their state ("the Kremlin said"). */
    public static final Map<String, String> SEATS = Map.ofEntries(Map.entry("kremlin", "Russia"),
            Map.entry("white house", "United States"), Map.entry("pentagon", "United States"),
            Map.entry("state department", "United States"), Map.entry("downing street", "United Kingdom"),
            Map.entry("whitehall", "United Kingdom"), Map.entry("elysee", "France"), Map.entry("élysée", "France"),
            Map.entry("quai d'orsay", "France"), Map.entry("zhongnanhai", "China"), Map.entry("bankova", "Ukraine"),
            Map.entry("islamic republic", "Iran"));

    /** Initial words that never start a sentence-initial name on their own. */
    public static boolean isDirection(String lower) {
        return DIRECTIONS.containsKey(lower);
    }
}
