package org.conflictkg.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conflictkg.extract.Argument;
import org.conflictkg.extract.Ceasefire;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.Extraction;
import org.conflictkg.nlp.AnalyzedText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes an extraction in the extraction JSON format (the format gold annotations share). */
public final class ExtractionJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExtractionJson() {
    }

    public static ObjectNode toJson(Extraction x) {
        AnalyzedText doc = x.text();
        ObjectNode root = JSON.createObjectNode();
        root.put("doc", docName(x.article().source()));
        root.put("pub_date", x.article().pubDate() == null ? null : x.article().pubDate().toString());
        ArrayNode ents = root.putArray("entities");
        for (Entity e : x.entities()) {
            ObjectNode o = ents.addObject();
            o.put("text", e.text());
            o.put("type", e.type().name());
            o.put("qid", e.qid());
            o.put("label", e.label());
            ArrayNode m = o.putArray("mentions");
            e.otherForms().forEach(m::add);
        }
        ArrayNode evs = root.putArray("events");
        for (Event e : x.events()) {
            ObjectNode o = evs.addObject();
            o.put("type", e.type().name());
            o.put("trigger", e.trigger());
            o.put("sentence", sentence(doc, e.sentences().get(0)));
            ArrayNode m = o.putArray("mentions");
            e.sentences().stream().skip(1).forEach(i -> m.add(sentence(doc, i)));
            o.put("date", e.date() == null ? null : e.date().toString());
            names(o.putArray("places"), e.places());
            names(o.putArray("agents"), e.agents());
            names(o.putArray("targets"), e.targets());
            if (e.fatalities() == null) {
                o.putNull("fatalities");
            } else {
                o.put("fatalities", e.fatalities());
            }
        }
        ArrayNode cfs = root.putArray("ceasefires");
        for (Ceasefire c : x.ceasefires()) {
            ObjectNode o = cfs.addObject();
            o.put("sentence", sentence(doc, c.sentences().get(0)));
            ArrayNode m = o.putArray("mentions");
            c.sentences().stream().skip(1).forEach(i -> m.add(sentence(doc, i)));
            names(o.putArray("brokers"), c.brokers());
            names(o.putArray("parties"), c.parties());
            o.put("start", c.start() == null ? null : c.start().toString());
            o.put("status", c.status() == null ? null : c.status().json());
        }
        return root;
    }

    /** The name score.py pairs files by: the file name, without a JSON-lines record suffix. */
    public static String docName(String source) {
        int hash = source.indexOf('#');
        return hash < 0 ? source : source.substring(0, hash) + "_" + source.substring(hash + 1);
    }

    private static String sentence(AnalyzedText doc, int index) {
        return doc.sentences().get(index).text();
    }

    private static void names(ArrayNode arr, List<Argument> args) {
        List<String> seen = new java.util.ArrayList<>();
        for (Argument a : args) {
            if (!seen.contains(a.name())) {
                seen.add(a.name());
                arr.add(a.name());
            }
        }
    }

    /** Writes one file OUT_DIR/NAME.json for the article; returns its path. */
    public static Path write(Extraction x, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        String name = docName(x.article().source());
        String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        Path out = outDir.resolve(base + ".json");
        Files.writeString(out, JSON.writeValueAsString(toJson(x)) + "\n");
        return out;
    }
}
