package org.conflictkg.extract.model;

import org.conflictkg.extract.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpanScoresTest {

    private static NameSpan n(int a, int b, EntityType t) {
        return new NameSpan(a, b, t);
    }

    @Test
    void exactSpanAndTypeCount() {
        List<NameSpan> gold = List.of(n(0, 6, EntityType.Place), n(10, 16, EntityType.State),
                n(20, 30, EntityType.Person), n(40, 45, EntityType.Person));
        List<NameSpan> found = List.of(
                n(0, 6, EntityType.Place),      // right
                n(10, 16, EntityType.Place),    // right span, wrong type
                n(20, 25, EntityType.Person),   // wrong span
                n(40, 45, EntityType.Person),   // right
                n(50, 55, EntityType.State));   // spurious
        SpanScores s = new SpanScores().add(gold, found);

        assertEquals(1, s.truePositives(EntityType.Place));
        assertEquals(1, s.falsePositives(EntityType.Place));
        assertEquals(0, s.falseNegatives(EntityType.Place));
        assertEquals(0, s.truePositives(EntityType.State));
        assertEquals(1, s.falsePositives(EntityType.State));
        assertEquals(1, s.falseNegatives(EntityType.State));
        assertEquals(1, s.truePositives(EntityType.Person));
        assertEquals(1, s.falsePositives(EntityType.Person));
        assertEquals(1, s.falseNegatives(EntityType.Person));

        // overall: 2 correct of 5 found, 2 of 4 gold
        assertEquals(0.4, s.overall().precision(), 1e-9);
        assertEquals(0.5, s.overall().recall(), 1e-9);
        assertEquals(2 * 0.4 * 0.5 / 0.9, s.overall().f1(), 1e-9);
        // person: P = 1/2, R = 1/2
        assertEquals(0.5, s.of(EntityType.Person).f1(), 1e-9);
        // boundaries only: 3 of 5 found, 3 of 4 gold
        assertEquals(0.6, s.boundaries().precision(), 1e-9);
        assertEquals(0.75, s.boundaries().recall(), 1e-9);
    }

    @Test
    void aGoldNameMatchesOnceAndDocumentsAdd() {
        List<NameSpan> gold = List.of(n(0, 6, EntityType.Place));
        SpanScores s = new SpanScores().add(gold, List.of(n(0, 6, EntityType.Place), n(0, 6, EntityType.Place)));
        assertEquals(1, s.truePositives(EntityType.Place));
        assertEquals(1, s.falsePositives(EntityType.Place));
        SpanScores other = new SpanScores().add(List.of(n(3, 9, EntityType.Organization)), List.of());
        s.add(other);
        assertEquals(1, s.falseNegatives(EntityType.Organization));
        assertEquals(1.0 / 2, s.overall().precision(), 1e-9);
        assertEquals(1.0 / 2, s.overall().recall(), 1e-9);
    }

    @Test
    void nothingFoundAndNothingGold() {
        SpanScores s = new SpanScores().add(List.of(), List.of());
        assertEquals(1.0, s.overall().precision(), 1e-9);
        assertEquals(1.0, s.overall().recall(), 1e-9);
        SpanScores missed = new SpanScores().add(List.of(n(0, 3, EntityType.State)), List.of());
        assertEquals(0.0, missed.overall().precision(), 1e-9);
        assertEquals(0.0, missed.overall().f1(), 1e-9);
    }

    @Test
    void tableHasARowPerTypeAndTotals() {
        String t = new SpanScores().add(List.of(n(0, 6, EntityType.Place)), List.of(n(0, 6, EntityType.Place))).table();
        for (EntityType type : EntityType.values()) {
            assertEquals(true, t.contains("| " + type.name() + " |"), t);
        }
        assertEquals(true, t.contains("| **all types** | 1 | 1 | 1 | 1.000 | 1.000 | 1.000 |"), t);
    }
}
