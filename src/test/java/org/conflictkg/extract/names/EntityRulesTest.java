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
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule families on invented sentences (not from the seed articles), with a small gazetteer.
 * The OpenNLP models are loaded once.
 */
class EntityRulesTest {
    private static Analyzer analyzer;
    private static EntityFinder finder;

    static final String GAZ = String.join("\n",
            "qid\tlabel\taliases\ttype\tlat\tlon\tcountry_qid\tsource",
            "Q796\tIraq\tIraqi|Republic of Iraq\tcountry\t33\t43\tQ796\tt",
            "Q858\tSyria\tSyrian\tcountry\t35\t38\tQ858\tt",
            "Q159\tRussia\tRussian|Russian Federation\tcountry\t60\t90\tQ159\tt",
            "Q43\tTurkey\tTurkish|Türkiye\tcountry\t39\t35\tQ43\tt",
            "Q30\tUnited States\tUS|U.S.|USA|American\tcountry\t39\t-98\tQ30\tt",
            "Q649\tMoscow\t\tcity\t55.75\t37.6\tQ159\tt",
            "Q3640\tAnkara\t\tcity\t39.9\t32.8\tQ43\tt",
            "Q61\tWashington\tWashington, D.C.\tcity\t38.9\t-77\tQ30\tt",
            "Q1223\tWashington\t\tadmin1\t47\t-120\tQ30\tt",
            "Q83317\tMosul\t\tcity\t36.3\t43.1\tQ796\tt",
            "Q1530\tBaghdad\t\tcity\t33.3\t44.4\tQ796\tt",
            "Q41183\tAleppo\t\tcity\t36.2\t37.1\tQ858\tt",
            "Q3579\tTripoli\t\tcity\t32.9\t13.2\tQ1016\tt",
            "Q193409\tTripoli\t\tcity\t37.5\t22.3\tQ41\tt",
            "Q1016\tLibya\tLibyan\tcountry\t27\t17\tQ1016\tt",
            "Q41\tGreece\tGreek\tcountry\t39\t22\tQ41\tt",
            "Q999\tSmith\t\tadmin1\t1\t1\tQ41\tt",
            "Q998\tCity\t\tadmin1\t1\t1\tQ41\tt",
            "Q130879\tReuters\t\tnews_agency\t\t\tQ145\tt",
            "Q1065\tUnited Nations\tUN|U.N.\tintl_org\t\t\t\tt",
            "Q1400\tPennsylvania\tPA|Pennsylvania State\tadmin1\t40.8\t-77.6\tQ30\tt",
            "Q37470\tUnited Nations Security Council\tUN Security Council|U.N. Security Council|Security Council\tintl_org\t\t\t\tt",
            "Q7172\tArab League\tLeague of Arab States\tintl_org\t\t\t\tt",
            "Q2429253\tIslamic State\tISIS|IS|Islamic State group\tarmed_group\t\t\t\tt",
            "\tIslamic State West Africa Province\tISWAP\tarmed_group\t\t\t\tcurated_entities",
            "Q1960\tDar es Salaam\t\tcity\t-6.8\t39.27\tQ924\tne4_populated_places",
            "Q3703\tBamako\tBamako Region|Bamako District\tcity\t12.65\t-8.0\tQ912\tne5_admin1,ne4_populated_places",
            "Q971\tRepublic of the Congo\tCongo|Republic of Congo\tcountry\t-0.8\t15.2\tQ971\tne5_admin0",
            "Q974\tDemocratic Republic of the Congo\tDemocratic Republic of Congo|DRC|Congo\tcountry\t\t\t\tcurated_entities",
            "Q204381\tGoma\tGisenyi\tcity\t-1.68\t29.22\tQ974\tne4_populated_places",
            "Q830631\tGisenyi\tGoma\tcity\t-1.68\t29.26\tQ1037\tne4_populated_places",
            "Q3844\tBrazzaville\t\tcity\t-4.27\t15.28\tQ971\tne4_populated_places");

    @BeforeAll
    static void load() {
        analyzer = NlpModels.load().analyzer(Analyzer.Stages.ALL);
        finder = new EntityFinder(Gazetteer.of(GAZ));
    }

    static List<Entity> run(String text) {
        Article a = new Article("t", "t.txt", null, null, LocalDate.of(2020, 1, 1), Article.DateSource.RECORD, text, 0);
        return finder.find(analyzer.analyze(a));
    }

    static Entity named(List<Entity> es, String name) {
        for (Entity e : es) {
            if (e.text().equals(name) || e.otherForms().contains(name)) {
                return e;
            }
        }
        return null;
    }

    static String dump(List<Entity> es) {
        return es.stream().map(e -> e.type() + ":" + e.text() + e.otherForms()).collect(Collectors.joining("; "));
    }

    @Test
    void aSpeakerDescribedWithNoCommaIsAPersonWhateverPlaceHasTheName() {
        List<Entity> es = run("\"We have lived surrounded by fighting for two years,\" said Smith a brother of one of the dead, "
                + "speaking by phone from the village.");
        Entity p = named(es, "Smith");
        assertNotNull(p, dump(es));
        assertEquals(EntityType.Person, p.type(), dump(es));
    }

    @Test
    void appositiveRoleMakesAPersonAndARole() {
        List<Entity> es = run("Ahmed Karimi, the director of the Mosul Health Directorate, told Reuters that 12 people died.");
        Entity p = named(es, "Ahmed Karimi");
        assertNotNull(p, dump(es));
        assertEquals(EntityType.Person, p.type());
        assertFalse(p.roles().isEmpty());
        assertEquals("director", p.roles().get(0).title());
        assertEquals(EntityType.Organization, named(es, "Reuters").type());
    }

    @Test
    void aBodyNamedAfterADottedAbbreviationIsOneName() {
        List<Entity> es = run("The U.N. Security Council met on Tuesday as U.S. envoys arrived in Baghdad.");
        Entity council = named(es, "U.N. Security Council");
        assertNotNull(council, dump(es));
        assertEquals("Q37470", council.qid(), dump(es));
        assertNull(named(es, "U.N."), dump(es));
        assertNotNull(named(es, "U.S."), dump(es));
    }

    @Test
    void aDirectionInsideANameKeepsTheNameWhole() {
        List<Entity> es = run("Fighters from Islamic State West Africa Province (ISWAP) attacked a base in Diffa.");
        Entity iswap = named(es, "Islamic State West Africa Province");
        assertNotNull(iswap, dump(es));
        assertEquals(EntityType.ArmedGroup, iswap.type(), dump(es));
        assertNull(named(es, "Africa Province"), dump(es));
    }

    @Test
    void aLowerCaseParticleInsideAPlaceNameKeepsItWhole() {
        List<Entity> es = run("Regional leaders met in Dar es Salaam on Monday to discuss the crisis.");
        Entity dar = named(es, "Dar es Salaam");
        assertNotNull(dar, dump(es));
        assertEquals("Q1960", dar.qid(), dump(es));
    }

    @Test
    void aWireDateLinesPlaceIsLinkedAndTheStoryBeginsAfterItsDash() {
        List<Entity> es = run("BAMAKO, July 2, 2024 (AFP) - Suspected jihadists killed at least 26 soldiers on Sunday.");
        assertEquals("Q3703", named(es, "BAMAKO").qid(), dump(es));
        assertNull(named(es, "Suspected"), dump(es));
    }

    @Test
    void aCountryNameTwoCountriesShareIsTheOneThePlacesNamedLieIn() {
        List<Entity> es = run("Rebels seized Goma in eastern Congo on Sunday.");
        assertEquals("Q974", named(es, "Congo").qid(), dump(es));
        assertEquals("Q204381", named(es, "Goma").qid(), dump(es));
        es = run("Fighting broke out in Brazzaville, Congo, on Sunday.");
        assertEquals("Q971", named(es, "Congo").qid(), dump(es));
    }

    @Test
    void aShortWordInMixedCaseIsNoAbbreviationInCapitals() {
        List<Entity> es = run("Fighter jets bombed the village of Pa Zi Gyi on Tuesday, residents said.");
        assertNull(named(es, "Pa"), dump(es));
        assertNotNull(named(es, "Pa Zi Gyi"), dump(es));
        assertEquals("Q1400", named(run("Troops were sent to PA on Tuesday."), "PA").qid());
    }

    @Test
    void titleBeforeANameAndSurnameLater() {
        List<Entity> es = run("Iraqi Prime Minister Haider Jabouri visited Mosul on Monday. Jabouri said the city was safe.");
        Entity p = named(es, "Haider Jabouri");
        assertNotNull(p, dump(es));
        assertEquals(EntityType.Person, p.type());
        assertTrue(p.otherForms().contains("Jabouri"), dump(es));
        assertEquals("Prime Minister", p.roles().get(0).title());
        assertEquals("Q796", p.roles().get(0).organisationKey());
        assertEquals("Q83317", named(es, "Mosul").qid());
    }

    @Test
    void surnameBeatsAPlaceOfTheSameName() {
        List<Entity> es = run("Envoy John Smith arrived in Baghdad. Smith met officials.");
        Entity p = named(es, "John Smith");
        assertNotNull(p, dump(es));
        assertTrue(p.otherForms().contains("Smith"), dump(es));
        assertNull(p.qid());
    }

    @Test
    void placeCues() {
        List<Entity> es = run("Government forces seized Kafr Batna and shelled the Jobar district, residents said.");
        assertEquals(EntityType.Place, named(es, "Kafr Batna").type(), dump(es));
        assertEquals(EntityType.Place, named(es, "Jobar").type(), dump(es));
    }

    @Test
    void organisationAndArmedGroupHeads() {
        List<Entity> es = run("The Iraqi Observatory for Human Rights said fighters of the rebel group Liwa al-Haqq attacked.");
        assertEquals(EntityType.Organization, named(es, "Iraqi Observatory for Human Rights").type(), dump(es));
        assertEquals(EntityType.ArmedGroup, named(es, "Liwa al-Haqq").type(), dump(es));
    }

    @Test
    void stateOrgansAndCapitalsAreTheState() {
        List<Entity> es = run("Syrian government forces and their Russian allies attacked. Moscow and Ankara announced a truce "
                + "after talks in Moscow.");
        Entity syria = named(es, "Syrian government forces");
        assertNotNull(syria, dump(es));
        assertEquals("Q858", syria.qid());
        Entity russia = named(es, "Russian allies");
        assertNotNull(russia, dump(es));
        assertEquals("Q159", russia.qid());
        assertTrue(russia.otherForms().contains("Moscow"), dump(es));
        Entity moscowPlace = es.stream().filter(e -> e.type() == EntityType.Place && e.text().equals("Moscow")).findFirst().orElse(null);
        assertNotNull(moscowPlace, dump(es));
        assertEquals("Q649", moscowPlace.qid());
        assertEquals("Q43", named(es, "Ankara").qid());
    }

    @Test
    void acronymsJoinTheirExpansion() {
        List<Entity> es = run("The Karen National Union (KNU) said its fighters held the road. The KNU later denied it.");
        Entity knu = named(es, "Karen National Union");
        assertNotNull(knu, dump(es));
        assertTrue(knu.otherForms().contains("KNU"), dump(es));
        assertEquals(1, es.stream().filter(e -> e.text().contains("KNU") || e.otherForms().contains("KNU")).count());
    }

    @Test
    void partsOfCitiesAndCountries() {
        List<Entity> es = run("Strikes hit eastern Aleppo and western Syria.");
        Entity east = named(es, "eastern Aleppo");
        assertNotNull(east, dump(es));
        assertEquals(EntityType.Place, east.type());
        assertNull(east.qid());
        assertTrue(named(es, "Syria").otherForms().contains("western Syria"), dump(es));
    }

    @Test
    void aFamilyNameWrittenFirstIsThePersonLaterOn() {
        List<Entity> es = run("Foreign ministry spokesperson Mao Ning said the talks went well. "
                + "Mao did not say when they would resume.");
        assertEquals(1, es.size(), dump(es));
        assertEquals(EntityType.Person, es.get(0).type(), dump(es));
        assertTrue(es.get(0).otherForms().contains("Mao"), dump(es));
    }

    @Test
    void twoBodiesJoinedByAHyphenAreTwoOrganisations() {
        List<Entity> es = run("The truce was brokered by UN-Arab League envoy Lakhdar Brahimi.");
        assertEquals("Q1065", named(es, "UN").qid(), dump(es));
        assertEquals("Q7172", named(es, "Arab League").qid(), dump(es));
        assertNull(named(es, "UN-Arab League"), dump(es));
    }

    @Test
    void ambiguousPlacesFollowTheArticlesCountry() {
        List<Entity> libya = run("Clashes erupted in Tripoli, the Libyan capital, on Sunday.");
        assertEquals("Q3579", named(libya, "Tripoli").qid(), dump(libya));
        List<Entity> none = run("Officials met in Tripoli on Sunday.");
        assertNull(named(none, "Tripoli").qid(), dump(none));
    }

    @Test
    void ledCoalitionIsAnOrganisation() {
        List<Entity> es = run("The US-led coalition struck positions near Mosul.");
        assertEquals(EntityType.Organization, named(es, "US-led coalition").type(), dump(es));
        assertEquals("Q30", named(es, "US").qid(), dump(es));
    }

    @Test
    void headlineWordsAreNotNames() {
        List<Entity> es = run("Rebels Seize Key Town After Fierce Battle Near Mosul\n\nRebels seized the town near Mosul.");
        assertEquals(1, es.size(), dump(es));
        assertEquals("Mosul", es.get(0).text());
    }

    @Test
    void sentenceInitialCommonWordsAreNotNames() {
        List<Entity> es = run("Artillery fire continued. Incendiary bombs fell. Video footage showed fires.");
        assertTrue(es.isEmpty(), dump(es));
    }

    @Test
    void seatsOfGovernmentAndHyphenatedCountries() {
        List<Entity> es = run("The Kremlin rejected the plan, and fighting continued along the Turkey-Syria border.");
        Entity russia = named(es, "Kremlin");
        assertNotNull(russia, dump(es));
        assertEquals("Q159", russia.qid());
        assertEquals("Q43", named(es, "Turkey").qid(), dump(es));
        assertEquals("Q858", named(es, "Syria").qid(), dump(es));
    }

    @Test
    void groupAdjectivesInsideOrganisationNames() {
        List<Entity> es = run("Volunteers of the Iraqi Red Crescent and the Kurdish Red Crescent delivered food.");
        assertEquals(EntityType.Organization, named(es, "Iraqi Red Crescent").type(), dump(es));
        assertEquals(EntityType.Organization, named(es, "Kurdish Red Crescent").type(), dump(es));
    }

    @Test
    void weaponNamesAreNotPlaces() {
        List<Entity> es = run("Militants fired Katyusha rockets at the base near Mosul.");
        assertNull(named(es, "Katyusha"), dump(es));
    }

    @Test
    void oddTextDoesNotBreak() {
        assertDoesNotThrow(() -> run(""));
        assertDoesNotThrow(() -> run("   \n\n  "));
        assertDoesNotThrow(() -> run("ALL CAPITALS TEXT ABOUT THE UN IN BAGHDAD AND MOSUL WITH NO LOWER CASE AT ALL."));
        assertDoesNotThrow(() -> run("- Mosul\n- Baghdad\n* Aleppo\n1. UN\n2. ISIS\n|||///((()))"));
        assertDoesNotThrow(() -> run("Сирийская армия атаковала Алеппо. 叙利亚军队 攻击了 阿勒颇。 الجيش السوري هاجم حلب"));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            b.append(i % 7 == 0 ? "Mosul " : i % 11 == 0 ? "Ahmed al-Karimi " : "and ");
        }
        assertDoesNotThrow(() -> run(b.toString()));
        assertDoesNotThrow(() -> run("'s ’s - -led al el de of the The (KNU) () U.S. -based"));
    }
    @Test
    void aPlaceBeforeASpokesmanClauseStaysAPlace() {
        List<Entity> es = run("Fighters entered the town of Karsa, a spokesman for the army said.");
        assertEquals(EntityType.Place, named(es, "Karsa").type(), dump(es));
    }

    @Test
    void broadcastersNamedByTheirFirstWord() {
        List<Entity> es = run("Rebels seized the town, according to Radio Free Europe.");
        assertEquals(EntityType.Organization, named(es, "Radio Free Europe").type(), dump(es));
    }

    @Test
    void aNationalArmyIsTheState() {
        List<Entity> es = run("The Iraqi National Army retook the town, officials said.");
        Entity iraq = named(es, "Iraq");
        assertNotNull(iraq, dump(es));
        assertEquals(EntityType.State, iraq.type());
        assertTrue(iraq.otherForms().stream().anyMatch(f -> f.contains("National Army")), dump(es));
    }

    @Test
    void wireCreditLinesNamePeopleAndUnitsAreNamedByTheirNumbers() {
        List<Entity> es = run("The talks went on, a statement said. (Reporting by Alaa Swilam and Nadine Awadalla "
                + "Writing by Aidan Lewis Editing by Jonathan Oatis)");
        for (String name : List.of("Alaa Swilam", "Nadine Awadalla", "Aidan Lewis", "Jonathan Oatis")) {
            assertNotNull(named(es, name), dump(es));
            assertEquals(EntityType.Person, named(es, name).type(), dump(es));
        }
        es = run("The main fighting was between the 444 Brigade and the Special Deterrence Force in the capital.");
        assertNotNull(named(es, "444 Brigade"), dump(es));
        assertEquals(EntityType.ArmedGroup, named(es, "444 Brigade").type(), dump(es));
    }

    @Test
    void aSentenceOpeningOnANameAndARoleKeepsTheWholeName() {
        List<Entity> es = run("Getachew Reda, a spokesman for the rebels, said both sides had made concessions.");
        assertNotNull(named(es, "Getachew Reda"), dump(es));
        assertEquals(EntityType.Person, named(es, "Getachew Reda").type(), dump(es));
    }

    @Test
    void aMilitaryCommandAndACompanyNamedByItsTradeAreOrganisations() {
        List<Entity> es = run("A strike killed 13 fighters, the US Africa Command said.");
        Entity e = es.stream().filter(x -> x.text().endsWith("Africa Command")).findFirst().orElse(null);
        assertNotNull(e, dump(es));
        assertEquals(EntityType.Organization, e.type(), dump(es));
        es = run("The attack began hours after energy giant Total said it would resume work.");
        assertNotNull(named(es, "Total"), dump(es));
        assertEquals(EntityType.Organization, named(es, "Total").type(), dump(es));
    }

    @Test
    void aDatelineNamesAPlaceAndAPlaceNounOpeningASentenceNamesNothing() {
        List<Entity> es = run("RIMBO, Sweden (Reuters) - The warring parties agreed on Thursday to a ceasefire.");
        assertNotNull(named(es, "RIMBO"), dump(es));
        assertEquals(EntityType.Place, named(es, "RIMBO").type(), dump(es));
        es = run("The city was shelled again. City officials say more than 2,300 people have been killed there.");
        assertNull(named(es, "City"), dump(es));
    }

    @Test
    void aResidentOfANameWhoToldIsThePlaceHeLivesIn() {
        List<Entity> es = run("\"We dare not live in the village,\" a resident of Pyin Oo Kan told the newspaper.");
        assertNotNull(named(es, "Pyin Oo Kan"), dump(es));
        assertEquals(EntityType.Place, named(es, "Pyin Oo Kan").type(), dump(es));
    }

    @Test
    void aTimeZoneIsNoName() {
        List<Entity> es = run("Last Updated : 08 Sep 2024, 10:42 PM IST\n\nA drone attack on Moirang killed a soldier, "
                + "officials said at 9:30 EDT.");
        assertNull(named(es, "IST"), dump(es));
        assertNull(named(es, "EDT"), dump(es));
    }

    @Test
    void aNameBeforeGangOrCartelIsAnArmedGroup() {
        List<Entity> es = run("The Viv Ansanm gang coalition attacked Mirebalais on Sunday, the mission said.");
        assertNotNull(named(es, "Viv Ansanm"), dump(es));
        assertEquals(EntityType.ArmedGroup, named(es, "Viv Ansanm").type(), dump(es));
    }

    @Test
    void aBodyNamedForIdealsAndWhereKeepsItsWholeName() {
        List<Entity> es = run("Fighters of the Group for the Support of Islam and Muslims attacked Boni on Tuesday. "
                + "The Justice and Equality Movement said the Union for Peace in Central Africa (UPC) had joined it. "
                + "The AU Peace and Security Council met on Friday.");
        assertNotNull(named(es, "Group for the Support of Islam and Muslims"), dump(es));
        assertNotNull(named(es, "Justice and Equality Movement"), dump(es));
        assertNotNull(named(es, "Union for Peace in Central Africa"), dump(es));
        assertEquals(named(es, "Union for Peace in Central Africa"), named(es, "UPC"), dump(es));
        assertNotNull(named(es, "AU Peace and Security Council"), dump(es));
        assertNull(named(es, "Africa"), dump(es));
    }

    @Test
    void aBylinesStaffIsTheOutletNotAPerson() {
        List<Entity> es = run("Strikes kill 12 in Mosul\n\nBy Reuters Staff\n\nAir strikes killed 12 people in Mosul on "
                + "Wednesday, medics said.");
        assertNull(named(es, "Reuters Staff"), dump(es));
        assertNotNull(named(es, "Reuters"), dump(es));
        assertEquals(EntityType.Organization, named(es, "Reuters").type(), dump(es));
    }

    @Test
    void aKnownArmedGroupsProvinceIsAnArmedGroupNotAPlace() {
        List<Entity> es = run("Suspected Islamic State Sahel Province militants ambushed an army patrol near Banibangou.");
        assertNotNull(named(es, "Islamic State Sahel Province"), dump(es));
        assertEquals(EntityType.ArmedGroup, named(es, "Islamic State Sahel Province").type(), dump(es));
    }

    @Test
    void aFrenchNameOfABodyIsWholeAndItsCountrysArmyIsTheCountry() {
        List<Entity> es = run("Heavy fighting with the Forces Armées de la République Démocratique du Congo (FARDC) went "
                + "on near Goma, while the Alliance Fleuve Congo (AFC) said its fighters held the airport.");
        Entity army = named(es, "Forces Armées de la République Démocratique du Congo");
        assertNotNull(army, dump(es));
        assertEquals(EntityType.State, army.type(), dump(es));
        assertEquals(army, named(es, "FARDC"), dump(es));
        assertNotNull(named(es, "Alliance Fleuve Congo"), dump(es));
        assertEquals(named(es, "Alliance Fleuve Congo"), named(es, "AFC"), dump(es));
    }

    @Test
    void aBodyThatSpeaksWithAnArticleIsNoPerson() {
        List<Entity> es = run("A drone strike killed three civilians near Mosul on Monday, the Polisario said.");
        assertNotNull(named(es, "Polisario"), dump(es));
        assertNotEquals(EntityType.Person, named(es, "Polisario").type(), dump(es));
        es = run("A drone strike killed three civilians near Mosul on Monday, Hassan Ali said.");
        assertEquals(EntityType.Person, named(es, "Hassan Ali").type(), dump(es));
    }

    @Test
    void aPoliceForceOrANameWithAShortFormInCapitalsIsNoPerson() {
        List<Entity> es = run("Separately, Manipur Police said it had arrested four members of an armed group in Imphal on "
                + "Sunday. The minister told VOA Somali that troops took the base near Balidhidin.");
        assertEquals(EntityType.Organization, named(es, "Manipur Police").type(), dump(es));
        Entity voa = named(es, "VOA Somali");
        assertTrue(voa == null || voa.type() != EntityType.Person, dump(es));
    }
}
