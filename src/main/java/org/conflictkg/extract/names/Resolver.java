package org.conflictkg.extract.names;

import org.conflictkg.extract.Regexes;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.EntityType;
import org.conflictkg.extract.Mention;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.link.GazetteerEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups the names of an article into entities: one per gazetteer item or country, surnames with
 * full names ("Kerry" = "John Kerry"), acronyms with their expansions, a lone head word with the
 * one organisation it heads. The type is the sum of the votes of all mentions; the link is chosen
 * for that type.
 */
public final class Resolver {
    /** Least total vote for an unknown name to become an entity. */
    static final double MIN_VOTE = 1.5;

    static final class Cluster {
        final List<Segment> segs = new ArrayList<>();
        String key;
        EntityType type;
        final Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);

        Segment firstSeg() {
            return segs.stream().min(Comparator.comparingInt(s -> s.mStart)).orElseThrow();
        }

        boolean known() {
            return segs.stream().anyMatch(s -> s.kind != Segment.Kind.UNKNOWN);
        }

        void tally() {
            votes.clear();
            boolean named = segs.stream().anyMatch(s -> !(s.size() == 1 && s.words.get(s.first).acronym()));
            for (Segment s : segs) {
                if (named && s.kind == Segment.Kind.UNKNOWN && s.size() == 1 && s.words.get(s.first).acronym()) {
                    continue; // the full name's evidence decides
                }
                s.votes.forEach((t, w) -> votes.merge(t, w, Double::sum));
            }
            type = null;
            double w = 0;
            for (var e : votes.entrySet()) {
                if (e.getValue() > w) {
                    w = e.getValue();
                    type = e.getKey();
                }
            }
        }

        double top() {
            return type == null ? 0 : votes.get(type);
        }

        /** Longest name (a person's name without title). */
        String longestName() {
            String best = "";
            for (Segment s : segs) {
                if (s.kind == Segment.Kind.STATE && s.demonym) {
                    continue;
                }
                if (s.name.length() > best.length()) {
                    best = s.name;
                }
            }
            return best.isEmpty() ? segs.get(0).name : best;
        }
    }

    /** After {@link #resolve}: the key of the entity each kept segment belongs to. */
    public final Map<Segment, String> entityOf = new HashMap<>();

    public List<Entity> resolve(List<Segment> segs, String text) {
        entityOf.clear();
        firstKind.clear();
        Map<String, Integer> countries = countryContext(segs);
        anchors = anchors(segs);
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        segs.sort(Comparator.comparingInt((Segment s) -> s.mStart));
        segs.removeIf(s -> s.dropped);
        for (Segment s : segs) {
            s.key = keyOf(s, countries);
            clusters.computeIfAbsent(s.key, k -> new Cluster()).segs.add(s);
        }
        for (Cluster c : clusters.values()) {
            c.key = c.segs.get(0).key;
            c.tally();
        }
        coordination(segs, clusters);
        mergeSurnames(clusters);
        mergeAcronyms(clusters, text);
        mergeHeads(clusters);
        mergePlaceHeads(clusters);
        List<Entity> out = new ArrayList<>();
        List<Cluster> ordered = new ArrayList<>(clusters.values());
        ordered.sort(Comparator.comparingInt(c -> c.firstSeg().mStart));
        for (Cluster c : ordered) {
            c.tally();
            Entity e = entity(c, countries, text);
            if (e != null) {
                out.add(e);
                for (Segment s : c.segs) {
                    entityOf.put(s, e.key());
                }
            }
        }
        return out;
    }

    /**
     * Where the article's places lie: for each place name whose gazetteer rows all lie within 150 km
     * of each other (one town, or a city and the province named after it), the first row's
     * coordinates.
     */
    private List<double[]> anchors = List.of();
    /** Per place name, the kind its first mention in the article gave ("" for none). */
    private final Map<String, String> firstKind = new java.util.HashMap<>();

    static List<double[]> anchors(List<Segment> segs) {
        List<double[]> out = new ArrayList<>();
        for (Segment s : segs) {
            if (s.kind != Segment.Kind.GAZ || s.entries.isEmpty()) {
                continue;
            }
            GazetteerEntry first = null;
            boolean close = true;
            for (GazetteerEntry e : s.entries) {
                if (e.entityType() != EntityType.Place || e.kind().equals("country") || e.lat() == null || e.lon() == null) {
                    continue;
                }
                if (first == null) {
                    first = e;
                } else if (Linker.distanceKm(first.lat(), first.lon(), e.lat(), e.lon()) > 150) {
                    close = false;
                    break;
                }
            }
            if (first != null && close) {
                out.add(new double[] {first.lat(), first.lon()});
            }
        }
        return out;
    }

    /** Countries named in the article, with counts, and the countries of unambiguous places. */
    public static Map<String, Integer> countryContext(List<Segment> segs) {
        Map<String, Integer> m = new HashMap<>();
        // the countries the article's place names may lie in
        java.util.Set<String> placeCountries = new java.util.HashSet<>();
        for (Segment s : segs) {
            if (s.kind == Segment.Kind.GAZ && !s.entries.isEmpty() && !s.entries.get(0).kind().equals("country")) {
                s.entries.stream().map(GazetteerEntry::countryQid).filter(java.util.Objects::nonNull)
                        .forEach(placeCountries::add);
            }
        }
        for (Segment s : segs) {
            if (s.entries.isEmpty()) {
                continue;
            }
            GazetteerEntry e = s.entries.get(0);
            if (e.kind().equals("country")) {
                // "Congo" is two countries: the one a place named in the article may lie in ("Goma"), else the first
                List<String> qids = s.entries.stream().filter(x -> x.kind().equals("country")).map(GazetteerEntry::qid)
                        .distinct().toList();
                List<String> fit = qids.stream().filter(placeCountries::contains).toList();
                m.merge(qids.size() > 1 && fit.size() == 1 ? fit.get(0) : e.qid(), 2, Integer::sum);
            } else if (s.kind == Segment.Kind.GAZ && e.countryQid() != null
                    && s.entries.stream().allMatch(x -> e.countryQid().equals(x.countryQid()))) {
                m.merge(e.countryQid(), 1, Integer::sum);
            }
        }
        return m;
    }

    private String keyOf(Segment s, Map<String, Integer> countries) {
        switch (s.kind) {
            case STATE:
                return country(s.entries, countries).qid();
            case SUBPLACE:
            case LED_ORG:
                return s.key;
            case GAZ: {
                GazetteerEntry e = s.entries.get(0);
                if (e.kind().equals("country")) {
                    return country(s.entries, countries).qid();
                }
                if (e.entityType() == EntityType.Place) {
                    // the first mention sets what the name stands for: after "the province of Idlib", a
                    // bare "Idlib" is the province; after a bare "Kharkiv", "Kharkiv region" is another place
                    String own = kindWord(List.of(s));
                    String first = firstKind.putIfAbsent(Gazetteer.key(stem(s.name)), own == null ? "" : own);
                    s.placeKind = own != null ? own : first == null || first.isEmpty() ? null : first;
                }
                List<GazetteerEntry> rows = e.entityType() == EntityType.Place
                        ? Linker.byKindWord(s.entries, s.placeKind, countries) : s.entries;
                Linker.Choice c = Linker.choose(s.name, rows, e.entityType(), countries, anchors);
                if (c != null) {
                    return c.entry().qid();
                }
                if (e.qid() == null) {
                    return "gazlabel:" + Gazetteer.key(e.label());
                }
                return "gaz:" + Gazetteer.key(s.name);
            }
            default:
                return "name:" + nameKey(s.name);
        }
    }

    /** Among countries of the same name ("Congo"), the one the article names most. */
    static GazetteerEntry country(List<GazetteerEntry> entries, Map<String, Integer> countries) {
        GazetteerEntry best = entries.get(0);
        int bc = countries.getOrDefault(best.qid(), 0);
        for (GazetteerEntry e : entries) {
            if (e.kind().equals("country") && countries.getOrDefault(e.qid(), 0) > bc) {
                best = e;
                bc = countries.get(e.qid());
            }
        }
        return best;
    }

    static String nameKey(String name) {
        String k = Gazetteer.key(name).replace('-', ' ').replace("'s", "").replace("defense", "defence")
                .replace("organization", "organisation").replace("center", "centre");
        return Regexes.replaceAll(k, "\\s+", " ").strip();
    }

    /** Names in one list ("the Amiriyah, Sukari and Sheikh Said sectors") share their evidence. */
    private static void coordination(List<Segment> segs, Map<String, Cluster> clusters) {
        Map<Segment, Map<EntityType, Double>> add = new HashMap<>();
        for (Segment s : segs) {
            if (s.kind != Segment.Kind.UNKNOWN) {
                continue;
            }
            List<Segment> chain = StateMentions.conjuncts(s, segs);
            boolean andOr = false;
            for (int i = 0; i + 1 < chain.size(); i++) {
                for (int k = chain.get(i).end; k < chain.get(i + 1).first; k++) {
                    String l = s.words.get(k).lower();
                    andOr |= l.equals("and") || l.equals("or");
                }
            }
            if (!andOr) {
                continue;
            }
            for (Segment o : chain) {
                if (o == s) {
                    continue;
                }
                Cluster oc = clusters.get(o.key);
                EntityType t = oc == null ? o.best() : oc.type;
                if (t == null || t == EntityType.State) {
                    continue;
                }
                double w = o.votes.getOrDefault(t, 0.0);
                if (w >= 1.5) {
                    add.computeIfAbsent(s, k -> new EnumMap<>(EntityType.class)).merge(t, Math.min(2.5, w * 0.6), Math::max);
                }
            }
        }
        add.forEach((s, m) -> m.forEach((t, w) -> s.vote(t, w, "coordinated")));
        for (Cluster c : clusters.values()) {
            c.tally();
        }
    }

    private static String[] words(String name) {
        return nameKey(name).split(" ");
    }

    private static String surname(String w) {
        for (String p : Cues.HYPHEN_PARTICLES) {
            if (w.startsWith(p + " ")) {
                return w.substring(p.length() + 1);
            }
        }
        return w;
    }

    /** "Kerry", "al Selmo", "Assad" join the one person whose full name ends with them. */
    private static void mergeSurnames(Map<String, Cluster> clusters) {
        List<Cluster> people = new ArrayList<>();
        for (Cluster c : clusters.values()) {
            if (c.type == EntityType.Person || (c.type == null && !c.known())) {
                people.add(c);
            }
        }
        List<String> remove = new ArrayList<>();
        for (Cluster c : new ArrayList<>(clusters.values())) {
            if (c.type == EntityType.State || remove.contains(c.key)) {
                continue;
            }
            String[] w = words(c.longestName());
            Cluster target = null;
            int found = 0;
            for (Cluster p : people) {
                if (p == c || remove.contains(p.key)) {
                    continue;
                }
                String[] pw = words(p.longestName());
                if (pw.length <= w.length || p.type != EntityType.Person) {
                    continue;
                }
                boolean tail = true;
                for (int i = 0; i < w.length; i++) {
                    if (!pw[pw.length - w.length + i].equals(w[i])) {
                        tail = false;
                    }
                }
                // "al Selmo" vs "Ammar al-Selmo" (the hyphen is gone in nameKey), "Abdel Rahman" vs "Abdulrahman"
                String joined = String.join("", w);
                String pjoined = String.join("", java.util.Arrays.copyOfRange(pw, 1, pw.length));
                // "Mao did not say" after "spokesperson Mao Ning said": a family name written first, as the
                // subject of a verb, after the full name
                boolean head = w.length == 1 && pw.length == 2 && pw[0].equals(w[0])
                        && p.firstSeg().mStart < c.firstSeg().mStart && c.segs.stream().allMatch(x -> x.after(1) != null
                        && ("VERB".equals(x.after(1).upos()) || "AUX".equals(x.after(1).upos())));
                if (tail || head || (w.length == 1 && pjoined.endsWith(joined) && joined.length() >= 4)) {
                    target = p;
                    found++;
                }
            }
            boolean placeOnly = c.segs.stream().allMatch(x -> x.kind == Segment.Kind.UNKNOWN
                    || x.kind == Segment.Kind.GAZ && x.entries.stream().allMatch(e -> e.entityType() == EntityType.Place));
            if (found == 1 && (c.type == EntityType.Person || c.type == null || !c.known() || placeOnly)) {
                target.segs.addAll(c.segs);
                remove.add(c.key);
            }
        }
        remove.forEach(clusters::remove);
        for (Cluster c : clusters.values()) {
            c.tally();
        }
    }

    /** "(ISSG)" after its expansion, or an acronym made of the initials of a name in the article. */
    private static void mergeAcronyms(Map<String, Cluster> clusters, String text) {
        List<String> remove = new ArrayList<>();
        for (Cluster c : new ArrayList<>(clusters.values())) {
            Segment s = c.segs.get(0);
            if (c.known() || s.size() != 1 || !s.words.get(s.first).acronym()) {
                continue;
            }
            String acr = s.name.replace(".", "").toUpperCase(Locale.ROOT);
            Cluster target = null;
            for (Cluster o : clusters.values()) {
                if (o == c || remove.contains(o.key)) {
                    continue;
                }
                for (Segment os : o.segs) {
                    if (initials(os.name).equals(acr) || parenthesised(os, s)) {
                        target = o;
                        break;
                    }
                }
                if (target != null) {
                    break;
                }
            }
            if (target != null) {
                target.segs.addAll(c.segs);
                remove.add(c.key);
            }
        }
        // "National Liberation Army (ELN)" where ELN is a gazetteer name: the expansion joins it
        for (Cluster c : new ArrayList<>(clusters.values())) {
            if (c.known() || remove.contains(c.key)) {
                continue;
            }
            Cluster target = null;
            for (Segment s : c.segs) {
                for (Cluster o : clusters.values()) {
                    if (o == c || !o.known() || remove.contains(o.key)) {
                        continue;
                    }
                    for (Segment os : o.segs) {
                        if (os.size() == 1 && os.words.get(os.first).acronym() && parenthesised(s, os)) {
                            target = o;
                        }
                    }
                }
            }
            if (target != null) {
                target.segs.addAll(c.segs);
                remove.add(c.key);
            }
        }
        remove.forEach(clusters::remove);
    }

    private static boolean parenthesised(Segment name, Segment acr) {
        return name.sentence == acr.sentence && name.words == acr.words && acr.first == name.end + 1
                && name.words.get(name.end).text().equals("(") && name.size() > 1;
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : Regexes.split(name, "[\\s-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String l = w.toLowerCase(Locale.ROOT);
            if (l.equals("of") || l.equals("for") || l.equals("the") || l.equals("and") || l.equals("on") || l.equals("al")) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** "Laukkai" and "Laukkai Township": a place name with and without its capitalised place noun. */
    private static void mergePlaceHeads(Map<String, Cluster> clusters) {
        List<String> remove = new ArrayList<>();
        for (Cluster big : new ArrayList<>(clusters.values())) {
            if (big.type != EntityType.Place || remove.contains(big.key)) {
                continue;
            }
            for (Segment s : new ArrayList<>(big.segs)) {
                if (s.kind != Segment.Kind.UNKNOWN || s.size() < 2) {
                    continue;
                }
                String lastWord = s.words.get(s.end - 1).lower();
                if (!PlaceRule.CAPITAL_PLACE_HEADS.contains(lastWord)) {
                    continue;
                }
                String stem = nameKey(s.name.substring(0, s.words.get(s.end - 1).start() - s.mStart).strip());
                if (s.mStart != s.words.get(s.first).start()) {
                    continue;
                }
                for (Cluster small : new ArrayList<>(clusters.values())) {
                    if (small == big || remove.contains(small.key) || small.type == EntityType.State) {
                        continue;
                    }
                    boolean same = small.segs.stream().anyMatch(x -> nameKey(x.name).equals(stem));
                    if (!same) {
                        continue;
                    }
                    if (small.known() && !big.known()) {
                        small.segs.addAll(big.segs);
                        remove.add(big.key);
                    } else {
                        big.segs.addAll(small.segs);
                        remove.add(small.key);
                    }
                    break;
                }
                if (remove.contains(big.key)) {
                    break;
                }
            }
        }
        remove.forEach(clusters::remove);
        for (Cluster c : clusters.values()) {
            c.tally();
        }
    }

    /** "the Observatory said": a lone head word joins the one organisation it heads. */
    private static void mergeHeads(Map<String, Cluster> clusters) {
        List<String> remove = new ArrayList<>();
        for (Cluster c : new ArrayList<>(clusters.values())) {
            Segment s = c.segs.get(0);
            if (c.known() || c.segs.stream().anyMatch(x -> x.size() != 1)) {
                continue;
            }
            String w = NameFinder.fold(s.name);
            Cluster first = null;
            int nf = 0;
            for (Cluster o : clusters.values()) {
                if (o != c && o.segs.stream().anyMatch(x -> x.head != null && x.size() > 1
                        && Regexes.split(NameFinder.fold(x.name), "[\\s-]+")[0].equals(w))) {
                    first = o;
                    nf++;
                }
            }
            if (nf == 1 && !Cues.ORG_HEADS.contains(w) && !Cues.ARMED_HEADS.contains(w)) {
                first.segs.addAll(c.segs);
                remove.add(c.key);
                continue;
            }
            if (!Cues.ORG_HEADS.contains(w) && !Cues.ARMED_HEADS.contains(w)) {
                continue;
            }
            Cluster target = null;
            int n = 0;
            for (Cluster o : clusters.values()) {
                if (o != c && o.segs.stream().anyMatch(x -> x.head != null && x.size() > 1
                        && java.util.Arrays.asList(Regexes.split(NameFinder.fold(x.name), "[\\s-]+")).contains(w))) {
                    target = o;
                    n++;
                }
            }
            if (n == 1) {
                target.segs.addAll(c.segs);
            }
            remove.add(c.key); // a lone "Brigade" or "Council" names nothing by itself
        }
        remove.forEach(clusters::remove);
    }

    /**
     * What the common noun written after a place name makes of it ("Idlib province", "Dnipropetrovsk
     * region", "Kunduz city"): "admin" when a mention says region, province and the like, "city" when
     * one says city or town (and none says the other), else null. A city and the region named after
     * it are two places, so each mention is looked at on its own.
     */
    private static final java.util.Set<String> NAMING_ADMIN_WORDS = java.util.Set.of("province", "region", "governorate",
            "oblast", "prefecture");

    /** A name without the region word it ends with: "Sagaing Region" is named "Sagaing". */
    static String stem(String name) {
        String[] w = Regexes.split(name.strip(), "\\s+");
        return w.length > 1 && Linker.ADMIN_WORDS.contains(Regexes.replaceAll(NameFinder.fold(w[w.length - 1]), "'s?$", ""))
                ? String.join(" ", java.util.Arrays.copyOf(w, w.length - 1)) : name;
    }

    private static final java.util.Set<String> ADMIN_PLURALS = java.util.Set.of("provinces", "regions",
            "governorates", "oblasts", "states", "prefectures", "departments", "counties", "districts");

    private static String singular(String plural) {
        return plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.substring(0, plural.length() - 1);
    }

    static String kindWord(List<Segment> segs) {
        boolean admin = false;
        boolean city = false;
        for (Segment s : segs) {
            Word w = s.after(1);
            String l = w == null ? "" : w.lower();
            // "Donetsk and Luhansk oblasts", "the Shan and Kachin states": the plural after the last
            // name of a list names each of them
            for (int k = 1; k <= 6 && (l.equals("and") || l.equals(",")); k++) {
                Word next = s.after(k + 1);
                if (next == null || !(next.capitalised() || next.lower().equals("and") || next.lower().equals(","))) {
                    break;
                }
                Word after = s.after(k + 2);
                if (after != null && !after.capitalised() && ADMIN_PLURALS.contains(after.lower())) {
                    l = singular(after.lower());
                    break;
                }
            }
            if (ADMIN_PLURALS.contains(l)) {
                l = singular(l);
            }
            // "Sagaing Region's Shwebo Township": the region word inside the name itself
            String[] own = Regexes.split(Regexes.replaceAll(NameFinder.fold(s.name), "'s?$", ""), "\\s+");
            if (own.length > 1 && Linker.ADMIN_WORDS.contains(own[own.length - 1])) {
                l = own[own.length - 1];
            }
            // "the province of Idlib", "the city of Homs"
            Word of = s.before(1);
            Word kind = of != null && of.lower().equals("of") ? s.before(2) : null;
            String k = kind == null ? "" : kind.lower();
            // "a district of Homs" is part of the city: only the words that name a region count before it
            if (Linker.ADMIN_WORDS.contains(l) || NAMING_ADMIN_WORDS.contains(k)) {
                admin = true;
            } else if (l.equals("city") || l.equals("town") || k.equals("city") || k.equals("town")) {
                city = true;
            }
        }
        return admin == city ? null : admin ? "admin" : "city";
    }

    private Entity entity(Cluster c, Map<String, Integer> countries, String text) {
        EntityType type = c.type;
        if (type == null) {
            return null;
        }
        boolean known = c.known();
        if (!known && c.top() < MIN_VOTE) {
            return null;
        }
        if (type == EntityType.Place && minorOutOfContext(c, countries)) {
            return null; // a village of a country the article never names, with nothing else saying it is a place
        }
        if (type == EntityType.State) {
            // a state named only by a demonym used as an adjective is not an actor here
            boolean named = c.segs.stream().anyMatch(s -> !s.demonym || s.actor);
            if (!named) {
                return null;
            }
        }
        // link: the gazetteer rows of the mentions, for the chosen type
        Linker.Choice choice = null;
        String linkedName = null;
        for (Segment s : c.segs) {
            if (s.kind == Segment.Kind.SUBPLACE || s.kind == Segment.Kind.LED_ORG || s.entries.isEmpty()) {
                continue;
            }
            List<GazetteerEntry> cand = s.entries;
            if (type == EntityType.State && !cand.isEmpty() && cand.get(0).kind().equals("country")) {
                cand = List.of(country(cand, countries));
            }
            if (type == EntityType.Place) {
                cand = Linker.byKindWord(cand, s.placeKind != null ? s.placeKind : kindWord(List.of(s)), countries);
            }
            Linker.Choice ch = Linker.choose(s.name, cand, type, countries, anchors);
            if (ch != null && (choice == null || ch.confidence() > choice.confidence())) {
                choice = ch;
                linkedName = s.name;
            }
        }
        if (type == EntityType.Person && choice != null) {
            // a person's link must come from a name of the person, not from a place sharing a word
            if (!choice.entry().kind().equals("person")) {
                choice = null;
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Segment s : c.segs) {
            mentions.add(new Mention(s.mStart, s.mEnd, Regexes.replaceAll(text.substring(s.mStart, s.mEnd), "\\s+", " "), s.sentence));
            boolean wider = s.mStart <= s.words.get(s.first).start() && s.mEnd >= s.words.get(s.end - 1).coreEnd();
            if (wider && (s.mStart != s.words.get(s.first).start() || s.mEnd != s.words.get(s.end - 1).coreEnd())) {
                if (s.kind != Segment.Kind.SUBPLACE && s.kind != Segment.Kind.LED_ORG) {
                    int a = s.words.get(s.first).start();
                    int b = s.words.get(s.end - 1).coreEnd();
                    mentions.add(new Mention(a, b, Regexes.replaceAll(text.substring(a, b), "\\s+", " "), s.sentence));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        String surface = surface(c, type, choice);
        GazetteerEntry e = choice == null ? null : choice.entry();
        String label = e != null ? e.label() : surface;
        if (e == null) {
            for (Segment s : c.segs) {
                if (s.kind == Segment.Kind.GAZ && !s.entries.isEmpty() && s.entries.get(0).qid() == null
                        && Linker.fits(s.entries.get(0), type)) {
                    label = s.entries.get(0).label();
                    break;
                }
            }
        }
        String key = e != null ? e.qid() : type.name() + ":" + nameKey(surface);
        Double lat = e != null && type == EntityType.Place ? e.lat() : null;
        Double lon = e != null && type == EntityType.Place ? e.lon() : null;
        return new Entity(key, type, surface, label, e == null ? null : e.qid(), choice == null ? 0.0 : choice.confidence(),
                mentions, lat, lon, List.of());
    }

    private static boolean minorOutOfContext(Cluster c, Map<String, Integer> countries) {
        double placeEvidence = 0;
        for (Segment s : c.segs) {
            if (s.kind != Segment.Kind.GAZ || s.entries.isEmpty()) {
                return false;
            }
            for (GazetteerEntry e : s.entries) {
                if (e.rank() < 5 || (e.countryQid() != null && countries.containsKey(e.countryQid()))) {
                    return false;
                }
            }
            for (String w : s.why) {
                if (w.startsWith("Place+") && !w.contains("gazetteer")) {
                    placeEvidence += Double.parseDouble(w.substring(6, w.indexOf(':')));
                }
            }
        }
        return placeEvidence < 1.5;
    }

    /** The fullest surface form: a country's name rather than its demonym, a person's name without title. */
    private static String surface(Cluster c, EntityType type, Linker.Choice choice) {
        if (type == EntityType.State) {
            for (Segment s : c.segs) {
                if (s.kind == Segment.Kind.GAZ && !s.demonym) {
                    return s.name;
                }
            }
            for (Segment s : c.segs) {
                if (!s.demonym && s.entries.size() > 0 && s.kind == Segment.Kind.STATE && s.mEnd == s.words.get(s.end - 1).coreEnd()) {
                    // a capital standing for the state: use the country's own name
                    return s.entries.get(0).label();
                }
            }
            return choice != null ? choice.entry().label() : c.segs.get(0).name;
        }
        return c.longestName();
    }
}
