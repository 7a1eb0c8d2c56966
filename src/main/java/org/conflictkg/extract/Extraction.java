package org.conflictkg.extract;

import org.conflictkg.ingest.Article;
import org.conflictkg.nlp.AnalyzedText;

import java.util.List;

/** Everything extracted from one article. */
public record Extraction(AnalyzedText text, List<Entity> entities, List<Event> events,
                         List<Ceasefire> ceasefires, List<CasualtyReport> casualties,
                         List<Attribution> attributions) {
    public Extraction {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        ceasefires = List.copyOf(ceasefires);
        casualties = List.copyOf(casualties);
        attributions = List.copyOf(attributions);
    }

    public Article article() {
        return text.article();
    }

    public Entity entity(String key) {
        for (Entity e : entities) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }
}
