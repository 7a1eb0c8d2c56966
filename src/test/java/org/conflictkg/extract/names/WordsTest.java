package org.conflictkg.extract.names;

import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word splitting on hand-built sentences (no models). */
class WordsTest {

    /** A sentence with one PROPN/NOUN token per white-space word, as a tokenizer-free stand-in. */
    static Sentence sentence(String text) {
        List<Token> toks = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            String w = m.group();
            String upos = Character.isUpperCase(w.charAt(0)) ? "PROPN" : "NOUN";
            toks.add(new Token(toks.size(), m.start(), m.end(), w, upos, upos.equals("PROPN") ? "NNP" : "NN", w.toLowerCase()));
        }
        return new Sentence(0, 0, text.length(), text, toks, List.of());
    }

    private static Word find(List<Word> ws, String text) {
        return ws.stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void dottedAbbreviationsKeepTheirDots() {
        String t = "The U.K. and Mr. Smith met.";
        List<Word> ws = Words.split(sentence(t), t);
        assertEquals("U.K.", find(ws, "U.K.").core());
        assertTrue(find(ws, "U.K.").allCaps());
        assertEquals("Mr.", find(ws, "Mr.").text());
        // the period is the abbreviation's, not a word of its own between it and the next name
        assertEquals(List.of("The", "U.K.", "and", "Mr.", "Smith", "met", "."), ws.stream().map(Word::text).toList());
    }

    @Test
    void possessivesAndArabicArticles() {
        String t = "Hama’s governor visited al-Qaterji and Deir al-Zour.";
        List<Word> ws = Words.split(sentence(t), t);
        Word hama = find(ws, "Hama’s");
        assertTrue(hama.possessive());
        assertEquals("Hama", hama.core());
        assertTrue(find(ws, "al-Qaterji").capitalised());
        assertFalse(find(ws, "visited").capitalised());
    }

    @Test
    void hyphenSuffixesEndAName() {
        String t = "The Saudi-led coalition and the US -led alliance.";
        List<Word> ws = Words.split(sentence(t), t);
        Word saudi = find(ws, "Saudi-led");
        assertEquals("Saudi", saudi.core());
        assertEquals("led", saudi.suffix());
        assertEquals("led", find(ws, "US").suffix());
    }

    @Test
    void headlinesAreRecognised() {
        String h = "Rebels Seize Key Town After Fierce Battle";
        assertTrue(NameFinder.isHeadline(Words.split(sentence(h), h)));
        String b = "Rebels seized the town of Kafr Nabl after a battle.";
        assertFalse(NameFinder.isHeadline(Words.split(sentence(b), b)));
    }

    @Test
    void initialsOfNames() {
        assertEquals("SOHR", Resolver.initials("Syrian Observatory for Human Rights"));
        assertEquals("KNU", Resolver.initials("Karen National Union"));
    }
}
