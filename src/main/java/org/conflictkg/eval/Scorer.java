package org.conflictkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /** Scores every gold document; a gold document with no system document counts as an empty one. */
    public Report score(Map<String, JsonNode> goldDocs, Map<String, JsonNode> systemDocs) {
        Counts ent = new Counts();
        Counts entTyped = new Counts();
        Counts ev = new Counts();
        Counts evMentions = new Counts();
        Counts cf = new Counts();
        Counts linkP = new Counts();
        Accuracy linkR = new Accuracy();
        Accuracy evDate = new Accuracy();
        Accuracy evFatal = new Accuracy();
        Accuracy cfStatus = new Accuracy();
        Counts evPlace = new Counts();
        Counts evAgent = new Counts();
        Counts cfBroker = new Counts();
        Counts cfParty = new Counts();
        List<String> missing = new ArrayList<>();

        List<String> names = new ArrayList<>(goldDocs.keySet());
        names.sort(Py.CODE_POINT_ORDER);
        for (String name : names) {
            JsonNode gold = goldDocs.get(name);
            JsonNode system = systemDocs.get(name);
            if (system == null) {
                missing.add(name);
                ObjectNode empty = JsonNodeFactory.instance.objectNode();
                empty.put("doc", name);
                system = empty;
            }
            try {
                // entities
                List<JsonNode> goldEntities = Matching.list(gold, "entities");
                List<JsonNode> systemEntities = Matching.list(system, "entities");
                Matching.EntityPairing pairing = Matching.pairEntities(goldEntities, systemEntities);
                for (JsonNode g : pairing.unmatchedGold()) {
                    say("  " + name + ": missed entity " + Py.repr(g.get("text")) + " (" + Py.str(g.get("type")) + ")");
                }
                for (JsonNode s : pairing.unmatchedSystem()) {
                    say("  " + name + ": extra entity " + Py.repr(s.get("text")) + " (" + Py.str(s.get("type")) + ")");
                }
                int nGold = goldEntities.size();
                int nPairs = pairing.pairs().size();
                ent.add(nPairs, pairing.unmatchedSystem().size(), nGold - nPairs);
                int typed = 0;
                for (JsonNode[] p : pairing.pairs()) {
                    if (Py.equal(p[0].get("type"), p[1].get("type"))) {
                        typed++;
                    }
                }
                entTyped.add(typed, systemEntities.size() - typed, nGold - typed);
                for (JsonNode g : pairing.unmatchedGold()) {
                    if (Py.truthy(Py.get(g, "qid"))) {
                        linkR.add(false);
                    }
                }
                for (JsonNode[] p : pairing.pairs()) {
                    JsonNode gq = Py.get(p[0], "qid");
                    JsonNode sq = Py.get(p[1], "qid");
                    if (Py.truthy(gq)) {
                        linkR.add(Py.equal(sq, gq));
                    }
                    if (Py.truthy(sq) && Py.truthy(gq)) {
                        boolean ok = Py.equal(sq, gq);
                        linkP.add(ok ? 1 : 0, ok ? 0 : 1, 0);
                        if (!ok) {
                            say("  " + name + ": wrong link " + Py.repr(p[1].get("text")) + " -> " + Py.str(sq)
                                    + ", gold " + Py.str(gq));
                        }
                    }
                    // a system link where the gold has no verified QID is not judged
                }
                for (JsonNode s : pairing.unmatchedSystem()) {
                    if (Py.truthy(Py.get(s, "qid"))) {
                        linkP.add(0, 1, 0); // a link on an entity that is not in the gold
                    }
                }

                // events: one entry per real-world event; any shared mention sentence matches
                List<JsonNode> left = Matching.list(system, "events");
                List<JsonNode> goldEvents = Matching.list(gold, "events");
                int matched = 0;
                for (JsonNode g : goldEvents) {
                    boolean found = false;
                    for (int i = 0; i < left.size(); i++) {
                        JsonNode s = left.get(i);
                        if (Py.equal(s.get("type"), g.get("type")) && Matching.sameEvent(g, s)) {
                            matched++;
                            left.remove(i);
                            JsonNode date = Py.get(g, "date");
                            if (Py.truthy(date)) {
                                evDate.add(Py.equal(Py.get(s, "date"), date));
                            }
                            JsonNode fatalities = Py.get(g, "fatalities");
                            if (fatalities != null) {
                                evFatal.add(Py.equal(Py.get(s, "fatalities"), fatalities));
                            }
                            evPlace.add(Matching.setMatch(Py.get(g, "places"), Py.get(s, "places"), "event places"));
                            evAgent.add(Matching.setMatch(Py.get(g, "agents"), Py.get(s, "agents"), "event agents"));
                            found = true;
                            break;
                        }
                    }
                    if (!found) {
                        say("  " + name + ": missed event " + Py.str(g.get("type")) + ": " + head(g.get("sentence")));
                    }
                }
                for (JsonNode s : left) {
                    say("  " + name + ": extra event " + Py.str(s.get("type")) + ": " + head(s.get("sentence")));
                }
                ev.add(matched, left.size(), goldEvents.size() - matched);

                // event mentions: each (type, sentence) once, whatever the grouping into events
                evMentions.add(Matching.mentionMatch(Matching.mentions(gold), Matching.mentions(system)));

                // ceasefires
                left = Matching.list(system, "ceasefires");
                List<JsonNode> goldCeasefires = Matching.list(gold, "ceasefires");
                matched = 0;
                for (JsonNode g : goldCeasefires) {
                    boolean found = false;
                    for (int i = 0; i < left.size(); i++) {
                        JsonNode s = left.get(i);
                        if (Matching.sameCeasefire(g, s)) {
                            matched++;
                            left.remove(i);
                            cfBroker.add(Matching.setMatch(Py.get(g, "brokers"), Py.get(s, "brokers"), "ceasefire brokers"));
                            cfParty.add(Matching.setMatch(Py.get(g, "parties"), Py.get(s, "parties"), "ceasefire parties"));
                            JsonNode status = Py.get(g, "status");
                            if (Py.truthy(status)) {
                                cfStatus.add(Py.equal(Py.get(s, "status"), status));
                            }
                            found = true;
                            break;
                        }
                    }
                    if (!found) {
                        say("  " + name + ": missed ceasefire: " + head(g.get("sentence")));
                    }
                }
                cf.add(matched, left.size(), goldCeasefires.size() - matched);
            } catch (EvalInputException e) {
                throw new EvalInputException(name + ": " + e.getMessage());
            }
        }
        Report.Builder r = new Report.Builder();
        r.figure("entities", ent.scores());
        r.figure("entity_types", entTyped.scores());
        r.figure("links", new Prf(linkP.scores().precision(), linkR.value(), null));
        r.figure("events", ev.scores());
        r.figure("event_mentions", evMentions.scores());
        r.figure("event_places", evPlace.scores());
        r.figure("event_agents", evAgent.scores());
        r.figure("ceasefires", cf.scores());
        r.figure("ceasefire_brokers", cfBroker.scores());
        r.figure("ceasefire_parties", cfParty.scores());
        r.accuracy("event_date_accuracy", evDate.value());
        r.accuracy("event_fatalities_accuracy", evFatal.value());
        r.accuracy("ceasefire_status_accuracy", cfStatus.value());
        return r.build(goldDocs.size(), missing);
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
            com.fasterxml.jackson.databind.node.ArrayNode cut = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < 90; i++) {
                cut.add(sentence.get(i));
            }
            return Py.repr(cut);
        }
        return Py.repr(sentence);
    }
}
