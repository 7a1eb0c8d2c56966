package org.conflictkg.extract.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusSplitTest {

    @Test
    void readsTheTestTableOfSplitMd() {
        CorpusSplit s = CorpusSplit.read(Path.of("data/gold-dev/SPLIT.md"));
        assertEquals(Set.of("106_syria_idlib_moscow_ceasefire", "116_ukraine_kharkiv_rocket_attack",
                "120_lebanon_strikes_beit_lif_deir_seryan", "123_sudan_el_fasher_shelling_truce",
                "133_somalia_el_salini_base_attack", "139_nigeria_boko_haram_huyum_attack"), s.test());
        assertTrue(s.isTest("106_syria_idlib_moscow_ceasefire"));
        assertFalse(s.isTest("101_iraq_fallujah_special_forces"));
    }

    @Test
    void onlyTheTestSectionCounts() {
        CorpusSplit s = CorpusSplit.parse("## Test (1)\n| a_b.json | x |\n## Dev\n| c_d.json | y |\n");
        assertEquals(Set.of("a_b"), s.test());
        assertThrows(IllegalArgumentException.class, () -> CorpusSplit.parse("## Dev\n| c_d.json | y |\n"));
    }
}
