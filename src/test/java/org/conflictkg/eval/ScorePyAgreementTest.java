package org.conflictkg.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conflictkg.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Java scorer against the reference score.py, on the seed gold scored against itself and against
 * perturbed copies of it (entities, events and ceasefires dropped, renamed, retyped, relinked,
 * regrouped; dates, fatalities and statuses changed; odd JSON values), in both directions: every
 * figure of {@code score.py --json} must agree to 1e-9, and {@code ckg score} must print what score.py
 * prints (table, --verbose lines, summary, exit status).
 *
 * <p>score.py is looked for in {@code $CKG_SHARED/eval/} or {@code ../shared/eval/}; without it, or
 * without python3, the test is skipped: the repository stands alone.
 */
class ScorePyAgreementTest {
    private static final Path SEEDS = Path.of("data", "gold", "seeds");
    private static final int PERTURBED_COPIES = 6;
    private static final double TOLERANCE = 1e-9;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();
    private static final String[] ENTITY_TYPES = {"Person", "Organization", "State", "ArmedGroup", "Place"};
    private static final String[] EVENT_TYPES = {"AirStrike", "Shelling", "GroundOffensive", "ArmedClash",
            "AttackOnCivilians", "AttackOnAid", "Evacuation", "Talks", "CeasefireDeclared", "CeasefireCollapsed",
            "CeasefireViolation", "Capture", "Other"};
    private static final String[] STATUSES = {"declared", "holding", "collapsed", "proposed", "violated"};

    private static Path scorePy;

    @TempDir
    static Path tmp;

    /** Finds score.py and sets {@link #scorePy}; returns why it cannot be used, or null when it can. */
    private static String findScorePy() {
        String env = System.getenv("CKG_SHARED");
        Path shared = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared");
        Path candidate = shared.resolve("eval").resolve("score.py");
        if (!Files.isRegularFile(candidate)) {
            return "skipped: no score.py at " + candidate.toAbsolutePath().normalize()
                    + " (set CKG_SHARED to the shared folder to check agreement with it)";
        }
        if (!pythonWorks()) {
            return "skipped: python3 cannot be run, so score.py cannot be compared with";
        }
        scorePy = candidate.toAbsolutePath();
        return null;
    }

    private static boolean pythonWorks() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @TestFactory
    Stream<DynamicTest> javaAndPythonAgree() throws IOException {
        String unavailable = findScorePy();
        if (unavailable != null) {
            return Stream.of(DynamicTest.dynamicTest("agreement with score.py", () -> assumeTrue(false, unavailable)));
        }
        List<ObjectNode> gold = readSeeds();
        List<DynamicTest> tests = new ArrayList<>();
        Path goldDir = SEEDS;
        tests.add(DynamicTest.dynamicTest("seed gold against itself", () -> compare(goldDir, goldDir, true)));
        for (int seed = 1; seed <= PERTURBED_COPIES; seed++) {
            int s = seed;
            tests.add(DynamicTest.dynamicTest("perturbed copy " + s, () -> {
                Path dir = write("perturbed-" + s, perturb(gold, new Random(s)), new Random(s));
                compare(goldDir, dir, s == 1);
                compare(dir, goldDir); // the other way round: the perturbed copy as gold
            }));
        }
        tests.add(DynamicTest.dynamicTest("odd JSON values", () -> {
            Path dir = write("odd", oddValues(gold), new Random(0));
            compare(goldDir, dir, true);
            compare(dir, goldDir);
        }));
        tests.add(DynamicTest.dynamicTest("system output for another document only", () -> {
            ObjectNode other = JSON.createObjectNode().put("doc", "elsewhere/999_none.txt");
            compare(goldDir, write("other", List.of(other), new Random(0)));
        }));
        tests.add(DynamicTest.dynamicTest("empty lists everywhere", () -> {
            List<ObjectNode> empty = new ArrayList<>();
            for (ObjectNode d : gold) {
                ObjectNode e = JSON.createObjectNode().put("doc", d.get("doc").asText());
                e.putArray("entities");
                e.putArray("events");
                e.putArray("ceasefires");
                empty.add(e);
            }
            Path dir = write("empty", empty, new Random(0));
            compare(goldDir, dir);
            compare(dir, goldDir);
            compare(dir, dir);
        }));
        return tests.stream();
    }

    // ---------------------------------------------------------------- comparing

    private void compare(Path gold, Path system) throws Exception {
        compare(gold, system, false);
    }

    /**
     * Scores with the Java scorer and with score.py --json --verbose --min ...: the figures must
     * agree to 1e-9, and {@code ckg score} with the same options must print the same and exit the
     * same; with {@code table}, the same holds without --json (the table).
     */
    private void compare(Path gold, Path system, boolean table) throws Exception {
        String where = "gold " + gold + ", system " + system + ": ";
        String[] options = {"--verbose", "--min", "entities=0.75", "--min", "links_recall=0.5", "--min", "events=0.3"};
        Report report = new Scorer().score(DocLoader.loadFolder(gold), DocLoader.loadFolder(system));
        String[] jsonOptions = Stream.concat(Stream.of("--json"), Stream.of(options)).toArray(String[]::new);
        Run py = python(gold, system, jsonOptions);
        // 2 is right when a --min names a figure with nothing to measure (links_recall with no gold QID)
        assertTrue(py.status >= 0 && py.status <= 2 && py.out.contains("{"), where + "score.py failed: " + py.err);
        int start = py.out.startsWith("{\n") ? 0 : py.out.indexOf("\n{\n") + 1;
        String pyJson = py.out.substring(start, py.out.indexOf("\n}\n", start) + 2);
        JsonNode expected = JSON.readTree(pyJson);

        // the figures, to 1e-9
        JsonNode scores = expected.get("scores");
        assertEquals(scores.size(), report.scores().size(), where + "figure count");
        for (Iterator<String> it = scores.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            Prf prf = report.scores().get(name);
            assertNotNull(prf, where + "no figure " + name);
            close(scores.get(name).get(0), prf.precision(), where + name + " P");
            close(scores.get(name).get(1), prf.recall(), where + name + " R");
            close(scores.get(name).get(2), prf.f1(), where + name + " F1");
        }
        for (String name : report.accuracies().keySet()) {
            assertTrue(expected.has(name), where + name);
            close(expected.get(name), report.accuracies().get(name), where + name);
        }
        assertEquals(expected.get("documents").asInt(), report.documents(), where + "documents");
        List<String> missing = new ArrayList<>();
        expected.get("documents_missing_from_system").forEach(n -> missing.add(n.asText()));
        assertEquals(missing, report.missing(), where + "documents missing");

        // what is printed: --verbose lines, JSON, FAIL part, summary and exit status
        Run java = ckgScore(gold, system, jsonOptions);
        assertEquals(py.out, java.out, where + "printed output with --json");
        assertEquals(py.status, java.status, where + "exit status");
        assertEquals(py.err.replace("score.py: ", "ckg score: "), java.err, where + "error output");
        if (table) {
            Run pyTable = python(gold, system, options);
            Run javaTable = ckgScore(gold, system, options);
            assertEquals(pyTable.out, javaTable.out, where + "printed table");
            assertEquals(pyTable.status, javaTable.status, where + "exit status");
        }
    }

    private static void close(JsonNode expected, Double actual, String what) {
        if (expected == null || expected.isNull()) {
            assertNull(actual, what + ": score.py has None");
        } else {
            assertNotNull(actual, what + ": score.py has " + expected);
            assertEquals(expected.asDouble(), actual, TOLERANCE, what);
        }
    }

    private record Run(String out, String err, int status) {
    }

    private static Run python(Path gold, Path system, String... options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", scorePy.toString(), "--gold", gold.toString(),
                "--system", system.toString()));
        cmd.addAll(List.of(options));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("score.py did not finish: " + cmd);
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                p.exitValue());
    }

    private static Run ckgScore(Path gold, Path system, String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("score", "--gold", gold.toString(), "--system", system.toString()));
        args.addAll(List.of(options));
        int status = cl.execute(args.toArray(String[]::new));
        return new Run(out.toString(), err.toString(), status);
    }

    // ---------------------------------------------------------------- system folders

    private static List<ObjectNode> readSeeds() throws IOException {
        List<ObjectNode> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(SEEDS)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                docs.add((ObjectNode) JSON.readTree(p.toFile()));
            }
        }
        assertTrue(docs.size() >= 3, "the seed gold is in " + SEEDS.toAbsolutePath());
        return docs;
    }

    /** Writes the documents into a new folder: some one per file, some as arrays of several. */
    private static Path write(String name, List<ObjectNode> docs, Random rnd) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        int file = 0;
        int i = 0;
        while (i < docs.size()) {
            int n = Math.min(docs.size() - i, 1 + rnd.nextInt(3));
            String text;
            if (n == 1 && rnd.nextBoolean()) {
                text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(docs.get(i));
            } else {
                ArrayNode arr = JSON.createArrayNode();
                docs.subList(i, i + n).forEach(arr::add);
                text = JSON.writeValueAsString(arr);
            }
            Files.writeString(dir.resolve(String.format("part-%02d.json", file++)), text);
            i += n;
        }
        return dir;
    }

    /** A copy of the gold with things dropped, renamed, retyped, relinked, moved and changed at random. */
    private static List<ObjectNode> perturb(List<ObjectNode> gold, Random rnd) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode original : gold) {
            if (rnd.nextDouble() < 0.12 && out.size() + 1 < gold.size()) {
                continue; // a document with no system output
            }
            ObjectNode doc = original.deepCopy();
            if (rnd.nextDouble() < 0.3) {
                doc.put("doc", "some/folder/" + doc.get("doc").asText()); // paired by the file-name part
            }
            List<String> allNames = new ArrayList<>();
            doc.withArray("entities").forEach(e -> allNames.add(e.get("text").asText()));

            ArrayNode entities = JSON.createArrayNode();
            for (JsonNode node : doc.withArray("entities")) {
                ObjectNode e = (ObjectNode) node;
                double r = rnd.nextDouble();
                if (r < 0.12) {
                    continue;
                }
                if (rnd.nextDouble() < 0.3) {
                    e.put("text", rename(e.get("text").asText(), rnd));
                    if (rnd.nextBoolean()) {
                        e.remove("label");
                    }
                    if (rnd.nextBoolean()) {
                        e.putArray("mentions");
                    }
                }
                if (rnd.nextDouble() < 0.15) {
                    e.put("type", ENTITY_TYPES[rnd.nextInt(ENTITY_TYPES.length)]);
                }
                double q = rnd.nextDouble();
                if (q < 0.1) {
                    e.putNull("qid");
                } else if (q < 0.2) {
                    e.put("qid", "Q" + (1 + rnd.nextInt(500)));
                } else if (q < 0.25) {
                    e.remove("qid");
                }
                entities.add(e);
                if (rnd.nextDouble() < 0.08) {
                    // a second, partial entity for the same name: one-to-one pairing must leave one out
                    ObjectNode dup = JSON.createObjectNode();
                    dup.put("text", lastWord(e.get("text").asText()));
                    dup.put("type", e.get("type").asText());
                    dup.put("qid", rnd.nextBoolean() ? e.path("qid").asText(null) : null);
                    entities.add(dup);
                }
            }
            if (rnd.nextDouble() < 0.5) {
                ObjectNode extra = entities.addObject();
                extra.put("text", rnd.nextBoolean() ? "Mosul" : "Free Syrian Army");
                extra.put("type", rnd.nextBoolean() ? "Place" : "ArmedGroup");
                extra.put("qid", rnd.nextBoolean() ? "Q" + (1 + rnd.nextInt(500)) : null);
            }
            shuffleSome(entities, rnd);
            doc.set("entities", entities);

            LocalDate pub = doc.hasNonNull("pub_date") ? LocalDate.parse(doc.get("pub_date").asText()) : LocalDate.of(2016, 9, 22);
            ArrayNode events = JSON.createArrayNode();
            for (JsonNode node : doc.withArray("events")) {
                ObjectNode ev = (ObjectNode) node;
                if (rnd.nextDouble() < 0.12) {
                    continue;
                }
                if (rnd.nextDouble() < 0.12) {
                    ev.put("type", EVENT_TYPES[rnd.nextInt(EVENT_TYPES.length)]);
                }
                double d = rnd.nextDouble();
                if (d < 0.12) {
                    LocalDate old = ev.hasNonNull("date") ? LocalDate.parse(ev.get("date").asText()) : pub;
                    ev.put("date", old.plusDays(rnd.nextBoolean() ? 1 : -1).toString());
                } else if (d < 0.2) {
                    ev.putNull("date");
                } else if (d < 0.26) {
                    ev.put("date", pub.toString());
                }
                double f = rnd.nextDouble();
                if (f < 0.1) {
                    ev.putNull("fatalities");
                } else if (f < 0.2) {
                    ev.put("fatalities", rnd.nextInt(50));
                }
                changeNames(ev, "places", allNames, rnd);
                changeNames(ev, "agents", allNames, rnd);
                double s = rnd.nextDouble();
                ArrayNode mentions = ev.withArray("mentions");
                if (s < 0.1) {
                    ev.put("sentence", halfOf(ev.get("sentence").asText(), rnd));
                } else if (s < 0.18 && mentions.size() > 0) {
                    String first = ev.get("sentence").asText();
                    ev.set("sentence", mentions.remove(0));
                    mentions.add(first);
                } else if (s < 0.24) {
                    ev.put("sentence", "Clashes were reported near the border on " + pub.getDayOfWeek() + ".");
                }
                if (mentions.size() > 1 && rnd.nextDouble() < 0.2) {
                    // the same event split in two: the second takes the last mention
                    ObjectNode split = ev.deepCopy();
                    split.put("sentence", mentions.remove(mentions.size() - 1).asText());
                    split.putArray("mentions");
                    events.add(ev);
                    events.add(split);
                    continue;
                }
                if (mentions.size() > 0 && rnd.nextDouble() < 0.15) {
                    mentions.remove(rnd.nextInt(mentions.size()));
                }
                events.add(ev);
            }
            if (rnd.nextDouble() < 0.4) {
                ObjectNode extra = events.addObject();
                extra.put("type", EVENT_TYPES[rnd.nextInt(EVENT_TYPES.length)]);
                extra.put("sentence", "Residents said shelling continued across " + (rnd.nextBoolean() ? "Aleppo" : "Idlib") + ".");
                extra.put("date", rnd.nextBoolean() ? pub.toString() : null);
                extra.putArray("places").add("Aleppo");
            }
            shuffleSome(events, rnd);
            doc.set("events", events);

            ArrayNode ceasefires = JSON.createArrayNode();
            for (JsonNode node : doc.withArray("ceasefires")) {
                ObjectNode c = (ObjectNode) node;
                if (rnd.nextDouble() < 0.15) {
                    continue;
                }
                if (rnd.nextDouble() < 0.25) {
                    c.put("status", STATUSES[rnd.nextInt(STATUSES.length)]);
                }
                double s = rnd.nextDouble();
                if (s < 0.15) {
                    c.put("start", pub.minusDays(rnd.nextInt(14)).toString());
                } else if (s < 0.25) {
                    c.putNull("start");
                }
                if (rnd.nextDouble() < 0.2) {
                    c.put("sentence", halfOf(c.get("sentence").asText(), rnd));
                    c.putArray("mentions");
                }
                changeNames(c, "brokers", allNames, rnd);
                changeNames(c, "parties", allNames, rnd);
                ceasefires.add(c);
            }
            doc.set("ceasefires", ceasefires);
            out.add(doc);
        }
        return out;
    }

    /** Renamings the rules must see through (or not): part of a name, case, article, possessive, accents, curly quotes. */
    private static String rename(String name, Random rnd) {
        switch (rnd.nextInt(8)) {
            case 0:
                return lastWord(name);
            case 1:
                return name.toUpperCase();
            case 2:
                return "the " + name + "\u2019s";
            case 3:
                return name.replace('a', '\u00e1').replace('e', '\u00e8');
            case 4:
                return name.replace("-", "\u2013").replace(" ", "  ");
            case 5:
                return name.length() > 4 ? name.substring(0, name.length() - 2) : name + "x";
            case 6:
                return "Commander " + name;
            default:
                return "Zzyzx";
        }
    }

    private static String lastWord(String name) {
        String[] w = name.trim().split("\\s+");
        return w[w.length - 1];
    }

    private static String halfOf(String sentence, Random rnd) {
        List<String> words = List.of(sentence.split(" "));
        int n = Math.max(1, words.size() / 2 + rnd.nextInt(3) - 1);
        return String.join(" ", words.subList(0, Math.min(n, words.size())));
    }

    private static void changeNames(ObjectNode item, String key, List<String> allNames, Random rnd) {
        ArrayNode names = JSON.createArrayNode();
        JsonNode old = item.get(key);
        if (old != null && old.isArray()) {
            for (JsonNode n : old) {
                double r = rnd.nextDouble();
                if (r < 0.15) {
                    continue;
                }
                names.add(r < 0.3 ? rename(n.asText(), rnd) : n.asText());
            }
        }
        if (!allNames.isEmpty() && rnd.nextDouble() < 0.2) {
            names.add(allNames.get(rnd.nextInt(allNames.size())));
        }
        if (rnd.nextDouble() < 0.1) {
            item.remove(key);
        } else {
            item.set(key, names);
        }
    }

    private static void shuffleSome(ArrayNode arr, Random rnd) {
        if (arr.size() > 1 && rnd.nextDouble() < 0.3) {
            List<JsonNode> items = new ArrayList<>();
            arr.forEach(items::add);
            Collections.shuffle(items, rnd);
            arr.removeAll();
            items.forEach(arr::add);
        }
    }

    /**
     * Values score.py accepts but that are not plain strings: numbers, lists and objects as names, a
     * string where a list of names is expected, 45.0 and true for 45, NaN, a trailing newline in a
     * date and a QID, control characters and accents in text.
     */
    private static List<ObjectNode> oddValues(List<ObjectNode> gold) {
        List<ObjectNode> out = new ArrayList<>();
        JsonNodeFactory f = JsonNodeFactory.instance;
        int k = 0;
        for (ObjectNode original : gold) {
            ObjectNode doc = original.deepCopy();
            ArrayNode entities = doc.withArray("entities");
            if (entities.size() > 2) {
                ObjectNode e0 = (ObjectNode) entities.get(0);
                e0.put("mentions", e0.get("text").asText()); // a string: its characters are the names
                ObjectNode e1 = (ObjectNode) entities.get(1);
                e1.putObject("aliases").put(e1.get("text").asText().toUpperCase(), 1);
                e1.put("label", true);
                ObjectNode e2 = (ObjectNode) entities.get(2);
                if (e2.hasNonNull("qid")) {
                    e2.put("qid", e2.get("qid").asText() + "\n");
                }
            }
            for (int i = 3; i < entities.size(); i++) {
                // names that only match once dashes and curly quotes are folded (no QID, label or mentions to help)
                ObjectNode e = (ObjectNode) entities.get(i);
                String text = e.get("text").asText();
                if (text.contains("-") || text.contains(" ")) {
                    e.put("text", "the " + text.replace("-", i % 2 == 0 ? "\u2011" : "\u2013") + "\u2019s");
                    e.remove(List.of("qid", "label", "mentions"));
                }
            }
            entities.addObject().put("text", 1234).put("type", "Place");
            entities.addObject().put("text", "Tab\there \u00abquoted\u00bb \u0007 caf\u00e9's").put("type", "Person")
                    .put("qid", (String) null);
            ArrayNode events = doc.withArray("events");
            for (int i = 0; i < events.size(); i++) {
                ObjectNode ev = (ObjectNode) events.get(i);
                JsonNode fat = ev.get("fatalities");
                switch ((i + k) % 6) {
                    case 0 -> {
                        if (fat != null && fat.isInt()) {
                            ev.put("fatalities", fat.asInt() + 0.0);
                        }
                    }
                    case 1 -> ev.put("fatalities", fat != null && fat.isInt() && fat.asInt() == 1 ? f.booleanNode(true) : f.numberNode(Double.NaN));
                    case 2 -> {
                        JsonNode places = ev.get("places");
                        if (places != null && places.size() > 0) {
                            ev.put("places", places.get(0).asText()); // a string, iterated character by character
                        }
                    }
                    case 3 -> ev.putArray("agents").add(7).addNull().add("Russia").add(f.arrayNode().add("Syria"))
                            .add(f.objectNode().put("US", 1));
                    case 4 -> {
                        if (ev.hasNonNull("date")) {
                            ev.put("date", ev.get("date").asText() + "\n");
                        }
                    }
                    default -> {
                        ArrayNode words = f.arrayNode();
                        for (String w : ev.get("sentence").asText().split(" ")) {
                            words.add(w);
                        }
                        ev.set("sentence", words); // a list as the sentence: str() of it is compared
                    }
                }
            }
            ArrayNode ceasefires = doc.withArray("ceasefires");
            for (JsonNode c : ceasefires) {
                ((ObjectNode) c).put("brokers", "US");
                ((ObjectNode) c).putArray("parties").add(0).add("").add("regime's");
            }
            out.add(doc);
            k++;
        }
        return out;
    }

}
