package org.conflictkg.link;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The form names are compared in. */
class GazetteerKeyTest {
    @Test
    void foldsCaseAccentsQuotesDashesDotsAndSpaces() {
        assertEquals("us", Gazetteer.key("U.S."));
        assertEquals("u s", Gazetteer.key("U. S."));
        assertEquals("al-khatib", Gazetteer.key("al - Khatib"));
        assertEquals("al-khatib", Gazetteer.key("al‐Khatib"));
        assertEquals("sana'a", Gazetteer.key("Sana’a"));
        assertEquals("erdogan", Gazetteer.key("Erdoğan"));
        assertEquals("sao tome", Gazetteer.key("  São   Tomé "));
        assertEquals("united states", Gazetteer.key("the United States"));
        assertEquals("theodore", Gazetteer.key("Theodore"));
        assertEquals("", Gazetteer.key(" . "));
    }
}
