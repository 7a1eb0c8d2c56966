package org.conflictkg.fuzz;

import org.conflictkg.Pipeline;
import org.conflictkg.Settings;
import org.conflictkg.extract.Extraction;
import org.conflictkg.ingest.Article;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.rdf.RdfMapper;
import org.conflictkg.testing.LengthTiming;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random and adversarial text through the whole pipeline (reading, analysis, extraction, RDF
 * mapping) never raises, and the time an article takes grows no faster than about its length.
 */
class PipelineFuzzTest {

    private static Pipeline pipeline;
    private static final RdfMapper MAPPER = new RdfMapper();
    private static final ArticleReader READER = new ArticleReader();
    private static List<String> sentences;
    private static List<String> words;

    @BeforeAll
    static void load() throws IOException {
        Settings settings = Settings.fromEnvironment();
        pipeline = new Pipeline(NlpModels.load(), Gazetteer.load(Gazetteer.defaultFiles(settings.data())));
        sentences = new ArrayList<>();
        for (Path f : ArticleReader.listInputs(List.of(settings.articles()))) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (String s : text.substring(text.indexOf('\n') + 1).split("(?<=[.!?])\\s+")) {
                if (s.length() > 20) {
                    sentences.add(s.strip());
                }
            }
        }
        words = new ArrayList<>();
        for (String s : sentences) {
            words.addAll(Arrays.asList(s.split("\\s+")));
        }
    }

    /** Reads the text as a file would be read, then runs it through the pipeline whatever the reader said. */
    private static void run(String name, String text) {
        try {
            READER.fromText(Path.of(name), name, text);
            Article a = new Article(ArticleReader.idOf(text), name, null, null, null, Article.DateSource.UNKNOWN,
                    text, 0);
            Extraction x = pipeline.run(a);
            MAPPER.map(x);
        } catch (RuntimeException | StackOverflowError e) {
            String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
            fail(name + " raised " + e + " on: " + shown.replace("\n", "\\n"), e);
        }
    }

    private static String englishWords(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(words.get(r.nextInt(words.size())).replaceAll("[.!?]+$", ""));
        }
        return b.toString();
    }

    private static String englishSentences(Random r, int chars) {
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) {
            b.append(sentences.get(r.nextInt(sentences.size()))).append(r.nextInt(5) == 0 ? "\n\n" : " ");
        }
        return b.toString();
    }

    private static String randomUnicode(Random r, int n) {
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            int cp = r.nextInt(4) == 0 ? r.nextInt(0x80) : r.nextInt(0x30000);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            if (Character.isValidCodePoint(cp)) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private static Map<String, String> adversarial(Random r) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("empty", "");
        t.put("space", " ");
        t.put("numbers", "12 345 6789 2016 2017 99999999999999999999999 3.14159 -7 1,000,000\n".repeat(50));
        t.put("punctuation", "... --- !!! ??? ;;; *** ((( ))) [[[ ]]] \"\"\" ''' ``` ||| @@@ ### $$$ %%% ^^^\n".repeat(50));
        t.put("controls", "Air strikes hit\u0000 Aleppo\u0001\u0002 on\u0007 Monday\u001b[31m, killing\u0008 12.\u007f\u0085\u2028\u2029"
                .repeat(20));
        t.put("sentence-2000-words", englishWords(r, 2000) + ".");
        t.put("token-100k", "a".repeat(100_000));
        t.put("token-mixed", "Aleppo" + "x".repeat(50_000) + " was shelled by " + "Q".repeat(20_000) + ".");
        t.put("newlines", "\n".repeat(20_000) + "Rebels shelled Idlib." + "\r\n".repeat(5_000) + "\r".repeat(5_000));
        t.put("arabic", "قصفت طائرات حربية خلال الليل أحياء في مدينة حلب السورية، وقال مدير مستشفى إن عدد القتلى بلغ 45. ".repeat(30));
        t.put("hebrew", "מטוסי קרב תקפו הלילה את העיר חלב, ולפי מנהל בית החולים נהרגו 45 בני אדם. ".repeat(30));
        t.put("cjk", "战机连夜轰炸了叙利亚阿勒颇市反对派控制的街区。空袭造成的死亡人数为四十五人。".repeat(40));
        t.put("mixed-bidi", "Fighters of \u202eالدولة الإسلامية\u202c killed 12 in \u05d7\u05dc\u05d1 (Aleppo) \u200f\u200e on Monday, "
                + "officials said; 战机 struck Idlib. ".repeat(30));
        t.put("emoji-zwj", "Air strikes 💥🔥 hit Aleppo 👨‍👩‍👧‍👦 killing 12 🇸🇾 people. ".repeat(50));
        t.put("combining", "Ale\u0301\u0302\u0303ppo was she\u0308lled, ki\u0336l\u0336l\u0336ing 12 peo\u0327ple. ".repeat(50));
        t.put("lone-surrogates", "Rebels \ud800 shelled \udc00 Aleppo \udbff\udfff killing 12\ud83d.".repeat(20));
        t.put("bom-inside", "\ufeffRebels shelled\ufeff Aleppo.\ufeff".repeat(50));
        t.put("triggers", "killed ceasefire strike shelled truce killed wounded airstrike ".repeat(300) + ".");
        t.put("huge-counts", "Air strikes killed 99999999999999999999 people and wounded 1e308 in Aleppo on 31 February 99999. "
                + "At least 2,147,483,648 people were killed, the ministry said; -5 were wounded. " .repeat(10));
        t.put("dates", "On 31/02/2016, 2016-13-45, 0000-00-00, 32 March and Monday the 99th, jets struck Aleppo. ".repeat(20));
        t.put("quotes", "\"\"He said \"the \u201cceasefire\u201d (brokered [by {Russia] and) the US\" had collapsed".repeat(40));
        t.put("html-ish", "<p>Air strikes <b>killed</b> 12 in <a href=\"x\">Aleppo</a></p>&amp;&nbsp;&#x27;".repeat(40));
        t.put("one-char-lines", "a\nb\nc\n.\n,\n1\n".repeat(2000));
        t.put("random-unicode", randomUnicode(r, 20_000));
        return t;
    }

    @Test
    void adversarialTextNeverRaises() {
        Random r = new Random(8);
        for (Map.Entry<String, String> e : adversarial(r).entrySet()) {
            long t0 = System.nanoTime();
            run(e.getKey(), e.getValue());
            double secs = (System.nanoTime() - t0) / 1e9;
            assertTrue(secs < 20, e.getKey() + " took " + secs + " s");
        }
    }

    @Test
    void randomMutationsOfRealArticlesNeverRaise() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        String[] inserts = {"\u0000", "\n\n\n", "...", "\u202e", "ﷺ", "𝔄", "\t", "\"", "(", ")", "killed", "12,000",
            "ceasefire", "\ud800", "🔥", "", " ", "-", "’s", "Al-"};
        for (int i = 0; i < 40; i++) {
            StringBuilder b = new StringBuilder(englishSentences(r, 300 + r.nextInt(2000)));
            int edits = 1 + r.nextInt(40);
            for (int k = 0; k < edits && b.length() > 0; k++) {
                int at = r.nextInt(b.length());
                switch (r.nextInt(3)) {
                    case 0 -> b.insert(at, inserts[r.nextInt(inserts.length)]);
                    case 1 -> b.delete(at, Math.min(b.length(), at + r.nextInt(20)));
                    default -> b.setCharAt(at, (char) r.nextInt(0x3000));
                }
            }
            run("mutation-" + i + "-seed-" + seed, b.toString());
        }
    }

    @Test
    void timeGrowsAboutLinearlyWithLength() {
        Random r = new Random(4);
        String prose = englishSentences(r, 2_500);
        String prose4 = englishSentences(r, 10_000);
        String sentence = englishWords(r, 400) + ".";
        String sentence4 = englishWords(r, 1_600) + ".";
        long[] p = LengthTiming.fastest(() -> run("prose", prose), () -> run("prose x4", prose4), 5);
        long[] s = LengthTiming.fastest(() -> run("sentence", sentence), () -> run("sentence x4", sentence4), 5);
        long p1 = p[0], p4 = p[1], s1 = s[0], s4 = s[1];
        System.out.printf("fuzz timing: prose %d chars %.0f ms, %d chars %.0f ms (x%.1f); one sentence 400 words "
                        + "%.0f ms, 1600 words %.0f ms (x%.1f)%n", prose.length(), p1 / 1e6, prose4.length(), p4 / 1e6,
                p4 / (double) p1, s1 / 1e6, s4 / 1e6, s4 / (double) s1);
        // 4x the text may take up to 8x the time (plus 50 ms of noise on a busy machine), not 16x
        assertTrue(p4 < 8 * p1 + 50_000_000L, "prose: x4 length took x" + p4 / (double) p1);
        assertTrue(s4 < 8 * s1 + 50_000_000L, "one long sentence: x4 length took x" + s4 / (double) s1);
    }
}
