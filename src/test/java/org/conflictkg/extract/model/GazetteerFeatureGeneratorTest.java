package org.conflictkg.extract.model;

import opennlp.tools.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerFeatureGeneratorTest {

    private static GazetteerFeatureGenerator generator() {
        Dictionary d = new Dictionary(true);
        GazetteerDictionary.add(d, "city", "Aleppo");
        GazetteerDictionary.add(d, "country_alias", "Turkish");
        GazetteerDictionary.add(d, "locality", "al-Bab");
        GazetteerDictionary.add(d, "city", "Young");
        GazetteerDictionary.add(d, "admin1", "Norte de Santander");
        GazetteerDictionary.add(d, "locality", "label"); // no capital: not a name, left out
        return new GazetteerFeatureGenerator(GazetteerFeatureGenerator.Index.of(d));
    }

    private static List<String> features(GazetteerFeatureGenerator g, String[] tokens, int i) {
        List<String> f = new ArrayList<>();
        g.createFeatures(f, tokens, i, new String[0]);
        return f;
    }

    @Test
    void marksKindAndPosition() {
        GazetteerFeatureGenerator g = generator();
        String[] t = {"Jets", "hit", "Aleppo", "and", "al", "-", "Bab", "near", "the", "Turkish", "border", "in",
                "Norte", "de", "Santander", "young", "label", "Label"};
        assertEquals(List.of(), features(g, t, 0));
        assertEquals(List.of("gz=city", "gz=city:B"), features(g, t, 2));
        assertEquals(List.of("gz=locality", "gz=locality:B"), features(g, t, 4));
        assertEquals(List.of("gz=locality", "gz=locality:I"), features(g, t, 5));
        assertEquals(List.of("gz=locality", "gz=locality:I"), features(g, t, 6));
        assertEquals(List.of(), features(g, t, 8), "\"the\" is not part of the name");
        assertEquals(List.of("gz=country_alias", "gz=country_alias:B"), features(g, t, 9));
        assertEquals(List.of("gz=admin1", "gz=admin1:I"), features(g, t, 14));
        assertEquals(List.of(), features(g, t, 15), "lower case never matches");
        assertEquals(List.of(), features(g, t, 17), "names without a capital are not in the dictionary");
        assertTrue(features(g, new String[] {"Young"}, 0).contains("gz=city:B"));
    }
}
