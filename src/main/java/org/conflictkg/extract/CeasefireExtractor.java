package org.conflictkg.extract;

import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the ceasefires an article speaks of and their status as of the article. */
public final class CeasefireExtractor {
    private static final Set<String> NAMES = Set.of("ceasefire", "truce", "cease-fire", "armistice");

    public List<Ceasefire> extract(AnalyzedText doc, List<Entity> entities, List<Event> events) {
        List<Integer> sentences = new ArrayList<>();
        Mention anchor = null;
        CeasefireStatus status = CeasefireStatus.DECLARED;
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (NAMES.contains(t.lemma())) {
                    if (anchor == null) {
                        anchor = new Mention(t.start(), t.end(), t.text(), s.index());
                    }
                    if (!sentences.contains(s.index())) {
                        sentences.add(s.index());
                    }
                    String lower = s.text().toLowerCase();
                    if (lower.contains("collapse") || lower.contains("fell apart")) {
                        status = CeasefireStatus.COLLAPSED;
                    }
                }
            }
        }
        if (anchor == null) {
            return List.of();
        }
        return List.of(new Ceasefire("c0", anchor, sentences, List.of(), List.of(), null, null, null, status,
                List.of(), 0.5));
    }
}
