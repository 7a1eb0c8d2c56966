package org.conflictkg.extract.names;

import org.conflictkg.extract.Regexes;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.link.GazetteerEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reshapes country-related names after segmentation: a country or demonym followed by an organ of
 * the state ("Syrian regime", "Syria's army") becomes an acting mention of the state; a capital that
 * acts ("Moscow announced") becomes a mention of its country; "eastern Aleppo" becomes a place of its
 * own; "US-led coalition" becomes an organisation.
 */
public final class StateMentions {
    private final Gazetteer gazetteer;

    public StateMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final Set<String> LED_NOUNS = Set.of("coalition", "alliance", "mission", "bloc", "force",
            "forces", "operation", "campaign", "initiative", "talks");
    private static final Set<String> NOT_GOV_AFTER = Set.of("streets", "suburbs", "airport", "outskirts",
            "residents", "centre", "center", "region", "province", "metro", "subway", "skyline", "mayor",
            "street", "district", "hotel", "office", "offices", "bureau", "correspondent", "time", "talks",
            "meeting", "summit", "format", "process", "conference", "agreement", "accord", "accords", "deal",
            "protocol", "memorandum", "declaration", "ceasefire", "truce");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "to", "from", "into", "outside",
            "inside", "around", "toward", "towards", "via", "through", "across", "visit", "visited");

    public List<Segment> apply(List<Segment> segs, String text) {
        List<Segment> extra = new ArrayList<>();
        for (Segment s : segs) {
            boolean country = !s.entries.isEmpty() && s.entries.get(0).kind().equals("country");
            if (s.kind == Segment.Kind.GAZ && country) {
                possessiveOrgan(s, segs);
                extendOrgan(s);
                direction(s, text, true);
                led(s, text, extra);
            } else if (s.kind == Segment.Kind.GAZ && s.entries.get(0).entityType() == org.conflictkg.extract.EntityType.Place) {
                capital(s, segs);
                if (s.kind == Segment.Kind.GAZ) {
                    direction(s, text, false);
                }
            } else if (s.kind == Segment.Kind.STATE) {
                extendOrgan(s);
            } else if (s.kind == Segment.Kind.UNKNOWN) {
                seat(s);
            }
        }
        List<Segment> out = new ArrayList<>(segs);
        out.addAll(extra);
        return out;
    }

    /** "Syrian [pro-government] forces", "Syria's army": the mention reaches the organ. */
    private static void extendOrgan(Segment s) {
        int i = s.end;
        Word last = s.words.get(s.end - 1);
        if (last.suffix() != null) {
            return;
        }
        int mods = 0;
        int headAt = -1;
        while (i < s.words.size()) {
            Word w = s.words.get(i);
            String l = w.lower();
            if (w.punct() || w.capitalised() && !s.demonym && headAt < 0 && !Cues.STATE_HEADS.contains(l)) {
                break;
            }
            if (Cues.STATE_HEADS.contains(l)) {
                headAt = i;
                i++;
                continue;
            }
            if (headAt < 0 && Cues.STATE_MODIFIERS.contains(l) && mods < 3) {
                mods++;
                i++;
                continue;
            }
            break;
        }
        if (headAt >= 0) {
            s.mEnd = s.words.get(headAt).coreEnd();
            s.actor = true;
            if (s.kind == Segment.Kind.GAZ) {
                s.kind = Segment.Kind.STATE;
            }
        } else if (s.demonym) {
            // "a Moroccan drone strike", "Israeli air raids", "Russian shelling": the state struck
            for (int k = s.end; k < Math.min(s.words.size(), s.end + 3); k++) {
                String l = s.words.get(k).lower();
                if (VIOLENCE_NOUNS.contains(l)) {
                    s.actor = true;
                    break;
                }
                if (!WEAPON_MODIFIERS.contains(l)) {
                    break;
                }
            }
        }
    }

    private static final Set<String> WEAPON_MODIFIERS = Set.of("drone", "air", "missile", "rocket", "artillery", "naval",
            "military", "army", "aerial", "ballistic", "cruise", "mortar", "tank");
    private static final Set<String> VIOLENCE_NOUNS = Set.of("strike", "strikes", "airstrike", "airstrikes", "attack",
            "attacks", "raid", "raids", "bombardment", "bombardments", "bombing", "bombings", "shelling", "fire", "offensive",
            "assault", "incursion", "incursions", "barrage", "operation", "operations");

    /** "Azerbaijan's Defense Ministry": the capitalised organ after a possessive country is the state. */
    private static void possessiveOrgan(Segment s, List<Segment> segs) {
        if (!s.words.get(s.end - 1).possessive()) {
            return;
        }
        for (Segment o : segs) {
            if (o.sentence == s.sentence && o.words == s.words && o.first == s.end && o.kind == Segment.Kind.UNKNOWN) {
                boolean organ = true;
                for (int i = o.first; i < o.end; i++) {
                    organ &= Cues.STATE_ORGAN_WORDS.contains(o.words.get(i).lower());
                }
                if (organ) {
                    o.dropped = true;
                    s.mEnd = o.mEnd;
                    s.actor = true;
                    s.kind = Segment.Kind.STATE;
                }
            }
        }
    }

    private static final java.util.Set<String> REGION_HEADS = java.util.Set.of("region", "province", "state",
            "governorate", "county", "oblast");

    /** "eastern Aleppo" is a place of its own; "western Syria" is a mention of Syria. */
    private static void direction(Segment s, String text, boolean country) {
        if (s.first == 0) {
            return;
        }
        Word w = s.words.get(s.first - 1);
        String dir = Cues.DIRECTIONS.get(w.lower());
        if (dir == null || w.punct() || w.possessive()) {
            return;
        }
        if (!text.substring(w.end(), s.words.get(s.first).start()).replace('\u00a0', ' ').isBlank()) {
            return;
        }
        // "the northern Tigray region", "Myanmar's northern Shan State": the direction says where the region lies in
        // its country; it is the region itself, not a part of it, and the direction is no part of its name
        Word next = s.end < s.words.size() ? s.words.get(s.end) : null;
        String head = s.words.get(s.end - 1).lower();
        if (!country && (next != null && !next.capitalised() && REGION_HEADS.contains(next.lower())
                || s.end - s.first > 1 && REGION_HEADS.contains(head))) {
            return;
        }
        s.mStart = w.start();
        if (!country) {
            s.kind = Segment.Kind.SUBPLACE;
            s.key = "sub:" + dir + " " + Gazetteer.key(s.name);
            s.name = text.substring(w.start(), s.words.get(s.end - 1).coreEnd());
        }
    }

    /** "US-led coalition" → an organisation. */
    private static void led(Segment s, String text, List<Segment> extra) {
        Word last = s.words.get(s.end - 1);
        if (!"led".equals(last.suffix()) && !"backed".equals(last.suffix())) {
            return;
        }
        int i = s.end;
        // skip the loose "-" "led" words
        while (i < s.words.size() && (s.words.get(i).punct() && s.words.get(i).text().equals("-")
                || s.words.get(i).lower().equals(last.suffix()))) {
            i++;
        }
        if (i < s.words.size() && LED_NOUNS.contains(s.words.get(i).lower()) && "led".equals(last.suffix())
                && !s.words.get(i).lower().equals("forces") && !s.words.get(i).lower().equals("force")) {
            Word noun = s.words.get(i);
            String name = text.substring(s.words.get(s.first).start(), noun.coreEnd());
            Segment o = new Segment(s.sentence, s.words, s.first, i + 1, Segment.Kind.LED_ORG, name,
                    s.words.get(s.first).start(), noun.coreEnd());
            o.key = "led:" + Gazetteer.key(Regexes.replaceAll(name, "\\s+-", "-"));
            extra.add(o);
        }
    }

    /** "the Kremlin", "the White House": a seat of government is its state. */
    private void seat(Segment s) {
        String country = Cues.SEATS.get(Gazetteer.key(s.name));
        if (country == null) {
            return;
        }
        List<GazetteerEntry> c = gazetteer.lookup(country);
        if (!c.isEmpty() && c.get(0).kind().equals("country")) {
            s.kind = Segment.Kind.STATE;
            s.entries = List.of(c.get(0));
            s.actor = true;
        }
    }

    /** A capital that acts stands for its government. */
    private void capital(Segment s, List<Segment> segs) {
        String country = Cues.CAPITALS.get(Gazetteer.key(s.name));
        if (country == null) {
            return;
        }
        if (!governs(s, segs)) {
            return;
        }
        List<GazetteerEntry> c = gazetteer.lookup(country);
        if (c.isEmpty() || !c.get(0).kind().equals("country")) {
            return;
        }
        s.kind = Segment.Kind.STATE;
        s.entries = List.of(c.get(0));
        s.actor = true;
    }

    /** The capital acts: it or a name coordinated with it is a subject, an agent ("by X") or an owner. */
    private boolean governs(Segment s, List<Segment> segs) {
        String suffix = s.words.get(s.end - 1).suffix();
        if (suffix != null && Set.of("backed", "led", "allied", "sponsored", "funded", "brokered", "mediated",
                "supported", "aligned", "friendly", "proposed", "drafted").contains(suffix)) {
            return true; // "Ankara-backed rebels"
        }
        List<Segment> conj = conjuncts(s, segs);
        Segment first = conj.get(0);
        if (LOCATIVE.contains(NameContext.low(first.before(1)))) {
            return false;
        }
        for (Segment c : conj) {
            boolean place = !c.entries.isEmpty() && c.entries.get(0).entityType() == org.conflictkg.extract.EntityType.Place;
            if (place && !Cues.CAPITALS.containsKey(Gazetteer.key(c.name))) {
                return false; // "Aleppo and Damascus" are places
            }
        }
        if (NameContext.low(first.before(1)).equals("by")) {
            return true;
        }
        Segment lastC = conj.get(conj.size() - 1);
        Word next = lastC.after(1);
        if (next != null && ("VERB".equals(next.upos()) || "AUX".equals(next.upos())) && !next.lower().endsWith("ing")) {
            return true;
        }
        Word last = s.words.get(s.end - 1);
        if (last.possessive()) {
            Word n = s.after(1);
            return n != null && !n.punct() && !NOT_GOV_AFTER.contains(n.lower()) && !n.capitalised()
                    && !Cues.PLACE_HEADS.contains(n.lower());
        }
        return false;
    }

    /** The names coordinated with s by "and" / "," / "or", in order. */
    static List<Segment> conjuncts(Segment s, List<Segment> segs) {
        List<Segment> out = new ArrayList<>();
        out.add(s);
        Segment cur = s;
        while (true) {
            Segment prev = null;
            for (Segment o : segs) {
                if (o.sentence == cur.sentence && o != cur && o.words == cur.words && isConj(o, cur)) {
                    prev = o;
                }
            }
            if (prev == null || out.contains(prev)) {
                break;
            }
            out.add(0, prev);
            cur = prev;
        }
        cur = s;
        while (true) {
            Segment nx = null;
            for (Segment o : segs) {
                if (o.sentence == cur.sentence && o != cur && o.words == cur.words && isConj(cur, o)) {
                    nx = o;
                }
            }
            if (nx == null || out.contains(nx)) {
                break;
            }
            out.add(nx);
            cur = nx;
        }
        return out;
    }

    /** b follows a after "and", "or", "," or ", and". */
    static boolean isConj(Segment a, Segment b) {
        int gap = b.first - a.end;
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int i = a.end; i < b.first; i++) {
            String l = a.words.get(i).lower();
            if (!(l.equals("and") || l.equals("or") || l.equals(",") || l.equals("&"))) {
                return false;
            }
        }
        return !a.words.get(a.end - 1).possessive();
    }
}
