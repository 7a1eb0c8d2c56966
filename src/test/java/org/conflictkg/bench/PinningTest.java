package org.conflictkg.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** How the benchmark pins its child builds to CPUs. */
class PinningTest {

    @Test
    void readsLinuxCpuLists() {
        assertEquals(List.of(0, 1), Bench.Pinning.cpuList("0-1\n"));
        assertEquals(List.of(0, 2, 3, 4, 7), Bench.Pinning.cpuList(" 0,2-4,7"));
        assertEquals(List.of(5), Bench.Pinning.cpuList("5"));
    }

    @Test
    void askingForMoreCpusThanThereAreRunsUnpinnedAndSaysWhy() {
        int n = Bench.Pinning.allowedCpus().size();
        Bench.Pinning p = Bench.Pinning.of(n + 1);
        assertFalse(p.pinned());
        assertEquals(List.of(), p.prefix());
        assertEquals(", unpinned", p.label());
        assertTrue(p.why().contains(n + " CPU"), p.why());
    }

    @Test
    void aChildPinnedToOneCpuSeesOneCpu() throws Exception {
        Bench.Pinning p = Bench.Pinning.of(1);
        assumeTrue(p.pinned(), "not pinned: " + p.why());
        assertEquals(" on 1 CPU", p.label());
        List<String> cmd = new ArrayList<>(p.prefix());
        cmd.add("nproc");
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, proc.waitFor(), out);
        assertEquals("1", out);
    }
}
