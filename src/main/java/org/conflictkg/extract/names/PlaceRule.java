package org.conflictkg.extract.names;

import org.conflictkg.extract.EntityType;

import static org.conflictkg.extract.names.NameContext.low;

/**
 * Evidence for a place: a locative preposition before it, a place noun after it ("the X
 * district") or before it ("the city of X"), a verb of capture, a list after "neighbourhoods,
 * including", a country after a comma ("Aleppo, Syria").
 */
public final class PlaceRule implements TypeRule {
    private static final java.util.Set<String> ATTACK_NOUNS = java.util.Set.of("strike", "airstrike", "attack",
            "assault", "raid", "offensive", "shelling", "bombardment", "bombing", "siege", "advance", "push",
            "capture", "fall", "recapture", "outskirts", "blockade", "encirclement", "evacuation", "incursion");
    static final java.util.Set<String> CAPITAL_PLACE_HEADS = java.util.Set.of("village", "town", "city",
            "township", "district", "province", "region", "governorate", "state", "county", "camp", "valley",
            "river", "mountain", "mountains", "hills", "square", "street", "road", "bridge", "airport", "port",
            "island", "islands", "oblast", "raion", "municipality", "neighbourhood", "neighborhood", "quarter",
            "refugee", "crossing", "base", "strip", "bank", "heights", "plain", "desert", "lake", "sea", "gulf",
            "coast", "peninsula", "dam", "pass", "corridor", "zone", "division", "territory", "prefecture");
    /** Arabic, Persian and Hebrew words that open names of villages and sites: "village", "monastery", "house", ... */
    private static final java.util.Set<String> PLACE_PREFIXES = java.util.Set.of("kafr", "kfar", "kefar", "deir",
            "dayr", "beit", "bayt", "ain", "ein", "tell", "tal", "khan", "jabal", "jebel", "wadi", "ras", "bir", "qasr",
            "mazraat", "marj", "tel");

    private static final java.util.Set<String> PLACE_OF_AGREEMENT = java.util.Set.of("agreement", "agreements",
            "accord", "accords", "talks", "summit", "protocol", "memorandum", "process", "format", "peace");

    @Override
    public void vote(Segment seg, NameContext ctx) {
        if (seg.kind != Segment.Kind.UNKNOWN && seg.kind != Segment.Kind.GAZ) {
            return;
        }
        Word b1 = seg.before(1);
        Word b2 = seg.before(2);
        Word b3 = seg.before(3);
        Word a1 = seg.after(1);
        Word a2 = seg.after(2);
        Word last = seg.words.get(seg.end - 1);
        String l1 = low(b1);
        if (b1 != null && !b1.capitalised() && Cues.PLACE_PREPS.contains(l1) && !l1.equals("to") && !l1.equals("from")) {
            seg.vote(EntityType.Place, 1.5, "prep " + l1);
        } else if (l1.equals("to") || l1.equals("from")) {
            seg.vote(EntityType.Place, 0.75, "prep " + l1);
        }
        if (b1 != null && Cues.DIRECTIONS.containsKey(l1)) {
            seg.vote(EntityType.Place, 2, "direction");
        }
        // "the X district", "the Amiriyah, Sukari and Sheikh Said sectors"
        if (a1 != null && !a1.capitalised() && Cues.PLACE_HEADS.contains(a1.lower()) && !last.possessive()
                && last.suffix() == null) {
            seg.vote(EntityType.Place, 4, "place noun after");
        }
        // "the city of X", "the town of X"
        if (l1.equals("of") && b2 != null && !b2.capitalised() && Cues.PLACE_OF_NOUNS.contains(b2.lower())) {
            seg.vote(EntityType.Place, 3, "city of X");
        }
        // "seized X", "captured X"
        if (b1 != null && Cues.PLACE_VERBS.contains(b1.lemma()) && "VERB".equals(b1.upos())) {
            seg.vote(EntityType.Place, 2, "verb " + b1.lemma());
        }
        // "a drone strike on X", "the shelling of X", "the siege of X"
        if ((l1.equals("on") || l1.equals("of") || l1.equals("against")) && b2 != null && !b2.capitalised()
                && ATTACK_NOUNS.contains(b2.lemma())) {
            seg.vote(EntityType.Place, 2, "attack on X");
        }
        // "neighbourhoods, including X"
        if (l1.equals("including") || (l1.equals("as") && low(b2).equals("such"))) {
            for (int i = seg.first - 2; i >= Math.max(0, seg.first - 12); i--) {
                String l = seg.words.get(i).lower();
                if (Cues.PLACE_HEADS.contains(l) || l.equals("towns") || l.equals("villages")) {
                    seg.vote(EntityType.Place, 3, "places, including");
                    break;
                }
            }
        }
        // "X, Syria"
        if (a1 != null && a1.text().equals(",")) {
            Segment nx = null;
            for (Segment o : ctx.sentenceSegments()) {
                if (o.sentence == seg.sentence && o.first == seg.end + 1) {
                    nx = o;
                }
            }
            if (nx != null && !nx.entries.isEmpty() && nx.entries.get(0).kind().equals("country")
                    && nx.end < seg.words.size() && !low(nx.after(1)).equals("and")) {
                seg.vote(EntityType.Place, 1.5, "X, country");
            }
        }
        // "RIMBO, Sweden (Reuters) -": the place line that opens a report
        if (seg.kind == Segment.Kind.UNKNOWN && seg.words.get(seg.first).allCaps()
                && NameFinder.datelinePlace(seg.words, seg.end - 1)) {
            seg.vote(EntityType.Place, 2, "dateline");
        }
        // "Ta Kan Thar Village", "Laukkai Township": a capitalised place noun ends the name
        if (seg.kind == Segment.Kind.UNKNOWN && seg.size() >= 2) {
            String lw = seg.words.get(seg.end - 1).lower();
            if (CAPITAL_PLACE_HEADS.contains(lw)) {
                seg.vote(EntityType.Place, 3, "place head in name");
            }
        }
        // "Kafr Batna", "Deir Seryan", "Beit Lif", "Khan Abad": a word that opens place names in the region
        if (seg.kind == Segment.Kind.UNKNOWN && seg.size() >= 2
                && PLACE_PREFIXES.contains(seg.words.get(seg.first).lower())) {
            seg.vote(EntityType.Place, 2, "place prefix");
        }
        // "Eastern Ghouta", "North Darfur": a direction opening an unknown name
        if (seg.kind == Segment.Kind.UNKNOWN && seg.head == null && seg.size() >= 2
                && NameFinder.capitalDirection(seg.words.get(seg.first))) {
            seg.vote(EntityType.Place, 2, "direction name");
        }
        // "the rebel-held X", "the besieged X"
        if (b1 != null && !b1.capitalised() && (b1.lower().endsWith("-held") || b1.lower().endsWith("-controlled")
                || l1.equals("besieged") || l1.equals("embattled"))) {
            seg.vote(EntityType.Place, 2, "held X");
        }
        // "the Minsk agreements", "the Sochi accord", "the Astana talks": a city named for what was agreed there
        if (a1 != null && !a1.capitalised() && PLACE_OF_AGREEMENT.contains(a1.lower()) && seg.entries.stream()
                .anyMatch(e -> e.kind().equals("city"))) {
            seg.vote(EntityType.Place, 2, "X agreement");
        }
        if (a1 != null && a1.lower().equals("-") && a2 != null && (a2.lower().equals("based"))) {
            seg.vote(EntityType.Place, 1, "X-based");
        }
        if (b3 != null && l1.equals("of") && low(b2).equals("outskirts")) {
            seg.vote(EntityType.Place, 1, "outskirts of");
        }
    }
}
