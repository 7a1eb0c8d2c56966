package org.conflictkg.extract.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CrossValidationTest {

    private static PreparedDoc doc(String name) {
        return new PreparedDoc(name, null, List.of(), List.of());
    }

    @Test
    void documentsAreDealtRoundRobinByName() {
        List<PreparedDoc> docs = List.of(doc("e"), doc("a"), doc("d"), doc("b"), doc("c"));
        List<List<PreparedDoc>> folds = CrossValidation.folds(docs, 2);
        assertEquals(List.of("a", "c", "e"), folds.get(0).stream().map(PreparedDoc::name).toList());
        assertEquals(List.of("b", "d"), folds.get(1).stream().map(PreparedDoc::name).toList());
    }

    @Test
    void tooFewDocumentsOrFolds() {
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(List.of(doc("a")), 2));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(List.of(doc("a"), doc("b")), 1));
    }
}
