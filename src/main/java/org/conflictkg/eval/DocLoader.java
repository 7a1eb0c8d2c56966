package org.conflictkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads gold or system extraction JSON files (one object, or an array of objects, per file), checks
 * them against FORMAT.md as score.py does, and keys each document by the file-name part of "doc".
 */
public final class DocLoader {
    static final Set<String> ENTITY_TYPES = Set.of("Person", "Organization", "State", "ArmedGroup", "Place");
    static final Set<String> EVENT_TYPES = Set.of("AirStrike", "Shelling", "GroundOffensive", "ArmedClash",
            "AttackOnCivilians", "AttackOnAid", "Evacuation", "Talks", "CeasefireDeclared", "CeasefireCollapsed",
            "CeasefireViolation", "Capture", "Other");
    static final Set<String> CEASEFIRE_STATUS = Set.of("declared", "holding", "collapsed", "proposed", "violated");
    // Python's "$" also matches before a final newline
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*\n?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}\n?");

    // NaN and Infinity as Python's json module reads them; nothing may follow the value
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DocLoader() {
    }

    /** Every {@code *.json} in the folder (not its subfolders), in name order; later files win on a repeated doc. */
    public static Map<String, JsonNode> loadFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new EvalInputException(folder + ": no such folder");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(files::add);
        } catch (IOException e) {
            throw new EvalInputException(folder + ": cannot list the folder: " + e.getMessage());
        }
        files.sort((a, b) -> Py.CODE_POINT_ORDER.compare(a.getFileName().toString(), b.getFileName().toString()));
        Map<String, JsonNode> docs = loadFiles(files);
        if (docs.isEmpty()) {
            throw new EvalInputException(folder + ": no .json files");
        }
        return docs;
    }

    /** The given files, in the given order; later files win on a repeated doc. */
    public static Map<String, JsonNode> loadFiles(List<Path> files) {
        Map<String, JsonNode> docs = new TreeMap<>(Py.CODE_POINT_ORDER);
        for (Path path : files) {
            JsonNode data = parse(path);
            List<JsonNode> items = new ArrayList<>();
            if (data.isArray()) {
                data.forEach(items::add);
            } else {
                items.add(data);
            }
            for (JsonNode item : items) {
                check(item, path.getFileName().toString());
                docs.put(docName(item.get("doc").textValue()), item);
            }
        }
        return docs;
    }

    private static JsonNode parse(Path path) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new EvalInputException(path + ": cannot read JSON: not UTF-8 text");
        } catch (IOException e) {
            throw new EvalInputException(path + ": cannot read JSON: " + (Files.isDirectory(path) ? "it is a folder"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) {
            throw new EvalInputException(path + ": cannot read JSON: it starts with a byte order mark");
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new EvalInputException(path + ": cannot read JSON: the file holds no JSON value");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new EvalInputException(path + ": cannot read JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + where);
        }
    }

    /** The file-name part of a "doc" value (Python's {@code Path(doc).name}). */
    public static String docName(String doc) {
        String name = "";
        for (String part : doc.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                name = part;
            }
        }
        return name;
    }

    /** The checks of score.py; the first problem found is thrown, naming the file. */
    static void check(JsonNode doc, String where) {
        if (!doc.isObject() || doc.get("doc") == null || !doc.get("doc").isTextual()) {
            throw new EvalInputException(where + ": not an object with a string field 'doc'");
        }
        for (String key : new String[] {"entities", "events", "ceasefires"}) {
            if (doc.has(key) && !doc.get(key).isArray()) {
                throw new EvalInputException(where + ": '" + key + "' is not a list");
            }
        }
        for (JsonNode e : Matching.list(doc, "entities")) {
            if (!e.isObject() || !Py.truthy(Py.get(e, "text"))) {
                throw new EvalInputException(where + ": an entity has no 'text'");
            }
            JsonNode type = Py.get(e, "type");
            if (!oneOf(type, ENTITY_TYPES)) {
                throw new EvalInputException(where + ": entity " + Py.repr(e.get("text")) + " has type " + Py.repr(type)
                        + ", not one of " + sorted(ENTITY_TYPES));
            }
            JsonNode qid = Py.get(e, "qid");
            if (qid != null && !QID.matcher(Py.str(qid)).matches()) {
                throw new EvalInputException(where + ": entity " + Py.repr(e.get("text")) + " has qid " + Py.repr(qid)
                        + ", not Q followed by digits");
            }
        }
        for (JsonNode ev : Matching.list(doc, "events")) {
            if (!ev.isObject() || !oneOf(Py.get(ev, "type"), EVENT_TYPES)) {
                throw new EvalInputException(where + ": an event has type "
                        + (ev.isObject() ? Py.str(Py.get(ev, "type")) : Py.repr(ev)) + ", not one of " + sorted(EVENT_TYPES));
            }
            if (!Py.truthy(Py.get(ev, "sentence"))) {
                throw new EvalInputException(where + ": an event of type " + ev.get("type").textValue() + " has no 'sentence'");
            }
            if (!listOrFalse(Py.get(ev, "mentions"))) {
                throw new EvalInputException(where + ": an event's 'mentions' is not a list of sentences");
            }
            JsonNode date = Py.get(ev, "date");
            if (date != null && !DATE.matcher(Py.str(date)).matches()) {
                throw new EvalInputException(where + ": event date " + Py.repr(date) + " is not YYYY-MM-DD");
            }
        }
        for (JsonNode c : Matching.list(doc, "ceasefires")) {
            if (!c.isObject() || !Py.truthy(Py.get(c, "sentence"))) {
                throw new EvalInputException(where + ": a ceasefire has no 'sentence'");
            }
            if (!listOrFalse(Py.get(c, "mentions"))) {
                throw new EvalInputException(where + ": a ceasefire's 'mentions' is not a list of sentences");
            }
            JsonNode start = Py.get(c, "start");
            if (start != null && !DATE.matcher(Py.str(start)).matches()) {
                throw new EvalInputException(where + ": ceasefire start " + Py.repr(start) + " is not YYYY-MM-DD");
            }
            JsonNode status = Py.get(c, "status");
            if (status != null && !oneOf(status, CEASEFIRE_STATUS)) {
                throw new EvalInputException(where + ": ceasefire status " + Py.repr(status) + " is not one of "
                        + sorted(CEASEFIRE_STATUS));
            }
        }
    }

    private static boolean oneOf(JsonNode v, Set<String> allowed) {
        return v != null && v.isTextual() && allowed.contains(v.textValue());
    }

    /** Python's {@code isinstance(x or [], list)}. */
    private static boolean listOrFalse(JsonNode v) {
        return !Py.truthy(v) || v.isArray();
    }

    /** A set printed as Python prints {@code sorted(set)}. */
    private static String sorted(Set<String> values) {
        return values.stream().sorted(Py.CODE_POINT_ORDER).map(Py::repr).toList().toString();
    }
}
