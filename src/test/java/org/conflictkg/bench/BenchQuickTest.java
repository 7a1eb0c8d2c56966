package org.conflictkg.bench;

import org.conflictkg.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ckg bench --quick} runs every stage and prints its table and summary line (minutes: -Pbench). */
@Tag("bench")
class BenchQuickTest {
    @TempDir
    Path tmp;

    @Test
    void quickBenchPrintsItsSummaryLine() throws Exception {
        System.setProperty("ckg.child.classpath",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        Path md = tmp.resolve("bench.md");
        int status = cl.execute("bench", "--quick", "--work", tmp.resolve("work").toString(), "--markdown", md.toString());
        String text = out.toString();
        System.out.println(text);
        assertEquals(0, status, text);
        Matcher m = Pattern.compile("(?m)^bench: extract_vs_opennlp=([0-9.]+) load_vs_bulkloader=([0-9.]+) "
                + "threads2_speedup=([0-9.]+) scale_10x_time=([0-9.]+)$").matcher(text);
        assertTrue(m.find(), text);
        for (int i = 1; i <= 4; i++) {
            double r = Double.parseDouble(m.group(i));
            assertTrue(r > 0 && r < 100, "ratio " + i + " = " + r);
        }
        assertTrue(text.contains("build 2000 articles, 2 threads"), text);
        assertTrue(text.contains("query q01-aleppo-timeline"), text);
        assertTrue(text.contains("repeated (answer cache)"), text);
        assertTrue(text.contains("saved answers prepared after the server starts"), text);
        assertTrue(text.contains("then a saved query opened on the page"), text);
        String table = Files.readString(md);
        assertTrue(table.startsWith("| measure | value | note |"), table);
    }
}
