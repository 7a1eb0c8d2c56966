package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.conflictkg.extract.CasualtyReport;
import org.conflictkg.extract.CeasefireStatus;
import org.conflictkg.extract.EntityType;
import org.conflictkg.extract.EventType;

import java.util.Locale;

/**
 * The IRIs of the graph that are not terms of its ontology: where resources and named graphs
 * live, Wikidata's items, and the terms taken from NIF, GeoSPARQL, WGS84 and PROV-O; and the
 * ontology term of each extraction type. The ontology's own terms are constants of {@link CKG},
 * which the build generates from {@code ontology/conflict.ttl} with Jena's schemagen.
 */
public final class Vocab {
    private Vocab() {
    }

    /** The ontology's IRI (its terms are {@link CKG#NS} + local name). */
    public static final String ONTOLOGY = "https://w3id.org/conflict-kg/ontology";
    /** Resources: articles, events, actors, places. */
    public static final String ID = "https://w3id.org/conflict-kg/id/";
    /** Named graphs: one per article, one for the ontology, one for actors and places, one for incidents. */
    public static final String GRAPH = "https://w3id.org/conflict-kg/graph/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    /**
     * The descriptions of actors and places (their types, labels, Wikidata links, coordinates, the
     * country they lie in), each once, shared by every article that names them.
     */
    public static final String ENTITIES_GRAPH = GRAPH + "entities";
    /** Actors and places, named across articles ({@link Iris#item}, {@link Iris#entity}). */
    public static final String ENTITY = ID + "entity/";
    /** Wikidata's items. */
    public static final String WD = "http://www.wikidata.org/entity/";
    /** Wikidata's properties as direct claims ({@code wdt:P31}), as queries use them. */
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String WGS = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

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

    // the ontology's term for each extraction type, named after it; VocabularyTest checks that
    // the ontology declares every one of them

    private static Resource term(String local) {
        return ResourceFactory.createResource(CKG.NS + local);
    }

    private static String capitalised(Enum<?> e) {
        String n = e.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The class of an entity type ({@code Person}, {@code State}, ...). */
    public static Resource entityClass(EntityType type) {
        return term(type.name());
    }

    /** The class of an event type; the format's {@code Other} is {@code OtherEvent}. */
    public static Resource eventClass(EventType type) {
        return term(type == EventType.Other ? "OtherEvent" : type.name());
    }

    /** The status individual ({@code Declared}, {@code Collapsed}, ...). */
    public static Resource status(CeasefireStatus s) {
        return term(capitalised(s));
    }

    /** The casualty kind individual ({@code Killed}, {@code Wounded}, {@code Displaced}). */
    public static Resource kind(CasualtyReport.Kind k) {
        return term(capitalised(k));
    }
}
