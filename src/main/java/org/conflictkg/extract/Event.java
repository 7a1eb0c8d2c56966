package org.conflictkg.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One real-world event reported in an article.
 *
 * @param key        identifier within the article
 * @param type       its type
 * @param trigger    the word or phrase that signals it
 * @param anchor     where the trigger stands (its first mention)
 * @param sentences  indexes of every sentence that reports it, the first mention first
 * @param date       the day it happened, or null
 * @param datePrecision "day", "month", "year" or "unknown"
 * @param places     where
 * @param agents     who did it
 * @param targets    against whom
 * @param fatalities number killed the article reports for it, or null
 * @param confidence how sure the extractor is (0..1)
 */
public record Event(String key, EventType type, String trigger, Mention anchor, List<Integer> sentences,
                    LocalDate date, String datePrecision, List<Argument> places, List<Argument> agents,
                    List<Argument> targets, Integer fatalities, double confidence) {
    public Event {
        sentences = List.copyOf(sentences);
        places = List.copyOf(places);
        agents = List.copyOf(agents);
        targets = List.copyOf(targets);
    }
}
