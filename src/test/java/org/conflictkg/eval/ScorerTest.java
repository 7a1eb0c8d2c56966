package org.conflictkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The P/R/F1 conventions, the figures of a hand-scored case, the report and bad input. */
class ScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonNode j(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void precisionRecallAndF1Conventions() {
        assertEquals(new Prf(0.5, 1.0, 2 * 0.5 / 1.5), Prf.of(1, 1, 0));
        assertEquals(new Prf(1.0, 1.0, 1.0), Prf.of(0, 0, 0));   // nothing either side
        assertEquals(new Prf(0.0, 0.0, 0.0), Prf.of(0, 0, 3));   // nothing found, something missed
        assertEquals(new Prf(0.0, 1.0, 0.0), Prf.of(0, 2, 0));   // nothing to find, wrong guesses
        assertEquals(Prf.NONE, new Counts().scores());
        assertNull(new Accuracy().value());
    }

    @Test
    void scoresAHandBuiltDocument() throws Exception {
        JsonNode gold = j("{'doc': 'a.txt', 'entities': ["
                + "{'text': 'John Kerry', 'type': 'Person', 'qid': 'Q22316'},"
                + "{'text': 'Aleppo', 'type': 'Place', 'qid': 'Q41183'},"
                + "{'text': 'Reuters', 'type': 'Organization', 'qid': null}],"
                + " 'events': [{'type': 'AirStrike', 'sentence': 'Jets pounded Aleppo overnight, killing 45.',"
                + "   'date': '2016-09-22', 'places': ['Aleppo'], 'agents': ['Russia', 'Syria'], 'fatalities': 45}],"
                + " 'ceasefires': [{'sentence': 'The truce collapsed.', 'brokers': ['US', 'Russia'], 'status': 'collapsed'}]}");
        JsonNode system = j("{'doc': 'dir/a.txt', 'entities': ["
                + "{'text': 'Kerry', 'type': 'Person', 'qid': 'Q22316'},"
                + "{'text': 'Aleppo', 'type': 'State', 'qid': 'Q1'},"
                + "{'text': 'Homs', 'type': 'Place', 'qid': 'Q2'}],"
                + " 'events': [{'type': 'AirStrike', 'sentence': 'Jets pounded Aleppo overnight.',"
                + "   'date': '2016-09-21', 'places': ['Aleppo city'], 'agents': ['Russia'], 'fatalities': 45.0},"
                + "  {'type': 'Shelling', 'sentence': 'Shells fell.'}],"
                + " 'ceasefires': []}");
        Map<String, JsonNode> g = new TreeMap<>(Map.of("a.txt", gold, "b.txt", j("{'doc': 'b.txt'}")));
        Report r = new Scorer().score(g, Map.of(DocLoader.docName("dir/a.txt"), system));
        assertEquals(new Prf(2 / 3.0, 2 / 3.0, 2 / 3.0), r.scores().get("entities"));
        assertEquals(new Prf(1 / 3.0, 1 / 3.0, 1 / 3.0), r.scores().get("entity_types"));
        // links: Kerry right, Aleppo wrong, Homs extra -> P 1/3; gold QIDs Kerry and Aleppo -> R 1/2
        assertEquals(new Prf(1 / 3.0, 0.5, null), r.scores().get("links"));
        assertEquals(Prf.of(1, 1, 0), r.scores().get("events"));
        assertEquals(new Prf(1.0, 1.0, 1.0), r.scores().get("event_places"));
        assertEquals(Prf.of(1, 0, 1), r.scores().get("event_agents"));
        assertEquals(Prf.of(0, 0, 1), r.scores().get("ceasefires"));
        assertEquals(Prf.NONE, r.scores().get("ceasefire_brokers"));
        assertEquals(0.0, r.accuracies().get("event_date_accuracy"));
        assertEquals(1.0, r.accuracies().get("event_fatalities_accuracy"));   // 45 == 45.0, as in Python
        assertNull(r.accuracies().get("ceasefire_status_accuracy"));
        assertEquals(List.of("b.txt"), r.missing());
        assertEquals(2, r.documents());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = r.print(new PrintWriter(out), new PrintWriter(err), "t", false,
                List.of(Report.Min.parse("entities=0.6"), Report.Min.parse("events=0.7")));
        assertEquals(1, status);
        assertTrue(out.toString().contains("links                 0.333  0.500    -  \n"), out.toString());
        assertTrue(out.toString().contains("documents with no system output: b.txt\n"));
        assertTrue(out.toString().endsWith("FAIL: events 0.667 < 0.700 | entities F1=0.667 types F1=0.333 "
                + "links P=0.333 R=0.500 events F1=0.667 ceasefires F1=0.000\n"), out.toString());
        assertEquals(2, r.print(new PrintWriter(out), new PrintWriter(err), "t", false, List.of(Report.Min.parse("links=0.5"))));
        assertTrue(err.toString().startsWith("t: --min links=0.5: no figure named 'links'"));
    }

    @Test
    void badInputIsOneLineNamingTheFile() throws Exception {
        Files.writeString(tmp.resolve("ok.json"), "[{\"doc\": \"x.txt\"}, {\"doc\": \"y.txt\", \"entities\": []}]");
        assertEquals(List.of("x.txt", "y.txt"), List.copyOf(DocLoader.loadFolder(tmp).keySet()));

        assertMessage("bad.json: entity 'Kerry' has type 'Human', not one of ['ArmedGroup', 'Organization', 'Person', "
                + "'Place', 'State']", "{\"doc\": \"a\", \"entities\": [{\"text\": \"Kerry\", \"type\": \"Human\"}]}");
        assertMessage("bad.json: event date '22 Sept' is not YYYY-MM-DD",
                "{\"doc\": \"a\", \"events\": [{\"type\": \"Other\", \"sentence\": \"s\", \"date\": \"22 Sept\"}]}");
        assertMessage("bad.json: 'events' is not a list", "{\"doc\": \"a\", \"events\": {}}");
        assertMessage("bad.json: not an object with a string field 'doc'", "[{\"doc\": 3}]");
        assertMessage("bad.json: ceasefire status 'over' is not one of ['collapsed', 'declared', 'holding', 'proposed', "
                + "'violated']", "{\"doc\": \"a\", \"ceasefires\": [{\"sentence\": \"s\", \"status\": \"over\"}]}");
        EvalInputException e = assertMessage(null, "{\"doc\": ");
        assertTrue(e.getMessage().contains("bad.json: cannot read JSON: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertThrows(EvalInputException.class, () -> DocLoader.loadFolder(tmp.resolve("none")));
    }

    private EvalInputException assertMessage(String expected, String content) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "d");
        Files.writeString(dir.resolve("bad.json"), content);
        EvalInputException e = assertThrows(EvalInputException.class, () -> DocLoader.loadFolder(dir));
        if (expected != null) {
            assertEquals(expected, e.getMessage());
        }
        return e;
    }
}
