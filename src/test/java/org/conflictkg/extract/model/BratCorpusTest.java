package org.conflictkg.extract.model;

import org.conflictkg.extract.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BratCorpusTest {

    @Test
    void offsetsAreCodePoints() {
        // the emoji is one code point but two Java chars: brat offsets after it are one less
        String text = "date 2020-01-01\n\uD83D\uDE00 Shelling hit Aleppo, Syria.";
        int aleppo = text.indexOf("Aleppo");
        String ann = "T2\tState " + (text.indexOf("Syria") - 1) + " " + (text.indexOf("Syria") + 4) + "\tSyria\n"
                + "T1\tPlace " + (aleppo - 1) + " " + (aleppo + 5) + "\tAleppo\n";
        List<NameSpan> names = BratCorpus.parse(ann, text, "x.ann");
        assertEquals(List.of(new NameSpan(aleppo, aleppo + 6, EntityType.Place),
                new NameSpan(text.indexOf("Syria"), text.indexOf("Syria") + 5, EntityType.State)), names);
    }

    @Test
    void mismatchesAndBadTypesAreErrors() {
        String text = "Shelling hit Aleppo.";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BratCorpus.parse("T1\tPlace 0 6\tAleppo\n", text, "x.ann"));
        assertTrue(e.getMessage().contains("x.ann:1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BratCorpus.parse("T1\tCity 13 19\tAleppo\n", text, "x.ann"));
        assertThrows(IllegalArgumentException.class, () -> BratCorpus.parse("T1\tPlace 13 99\tAleppo\n", text, "x.ann"));
        assertThrows(IllegalArgumentException.class, () -> BratCorpus.parse("R1\tPlace 13 19\tAleppo\n", text, "x.ann"));
    }
}
