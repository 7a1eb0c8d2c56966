package org.conflictkg.extract;

import org.conflictkg.Pipeline;
import org.conflictkg.Settings;
import org.conflictkg.ingest.Article;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.testing.LengthTiming;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Odd input must not break extraction, and the time per article must grow with its length, not its square. */
class RobustnessTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        Path home = Settings.fromEnvironment().home();
        pipeline = new Pipeline(NlpModels.load(), Gazetteer.load(Gazetteer.defaultFiles(home.resolve("data"))));
    }

    private static Extraction run(String text, LocalDate pub) {
        Article a = new Article("t" + text.hashCode(), "odd.txt", null, null, pub,
                pub == null ? Article.DateSource.UNKNOWN : Article.DateSource.DATE_LINE, text, 0);
        return pipeline.run(a);
    }

    @Test
    void oddTextsDoNotBreakExtraction() {
        StringBuilder longSentence = new StringBuilder("Government forces shelled");
        for (int i = 0; i < 500; i++) {
            longSentence.append(i % 7 == 0 ? " and rebels attacked villages near Town" + i : " the area");
        }
        longSentence.append('.');
        List<String> texts = List.of(
                "",
                "   \n\n  ",
                "REBELS SEIZED THE TOWN ON FRIDAY AFTER HEAVY SHELLING KILLED 12 PEOPLE, OFFICIALS SAID.",
                "- airstrike\n- shelling\n- 5 killed\n* ceasefire collapsed\n1. talks\n2.",
                "\"\"\" ' \" “ ” ‘ ’ \" killed \" at least \"",
                longSentence.toString(),
                "В четверг авиаудары по городу убили 20 человек. 停火协议于周五生效。 قصف مدفعي على المدينة",
                "at least", "killed", "the ceasefire", "Monday Tuesday Wednesday 31 February 2016 99 September",
                "a a a a a a a a a , , , , . . . ; ; ; ( ( ( ) ) )",
                "Both countries agreed. It collapsed. The truce was violated by it during the truce.");
        for (String t : texts) {
            assertDoesNotThrow(() -> run(t, LocalDate.of(2020, 1, 10)), t.length() > 60 ? t.substring(0, 60) : t);
            assertDoesNotThrow(() -> run(t, null), t.length() > 60 ? t.substring(0, 60) : t);
        }
    }

    @Test
    void allCapitalsStillFindsTheEvent() {
        Extraction x = run("REBELS SEIZED THE TOWN ON FRIDAY AFTER HEAVY SHELLING KILLED 12 PEOPLE.", LocalDate.of(2020, 1, 10));
        assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.Shelling || e.type() == EventType.Capture),
                () -> "events: " + x.events());
    }

    @Test
    void aSimpleReportGivesItsEventCasualtiesAndSource() {
        Extraction x = run("Government warplanes struck a market in the town of Kafr Nabl on Monday, killing at least 14 "
                + "civilians, the Syrian Observatory for Human Rights said.", LocalDate.of(2020, 1, 10));
        Event e = x.events().stream().filter(v -> v.type() == EventType.AttackOnCivilians || v.type() == EventType.AirStrike)
                .findFirst().orElseThrow(() -> new AssertionError("no attack in " + x.events()));
        assertEquals(LocalDate.of(2020, 1, 6), e.date());
        assertEquals(14, e.fatalities());
        assertTrue(e.places().stream().anyMatch(p -> p.name().contains("Kafr Nabl")), () -> "places " + e.places());
        CasualtyReport r = x.casualties().get(0);
        assertEquals("at least", r.qualifier());
        assertEquals(e.key(), r.eventKey());
        assertTrue(r.source() != null && r.source().name().contains("Observatory"), () -> "source " + r.source());
    }

    @Test
    void plannedDemandedAndDeniedEventsAreNotEvents() {
        Extraction x = run("US and Russian officials will meet tomorrow in Geneva. The council demanded an immediate ceasefire. "
                + "The president has denied bombing civilians. Rebels threatened to launch an offensive.", LocalDate.of(2020, 1, 10));
        assertTrue(x.events().isEmpty(), () -> "events: " + x.events());
        assertEquals(1, x.ceasefires().size());
        assertEquals(CeasefireStatus.PROPOSED, x.ceasefires().get(0).status());
    }

    @Test
    void ceasefireBrokersDurationAndStart() {
        Extraction x = run("A 72-hour humanitarian truce brokered by Egypt and Qatar took effect on 3 August. "
                + "The truce collapsed on Friday when rockets were fired.", LocalDate.of(2014, 8, 9));
        assertEquals(1, x.ceasefires().size(), () -> "ceasefires: " + x.ceasefires());
        Ceasefire c = x.ceasefires().get(0);
        assertEquals("PT72H", c.duration());
        assertEquals(LocalDate.of(2014, 8, 3), c.start());
        assertEquals(CeasefireStatus.COLLAPSED, c.status());
        assertEquals(List.of("Egypt", "Qatar"), c.brokers().stream().map(Argument::name).toList());
        assertTrue(!c.endedBy().isEmpty());
    }

    @Test
    void timeGrowsLinearlyWithLength() throws Exception {
        Path home = Settings.fromEnvironment().home();
        String base = Files.readString(home.resolve("data/articles/002_a56ae7d16415976e.txt"));
        LocalDate pub = LocalDate.of(2016, 9, 24);
        String four = base.repeat(4);
        String sixteen = base.repeat(16);
        long[] t = LengthTiming.fastest(() -> run(four, pub), () -> run(sixteen, pub), 3);
        // 4x the text may take up to 8x the time (plus 100 ms of noise), not 16x
        assertTrue(t[1] < 8 * t[0] + 100_000_000L,
                "4 copies took " + t[0] / 1_000_000 + " ms, 16 copies " + t[1] / 1_000_000 + " ms");
    }
}
