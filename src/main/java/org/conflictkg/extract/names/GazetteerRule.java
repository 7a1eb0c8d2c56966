package org.conflictkg.extract.names;

import org.conflictkg.extract.EntityType;
import org.conflictkg.link.GazetteerEntry;

/** The gazetteer's own kind of the name: strong for countries, people and bodies, weaker for places. */
public final class GazetteerRule implements TypeRule {
    @Override
    public void vote(Segment seg, NameContext ctx) {
        switch (seg.kind) {
            case STATE -> seg.vote(EntityType.State, 8, "state");
            case SUBPLACE -> seg.vote(EntityType.Place, 4, "sub-place");
            case LED_ORG -> seg.vote(EntityType.Organization, 4, "led coalition");
            case GAZ -> {
                GazetteerEntry e = seg.entries.get(0);
                double w = switch (e.kind()) {
                    case "country" -> 8;
                    case "person", "armed_group", "intl_org", "org", "news_agency", "media", "ngo", "un_body" -> 5;
                    case "city", "territory" -> 3;
                    case "admin1" -> 2.5;
                    default -> 1.5;
                };
                if (e.entityType() == EntityType.Place && !e.kind().equals("territory")
                        && seg.entries.stream().noneMatch(x -> x.countryQid() != null && ctx.countries().containsKey(x.countryQid()))) {
                    w = Math.min(w, 1.25); // a place in a country the article never names: weak evidence
                }
                seg.vote(e.entityType(), w, "gazetteer " + e.kind());
            }
            default -> {
            }
        }
    }
}
