package org.conflictkg.extract.names;

import org.conflictkg.extract.Regexes;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.EntityType;
import org.conflictkg.extract.Mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Roles of people: a title before the name with its owner ("US Secretary of State John Kerry"), a
 * role noun between an organisation and the name ("UN Syria mediator X"), an appositive ("X, the
 * head of the Y", "X, a spokesman for the Y").
 */
public final class RoleFinder {

    public List<Entity> addRoles(List<Entity> entities, List<Segment> segs, Map<Segment, String> entityOf, String text) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        entities.forEach(e -> byKey.put(e.key(), e));
        Map<String, List<Entity.Role>> roles = new HashMap<>();
        for (Segment s : segs) {
            String key = entityOf.get(s);
            Entity person = key == null ? null : byKey.get(key);
            if (person == null || person.type() != EntityType.Person) {
                continue;
            }
            List<Entity.Role> list = roles.computeIfAbsent(key, k -> new ArrayList<>());
            if (s.title != null) {
                String owner = s.titleOwner == null ? null : entityOf.get(s.titleOwner);
                add(list, new Entity.Role(s.title, owner, mention(s, s.mStart, s.mEnd, text)));
            }
            // "Y mediator X": a lower-case role noun right before the name, an organisation before it
            Word b1 = s.before(1);
            if (s.title == null && b1 != null && !b1.capitalised() && Cues.PERSON_ROLES.contains(b1.lower())) {
                Segment owner = segmentEndingAt(segs, s, s.first - 1);
                String ownerKey = owner == null ? null : entityOf.get(owner);
                int a = owner != null ? owner.mStart : b1.start();
                add(list, new Entity.Role(b1.lower(), ownerKey, mention(s, a, s.mEnd, text)));
            }
            // "X, the head of the Y"
            Word a1 = s.after(1);
            if (a1 != null && a1.text().equals(",")) {
                int i = s.end + 1;
                if (i < s.words.size() && (s.words.get(i).lower().equals("the") || s.words.get(i).lower().equals("a")
                        || s.words.get(i).lower().equals("an"))) {
                    i++;
                }
                int roleAt = -1;
                for (int k = i; k < Math.min(s.words.size(), i + 4); k++) {
                    Word w = s.words.get(k);
                    if (w.punct()) {
                        break;
                    }
                    if (Cues.PERSON_ROLES.contains(w.lower()) && !w.capitalised()) {
                        roleAt = k;
                        break;
                    }
                }
                if (roleAt >= 0) {
                    String title = s.words.get(roleAt).lower();
                    String ownerKey = null;
                    int endChar = s.words.get(roleAt).end();
                    if (roleAt + 1 < s.words.size()) {
                        String prep = s.words.get(roleAt + 1).lower();
                        if (prep.equals("of") || prep.equals("for") || prep.equals("at") || prep.equals("with")) {
                            for (Segment o : segs) {
                                if (o.sentence == s.sentence && o.words == s.words && o.first > roleAt
                                        && o.first <= roleAt + 8 && entityOf.containsKey(o)) {
                                    ownerKey = entityOf.get(o);
                                    endChar = o.mEnd;
                                    break;
                                }
                            }
                        }
                    }
                    add(list, new Entity.Role(title, ownerKey, mention(s, s.mStart, endChar, text)));
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            List<Entity.Role> r = roles.get(e.key());
            if (r == null || r.isEmpty()) {
                out.add(e);
            } else {
                out.add(new Entity(e.key(), e.type(), e.text(), e.label(), e.qid(), e.confidence(), e.mentions(), e.lat(),
                        e.lon(), r));
            }
        }
        return out;
    }

    private static void add(List<Entity.Role> list, Entity.Role r) {
        for (Entity.Role o : list) {
            if (o.title().equalsIgnoreCase(r.title()) && java.util.Objects.equals(o.organisationKey(), r.organisationKey())) {
                return;
            }
        }
        list.add(r);
    }

    private static Segment segmentEndingAt(List<Segment> segs, Segment s, int endWord) {
        for (Segment o : segs) {
            if (o.sentence == s.sentence && o.words == s.words && o.end == endWord) {
                return o;
            }
        }
        // "UN Syria mediator": the first of two names before the role
        for (Segment o : segs) {
            if (o.sentence == s.sentence && o.words == s.words && o.end < endWord && o.end >= endWord - 2
                    && !o.entries.isEmpty() && !o.entries.get(0).kind().equals("country")) {
                return o;
            }
        }
        return null;
    }

    private static Mention mention(Segment s, int a, int b, String text) {
        return new Mention(a, b, Regexes.replaceAll(text.substring(a, b), "\\s+", " "), s.sentence);
    }
}
