package org.conflictkg.extract.names;

import org.conflictkg.extract.EntityType;

import static org.conflictkg.extract.names.NameContext.low;

/**
 * Evidence for a person: a title before the name, an appositive role (", the director of"), a
 * role noun before it ("mediator X"), a verb of saying beside it, a photo credit, the shape of a
 * full name.
 */
public final class PersonRule implements TypeRule {
    @Override
    public void vote(Segment seg, NameContext ctx) {
        if (seg.kind != Segment.Kind.UNKNOWN && seg.kind != Segment.Kind.GAZ) {
            return;
        }
        if (seg.head != null || (seg.size() == 1 && seg.words.get(seg.first).acronym())) {
            return; // "the Doctors Network said", "UNSMIL said": bodies speak too
        }
        // ("told VOA Somali", "the Kani PDF said": a short form in capitals beside words in small letters names a body)
        boolean shortForm = false;
        boolean mixed = false;
        for (int i = seg.first; i < seg.end; i++) {
            Word w = seg.words.get(i);
            shortForm |= w.acronym() && w.core().replace(".", "").length() >= 2;
            mixed |= w.capitalised() && !w.allCaps();
        }
        if (shortForm && mixed) {
            return;
        }
        if (seg.kind == Segment.Kind.GAZ && !seg.entries.isEmpty() && seg.entries.get(0).entityType() != EntityType.Place
                && seg.entries.get(0).entityType() != EntityType.Person) {
            return;
        }
        if (seg.title != null) {
            seg.vote(EntityType.Person, 4, "title");
        }
        Word b1 = seg.before(1);
        Word b2 = seg.before(2);
        Word a1 = seg.after(1);
        Word a2 = seg.after(2);
        Word a3 = seg.after(3);
        Word last = seg.words.get(seg.end - 1);
        // "X, the head of ...", "X, a spokesman for ...", "X, 35,"; not after "the town of X" or "in X",
        // where ", a spokesman said" is the source of the sentence, not a description of X
        boolean placeBefore = b1 != null && !b1.capitalised() && (Cues.PLACE_PREPS.contains(b1.lower())
                || b1.lower().equals("of") && b2 != null && Cues.PLACE_OF_NOUNS.contains(b2.lower()));
        if (a1 != null && a1.text().equals(",") && !last.possessive() && !placeBefore) {
            Word w = a2;
            int k = 2;
            if (w != null && (w.lower().equals("the") || w.lower().equals("a") || w.lower().equals("an"))) {
                k++;
            }
            for (int m = 0; m < 4; m++) {
                Word x = seg.after(k + m);
                if (x == null || x.punct()) {
                    break;
                }
                if (Cues.PERSON_ROLES.contains(x.lower()) || Cues.TITLE_HEADS.contains(x.lower()) && x.capitalised()) {
                    seg.vote(EntityType.Person, 3, "appositive " + x.lower());
                    break;
                }
                if (x.isFunctionWord() && m > 0) {
                    break;
                }
            }
            if (a2 != null && "NUM".equals(a2.upos()) && a3 != null && a3.text().equals(",")) {
                seg.vote(EntityType.Person, 2, "age");
            }
            if (a2 != null && (a2.lower().equals("who"))) {
                seg.vote(EntityType.Person, 1.5, "who");
            }
        }
        // "said Qassim a brother of one of the dead": a description with no comma after a speaker
        if (b1 != null && !b1.capitalised() && Cues.SAY_VERBS.contains(b1.lemma()) && a1 != null
                && (a1.lower().equals("a") || a1.lower().equals("the") || a1.lower().equals("an")) && a2 != null
                && Cues.PERSON_ROLES.contains(a2.lower())) {
            seg.vote(EntityType.Person, 3, "said X a role");
        }
        // "mediator Staffan de Mistura", "activist X"
        if (b1 != null && !b1.capitalised() && Cues.PERSON_ROLES.contains(b1.lower()) && !b1.punct()) {
            seg.vote(EntityType.Person, 3, "role before");
        }
        // verbs of saying
        if (b1 != null && !b1.capitalised() && Cues.SAY_VERBS.contains(b1.lemma()) && !last.possessive()) {
            seg.vote(EntityType.Person, seg.size() > 1 ? 2.5 : 2, "said X");
        } else if (b1 != null && b1.text().equals(",") && b2 != null && Cues.SAY_VERBS.contains(b2.lemma())) {
            seg.vote(EntityType.Person, 1, ", said X");
        }
        // "The head of the monitor, Rami Abdel Rahman, said"
        if (b1 != null && b1.text().equals(",")) {
            for (int i = seg.first - 2; i >= Math.max(0, seg.first - 8); i--) {
                Word w = seg.words.get(i);
                if (w.punct()) {
                    break;
                }
                if (Cues.PERSON_ROLES.contains(w.lower()) || Cues.TITLE_HEADS.contains(w.lower())) {
                    seg.vote(EntityType.Person, 2.5, "role, X");
                    break;
                }
            }
        }
        if (a1 != null && a1.text().equals(",") && a2 != null && Cues.SAY_VERBS.contains(a2.lemma()) && !a2.capitalised()) {
            seg.vote(EntityType.Person, 1, "X, said");
        }
        if (low(b1).equals("to") && low(b2).equals("according")) {
            seg.vote(EntityType.Person, 1, "according to");
        }
        // (not "a resident of X told": the place he lives in)
        if (a1 != null && !placeBefore && Cues.SAY_VERBS.contains(a1.lemma()) && ("VERB".equals(a1.upos()) || a1.lower().endsWith("ed")
                || a1.lower().endsWith("s"))) {
            // ("the Polisario said", "the Pentagon said": a body that speaks takes an article, a person does not)
            if (low(b1).equals("the") && seg.size() == 1) {
                seg.vote(EntityType.Organization, 1.5, "the X said");
            } else {
                seg.vote(EntityType.Person, 1.5, "X said");
            }
        }
        if (a1 != null && (a1.lower().equals("has") || a1.lower().equals("had") || a1.lower().equals("is") || a1.lower().equals("was"))
                && a2 != null && Cues.SAY_VERBS.contains(a2.lemma())) {
            seg.vote(EntityType.Person, 1.5, "X has said");
        }
        // photo credits: "REUTERS/Name", "AFP PHOTO / NAME"
        if (b1 != null && b1.text().equals("/") && seg.size() >= 2) {
            seg.vote(EntityType.Person, 2.5, "credit");
        }
        if (low(b1).equals("by") && b2 != null && (b2.lower().equals("photo") || b2.lower().equals("reporting")
                || b2.lower().equals("writing") || b2.lower().equals("editing"))) {
            seg.vote(EntityType.Person, 2.5, "byline");
        }
        // "[Name/Reuters]": a credit before an agency
        if (a1 != null && a1.text().equals("/") && seg.size() >= 2) {
            Word a2w = seg.after(2);
            if (a2w != null && a2w.capitalised()) {
                seg.vote(EntityType.Person, 2.5, "credit before agency");
            }
        }
        // "Mr al Selmo"
        if (b1 != null && (b1.lower().equals("mr") || b1.lower().equals("mrs") || b1.lower().equals("ms")
                || b1.lower().equals("mr.") || b1.lower().equals("dr"))) {
            seg.vote(EntityType.Person, 4, "Mr");
        }
        // the shape of a full name: two or three capitalised words, no head noun
        if (seg.kind == Segment.Kind.UNKNOWN && seg.head == null && seg.size() >= 2 && seg.size() <= 5
                && !NameFinder.capitalDirection(seg.words.get(seg.first))) {
            boolean ok = true;
            int caps = 0;
            for (int i = seg.first; i < seg.end; i++) {
                Word w = seg.words.get(i);
                if (w.capitalised()) {
                    caps++;
                } else if (!Cues.PARTICLES.contains(w.text())) {
                    ok = false;
                }
                if (w.allCaps() && w.core().length() <= 3) {
                    ok = false;
                }
            }
            if (ok && caps >= 2) {
                seg.vote(EntityType.Person, 1, "name shape");
            }
        }
        // a pronoun later in the sentence: weak
        if (seg.kind == Segment.Kind.UNKNOWN && seg.first <= 1) {
            for (int i = seg.end; i < Math.min(seg.words.size(), seg.end + 15); i++) {
                String l = seg.words.get(i).lower();
                if (l.equals("his") || l.equals("her") || l.equals("he") || l.equals("she")) {
                    seg.vote(EntityType.Person, 0.75, "pronoun");
                    break;
                }
            }
        }
    }
}
