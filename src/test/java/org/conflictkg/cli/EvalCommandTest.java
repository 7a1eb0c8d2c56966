package org.conflictkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ckg eval} and {@code ckg score} from the command line: output, exit status, one-line errors. */
class EvalCommandTest {
    private static final String GOLD = Path.of("data", "gold", "seeds").toString();
    private static final String ARTICLE = Path.of("data", "articles", "000_ab091dd409959ea0.txt").toString();

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private static Run ckg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void evalExtractsScoresAndPrintsWhatScorePrints() throws Exception {
        Path out = tmp.resolve("out");
        Run eval = ckg("eval", "--gold", GOLD, "--out", out.toString(), "--json", "--min", "entities=0.99",
                "--min", "events=0.0", ARTICLE);
        assertEquals(1, eval.status(), eval.err());
        assertEquals(List.of(out.resolve("000_ab091dd409959ea0.json")), Files.list(out).toList());
        assertTrue(eval.out().startsWith("{\n  \"scores\": {\n    \"entities\": [\n"), eval.out());
        assertTrue(eval.out().contains("\"documents_missing_from_system\": [\n    \"001_8fcb17c525073277.txt\","), eval.out());
        List<String> lines = eval.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("FAIL: entities "), eval.out());
        assertTrue(lines.get(lines.size() - 1).contains(" < 0.990 | entities F1="), eval.out());
        // scoring the kept folder gives the same output
        Run score = ckg("score", "--gold", GOLD, "--system", out.toString(), "--json", "--min", "entities=0.99",
                "--min", "events=0.0");
        assertEquals(eval.out(), score.out());
        assertEquals(1, score.status());
    }

    @Test
    void userMistakesAreOneLineAndExitTwo() throws Exception {
        assertOneLine(ckg("eval", "--gold", tmp.resolve("none").toString(), ARTICLE), "ckg eval: ", "no such folder");
        assertOneLine(ckg("eval", "--gold", GOLD, "--min", "entitys=0.5", ARTICLE), "ckg eval: --min entitys=0.5: no figure named 'entitys'");
        assertOneLine(ckg("eval", "--gold", GOLD, "--min", "entities=high", ARTICLE), "ckg eval: --min entities=high: 'high' is not a number");
        assertOneLine(ckg("eval", "--gold", GOLD, "--out", GOLD, ARTICLE), "ckg eval: --out ", "is the gold folder");
        assertOneLine(ckg("score", "--gold", GOLD, "--system", tmp.toString()), "ckg score: ", "no .json files");
        Files.writeString(tmp.resolve("x.json"), "{\"doc\": \"a.txt\", \"events\": [{\"type\": \"Bombing\"}]}");
        assertOneLine(ckg("score", "--gold", GOLD, "--system", tmp.toString()),
                "ckg score: x.json: an event has type Bombing, not one of ['AirStrike', ");
        Run unreadable = ckg("eval", "--gold", GOLD, tmp.resolve("missing.txt").toString());
        assertEquals(2, unreadable.status());
        assertTrue(unreadable.err().contains("missing.txt: no such file\n"), unreadable.err());
        assertTrue(unreadable.err().contains("ckg eval: no article could be read or extracted"), unreadable.err());
    }

    private static void assertOneLine(Run run, String start, String... contains) {
        assertEquals(2, run.status(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(start), run.err());
        for (String c : contains) {
            assertTrue(run.err().contains(c), run.err());
        }
    }
}
