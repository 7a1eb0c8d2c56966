package org.conflictkg.extract;

import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.AnalyzedText;

import java.util.List;

/**
 * The extraction stages in order: names, events, ceasefires. Model-free: it works on the OpenNLP
 * analysis of an article and the gazetteer.
 */
public final class Extractor {
    /** Written into the provenance of every fact. */
    public static final String VERSION = "0.1.0";

    private final EntityFinder entities;
    private final EventExtractor events = new EventExtractor();
    private final CeasefireExtractor ceasefires = new CeasefireExtractor();

    public Extractor(Gazetteer gazetteer) {
        this.entities = new EntityFinder(gazetteer);
    }

    public Extraction extract(AnalyzedText doc) {
        List<Entity> ents = entities.find(doc);
        List<Event> evs = events.extract(doc, ents);
        List<Ceasefire> cfs = ceasefires.extract(doc, ents, evs);
        return new Extraction(doc, ents, evs, cfs, List.of(), List.of());
    }
}
