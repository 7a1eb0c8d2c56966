package org.conflictkg.cli;

import org.conflictkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ckg build}: exit 0 when all is built, 3 when some inputs were skipped, 4 when --strict stopped it. */
class BuildExitStatusTest {

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {}

    private static Run ckg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path mixedFolder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path good = Path.of("data/articles").toAbsolutePath();
        try (var s = Files.list(good)) {
            Path first = s.sorted().findFirst().orElseThrow();
            Files.copy(first, in.resolve("a-good.txt"));
            Files.copy(first, in.resolve("b-again.txt"));
        }
        Files.write(in.resolve("c-empty.txt"), new byte[0]);
        Files.writeString(in.resolve("d-numbers.txt"), "1 2 3 4\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("e-baddate.txt"), "date 2016-02-30\nRebels shelled the town of Idlib on "
                + "Monday, killing four civilians, the monitoring group said.\n", StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void someSkippedIsStatus3AndTheRestIsBuilt() throws IOException {
        Path in = mixedFolder();
        Path db = tmp.resolve("db");
        Run r = ckg("build", "--quiet", "--threads", "1", "--db", db.toString(), in.toString());
        assertEquals(BuildCommand.SOME_SKIPPED, r.status(), r.err());
        assertTrue(r.out().contains("1 articles built, 4 skipped, 0 failed"), r.out());
        String[] lines = r.err().strip().split("\\R");
        assertEquals(4, lines.length, r.err());
        for (String name : new String[] {"b-again.txt", "c-empty.txt", "d-numbers.txt", "e-baddate.txt"}) {
            assertTrue(r.err().lines().filter(l -> l.contains(name)).count() == 1, name + " once in " + r.err());
        }
        try (GraphStore store = GraphStore.openExisting(db)) {
            assertTrue(store.quadCount() > 100, "the good article is stored");
        }
    }

    @Test
    void strictStopsBeforeWritingWithStatus4() throws IOException {
        Path in = mixedFolder();
        Path db = tmp.resolve("db-strict");
        Run r = ckg("build", "--quiet", "--strict", "--db", db.toString(), in.toString());
        assertEquals(BuildCommand.STRICT_STOPPED, r.status(), r.err());
        assertTrue(r.err().contains("build --strict: stopped at the first problem"), r.err());
        assertTrue(r.err().contains("b-again.txt: same text as a-good.txt"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertFalse(GraphStore.exists(db), "no database was created");
    }

    @Test
    void allBuiltIsStatus0() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("ok"));
        try (var s = Files.list(Path.of("data/articles"))) {
            Files.copy(s.sorted().findFirst().orElseThrow(), in.resolve("one.txt"));
        }
        Run r = ckg("build", "--quiet", "--strict", "--db", tmp.resolve("db-ok").toString(), in.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("1 articles built, 0 skipped, 0 failed"), r.out());
    }

    @Test
    void missingInputIsOneLineAndStatus2() {
        Run r = ckg("build", "--quiet", "--db", tmp.resolve("db-x").toString(), tmp.resolve("nowhere").toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("nowhere: no such file or folder"), r.err());
    }
}
