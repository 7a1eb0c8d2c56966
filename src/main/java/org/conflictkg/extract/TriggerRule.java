package org.conflictkg.extract;

import java.util.List;

/**
 * One family of event triggers: finds the words of a sentence that report events of its types.
 * Rules look at base forms, parts of speech and a bounded window of context; whether the event
 * really happened (negation, plans, demands) is decided afterwards by {@link Modality}.
 */
interface TriggerRule {

    /**
     * A trigger found in a sentence.
     *
     * @param type  the event type
     * @param first first token of the trigger
     * @param end   token after the trigger
     * @param weak  true when the word only refers to an event already reported (an aircraft noun,
     *              a weapon): it joins an existing event but does not start one by itself
     * @param rule  which rule fired, for debugging and confidence
     */
    record Hit(EventType type, int first, int end, boolean weak, String rule) {
        int head() {
            return end - 1;
        }
    }

    List<Hit> find(SentenceView v);
}
