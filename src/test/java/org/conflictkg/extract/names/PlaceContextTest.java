package org.conflictkg.extract.names;

import org.conflictkg.extract.Entity;
import org.conflictkg.extract.EntityFinder;
import org.conflictkg.extract.EntityType;
import org.conflictkg.ingest.Article;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.Analyzer;
import org.conflictkg.nlp.NlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Linking a place by what the article says around it: "X region" against the city X, and between
 * two villages of one name, the one near the other places of the article. Invented names.
 */
class PlaceContextTest {
    private static Analyzer analyzer;
    private static EntityFinder finder;

    private static final String GAZ = String.join("\n",
            "qid\tlabel\taliases\ttype\tlat\tlon\tcountry_qid\tsource",
            "Q9001\tNorland\tNorlandian\tcountry\t50\t30\tQ9001\tt",
            "Q9002\tKarsk\t\tcity\t50.0\t36.2\tQ9001\tt",
            "Q9003\tKarsk\tKarsk Oblast\tadmin1\t49.6\t36.5\tQ9001\tt",
            "Q9004\tBorova\t\tlocality\t49.8\t24.9\tQ9001\tt",
            "Q9005\tBorova\t\tlocality\t50.3\t36.0\tQ9001\tt",
            "Q9006\tLemvar\t\tcity\t49.84\t24.03\tQ9001\tt",
            "Q9007\tVelm\t\tcity\t48.6\t38.0\tQ9001\tt",
            "Q9008\tVelm\t\tadmin1\t48.7\t38.8\tQ9001\tt");

    @BeforeAll
    static void load() {
        analyzer = NlpModels.load().analyzer(Analyzer.Stages.ALL);
        finder = new EntityFinder(Gazetteer.of(GAZ));
    }

    private static Set<String> qids(String text) {
        Article a = new Article("t", "t.txt", null, null, LocalDate.of(2022, 9, 6), Article.DateSource.RECORD, text, 0);
        List<Entity> es = finder.find(analyzer.analyze(a));
        return es.stream().filter(e -> e.type() == EntityType.Place && e.qid() != null).map(Entity::qid)
                .collect(Collectors.toSet());
    }

    @Test
    void aRegionNamedLikeItsCityIsAPlaceOfItsOwn() {
        Set<String> q = qids("Missiles hit Karsk on Tuesday, the mayor said. Across the Karsk region, "
                + "two more villages were shelled, the governor said.");
        assertTrue(q.contains("Q9002"), q.toString());
        assertTrue(q.contains("Q9003"), q.toString());
    }

    @Test
    void aBareNameStaysTheCity() {
        assertEquals(Set.of("Q9002"), qids("Missiles hit Karsk on Tuesday, the mayor said."));
    }

    @Test
    void theFirstMentionSaysWhichPlaceABareNameIs() {
        // introduced as the province, a bare "Karsk" afterwards is the province
        assertEquals(Set.of("Q9003"), qids("A truce took effect in the northern province of Karsk on Friday. "
                + "Rebels in Karsk said the guns fell silent."));
        // "a district of Karsk" is part of the city, not the naming of a region
        assertEquals(Set.of("Q9002"), qids("Fighters left the last rebel-held district of Karsk on Friday."));
    }

    @Test
    void namesakeVillagesAreTellApartByTheOtherPlaces() {
        Set<String> east = qids("Missiles hit Karsk on Tuesday. A woman was killed in the village of Borova, the governor said.");
        assertTrue(east.contains("Q9005") && !east.contains("Q9004"), east.toString());
        Set<String> west = qids("Drones hit Lemvar on Tuesday. A woman was killed in the village of Borova, the governor said.");
        assertTrue(west.contains("Q9004") && !west.contains("Q9005"), west.toString());
    }

    @Test
    void aPluralRegionWordAfterAListNamesEachRegion() {
        assertEquals(Set.of("Q9003", "Q9008"), qids("Norland troops held the line on the border of Karsk and Velm "
                + "oblasts on Friday."));
    }

    @Test
    void aRegionWordInsideTheNameMakesItTheRegionAndItsBareMentionsToo() {
        assertEquals(Set.of("Q9003"), qids("Norland jets struck villages in Karsk Region’s north on Monday. "
                + "Given its place in the rebel stronghold Karsk, residents have endured frequent raids."));
    }

    @Test
    void aCityNamedForAnAgreementIsAPlace() {
        assertEquals(Set.of("Q9006"), qids("The minister said the rebels failed to stick to the Lemvar agreements."));
    }
}
