package org.conflictkg.extract;

import org.conflictkg.Pipeline;
import org.conflictkg.Settings;
import org.conflictkg.ingest.Article;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Undated articles dated from dated articles of the same run that report the same events. */
class RelatedDatesTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        Path home = Settings.fromEnvironment().home();
        pipeline = new Pipeline(NlpModels.load(), Gazetteer.load(Gazetteer.defaultFiles(home.resolve("data"))));
    }

    private static Extraction run(String id, LocalDate pub, String text) {
        return pipeline.run(new Article(id, id + ".txt", null, null, pub,
                pub == null ? Article.DateSource.UNKNOWN : Article.DateSource.DATE_LINE, text, 0));
    }

    // Thursday 14 March 2030
    private static final String DATED = "Russian and American diplomats held talks in Geneva on Thursday about the siege "
            + "of Aleppo, as Syrian government forces shelled the city of Homs.";
    private static final String UNDATED = "Syrian jets bombed Aleppo on Friday, a day after Russian and American "
            + "diplomats held talks in Geneva on Thursday. Officials in Homs said the shelling went on.";

    @Test
    void anUndatedArticleTakesTheDayOfTheEventsItSharesWithADatedOne() {
        Extraction undated = run("u", null, UNDATED);
        assertNull(undated.article().pubDate());
        RelatedDates.Index index = new RelatedDates.Index();
        index.add(run("d", LocalDate.of(2030, 3, 14), DATED));
        Extraction x = RelatedDates.anchor(undated, index, pipeline::run);
        assertNotNull(x, "no anchor");
        // on or after Thursday 14 March; Friday is named as often as Thursday, and the later day wins
        assertEquals(LocalDate.of(2030, 3, 15), x.article().pubDate());
        assertEquals(Article.DateSource.RELATED, x.article().dateSource());
        Event talks = x.events().stream().filter(e -> e.type() == EventType.Talks).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2030, 3, 14), talks.date());
    }

    @Test
    void noAnchorFromUnrelatedArticles() {
        RelatedDates.Index index = new RelatedDates.Index();
        index.add(run("d", LocalDate.of(2030, 3, 14),
                "Government troops clashed with rebels in the Colombian province of Cauca on Thursday."));
        assertNull(RelatedDates.anchor(run("u", null, UNDATED), index, pipeline::run));
    }

    @Test
    void noAnchorWhenTwoDaysFitEqually() {
        // the same talks reported for two different Thursdays: a wrong year is worse than none
        RelatedDates.Index index = new RelatedDates.Index();
        index.add(run("d1", LocalDate.of(2030, 3, 14), DATED));
        index.add(run("d2", LocalDate.of(2031, 3, 13), DATED));
        assertNull(RelatedDates.anchor(run("u", null, UNDATED), index, pipeline::run));
    }
}
