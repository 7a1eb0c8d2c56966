package org.conflictkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.extract.Argument;
import org.conflictkg.extract.Attribution;
import org.conflictkg.extract.CasualtyReport;
import org.conflictkg.extract.Ceasefire;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.EntityType;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.Extraction;
import org.conflictkg.extract.Extractor;
import org.conflictkg.extract.Mention;
import org.conflictkg.extract.names.Cues;
import org.conflictkg.ingest.Article;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.link.GazetteerEntry;
import org.conflictkg.nlp.Sentence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps one article's extraction to RDF: the triples of its named graph. Model-free and
 * deterministic: the same extraction gives the same graph.
 */
public final class RdfMapper {

    /** An article's named graph. */
    public record ArticleGraph(String articleId, String source, String graphIri, Model model) {
    }

    /** Wikidata classes of the gazetteer's administrative kinds (first- and second-level subdivisions). */
    public static final String ADMIN1_CLASS = Vocab.WD + "Q10864048";
    public static final String ADMIN2_CLASS = Vocab.WD + "Q13220204";

    private final Gazetteer gazetteer;

    /** A mapper that knows nothing beyond the extraction. */
    public RdfMapper() {
        this(null);
    }

    /**
     * A mapper that also states, for places linked to a gazetteer row, the country they lie in
     * ({@code ckg:locatedIn}) and whether they are a first- or second-level administrative region
     * ({@code ckg:wikidataClass}).
     */
    public RdfMapper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public ArticleGraph map(Extraction x) {
        Article a = x.article();
        String id = a.id();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ckg", CKG.NS);
        Resource art = m.createResource(Iris.article(id), CKG.Article)
                .addProperty(CKG.articleId, id)
                .addProperty(CKG.sourceName, a.source())
                .addProperty(CKG.publicationDateSource, a.dateSource().name());
        if (a.pubDate() != null) {
            art.addProperty(CKG.publicationDate, a.pubDate().toString(), XSDDatatype.XSDdate);
        }
        if (a.title() != null) {
            art.addProperty(RDFS.label, a.title());
        } else if (!x.text().sentences().isEmpty()) {
            art.addProperty(RDFS.label, x.text().sentences().get(0).text());
        }
        if (a.url() != null) {
            art.addProperty(m.createProperty("http://schema.org/url"), m.createResource(a.url()));
        }
        for (Sentence s : x.text().sentences()) {
            Resource sr = m.createResource(Iris.sentence(id, s.index()), CKG.Sentence)
                    .addProperty(CKG.inArticle, art)
                    .addLiteral(CKG.sentenceIndex, m.createTypedLiteral(s.index(), XSDDatatype.XSDinteger))
                    .addProperty(Vocab.nifAnchorOf, s.text())
                    .addLiteral(Vocab.nifBeginIndex, nonNegative(m, s.start()))
                    .addLiteral(Vocab.nifEndIndex, nonNegative(m, s.end()));
            art.addProperty(CKG.sentence, sr);
        }

        Map<String, Resource> entities = new HashMap<>();
        for (Entity e : x.entities()) {
            Resource r = entity(m, id, e, x);
            entities.put(e.key(), r);
            placeContext(m, e, r);
        }
        for (Entity e : x.entities()) {
            Entity whole = wholePlace(x, e);
            if (whole != null) {
                entities.get(e.key()).addProperty(CKG.locatedIn, entities.get(whole.key()));
            }
        }
        for (Entity e : x.entities()) {
            int n = 0;
            for (Entity.Role role : e.roles()) {
                Resource r = m.createResource(Iris.role(id, e.key(), n++), CKG.Role)
                        .addProperty(CKG.roleTitle, role.title())
                        .addProperty(CKG.evidence, evidence(m, id, role.evidence()));
                if (role.organisationKey() != null && entities.containsKey(role.organisationKey())) {
                    r.addProperty(CKG.roleFor, entities.get(role.organisationKey()));
                }
                entities.get(e.key()).addProperty(CKG.holdsRole, r);
            }
        }

        Map<String, Resource> events = new HashMap<>();
        for (Event e : x.events()) {
            Resource ev = m.createResource(Iris.event(id, e.key()), Vocab.eventClass(e.type()))
                    .addProperty(RDF.type, CKG.Event)
                    .addProperty(CKG.trigger, e.trigger())
                    .addProperty(CKG.reportedIn, art)
                    .addProperty(CKG.datePrecision, e.datePrecision())
                    .addLiteral(CKG.confidence, decimal(m, e.confidence()))
                    .addProperty(CKG.extractorVersion, Extractor.VERSION)
                    .addProperty(RDFS.label, e.type().name() + ": " + e.trigger());
            if (e.date() != null) {
                ev.addProperty(CKG.eventDate, e.date().toString(), XSDDatatype.XSDdate);
                ev.addProperty(CKG.weekStart, e.date().with(java.time.DayOfWeek.MONDAY).toString(),
                        XSDDatatype.XSDdate);
            }
            if (e.fatalities() != null) {
                ev.addLiteral(CKG.fatalities, m.createTypedLiteral(e.fatalities(), XSDDatatype.XSDinteger));
            }
            reports(m, x, ev, e.anchor(), e.sentences());
            arguments(m, id, ev, CKG.place, e.places(), entities, "place");
            arguments(m, id, ev, CKG.agent, e.agents(), entities, "actor");
            arguments(m, id, ev, CKG.target, e.targets(), entities, "actor");
            events.put(e.key(), ev);
        }

        for (Ceasefire c : x.ceasefires()) {
            Resource cr = m.createResource(Iris.ceasefire(id, c.key()), CKG.Ceasefire)
                    .addProperty(CKG.reportedIn, art)
                    .addLiteral(CKG.confidence, decimal(m, c.confidence()))
                    .addProperty(CKG.extractorVersion, Extractor.VERSION)
                    .addProperty(RDFS.label, "ceasefire: " + c.anchor().text());
            reports(m, x, cr, c.anchor(), c.sentences());
            if (c.status() != null) {
                cr.addProperty(CKG.status, Vocab.status(c.status()));
            }
            if (c.agreed() != null) {
                cr.addProperty(CKG.agreedOn, c.agreed().toString(), XSDDatatype.XSDdate);
            }
            if (c.start() != null) {
                cr.addProperty(CKG.startDate, c.start().toString(), XSDDatatype.XSDdate);
            }
            if (c.duration() != null) {
                cr.addProperty(CKG.plannedDuration, c.duration(), XSDDatatype.XSDduration);
            }
            arguments(m, id, cr, CKG.broker, c.brokers(), entities, "actor");
            arguments(m, id, cr, CKG.party, c.parties(), entities, "actor");
            for (String k : c.endedBy()) {
                Resource ev = events.get(k);
                if (ev != null) {
                    cr.addProperty(CKG.endedBy, ev);
                    ev.addProperty(CKG.concernsCeasefire, cr);
                }
            }
        }

        int n = 0;
        for (CasualtyReport c : x.casualties()) {
            Resource r = m.createResource(Iris.report(id, n++), CKG.CasualtyReport)
                    .addProperty(CKG.casualtyKind, Vocab.kind(c.kind()))
                    .addLiteral(CKG.count, m.createTypedLiteral(c.count(), XSDDatatype.XSDinteger))
                    .addProperty(CKG.qualifier, c.qualifier())
                    .addProperty(CKG.reportedIn, art)
                    .addProperty(CKG.evidence, evidence(m, id, c.evidence()));
            if (c.source() != null) {
                r.addProperty(CKG.reportedBy, argument(m, id, c.source(), entities, "actor"));
            }
            if (c.eventKey() != null && events.containsKey(c.eventKey())) {
                r.addProperty(CKG.aboutEvent, events.get(c.eventKey()));
            }
        }
        n = 0;
        for (Attribution at : x.attributions()) {
            Resource r = m.createResource(Iris.attribution(id, n++), CKG.Attribution)
                    .addProperty(CKG.speaker, argument(m, id, at.speaker(), entities, "actor"))
                    .addProperty(CKG.reportedIn, art)
                    .addProperty(CKG.evidence, evidence(m, id, at.cue()));
            if (at.via() != null) {
                r.addProperty(CKG.via, argument(m, id, at.via(), entities, "actor"));
            }
        }
        return new RdfMapper.ArticleGraph(id, a.source(), Iris.graph(id), m);
    }

    private static Resource entity(Model m, String articleId, Entity e, Extraction x) {
        Resource r = m.createResource(Iris.entity(e));
        r.addProperty(RDF.type, Vocab.entityClass(e.type()));
        if (e.type() == EntityType.Place) {
            r.addProperty(RDF.type, CKG.Place);
        } else {
            r.addProperty(RDF.type, CKG.Actor);
            if (e.type() == EntityType.State) {
                r.addProperty(RDF.type, CKG.Place);
            }
        }
        r.addProperty(RDFS.label, e.label() != null ? e.label() : e.text());
        for (Mention mention : e.mentions()) {
            r.addProperty(CKG.mentionText, mention.text());
        }
        if (e.qid() != null) {
            Resource wd = m.createResource(Vocab.WD + e.qid());
            r.addProperty(OWL.sameAs, wd).addProperty(CKG.wikidata, wd)
                    .addLiteral(CKG.linkConfidence, decimal(m, e.confidence()));
        }
        if (e.lat() != null && e.lon() != null) {
            Resource g = m.createResource(r.getURI() + "/geometry", Vocab.geoGeometry)
                    .addProperty(Vocab.geoAsWKT, m.createTypedLiteral(
                            "POINT(" + e.lon() + " " + e.lat() + ")", Vocab.WKT_LITERAL));
            r.addProperty(Vocab.geoHasGeometry, g)
                    .addLiteral(Vocab.wgsLat, decimal(m, e.lat(), 5))
                    .addLiteral(Vocab.wgsLong, decimal(m, e.lon(), 5));
        }
        return r;
    }

    /**
     * The place a sub-place is part of: "eastern Aleppo" (an unlinked place whose name is a
     * lower-case direction word and a name) lies in the article's "Aleppo", the place or state one of
     * whose mentions, or whose label, is that name. "South Sudan" is no sub-place.
     */
    private static Entity wholePlace(Extraction x, Entity sub) {
        String name = sub.label() != null ? sub.label() : sub.text();
        int space = name.indexOf(' ');
        if (sub.type() != EntityType.Place || sub.qid() != null || space < 0
                || !Cues.DIRECTIONS.containsKey(name.substring(0, space))) {
            return null;
        }
        String base = Gazetteer.key(name.substring(space + 1));
        for (Entity e : x.entities()) {
            if (e != sub && (e.type() == EntityType.Place || e.type() == EntityType.State)
                    && (Gazetteer.key(e.label() != null ? e.label() : e.text()).equals(base)
                    || e.mentions().stream().anyMatch(mn -> Gazetteer.key(mn.text()).equals(base)))) {
                return e;
            }
        }
        return null;
    }

    /** The country a linked place lies in and its administrative level, from its gazetteer row. */
    private void placeContext(Model m, Entity e, Resource r) {
        if (gazetteer == null || e.qid() == null || e.type() != EntityType.Place) {
            return;
        }
        GazetteerEntry g = gazetteer.byQid(e.qid());
        if (g == null) {
            return;
        }
        if (g.kind().equals("admin1")) {
            r.addProperty(CKG.wikidataClass, m.createResource(ADMIN1_CLASS));
        } else if (g.kind().equals("admin2")) {
            r.addProperty(CKG.wikidataClass, m.createResource(ADMIN2_CLASS));
        }
        String cq = g.countryQid();
        GazetteerEntry country = cq == null || cq.equals(e.qid()) ? null : gazetteer.byQid(cq);
        if (country == null) {
            return;
        }
        Resource wd = m.createResource(Vocab.WD + cq);
        Resource c = m.createResource(Iris.item(cq))
                .addProperty(RDF.type, Vocab.entityClass(EntityType.State))
                .addProperty(RDF.type, CKG.Actor).addProperty(RDF.type, CKG.Place)
                .addProperty(RDFS.label, country.label())
                .addProperty(OWL.sameAs, wd).addProperty(CKG.wikidata, wd);
        r.addProperty(CKG.locatedIn, c);
    }

    /** Evidence for the first mention (its anchor words) and for each further sentence that reports it. */
    private static void reports(Model m, Extraction x, Resource subject, Mention anchor, List<Integer> sentences) {
        String id = x.article().id();
        subject.addProperty(CKG.evidence, evidence(m, id, anchor));
        for (int si : sentences.subList(1, sentences.size())) {
            Sentence s = x.text().sentences().get(si);
            subject.addProperty(CKG.evidence, evidence(m, id, new Mention(s.start(), s.end(), s.text(), si)));
        }
    }

    private static void arguments(Model m, String articleId, Resource subject, Property p, List<Argument> args,
                                  Map<String, Resource> entities, String kind) {
        for (Argument a : args) {
            subject.addProperty(p, argument(m, articleId, a, entities, kind));
        }
    }

    private static Resource argument(Model m, String articleId, Argument a, Map<String, Resource> entities,
                                     String kind) {
        if (a.entityKey() != null && entities.containsKey(a.entityKey())) {
            Resource e = entities.get(a.entityKey());
            // a place named as an actor ("Moscow announced") stays a place; the actor is the name as written
            if (kind.equals("place") || e.hasProperty(RDF.type, CKG.Actor)) {
                return e;
            }
        }
        Resource r = m.createResource(Iris.local(articleId, kind, a.name()));
        r.addProperty(RDF.type, kind.equals("place") ? CKG.Place : CKG.GenericActor);
        if (!kind.equals("place")) {
            r.addProperty(RDF.type, CKG.Actor);
        }
        r.addProperty(RDFS.label, a.name());
        return r;
    }

    private static Resource evidence(Model m, String articleId, Mention mention) {
        return m.createResource(Iris.evidence(articleId, mention.start(), mention.end()), CKG.Evidence)
                .addProperty(Vocab.nifAnchorOf, mention.text())
                .addLiteral(Vocab.nifBeginIndex, nonNegative(m, mention.start()))
                .addLiteral(Vocab.nifEndIndex, nonNegative(m, mention.end()))
                .addProperty(CKG.inArticle, m.createResource(Iris.article(articleId)))
                .addProperty(CKG.inSentence, m.createResource(Iris.sentence(articleId, mention.sentence())))
                .addProperty(CKG.extractorVersion, Extractor.VERSION);
    }

    private static Literal nonNegative(Model m, int v) {
        return m.createTypedLiteral(String.valueOf(v), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Literal decimal(Model m, double v) {
        return decimal(m, v, 3);
    }

    private static Literal decimal(Model m, double v, int scale) {
        return m.createTypedLiteral(BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).toPlainString(),
                XSDDatatype.XSDdecimal);
    }
}
