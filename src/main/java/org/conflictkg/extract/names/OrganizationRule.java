package org.conflictkg.extract.names;

import org.conflictkg.extract.EntityType;

import static org.conflictkg.extract.names.NameContext.low;

/**
 * Evidence for an organisation: a head noun in the name ("Observatory", "Council"), an
 * organisation noun in apposition ("the news agency X", "X news agency"), a photo credit, an
 * acronym.
 */
public final class OrganizationRule implements TypeRule {
    private static final java.util.Set<String> ORG_FIRST = java.util.Set.of("radio", "television", "agence", "voice",
            "doctors", "médecins", "medecins", "human", "save");

    @Override
    public void vote(Segment seg, NameContext ctx) {
        if (seg.kind != Segment.Kind.UNKNOWN && seg.kind != Segment.Kind.GAZ) {
            return;
        }
        if (seg.head != null && !Cues.ARMED_HEADS.contains(seg.head) && !NameFinder.ARMED_WORDS_ANYWHERE.contains(seg.head)) {
            seg.vote(EntityType.Organization, 3, "head " + seg.head);
        }
        Word b1 = seg.before(1);
        Word b2 = seg.before(2);
        Word a1 = seg.after(1);
        Word a2 = seg.after(2);
        if (b1 != null && (!b1.capitalised() || b1.allCaps()) && Cues.ORG_NOUNS.contains(b1.lower())
                && !Cues.ARMED_NOUNS.contains(b1.lower()) && !low(b2).equals("rebel") && !low(b2).equals("armed")
                && !low(b2).equals("militant") && !low(b2).equals("jihadist")) {
            seg.vote(EntityType.Organization, 4, "org noun before");
        }
        if (a1 != null && !a1.capitalised() && (a1.lower().equals("agency") || (a1.lower().equals("news") && low(a2).equals("agency"))
                || a1.lower().equals("organisation") || a1.lower().equals("organization") || a1.lower().equals("charity")
                || a1.lower().equals("monitor") || a1.lower().equals("newspaper") || a1.lower().equals("broadcaster")
                || a1.lower().equals("ngo") || a1.lower().equals("correspondent") || a1.lower().equals("reporter")
                || a1.lower().equals("photographer") || a1.lower().equals("journalist") || a1.lower().equals("photo"))) {
            seg.vote(EntityType.Organization, 2.5, "org noun after");
        }
        if (b1 != null && (b1.lower().equals("credit") || b1.text().equals(":") && low(b2).equals("credit")
                || b1.text().equals("|"))) {
            seg.vote(EntityType.Organization, 2, "credit");
        }
        // "Radio Free Asia", "Voice of America", "Agence France-Presse": broadcasters and agencies by their first word
        if (seg.size() > 1 && ORG_FIRST.contains(seg.words.get(seg.first).lower())) {
            seg.vote(EntityType.Organization, 4, "org first word");
        }
        if (seg.kind == Segment.Kind.UNKNOWN && seg.size() == 1 && seg.words.get(seg.first).acronym()) {
            seg.vote(EntityType.Organization, 1.5, "acronym");
        }
        // "Interfax-Ukraine": a known body's name with a hyphenated addition
        if (seg.kind == Segment.Kind.UNKNOWN && seg.size() == 1 && seg.name.contains("-")) {
            var hits = ctx.gazetteer().lookup(seg.name.substring(0, seg.name.indexOf('-')));
            if (!hits.isEmpty() && hits.get(0).entityType() == EntityType.Organization) {
                seg.vote(EntityType.Organization, 3, "body-suffix");
            }
        }
        if (low(b1).equals("told") || low(b1).equals("tells")) {
            // "told Reuters": media are told things; people too, so weak
            seg.vote(EntityType.Organization, 0.5, "told X");
        }
    }
}
