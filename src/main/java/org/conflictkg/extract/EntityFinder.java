package org.conflictkg.extract;

import org.conflictkg.link.Gazetteer;
import org.conflictkg.link.GazetteerEntry;
import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds named actors and places: the longest gazetteer names over runs of capitalised tokens,
 * grouped into one entity per gazetteer item.
 */
public final class EntityFinder {
    private final Gazetteer gazetteer;

    public EntityFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Entity> find(AnalyzedText doc) {
        String text = doc.text();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            int i = 0;
            while (i < toks.size()) {
                int matched = 0;
                if (toks.get(i).isCapitalised()) {
                    int max = Math.min(toks.size(), i + gazetteer.longestName() + 2);
                    for (int j = max; j > i; j--) {
                        if (!toks.get(j - 1).isCapitalised()) {
                            continue;
                        }
                        String name = s.span(text, i, j);
                        List<GazetteerEntry> hits = gazetteer.lookup(name);
                        if (!hits.isEmpty()) {
                            GazetteerEntry e = hits.get(0);
                            String key = e.qid() != null ? e.qid() : Gazetteer.key(e.label());
                            entries.putIfAbsent(key, e);
                            mentions.computeIfAbsent(key, k -> new ArrayList<>())
                                    .add(new Mention(toks.get(i).start(), toks.get(j - 1).end(), name, s.index()));
                            matched = j - i;
                            break;
                        }
                    }
                }
                i += Math.max(1, matched);
            }
        }
        List<Entity> out = new ArrayList<>();
        for (var m : mentions.entrySet()) {
            GazetteerEntry e = entries.get(m.getKey());
            List<Mention> ms = m.getValue();
            out.add(new Entity(m.getKey(), e.entityType(), ms.get(0).text(), e.label(), e.qid(),
                    e.qid() != null ? 0.9 : 0.0, ms, e.lat(), e.lon(), List.of()));
        }
        return out;
    }
}
