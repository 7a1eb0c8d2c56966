package org.conflictkg.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.datatypes.xsd.XSDDatatype;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-LD 1.1 in expanded form, written as the triples arrive: a document
 * {@code {"@graph": [node, node, ...]}} with one node object per run of triples with the same
 * subject. A subject that comes back later gets another node object with the same {@code @id},
 * which JSON-LD processors merge; so only one subject's triples are held at a time, and a
 * graph of any size is written in constant memory (Jena's own JSON-LD writer builds the whole
 * document first). Graph names are not written: quads are written as triples.
 */
public final class JsonLdStreamWriter implements StreamRDF {
    private final JsonGenerator json;
    private Node subject;
    private final Map<String, List<Node>> properties = new LinkedHashMap<>();
    private final List<String> types = new ArrayList<>();

    public JsonLdStreamWriter(OutputStream out) {
        try {
            json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.useDefaultPrettyPrinter();
    }

    @Override
    public void start() {
        io(() -> {
            json.writeStartObject();
            json.writeArrayFieldStart("@graph");
        });
    }

    @Override
    public void triple(Triple t) {
        if (subject != null && !subject.equals(t.getSubject())) {
            flushNode();
        }
        subject = t.getSubject();
        Node o = t.getObject();
        if (t.getPredicate().equals(RDF.Nodes.type) && (o.isURI() || o.isBlank())) {
            types.add(id(o));
        } else {
            properties.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(o);
        }
    }

    @Override
    public void quad(Quad q) {
        triple(q.asTriple());
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
    }

    @Override
    public void version(String version) {
    }

    @Override
    public void finish() {
        io(() -> {
            if (subject != null) {
                flushNode();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        });
    }

    private void flushNode() {
        io(() -> {
            json.writeStartObject();
            json.writeStringField("@id", id(subject));
            if (!types.isEmpty()) {
                json.writeArrayFieldStart("@type");
                for (String t : types) {
                    json.writeString(t);
                }
                json.writeEndArray();
            }
            for (Map.Entry<String, List<Node>> e : properties.entrySet()) {
                json.writeArrayFieldStart(e.getKey());
                for (Node o : e.getValue()) {
                    value(o);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
        subject = null;
        types.clear();
        properties.clear();
    }

    private void value(Node o) throws IOException {
        json.writeStartObject();
        if (o.isLiteral()) {
            json.writeStringField("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.writeStringField("@language", lang);
            } else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
                json.writeStringField("@type", o.getLiteralDatatypeURI());
            }
        } else {
            json.writeStringField("@id", id(o));
        }
        json.writeEndObject();
    }

    private static String id(Node n) {
        if (n.isBlank()) {
            StringBuilder b = new StringBuilder("_:b");
            for (char c : n.getBlankNodeLabel().toCharArray()) {
                if (Character.isLetterOrDigit(c) && c < 128) {
                    b.append(c);
                } else {
                    b.append('_').append(Integer.toHexString(c)).append('_');
                }
            }
            return b.toString();
        }
        if (n.isURI()) {
            return n.getURI();
        }
        throw new IllegalArgumentException("JSON-LD cannot name " + n);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
