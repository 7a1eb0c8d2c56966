package org.conflictkg.export;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.conflictkg.rdf.CKG;
import org.conflictkg.rdf.Vocab;
import org.conflictkg.store.GraphStore;

import java.io.OutputStream;
import java.util.Iterator;

/**
 * Writes the database as RDF, streaming inside one read transaction: nothing is collected in
 * memory, so exports of any size run in constant memory. Turtle and JSON-LD write the default
 * graph (the union of all named graphs) or one named graph; TriG and N-Quads write every named
 * graph under its name, so the provenance (which article said what) survives.
 */
public final class RdfExport {
    private RdfExport() {
    }

    /** The prefixes written in Turtle, TriG and JSON-LD ({@code @context}). */
    public static PrefixMap prefixes() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("ckg", CKG.NS);
        pm.add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.add("owl", "http://www.w3.org/2002/07/owl#");
        pm.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.add("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.add("schema", "http://schema.org/");
        pm.add("prov", Vocab.PROV);
        pm.add("nif", Vocab.NIF);
        pm.add("geo", Vocab.GEO);
        pm.add("wgs", Vocab.WGS);
        pm.add("wd", Vocab.WD);
        return pm;
    }

    /**
     * Resolves {@code --graph}: a full IRI, or the last part of a graph name (an article id,
     * {@code ontology}, {@code entities} or {@code incidents}). Must be called inside a read transaction.
     */
    static Node graphNode(DatasetGraph dsg, String graph) {
        Node n = NodeFactory.createURI(graph);
        if (dsg.containsGraph(n)) {
            return n;
        }
        if (!graph.contains(":")) {
            Node short_ = NodeFactory.createURI(Vocab.GRAPH + graph);
            if (dsg.containsGraph(short_)) {
                return short_;
            }
        }
        throw new IllegalArgumentException("no graph <" + graph + "> in the database");
    }

    /**
     * Writes the RDF formats ({@link ExportFormat#TTL}, {@code TRIG}, {@code NQ}, {@code JSONLD}).
     *
     * @param graph a named graph (IRI or article id), or null for all of them
     * @return the number of triples or quads written
     */
    public static long write(GraphStore store, ExportFormat format, String graph, OutputStream out) {
        if (format == ExportFormat.CSV) {
            throw new IllegalArgumentException("csv is written by EventTable");
        }
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.datasetGraph();
            Node g = graph == null ? null : graphNode(dsg, graph);
            StreamRDF stream = switch (format) {
                case TTL -> StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
                case TRIG -> StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
                case NQ -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                case JSONLD -> new JsonLdStreamWriter(out);
                default -> throw new IllegalStateException();
            };
            long n = 0;
            stream.start();
            prefixes().forEach(stream::prefix);
            if (format.quads()) {
                Iterator<Quad> it = g == null ? dsg.find() : dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    stream.quad(it.next());
                    n++;
                }
            } else {
                Graph source = g == null ? dsg.getUnionGraph() : dsg.getGraph(g);
                ExtendedIterator<Triple> it = source.find();
                try {
                    while (it.hasNext()) {
                        stream.triple(it.next());
                        n++;
                    }
                } finally {
                    it.close();
                }
            }
            stream.finish();
            return n;
        });
    }
}
