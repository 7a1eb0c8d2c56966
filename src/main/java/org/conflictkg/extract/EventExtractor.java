package org.conflictkg.extract;

import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds events by trigger lemmas and groups the sentences that report the same event. Places are
 * the place entities of the sentence; the date comes from the sentence's time words, else from
 * the nearest earlier mention of the same event.
 */
public final class EventExtractor {

    private static final Map<String, EventType> TRIGGERS = Map.ofEntries(
            Map.entry("airstrike", EventType.AirStrike), Map.entry("strike", EventType.AirStrike),
            Map.entry("bombardment", EventType.AirStrike), Map.entry("bomb", EventType.AirStrike),
            Map.entry("pound", EventType.AirStrike), Map.entry("bombing", EventType.AirStrike),
            Map.entry("shelling", EventType.Shelling), Map.entry("shell", EventType.Shelling),
            Map.entry("artillery", EventType.Shelling),
            Map.entry("offensive", EventType.GroundOffensive), Map.entry("assault", EventType.GroundOffensive),
            Map.entry("operation", EventType.GroundOffensive),
            Map.entry("clash", EventType.ArmedClash), Map.entry("fighting", EventType.ArmedClash),
            Map.entry("battle", EventType.ArmedClash),
            Map.entry("evacuate", EventType.Evacuation), Map.entry("evacuation", EventType.Evacuation),
            Map.entry("flee", EventType.Evacuation),
            Map.entry("talk", EventType.Talks), Map.entry("meeting", EventType.Talks), Map.entry("meet", EventType.Talks),
            Map.entry("seize", EventType.Capture), Map.entry("capture", EventType.Capture),
            Map.entry("retake", EventType.Capture), Map.entry("recapture", EventType.Capture));

    public List<Event> extract(AnalyzedText doc, List<Entity> entities) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<EventType> seen = new ArrayList<>();
            for (Token t : s.tokens()) {
                EventType type = TRIGGERS.get(t.lemma());
                if (type == null || seen.contains(type) || !(t.isNoun() || t.isVerb())) {
                    continue;
                }
                seen.add(type);
                Mention anchor = new Mention(t.start(), t.end(), t.text(), s.index());
                DateResolver.Resolved d = DateResolver.resolve(s.text(), doc.article().pubDate());
                List<Argument> places = new ArrayList<>();
                for (Entity e : entities) {
                    if (e.type() == EntityType.Place) {
                        for (Mention m : e.mentions()) {
                            if (m.sentence() == s.index()) {
                                places.add(new Argument(m.text(), e.key(), m));
                                break;
                            }
                        }
                    }
                }
                out.add(new Event("e" + out.size(), type, t.text(), anchor, List.of(s.index()),
                        d == null ? null : d.date(), d == null || d.date() == null ? "unknown" : d.precision(),
                        places, List.of(), List.of(), null, 0.5));
            }
        }
        return out;
    }
}
