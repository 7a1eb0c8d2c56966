package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the conflict-kg ontology ({@code ontology/conflict.ttl}) and the IRI spaces of the
 * graph. A test checks that every term here is declared in the ontology.
 */
public final class CKG {
    private CKG() {
    }

    public static final String NS = "https://w3id.org/conflict-kg/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/conflict-kg/ontology";
    /** Resources: articles, events, actors, places. */
    public static final String ID = "https://w3id.org/conflict-kg/id/";
    /** Named graphs: one per article, and one for the ontology. */
    public static final String GRAPH = "https://w3id.org/conflict-kg/graph/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String WGS = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // classes
    public static final Resource Article = r("Article");
    public static final Resource Sentence = r("Sentence");
    public static final Resource Evidence = r("Evidence");
    public static final Resource Actor = r("Actor");
    public static final Resource GenericActor = r("GenericActor");
    public static final Resource Place = r("Place");
    public static final Resource Role = r("Role");
    public static final Resource Event = r("Event");
    public static final Resource Ceasefire = r("Ceasefire");
    public static final Resource CasualtyReport = r("CasualtyReport");
    public static final Resource Attribution = r("Attribution");
    public static final Resource Incident = r("Incident");

    // article and provenance
    public static final Property publicationDate = p("publicationDate");
    public static final Property publicationDateSource = p("publicationDateSource");
    public static final Property sourceName = p("sourceName");
    public static final Property articleId = p("articleId");
    public static final Property sentence = p("sentence");
    public static final Property inArticle = p("inArticle");
    public static final Property inSentence = p("inSentence");
    public static final Property sentenceIndex = p("sentenceIndex");
    public static final Property evidence = p("evidence");
    public static final Property confidence = p("confidence");
    public static final Property extractorVersion = p("extractorVersion");
    public static final Property reportedIn = p("reportedIn");

    // actors and places
    public static final Property wikidata = p("wikidata");
    public static final Property linkConfidence = p("linkConfidence");
    public static final Property wikidataClass = p("wikidataClass");
    public static final Property acledEventType = p("acledEventType");
    public static final Property acledSubEventType = p("acledSubEventType");
    public static final Property mentionText = p("mentionText");
    public static final Property locatedIn = p("locatedIn");
    public static final Property holdsRole = p("holdsRole");
    public static final Property roleTitle = p("roleTitle");
    public static final Property roleFor = p("roleFor");

    // events
    public static final Property eventDate = p("eventDate");
    public static final Property datePrecision = p("datePrecision");
    public static final Property weekStart = p("weekStart");
    public static final Property place = p("place");
    public static final Property agent = p("agent");
    public static final Property target = p("target");
    public static final Property trigger = p("trigger");
    public static final Property fatalities = p("fatalities");
    public static final Property incident = p("incident");
    public static final Property report = p("report");
    public static final Property eventClass = p("eventClass");
    public static final Property involves = p("involves");

    // ceasefires
    public static final Property broker = p("broker");
    public static final Property party = p("party");
    public static final Property agreedOn = p("agreedOn");
    public static final Property startDate = p("startDate");
    public static final Property plannedDuration = p("plannedDuration");
    public static final Property status = p("status");
    public static final Property endedBy = p("endedBy");
    public static final Property concernsCeasefire = p("concernsCeasefire");

    // casualty reports and attributions
    public static final Property casualtyKind = p("casualtyKind");
    public static final Property count = p("count");
    public static final Property qualifier = p("qualifier");
    public static final Property reportedBy = p("reportedBy");
    public static final Property aboutEvent = p("aboutEvent");
    public static final Property speaker = p("speaker");
    public static final Property via = p("via");

    /** The class of an entity type ({@code Person}, {@code State}, ...). */
    public static Resource entityClass(org.conflictkg.extract.EntityType type) {
        return r(type.name());
    }

    /** The class of an event type; the format's {@code Other} is {@code OtherEvent}. */
    public static Resource eventClass(org.conflictkg.extract.EventType type) {
        return r(type == org.conflictkg.extract.EventType.Other ? "OtherEvent" : type.name());
    }

    /** The status individual ({@code Declared}, {@code Collapsed}, ...). */
    public static Resource status(org.conflictkg.extract.CeasefireStatus s) {
        String n = s.name();
        return r(n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The casualty kind individual ({@code Killed}, {@code Wounded}, {@code Displaced}). */
    public static Resource kind(org.conflictkg.extract.CasualtyReport.Kind k) {
        String n = k.name();
        return r(n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    // vocabularies the graph uses beside its own
    public static final Property nifAnchorOf = ResourceFactory.createProperty(NIF + "anchorOf");
    public static final Property nifBeginIndex = ResourceFactory.createProperty(NIF + "beginIndex");
    public static final Property nifEndIndex = ResourceFactory.createProperty(NIF + "endIndex");
    public static final Property geoHasGeometry = ResourceFactory.createProperty(GEO + "hasGeometry");
    public static final Property geoAsWKT = ResourceFactory.createProperty(GEO + "asWKT");
    public static final Resource geoGeometry = ResourceFactory.createResource(GEO + "Geometry");
    public static final String WKT_LITERAL = GEO + "wktLiteral";
    public static final Property wgsLat = ResourceFactory.createProperty(WGS + "lat");
    public static final Property wgsLong = ResourceFactory.createProperty(WGS + "long");
    public static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
}
