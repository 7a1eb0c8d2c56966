package org.conflictkg.extract.names;

import org.conflictkg.extract.Regexes;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.link.GazetteerEntry;
import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.Sentence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the names of a text: runs of capitalised words (with particles and "of"/"for" inside
 * organisation names), cut into gazetteer names, titles and unknown names. Headline-cased and
 * sentence-initial words count only with evidence from elsewhere in the article.
 */
public final class NameFinder {
    private final Gazetteer gazetteer;

    public NameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Per-document state. */
    private final class Doc {
        final String text;
        final Set<String> evidence = new HashSet<>();
        final List<Segment> out = new ArrayList<>();
        List<Word> words;
        int sentence;
        boolean headline;

        Doc(String text) {
            this.text = text;
        }
    }

    public record Result(List<Segment> segments, List<List<Word>> words, Set<String> evidence) {
    }

    public Result find(AnalyzedText doc) {
        Doc d = new Doc(doc.text());
        List<List<Word>> all = new ArrayList<>();
        List<Boolean> headlines = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Word> ws = Words.split(s, d.text);
            all.add(ws);
            boolean h = isHeadline(ws);
            headlines.add(h);
            if (!h) {
                for (Word w : ws) {
                    if (!w.initial() && w.capitalised()) {
                        d.evidence.add(fold(w.core()));
                    }
                }
            }
        }
        for (int si = 0; si < all.size(); si++) {
            d.words = all.get(si);
            d.sentence = doc.sentences().get(si).index();
            d.headline = headlines.get(si);
            runs(d);
        }
        return new Result(d.out, all, d.evidence);
    }

    /** A line whose longer words are mostly capitalised (a headline in title case, or all capitals). */
    static boolean isHeadline(List<Word> ws) {
        for (Word w : ws) {
            // a photo credit ("Photograph: Name/Agency") is not a headline
            if (w.punct() && (w.text().equals("/") || w.text().equals("|"))) {
                return false;
            }
        }
        if (!ws.isEmpty() && Set.of("photo", "photograph", "credit", "image", "picture", "source", "photos")
                .contains(ws.get(0).lower())) {
            return false;
        }
        // a wire service's credit line ("(Reporting by A and B; Editing by C)") is names, not a headline
        for (int k = 0; k + 1 < ws.size(); k++) {
            if (Set.of("reporting", "writing", "editing", "compiled").contains(ws.get(k).lower())
                    && ws.get(k + 1).lower().equals("by")) {
                return false;
            }
        }
        // title case: every longer word capitalised; lower case only for short function words
        int caps = 0;
        int lower = 0;
        for (Word w : ws) {
            if (w.punct() || !Character.isLetter(w.core().codePointAt(0))) {
                continue;
            }
            if (w.capitalised()) {
                if (w.core().length() >= 4 && !Cues.NOT_NAMES.contains(w.lower())) {
                    caps++;
                }
            } else if (!HEADLINE_LOWER.contains(w.lower())) {
                lower++;
            }
        }
        return caps >= 3 && lower <= (caps >= 8 ? 1 : 0);
    }

    private static final Set<String> HEADLINE_LOWER = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "and", "or", "as", "by", "with", "from", "vs", "via", "into", "over", "after", "amid", "says", "near");

    private static boolean nameWord(Word w) {
        if (w == null || w.punct() || !w.capitalised() || w.core().isEmpty()) {
            return false;
        }
        String l = w.lower();
        if (Cues.NOT_NAMES.contains(l)) {
            return false;
        }
        return !(w.isFunctionWord() && !w.allCaps() && w.initial());
    }

    private static final Set<String> UNITS = Set.of("brigade", "brigades", "battalion", "regiment", "division",
            "corps", "army", "squadron", "company", "fleet", "infantry", "mechanized", "mechanised", "armoured", "armored",
            "airborne", "mountain", "special", "marine", "rifle", "motorized", "guards", "commando");

    /** A number that can name a unit: "444", "7th". */
    private static boolean unitNumber(Word w) {
        return !w.punct() && Regexes.matches(w.core(), "\\d{1,4}(?:st|nd|rd|th)?");
    }

    /** Whether the capitalised words from {@code k} name a military unit ("Brigade", "Infantry Division"). */
    private static boolean unitAhead(List<Word> ws, int k) {
        for (int j = k; j < Math.min(ws.size(), k + 3); j++) {
            Word w = ws.get(j);
            if (w.punct() || !w.capitalised()) {
                return false;
            }
            if (Set.of("brigade", "brigades", "battalion", "regiment", "division", "corps", "army", "squadron", "fleet")
                    .contains(w.lower())) {
                return true;
            }
            if (!UNITS.contains(w.lower())) {
                return false;
            }
        }
        return false;
    }

    private static boolean particle(Word w) {
        return w != null && !w.punct() && Cues.PARTICLES.contains(w.text()) ;
    }

    private static final Set<String> RUN_OPENING_PARTICLES = Set.of("al", "el", "de", "van", "von", "bin", "ibn", "abu",
            "ben");

    /** Group adjectives that are no names alone but open or sit inside them ("Syrian Arab Red Crescent", "Kurdish Red Crescent"). */
    static final Set<String> GROUP_ADJECTIVES = Set.of("arab", "kurdish", "islamic", "christian", "muslim", "jewish",
            "sunni", "shia", "shiite", "druze", "alawite", "western", "eastern", "northern", "southern", "central");

    static boolean groupAdjective(Word w) {
        return !w.punct() && Character.isUpperCase(w.core().charAt(0)) && GROUP_ADJECTIVES.contains(w.lower())
                && !w.possessive();
    }

    static boolean capitalDirection(Word w) {
        return !w.punct() && Character.isUpperCase(w.core().charAt(0)) && Cues.DIRECTIONS.containsKey(w.lower())
                && !w.possessive();
    }

    /** Only white space between the two words, and the first does not end a name. */
    private static boolean adjacent(Doc d, int i, int j) {
        Word a = d.words.get(i);
        Word b = d.words.get(j);
        if (a.suffix() != null) {
            return false;
        }
        if (a.possessive() && !possessiveInName(d, j)) {
            return false;
        }
        for (int k = a.end(); k < b.start(); k++) {
            char c = d.text.charAt(k);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** "People's Protection Units", "Donetsk People's Republic": a head follows among the next capitalised words. */
    private static final Set<String> POSSESSIVE_NAME_WORDS = Set.of("people", "peoples", "workers", "women", "martyrs",
            "mothers", "children", "farmers", "soldiers", "veterans", "nations", "kurdistan", "fighters");

    private static boolean possessiveInName(Doc d, int j) {
        String owner = d.words.get(j - 1).lower();
        if (!POSSESSIVE_NAME_WORDS.contains(owner)) {
            return false;
        }
        for (int k = j; k < Math.min(d.words.size(), j + 4); k++) {
            Word w = d.words.get(k);
            if (!nameWord(w)) {
                return false;
            }
            String l = fold(w.core());
            if (Cues.ORG_HEADS.contains(l) || Cues.ARMED_HEADS.contains(l) || l.equals("republic") || l.equals("party")) {
                return true;
            }
            if (w.possessive() || k + 1 < d.words.size() && !Character.isWhitespace(d.text.charAt(w.end()))
                    && !Character.isSpaceChar(d.text.charAt(w.end()))) {
                return false;
            }
        }
        return false;
    }

    private static boolean connectorHead(Word w) {
        String l = fold(w.core());
        return Cues.ORG_HEADS.contains(l) || Cues.ARMED_HEADS.contains(l) || l.equals("republic") || l.equals("kingdom")
                || l.equals("state") || l.equals("ministry") || l.equals("secretary") || l.equals("minister")
                || l.equals("islands") || l.equals("emirate");
    }

    private void runs(Doc d) {
        List<Word> ws = d.words;
        int n = ws.size();
        int k = 0;
        while (k < n) {
            Word w = ws.get(k);
            boolean starts = nameWord(w) || (w.punct() == false && RUN_OPENING_PARTICLES.contains(w.text())
                    && k + 1 < n && adjacent(d, k, k + 1) && nameWord(ws.get(k + 1)))
                    // "the 444 Brigade", "the 7th Infantry Division": a unit named by its number
                    || (unitNumber(w) && k + 1 < n
                    && adjacent(d, k, k + 1) && nameWord(ws.get(k + 1)) && unitAhead(ws, k + 1))
                    || ((capitalDirection(w) || groupAdjective(w)) && k + 1 < n && adjacent(d, k, k + 1)
                    && nameWord(ws.get(k + 1)));
            if (!starts) {
                k++;
                continue;
            }
            List<Integer> run = new ArrayList<>();
            run.add(k);
            int j = k;
            boolean hasHead = connectorHead(w);
            boolean hasConnector = false;
            while (j + 1 < n && adjacent(d, j, j + 1)) {
                Word nx = ws.get(j + 1);
                // ("Islamic State West Africa Province": a direction inside a name, before a name word)
                if ((groupAdjective(nx) || capitalDirection(nx)) && j + 2 < n && adjacent(d, j + 1, j + 2)
                        && nameWord(ws.get(j + 2))) {
                    run.add(j + 1);
                    j++;
                    continue;
                }
                if (nameWord(nx)) {
                    run.add(j + 1);
                    j++;
                    hasHead |= connectorHead(nx);
                    continue;
                }
                if (particle(nx) && j + 2 < n && adjacent(d, j + 1, j + 2) && nameWord(ws.get(j + 2))) {
                    run.add(j + 1);
                    run.add(j + 2);
                    j += 2;
                    continue;
                }
                // ("Forces Armées de la République", "Van der Merwe": two particles in a row)
                if (particle(nx) && j + 3 < n && particle(ws.get(j + 2)) && adjacent(d, j + 1, j + 2)
                        && adjacent(d, j + 2, j + 3) && nameWord(ws.get(j + 3))) {
                    run.add(j + 1);
                    run.add(j + 2);
                    run.add(j + 3);
                    j += 3;
                    continue;
                }
                String l = nx.lower();
                if ((l.equals("of") || l.equals("for") || l.equals("on")) && hasHead && j + 2 < n && adjacent(d, j + 1, j + 2)) {
                    int m = j + 2;
                    if (ws.get(m).lower().equals("the") && m + 1 < n && adjacent(d, m, m + 1)) {
                        m++;
                    }
                    Word obj = ws.get(m);
                    Word prev = ws.get(j);
                    boolean titleOf = Cues.TITLE_HEADS.contains(prev.lower()) && !Cues.ORG_HEADS.contains(prev.lower());
                    if (innerNameWord(obj) && (!titleOf || Cues.TITLE_OBJECTS.contains(obj.lower()))) {
                        for (int x = j + 1; x <= m; x++) {
                            run.add(x);
                        }
                        j = m;
                        hasConnector = true;
                        continue;
                    }
                }
                if (l.equals("in") && j + 2 < n && adjacent(d, j + 1, j + 2) && nameWord(ws.get(j + 2))
                        && runHasAny(ws, run, Set.of("mission", "office", "organisation", "organization", "co-operation",
                        "cooperation", "representative", "envoy", "force", "assistance"))) {
                    run.add(j + 1);
                    run.add(j + 2);
                    j += 2;
                    continue;
                }
                // "the Union for Peace in Central Africa": an ideal the body stands for, then where
                int region = l.equals("in") && hasConnector && IDEALS.contains(ws.get(j).lower()) ? regionAfter(d, j + 1) : -1;
                if (region > 0) {
                    for (int x = j + 1; x <= region; x++) {
                        run.add(x);
                    }
                    j = region;
                    continue;
                }
                // "the Justice and Equality Movement": two ideals joined before the body's head
                int body = l.equals("and") ? idealsBody(d, run, j + 1) : -1;
                if (body > 0) {
                    for (int x = j + 1; x <= body; x++) {
                        run.add(x);
                    }
                    j = body;
                    hasHead = true;
                    continue;
                }
                if (l.equals("and") && hasConnector && j + 2 < n && adjacent(d, j + 1, j + 2)) {
                    int m = j + 2;
                    if (ws.get(m).lower().equals("the") && m + 1 < n && adjacent(d, m, m + 1)) {
                        m++;
                    }
                    if (innerNameWord(ws.get(m))) {
                        for (int x = j + 1; x <= m; x++) {
                            run.add(x);
                        }
                        j = m;
                        continue;
                    }
                }
                break;
            }
            k = j + 1;
            // a byline's "By Al Jazeera Staff": the outlet wrote it, "Staff" is no part of its name
            if (run.size() > 1 && ws.get(run.get(run.size() - 1)).lower().equals("staff") && run.get(0) > 0
                    && ws.get(run.get(0) - 1).lower().equals("by")) {
                run.remove(run.size() - 1);
            }
            for (List<Integer> piece : supported(d, run)) {
                segmentPiece(d, piece);
            }
        }
    }

    /** What a movement or party stands for, in its name ("Justice and Equality", "Union for Peace in ..."). */
    private static final Set<String> IDEALS = Set.of("justice", "equality", "peace", "security", "freedom", "liberty",
            "democracy", "development", "unity", "reconciliation", "progress", "solidarity", "salvation", "change",
            "reform", "dignity", "liberation", "renewal", "prosperity", "sovereignty", "independence", "stability");

    /** Words of faith a body's name can hold after "of" or "and" ("Support of Islam and Muslims"). */
    private static final Set<String> FAITH_IN_NAMES = Set.of("muslims", "muslim", "christians", "arabs", "jews");

    private static boolean innerNameWord(Word w) {
        return nameWord(w) || (w != null && w.capitalised() && FAITH_IN_NAMES.contains(w.lower()));
    }

    /** Heads of French and Spanish names of bodies, and the words for "of" after them. */
    private static final Set<String> FOREIGN_HEADS = Set.of("mouvement", "armée", "armées", "fuerzas", "ejército",
            "frente", "ejercito", "rassemblement", "conseil", "parti", "partido", "union", "unión", "coalición", "comité");
    private static final Set<String> FOREIGN_OF = Set.of("de", "du", "des", "del", "pour");

    private static final Set<String> BRANCH_HEADS = Set.of("province", "branch", "wilayat", "wing");

    /** A known armed group's name, then one to three name words ending in "Province" or "Branch". */
    private boolean armedBranch(Doc d, List<Integer> piece) {
        int n = piece.size();
        if (n < 3 || !BRANCH_HEADS.contains(d.words.get(piece.get(n - 1)).lower())) {
            return false;
        }
        for (int q = n - 2; q >= Math.max(1, n - 4); q--) {
            List<GazetteerEntry> group = lookup(d, piece.subList(0, q));
            if (!group.isEmpty() && group.get(0).kind().equals("armed_group")) {
                return true;
            }
        }
        return false;
    }

    /** After "in" at {@code in}: the last word of a region's name ("the Islamic Maghreb", "Central Africa"), or -1. */
    private static int regionAfter(Doc d, int in) {
        List<Word> ws = d.words;
        int m = in + 1;
        if (m < ws.size() && ws.get(m).lower().equals("the") && adjacent(d, in, m)) {
            m++;
        }
        if (m >= ws.size() || !adjacent(d, m - 1, m)) {
            return -1;
        }
        if ((capitalDirection(ws.get(m)) || groupAdjective(ws.get(m))) && m + 1 < ws.size() && adjacent(d, m, m + 1)) {
            m++;
        }
        if (!nameWord(ws.get(m))) {
            return -1;
        }
        while (m + 1 < ws.size() && adjacent(d, m, m + 1) && nameWord(ws.get(m + 1))) {
            m++;
        }
        return m;
    }

    /**
     * The run so far ends with an ideal and the words from {@code start} are another, then a body's head within
     * three name words ("Justice | and Equality Movement", "AU Peace | and Security Council"): the head's index, or -1.
     */
    private static int idealsBody(Doc d, List<Integer> run, int start) {
        List<Word> ws = d.words;
        if (!IDEALS.contains(ws.get(run.get(run.size() - 1)).lower()) || start + 2 >= ws.size()
                || !adjacent(d, start - 1, start) || !IDEALS.contains(ws.get(start + 1).lower())
                || !ws.get(start + 1).capitalised()) {
            return -1;
        }
        for (int m = start + 1; m < Math.min(ws.size(), start + 5) && adjacent(d, m - 1, m) && nameWord(ws.get(m)); m++) {
            if (connectorHead(ws.get(m))) {
                return m;
            }
        }
        return -1;
    }

    private static boolean runHasAny(List<Word> ws, List<Integer> run, Set<String> words) {
        for (int i : run) {
            if (words.contains(fold(ws.get(i).core()))) {
                return true;
            }
        }
        return false;
    }

    /** Drops weak words (sentence-initial, headline) that nothing supports; returns the pieces left. */
    private List<List<Integer>> supported(Doc d, List<Integer> run) {
        List<List<Integer>> pieces = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        for (int p = 0; p < run.size(); p++) {
            int i = run.get(p);
            Word w = d.words.get(i);
            boolean weak = d.headline || w.initial();
            boolean ok = true;
            if (capitalDirection(w) || groupAdjective(w)) {
                ok = p + 1 < run.size();
            } else if (weak && nameWord(w) && run.size() == 1 && !d.headline && (PlaceRule.CAPITAL_PLACE_HEADS.contains(w.lower())
                    || w.lower().equals("capital"))) {
                ok = false; // "City officials say": a place noun opening a sentence, not a name
            } else if (weak && nameWord(w)) {
                ok = d.evidence.contains(fold(w.core()))
                        || (w.acronym() && !d.headline)
                        || gazetteerStartsAt(d, run, p)
                        || (!d.headline && "PROPN".equals(w.upos()) && p + 1 < run.size()
                        && nameWord(d.words.get(run.get(p + 1))))
                        || (!d.headline && p + 1 < run.size() && particleOrHyphenName(d.words.get(run.get(p + 1))))
                        || (!d.headline && p == 0 && run.size() == 2 && nameWord(d.words.get(run.get(1)))
                        && w.upos() != null && NAME_TAGS.contains(w.upos())
                        && roleAppositiveAfter(d, run.get(1)));
            }
            if (ok) {
                cur.add(i);
            } else {
                if (!cur.isEmpty()) {
                    pieces.add(cur);
                }
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) {
            pieces.add(cur);
        }
        // trim connectors and particles at the edges
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> p : pieces) {
            int a = 0;
            int b = p.size();
            while (a < b && !nameWord(d.words.get(p.get(a))) && !(particle(d.words.get(p.get(a))) && a + 1 < b)
                    && !((capitalDirection(d.words.get(p.get(a))) || groupAdjective(d.words.get(p.get(a)))) && a + 1 < b)
                    && !(a == 0 && a + 1 < b && unitNumber(d.words.get(p.get(a))) && unitAhead(d.words, p.get(a + 1)))) {
                a++;
            }
            while (b > a && !nameWord(d.words.get(p.get(b - 1)))
                    && !(b - 2 > a && innerNameWord(d.words.get(p.get(b - 1)))
                    && Set.of("and", "of").contains(d.words.get(p.get(b - 2)).lower()))) {
                b--;
            }
            if (b > a) {
                out.add(new ArrayList<>(p.subList(a, b)));
            }
        }
        return out;
    }

    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "X");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * "Getachew Reda, a spokesman for ...", "Ali Hassan, the head of ...": two capitalised words opening a sentence,
     * then a comma and a role, are a person's full name, the first word included.
     */
    private static boolean roleAppositiveAfter(Doc d, int last) {
        int k = last + 1;
        if (k + 1 >= d.words.size() || !d.words.get(k).text().equals(",")) {
            return false;
        }
        k++;
        if (ARTICLES.contains(d.words.get(k).lower())) {
            k++;
        }
        for (int j = k; j < Math.min(d.words.size(), k + 3); j++) {
            String w = d.words.get(j).lower();
            if (Cues.PERSON_ROLES.contains(w) || Cues.TITLE_HEADS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean particleOrHyphenName(Word w) {
        return particle(w) || (w.core().contains("-") && w.capitalised() && !Character.isUpperCase(w.core().charAt(0)));
    }

    private boolean gazetteerStartsAt(Doc d, List<Integer> run, int p) {
        for (int q = Math.min(run.size(), p + gazetteer.longestName() + 1); q > p; q--) {
            if (!lookup(d, run.subList(p, q)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private String span(Doc d, List<Integer> piece) {
        Word a = d.words.get(piece.get(0));
        Word b = d.words.get(piece.get(piece.size() - 1));
        return Regexes.replaceAll(d.text.substring(a.start(), b.coreEnd()), "\\s+", " ");
    }

    /** Gazetteer rows for the words, with the checks that keep common words out. */
    List<GazetteerEntry> lookup(Doc d, List<Integer> piece) {
        if (piece.size() > gazetteer.longestName() + 1) {
            return List.of();
        }
        String name = span(d, piece);
        List<GazetteerEntry> hits = gazetteer.lookup(name);
        if (hits.isEmpty() && piece.size() == 2) {
            hits = gazetteer.lookup(name.replace(' ', '-')); // "NAGORNO KARABAKH"
        }
        if (hits.isEmpty() && piece.size() >= 2
                && Linker.ADMIN_WORDS.contains(d.words.get(piece.get(piece.size() - 1)).lower())) {
            // "Sagaing Region", "Luhansk Oblast": the region of that name, when the gazetteer has one
            List<GazetteerEntry> regions = new ArrayList<>();
            for (GazetteerEntry e : gazetteer.lookup(span(d, piece.subList(0, piece.size() - 1)))) {
                if (e.kind().equals("admin1") || e.kind().equals("admin2")) {
                    regions.add(e);
                }
            }
            hits = regions;
        }
        if (hits.isEmpty() && piece.size() == 1 && name.length() > 4 && name.endsWith("s")) {
            List<GazetteerEntry> sing = gazetteer.lookup(name.substring(0, name.length() - 1));
            if (!sing.isEmpty() && sing.get(0).kind().equals("country")) {
                hits = List.of(sing.get(0));
            }
        }
        if (hits.isEmpty()) {
            return hits;
        }
        if (piece.size() == 1) {
            Word w = d.words.get(piece.get(0));
            if (w.core().replace(".", "").length() < 2 || Cues.NOT_NAMES.contains(w.lower())) {
                return List.of();
            }
            boolean weak = d.headline || w.initial();
            boolean evidence = d.evidence.contains(fold(w.core()));
            boolean minor = hits.stream().allMatch(e -> e.rank() >= 5);
            if (d.headline && !evidence && !hits.get(0).kind().equals("country") && !w.allCaps()) {
                return List.of();
            }
            // (the place of a date line opens the sentence in capitals, whatever the tagger made of it: "BAMAKO, July 2")
            boolean dateline = !d.headline && datelinePlace(d.words, w.index());
            if (weak && !evidence && !dateline
                    && (w.isFunctionWord() || "VERB".equals(w.upos()) || "ADV".equals(w.upos()) || minor
                    // ("Federal troops launched ...": an adjective opening the sentence, not the place of that name)
                    || "ADJ".equals(w.upos()) && w.initial() && !d.headline
                    && hits.stream().noneMatch(e -> e.kind().equals("country")))) {
                return List.of();
            }
            if (minor && w.core().length() < 4) {
                return List.of();
            }
            if (w.allCaps() && w.core().replace(".", "").length() <= 4 && !d.headline && !dateline) {
                String exact = w.core();
                List<GazetteerEntry> keep = new ArrayList<>();
                for (GazetteerEntry e : hits) {
                    boolean place = e.entityType() == org.conflictkg.extract.EntityType.Place;
                    if (!place || e.label().equals(exact) || e.aliases().contains(exact)) {
                        keep.add(e);
                    }
                }
                hits = keep;
                if (hits.isEmpty()) {
                    return hits;
                }
            }
            if (!w.allCaps() && w.core().length() <= 3) {
                // "Pa" in "Pa Zi Gyi" is not "PA" (Pennsylvania): a short name written in mixed case matches a
                // name spelt that way, not an abbreviation in capitals
                String exact = w.core();
                List<GazetteerEntry> keep = new ArrayList<>();
                for (GazetteerEntry e : hits) {
                    boolean abbreviationOnly = !e.label().equalsIgnoreCase(exact) && !e.aliases().contains(exact)
                            && e.aliases().stream().filter(a -> a.equalsIgnoreCase(exact))
                            .allMatch(a -> a.equals(a.toUpperCase(Locale.ROOT)));
                    if (!abbreviationOnly) {
                        keep.add(e);
                    }
                }
                hits = keep;
            }
        }
        return hits;
    }

    /**
     * A word of the place line that opens a report: "BEIRUT, ...", "DOHA/GAZA, Nov 27 (Reuters)", "GOMA (AFP)": only
     * capitals (and slashes) from the start of the sentence to it, then a comma or a bracket.
     */
    static boolean datelinePlace(List<Word> words, int i) {
        for (int k = 0; k <= i; k++) {
            if (!words.get(k).allCaps() && !words.get(k).text().equals("/")) {
                return false;
            }
        }
        for (int k = i + 1; k < Math.min(words.size(), i + 5); k++) {
            String t = words.get(k).text();
            if (t.equals(",") || t.equals("(")) {
                return true;
            }
            if (!words.get(k).allCaps() && !t.equals("/")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCountry(List<GazetteerEntry> hits) {
        return !hits.isEmpty() && hits.get(0).kind().equals("country");
    }

    private void segmentPiece(Doc d, List<Integer> piece) {
        List<GazetteerEntry> whole = lookup(d, piece);
        if (!whole.isEmpty()) {
            add(d, piece, Segment.Kind.GAZ, whole);
            return;
        }
        if (Cues.SEATS.containsKey(Gazetteer.key(span(d, piece)))) {
            add(d, piece, Segment.Kind.UNKNOWN, List.of()); // "the Islamic Republic": StateMentions makes it the state
            return;
        }
        if (armedBranch(d, piece)) {
            // "Islamic State Sahel Province": a known armed group's branch, named after where it fights
            add(d, piece, Segment.Kind.UNKNOWN, List.of()).vote(org.conflictkg.extract.EntityType.ArmedGroup, 4.0,
                    "branch of an armed group");
            return;
        }
        if (groupAdjective(d.words.get(piece.get(0))) && !capitalDirection(d.words.get(piece.get(0)))
                && unitHead(d, piece) == null) {
            if (piece.size() > 1) {
                segmentPiece(d, piece.subList(1, piece.size()));
            }
            return;
        }
        if (capitalDirection(d.words.get(piece.get(0)))) {
            // "South Sudan" is in the gazetteer; "East Aleppo" is a part of a place; "Southern Transitional Council" a name
            if (piece.size() == 1) {
                return;
            }
            List<Integer> rest = piece.subList(1, piece.size());
            if (unitHead(d, piece) == null && !lookup(d, rest.subList(0, 1)).isEmpty()) {
                segmentPiece(d, rest);
                return;
            }
        }
        if (piece.size() > 1 && hyphenedBodies(d, piece, new ArrayList<>())) {
            return;
        }
        // an organisation or armed group: a head at the end, or a head followed by "of"/"for"
        String head = unitHead(d, piece);
        if (head != null) {
            List<GazetteerEntry> country = lookup(d, piece.subList(0, 1));
            boolean organ = isCountry(country) && piece.size() > 1;
            for (int p = 1; p < piece.size() && organ; p++) {
                organ = Cues.STATE_ORGAN_WORDS.contains(d.words.get(piece.get(p)).lower());
            }
            if (organ) {
                Segment s = add(d, piece, Segment.Kind.STATE, List.of(country.get(0)));
                s.actor = true;
                return;
            }
            // "Government of Ethiopia", "Ministry of Defence of Ukraine": the state itself
            Word h0 = d.words.get(piece.get(0));
            // ("Forces Armées de la République démocratique du Congo": the country named after a foreign "of")
            boolean organHead = Cues.STATE_ORGAN_WORDS.contains(h0.lower()) && !h0.lower().equals("arab")
                    || h0.lower().startsWith("arm") && FOREIGN_HEADS.contains(h0.lower())
                    || h0.lower().equals("forces") || h0.lower().equals("fuerzas");
            for (int q = 1; piece.size() >= 3 && organHead && q < piece.size() - 1; q++) {
                String of = d.words.get(piece.get(q)).lower();
                if (!of.equals("of") && !FOREIGN_OF.contains(of) && !of.equals("la")) {
                    continue;
                }
                List<GazetteerEntry> c = lookup(d, piece.subList(q + 1, piece.size()));
                if (isCountry(c)) {
                    Segment s = add(d, piece, Segment.Kind.STATE, List.of(c.get(0)));
                    s.actor = true;
                    return;
                }
            }
            Segment s = add(d, piece, Segment.Kind.UNKNOWN, List.of());
            s.head = head;
            return;
        }
        // a bare title ("the Foreign Secretary") is no name
        if (titleEnd(d, piece, 0) == piece.size()) {
            return;
        }
        // a title: "US Secretary of State John Kerry", "President Bashar al Assad"
        int t = -1;
        int u = -1;
        for (int p = 0; p < piece.size() && t < 0; p++) {
            int q = titleEnd(d, piece, p);
            if (q > p && q < piece.size() && nameWord(d.words.get(piece.get(q)))) {
                t = p;
                u = q;
            }
        }
        if (t >= 0) {
            List<Segment> owners = t > 0 ? plain(d, piece.subList(0, t)) : List.of();
            List<Integer> name = piece.subList(u, piece.size());
            List<GazetteerEntry> hits = lookup(d, name);
            boolean person = !hits.isEmpty() && hits.get(0).kind().equals("person");
            Segment s = add(d, name, person ? Segment.Kind.GAZ : Segment.Kind.UNKNOWN, person ? hits : List.of());
            Word tw0 = d.words.get(piece.get(t));
            Word tw1 = d.words.get(piece.get(u - 1));
            s.title = Regexes.replaceAll(d.text.substring(tw0.start(), tw1.coreEnd()), "\\s+", " ");
            s.mStart = d.words.get(piece.get(0)).start();
            if (!owners.isEmpty()) {
                s.titleOwner = owners.get(owners.size() - 1);
                s.titleOwner.actor = true; // "Iraqi Prime Minister X": the state acts through its officer
            }
            return;
        }
        // a place that ends an office's name, then the officer's: "Envoy for the Horn of | Africa David Satterfield"
        if (piece.size() >= 3 && piece.size() <= 4 && personAfterPlace(d, piece)) {
            plain(d, piece.subList(0, 1));
            Segment s = add(d, piece.subList(1, piece.size()), Segment.Kind.UNKNOWN, List.of());
            s.vote(org.conflictkg.extract.EntityType.Person, 1.5, "name after place");
            return;
        }
        // an organisation head followed by a person's name: "Regional Military Administration Ivan Fedorov"
        for (int p = 1; p + 2 <= piece.size() - 1; p++) {
            String l = fold(d.words.get(piece.get(p)).core());
            if ((Cues.ORG_HEADS.contains(l) || Cues.ARMED_HEADS.contains(l)) && piece.size() - p - 1 >= 2
                    && piece.size() - p - 1 <= 3) {
                List<Integer> tail = piece.subList(p + 1, piece.size());
                boolean person = true;
                for (int i : tail) {
                    String tw = fold(d.words.get(i).core());
                    if (Cues.ORG_HEADS.contains(tw) || Cues.ARMED_HEADS.contains(tw) || !d.words.get(i).capitalised()
                            || isTitleWord(tw)
                            || tw.equals("of") || tw.equals("for") || !lookup(d, List.of(i)).isEmpty()) {
                        person = false;
                    }
                }
                if (person) {
                    segmentPiece(d, piece.subList(0, p + 1));
                    Segment s = add(d, tail, Segment.Kind.UNKNOWN, List.of());
                    s.vote(org.conflictkg.extract.EntityType.Person, 1.5, "name after organisation");
                    return;
                }
            }
        }
        // "UN Secretary-General": the name before a title that ends the run
        for (int p = 1; p < piece.size(); p++) {
            if (titleEnd(d, piece, p) == piece.size()) {
                plain(d, piece.subList(0, p));
                return;
            }
        }
        plain(d, piece);
    }

    /** Role nouns that open a sentence before a name ("Villager U Tun Oo said"). */
    private static final Set<String> VILLAGE_ROLES = Set.of("villager", "villagers", "eyewitness", "local",
            "residents", "activists");

    static boolean isTitleWord(String l) {
        for (String part : l.replace(".", "").split("-")) {
            if (Cues.TITLE_HEADS.contains(part)) {
                return true;
            }
        }
        return Cues.TITLE_MODIFIERS.contains(l);
    }

    /** End (exclusive, as a piece position) of a title phrase starting at p, or p when there is none. */
    private static int titleEnd(Doc d, List<Integer> piece, int p) {
        int q = p;
        boolean head = false;
        boolean afterOf = false;
        while (q < piece.size()) {
            String l = d.words.get(piece.get(q)).lower().replace(".", "");
            if (Cues.TITLE_HEADS.contains(l) || (l.contains("-") && isTitleWord(l) && !Cues.TITLE_MODIFIERS.contains(l))
                    || (q == 0 && (Cues.PERSON_ROLES.contains(l) || VILLAGE_ROLES.contains(l)))) {
                head = true;
            } else if (l.equals("and") && head && q + 1 < piece.size()
                    && isTitleWord(d.words.get(piece.get(q + 1)).lower())) {
                afterOf = false;
            } else if (Cues.TITLE_MODIFIERS.contains(l) || (afterOf && Cues.TITLE_OBJECTS.contains(l))) {
                // fine
            } else if ((l.equals("of") || l.equals("for")) && head && q + 1 < piece.size()
                    && Cues.TITLE_OBJECTS.contains(d.words.get(piece.get(q + 1)).lower())) {
                afterOf = true;
            } else {
                break;
            }
            q++;
        }
        // do not end on a modifier alone ("General" in "Attorney General" is fine, "State" is fine)
        return head ? q : p;
    }

    private static String unitHead(Doc d, List<Integer> piece) {
        String last = fold(d.words.get(piece.get(piece.size() - 1)).core());
        if (piece.size() > 1 && (Cues.ORG_HEADS.contains(last) || Cues.ARMED_HEADS.contains(last))
                && !Cues.TITLE_HEADS.contains(last)) {
            return last;
        }
        for (int p = 0; p + 1 < piece.size(); p++) {
            String l = fold(d.words.get(piece.get(p)).core());
            String nx = d.words.get(piece.get(p + 1)).lower();
            if ((Cues.ORG_HEADS.contains(l) || Cues.ARMED_HEADS.contains(l) || l.equals("ministry"))
                    && (nx.equals("of") || nx.equals("for") || nx.equals("on") || nx.equals("in"))) {
                return l;
            }
            // a head that opens a name of two or more words: "Alliance Fleuve Congo", "Mouvement Patriotique"
            if (p == 0 && piece.size() >= 2 && (FOREIGN_HEADS.contains(l) || l.equals("alliance") || l.equals("coalition"))
                    && d.words.get(piece.get(1)).capitalised()) {
                return l;
            }
            // a French or Spanish name: "Forces Armées de la République ...", "Mouvement du 23 mars"
            String nx2 = p + 2 < piece.size() ? d.words.get(piece.get(p + 2)).lower() : "";
            if ((Cues.ORG_HEADS.contains(l) || Cues.ARMED_HEADS.contains(l) || FOREIGN_HEADS.contains(l))
                    && (FOREIGN_OF.contains(nx) || p == 0 && FOREIGN_OF.contains(nx2))) {
                return l;
            }
        }
        for (int p = 0; p < piece.size(); p++) {
            String l = fold(d.words.get(piece.get(p)).core());
            for (String part : l.split("-")) {
                if (ARMED_WORDS_ANYWHERE.contains(part)) {
                    return part;
                }
            }
        }
        if (piece.size() == 1) {
            String l = fold(d.words.get(piece.get(0)).core());
            if (ARMED_WORDS_ANYWHERE.contains(l)) {
                return l;
            }
        }
        return null;
    }

    /** Words that mark a non-state armed group wherever they stand in the name. */
    static final Set<String> ARMED_WORDS_ANYWHERE = Set.of("jaish", "jabhat", "liwa", "harakat", "ahrar", "kataib",
            "katibat", "ansar", "jund", "hayat", "hay'at", "tahrir", "shabaab", "shabab", "hezbollah", "hizbollah",
            "hizbullah", "taliban", "mujahideen", "mujahedeen", "brigades", "brigade", "militia", "militias");

    /** Gazetteer names left to right, longest first; an uncovered rest becomes one unknown name. */
    private List<Segment> plain(Doc d, List<Integer> piece) {
        List<Segment> out = new ArrayList<>();
        List<GazetteerEntry> whole = lookup(d, piece);
        if (!whole.isEmpty()) {
            out.add(add(d, piece, Segment.Kind.GAZ, whole));
            return out;
        }
        if (piece.size() == 1 && hyphenCountries(d, d.words.get(piece.get(0)), out)
                || piece.size() > 1 && hyphenedBodies(d, piece, out)) {
            return out;
        }
        List<int[]> cover = new ArrayList<>();
        boolean complete = true;
        int i = 0;
        while (i < piece.size()) {
            int found = -1;
            for (int j = Math.min(piece.size(), i + gazetteer.longestName() + 1); j > i; j--) {
                if (!nameWord(d.words.get(piece.get(j - 1))) || !nameWord(d.words.get(piece.get(i)))) {
                    continue;
                }
                if (!lookup(d, piece.subList(i, j)).isEmpty()) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                complete = false;
                cover.add(new int[] {i, i + 1, 0});
                i++;
            } else {
                cover.add(new int[] {i, found, 1});
                i = found;
            }
        }
        if (complete) {
            for (int[] c : cover) {
                out.add(add(d, piece.subList(c[0], c[1]), Segment.Kind.GAZ, lookup(d, piece.subList(c[0], c[1]))));
            }
            return out;
        }
        // peel leading countries and international bodies ("UN", "Syrian") off an unknown name
        int start = 0;
        for (int[] c : cover) {
            if (c[2] != 1) {
                break;
            }
            List<GazetteerEntry> hits = lookup(d, piece.subList(c[0], c[1]));
            String kind = hits.get(0).kind();
            if (!(kind.equals("country") || kind.equals("intl_org"))) {
                break;
            }
            if (c[1] >= piece.size()) {
                break;
            }
            out.add(add(d, piece.subList(c[0], c[1]), Segment.Kind.GAZ, hits));
            start = c[1];
        }
        List<Integer> rest = piece.subList(start, piece.size());
        List<GazetteerEntry> hits = lookup(d, rest);
        out.add(add(d, rest, hits.isEmpty() ? Segment.Kind.UNKNOWN : Segment.Kind.GAZ, hits));
        return out;
    }

    /** "UN-Arab League envoy": a country or international body hyphened to the first word of another known name. */
    private boolean hyphenedBodies(Doc d, List<Integer> piece, List<Segment> out) {
        Word w = d.words.get(piece.get(0));
        String core = w.core();
        int h = core.indexOf('-');
        if (h <= 0 || h == core.length() - 1) {
            return false;
        }
        String first = core.substring(0, h);
        List<GazetteerEntry> a = gazetteer.lookup(first);
        if (a.isEmpty() || !(a.get(0).kind().equals("country") || a.get(0).kind().equals("intl_org"))) {
            return false;
        }
        String second = core.substring(h + 1) + " " + span(d, piece.subList(1, piece.size()));
        List<GazetteerEntry> b = gazetteer.lookup(second);
        if (b.isEmpty()) {
            return false;
        }
        Word last = d.words.get(piece.get(piece.size() - 1));
        Segment s1 = new Segment(d.sentence, d.words, w.index(), w.index() + 1, Segment.Kind.GAZ, first, w.start(),
                w.start() + h);
        s1.entries = a;
        s1.demonym = isDemonym(first, a.get(0));
        Segment s2 = new Segment(d.sentence, d.words, w.index(), last.index() + 1, Segment.Kind.GAZ, second,
                w.start() + h + 1, last.coreEnd());
        s2.entries = b;
        for (Segment s : List.of(s1, s2)) {
            d.out.add(s);
            out.add(s);
        }
        return true;
    }

    /** The piece's first word a known place (after "of"), the rest two or three capitalised words that name no place or body. */
    private boolean personAfterPlace(Doc d, List<Integer> piece) {
        Word first = d.words.get(piece.get(0));
        if (first.index() == 0 || !d.words.get(first.index() - 1).lower().equals("of") || first.possessive()) {
            return false;
        }
        List<GazetteerEntry> place = lookup(d, piece.subList(0, 1));
        if (place.isEmpty() || place.get(0).entityType() != org.conflictkg.extract.EntityType.Place
                && !place.get(0).kind().equals("country")) {
            return false;
        }
        for (int i : piece.subList(1, piece.size())) {
            Word w = d.words.get(i);
            String tw = fold(w.core());
            if (!w.capitalised() || w.acronym() || Cues.ORG_HEADS.contains(tw) || Cues.ARMED_HEADS.contains(tw)
                    || isTitleWord(tw)) {
                return false;
            }
        }
        // a word of them may name a town too ("David", Panama): the whole name must not
        return lookup(d, piece.subList(1, piece.size())).isEmpty();
    }

    /** "Turkey-Syria border", "US-Russian deal": each part a country or a demonym. */
    private boolean hyphenCountries(Doc d, Word w, List<Segment> out) {
        String core = w.core();
        if (!core.contains("-") || core.startsWith("-")) {
            return false;
        }
        String[] parts = core.split("-");
        List<GazetteerEntry> found = new ArrayList<>();
        for (String p : parts) {
            List<GazetteerEntry> h = p.isEmpty() ? List.of() : gazetteer.lookup(p);
            if (h.isEmpty() || !h.get(0).kind().equals("country")) {
                return false;
            }
            found.add(h.get(0));
        }
        int off = w.start();
        for (int i = 0; i < parts.length; i++) {
            Segment s = new Segment(d.sentence, d.words, w.index(), w.index() + 1, Segment.Kind.GAZ, parts[i], off,
                    off + parts[i].length());
            s.entries = List.of(found.get(i));
            s.demonym = isDemonym(parts[i], found.get(i));
            d.out.add(s);
            out.add(s);
            off += parts[i].length() + 1;
        }
        return true;
    }

    private Segment add(Doc d, List<Integer> piece, Segment.Kind kind, List<GazetteerEntry> entries) {
        Word a = d.words.get(piece.get(0));
        Word b = d.words.get(piece.get(piece.size() - 1));
        String name = span(d, piece);
        Segment s = new Segment(d.sentence, d.words, piece.get(0), piece.get(piece.size() - 1) + 1, kind, name,
                a.start(), b.coreEnd());
        s.entries = entries;
        if (!entries.isEmpty() && entries.get(0).kind().equals("country") && piece.size() == 1) {
            s.demonym = isDemonym(b.core(), entries.get(0));
            if (s.demonym && gazetteer.lookup(b.core()).isEmpty()) {
                s.actor = true; // plural: "the Russians"
            }
        }
        d.out.add(s);
        return s;
    }

    static boolean isDemonym(String word, GazetteerEntry country) {
        String k = Gazetteer.key(word);
        if (k.equals(Gazetteer.key(country.label())) || k.length() < 4) {
            return false;
        }
        return Regexes.matches(k, ".*(an|ans|ian|ians|ese|i|is|ish|ch|ic|ss|ek|eks|ai|ais|ot|ots)$");
    }

    public static String fold(String s) {
        String f = Regexes.replaceAll(Normalizer.normalize(s, Normalizer.Form.NFKD), "\\p{M}+", "");
        return f.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
