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

    /**
     * A declared ceasefire event is declared by those who made the ceasefire: its brokers and its parties
     * ("a ceasefire brokered by Russia and Turkey went into force": Russia and Turkey), as the ceasefire
     * that shares its sentence names them; where that ceasefire names no one, the event keeps its own agents.
     */
    static List<Event> declaredBy(List<Event> events, List<Ceasefire> cfs) {
        List<Event> out = new java.util.ArrayList<>(events.size());
        for (Event e : events) {
            if (e.type() == EventType.CeasefireDeclared) {
                // the ceasefire first reported in the event's first sentence, else one that names its makers and
                // shares that sentence, else any other sentence of the event
                int first = e.sentences().get(0);
                List<Ceasefire> ranked = new java.util.ArrayList<>();
                cfs.stream().filter(x -> x.sentences().get(0) == first).forEach(ranked::add);
                cfs.stream().filter(x -> x.sentences().contains(first)).forEach(ranked::add);
                cfs.stream().filter(x -> e.sentences().stream().anyMatch(x.sentences()::contains)).forEach(ranked::add);
                List<Argument> makers = new java.util.ArrayList<>();
                for (Ceasefire c : ranked) {
                    c.brokers().forEach(a -> ArgumentFinder.addUnique(makers, a));
                    c.parties().forEach(a -> ArgumentFinder.addUnique(makers, a));
                    if (!makers.isEmpty()) {
                        break;
                    }
                }
                if (!makers.isEmpty()) {
                    out.add(new Event(e.key(), e.type(), e.trigger(), e.anchor(), e.sentences(), e.date(), e.datePrecision(),
                            e.places(), makers, e.targets(), e.fatalities(), e.confidence()));
                    continue;
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
