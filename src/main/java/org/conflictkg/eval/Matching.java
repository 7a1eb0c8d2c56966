package org.conflictkg.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** When a system entry matches a gold entry, and the one-to-one ({@link Greedy}) pairings built on that. */
public final class Matching {
    private Matching() {
    }

    /** A (type, sentence) mention of an event. */
    public record EventMention(String type, JsonNode sentence) {
    }

    /** Greedy one-to-one name matching of two name lists: {tp, fp, fn}. */
    public static int[] setMatch(JsonNode goldNames, JsonNode systemNames, String what) {
        List<JsonNode> system = Py.iterate(systemNames, "system " + what);
        List<JsonNode> gold = Py.iterate(goldNames, "gold " + what);
        return Greedy.pair(gold, system, Names::namesMatch).counts();
    }

    /** An event's or a ceasefire's own sentence and the (non-empty) sentences of its other mentions. */
    public static List<JsonNode> sentences(JsonNode item) {
        List<JsonNode> out = new ArrayList<>();
        out.add(item.get("sentence"));
        for (JsonNode m : Py.iterate(Py.get(item, "mentions"), "'mentions'")) {
            if (Py.truthy(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether two events or ceasefires have a mention sentence in common. */
    public static boolean shareSentence(JsonNode g, JsonNode s) {
        List<Set<String>> gs = sentences(g).stream().map(Names::tokens).toList();
        List<Set<String>> ss = sentences(s).stream().map(Names::tokens).toList();
        return gs.stream().anyMatch(a -> ss.stream().anyMatch(b -> Names.sameWords(a, b)));
    }

    /** Events of the same type are the same event when they share a sentence, or a day and a place. */
    public static boolean sameEvent(JsonNode g, JsonNode s) {
        if (shareSentence(g, s)) {
            return true;
        }
        JsonNode date = Py.get(g, "date");
        return Py.truthy(date) && Py.equal(date, Py.get(s, "date"))
                && setMatch(Py.get(g, "places"), Py.get(s, "places"), "event places")[0] > 0;
    }

    /** Whether two ceasefires are the same: a sentence in common or the same (non-null) start day. */
    public static boolean sameCeasefire(JsonNode g, JsonNode s) {
        if (shareSentence(g, s)) {
            return true;
        }
        JsonNode start = Py.get(g, "start");
        return Py.truthy(start) && Py.equal(start, Py.get(s, "start"));
    }

    /** The (type, sentence) mentions of a document's events, each once (sentences compared by their word sets). */
    public static List<EventMention> mentions(JsonNode doc) {
        Set<String> seen = new HashSet<>();
        List<EventMention> out = new ArrayList<>();
        for (JsonNode event : list(doc, "events")) {
            String type = event.get("type").asText();
            for (JsonNode sentence : sentences(event)) {
                String key = type + "\u0000" + String.join(" ", Names.tokens(sentence).stream().sorted().toList());
                if (seen.add(key)) {
                    out.add(new EventMention(type, sentence));
                }
            }
        }
        return out;
    }

    /** Greedy one-to-one matching of event mentions: same type and the same sentence. {tp, fp, fn}. */
    public static int[] mentionMatch(List<EventMention> gold, List<EventMention> system) {
        return Greedy.pair(gold, system, (g, s) -> s.type().equals(g.type())
                && Names.sameSentence(g.sentence(), s.sentence())).counts();
    }

    /** An entity's names: text, label, mentions and aliases, leaving out the empty ones. */
    public static List<JsonNode> entityNames(JsonNode e) {
        List<JsonNode> names = new ArrayList<>();
        names.add(Py.get(e, "text"));
        names.add(Py.get(e, "label"));
        names.addAll(Py.iterate(Py.get(e, "mentions"), "the 'mentions' of entity " + Py.repr(e.get("text"))));
        names.addAll(Py.iterate(Py.get(e, "aliases"), "the 'aliases' of entity " + Py.repr(e.get("text"))));
        names.removeIf(n -> !Py.truthy(n));
        return names;
    }

    /**
     * Exact: the same QID, or a name in common after {@link Names#norm}. Otherwise: the same QID,
     * or any pair of names that {@link Names#namesMatch}.
     */
    public static boolean entitiesMatch(JsonNode g, JsonNode s, boolean exact) {
        JsonNode gq = Py.get(g, "qid");
        JsonNode sq = Py.get(s, "qid");
        if (Py.truthy(gq) && Py.truthy(sq) && Py.equal(gq, sq)) {
            return true;
        }
        List<JsonNode> gn = entityNames(g);
        List<JsonNode> sn = entityNames(s);
        if (exact) {
            Set<String> normalised = new HashSet<>();
            gn.forEach(n -> normalised.add(Names.norm(n)));
            return sn.stream().anyMatch(n -> normalised.contains(Names.norm(n)));
        }
        for (JsonNode a : gn) {
            for (JsonNode b : sn) {
                if (Names.namesMatch(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One-to-one entity pairs: first every exact match, then partial ones among those left. */
    public static Greedy<JsonNode, JsonNode> pairEntities(List<JsonNode> gold, List<JsonNode> system) {
        Greedy<JsonNode, JsonNode> exact = Greedy.pair(gold, system, (g, s) -> entitiesMatch(g, s, true));
        Greedy<JsonNode, JsonNode> partial = Greedy.pair(exact.unmatchedGold(), exact.unmatchedSystem(),
                (g, s) -> entitiesMatch(g, s, false));
        List<Greedy.Pair<JsonNode, JsonNode>> pairs = new ArrayList<>(exact.pairs());
        pairs.addAll(partial.pairs());
        return new Greedy<>(pairs, partial.unmatchedGold(), partial.unmatchedSystem());
    }

    /** The items of {@code doc[key]}, or none when the key is absent (the loader checked it is a list). */
    static List<JsonNode> list(JsonNode doc, String key) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode v = doc.get(key);
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }
}
