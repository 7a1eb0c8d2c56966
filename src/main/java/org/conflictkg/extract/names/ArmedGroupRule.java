package org.conflictkg.extract.names;

import org.conflictkg.extract.EntityType;

import static org.conflictkg.extract.names.NameContext.low;

/**
 * Evidence for a non-state armed group: armed heads in the name ("Brigade", "Front", "Jaish"),
 * group nouns after it ("X rebels", "the X rebel faction") or before it ("the rebel group X").
 */
public final class ArmedGroupRule implements TypeRule {
    @Override
    public void vote(Segment seg, NameContext ctx) {
        if (seg.kind != Segment.Kind.UNKNOWN && seg.kind != Segment.Kind.GAZ) {
            return;
        }
        if (seg.head != null && (Cues.ARMED_HEADS.contains(seg.head) || NameFinder.ARMED_WORDS_ANYWHERE.contains(seg.head))) {
            seg.vote(EntityType.ArmedGroup, 3, "head " + seg.head);
        }
        Word a1 = seg.after(1);
        Word a2 = seg.after(2);
        Word b1 = seg.before(1);
        Word b2 = seg.before(2);
        Word last = seg.words.get(seg.end - 1);
        if (a1 != null && !a1.capitalised() && !last.possessive() && last.suffix() == null) {
            String l = a1.lower();
            if (Cues.ARMED_FOLLOWERS.contains(l) || (seg.kind == Segment.Kind.UNKNOWN && (l.equals("forces") || l.equals("force"))) || (l.equals("rebel") || l.equals("armed") || l.equals("militant")
                    || l.equals("jihadist") || l.equals("insurgent")) && a2 != null
                    && (a2.lower().equals("group") || a2.lower().equals("faction") || a2.lower().equals("movement"))) {
                seg.vote(EntityType.ArmedGroup, 3, "armed noun after");
            }
        }
        if (b1 != null && !b1.capitalised()) {
            String l = b1.lower();
            boolean groupNoun = l.equals("group") || l.equals("faction") || l.equals("movement") || l.equals("organisation")
                    || l.equals("organization") || l.equals("coalition") || l.equals("alliance");
            String m = low(b2);
            boolean armedMod = m.equals("rebel") || m.equals("armed") || m.equals("militant") || m.equals("jihadist")
                    || m.equals("insurgent") || m.equals("terrorist") || m.equals("extremist") || m.equals("islamist")
                    || m.equals("paramilitary") || m.equals("separatist") || m.equals("guerrilla") || m.equals("rebels'");
            if (Cues.ARMED_NOUNS.contains(l) || (groupNoun && armedMod)) {
                seg.vote(EntityType.ArmedGroup, 4, "armed noun before");
            }
        }
        // "fighters/members/commanders of X" / "X fighters"
        if ((low(b1).equals("of") || low(b1).equals("from")) && b2 != null && (b2.lower().equals("fighters")
                || b2.lower().equals("militants") || b2.lower().equals("guerrillas") || b2.lower().equals("rebels") || b2.lower().equals("commanders") || b2.lower().equals("members"))) {
            seg.vote(EntityType.ArmedGroup, 1.5, "fighters of X");
        }
        if (seg.kind == Segment.Kind.UNKNOWN && seg.size() == 1 && seg.words.get(seg.first).acronym()) {
            // acronyms next to fighting words
            for (int i = Math.max(0, seg.first - 6); i < Math.min(seg.words.size(), seg.end + 6); i++) {
                String l = seg.words.get(i).lower();
                if (l.equals("rebels") || l.equals("rebel") || l.equals("militia") || l.equals("fighters")
                        || l.equals("insurgents") || l.equals("militants") || l.equals("guerrillas") || l.equals("jihadists")) {
                    seg.vote(EntityType.ArmedGroup, 1.5, "acronym near fighters");
                    break;
                }
            }
        }
    }
}
