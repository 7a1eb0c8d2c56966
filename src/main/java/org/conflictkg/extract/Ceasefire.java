package org.conflictkg.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One ceasefire or truce that an article speaks of.
 *
 * @param key        identifier within the article
 * @param anchor     the words that name it in its first sentence
 * @param sentences  every sentence about it, the first first
 * @param brokers    who brokered it
 * @param parties    who is bound by it
 * @param agreed     day it was agreed, or null
 * @param start      day it started, or null
 * @param duration   planned duration as an ISO 8601 period ("P7D"), or null
 * @param status     status as of the article
 * @param endedBy    keys of the events that violated or ended it
 * @param confidence how sure the extractor is (0..1)
 */
public record Ceasefire(String key, Mention anchor, List<Integer> sentences, List<Argument> brokers,
                        List<Argument> parties, LocalDate agreed, LocalDate start, String duration,
                        CeasefireStatus status, List<String> endedBy, double confidence) {
    public Ceasefire {
        sentences = List.copyOf(sentences);
        brokers = List.copyOf(brokers);
        parties = List.copyOf(parties);
        endedBy = List.copyOf(endedBy);
    }
}
