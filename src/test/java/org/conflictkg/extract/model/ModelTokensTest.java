package org.conflictkg.extract.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModelTokensTest {

    private static List<String> pieces(String token) {
        List<ModelTokens.Piece> p = ModelTokens.split(token, 100, "PROPN");
        for (ModelTokens.Piece x : p) {
            assertEquals(token.substring(x.start() - 100, x.end() - 100), x.text(), "offsets of " + x);
        }
        return p.stream().map(ModelTokens.Piece::text).toList();
    }

    @Test
    void possessivesAndFinalPeriodsComeOff() {
        assertEquals(List.of("Syria", "’s"), pieces("Syria’s"));
        assertEquals(List.of("Assad", "'s"), pieces("Assad's"));
        assertEquals(List.of("rebels", "’"), pieces("rebels’"));
        assertEquals(List.of("Aleppo", "."), pieces("Aleppo."));
        assertEquals(List.of("Kharkiv", "’s", "."), pieces("Kharkiv’s."));
    }

    @Test
    void abbreviationsStayWhole() {
        assertEquals(List.of("U.S."), pieces("U.S."));
        assertEquals(List.of("a.m."), pieces("a.m."));
        assertEquals(List.of("said"), pieces("said"));
        assertEquals(List.of("."), pieces("."));
    }

    @Test
    void hyphensAndLeadingPunctuationSplit() {
        assertEquals(List.of("Russian", "-", "brokered"), pieces("Russian-brokered"));
        assertEquals(List.of("UK", "-"), pieces("UK-"));
        assertEquals(List.of("al", "-", "Khatib"), pieces("al-Khatib"));
        assertEquals(List.of("‘", "Ayn"), pieces("‘Ayn"));
        assertEquals(List.of("/", "Abdalrhman"), pieces("/Abdalrhman"));
    }
}
