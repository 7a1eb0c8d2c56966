package org.conflictkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores system documents against gold documents, figure for figure as score.py does: entities,
 * entity types, Wikidata links, events (with places, agents, dates and fatalities), event mentions
 * and ceasefires (with brokers, parties and status).
 */
public final class Scorer {
    private final PrintWriter verbose;

    /** A scorer that says nothing about single misses. */
    public Scorer() {
        this(null);
    }

    /** A scorer that lists every miss and extra on {@code verbose} (when not null), as score.py --verbose does. */
    public Scorer(PrintWriter verbose) {
        this.verbose = verbose;
    }

    /**
     * Scores every gold document; a gold document with no system document counts as an empty one.
     * Documents are keyed by the file-name part of their "doc" (see {@link DocLoader}).
     */
    public Report score(Map<String, JsonNode> goldDocs, Map<String, JsonNode> systemDocs) {
        Run run = new Run();
        List<String> missing = new ArrayList<>();
        List<String> names = new ArrayList<>(goldDocs.keySet());
        names.sort(Py.CODE_POINT_ORDER);
        for (String name : names) {
            JsonNode system = systemDocs.get(name);
            if (system == null) {
                missing.add(name);
                system = JsonNodeFactory.instance.objectNode().put("doc", name);
            }
            try {
                run.scoreDocument(name, goldDocs.get(name), system);
            } catch (EvalInputException e) {
                throw new EvalInputException(name + ": " + e.getMessage());
            }
        }
        return run.report(goldDocs.size(), missing);
    }

    /** The figures of one {@link #score} call, summed over its documents. */
    private final class Run {
        private final Counts entities = new Counts();
        private final Counts entityTypes = new Counts();
        private final Counts linkPrecision = new Counts();
        private final Accuracy linkRecall = new Accuracy();
        private final Counts events = new Counts();
        private final Counts eventMentions = new Counts();
        private final Counts eventPlaces = new Counts();
        private final Counts eventAgents = new Counts();
        private final Accuracy eventDates = new Accuracy();
        private final Accuracy eventFatalities = new Accuracy();
        private final Counts ceasefires = new Counts();
        private final Counts ceasefireBrokers = new Counts();
        private final Counts ceasefireParties = new Counts();
        private final Accuracy ceasefireStatus = new Accuracy();

        private void scoreDocument(String name, JsonNode gold, JsonNode system) {
            scoreEntities(name, Matching.list(gold, "entities"), Matching.list(system, "entities"));
            scoreEvents(name, Matching.list(gold, "events"), Matching.list(system, "events"));
            // event mentions: each (type, sentence) once, whatever the grouping into events
            eventMentions.add(Matching.mentionMatch(Matching.mentions(gold), Matching.mentions(system)));
            scoreCeasefires(name, Matching.list(gold, "ceasefires"), Matching.list(system, "ceasefires"));
        }

        private void scoreEntities(String name, List<JsonNode> gold, List<JsonNode> system) {
            Greedy<JsonNode, JsonNode> pairing = Matching.pairEntities(gold, system);
            for (JsonNode g : pairing.unmatchedGold()) {
                say("  " + name + ": missed entity " + Py.repr(g.get("text")) + " (" + Py.str(g.get("type")) + ")");
            }
            for (JsonNode s : pairing.unmatchedSystem()) {
                say("  " + name + ": extra entity " + Py.repr(s.get("text")) + " (" + Py.str(s.get("type")) + ")");
            }
            entities.add(pairing.counts());
            int typed = (int) pairing.pairs().stream()
                    .filter(p -> Py.equal(p.gold().get("type"), p.system().get("type"))).count();
            entityTypes.add(typed, system.size() - typed, gold.size() - typed);

            for (JsonNode g : pairing.unmatchedGold()) {
                if (Py.truthy(Py.get(g, "qid"))) {
                    linkRecall.add(false);
                }
            }
            for (Greedy.Pair<JsonNode, JsonNode> p : pairing.pairs()) {
                JsonNode goldQid = Py.get(p.gold(), "qid");
                JsonNode systemQid = Py.get(p.system(), "qid");
                if (Py.truthy(goldQid)) {
                    linkRecall.add(Py.equal(systemQid, goldQid));
                }
                // a system link where the gold has no verified QID is not judged
                if (Py.truthy(systemQid) && Py.truthy(goldQid)) {
                    boolean ok = Py.equal(systemQid, goldQid);
                    linkPrecision.add(ok ? 1 : 0, ok ? 0 : 1, 0);
                    if (!ok) {
                        say("  " + name + ": wrong link " + Py.repr(p.system().get("text")) + " -> " + Py.str(systemQid)
                                + ", gold " + Py.str(goldQid));
                    }
                }
            }
            for (JsonNode s : pairing.unmatchedSystem()) {
                if (Py.truthy(Py.get(s, "qid"))) {
                    linkPrecision.add(0, 1, 0); // a link on an entity that is not in the gold
                }
            }
        }

        /** One entry per real-world event: the same type, and a shared mention sentence or a day and a place. */
        private void scoreEvents(String name, List<JsonNode> gold, List<JsonNode> system) {
            Greedy<JsonNode, JsonNode> pairing = Greedy.pair(gold, system,
                    (g, s) -> Py.equal(s.get("type"), g.get("type")) && Matching.sameEvent(g, s));
            for (Greedy.Pair<JsonNode, JsonNode> p : pairing.pairs()) {
                JsonNode g = p.gold();
                JsonNode s = p.system();
                JsonNode date = Py.get(g, "date");
                if (Py.truthy(date)) {
                    eventDates.add(Py.equal(Py.get(s, "date"), date));
                }
                JsonNode fatalities = Py.get(g, "fatalities");
                if (fatalities != null) {
                    eventFatalities.add(Py.equal(Py.get(s, "fatalities"), fatalities));
                }
                eventPlaces.add(Matching.setMatch(Py.get(g, "places"), Py.get(s, "places"), "event places"));
                eventAgents.add(Matching.setMatch(Py.get(g, "agents"), Py.get(s, "agents"), "event agents"));
            }
            for (JsonNode g : pairing.unmatchedGold()) {
                say("  " + name + ": missed event " + Py.str(g.get("type")) + ": " + head(g.get("sentence")));
            }
            for (JsonNode s : pairing.unmatchedSystem()) {
                say("  " + name + ": extra event " + Py.str(s.get("type")) + ": " + head(s.get("sentence")));
            }
            events.add(pairing.counts());
        }

        private void scoreCeasefires(String name, List<JsonNode> gold, List<JsonNode> system) {
            Greedy<JsonNode, JsonNode> pairing = Greedy.pair(gold, system, Matching::sameCeasefire);
            for (Greedy.Pair<JsonNode, JsonNode> p : pairing.pairs()) {
                JsonNode g = p.gold();
                JsonNode s = p.system();
                ceasefireBrokers.add(Matching.setMatch(Py.get(g, "brokers"), Py.get(s, "brokers"), "ceasefire brokers"));
                ceasefireParties.add(Matching.setMatch(Py.get(g, "parties"), Py.get(s, "parties"), "ceasefire parties"));
                JsonNode status = Py.get(g, "status");
                if (Py.truthy(status)) {
                    ceasefireStatus.add(Py.equal(Py.get(s, "status"), status));
                }
            }
            for (JsonNode g : pairing.unmatchedGold()) {
                say("  " + name + ": missed ceasefire: " + head(g.get("sentence")));
            }
            ceasefires.add(pairing.counts());
        }

        private Report report(int documents, List<String> missing) {
            Report.Builder r = new Report.Builder();
            r.figure("entities", entities.scores());
            r.figure("entity_types", entityTypes.scores());
            r.figure("links", new Prf(linkPrecision.scores().precision(), linkRecall.value(), null));
            r.figure("events", events.scores());
            r.figure("event_mentions", eventMentions.scores());
            r.figure("event_places", eventPlaces.scores());
            r.figure("event_agents", eventAgents.scores());
            r.figure("ceasefires", ceasefires.scores());
            r.figure("ceasefire_brokers", ceasefireBrokers.scores());
            r.figure("ceasefire_parties", ceasefireParties.scores());
            r.accuracy("event_date_accuracy", eventDates.value());
            r.accuracy("event_fatalities_accuracy", eventFatalities.value());
            r.accuracy("ceasefire_status_accuracy", ceasefireStatus.value());
            return r.build(documents, missing);
        }
    }

    private void say(String line) {
        if (verbose != null) {
            verbose.println(line);
        }
    }

    /** Python's {@code repr(sentence[:90])}. */
    private static String head(JsonNode sentence) {
        if (sentence != null && sentence.isTextual()) {
            String s = sentence.textValue();
            int end = s.codePointCount(0, s.length()) > 90 ? s.offsetByCodePoints(0, 90) : s.length();
            return Py.repr(s.substring(0, end));
        }
        if (sentence != null && sentence.isArray() && sentence.size() > 90) {
            ArrayNode cut = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < 90; i++) {
                cut.add(sentence.get(i));
            }
            return Py.repr(cut);
        }
        return Py.repr(sentence);
    }
}
