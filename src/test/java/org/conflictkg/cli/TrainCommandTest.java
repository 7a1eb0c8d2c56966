package org.conflictkg.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ckg train} without the corpus: one line saying so, then a seeds-only model and its figures. */
class TrainCommandTest {

    @Test
    void trainsOnTheSeedsWithoutTheCorpus() throws Exception {
        Path dir = Files.createTempDirectory("ckg-train");
        Path model = dir.resolve("m.bin");
        // a README from an earlier run, with the hand-written section that training keeps
        Files.writeString(dir.resolve("README.md"), "# old figures\n\n" + TrainCommand.KEPT_SECTION + "\n\nBy hand.\n");
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute("train", "--corpus", dir.resolve("no-corpus").toString(), "--out", model.toString(),
                "--folds", "2", "--iterations", "20");
        assertEquals(0, status, err.toString());
        assertTrue(err.toString().contains("no corpus at"), err.toString());
        assertTrue(Files.size(model) > 1000);
        assertTrue(out.toString().contains("Cross-validation (2 folds by document, 5 articles)"), out.toString());
        String readme = Files.readString(dir.resolve("README.md"));
        assertTrue(readme.contains("./ckg train --folds 2 --iterations 20"), readme);
        assertTrue(readme.contains("only: the corpus folder"), readme);
        assertFalse(readme.contains("### Held-out test split\n\nThe final model"), readme);
        assertTrue(readme.endsWith(TrainCommand.KEPT_SECTION + "\n\nBy hand.\n") && !readme.contains("# old figures"), readme);
    }

    @Test
    void refusesOneFold() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("train", "--folds", "1"));
        assertTrue(err.toString().contains("--folds"), err.toString());
    }
}
