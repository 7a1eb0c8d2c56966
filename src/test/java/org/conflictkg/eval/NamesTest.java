package org.conflictkg.eval;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The normalisation and comparison rules of score.py, case by case (expected values checked against score.py). */
class NamesTest {

    @Test
    void foldsCaseAccentsAndCompatibilityForms() {
        assertEquals("homs", Names.norm("Ḥomṣ"));
        assertEquals("sao paulo", Names.norm("São Paulo"));
        assertEquals("fighters", Names.norm("ﬁghters"));   // NFKD, not NFD: the ligature splits
        assertEquals("2", Names.norm("²"));
        assertEquals("xii", Names.norm("Ⅻ"));
        assertEquals("ab", Names.norm("a\u0301b"));         // a combining mark is dropped, joining the letters
    }

    @Test
    void dropsOnlyMarksWithACombiningClass() {
        // U+034F COMBINING GRAPHEME JOINER is a mark of class 0: score.py keeps it, so it becomes a space
        assertEquals("xa b", Names.norm("xa\u034Fb"));
        assertTrue(Names.combining(0x0301));
        assertTrue(Names.combining(0x0334));
        assertTrue(Names.combining(0x0345));
        assertFalse(Names.combining(0x034F));
        assertFalse(Names.combining('a'));
    }

    @Test
    void foldsQuotesAndDashes() {
        assertEquals("al-qaeda", Names.norm("Al-Qaeda\u2019s"));
        assertEquals("hama-city", Names.norm("Hama\u2010city"));
        assertEquals("nour el-din", Names.norm("Nour el\u2013Din"));
        assertEquals("aleppo", Names.norm("\u201cAleppo\u201d"));
        assertEquals("u s", Names.norm("U.S."));
        assertEquals("deir ez-zor", Names.norm("  Deir   ez-Zor!! "));
    }

    @Test
    void dropsPossessivesAtTheEndOfAWord() {
        assertEquals("syrian army", Names.norm("The Syrian Army's"));
        assertEquals("kerry", Names.norm("Kerry's's"));
        assertEquals("ma soud", Names.norm("Ma'soud's"));   // 's inside a word stays
        assertEquals("xii", Names.norm("Ⅻ's"));
        // Python's \b is Unicode-aware: a letter or an underscore after 's means it does not end a word
        assertEquals("x s", Names.norm("x'sß"));
        assertEquals("x s", Names.norm("x'sα"));
        assertEquals("x s", Names.norm("x's_"));
    }

    @Test
    void dropsOneLeadingArticle() {
        assertEquals("the x", Names.norm("the the x"));
        assertEquals("nabk", Names.norm("An Nabk"));
        assertEquals("anbar", Names.norm("Anbar"));
        assertEquals("a", Names.norm("A"));
        assertEquals("b", Names.norm("a\u034Fb"));
        assertEquals("", Names.norm((String) null));
    }

    @Test
    void tokensAreTheDistinctWords() {
        assertEquals(Set.of("air", "strikes", "hit", "3", "towns"), Names.tokens("Air-strikes hit 3 towns, 3 towns"));
    }

    @Test
    void sentencesAreTheSameFromHalfTheirWords() {
        assertTrue(Names.sameSentence("alpha beta gamma", "alpha beta gamma delta eps zeta"));        // 3/6
        assertFalse(Names.sameSentence("alpha beta gamma", "alpha beta gamma delta eps zeta eta"));   // 3/7
        // or five shared words that are all the words of the shorter one
        assertTrue(Names.sameSentence("one two three four five",
                "one two three four five six seven eight nine ten eleven"));
        assertFalse(Names.sameSentence("one two three four", "one two three four x y z w q"));
        assertFalse(Names.sameSentence("one two three four five nine", "one two three four five six seven eight x y z"));
        assertFalse(Names.sameSentence("", ""));
        assertFalse(Names.sameSentence("!!!", "!!!"));
    }

    @Test
    void namesMatchWholeWords() {
        assertTrue(Names.namesMatch("Kerry", "John Kerry"));
        assertTrue(Names.namesMatch("John Kerry", "Kerry"));
        assertTrue(Names.namesMatch("city", "Aleppo city"));
        assertTrue(Names.namesMatch("USA", "the USA forces"));
        assertTrue(Names.namesMatch("The Kremlin", "kremlin"));
        assertTrue(Names.namesMatch("pp", "pp"));            // equal names match whatever their length
        assertFalse(Names.namesMatch("Ker", "Kerry"));       // not a whole word
        assertFalse(Names.namesMatch("US", "US Army"));      // parts must have three characters
        assertFalse(Names.namesMatch("", ""));
        assertFalse(Names.namesMatch("Kerry", "Kerryville Road"));
    }
}
