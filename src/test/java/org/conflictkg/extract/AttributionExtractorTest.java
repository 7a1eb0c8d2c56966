package org.conflictkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributionExtractorTest {

    private static List<Attribution> find(String tagged) {
        return new AttributionExtractor().find(CasualtyExtractorTest.view(tagged));
    }

    @Test
    void appositiveSpeakerToldAnOutlet() {
        List<Attribution> a = find("Hamza/PROPN al/PROPN -/PUNCT Khatib/PROPN ,/PUNCT the/DET director/NOUN of/ADP a/DET "
                + "hospital/NOUN ,/PUNCT told/VERB/tell Reuters/PROPN the/DET toll/NOUN was/AUX 45/NUM ./PUNCT");
        assertEquals(1, a.size());
        assertEquals("Hamza al - Khatib", a.get(0).speaker().name());
        assertEquals("Reuters", a.get(0).via().name());
    }

    @Test
    void invertedSaidAfterAQuote() {
        List<Attribution> a = find("\"/PUNCT It/PRON was/AUX heavy/ADJ ,/PUNCT \"/PUNCT said/VERB/say Rami/PROPN "
                + "Abdulrahman/PROPN ,/PUNCT director/NOUN of/ADP the/DET Observatory/PROPN");
        assertEquals(1, a.size());
        assertEquals("Rami Abdulrahman", a.get(0).speaker().name());
        assertNull(a.get(0).via());
    }

    @Test
    void subjectSaidAndAccordingTo() {
        List<Attribution> a = find("The/DET health/NOUN ministry/NOUN said/VERB/say six/NUM died/VERB/die ,/PUNCT "
                + "according/VERB/accord to/ADP local/ADJ officials/NOUN");
        assertEquals(2, a.size());
        assertTrue(a.stream().anyMatch(x -> x.speaker().name().equals("health ministry")), () -> a.toString());
        assertTrue(a.stream().anyMatch(x -> x.speaker().name().equals("local officials")), () -> a.toString());
    }

    @Test
    void accordingToAThingIsNoSource() {
        assertTrue(find("weapons/NOUN suitable/ADJ ,/PUNCT according/VERB/accord to/ADP the/DET type/NOUN of/ADP "
                + "fortifications/NOUN").isEmpty());
    }
}
