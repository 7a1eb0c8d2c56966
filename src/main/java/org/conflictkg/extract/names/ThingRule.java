package org.conflictkg.extract.names;

/**
 * Names of things rather than actors or places: a name directly before a weapon or product noun
 * ("Grad rockets", "Shahed drones") is dropped unless it is a country or a known body, or a city before
 * an agreement made there ("the Minsk agreements").
 */
public final class ThingRule {
    private static final java.util.Set<String> AGREEMENTS = java.util.Set.of("agreement", "agreements", "accord",
            "accords", "protocol", "protocols", "memorandum", "declaration", "format", "formula");

    public void drop(java.util.List<Segment> segs) {
        for (Segment s : segs) {
            Word a1 = s.after(1);
            Word a2 = s.after(2);
            Word last = s.words.get(s.end - 1);
            if (a1 == null || a1.capitalised() || last.possessive() || last.suffix() != null) {
                continue;
            }
            boolean thing = Cues.THING_NOUNS.contains(a1.lower()) || (a2 != null && !a2.capitalised()
                    && ("ADJ".equals(a1.upos()) || a1.lower().equals("multiple")) && Cues.THING_NOUNS.contains(a2.lower()));
            if (!thing) {
                continue;
            }
            boolean known = s.kind == Segment.Kind.STATE || s.kind == Segment.Kind.SUBPLACE
                    || s.kind == Segment.Kind.LED_ORG || (s.kind == Segment.Kind.GAZ && !s.entries.isEmpty()
                    && s.entries.get(0).entityType() != org.conflictkg.extract.EntityType.Place);
            // "the Minsk agreements", "the Sochi accord": the city where it was agreed is a place of the story
            boolean agreedAt = AGREEMENTS.contains(a1.lower()) && s.kind == Segment.Kind.GAZ
                    && s.entries.stream().anyMatch(e -> e.kind().equals("city"));
            if (!known && !agreedAt && s.head == null) {
                s.dropped = true;
            }
        }
    }
}
