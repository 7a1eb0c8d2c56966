package org.conflictkg.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lines of an article: headlines and captions stay apart, a line broken inside a sentence is joined. */
class ParagraphsTest {

    private static List<String> blocks(String text) {
        return Analyzer.paragraphs(text, 0).stream().map(p -> text.substring(p[0], p[1])).toList();
    }

    @Test
    void aHardWrapInsideASentenceIsJoined() {
        String text = "Attacks continued until midnight, and then regular shelling stopped,\n"
                + "except in the town, a spokesman said. The town is a railway junction\n"
                + "on the border of the two regions.\n\nA reporter on the ground\nobserved fire from both sides.";
        List<String> b = blocks(text);
        assertEquals(2, b.size(), b.toString());
        assertEquals("A reporter on the ground\nobserved fire from both sides.", b.get(1));
    }

    @Test
    void aLineEndingOnAWordThatCannotEndASentenceIsJoined() {
        assertEquals(1, blocks("Lysenko said that mortar attacks of\nZolote killed four civilians.").size());
    }

    @Test
    void headlinesCaptionsAndDatelinesStayApart() {
        List<String> b = blocks("Army pounds rebels as US, Russia to meet\nDestruction is seen in the city on Monday.\n"
                + "March 6, 2020\nDamascus: A ceasefire took effect.\nEnd of the war?\nNot yet.");
        assertEquals(List.of("Army pounds rebels as US, Russia to meet", "Destruction is seen in the city on Monday.",
                "March 6, 2020", "Damascus: A ceasefire took effect.", "End of the war?", "Not yet."), b);
    }

    @Test
    void inAWrappedBlockEveryLineThatDoesNotEndASentenceGoesOn() {
        List<String> b = blocks("Insurgents used mortars near the two villages\nof the oblast. They also fired rifles, attacking\n"
                + "Chornukhine and Sanzharivka, the spokesman\nsaid on Sunday.\nThe next sentence.");
        assertEquals(2, b.size(), b.toString());
        assertEquals("The next sentence.", b.get(1));
    }

    @Test
    void aSentenceCutAfterAnAbbreviationIsJoinedWhenTheTextRunsOn() {
        String p = "The ceasefire took effect at 11:30 p.m. (2030 GMT) on Sunday. It held.";
        opennlp.tools.util.Span[] cut = {new opennlp.tools.util.Span(0, 39), new opennlp.tools.util.Span(40, 61),
                new opennlp.tools.util.Span(62, 70)};
        List<int[]> joined = Analyzer.abbreviationsJoined(p, cut);
        assertEquals(2, joined.size());
        assertEquals("The ceasefire took effect at 11:30 p.m. (2030 GMT) on Sunday.", p.substring(joined.get(0)[0], joined.get(0)[1]));
        String q = "They met at 3 p.m. The talks failed.";
        assertEquals(2, Analyzer.abbreviationsJoined(q, new opennlp.tools.util.Span[] {new opennlp.tools.util.Span(0, 18),
                new opennlp.tools.util.Span(19, 36)}).size());
    }

    /** Spans of the pieces a sentence detector would give, cut at each given offset. */
    private static opennlp.tools.util.Span[] cutAt(String p, String... pieces) {
        opennlp.tools.util.Span[] out = new opennlp.tools.util.Span[pieces.length];
        int from = 0;
        for (int i = 0; i < pieces.length; i++) {
            int a = p.indexOf(pieces[i], from);
            out[i] = new opennlp.tools.util.Span(a, a + pieces[i].length());
            from = a + pieces[i].length();
        }
        return out;
    }

    @Test
    void aCutAfterATitleOrAfterUsBeforeWhatItModifiesIsJoined() {
        String p = "Sisi spoke to U.S. President Joe Biden. Brig. Gen. Yahya Rasool said so. Aid came from the U.S. The group left.";
        List<int[]> joined = Analyzer.abbreviationsJoined(p, cutAt(p, "Sisi spoke to U.S.", "President Joe Biden.", "Brig.",
                "Gen.", "Yahya Rasool said so.", "Aid came from the U.S.", "The group left."));
        List<String> out = joined.stream().map(s -> p.substring(s[0], s[1])).toList();
        assertEquals(List.of("Sisi spoke to U.S. President Joe Biden.", "Brig. Gen. Yahya Rasool said so.",
                "Aid came from the U.S.", "The group left."), out);
    }
}
