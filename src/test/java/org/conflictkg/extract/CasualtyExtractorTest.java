package org.conflictkg.extract;

import org.conflictkg.ingest.Article;
import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Casualty rules on hand-tagged sentences ("word/UPOS" or "word/UPOS/lemma"). */
class CasualtyExtractorTest {

    static SentenceView view(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> toks = new ArrayList<>();
        for (String item : tagged.trim().split("\\s+")) {
            String[] p = item.split("/");
            String w = p[0];
            String upos = p.length > 1 ? p[1] : "NOUN";
            String lemma = p.length > 2 ? p[2] : w.toLowerCase();
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(w);
            String penn = switch (upos) {
                case "VERB" -> "VBD";
                case "NUM" -> "CD";
                case "PROPN" -> "NNP";
                case "NOUN" -> "NN";
                default -> upos;
            };
            toks.add(new Token(toks.size(), start, text.length(), w, upos, penn, lemma));
        }
        String t = text.toString();
        Article a = new Article("id", "test.txt", null, null, null, Article.DateSource.UNKNOWN, t, 0);
        Sentence s = new Sentence(0, 0, t.length(), t, toks, List.of());
        return new SentenceView(new AnalyzedText(a, List.of(s)), s, false);
    }

    private static List<CasualtyExtractor.Raw> find(String tagged) {
        return new CasualtyExtractor().find(view(tagged));
    }

    @Test
    void onePersonNamedByAnArticleIsOneVictim() {
        List<CasualtyExtractor.Raw> r = find("A/DET civilian/ADJ was/AUX/be killed/VERB/kill when/SCONJ soldiers/NOUN "
                + "opened/VERB/open fire/NOUN ./PUNCT");
        assertEquals(1, r.size(), r.toString());
        assertEquals(CasualtyReport.Kind.KILLED, r.get(0).kind());
        assertEquals(1, r.get(0).count());
        r = find("Rebels/NOUN attacked/VERB/attack the/DET troops/NOUN ,/PUNCT killing/VERB/kill a/DET soldier/NOUN ./PUNCT");
        assertEquals(1, r.size(), r.toString());
        assertEquals(1, r.get(0).count());
        r = find("He/PRON condemned/VERB/condemn the/DET killing/NOUN/killing of/ADP a/DET UN/PROPN staff/NOUN "
                + "member/NOUN ./PUNCT");
        assertEquals(1, r.size(), r.toString());
        assertEquals(CasualtyReport.Kind.KILLED, r.get(0).kind());
        r = find("A/DET woman/NOUN was/AUX/be wounded/VERB/wound and/CCONJ two/NUM children/NOUN were/AUX/be "
                + "killed/VERB/kill ./PUNCT");
        assertEquals(2, r.size(), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.kind() == CasualtyReport.Kind.WOUNDED && x.count() == 1), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.kind() == CasualtyReport.Kind.KILLED && x.count() == 2), r.toString());
        // a person who did something, not one who suffered it
        assertTrue(find("A/DET soldier/NOUN fired/VERB/fire at/ADP the/DET crowd/NOUN ./PUNCT").isEmpty());
        assertTrue(find("The/DET army/NOUN said/VERB/say a/DET soldier/NOUN was/AUX/be captured/VERB/capture ./PUNCT").isEmpty());
    }

    @Test
    void killedWithQualifier() {
        List<CasualtyExtractor.Raw> r = find("The/DET observatory/NOUN said/VERB/say at/ADP least/ADJ 25/NUM people/NOUN "
                + "had/AUX been/AUX killed/VERB/kill ./PUNCT");
        assertEquals(1, r.size());
        assertEquals(CasualtyReport.Kind.KILLED, r.get(0).kind());
        assertEquals(25, r.get(0).count());
        assertEquals("at least", r.get(0).qualifier());
    }

    @Test
    void killedAndWoundedAreKeptApart() {
        List<CasualtyExtractor.Raw> r = find("The/DET blast/NOUN killed/VERB/kill six/NUM people/NOUN and/CCONJ "
                + "wounded/VERB/wound 15/NUM ./PUNCT");
        assertEquals(2, r.size());
        assertEquals(CasualtyReport.Kind.KILLED, r.get(0).kind());
        assertEquals(6, r.get(0).count());
        assertEquals(CasualtyReport.Kind.WOUNDED, r.get(1).kind());
        assertEquals(15, r.get(1).count());
        assertEquals("exact", r.get(1).qualifier());
    }

    @Test
    void deathToll() {
        List<CasualtyExtractor.Raw> r = find("He/PRON told/VERB/tell Reuters/PROPN the/DET death/NOUN toll/NOUN from/ADP "
                + "the/DET strikes/NOUN/strike was/AUX/be 45/NUM ./PUNCT");
        assertEquals(1, r.size());
        assertEquals(45, r.get(0).count());
        assertEquals(CasualtyReport.Kind.KILLED, r.get(0).kind());
    }

    @Test
    void aTollThatRoseToAFigureFarAfterIt() {
        List<CasualtyExtractor.Raw> r = find("The/DET death/NOUN toll/NOUN from/ADP the/DET air/NOUN strikes/NOUN/strike "
                + "on/ADP the/DET city/NOUN of/ADP Idlib/PROPN on/ADP Tuesday/PROPN rose/VERB/rise to/ADP 45/NUM ./PUNCT");
        assertEquals(1, r.size());
        assertEquals(45, r.get(0).count());
        assertEquals(CasualtyReport.Kind.KILLED, r.get(0).kind());
    }

    @Test
    void livesLost() {
        List<CasualtyExtractor.Raw> r = find("More/ADJ/more than/ADP 30/NUM civilians/NOUN/civilian lost/VERB/lose "
                + "their/PRON lives/NOUN/life ./PUNCT");
        assertEquals(1, r.size());
        assertEquals(30, r.get(0).count());
        assertEquals(CasualtyReport.Kind.KILLED, r.get(0).kind());
        assertEquals("more than", r.get(0).qualifier());
    }

    @Test
    void displacedWithNearly() {
        List<CasualtyExtractor.Raw> r = find("forcing/VERB/force nearly/ADV 10,000/NUM civilians/NOUN to/PART flee/VERB/flee");
        assertEquals(1, r.size());
        assertEquals(CasualtyReport.Kind.DISPLACED, r.get(0).kind());
        assertEquals(10000, r.get(0).count());
        assertEquals("nearly", r.get(0).qualifier());
    }

    @Test
    void vagueAmountsWarTotalsSubsetsAndOtherNumbersAreSkipped() {
        assertTrue(find("Dozens/NOUN of/ADP people/NOUN were/AUX killed/VERB/kill").isEmpty());
        assertTrue(find("the/DET war/NOUN ,/PUNCT which/PRON has/AUX killed/VERB/kill more/ADJ than/ADP 300,000/NUM "
                + "people/NOUN").isEmpty());
        assertTrue(find("more/ADJ than/ADP 40/NUM buildings/NOUN were/AUX destroyed/VERB/destroy").isEmpty());
        assertTrue(find("more/ADJ than/ADP 50/NUM people/NOUN were/AUX trapped/VERB/trap in/ADP rubble/NOUN").isEmpty());
        List<CasualtyExtractor.Raw> r = find("Eight/NUM civilians/NOUN ,/PUNCT including/VERB three/NUM children/NOUN ,/PUNCT "
                + "were/AUX killed/VERB/kill");
        assertEquals(1, r.size());
        assertEquals(8, r.get(0).count());
    }

    @Test
    void aTotalSinceADateOrTheWarsStartIsNoEventsToll() {
        assertTrue(find("more/ADJ than/ADP 14,000/NUM people/NOUN have/AUX been/AUX killed/VERB/kill in/ADP the/DET "
                + "Palestinian/ADJ enclave/NOUN since/ADP Oct./PROPN 7/NUM").isEmpty());
        assertTrue(find("12,000/NUM people/NOUN have/AUX been/AUX killed/VERB/kill in/ADP Sudan/PROPN since/ADP "
                + "the/DET war/NOUN began/VERB/begin").isEmpty());
        // a toll that only comes before a later "since" stays the event's
        assertEquals(1, find("the/DET strike/NOUN killed/VERB/kill 12/NUM people/NOUN in/ADP the/DET town/NOUN ,/PUNCT "
                + "the/DET worst/ADJ since/ADP 2015/NUM").size());
    }

    @Test
    void aFigureReportedOrFearedIsCounted() {
        List<CasualtyExtractor.Raw> r = find("some/DET 10,000/NUM people/NOUN were/AUX reported/VERB/report "
                + "displaced/VERB/displace in/ADP Pweto/PROPN");
        assertEquals(1, r.size());
        assertEquals(CasualtyReport.Kind.DISPLACED, r.get(0).kind());
        assertEquals(10000, r.get(0).count());
        assertEquals(12, find("12/NUM people/NOUN were/AUX feared/VERB/fear killed/VERB/kill").get(0).count());
    }

    @Test
    void aDozenIsTwelveAndUpToIsKept() {
        List<CasualtyExtractor.Raw> r = find("up/ADP to/ADP a/DET dozen/NUM people/NOUN died/VERB/die");
        assertEquals(1, r.size());
        assertEquals(12, r.get(0).count());
    }

    @Test
    void aListOfVictimsIsOneFigure() {
        List<CasualtyExtractor.Raw> r = find("The/DET attack/NOUN ,/PUNCT which/PRON killed/VERB/kill 11/NUM soldiers/NOUN "
                + "and/CCONJ one/NUM police/NOUN officer/NOUN ,/PUNCT targeted/VERB/target a/DET convoy/NOUN");
        assertEquals(1, r.size());
        assertEquals(12, r.get(0).count());
        r = find("Militants/NOUN killed/VERB/kill 12/NUM soldiers/NOUN and/CCONJ wounded/VERB/wound 15/NUM");
        assertEquals(2, r.size());
        assertEquals(12, r.get(0).count());
        assertEquals(CasualtyReport.Kind.WOUNDED, r.get(1).kind());
    }

    @Test
    void noCasualtiesIsATollOfZeroButNoReportYetIsNot() {
        List<CasualtyExtractor.Raw> r = find("There/PRON were/AUX no/DET reported/VERB/report casualties/NOUN/casualty");
        assertEquals(1, r.size());
        assertEquals(0, r.get(0).count());
        assertTrue(find("There/PRON were/AUX no/DET immediate/ADJ reports/NOUN/report of/ADP casualties/NOUN/casualty").isEmpty());
    }

    @Test
    void livesClaimedAndTheWholeAfterWereAmongAreTheDead() {
        List<CasualtyExtractor.Raw> r = find("The/DET attack/NOUN claimed/VERB/claim the/DET lives/NOUN/life of/ADP "
                + "at/ADP least/ADJ 30/NUM people/NOUN ./PUNCT");
        assertEquals(1, r.size(), r.toString());
        assertEquals(CasualtyReport.Kind.KILLED, r.get(0).kind());
        assertEquals(30, r.get(0).count());
        assertEquals("at least", r.get(0).qualifier());
        r = find("Eleven/NUM civilians/NOUN were/AUX/be among/ADP 17/NUM people/NOUN killed/VERB/kill in/ADP the/DET "
                + "strike/NOUN ./PUNCT");
        assertEquals(1, r.size(), r.toString());
        assertEquals(17, r.get(0).count());
        // "among" before a part is still a part
        r = find("The/DET strike/NOUN killed/VERB/kill 17/NUM people/NOUN ,/PUNCT among/ADP them/PRON 11/NUM "
                + "civilians/NOUN ./PUNCT");
        assertEquals(1, r.size(), r.toString());
        assertEquals(17, r.get(0).count());
    }

    @Test
    void aVictimAndHerChildrenAreCountedTogether() {
        List<CasualtyExtractor.Raw> r = find("Rebels/NOUN shelled/VERB/shell the/DET town/NOUN ,/PUNCT killing/VERB/kill "
                + "a/DET woman/NOUN and/CCONJ her/PRON two/NUM children/NOUN ./PUNCT");
        assertEquals(1, r.size(), r.toString());
        assertEquals(3, r.get(0).count(), r.toString());
    }

    @Test
    void aFigureFarBeforeItsVerbAcrossALongNameStillCounts() {
        List<CasualtyExtractor.Raw> r = find("Two/NUM New/ADJ People's/PROPN Army/NOUN rebels/NOUN/rebel and/CCONJ a/DET "
                + "soldier/NOUN were/AUX/be killed/VERB/kill in/ADP a/DET clash/NOUN ./PUNCT");
        assertEquals(1, r.size(), r.toString());
        assertEquals(3, r.get(0).count(), r.toString());
    }

    @Test
    void theMartyredAreKilledAndTheirDriverWithAnAdjectiveIsOneMore() {
        List<CasualtyExtractor.Raw> r = find("Seven/NUM soldiers/NOUN/soldier were/AUX/be martyred/VERB/martyr in/ADP "
                + "a/DET blast/NOUN ./PUNCT");
        assertEquals(1, r.size(), r.toString());
        assertEquals(CasualtyReport.Kind.KILLED, r.get(0).kind(), r.toString());
        assertEquals(7, r.get(0).count(), r.toString());
        r = find("Five/NUM Chinese/ADJ nationals/NOUN/national and/CCONJ their/PRON Pakistani/ADJ driver/NOUN were/AUX/be "
                + "killed/VERB/kill ./PUNCT");
        assertEquals(6, r.get(0).count(), r.toString());
    }

    @Test
    void theBeheadedAreKilled() {
        List<CasualtyExtractor.Raw> r = find("Armed/ADJ men/NOUN/man beheaded/VERB/behead four/NUM civilians/NOUN/civilian "
                + "in/ADP the/DET village/NOUN ./PUNCT");
        assertEquals(1, r.size(), r.toString());
        assertEquals(CasualtyReport.Kind.KILLED, r.get(0).kind(), r.toString());
        assertEquals(4, r.get(0).count(), r.toString());
    }
}
