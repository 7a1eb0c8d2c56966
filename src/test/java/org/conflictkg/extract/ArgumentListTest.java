package org.conflictkg.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An event's list of agents, places or targets names each participant once, as the first report wrote it. */
class ArgumentListTest {
    private static List<String> names(Argument... in) {
        List<Argument> out = new ArrayList<>();
        for (Argument a : in) {
            ArgumentFinder.addUnique(out, a);
        }
        return out.stream().map(Argument::name).toList();
    }

    @Test
    void anotherNameOfTheSameEntityIsNotASecondParticipant() {
        assertEquals(List.of("Azerbaijani forces", "Armenia"), names(new Argument("Azerbaijani forces", "Q227", null),
                new Argument("Armenia", "Q399", null), new Argument("Azerbaijan", "Q227", null)));
    }

    @Test
    void aShorterFormOfANameIsTheSameParticipantAndUnlinkedNamesDifferByName() {
        assertEquals(List.of("Syrian army", "rebels"), names(new Argument("Syrian army", null, null),
                new Argument("rebels", null, null), new Argument("army", null, null)));
        assertEquals(List.of("rebels", "militants"), names(new Argument("rebels", null, null),
                new Argument("militants", null, null)));
    }
}
