package org.conflictkg.extract;

import org.conflictkg.ingest.Article;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.AnalyzedText;

import java.time.LocalDate;
import java.util.List;

/**
 * The extraction stages in order: publication date (inferred from the text when the input has
 * none), names, events with their casualty figures and attributions, ceasefires. Model-free: it
 * works on the OpenNLP analysis of an article and the gazetteer.
 */
public final class Extractor {
    /** Written into the provenance of every fact. */
    public static final String VERSION = "0.2.0";

    private final EntityFinder entities;
    private final EventExtractor events = new EventExtractor();
    private final CeasefireExtractor ceasefires = new CeasefireExtractor();

    public Extractor(Gazetteer gazetteer) {
        this.entities = new EntityFinder(gazetteer);
    }

    public Extraction extract(AnalyzedText doc) {
        doc = withPublicationDate(doc);
        List<Entity> ents = entities.find(doc);
        EventExtractor.Result r = events.run(doc, ents);
        List<Ceasefire> cfs = ceasefires.extract(doc, ents, r.events());
        return new Extraction(doc, ents, declaredBy(r.events(), cfs), cfs, r.casualties(), r.attributions());
    }

    /** A declared ceasefire with no agent of its own is declared by the ceasefire's brokers. */
    static List<Event> declaredBy(List<Event> events, List<Ceasefire> cfs) {
        List<Event> out = new java.util.ArrayList<>(events.size());
        for (Event e : events) {
            if (e.type() == EventType.CeasefireDeclared && e.agents().isEmpty()) {
                for (Ceasefire c : cfs) {
                    if (!c.brokers().isEmpty() && c.sentences().contains(e.sentences().get(0))) {
                        e = new Event(e.key(), e.type(), e.trigger(), e.anchor(), e.sentences(), e.date(), e.datePrecision(),
                                e.places(), c.brokers(), e.targets(), e.fatalities(), e.confidence());
                        break;
                    }
                }
            }
            out.add(e);
        }
        return out;
    }

    /** The same analysis with the publication date the text implies, when the input gave none. */
    static AnalyzedText withPublicationDate(AnalyzedText doc) {
        Article a = doc.article();
        if (a.pubDate() != null) {
            return doc;
        }
        LocalDate d = DateResolver.inferPublicationDate(a.text());
        if (d == null) {
            return doc;
        }
        return new AnalyzedText(a.withPubDate(d, Article.DateSource.INFERRED), doc.sentences());
    }
}
