package org.conflictkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad input gives one problem line that names the file and says what is wrong. */
class BadInputTest {

    @TempDir
    Path dir;

    private static final String GOOD = "date 2016-09-22\nFighter jets pounded the opposition-held districts of "
            + "the Syrian city of Aleppo overnight, days after a ceasefire brokered by the US and Russia collapsed. "
            + "The director of a hospital in the east said the death toll from the strikes was 45.\n";

    private List<ArticleReader.Result> read(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        List<ArticleReader.Result> out = new ArrayList<>();
        new ArticleReader().read(f, out::add);
        return out;
    }

    private String problem(String name, byte[] content) throws IOException {
        List<ArticleReader.Result> r = read(name, content);
        assertEquals(1, r.size(), "one result for " + name);
        ArticleReader.Problem p = assertInstanceOf(ArticleReader.Problem.class, r.get(0), name + " should be refused");
        String line = p.toString();
        assertTrue(line.contains(name), "the line names the file: " + line);
        assertFalse(line.contains("\n"), "one line: " + line);
        return p.message();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void goodArticleIsRead() throws IOException {
        List<ArticleReader.Result> r = read("good.txt", utf8(GOOD));
        ArticleReader.Read a = assertInstanceOf(ArticleReader.Read.class, r.get(0));
        assertEquals("2016-09-22", a.article().pubDate().toString());
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        assertEquals("empty file", problem("empty.txt", new byte[0]));
        assertEquals("only white space", problem("blank.txt", utf8(" \n\t\n")));
        assertEquals("no text after the date line", problem("dateonly.txt", utf8("date 2016-09-22\n\n")));
    }

    @Test
    void binaryFile() throws IOException {
        byte[] b = new byte[4000];
        new java.util.Random(1).nextBytes(b);
        assertEquals("binary file, not text", problem("random.txt", b));
        byte[] z = utf8(GOOD + "\u0000\u0000");
        assertEquals("binary file, not text", problem("nul.txt", z));
    }

    @Test
    void notUtf8() throws IOException {
        byte[] latin1 = GOOD.replace("Syrian", "Syrian caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        String m = problem("latin1.txt", latin1);
        assertTrue(m.startsWith("not UTF-8 text: invalid byte 0xE9 at offset"), m);
        assertTrue(problem("utf16.txt", GOOD.getBytes(StandardCharsets.UTF_16)).startsWith("UTF-16 text"));
    }

    @Test
    void tooLarge() throws IOException {
        Path f = dir.resolve("big.txt");
        try (var out = Files.newOutputStream(f)) {
            byte[] chunk = utf8(GOOD.repeat(100));
            for (long n = 0; n < 20L * 1000 * 1000; n += chunk.length) {
                out.write(chunk);
            }
        }
        List<ArticleReader.Result> r = new ArrayList<>();
        new ArticleReader().read(f, r::add);
        assertTrue(r.get(0).toString().matches(".*big\\.txt: too large \\(\\d+ MiB; the limit is 5 MiB\\)"),
                r.get(0).toString());
    }

    @Test
    void html() throws IOException {
        assertTrue(problem("page.txt", utf8("<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>"
                + GOOD + "</p></body></html>")).startsWith("HTML, not plain text"));
        StringBuilder frag = new StringBuilder();
        for (String s : GOOD.split("\\. ")) {
            frag.append("<div class=\"para\"><span>").append(s).append("</span></div>\n");
        }
        frag.append("<ul><li><a href=\"/a\">a</a></li><li><a href=\"/b\">b</a></li></ul>");
        assertTrue(problem("fragment.txt", utf8(frag.toString())).startsWith("HTML, not plain text"));
        // a stray tag in prose is no reason to refuse it
        assertInstanceOf(ArticleReader.Read.class,
                read("onetag.txt", utf8(GOOD.replace("overnight", "<b>overnight</b>"))).get(0));
    }

    @Test
    void noSentence() throws IOException {
        assertTrue(problem("numbers.txt", utf8("12 345 6789\n2016 2017\n")).startsWith("no sentence"));
        assertTrue(problem("punct.txt", utf8("... --- !!! ??? ;;; ***\n")).startsWith("no sentence"));
        assertTrue(problem("dated-numbers.txt", utf8("date 2016-09-22\n1 2 3 4 5 6\n")).startsWith("no sentence"));
    }

    @Test
    void impossibleAndMalformedDates() throws IOException {
        String body = GOOD.substring(GOOD.indexOf('\n') + 1);
        assertEquals("impossible date in the date line: 2016-02-30", problem("feb30.txt", utf8("date 2016-02-30\n" + body)));
        assertEquals("impossible date in the date line: 2016-13-01", problem("month13.txt", utf8("date 2016-13-01\n" + body)));
        assertTrue(problem("future.txt", utf8("date 2999-01-01\n" + body)).endsWith("is in the future"));
        assertEquals("date line not in the form 'date YYYY-MM-DD': date 22/09/2016",
                problem("dmy.txt", utf8("date 22/09/2016\n" + body)));
        // a sentence that starts with the word "date" is text, not a date line
        assertInstanceOf(ArticleReader.Read.class, read("palms.txt", utf8("Date palms burned. " + body)).get(0));
    }

    @Test
    void jsonLinesRecordsAreCheckedOneByOne() throws IOException {
        String body = GOOD.substring(GOOD.indexOf('\n') + 1).strip();
        String fr = Files.readString(Path.of("src/test/resources/nonenglish/fr.txt")).strip();
        String lines = "{\"id\":\"a\",\"text\":\"" + body + "\",\"date\":\"2016-09-22\"}\n"
                + "{\"id\":\"b\",\"text\":\"" + fr.replace("\"", "\\\"") + "\"}\n"
                + "{\"id\":\"c\",\"text\":\"" + body + "\",\"date\":\"2016-02-31\"}\n"
                + "not json\n";
        List<ArticleReader.Result> r = read("batch.jsonl", utf8(lines));
        assertEquals(4, r.size());
        assertInstanceOf(ArticleReader.Read.class, r.get(0));
        assertTrue(r.get(1).toString().contains("batch.jsonl: line 2: not English"), r.get(1).toString());
        assertTrue(r.get(2).toString().contains("line 3: impossible date"), r.get(2).toString());
        assertTrue(r.get(3).toString().contains("line 4: not JSON"), r.get(3).toString());
    }

    @Test
    void aShortBriefIsRefusedOnlyWithNoEnglishWordAtAll() throws IOException {
        String en = "date 2022-03-09\nIsraeli troops raided the Nur Shams camp near Tulkarem on Thursday, killing five "
                + "Palestinians.\n";
        assertInstanceOf(ArticleReader.Read.class, read("brief.txt", utf8(en)).get(0));
        String fr = "date 2022-03-09\nLes troupes israéliennes ont attaqué jeudi le camp de Nur Shams près de Tulkarem, tuant "
                + "cinq Palestiniens.\n";
        String m = problem("bref.txt", utf8(fr));
        assertTrue(m != null && m.startsWith("not English"), m);
    }

    @Test
    void nonEnglishArticlesAreRefused() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/nonenglish"))) {
            for (Path p : s.sorted().toList()) {
                String m = problem(p.getFileName().toString(), Files.readAllBytes(p));
                assertTrue(m.startsWith("not English"), p + ": " + m);
            }
        }
    }

    @Test
    void everyRealArticleIsEnglish() throws IOException {
        List<Path> dirs = new ArrayList<>(List.of(Path.of("data/articles")));
        Path shared = Path.of("../shared/corpus/articles");
        if (Files.isDirectory(shared)) {
            dirs.add(shared);
        }
        int n = 0;
        for (Path f : ArticleReader.listInputs(dirs)) {
            List<ArticleReader.Result> r = new ArrayList<>();
            new ArticleReader().read(f, r::add);
            for (ArticleReader.Result x : r) {
                assertInstanceOf(ArticleReader.Read.class, x, () -> "refused: " + x);
                n++;
            }
        }
        assertTrue(n >= 5, "articles read: " + n);
    }

    @Test
    void shortEnglishHeadlineWithBodyPasses() {
        assertEquals(null, TextCheck.problem("Mosul: US airstrike kills 12\n\nAircraft struck a house in western "
                + "Mosul on Monday, killing 12 people, officials said."));
        assertEquals(null, TextCheck.problem("Aleppo shelled overnight"));
        assertEquals(null, TextCheck.problem("Ceasefire collapses in Idlib as Russian jets resume strikes"));
    }
}
