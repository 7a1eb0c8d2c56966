package org.conflictkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-to-one greedy pairing of names, entities, events and mentions, on hand-built cases. */
class MatchingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode j(String json) {
        try {
            return JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<JsonNode> items(String json) {
        List<JsonNode> out = new ArrayList<>();
        j(json).forEach(out::add);
        return out;
    }

    @Test
    void namesArePairedOneToOneInGoldOrder() {
        // "Kerry" takes "John Kerry" first, so "John Kerry" finds nothing left
        assertArrayEquals(new int[] {1, 0, 1}, Matching.setMatch(j("['Kerry', 'John Kerry']"), j("['John Kerry']"), "x"));
        assertArrayEquals(new int[] {2, 1, 0}, Matching.setMatch(j("['Russia', 'US']"), j("['the US', 'Iran', 'Russia']"), "x"));
        assertArrayEquals(new int[] {0, 0, 2}, Matching.setMatch(j("['Russia', 'US']"), null, "x"));
        assertArrayEquals(new int[] {0, 2, 0}, Matching.setMatch(j("[]"), j("['Russia', 'US']"), "x"));
    }

    @Test
    void exactEntityMatchesArePairedBeforePartialOnes() {
        List<JsonNode> gold = items("[{'text': 'John Kerry', 'type': 'Person'}, {'text': 'Kerry', 'type': 'Person'}]");
        List<JsonNode> system = items("[{'text': 'Kerry', 'type': 'Person'}, {'text': 'John Kerry', 'type': 'Person'}]");
        Greedy<JsonNode, JsonNode> p = Matching.pairEntities(gold, system);
        assertEquals(2, p.pairs().size());
        // gold "John Kerry" pairs with system "John Kerry" (exact), not with the first partial match "Kerry"
        assertSame(gold.get(0), p.pairs().get(0).gold());
        assertSame(system.get(1), p.pairs().get(0).system());
        assertTrue(p.unmatchedGold().isEmpty());
        assertTrue(p.unmatchedSystem().isEmpty());
    }

    @Test
    void entitiesMatchOnQidLabelMentionsAndAliases() {
        JsonNode gold = j("{'text': 'US', 'qid': 'Q30', 'label': 'United States', 'mentions': ['Washington']}");
        assertTrue(Matching.entitiesMatch(gold, j("{'text': 'America', 'qid': 'Q30'}"), true));
        assertTrue(Matching.entitiesMatch(gold, j("{'text': 'The United States'}"), true));
        assertTrue(Matching.entitiesMatch(gold, j("{'text': 'x', 'aliases': ['washington']}"), true));
        assertFalse(Matching.entitiesMatch(gold, j("{'text': 'Washington DC'}"), true));
        assertTrue(Matching.entitiesMatch(gold, j("{'text': 'Washington DC'}"), false));
        assertFalse(Matching.entitiesMatch(gold, j("{'text': 'America', 'qid': 'Q31'}"), false));
    }

    @Test
    void eventsMatchOnASharedSentenceOrOnTheDayAndAPlace() {
        JsonNode gold = j("{'type': 'AirStrike', 'sentence': 'Jets pounded eastern Aleppo overnight.',"
                + " 'mentions': ['The strikes killed 45 people in the city.'], 'date': '2016-09-22', 'places': ['Aleppo']}");
        assertTrue(Matching.sameEvent(gold, j("{'sentence': 'The strikes killed 45 people in the city, rescuers said.'}")));
        assertTrue(Matching.sameEvent(gold, j("{'sentence': 'Bombs fell.', 'date': '2016-09-22', 'places': ['Aleppo city']}")));
        assertFalse(Matching.sameEvent(gold, j("{'sentence': 'Bombs fell.', 'date': '2016-09-23', 'places': ['Aleppo']}")));
        assertFalse(Matching.sameEvent(gold, j("{'sentence': 'Bombs fell.', 'date': '2016-09-22', 'places': ['Homs']}")));
        JsonNode undated = j("{'type': 'AirStrike', 'sentence': 'Jets struck.', 'date': null, 'places': ['Aleppo']}");
        assertFalse(Matching.sameEvent(undated, j("{'sentence': 'Bombs fell.', 'date': null, 'places': ['Aleppo']}")));
    }

    @Test
    void ceasefiresMatchOnASharedSentenceOrTheSameStart() {
        JsonNode gold = j("{'sentence': 'The truce collapsed after a week.', 'start': '2016-09-12'}");
        assertTrue(Matching.sameCeasefire(gold, j("{'sentence': 'Talks failed.', 'start': '2016-09-12'}")));
        assertFalse(Matching.sameCeasefire(gold, j("{'sentence': 'Talks failed.', 'start': '2016-09-13'}")));
        assertFalse(Matching.sameCeasefire(j("{'sentence': 'A truce.', 'start': null}"), j("{'sentence': 'Talks.', 'start': null}")));
    }

    @Test
    void eventMentionsAreCountedOnceWhateverTheGrouping() {
        JsonNode gold = j("{'events': [{'type': 'AirStrike', 'sentence': 'Jets hit Aleppo.', 'mentions': ['The strikes killed 45.']}]}");
        // the system splits the event in two and repeats a sentence (differently punctuated)
        JsonNode system = j("{'events': [{'type': 'AirStrike', 'sentence': 'Jets hit Aleppo!'},"
                + " {'type': 'AirStrike', 'sentence': 'jets hit aleppo', 'mentions': ['The strikes killed 45.']},"
                + " {'type': 'Shelling', 'sentence': 'Jets hit Aleppo.'}]}");
        assertEquals(3, Matching.mentions(system).size());
        assertArrayEquals(new int[] {2, 1, 0}, Matching.mentionMatch(Matching.mentions(gold), Matching.mentions(system)));
    }
}
