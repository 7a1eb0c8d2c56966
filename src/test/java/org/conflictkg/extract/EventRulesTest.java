package org.conflictkg.extract;

import org.conflictkg.Pipeline;
import org.conflictkg.Settings;
import org.conflictkg.ingest.Article;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event typing, grouping and filtering rules on short invented reports, through the whole pipeline. */
class EventRulesTest {
    private static Pipeline pipeline;
    private static final LocalDate PUB = LocalDate.of(2022, 3, 9);

    @BeforeAll
    static void load() {
        Path home = Settings.fromEnvironment().home();
        pipeline = new Pipeline(NlpModels.load(), Gazetteer.load(Gazetteer.defaultFiles(home.resolve("data"))));
    }

    private static List<Event> events(String text) {
        Article a = new Article("r" + text.hashCode(), "rules.txt", null, null, PUB, Article.DateSource.DATE_LINE, text, 0);
        return pipeline.run(a).events();
    }

    private static List<EventType> types(String text) {
        return events(text).stream().map(Event::type).collect(Collectors.toList());
    }

    private static List<EventType> typesOf(List<Event> events) {
        return events.stream().map(Event::type).toList();
    }

    private static List<Ceasefire> ceasefires(String text) {
        Article a = new Article("cf" + text.hashCode(), "cf.txt", null, null, PUB, Article.DateSource.DATE_LINE, text, 0);
        return pipeline.run(a).ceasefires();
    }

    /** The first event of a type, which the test expects there. */
    private static Event first(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    private static List<String> names(List<Argument> args) {
        return args.stream().map(Argument::name).toList();
    }

    private static Set<String> nameSet(List<Argument> args) {
        return args.stream().map(Argument::name).collect(Collectors.toSet());
    }

    @Test
    void raidThatKillsVillagersIsAnAttackOnCivilians() {
        assertEquals(List.of(EventType.AttackOnCivilians),
                types("At least 14 people were killed in a night raid on a farming village in the north, officials said."));
    }

    @Test
    void raidOnATownByCommandosIsAClash() {
        assertEquals(List.of(EventType.ArmedClash), types("The army reported a commando raid on the border town of Karsa."));
    }

    @Test
    void attackOnFrontlinePositionsIsAClashEvenByStateForces() {
        assertEquals(List.of(EventType.ArmedClash),
                types("Government forces attacked rebel positions near the river on Monday."));
    }

    @Test
    void hackingPeopleToDeathAndVictimsOfAnAttackAreAttacksOnCivilians() {
        assertTrue(types("Militiamen are suspected of hacking to death five people in a village.")
                .contains(EventType.AttackOnCivilians));
        assertTrue(types("Four bodies were found on Tuesday, victims of an alleged militia attack.")
                .contains(EventType.AttackOnCivilians));
    }

    @Test
    void thatAttackIsAMentionOfTheAttackBeforeIt() {
        List<Event> ev = events("Gunmen killed nine villagers in a raid on the market of Dobe on Sunday. "
                + "Local leaders said at least 11 people died in that attack.");
        assertEquals(1, ev.size(), ev.toString());
        assertEquals(EventType.AttackOnCivilians, ev.get(0).type());
        assertEquals(2, ev.get(0).sentences().size());
    }

    @Test
    void habitualPluralsAreNotEvents() {
        assertTrue(types("The province has been ravaged by attacks by armed groups.").isEmpty());
        assertTrue(types("More than 900 civilians were killed in attacks attributed to the group in 2019 and 2020.").isEmpty());
        assertFalse(types("Heavy air strikes hit the city on Tuesday.").isEmpty());
        assertTrue(types("The government denies targeting civilians. Its attacks have devastated towns across the east.").isEmpty());
    }

    @Test
    void takingAPlaceBackIsACaptureOfItsOwn() {
        List<Event> ev = events("Militants of the Kando Front seized the army base at Marra on Friday. "
                + "The military recaptured the base when reinforcements arrived.");
        assertEquals(2, ev.stream().filter(e -> e.type() == EventType.Capture).count(), ev.toString());
        // the same side taking and retaking in one story stays one capture
        ev = events("Government forces captured the district of Marra on Friday. "
                + "Government forces retook Marra on Friday after a day of fighting.");
        assertEquals(1, ev.stream().filter(e -> e.type() == EventType.Capture).count(), ev.toString());
    }

    @Test
    void moreWaysTheNewsPutsTheSameEvents() {
        assertEquals(List.of(EventType.GroundOffensive), types("Special forces swept into the town of Rutba on Tuesday."));
        assertEquals(List.of(EventType.GroundOffensive), types("Army units entered the town of Kamsar on Tuesday."));
        assertEquals(List.of(EventType.Shelling), types("A barrage of rockets fell on the town of Sderot on Tuesday."));
        assertEquals(List.of(EventType.ArmedClash), types("Soldiers exchanged fire with militants in the town of Baga on Tuesday."));
        assertEquals(List.of(EventType.AttackOnCivilians), types("Fighters burned the village of Dalori on Tuesday."));
        assertEquals(List.of(EventType.Capture), types("The city of Ramadi was taken by Islamic State on Tuesday."));
        assertEquals(List.of(EventType.Evacuation), types("Thousands of families escaped the town of Tal Afar on Tuesday."));
        assertEquals(List.of(EventType.Talks),
                types("The two presidents discussed the situation in the province of Idlib by phone on Tuesday."));
        assertEquals(List.of(EventType.AttackOnAid),
                types("Armed men looted a World Food Programme warehouse in the town of Bentiu on Tuesday."));
        assertEquals(List.of(EventType.AirStrike), types("Israeli strikes on southern Lebanese villages kill six"));
        assertEquals(List.of(EventType.AirStrike), types("Saudi-led coalition strike kills two Houthi leaders in Sanaa"));
        assertEquals(List.of(EventType.AirStrike), types("A drone fired a missile at a car in the town of Tyre on Tuesday."));
        assertEquals(List.of(EventType.Shelling),
                types("Artillery shells struck a residential building in the city of Donetsk on Tuesday."));
        assertEquals(List.of(EventType.ArmedClash),
                types("Fighting between the army and the rebels continued in the city of Omdurman on Tuesday."));
        assertEquals(List.of(EventType.ArmedClash),
                types("Rebels and soldiers battled for control of the town of Bunia on Tuesday."));
        assertEquals(List.of(EventType.ArmedClash),
                types("Militants stormed a police station in the town of Tillaberi on Tuesday."));
        assertEquals(List.of(EventType.AttackOnAid), types("Unknown assailants shot dead two employees of the "
                + "International Committee of the Red Cross in the town of Kalemie on Tuesday."));
        assertEquals(List.of(EventType.Capture),
                types("Kurdish forces drove the militants out of the town of Manbij on Tuesday."));
        assertEquals(List.of(EventType.Evacuation), types("Civilians were bussed out of the besieged town of Madaya on Tuesday."));
        assertEquals(List.of(EventType.CeasefireDeclared), types("The warring sides agreed on a three-day truce on Tuesday."));
        assertEquals(List.of(EventType.Talks), types("The mediators hosted the warring parties in the city of Addis Ababa on Tuesday."));
        assertEquals(List.of(EventType.ArmedClash), types("The army repulsed a rebel assault on the town of Kidal on Tuesday."));
        assertEquals(List.of(EventType.Capture), types("Rebels claimed control of the town of Kalehe on Tuesday."));
        assertEquals(List.of(EventType.ArmedClash), types("Nine soldiers killed in guerrilla attack near border"));
        assertEquals(List.of(EventType.ArmedClash),
                types("Islamist militants killed 12 soldiers near the town of Afgoye, officials said."));
        assertEquals(List.of(EventType.AirStrike), types("The air force bombed rebel positions near the town of Kassala on Tuesday."));
        assertEquals(List.of(EventType.Capture), types("Government troops regained the town of Palma on Tuesday."));
        assertEquals(List.of(EventType.Capture), types("The town of Bakhmut fell on Tuesday after months of fighting."));
        assertEquals(List.of(EventType.Evacuation), types("The United Nations said 50,000 people had been uprooted "
                + "by the violence in the province of Ituri since Tuesday."));
        assertEquals(List.of(EventType.AttackOnCivilians),
                types("Armed men attacked a displacement camp in the town of Djugu on Tuesday, killing 22 people."));
        assertTrue(types("Despite the ceasefire, shelling continued in the town of Debaltseve on Tuesday.")
                .contains(EventType.CeasefireViolation));
        assertEquals(List.of(EventType.ArmedClash), types("Heavy clashes between Houthi rebels and government forces "
                + "killed 25 fighters near the city of Marib on Tuesday."));
        assertEquals(List.of(EventType.AirStrike),
                types("Russian warplanes carried out more than 20 raids on the town of Maaret al-Numan on Tuesday."));
        assertEquals(List.of(EventType.AttackOnAid),
                types("A WFP truck driver was killed when his convoy came under fire near the town of Yei on Tuesday."));
        assertEquals(List.of(EventType.Capture), types("Rebels have taken the strategic town of Bunagana, the army said on Tuesday."));
        assertEquals(List.of(EventType.GroundOffensive), types("Troops and tanks pushed deeper into the city of Rafah on Tuesday."));
        assertEquals(List.of(EventType.Evacuation), types("Thousands of civilians streamed out of the city of Mosul on Tuesday."));
        assertEquals(List.of(EventType.Evacuation), types("The UN said more than 100,000 people had been forced to leave "
                + "their homes in the province of Ituri on Tuesday."));
        assertEquals(List.of(EventType.CeasefireDeclared), types("Israel and Hamas agreed to a four-day pause in fighting on Tuesday."));
        assertEquals(List.of(EventType.CeasefireDeclared), types("A 72-hour ceasefire began at midnight on Tuesday."));
        // and what they are not
        assertTrue(types("Rebels took part in a football match on Tuesday.").isEmpty());
        assertTrue(types("Rockets fell on the town of Sderot on Tuesday.").stream().noneMatch(t -> t == EventType.Capture));
        assertFalse(types("The US and Russia failed to agree on how to revive the ceasefire at a meeting on Thursday.")
                .contains(EventType.CeasefireDeclared));
        assertTrue(types("The town hosts more than two million refugees.").isEmpty());
        assertTrue(types("Fighting between federal forces and the rebels began in November 2020 and has killed thousands.")
                .isEmpty());
        assertTrue(types("Teachers began a strike on Monday over unpaid salaries.").isEmpty());
        assertTrue(types("The minister entered the building on Tuesday.").isEmpty());
        assertEquals(List.of(EventType.Talks), types("The rebels entered talks with the government on Tuesday."));
        assertFalse(types("Residents said the gunmen were looting food supplies and homes on Tuesday.")
                .contains(EventType.AttackOnAid));
    }

    @Test
    void anEnvoysVisitIsTalks() {
        assertEquals(List.of(EventType.Talks),
                types("The announcement follows a visit to Kandara by the US special envoy for the region."));
        assertEquals(List.of(EventType.Talks), types("The UN envoy visited the capital on Monday."));
        assertTrue(types("The president visited wounded soldiers in hospital.").isEmpty());
    }

    @Test
    void anEventOfLastWeekIsNotTheNewsOfTheDay() {
        List<Event> ev = events("Rebels captured the town of Lerba on Tuesday. "
                + "The rebels said they had captured another town last week.");
        assertEquals(2, ev.stream().filter(e -> e.type() == EventType.Capture).count(), ev.toString());
    }

    @Test
    void seizingPowerIsNotACaptureOfTerritory() {
        assertFalse(types("The junta has faced armed resistance since it seized power in 2021.").contains(EventType.Capture));
    }
    @Test
    void signingAPeaceAgreementAndAStateOfEmergencyAreOtherEvents() {
        assertEquals(List.of(EventType.Other), types("In May 2016, the government signed a peace agreement with two armed groups."));
        assertEquals(List.of(EventType.Other), types("The president declared a state of emergency in the eastern province on Monday."));
    }

    @Test
    void aLeadersCallWithNamedPeopleIsTalksButATalkToReportersIsNot() {
        assertEquals(List.of(EventType.Talks),
                types("The president spoke by phone with his counterpart Ahmed Karim on Thursday evening."));
        assertTrue(types("The commander spoke to reporters in the capital on Thursday.").isEmpty());
    }

    @Test
    void aCeasefireMediatedInThePassiveIsDeclared() {
        assertTrue(types("A ceasefire was mediated by the regional body in 1999, but the dispute remained unresolved.")
                .contains(EventType.CeasefireDeclared));
        assertFalse(types("Several ceasefires have been agreed but broken.").contains(EventType.CeasefireDeclared));
    }
    @Test
    void theTimeGoesToTheFullTriggerNotToAWeakOneBesideIt() {
        List<Event> ev = events("The militants struck late on Monday, killing villagers of Dobe with machetes and guns.");
        assertEquals(1, ev.size(), ev.toString());
        assertEquals(EventType.AttackOnCivilians, ev.get(0).type());
        assertEquals(LocalDate.of(2022, 3, 7), ev.get(0).date());
    }
    @Test
    void shellingOfTwoDistantCitiesIsTwoEvents() {
        List<Event> ev = events("Russian shelling killed two people in Kharkiv on Monday, the governor said. "
                + "Russian shelling also killed a woman in Odesa on Monday, officials said.");
        assertEquals(2, ev.stream().filter(e -> e.type() == EventType.Shelling).count(), ev.toString());
        ev = events("Hundreds of families were evacuated from Kharkiv on Monday, the governor said. "
                + "Hundreds of families were also evacuated from Odesa on Monday, officials said. "
                + "Rebels captured the town of Kidal on Monday. Rebels also captured the city of Gao on Monday.");
        assertEquals(2, ev.stream().filter(e -> e.type() == EventType.Evacuation).count(), ev.toString());
        assertEquals(2, ev.stream().filter(e -> e.type() == EventType.Capture).count(), ev.toString());
    }
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Gunmen opened fire on worshippers at a mosque in the town of Kaura on Friday, killing 12 people.|AttackOnCivilians",
        "Gunmen opened fire on a police patrol near the town on Friday.|ArmedClash",
        "A suicide bomber blew himself up at a checkpoint in the capital on Tuesday, killing three soldiers.|ArmedClash",
        "Protesters were shot dead by security forces in the capital on Friday.|AttackOnCivilians",
        "Militants executed four hostages on Sunday, the group said.|AttackOnCivilians",
        "An explosion ripped through a bus station in the city on Monday, killing five people.|AttackOnCivilians",
        "The militia torched dozens of homes in the village on Saturday.|AttackOnCivilians",
        "Unidentified gunmen killed a local chief in the district on Monday.|AttackOnCivilians",
        "The foreign ministers discussed the crisis by phone on Monday.|Talks",
        "The army arrested 25 suspected militants in raids across the province on Tuesday.|Other",
        "The rebels released 20 hostages on Wednesday under a deal brokered by Qatar.|Other",
        "The two sides exchanged 100 prisoners on Tuesday.|Other",
        "The army withdrew its troops from the town on Monday.|Other",
        "Rockets were fired from the strip into the south of the country on Tuesday.|Shelling",
        "The military launched an operation against the insurgents on Sunday.|GroundOffensive",
        "The warring parties agreed to a 72-hour truce on Monday.|CeasefireDeclared",
        "Two aid workers were killed when their vehicle was ambushed on Monday.|AttackOnAid",
        "A convoy carrying food aid was attacked near the city on Tuesday.|AttackOnAid",
        "Houthi forces launched a missile at the port city on Sunday.|Shelling",
        "Hundreds of families were evacuated from the besieged town on Monday.|Evacuation",
        "Militants set off a car bomb outside a hotel in the capital on Sunday.|AttackOnCivilians",
        "The army said it had repelled an attack on its positions near the river.|ArmedClash",
        "Tanks and infantry advanced on the town from three directions on Sunday.|GroundOffensive",
        "Security forces raided a camp for displaced people on Monday, killing seven.|AttackOnCivilians",
        "Two peacekeepers were killed in an attack on a UN base on Sunday.|AttackOnAid",
        "The government has declared a \"humanitarian truce\" in its conflict with the rebels.|CeasefireDeclared",
        "Both sides on Friday confirmed a China-mediated ceasefire.|CeasefireDeclared",
        "The men stationed at the old camp fought off the attackers on Sunday.|ArmedClash",
        "Residents described harrowing escapes from the besieged city on Sunday.|Evacuation",
        "The rebel movement ousted the government from the capital Sanaa on Sunday.|Capture"})
    void commonReportsOfViolenceAndDiplomacy(String text, EventType type) {
        assertEquals(List.of(type), types(text));
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The government has threatened to launch a ground offensive if the rebels do not withdraw.",
        "Officials denied that any air strikes had taken place.",
        "The army has fought the insurgents for more than a decade.",
        "The rebels warned they would attack the city unless the siege was lifted.",
        "Talks are expected to resume next week in Geneva.",
        "The minister said he hoped a ceasefire could be reached soon.",
        "The conflict has killed more than 300,000 people since 2011.",
        "The group has carried out frequent attacks on security forces in recent years.",
        "The president vowed to retake every inch of the country.",
        "Air defence units shot down 20 drones overnight, the air force said.",
        "The country expelled the ambassador from Paris on Monday."})
    void whatDidNotHappenOrIsNoOneEventIsNoEvent(String text) {
        assertEquals(List.of(), types(text));
    }
    @Test
    void belligerentsWhoSignATruceAreItsPartiesAndMediatorsItsBrokers() {
        List<Ceasefire> cf = ceasefires("The government and the rebels signed a ceasefire agreement in the capital on Friday.");
        assertEquals(1, cf.size());
        assertTrue(cf.get(0).brokers().isEmpty(), cf.toString());
        assertEquals(2, cf.get(0).parties().size(), cf.toString());
        cf = ceasefires("Mediators from Qatar and Egypt brokered a truce between the two sides on Thursday.");
        assertEquals(List.of("Qatar", "Egypt"), names(cf.get(0).brokers()));
    }
    private static String cfArgs(String text) {
        List<Ceasefire> cf = ceasefires(text);
        assertEquals(1, cf.size(), cf.toString());
        return cf.get(0).brokers().stream().map(Argument::name).collect(Collectors.joining("+")) + "/"
                + cf.get(0).parties().stream().map(Argument::name).collect(Collectors.joining("+"));
    }

    /** Who brokered a truce and who is bound by it: broker names / party names. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the subject of "declare" or "accept" is bound by the truce it declares
        "The rebels of the Liberation Front declared a ceasefire on Friday after days of fighting.|/Liberation Front",
        // those who reach a truce someone else mediated are its parties, the mediator its broker
        "Armenia and Azerbaijan reached a Russian-mediated ceasefire agreement on Saturday.|Russia/Armenia+Azerbaijan",
        // a broker named in the sentence is no party, whoever announces it
        "Moscow announced a pause in the regime offensive on Tuesday.|Moscow/regime",
        "The week-long ceasefire brokered by the US and Russia collapsed on Monday.|US+Russia/",
        // a unilateral truce is declared by its one party, and no one brokers it
        "The M23 rebels declared a unilateral ceasefire on Friday.|/M23 rebels",
        // sides that agree a truce among them are bound by it; powers that agree it over their heads broker it
        "The ceasefire, agreed by Hamas and Israel under Qatari mediation, took effect on Sunday.|Qatar/Hamas+Israel",
        "The ceasefire agreed by the United States and Russia took effect on Monday.|United States+Russia/",
        "A truce was signed under the auspices of the African Union on Friday.|African Union/",
        // a mediator named in words is one name, not a list of countries
        "The African Union brokered a truce between the government and the TPLF on Friday.|African Union/government+TPLF",
        // mediators who announce a truce broker it; whom they mediate between are bound by it
        "Qatar and Egypt, which have been mediating between Israel and Hamas, announced a four-day pause in fighting on "
            + "Wednesday.|Qatar+Egypt/Israel+Hamas",
        // a name of a capital letter and digits is a name, not a number
        "M23 had previously declared a ceasefire in May.|/M23",
        // "its truce with": the sentence's subject and the other side
        "Israel threatened to return to war if its truce with Hezbollah collapsed.|/Israel+Hezbollah",
        // who agrees to a truce another proposed is bound by it; the proposer brokers it
        "The army chief Abdel Fattah al-Burhan agreed to a UN-proposed one-week humanitarian truce on Friday.|UN/Abdel Fattah al-Burhan",
        // those called on to keep a truce are not yet bound by it; who calls for it brokers it
        "The UN called on both the army and the RSF to implement a humanitarian truce on Friday.|/",
        "The rebels rebuffed a call by Turkey and Russia for the warring parties to declare a ceasefire.|Turkey+Russia/"})
    void whoBrokersATruceAndWhoIsBoundByIt(String text, String expected) {
        assertEquals(expected, cfArgs(text));
    }

    @Test
    void aTruceOneSideAgreedToOrOthersCalledForIsAProposalAndAnAcceptedTruceIsTheOneDeclared() {
        assertEquals(CeasefireStatus.PROPOSED,
                ceasefires("The army chief agreed to a UN-proposed one-week humanitarian truce on Friday.").get(0).status());
        assertEquals(CeasefireStatus.DECLARED,
                ceasefires("A UN-proposed one-week humanitarian truce took effect on Friday.").get(0).status());
        List<Ceasefire> cf = ceasefires("Forces loyal to the general announced a ceasefire in the west on Saturday. "
                + "On Thursday they rebuffed a call by Turkey and Russia for the warring parties to declare a ceasefire. "
                + "Their spokesman said late on Saturday that the army accepted a truce in the west.");
        assertEquals(List.of(CeasefireStatus.DECLARED, CeasefireStatus.PROPOSED), cf.stream().map(Ceasefire::status).toList(),
                cf.toString());
    }

    @Test
    void aPlaceNamedWithinItsRegionsPossessiveIsAPlaceAndSoIsTheRegion() {
        List<Event> ev = events("Villagers were hurt on Monday when the military launched an air strike in Sagaing "
                + "Region’s Shwebo Township.");
        Event strike = first(ev, EventType.AirStrike);
        assertEquals(Set.of("Shwebo Township", "Sagaing Region"), nameSet(strike.places()), ev.toString());
    }

    @Test
    void peopleKidnappedInAnAttackJustReportedAreAMentionOfThatAttack() {
        List<Event> ev = events("Gunmen raided the village of Mwenda on Monday, killing 22 civilians. "
                + "An unknown number were kidnapped.");
        assertEquals(List.of(EventType.AttackOnCivilians), typesOf(ev), ev.toString());
        assertEquals(2, ev.get(0).sentences().size(), ev.toString());
        assertEquals(List.of(EventType.Other), types("Gunmen kidnapped two engineers in the city on Monday."));
    }

    @Test
    void aDeclaredCeasefireIsDeclaredByItsBrokersAndItsParties() {
        List<Event> ev = events("A ceasefire brokered by Russia and Turkey went into force on Friday in the province of Idlib.");
        Event declared = first(ev, EventType.CeasefireDeclared);
        assertEquals(List.of("Russia", "Turkey"), names(declared.agents()), ev.toString());
        assertTrue(declared.targets().isEmpty(), "a day is no target: " + declared.targets());
        ev = events("Armenia and Azerbaijan reached a Russian-mediated ceasefire agreement on Saturday.");
        declared = first(ev, EventType.CeasefireDeclared);
        assertEquals(Set.of("Russia", "Armenia", "Azerbaijan"), nameSet(declared.agents()), ev.toString());
    }

    @Test
    void aDealStruckWithSomeoneHasThemAsAnAgentToo() {
        List<Event> ev = events("Russia struck a deal with the rebels to evacuate civilians from the town on Sunday.");
        assertEquals(1, ev.size(), ev.toString());
        assertEquals(Set.of("Russia", "rebels"), nameSet(ev.get(0).agents()),
                ev.toString());
    }

    @Test
    void theRebelsAreTheOneArmedGroupTheArticleNames() {
        List<Event> ev = events("The M23 rebel movement said on Monday it would keep its positions. Fighting with M23 "
                + "continued in the hills. The rebels captured the town of Karsa on Tuesday.");
        Event capture = first(ev, EventType.Capture);
        assertEquals(List.of("M23"), names(capture.agents()), ev.toString());
    }

    @Test
    void unnamedAttackersAreTheNamedGroupBesideThem() {
        List<Event> ev = events("Al Shabaab militants attacked an army base in the south on Monday. The attack by "
                + "the gunmen on the base lasted two hours, a police officer said.");
        assertEquals(1, ev.size(), ev.toString());
        assertFalse(ev.get(0).agents().stream().anyMatch(a -> a.name().equals("gunmen")), ev.toString());
        assertTrue(ev.get(0).agents().stream().anyMatch(a -> a.name().contains("Shabaab")), ev.toString());
    }

    @Test
    void aBackgroundClauseDoesNotUnmakeTheNewsOfTheDay() {
        assertFalse(types("Rebels, who have fought the government for years, attacked the town of Karsa on Monday.").isEmpty());
        assertEquals(List.of(EventType.AirStrike),
                types("Air strikes hit the city on Monday, in what residents called the heaviest raids since 2015."));
    }

    @Test
    void weaponsUsedAndSmallArmsFireAreTypedByTheirMeans() {
        assertEquals(List.of(EventType.Shelling), types("Insurgents used mortars near the village of Zolote on Monday."));
        assertEquals(List.of(EventType.ArmedClash),
                types("They also fired from assault rifles and grenade launchers at the checkpoint on Monday."));
    }

    @Test
    void anAirForceThatKillsStrikesFromTheAirButLeafletsAreNoStrike() {
        assertEquals(List.of(EventType.AirStrike),
                types("The air force killed more than a dozen mourners gathered at a mosque on Monday."));
        assertFalse(types("The air force also dropped leaflets over the town on Friday.").contains(EventType.AirStrike));
    }

    @Test
    void anotherStrikeOnTheSameDayIsAnotherEvent() {
        List<Event> ev = events("Jets struck a house in the town of Dara on Tuesday, killing three people. "
                + "Another air strike hit a school in the town of Dara on Tuesday, killing seven.");
        assertEquals(2, ev.stream().filter(e -> e.type() == EventType.AirStrike).count(), ev.toString());
    }

    @Test
    void strikesThatAreTheMeansOfAnAttackTakeItsAttackersAndTargets() {
        List<Event> ev = events("Ethiopian forces attacked the towns of Dara and Karsa on Saturday morning, targeting them with "
                + "rocket and artillery strikes. Later Asmara said Eritrean forces had shelled several villages.");
        List<Event> shelling = ev.stream().filter(e -> e.type() == EventType.Shelling).toList();
        assertEquals(2, shelling.size(), ev.toString());
        Event first = shelling.get(0);
        assertEquals(List.of("Ethiopian forces"), names(first.agents()));
        assertEquals(Set.of("Dara", "Karsa"), nameSet(first.places()));
    }

    @Test
    void aDirectionBeforeAPlaceIsNotPartOfItsNameButACapitalisedOneIs() {
        List<Event> ev = events("Militants attacked a police checkpoint in the northern Dara province on Sunday, killing 13 "
                + "policemen. Separately, gunmen raided a village in North Karsa on Sunday, killing six villagers.");
        assertEquals(List.of(List.of("Dara"), List.of("North Karsa")),
                ev.stream().map(e -> names(e.places())).toList(), ev.toString());
    }

    @Test
    void aDatelineIsWhereTheReportWasFiledNotWhereTheEventWas() {
        List<Event> ev = events("NAIROBI (Reuters) - Nine soldiers were killed in an ambush by guerrillas on Monday.");
        assertEquals(1, ev.size(), ev.toString());
        assertTrue(ev.get(0).places().isEmpty(), ev.toString());
    }

    @Test
    void aCountryWhereTalksAreHeldIsTheirPlaceButACountryTheyAreAboutIsNot() {
        List<Event> held = events("A second round of peace talks between the government and the rebels began in Mexico on Monday.");
        assertEquals(List.of(List.of("Mexico")), held.stream().map(e -> names(e.places()))
                .toList(), held.toString());
        List<Event> about = events("Envoys held talks on the future of Syria on Monday.");
        assertTrue(about.stream().allMatch(e -> e.places().isEmpty()), about.toString());
    }

    @Test
    void aDirectionBeforeARegionSaysWhereItLiesAndIsNoPartOfIt() {
        Article a = new Article("regions", "regions.txt", null, null, PUB, Article.DateSource.DATE_LINE,
                "The government declared a truce in its conflict with forces from the northern Tigray region. "
                        + "Militants fled to Iraq's western Anbar province. Government troops shelled eastern Aleppo.", 0);
        List<String> places = pipeline.run(a).entities().stream().filter(e -> e.type() == EntityType.Place)
                .map(Entity::text).toList();
        assertEquals(List.of("Tigray", "Anbar", "eastern Aleppo"), places);
    }

    @Test
    void anOfficersNameAfterThePlaceHisOfficeIsForIsAPerson() {
        Article a = new Article("envoy", "envoy.txt", null, null, PUB, Article.DateSource.DATE_LINE,
                "The announcement follows a visit by the Special Envoy for the Horn of Africa David Satterfield.", 0);
        List<Entity> es = pipeline.run(a).entities();
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.Person && e.text().equals("David Satterfield")),
                es.toString());
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.Place && e.text().equals("Africa")), es.toString());
    }

    @Test
    void aStatesGovernmentNamedThroughItsPossessiveActsAsTheState() {
        List<Event> ev = events("Ethiopia's government has declared a truce in its conflict with the rebels.");
        assertEquals(List.of("Ethiopia"), names(ev.get(0).agents()), ev.toString());
        assertEquals("Q115", ev.get(0).agents().get(0).entityKey(), ev.toString());
        // the whole phrase as the subject, with a typographic apostrophe
        // (the other side, "some armed groups", is an agent too)
        ev = events("In June 2015, Mali’s government signed a peace agreement with some armed groups.");
        assertEquals(Set.of("Mali", "armed groups"), nameSet(ev.get(0).agents()), ev.toString());
        assertTrue(ev.get(0).agents().stream().anyMatch(a -> a.name().equals("Mali") && "Q912".equals(a.entityKey())),
                ev.toString());
    }

    @Test
    void aBareGovernmentIsTheStateTheArticleNamesMost() {
        String background = "Mali has struggled to contain jihadist groups. Attacks in Mali have risen since 2012. "
                + "Neighbouring Niger has also suffered. ";
        List<Event> ev = events(background + "The government declared a state of emergency on Tuesday.");
        Event e = ev.get(ev.size() - 1);
        assertEquals(List.of("Mali"), names(e.agents()), ev.toString());
        assertEquals("Q912", e.agents().get(0).entityKey(), ev.toString());
        // two states named as often: no guess
        ev = events("Mali and Niger signed a pact. Mali and Niger are neighbours. "
                + "The government declared a state of emergency on Tuesday.");
        e = ev.get(ev.size() - 1);
        assertTrue(e.agents().stream().noneMatch(a -> a.entityKey() != null), ev.toString());
        // an article that names a government by its name means that one
        ev = events("Libya's Government of National Unity said calm had returned. Libya has two rival governments. "
                + "Libya held no election. The government declared a ceasefire on Tuesday.");
        e = ev.get(ev.size() - 1);
        assertEquals(List.of("Government of National Unity"), names(e.agents()),
                ev.toString());
    }

    @Test
    void aGovernmentNamedThroughItsLeaderIsTheState() {
        String background = "Colombia has fought rebels for decades. Colombia's army is large. ";
        List<Event> ev = events(background + "The government of Colombia’s leftist President Gustavo Petro restarted "
                + "peace talks with the ELN last year.");
        Event talks = first(ev, EventType.Talks);
        assertEquals(Set.of("ELN", "Colombia"), nameSet(talks.agents()), ev.toString());
        // who reopens or enters talks holds them
        ev = events("Sudan's army and the RSF entered talks in Jeddah in May.");
        assertEquals(Set.of("Sudan", "RSF"), nameSet(first(ev, EventType.Talks).agents()), ev.toString());
    }

    @Test
    void theCountryLeadingAnOperationCarriedItOut() {
        List<Event> ev = events("The militants were largely driven out in a French-led military operation in 2013.");
        assertEquals(List.of("France"), names(first(ev, EventType.GroundOffensive).agents()), ev.toString());
        ev = events("A Russian-led offensive began in the east on Monday.");
        assertEquals(List.of("Russia"), names(first(ev, EventType.GroundOffensive).agents()), ev.toString());
        // a coalition that a country leads is the coalition, not the country alone
        ev = events("A Saudi-led coalition air strike killed 20 people in Hodeidah on Monday.");
        assertTrue(names(first(ev, EventType.AirStrike).agents()).stream().anyMatch(a -> a.contains("coalition")),
                ev.toString());
    }

    @Test
    void aTruceWhoseSubjectStandsBeforeAnAsideCollapsesAndOneFoughtDespiteIsOnlyViolated() {
        List<Ceasefire> cf = ceasefires("The ceasefire, agreed by Hamas and Israel under Qatari mediation, collapsed on Tuesday.");
        assertEquals(CeasefireStatus.COLLAPSED, cf.get(0).status(), cf.toString());
        cf = ceasefires("Fighting erupted again despite a ceasefire agreed last week between Armenia and Azerbaijan.");
        assertEquals(CeasefireStatus.VIOLATED, cf.get(0).status(), cf.toString());
        assertFalse(types("Fighting erupted again despite a ceasefire agreed last week between Armenia and Azerbaijan.")
                .contains(EventType.CeasefireCollapsed));
    }

    @Test
    void aTruceAnnouncedWithManyModifiersIsDeclared() {
        List<Event> ev = events("The RSF announced a unilateral three-month humanitarian truce on Tuesday.");
        Event declared = first(ev, EventType.CeasefireDeclared);
        assertEquals(List.of("RSF"), names(declared.agents()), ev.toString());
    }

    @Test
    void forcesWhoReportABombingAreNotItsVictims() {
        assertEquals(List.of(EventType.AttackOnCivilians), types("At least 15 people were killed when a car bomb exploded "
                + "in a market in Mogadishu on Saturday, police said."));
        assertEquals(List.of(EventType.AttackOnCivilians), types("A suicide bomber blew himself up at a mosque in "
                + "Maiduguri on Friday, killing 12 worshippers, according to police."));
        // forces that are hit make it an attack on forces
        assertEquals(List.of(EventType.ArmedClash), types("A car bomb exploded at an army checkpoint in Mogadishu on "
                + "Saturday, killing six soldiers."));
    }

    @Test
    void aSecondVerbAfterTheFirstOnesObjectSharesItsSubject() {
        List<Event> ev = events("Islamist al Shabaab militants killed 12 Somali soldiers and briefly captured a military "
                + "base on Friday.");
        assertTrue(names(first(ev, EventType.Capture).agents()).stream().anyMatch(a -> a.contains("Shabaab")),
                ev.toString());
        // forces and their allies are both the subject
        ev = events("The army and allied militias captured the town of Bara on Friday.");
        assertEquals(Set.of("army", "militias"), nameSet(first(ev, EventType.Capture).agents()), ev.toString());
    }

    @Test
    void attacksFromAnActorAreItsAndAPlaceRetakenFromOneIsNot() {
        List<Event> ev = events("Attacks from Russian-backed insurgents continued until midnight near Debaltseve.");
        Event clash = first(ev, EventType.ArmedClash);
        assertEquals(List.of("insurgents"), names(clash.agents()), ev.toString());
        // the backer cut at its hyphen is no place
        assertEquals(List.of("Debaltseve"), names(clash.places()), ev.toString());
        ev = events("Most of Fallujah was retaken from IS militants by the army on Friday.");
        assertTrue(names(first(ev, EventType.Capture).agents()).stream().noneMatch(a -> a.contains("IS")), ev.toString());
    }

    @Test
    void aPluralNounTheTaggerTakesForAVerbIsStillTheSubject() {
        List<Event> ev = events("Government forces regained control of Palmyra from Islamic State on Sunday.");
        assertEquals(List.of("Government forces"), names(first(ev, EventType.Capture).agents()), ev.toString());
        // a headline's verb stays a verb
        ev = events("Israel strikes Gaza again");
        assertEquals(List.of("Israel"), names(first(ev, EventType.AirStrike).agents()), ev.toString());
    }

    @Test
    void aHolidayIsADayNotAPlace() {
        Event e = first(events("On Christmas Day, gunmen attacked a church in Jos."), EventType.AttackOnCivilians);
        assertEquals(List.of("Jos"), names(e.places()), e.toString());
        assertEquals(LocalDate.of(2021, 12, 25), e.date(), e.toString());
        e = events("Rebels attacked Kidal during Eid al-Adha on Friday.").get(0);
        assertEquals(List.of("Kidal"), names(e.places()), e.toString());
    }

    @Test
    void anAttackOnAHotelIsAnAttackOnCivilians() {
        assertEquals(List.of(EventType.AttackOnCivilians), types("Militants attacked a hotel in Kabul on Monday."));
    }

    @Test
    void anAttackOnForcesInAnotherPlaceIsAnotherAttack() {
        List<Event> ev = events("Fano militiamen clashed with Ethiopian federal troops in Gondar, residents said. "
                + "Ambazonian separatists killed two gendarmes in Bamenda, Cameroon's army said.");
        assertEquals(2, ev.size(), ev.toString());
        Event bamenda = ev.stream().filter(e -> names(e.places()).contains("Bamenda")).findFirst().orElseThrow();
        assertEquals(List.of("separatists"), names(bamenda.agents()), ev.toString());
        assertEquals(2, bamenda.fatalities(), ev.toString());
        // a toll with no attack named, in a place within the attack's (a village of the region), is the attack's
        ev = events("Gunmen attacked villages in Gambella region on Sunday, officials said. "
                + "In the village of Gog, 12 people were killed, a doctor said.");
        assertEquals(12, first(ev, EventType.AttackOnCivilians).fatalities(), ev.toString());
        // a toll in the same place is the clash's
        ev = events("Fano militiamen clashed with Ethiopian federal troops in Gondar, residents said. "
                + "At least 12 people were killed in Gondar, a doctor said.");
        assertEquals(1, ev.size(), ev.toString());
        assertEquals(12, ev.get(0).fatalities(), ev.toString());
    }

    @Test
    void anOccupiedPlaceIsNoCapture() {
        assertFalse(types("Israeli forces raided Jenin in the occupied West Bank on Monday.").contains(EventType.Capture));
        assertEquals(List.of(EventType.Capture), types("Russian troops occupied Kherson on Tuesday."));
    }

    @Test
    void whoIsAccusedOfAnAttackIsItsAgentNotTheAccuser() {
        List<Event> ev = events("The TPLF accused Eritrean troops of killing civilians in Adwa.");
        assertEquals(List.of("Eritrean troops"), names(first(ev, EventType.AttackOnCivilians).agents()), ev.toString());
        ev = events("Ukraine accused Russia of shelling Kharkiv on Monday.");
        assertEquals(List.of("Russia"), names(first(ev, EventType.Shelling).agents()), ev.toString());
    }

    @Test
    void aSubjectBeforeARelativeClauseActs() {
        String text = "Angola, which has mediated between Kinshasa and Kigali, called for an immediate ceasefire.";
        assertEquals("Angola/", cfArgs(text));
        assertTrue(names(first(events(text), EventType.Talks).agents()).contains("Angola"), events(text).toString());
        // who fled is not an agent of the flight
        List<Event> ev = events("\"We lost our homes\", said Bukar Zira, who fled to Mubi as the rebels moved in.");
        assertTrue(ev.stream().flatMap(e -> e.agents().stream()).noneMatch(a -> a.name().contains("Zira")), ev.toString());
    }

    @Test
    void whatAStrikeWentOnToHitIsWhereItFell() {
        assertEquals(List.of(EventType.AirStrike), types("The paramilitary Rapid Support Forces (RSF) have struck Port "
                + "Sudan for a third consecutive day, hitting the city's airport, a fuel depot and a hotel, the army says."));
        // gunmen targeting worshippers attack civilians
        assertTrue(types("Gunmen stormed a village, targeting worshippers at a church.").contains(EventType.AttackOnCivilians));
    }

    @Test
    void theStrikeIsTheStrikeAlreadyReported() {
        List<Event> ev = events("A Russian missile struck an apartment building in Dnipro on Wednesday, killing 12 people. "
                + "The strike came a day after Ukrainian and Russian delegations met in Istanbul for talks.");
        List<Event> strikes = ev.stream().filter(e -> e.type() == EventType.Shelling || e.type() == EventType.AirStrike).toList();
        assertEquals(1, strikes.size(), ev.toString());
        assertEquals(List.of(0, 1), strikes.get(0).sentences(), ev.toString());
        // the talks' city is not where the missile fell
        assertEquals(List.of("Dnipro"), names(strikes.get(0).places()), ev.toString());
    }

    @Test
    void aTruceNotAgreedIsOnlySoughtAndOneKeptWithoutViolationIsNotViolated() {
        List<Ceasefire> cf = ceasefires("Delegations met in Istanbul for a second round of talks, which ended without "
                + "agreement on a ceasefire.");
        assertEquals(CeasefireStatus.PROPOSED, cf.get(0).status(), cf.toString());
        assertFalse(types("The truce held for a week without a single violation of the ceasefire.")
                .contains(EventType.CeasefireViolation));
    }

    @Test
    void dronesLaunchedAtATargetAreAnAirStrike() {
        List<Event> ev = events("Russia launched 40 drones at Odesa overnight, Ukraine's air force said.");
        Event strike = first(ev, EventType.AirStrike);
        assertEquals(List.of("Russia"), names(strike.agents()), ev.toString());
        assertEquals(List.of("Odesa"), names(strike.places()), ev.toString());
        // drones shot down struck nothing; drones counted since the war began are a tally
        assertTrue(types("The air force said it shot down 30 of the 40 drones launched at Kyiv.").isEmpty());
        assertTrue(types("Russia has launched thousands of drones since the war began.").isEmpty());
    }

    @Test
    void whoAnAttackWasClaimedByCarriedItOut() {
        List<Event> ev = events("The attack on the market in Gao was claimed by Islamic State.");
        assertEquals(List.of("Islamic State"), names(ev.get(0).agents()), ev.toString());
        // the group named in the phrase, not the one it is linked to
        ev = events("Jihadists killed 26 soldiers in an attack on an army post in Djiguibombo on Sunday. The attack was "
                + "claimed by the Al-Qaeda-linked Group to Support Islam and Muslims (JNIM), according to a statement.");
        List<String> agents = names(first(ev, EventType.ArmedClash).agents());
        assertTrue(agents.contains("JNIM"), ev.toString());
        assertFalse(agents.contains("Al-Qaeda"), ev.toString());
    }

    @Test
    void aSubjectOpeningTheSentenceIsFoundBeforeItsShortPrepositionalPhrase() {
        List<Event> ev = events("Gunmen on motorbikes killed 20 villagers in Zamfara state on Sunday, police said.");
        assertEquals(List.of("Gunmen"), names(ev.get(0).agents()), ev.toString());
    }

    @Test
    void sidesThatHaveBeenDoingSomethingAreItsAgentsNotItsVictims() {
        String background = "Colombia has fought rebels for decades. Colombia's army is large. ";
        List<Event> ev = events(background + "The ELN and the government have been holding talks since January.");
        Event talks = first(ev, EventType.Talks);
        assertEquals(Set.of("ELN", "Colombia"), nameSet(talks.agents()), ev.toString());
        // those who have been killed are still not among the sides
        ev = events("Rebels attacked an army post in Arauca on Monday. Six soldiers have been killed in the clash.");
        assertTrue(ev.stream().flatMap(e -> e.agents().stream()).noneMatch(a -> a.name().contains("soldiers")),
                ev.toString());
    }

    @Test
    void thoseKilledAreNotAmongTheSidesOfAClash() {
        List<Event> ev = events("Clashes break out in Karsa between STC members, four fighters killed: security sources");
        Event clash = ev.stream().filter(e -> e.type() == EventType.ArmedClash).findFirst()
                .orElseThrow(() -> new AssertionError(ev.toString()));
        assertTrue(clash.agents().stream().noneMatch(a -> a.name().contains("fighters")), ev.toString());
    }

    @Test
    void theMenOfANamedGroupActAsTheGroup() {
        List<Event> ev = events("Nine soldiers were killed in an attack by guerrillas of the National Liberation Army (ELN) "
                + "near the border on Wednesday.");
        assertEquals(List.of("National Liberation Army"), names(ev.get(0).agents()),
                ev.toString());
    }

    @Test
    void aPlaceTakenAndLostAgainIsTwoCapturesAndTroopsRetreatingAreAWithdrawal() {
        List<Event> ev = events("The rebels had captured the town of Dara last year but were pushed out by government forces.");
        assertEquals(2, ev.stream().filter(e -> e.type() == EventType.Capture).count(), ev.toString());
        assertEquals(List.of(EventType.Other), types("Troops had already begun retreating from the town, the spokesman said."));
    }

    @Test
    void aMediatedDealIsTalksAndTheDealReachedIsAnOtherEvent() {
        List<EventType> t = types("Saudi Arabia mediated a deal aimed at ending the standoff between the two sides on Monday.");
        assertTrue(t.contains(EventType.Talks) && t.contains(EventType.Other), t.toString());
        assertEquals(List.of(EventType.Other), types("Russia struck a deal with the rebels on Saturday."));
        // what the deal is for has not happened yet
        assertEquals(List.of(EventType.Other),
                types("Russia struck a deal with rebels to evacuate hundreds of civilians from the town on Saturday."));
        assertTrue(types("The army used precise weapons suited to the targets being struck, according to the source.")
                .isEmpty());
    }

    @Test
    void withoutADateLineWeekdaysStillTellDaysApart() {
        Article a = new Article("undated", "undated.txt", null, null, null, Article.DateSource.UNKNOWN,
                "Clashes broke out in the capital late on Monday after the killing of a militia leader. "
                        + "The fighting on Wednesday was between two brigades in the south of the capital.", 0);
        List<Event> ev = pipeline.run(a).events();
        assertEquals(2, ev.stream().filter(e -> e.type() == EventType.ArmedClash).count(), ev.toString());
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.Other && e.trigger().equals("killing")), ev.toString());
    }

    @Test
    void peopleCapturedAreNoCaptureOfTerritory() {
        assertFalse(types("The rebels are holding two soldiers hostage after capturing them on Monday.")
                .contains(EventType.Capture));
    }

    @Test
    void anEventSetAgainstAnotherTakesTheDayItsSentenceNames() {
        // PUB is Wednesday 2022-03-09: "on Monday" dates the air strike, and the clash it came after happened that day
        List<Event> ev = events("A civilian was injured on Monday when the military launched an air strike on the "
                + "town of Marra after its ground troops clashed with resistance forces.");
        Event clash = first(ev, EventType.ArmedClash);
        assertEquals(LocalDate.of(2022, 3, 7), clash.date(), ev.toString());
        // the day something was said is not the day the story is set on
        ev = events("Troops clashed with rebels near the town of Marra, the governor said on Monday.");
        assertEquals(LocalDate.of(2022, 3, 7), ev.get(0).date(), ev.toString());
        ev = events("The governor said on Monday that troops had clashed with rebels near Marra on Sunday.");
        assertEquals(LocalDate.of(2022, 3, 6), ev.get(0).date(), ev.toString());
        // the day a witness told a news agency, past whom it was told, is the report's; the event's day comes later
        ev = events("Fifteen people were killed when gunmen attacked the village of Marra, residents told Agence "
                + "France Presse (AFP) yesterday. The attack happened on Monday afternoon.");
        assertEquals(LocalDate.of(2022, 3, 7), ev.get(0).date(), ev.toString());
    }

    @Test
    void fightingThatOpensASentenceIsAClash() {
        assertEquals(List.of(EventType.ArmedClash),
                types("Fighting in the port city of Marra last week highlighted the volatility of the security situation."));
        assertEquals(List.of(EventType.ArmedClash),
                types("Moreover, fighting in the port city of Marra highlighted the volatility of the security situation."));
        assertFalse(types("Foreign backers have been paying lip service to the need for a cessation of hostilities.")
                .contains(EventType.ArmedClash));
    }

    @Test
    void anUncertainCauseIsStillAnEvent() {
        assertTrue(types("The rebel ceasefire may be due to the new offensive by government troops.")
                .contains(EventType.GroundOffensive));
        assertFalse(types("Government troops may launch a new offensive on the town of Marra.")
                .contains(EventType.GroundOffensive));
    }

    @Test
    void aBareOvernightIsTheNightTheArticleNames() {
        List<Event> ev = events("Overnight clashes between troops and rebels left at least 18 dead. "
                + "Troops shelled the town of Marra heavily overnight on Monday, residents said.");
        Event clash = first(ev, EventType.ArmedClash);
        assertEquals(LocalDate.of(2022, 3, 7), clash.date(), ev.toString());
        // with no night named, "overnight" is the night ending on the publication day
        ev = events("Overnight clashes between troops and rebels left at least 18 dead.");
        assertEquals(PUB, ev.get(0).date(), ev.toString());
    }

    @Test
    void aCaptionDatedWeeksEarlierIsNotTheNewsOfTheDay() {
        // PUB is 2022-03-09: the caption's day is three weeks before it
        List<Event> ev = events("Rocket attack kills three in the city of Harkov\n"
                + "A worker takes in the damage from overnight shelling in Harkov, February 16, 2022.\n"
                + "Three people were killed by rocket fire in Harkov over the past day, the governor said.");
        assertEquals(2, ev.stream().filter(e -> e.type() == EventType.Shelling).count(), ev.toString());
    }

    @Test
    void aNewRocketAttackIsAnotherEventButANewOffensiveIsTheOneBegun() {
        List<Event> ev = events("Rocket fire killed three people in the city of Harkov, the governor said. "
                + "In a separate message, the governor reported a new rocket attack on the city of Harkov.");
        assertEquals(2, ev.stream().filter(e -> e.type() == EventType.Shelling).count(), ev.toString());
        ev = events("The army launched an offensive on the town of Marra on Monday. "
                + "The new army offensive on Marra drew condemnation.");
        assertEquals(1, ev.stream().filter(e -> e.type() == EventType.GroundOffensive).count(), ev.toString());
    }

    @Test
    void theSubjectOfTheVerbThatFiresOrRespondsIsTheAgent() {
        List<Event> ev = events("Hamas militants in the Gaza Strip fired rockets at Israel on Tuesday.");
        assertEquals(1, ev.size(), ev.toString());
        assertTrue(ev.get(0).agents().stream().anyMatch(a -> a.name().startsWith("Hamas")), ev.toString());
        ev = events("Israel responded with air strikes that killed three people in Gaza on Tuesday.");
        assertTrue(ev.get(0).agents().stream().anyMatch(a -> a.name().equals("Israel")), ev.toString());
    }

    @Test
    void aPlaceAttackedIsTheEventsPlaceAndAnEventWithoutOneTakesTheOnesItsSentenceNames() {
        List<Event> ev = events("Turkish forces shelled Afrin heavily overnight on Thursday.");
        assertTrue(ev.get(0).places().stream().anyMatch(a -> a.name().equals("Afrin")), ev.toString());
        ev = events("Kurdish fighters defending Afrin waged battles with Turkish troops on Thursday.");
        Event clash = first(ev, EventType.ArmedClash);
        assertTrue(clash.places().stream().anyMatch(a -> a.name().equals("Afrin")), ev.toString());
    }

    @Test
    void aCeasefireSetInAnEarlierTimeIsAnotherCeasefire() {
        List<Ceasefire> cf = ceasefires("The rebels declared a unilateral ceasefire on Friday after days of heavy fighting. "
                + "The rebels had previously declared a ceasefire in May, but fighting resumed. "
                + "A ceasefire was mediated by the regional bloc in 1994, but the conflict remained frozen.");
        assertEquals(3, cf.size(), cf.toString());
    }

    @Test
    void violenceAfterATruceBreaksItUnlessTheTruceHadCollapsedOrTheViolenceEased() {
        assertTrue(types("The town was shelled again on Saturday night, one day after the two countries reached a "
                + "ceasefire.").contains(EventType.CeasefireViolation));
        assertTrue(types("Rebels attacked an army post on Tuesday despite the truce.").contains(EventType.CeasefireViolation));
        assertFalse(types("The number of attacks decreased sharply on Tuesday since the ceasefire took effect.")
                .contains(EventType.CeasefireViolation));
        assertFalse(types("The air strikes on Tuesday came two days after the ceasefire collapsed.")
                .contains(EventType.CeasefireViolation));
        assertFalse(types("Clashes broke out on Tuesday after the mediators' call for a truce.")
                .contains(EventType.CeasefireViolation));
    }

    @Test
    void aTruceOfYearsBeforeIsOverWhenTheNewsIsOfFightingToday() {
        String old = "A ceasefire was mediated by the regional bloc in 1994, but the conflict remained frozen.";
        List<Ceasefire> cfs = ceasefires("Artillery shelled the town of Martuni on Tuesday, killing two civilians. " + old);
        assertEquals(1, cfs.size(), cfs.toString());
        assertEquals(CeasefireStatus.COLLAPSED, cfs.get(0).status());
        assertEquals(CeasefireStatus.DECLARED,
                ceasefires("The region's elders met in the town of Martuni on Tuesday to plan a school. " + old).get(0).status());
    }

    @Test
    void howAWarBeganAndFightingThatIsTheRocketFireAreNoClashes() {
        assertTrue(types("South Sudan plunged into civil war in December 2013 when a political crisis escalated into "
                + "fighting between the president's troops and rebels.").isEmpty());
        assertEquals(List.of(EventType.Capture), types("The war began in 2015 when Houthi rebels seized the capital."));
        assertEquals(List.of(EventType.Shelling),
                types("Militants in the Gaza Strip fired rockets at Israel on Tuesday as fighting resumed."));
    }

    @Test
    void aVisitByTheSecretaryGeneralIsTalks() {
        assertTrue(types("The rebels declared a ceasefire in May during a visit by the United Nations' Secretary-General.")
                .contains(EventType.Talks));
    }

    @Test
    void occupyingABaseAndAnnexingLandAreCapturesButPowerSeizedIsNot() {
        assertTrue(types("Gunmen stormed in and briefly occupied the base on Monday, police said.").contains(EventType.Capture));
        assertEquals(List.of(EventType.Capture), types("Moscow annexed the peninsula in March."));
        assertFalse(types("The talks ended the biggest threat to the junta since it seized power in 2021.")
                .contains(EventType.Capture));
    }

    @Test
    void aBanOnGatheringsIsASecurityMeasureLikeACurfew() {
        assertEquals(List.of(EventType.Other), types("The government banned all public gatherings in the city on Sunday."));
    }

    @Test
    void clashAgentsAreTheSidesItWasBetweenAndABackerIsNoSide() {
        List<Event> ev = events("The main fighting on Wednesday was between the army and the rebels in the capital.");
        assertEquals(List.of("army", "rebels"), names(ev.get(0).agents()), ev.toString());
        ev = events("The Iran-backed Houthis attacked the city of Marib on Tuesday.");
        assertEquals(List.of("Houthis"), names(ev.get(0).agents()), ev.toString());
    }

    @Test
    void theGroupAnArticleNamedIsTheAgentWhenReferredToByItsHeadWord() {
        List<Event> ev = events("The Three Brotherhood Alliance announced a ceasefire on Friday. Fighting has raged since "
                + "October, when the alliance launched an offensive against the army.");
        List<String> agents = names(first(ev, EventType.GroundOffensive).agents());
        assertTrue(agents.size() == 1 && agents.get(0).endsWith("Brotherhood Alliance"), ev.toString());
        // nothing named before: no agent
        ev = events("Fighting has raged since October, when the alliance launched an offensive against the army.");
        assertEquals(List.of(), names(first(ev, EventType.GroundOffensive).agents()), ev.toString());
    }

    @Test
    void theOneSuspectedOfAKillingIsItsAgent() {
        List<Event> ev = events("The ADF is suspected of hacking to death people in a nearby village last week.");
        assertEquals(List.of("ADF"), names(first(ev, EventType.AttackOnCivilians).agents()), ev.toString());
    }

    @Test
    void whomTheNextSentenceBlamesCarriedOutTheAttack() {
        List<Event> ev = events("Gunmen killed 22 villagers in Mwenda on Monday. He blamed the Allied Democratic Forces "
                + "(ADF), a Ugandan rebel group. The ADF has been active in the area for years.");
        assertTrue(names(first(ev, EventType.AttackOnCivilians).agents()).contains("ADF"), ev.toString());
        ev = events("Gunmen killed 22 villagers in Mwenda on Monday. No group has claimed responsibility.");
        assertEquals(List.of("Gunmen"), names(first(ev, EventType.AttackOnCivilians).agents()), ev.toString());
    }

    @Test
    void suicideBombersAreNotAircraftAndTheirNumberIsNotTheToll() {
        List<Event> ev = events("Two suicide bombers killed 30 people at a market in Maiduguri on Monday.");
        assertEquals(List.of(EventType.AttackOnCivilians), typesOf(ev), ev.toString());
        assertEquals(30, ev.get(0).fatalities());
        assertEquals(12, first(events("Three gunmen killed 12 villagers in Zamfara on Monday."), EventType.AttackOnCivilians)
                .fatalities());
        assertEquals(3, first(events("Three soldiers killed in ambush in Borno."), EventType.ArmedClash).fatalities());
    }

    @Test
    void attacksSpokenOfInGeneralAreNoEvent() {
        assertEquals(List.of(), types("Boko Haram has carried out similar attacks in the region."));
        assertEquals(List.of(), types("The minister condemned any attack on aid workers."));
        assertEquals(List.of(EventType.ArmedClash), types("Boko Haram attacked the army base in Monguno on Monday."));
    }

    @Test
    void missilesFiredOrLaunchedAFewWordsBeforeAreShelling() {
        assertEquals(List.of(EventType.Shelling), types("Houthi rebels fired a ballistic missile at a ship in the Red Sea."));
        assertEquals(List.of(EventType.Shelling), types("Hamas fired dozens of rockets at Israel on Monday."));
        assertTrue(types("Russian forces launched a barrage of missiles at Kyiv overnight, killing at least four people.")
                .contains(EventType.Shelling));
    }

    @Test
    void aTeenagerShotDeadByTroopsIsACivilianVictim() {
        assertEquals(EventType.AttackOnCivilians,
                events("Israeli troops shot dead a Palestinian teenager in Jenin on Wednesday.").get(0).type());
        assertEquals(EventType.ArmedClash, events("Israeli troops shot dead a Palestinian gunman in Jenin on Wednesday.")
                .get(0).type());
    }

    @Test
    void aTruceUnderNegotiationIsProposed() {
        assertEquals(CeasefireStatus.PROPOSED,
                ceasefires("Envoys of both sides met in Jeddah on Sunday for talks on a humanitarian truce.").get(0).status());
        assertEquals(CeasefireStatus.PROPOSED, ceasefires("The two sides are negotiating a ceasefire in Doha.").get(0).status());
        assertEquals(CeasefireStatus.DECLARED,
                ceasefires("The two sides agreed on a ceasefire after talks on a truce in Cairo.").get(0).status());
    }

    @Test
    void forcesKillingUnarmedPeopleIsAnAttackOnCiviliansUnlessAStrikeDidIt() {
        List<Event> ev = events("Security forces killed three protesters in Mandalay on Sunday.");
        assertEquals(List.of(EventType.AttackOnCivilians), typesOf(ev), ev.toString());
        assertEquals(List.of("Security forces"), names(ev.get(0).agents()));
        assertEquals(List.of(EventType.AirStrike), types("An air strike by government forces killed 11 civilians in Idlib."));
        assertEquals(List.of(EventType.ArmedClash), types("Security forces killed 12 militants in Mandalay."));
    }

    @Test
    void whoKilledPeopleInAnAttackMadeTheAttack() {
        Event e = first(events("Boko Haram militants killed at least 30 people in an attack on a village in Borno state."),
                EventType.AttackOnCivilians);
        assertEquals(List.of("Boko Haram militants"), names(e.agents()), e.toString());
        assertEquals(30, e.fatalities());
    }

    @Test
    void aRoadsideBombOnPeacekeepersIsAnAttackOnAidNotShelling() {
        assertEquals(List.of(EventType.AttackOnAid),
                types("Five peacekeepers were killed when their convoy hit a roadside bomb in northern Mali."));
        assertEquals(List.of(EventType.ArmedClash), types("A roadside bomb killed four soldiers near Kandahar."));
    }

    @Test
    void whoClaimsOrIsBlamedForAnAttackInItsOwnSentenceMadeIt() {
        Event e = first(events("The Islamic State claimed responsibility for the bombing, which killed 14 worshippers at a "
                + "mosque in Peshawar."), EventType.AttackOnCivilians);
        assertEquals(List.of("Islamic State"), names(e.agents()), e.toString());
        assertEquals(List.of("Boko Haram"), names(events("Police blamed the attack on Boko Haram.").get(0).agents()));
    }

    @Test
    void armedMenAndTheSidesOfFightingInAPlaceAreAgents() {
        assertEquals(List.of("Armed men"), names(first(events("Armed men on motorcycles stormed the village of Koulogon, "
                + "killing 37 herders."), EventType.AttackOnCivilians).agents()));
        assertEquals(List.of("Tuareg rebels", "Malian army"), names(events("Heavy fighting broke out in the town of Kidal "
                + "between Tuareg rebels and the Malian army.").get(0).agents()));
    }

    @Test
    void anAmbushAfterADateAndFightingThatHasContinuedAreClashes() {
        assertEquals(List.of(EventType.ArmedClash), types("On March 3, rebels ambushed an army patrol near Beni."));
        assertEquals(List.of(EventType.ArmedClash), types("Fighting has continued since Sunday in the eastern town of Sake."));
    }

    @Test
    void theSideAClashWasWithAndAGroupClaimingTheAttackAreAgents() {
        Set<String> sides = nameSet(events("Rebels fought with government troops in the north on Monday.").get(0).agents());
        assertEquals(Set.of("Rebels", "government troops"), sides);
        assertEquals(List.of("JNIM"), names(events("Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack on the "
                + "army base in Djibo.").get(0).agents()));
    }

    @Test
    void aTruceThatWasViolatedRespectedOrAHumanitarianPause() {
        String violated = "The ceasefire between the army and the RSF, brokered by the United States and Saudi Arabia, "
                + "was repeatedly violated.";
        assertEquals(CeasefireStatus.VIOLATED, ceasefires(violated).get(0).status());
        assertTrue(types(violated).contains(EventType.CeasefireViolation));
        assertEquals(CeasefireStatus.HOLDING,
                ceasefires("Both sides have largely respected the truce since it came into force on April 2.").get(0).status());
        List<Ceasefire> pause = ceasefires("A four-day humanitarian pause brokered by Qatar and Egypt took effect on Friday.");
        assertEquals(1, pause.size(), pause.toString());
        assertEquals(List.of("Qatar", "Egypt"), names(pause.get(0).brokers()));
    }

    @Test
    void aHeadlineKillingInAnAttackOnACampIsOneAttackOnCivilians() {
        List<Event> ev = events("Dozens killed as RSF attacks displacement camp near El Fasher");
        assertEquals(List.of(EventType.AttackOnCivilians), typesOf(ev), ev.toString());
    }

    @Test
    void theAttackCondemnedSentencesLaterIsTheOneReported() {
        List<Event> ev = events("Gunmen stormed the village of Koulogon on Monday, killing 37 herders. The village chief said "
                + "the men came at dawn. Survivors fled to the nearby town. The army has sent reinforcements. Aid groups "
                + "asked for help. The United Nations condemned the attack.");
        assertEquals(1, ev.stream().filter(e -> e.type() == EventType.AttackOnCivilians).count(), ev.toString());
        assertTrue(ev.stream().noneMatch(e -> e.type() == EventType.ArmedClash), ev.toString());
    }

    @Test
    void talksOrAnOffensiveLedBySomeoneHaveThemAsAgents() {
        assertEquals(List.of("United States", "Saudi Arabia"), names(events("Talks brokered by the United States and Saudi "
                + "Arabia in Jeddah collapsed last year.").get(0).agents()));
        assertEquals(List.of("Turkish forces"), names(events("An offensive led by Turkish forces began on Monday.").get(0)
                .agents()));
    }

    @Test
    void headlineStrikesAreTheMissileFireTheBodyReportsThere() {
        List<Event> ev = events("Russian strikes kill five in Odesa\n\nA Russian missile strike on the port of Odesa killed "
                + "five people on Saturday night, the governor said. The strike hit a residential building.");
        assertEquals(List.of(EventType.Shelling), typesOf(ev), ev.toString());
        assertEquals(LocalDate.of(2022, 3, 5), ev.get(0).date());
        // air strikes reported in the body keep the headline's strikes air strikes
        ev = events("Israeli strikes kill six in Gaza\n\nIsraeli air strikes on Gaza City killed six people on Monday. "
                + "Rockets fired from Gaza City fell in open areas.");
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.AirStrike && e.sentences().contains(0)), ev.toString());
    }

    @Test
    void aLeaderMeetingHisCommandersHoldsNoTalks() {
        assertFalse(types("The president visited troops in the Kharkiv region on Friday and met commanders.")
                .contains(EventType.Talks));
        assertTrue(types("The president met his Turkish counterpart in Ankara on Friday.").contains(EventType.Talks));
    }

    @Test
    void aTollWithThousandsSeparatorsIsOneNumber() {
        for (String n : List.of("14,800", "14,801", "1,200", "1,200,000")) {
            Event e = first(events("Israeli air strikes had killed more than " + n + " people in Gaza."), EventType.AirStrike);
            assertEquals(Integer.parseInt(n.replace(",", "")), e.fatalities(), n);
        }
    }

    @Test
    void aWireDatelineIsNeitherAgentNorParty() {
        String text = "DOHA/GAZA, Nov 27 (Reuters) - Israel and Hamas have agreed to extend their truce in Gaza by two days, "
                + "mediator Qatar said on Monday.";
        assertEquals(Set.of("Israel", "Hamas"), nameSet(ceasefires(text).get(0).parties()));
        Article a = new Article("dl", "dl.txt", null, null, PUB, Article.DateSource.DATE_LINE, text, 0);
        List<Entity> ents = pipeline.run(a).entities();
        assertTrue(ents.stream().anyMatch(e -> e.text().equalsIgnoreCase("Doha") && e.type() == EntityType.Place),
                ents.toString());
        assertTrue(ents.stream().noneMatch(e -> e.type() == EntityType.Organization && e.text().equals("GAZA")),
                ents.toString());
    }

    @Test
    void whoIsFightingSomewhereIsWhoTheyAreNotAClash() {
        List<Event> ev = events("An air strike by the Saudi-led coalition fighting in Yemen hit a bus in Dahyan on Thursday, "
                + "killing at least 29 children.");
        assertEquals(List.of(EventType.AirStrike), typesOf(ev), ev.toString());
        assertEquals(29, ev.get(0).fatalities());
        ev = events("Government forces fighting Islamic State have retaken the town.");
        assertEquals(List.of(EventType.Capture), typesOf(ev), ev.toString());
        assertEquals(List.of("Government forces"), names(ev.get(0).agents()));
        assertEquals(List.of(EventType.ArmedClash), types("Heavy fighting broke out in the town on Monday."));
    }

    @Test
    void aDayOfTheMonthIsNoTollAndATotalSinceTheOutbreakIsNone() {
        Event e = first(events("Clashes in the city on 15 April killed 12 people."), EventType.ArmedClash);
        assertEquals(12, e.fatalities());
        e = first(events("The fighting, which erupted on April 15, has killed more than 700 people."), EventType.ArmedClash);
        assertEquals(null, e.fatalities());
    }

    @Test
    void anAgreementForACeasefireIsTheCeasefire() {
        List<EventType> t = types("The army and the rebels signed an agreement for a seven-day ceasefire on Tuesday.");
        assertEquals(List.of(EventType.CeasefireDeclared), t);
        assertTrue(types("The government signed a peace agreement with the rebels on Tuesday.").contains(EventType.Other));
    }

    @Test
    void previousCeasefiresAreNotTheOneReported() {
        String text = "The army and the rebels agreed to a seven-day ceasefire on Tuesday.\n\n"
                + "Several previous ceasefires have failed to stop the fighting, which erupted in April.";
        assertEquals(CeasefireStatus.DECLARED, ceasefires(text).get(0).status());
        assertFalse(types(text).contains(EventType.CeasefireCollapsed), types(text).toString());
        text = "The army and the rebels agreed to a truce on Tuesday.\n\nLike all previous ceasefires, this deal collapsed as well.";
        assertEquals(CeasefireStatus.COLLAPSED, ceasefires(text).get(0).status());
    }

    @Test
    void attackersKilledAreNoAttackOnCivilians() {
        List<Event> ev = events("Militants attacked an army base on Tuesday, killing 17 soldiers.\n\n"
                + "Seven attackers were killed in the fighting, an officer said.");
        assertFalse(typesOf(ev).contains(EventType.AttackOnCivilians), ev.toString());
        assertEquals(1, ev.size(), ev.toString());
        assertEquals(2, ev.get(0).sentences().size(), ev.toString());
    }

    @Test
    void aWhenClauseTakesTheTimeOfItsMainClause() {
        Event e = first(events("A truce declared in January collapsed in late February when fighting resumed around the town."),
                EventType.ArmedClash);
        assertEquals(null, e.date());
        e = first(events("A truce declared in January collapsed on Monday when fighting resumed around the town."),
                EventType.ArmedClash);
        assertEquals(LocalDate.of(2022, 3, 7), e.date());
    }

    @Test
    void aPhraseBetweenCommasDescribesTheSubject() {
        Event e = first(events("The militants, known locally as al-Shabab but unrelated to the Somali group, attacked the town "
                + "on Monday."), EventType.ArmedClash);
        assertTrue(names(e.agents()).stream().noneMatch(a -> a.contains("Somali")), e.toString());
        e = first(events("M23 rebels, backed by Rwanda, seized the town of Bunagana."), EventType.Capture);
        assertEquals(List.of("M23 rebels"), names(e.agents()));
    }

    @Test
    void talksOfAForumAndOfItsMembersAreOneEvent() {
        List<Event> ev = events("The US and Russia held talks in Geneva.\n\n"
                + "The International Syria Support Group, which includes the US and Russia, met on the sidelines.");
        assertEquals(List.of(EventType.Talks), typesOf(ev), ev.toString());
        ev = events("The ELN has held preliminary talks since January.\n\nThe peace talks with the FARC have made progress.");
        assertEquals(2, typesOf(ev).stream().filter(t -> t == EventType.Talks).count(), ev.toString());
    }

    @Test
    void aGroupNamedByItsBackerIsTheGroupNamedBefore() {
        List<Event> ev = events("Al-Shabaab militants attacked a military base in Somalia on Tuesday, killing 17 soldiers.\n\n"
                + "The al-Qaida-linked group claimed responsibility for the attack.");
        assertEquals(1, ev.size(), ev.toString());
        assertTrue(names(ev.get(0).agents()).stream().noneMatch(a -> a.contains("Qaida")), ev.toString());
        Event e = first(events("The Iran-backed Houthis fired missiles at Marib."), EventType.Shelling);
        assertEquals(List.of("Houthis"), names(e.agents()));
    }

    @Test
    void missilesShotDownBelongToTheSalvoNotToTheDefender() {
        List<Event> ev = events("Russia fired dozens of cruise missiles at cities across Ukraine on Monday, killing at least 19 "
                + "people.\n\nUkraine's air force said it had shot down 43 of the 84 missiles fired.");
        assertEquals(List.of(EventType.Shelling), typesOf(ev), ev.toString());
        assertEquals(List.of("Russia"), names(ev.get(0).agents()));
        assertEquals(List.of(), types("The air force said it had intercepted two drones and three missiles."));
    }

    @Test
    void rocketsFiredInTheirHundredsAreShelling() {
        Event e = first(events("Hamas and other militant groups fired more than 200 rockets at Israel on Saturday."),
                EventType.Shelling);
        assertTrue(names(e.agents()).contains("Hamas"), e.toString());
    }

    @Test
    void aRunningTotalSinceTheFightingBeganIsNeitherTollNorClash() {
        assertEquals(List.of(), types("The health ministry said 139 people had been killed since the fighting began on "
                + "Monday, including 39 children."));
        Event e = first(events("An air strike killed 12 people in the town on Monday."), EventType.AirStrike);
        assertEquals(12, e.fatalities());
    }

    @Test
    void theAssaultIsTheOffensiveOrClashJustReported() {
        List<Event> ev = events("Militants attacked an army base in the north on Tuesday, killing 12 soldiers.\n\n"
                + "Seven more soldiers died in the assault, which lasted several hours, the army said.");
        assertEquals(1, ev.size(), ev.toString());
        ev = events("The army said on Monday its assault on the rebel-held town would go on.\n\n"
                + "The assault has killed more than 1,600 civilians, monitors said.");
        assertTrue(typesOf(ev).contains(EventType.GroundOffensive), ev.toString());
    }

    @Test
    void firingRifleGrenadesAtProtestersIsAnAttackOnCivilians() {
        assertEquals(List.of(EventType.AttackOnCivilians), types("Soldiers fired rifle grenades at protesters in the town on Friday."));
        assertEquals(List.of(EventType.ArmedClash), types("Rebels fired machine guns at the army post on Friday."));
    }

    @Test
    void peopleSeizedAreAnAbductionNotACapture() {
        // (schoolgirls abducted: an attack on civilians, as abductions of civilians are)
        List<EventType> t = types("More than 270 girls were seized from their school in the town of Chibok.");
        assertEquals(List.of(EventType.AttackOnCivilians), t);
        assertEquals(List.of(EventType.Capture), types("The town of Chibok was seized by the militants on Monday."));
    }

    @Test
    void aWarplaneShotDownStrikesNothing() {
        List<Event> ev = events("An air strike hit a residential area in the Abu Salim district overnight, killing four people.\n\n"
                + "The army said it had shot down a government warplane near Gharyan.");
        assertEquals(List.of(EventType.AirStrike), typesOf(ev), ev.toString());
        assertEquals(List.of("Abu Salim"), names(ev.get(0).places()));
    }

    @Test
    void whoSaidItDidItIsTheAgent() {
        Event e = first(events("An ethnic armed group said it had captured a police station in Chin state."), EventType.Capture);
        assertEquals(List.of("armed group"), names(e.agents()));
        e = first(events("The Chinland Defence Force said it had killed 12 soldiers in an ambush on Friday."),
                EventType.ArmedClash);
        assertEquals(List.of("Chinland Defence Force"), names(e.agents()));
    }

    @Test
    void aParticipleBeforeByNamesItsAgentAndNotTheNounBeforeIt() {
        Event e = first(events("Schoolgirls freed in Nigeria\n\nEighty-two of the Chibok schoolgirls kidnapped by Boko Haram "
                + "jihadists in 2014 have been freed."),
                EventType.Other);
        assertEquals(List.of("Boko Haram jihadists"), names(e.agents()));
    }

    @Test
    void aNameWithOfInsideIsOneAgent() {
        Event e = first(events("The release was negotiated by the Swiss government and the International Committee of the "
                + "Red Cross, officials said."), EventType.Talks);
        assertTrue(names(e.agents()).contains("International Committee of the Red Cross"), e.toString());
    }

    @Test
    void sidesAccusingEachOtherOfBreakingANewTruceAreItsParties() {
        String text = "Armenia and Azerbaijan accuse each other of violating new ceasefire\n\n"
                + "Armenia and Azerbaijan accused each other on Sunday of breaking a Russian-brokered ceasefire, a day after "
                + "it came into force.";
        List<Ceasefire> cfs = ceasefires(text);
        assertEquals(1, cfs.size(), cfs.toString());
        assertEquals(CeasefireStatus.VIOLATED, cfs.get(0).status());
        assertEquals(Set.of("Armenia", "Azerbaijan"), nameSet(cfs.get(0).parties()));
        assertEquals(Set.of("Armenia", "Azerbaijan"), nameSet(first(events(text), EventType.CeasefireViolation).agents()));
    }

    @Test
    void talksInAPlaceHostedBySomeoneHaveTheHostAsAgent() {
        Event e = first(events("The truce was agreed after ten hours of talks in Moscow hosted by Foreign Minister Sergei Lavrov."),
                EventType.Talks);
        assertTrue(names(e.agents()).stream().anyMatch(a -> a.endsWith("Sergei Lavrov")), e.toString());
        assertEquals(List.of("Moscow"), names(e.places()));
    }

    @Test
    void aTallySinceMonthsAgoIsNoEventButDisplacementStillIs() {
        assertEquals(List.of(), types("The Houthis have launched dozens of drone and missile attacks on commercial vessels "
                + "since November."));
        assertEquals(List.of(), types("Coalition jets have carried out thousands of air strikes since 2015."));
        assertEquals(List.of(), types("Indiscriminate airstrikes, use of incendiary weapons and multiple chemical attacks have "
                + "been reported since January."));
        assertEquals(List.of(EventType.AirStrike), types("Air strikes on the town killed 12 people on Monday, the first since "
                + "January."));
        assertEquals(List.of(), types("Troops have launched dozens of raids on rebel camps over the past two years."));
        assertEquals(List.of(EventType.Evacuation), types("The fighting has displaced more than 260,000 people since March."));
        assertEquals(List.of(EventType.AirStrike), types("Russian forces have launched dozens of strikes on the town since Monday."));
    }

    @Test
    void aListOfPlacesWithTheirDescriptionsIsEveryPlace() {
        Event e = first(events("The strikes hit military sites in the capital Sanaa, the port city of Hodeidah and the northern "
                + "stronghold of Saada, witnesses said."), EventType.AirStrike);
        assertEquals(Set.of("Sanaa", "Hodeidah", "Saada"), nameSet(e.places()));
        e = first(events("Shelling in Sudan\n\nRebel artillery shelled El Fasher, the capital of North Darfur state, on "
                + "Monday, killing 13 civilians."), EventType.Shelling);
        assertEquals(Set.of("El Fasher"), nameSet(e.places()));
    }

    @Test
    void fightingThatGoesOnAfterATruceIsAViolationOnItsOwnDay() {
        List<Event> ev = events("A ceasefire between the army and the rebels was due to take effect on Friday evening, but "
                + "fighting continued in the province on Saturday, residents said.");
        assertEquals(LocalDate.of(2022, 3, 5), first(ev, EventType.CeasefireViolation).date(), ev.toString());
        assertEquals(LocalDate.of(2022, 3, 5), first(ev, EventType.ArmedClash).date(), ev.toString());
        assertEquals(CeasefireStatus.VIOLATED, ceasefires("A ceasefire between the army and the rebels was due to take effect on "
                + "Friday evening, but fighting continued in the province on Saturday.").get(0).status());
    }

    @Test
    void aStateNamedByItsDemonymAndByItsNameIsOneActor() {
        List<Event> ev = events("US and British forces strike Houthi targets in Yemen\n\n"
                + "The United States and Britain carried out strikes from the air and sea against more than 60 targets in Yemen "
                + "overnight.");
        assertEquals(List.of(EventType.AirStrike), typesOf(ev), ev.toString());
        assertEquals(2, ev.get(0).sentences().size(), ev.toString());
    }

    @Test
    void aHeadlineConvoyAttackedIsTheAttackOnAidTheBodyReports() {
        List<Event> ev = events("Aid convoy attacked in Darfur, two drivers killed\n\n"
                + "Gunmen attacked a World Food Programme convoy in South Darfur on Sunday, killing two drivers, the agency said.");
        assertEquals(List.of(EventType.AttackOnAid), typesOf(ev), ev.toString());
        assertEquals(2, ev.get(0).sentences().size(), ev.toString());
    }

    @Test
    void whoComesUnderAttackIsNoAgentAndAttacksSinceTheWarBeganAreNoEvent() {
        Event e = first(events("Aid workers came under attack in the town on Monday."), EventType.AttackOnAid);
        assertEquals(List.of(), e.agents());
        assertEquals(List.of(), types("Aid workers have increasingly come under attack since war broke out in April."));
    }

    @Test
    void aPlaceInsideAnotherNamedWithAPossessiveIsBoth() {
        Event e = first(events("Strikes hit Ukraine\n\nA Russian strike hit a residential building in Kyiv's Sviatoshynskyi "
                + "district early on Tuesday, killing two people."), EventType.AirStrike);
        assertEquals(Set.of("Kyiv", "Sviatoshynskyi"), nameSet(e.places()));
    }

    @Test
    void aWeekOfTalksBetweenABackedGroupAndAGovernmentIsTalksBetweenThem() {
        Event e = first(events("Yemen talks end\n\nThe envoy announced the deal at the close of a week of talks between the "
                + "Iran-aligned Houthi movement and the government."), EventType.Talks);
        assertTrue(names(e.agents()).contains("Houthi"), e.toString());
        assertFalse(names(e.agents()).contains("Iran"), e.toString());
        assertEquals(List.of(), types("Rebels held the town\n\nAfter weeks of heavy battles, the army was in the town."));
    }

    @Test
    void theWarringPartiesAreTheSidesANearbySentenceNamesBetween() {
        List<Ceasefire> cfs = ceasefires("Yemen talks end\n\nYemen's warring parties agreed on Thursday to a ceasefire in the "
                + "port city of Hodeidah.\n\nThe deal came at the close of a week of talks between the Houthi movement and "
                + "the Saudi-backed government.");
        assertEquals(Set.of("Houthi", "government"), nameSet(cfs.get(0).parties()), cfs.toString());
    }

    @Test
    void aTollGivenPlaceByPlaceIsOneEventPerPlace() {
        List<Event> ev = events("Russian strikes on two eastern towns kill nine\n\nRussian strikes on two towns in the Donetsk "
                + "region killed nine people, officials said on Tuesday.\n\nSeven people were killed in a missile strike on "
                + "Kramatorsk while two were killed in shelling of Bakhmut, the governor said.");
        assertEquals(List.of(EventType.AirStrike, EventType.AirStrike), typesOf(ev), ev.toString());
        assertEquals(List.of("Kramatorsk"), names(ev.get(0).places()), ev.toString());
        assertEquals(7, ev.get(0).fatalities(), ev.toString());
        assertEquals(List.of("Bakhmut"), names(ev.get(1).places()), ev.toString());
        assertEquals(2, ev.get(1).fatalities(), ev.toString());
        assertTrue(ev.get(1).targets().stream().noneMatch(a -> a.name().equals("Kramatorsk")), ev.toString());
        // one part told, the rest to the one other place the report names
        List<Event> rest = events("Russian missile strike kills four in Ukraine's Sumy\n\nFour people were killed by Russian "
                + "missiles in the Sumy region over the past day, the governor said on Monday.\n\n\"At night, the enemy again "
                + "fired missiles at Sumy,\" he wrote on Telegram.\n\nThree men were killed in shelling in the village of "
                + "Krasnopillia, near the border.");
        assertEquals(2, rest.size(), rest.toString());
        assertEquals(List.of("Sumy"), names(rest.get(0).places()), rest.toString());
        assertEquals(1, rest.get(0).fatalities(), rest.toString());
        assertEquals(List.of("Krasnopillia"), names(rest.get(1).places()), rest.toString());
        assertEquals(3, rest.get(1).fatalities(), rest.toString());
        // who the dead were is no part told of a place
        List<Event> one = events("Air strike kills ten in Idlib\n\nAn air strike on a market in Idlib killed ten people on "
                + "Monday, three of them children, rescuers said.\n\nTwo more people were killed in Ariha later in the day.");
        assertEquals(1, one.size(), one.toString());
        assertEquals(10, one.get(0).fatalities(), one.toString());
    }

    @Test
    void theDayOfAnOccasionBesideAnAttackIsNotTheAttacksDay() {
        // PUB is Wednesday 9 March 2022: Monday is the 7th, Sunday the 6th
        List<Event> ev = events("Rebels hold two soldiers after attack\n\nRebels are holding two soldiers hostage after capturing "
                + "them in an attack that killed 12 troops and police, officials said Tuesday.\n\nThe attack, which killed 11 "
                + "soldiers and one police officer, targeted a convoy transporting result sheets from the local elections "
                + "Sunday.\n\nMonday's attack also left three soldiers wounded.");
        Event attack = first(ev, EventType.ArmedClash);
        assertEquals(1, typesOf(ev).stream().filter(t -> t == EventType.ArmedClash).count(), ev.toString());
        assertEquals(LocalDate.of(2022, 3, 7), attack.date(), ev.toString());
        assertTrue(attack.sentences().containsAll(List.of(2, 3)), ev.toString());
    }

    @Test
    void whoIsHeldAfterAnAttackInAHeadlineDidNotMakeIt() {
        Event attack = first(events("Rebels hold two soldiers after attack\n\nRebels are holding two soldiers hostage, officials "
                + "said Tuesday."), EventType.ArmedClash);
        assertTrue(attack.agents().stream().noneMatch(a -> a.name().contains("soldiers")), attack.toString());
    }

    @Test
    void forcesInANameAreNoTruceComingIntoForce() {
        List<Ceasefire> cfs = ceasefires("Sudan truce signed\n\nSudan's army and the paramilitary Rapid Support Forces signed a "
                + "seven-day ceasefire in Jeddah on Tuesday, the United States and Saudi Arabia said.\n\nThe truce is due to "
                + "take effect on Monday evening.");
        assertEquals(LocalDate.of(2022, 3, 14), cfs.get(0).start(), cfs.toString());
    }

    @Test
    void aTruceBrokeredByAnEnvoyIsBrokeredByThePerson() {
        assertEquals(List.of("Staffan de Mistura"), names(ceasefires("Syria truce fails\n\nThe ceasefire, brokered by UN envoy "
                + "Staffan de Mistura, collapsed on Monday.").get(0).brokers()));
        assertEquals(List.of("Olusegun Obasanjo"), names(ceasefires("Truce in doubt\n\nThe truce, mediated by African Union "
                + "envoy Olusegun Obasanjo, was violated on Monday.").get(0).brokers()));
        assertEquals(Set.of("United States", "Russia"), nameSet(ceasefires("Syria truce fails\n\nThe ceasefire, brokered by "
                + "the United States and Russia, collapsed on Monday.").get(0).brokers()));
    }

    @Test
    void theTalksATruceIsSoughtInNameItsBrokersAndSides() {
        Ceasefire sought = ceasefires("Afghan talks\n\nTalks in Doha between the Afghan government and the Taliban, facilitated "
                + "by Qatar, have made progress toward a ceasefire, diplomats said.").get(0);
        assertEquals(List.of("Qatar"), names(sought.brokers()), sought.toString());
        assertEquals(2, sought.parties().size(), sought.toString());
        assertTrue(names(sought.parties()).contains("Taliban"), sought.toString());
        assertEquals(CeasefireStatus.PROPOSED, sought.status(), sought.toString());
        Ceasefire agreed = ceasefires("Gaza talks\n\nEgypt and Qatar, which are mediating the talks, said Israel and Hamas had "
                + "agreed to a truce.").get(0);
        assertEquals(Set.of("Egypt", "Qatar"), nameSet(agreed.brokers()), agreed.toString());
        // leaders who hold talks are no sides of the truce their countries agree
        Ceasefire leaders = ceasefires("Idlib truce\n\nThe two countries agreed on the ceasefire after talks between Russian "
                + "President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan.").get(0);
        assertTrue(leaders.parties().stream().noneMatch(a -> a.name().contains("Putin")), leaders.toString());
    }

    @Test
    void whoHostsTalksOnATruceBrokersItAndWhoDeclaresOneIsBound() {
        Ceasefire hosted = ceasefires("Kenya news\n\nKenya hosted talks between the army and the rebels on a ceasefire.").get(0);
        assertEquals(List.of("Kenya"), names(hosted.brokers()), hosted.toString());
        assertEquals(Set.of("army", "rebels"), nameSet(hosted.parties()), hosted.toString());
        assertEquals(CeasefireStatus.PROPOSED, hosted.status(), hosted.toString());
        Ceasefire declared = ceasefires("Kenya news\n\nThe rebels said they would respect a unilateral ceasefire declared by "
                + "the government.").get(0);
        assertEquals(List.of("government"), names(declared.parties()), declared.toString());
        assertEquals(List.of(), names(declared.brokers()), declared.toString());
    }

    @Test
    void rapidSupportForcesDoNotPutATruceInForce() {
        Ceasefire sought = ceasefires("Sudan talks\n\nTalks between the army and the Rapid Support Forces have made progress "
                + "toward a humanitarian truce, diplomats said.").get(0);
        assertEquals(CeasefireStatus.PROPOSED, sought.status(), sought.toString());
    }

    @Test
    void aCarBombNearACheckpointThatKillsCiviliansIsAnAttackOnThem() {
        assertEquals(List.of(EventType.AttackOnCivilians), types("News\n\nA car bomb exploded near a checkpoint in Afrin, killing "
                + "at least eight civilians, a monitor reported."));
        assertEquals(List.of(EventType.ArmedClash), types("News\n\nA car bomb exploded near a checkpoint in Afrin, killing "
                + "at least eight soldiers, a monitor reported."));
    }

    @Test
    void aSuicideBomberIsNoAircraft() {
        assertEquals(List.of(EventType.AttackOnCivilians), types("News\n\nA suicide bomber attacked a wedding party in Kabul, "
                + "killing 20 people."));
    }

    @Test
    void whoKilledInARaidMadeIt() {
        Event raid = first(events("News\n\nFour Palestinians were killed by Israeli fire during a raid in Jenin, the health "
                + "ministry said."), EventType.ArmedClash);
        assertEquals(List.of("Israel"), names(raid.agents()), raid.toString());
    }

    @Test
    void anAdjectiveOpeningASentenceIsNoPlaceOfThatName() {
        Event strike = first(events("Tigray news\n\nFederal troops launched air strikes on Mekelle on Monday, killing three "
                + "people."), EventType.AirStrike);
        assertEquals(List.of("Mekelle"), names(strike.places()), strike.toString());
    }

    @Test
    void theBackerOfAGovernmentIsNoSideOfItsClashes() {
        Event viaOf = first(events("Libya news\n\nForces loyal to Haftar clashed with troops of the UN-backed government in "
                + "southern suburbs."), EventType.ArmedClash);
        assertFalse(names(viaOf.agents()).contains("UN"), viaOf.toString());
        Event owned = first(events("Libya news\n\nForces loyal to Haftar clashed with the UN-backed government's forces in "
                + "southern suburbs."), EventType.ArmedClash);
        assertFalse(names(owned.agents()).contains("UN"), owned.toString());
    }

    @Test
    void aRunningTollIsNoEventAndABareTollHasItsValue() {
        assertEquals(List.of(EventType.AirStrike), types("News\n\nIsraeli air strikes killed 12 people in Rafah overnight, "
                + "bringing the death toll from the week's fighting to 210, health officials said."));
        Event attack = first(events("News\n\nThe toll from last week's attack on the army base in Boulkessi has risen to 40 "
                + "soldiers, the army said."), EventType.ArmedClash);
        assertEquals(40, attack.fatalities(), attack.toString());
    }

    @Test
    void talksThatNameNoOneAreHeldByThoseOfTheTalksBefore() {
        List<Event> ev = events("Peace talks resume\n\nThe Philippine government resumed peace talks with the National "
                + "Democratic Front in Oslo on Monday.\n\nA second round of talks began in Rome earlier this year.");
        Event rome = ev.stream().filter(e -> e.places().stream().anyMatch(p -> p.name().equals("Rome"))).findFirst().orElseThrow();
        assertTrue(names(rome.agents()).contains("National Democratic Front"), ev.toString());
        assertEquals(2, rome.agents().size(), ev.toString());
    }

    @Test
    void theAttackersAreWhoTheOtherAgentsAreAndWhoCondemnsAnAttackDidNotMakeIt() {
        Event raid = first(events("Jihadists raid army camp\n\nSuspected jihadists killed eight soldiers in a raid on an army "
                + "camp in Dioura on Sunday.\n\nThe attackers stormed the camp at dawn, a security source said."),
                EventType.ArmedClash);
        assertEquals(List.of("jihadists"), names(raid.agents()), raid.toString());
        Event strike = first(events("UN envoy condemns air strikes on Yemen wedding\n\nAt least 20 people were killed when air "
                + "strikes hit a wedding in Hajjah province on Sunday."), EventType.AirStrike);
        assertFalse(names(strike.agents()).contains("UN"), strike.toString());
    }

    @Test
    void peopleCrossingABorderFledAndThePlaceTheyFledIsNoAgent() {
        assertEquals(List.of(EventType.Evacuation), types("News\n\nMore than 5,000 people have crossed into Chad, the UNHCR said."));
        assertEquals(List.of(), types("News\n\nThe delegation crossed into Chad on Monday."));
        Event fled = first(events("News\n\nResidents of Sittwe fled to monasteries as the Arakan Army advanced on the town."),
                EventType.Evacuation);
        assertEquals(List.of(), names(fled.agents()), fled.toString());
    }

    @Test
    void theNightOfADayIsNoTarget() {
        Event strike = first(events("News\n\nAir strikes hit Sanaa on the night of Tuesday to Wednesday, residents said."),
                EventType.AirStrike);
        assertTrue(strike.targets().stream().noneMatch(a -> a.name().contains("night")), strike.toString());
    }

    @Test
    void armedMenTheTaggerTookForAVerbAreStillTheSubject() {
        // the tagger reads "rebels/VERB attacked/ADP" here
        Event attack = first(events("Yemen truce\n\nThe ceasefire collapsed on Tuesday when rebels attacked government "
                + "positions near Aden."), EventType.ArmedClash);
        assertEquals(List.of("rebels"), names(attack.agents()), attack.toString());
        assertEquals(List.of("Aden"), names(attack.places()), attack.toString());
    }

    @Test
    void fatalitiesAreDeaths() {
        Event attack = first(events("News\n\nThe attack on the convoy caused 7 fatalities, according to the mission."),
                EventType.ArmedClash);
        assertEquals(7, attack.fatalities(), attack.toString());
    }

    @Test
    void anExtendedTruceHolds() {
        assertEquals(CeasefireStatus.HOLDING, ceasefires("Truce\n\nThe two-month truce was extended for another two months on "
                + "Thursday.").get(0).status());
        assertEquals(CeasefireStatus.HOLDING, ceasefires("Truce\n\nThe warring parties agreed to extend the truce by two "
                + "months.").get(0).status());
    }

    @Test
    void aTownThatFellToForcesWasTakenByThem() {
        Event fell = first(events("News\n\nThe town of Bakhmut fell to Russian forces on Saturday after months of fighting."),
                EventType.Capture);
        assertEquals(List.of("Russian forces"), names(fell.agents()), fell.toString());
        assertEquals(List.of(), types("News\n\nOil prices fell to a record low."));
    }

    @Test
    void aFragmentCutAtAHyphenIsNoTarget() {
        Event shelling = first(events("News\n\nPro-Russian separatists shelled the Ukrainian-held town of Avdiivka overnight."),
                EventType.Shelling);
        assertTrue(shelling.targets().stream().noneMatch(a -> a.name().endsWith("-")), shelling.toString());
    }

    @Test
    void tradingFireAtTheEndOfASentenceIsAClash() {
        assertEquals(List.of(EventType.ArmedClash), types("Israel and Hezbollah exchange fire"));
        assertEquals(List.of(EventType.ArmedClash), types("Border guards said the two armies traded fire"));
    }

    @Test
    void shellingByBothSidesIsByTheSidesNamedNearby() {
        Event byBoth = first(events("Clashes between the Sudanese army and the RSF continue in Khartoum\n\nAt least 50 civilians "
                + "were killed in shelling by both sides on Wednesday, medics said."), EventType.Shelling);
        assertEquals(Set.of("Sudanese army", "RSF"), nameSet(byBoth.agents()), byBoth.toString());
        Event both = first(events("Israel and Hezbollah exchange fire\n\nBoth sides shelled the border village of Kfar Kila on "
                + "Wednesday."), EventType.Shelling);
        assertEquals(Set.of("Israel", "Hezbollah"), nameSet(both.agents()), both.toString());
        Event unnamed = first(events("Fighting in the north\n\nBoth sides shelled the town on Wednesday."), EventType.Shelling);
        assertEquals(List.of(), names(unnamed.agents()), unnamed.toString());
    }

    @Test
    void protestersStormingABuildingAreNoArmedAttack() {
        assertEquals(List.of(), types("Deal signed\n\nProtesters stormed the government headquarters in Yerevan after the deal "
                + "was announced."));
        assertEquals(List.of(EventType.ArmedClash), types("Militants stormed an army base in the north on Monday."));
    }

    @Test
    void aNameOpeningOnALowerCaseParticleKeepsIt() {
        Event e = first(events("Attack in the north\n\nFighters from al Shabaab attacked an army base on Monday."),
                EventType.ArmedClash);
        assertTrue(names(e.agents()).contains("al Shabaab"), e.toString());
    }

    @Test
    void warringPartiesNamedNowhereAreNoParty() {
        List<Ceasefire> cfs = ceasefires("Warring parties sign week-long ceasefire deal in Jeddah\n\nThe army and the paramilitary "
                + "Rapid Support Forces have signed an agreement for a seven-day ceasefire, mediators said.");
        assertTrue(names(cfs.get(0).parties()).stream().noneMatch(p -> p.toLowerCase().contains("warring")), cfs.toString());
    }

    @Test
    void anAttackHelicopterAssaultingAVillageIsAnAirStrike() {
        List<EventType> t = types("Raid in the north\n\nIn the afternoon, a fighter jet flew over the area, and an attack "
                + "helicopter later assaulted the village.");
        assertTrue(t.contains(EventType.AirStrike), t.toString());
        assertFalse(t.contains(EventType.AttackOnCivilians), t.toString());
    }

    @Test
    void aTruceThatTookHoldIsDeclaredAndItsBrokersAreWhatWhichStandsFor() {
        List<EventType> t = types("Gaza truce takes hold\n\nAn Egyptian-brokered truce between Israel and the militants took "
                + "hold on Monday.");
        assertTrue(t.contains(EventType.CeasefireDeclared), t.toString());
        List<Ceasefire> cfs = ceasefires("Sudan fighting\n\nClashes continued in Khartoum despite a ceasefire.\n\n"
                + "The United States and Saudi Arabia, which brokered the week-long truce, said both sides had violated it.");
        assertEquals(Set.of("United States", "Saudi Arabia"), nameSet(cfs.get(0).brokers()), cfs.toString());
    }

    @Test
    void anAidWarehouseLootedIsAnAttackOnAid() {
        assertEquals(List.of(EventType.AttackOnAid), types("Sudan\n\nOn Thursday, a World Food Programme warehouse in El Obeid "
                + "was looted."));
        assertEquals(List.of(), types("Sudan\n\nShops were looted in the market."));
    }

    @Test
    void aTruceAnnouncedOnADayStartsOnTheDayNamedAfterStarting() {
        // PUB is Wednesday 9 March 2022
        String text = "Ceasefire announced\n\nGovernment forces announced on Wednesday a ceasefire in the north, "
                + "starting at 00:01 a.m. on Thursday, a spokesman said.";
        Event declared = first(events(text), EventType.CeasefireDeclared);
        assertEquals(PUB, declared.date(), "the announcement's own day, not a report day");
        assertEquals(PUB.plusDays(1), ceasefires(text).get(0).start(), "the Thursday after the announcement");
        // "came into force on Monday": the day named after the words of starting
        List<Ceasefire> inForce = ceasefires("Truce holds\n\nThe truce agreed on Saturday came into force on Monday.");
        assertEquals(LocalDate.of(2022, 3, 7), inForce.get(0).start(), inForce.toString());
        // a truce that took effect before the day of the report has started: no week is added
        List<Ceasefire> started = ceasefires("Strike after truce\n\nThe military said on Wednesday its aircraft struck a "
                + "depot, the first strike since a ceasefire took effect on Tuesday.");
        assertEquals(PUB.minusDays(1), started.get(0).start(), started.toString());
    }

    @Test
    void anOvernightRaidIsTheNightTheArticleNamesAndAnotherVillageIsAnotherAttack() {
        // PUB is Wednesday 9 March 2022
        String raid = "Militia raid kills villagers\n\nAt least 22 people were killed in an overnight raid in the east, local "
                + "authorities said on Wednesday.\n\nThe militants struck late on Tuesday, killing residents of Kalima "
                + "village with machetes, a local official said.";
        List<Event> one = events(raid);
        assertEquals(List.of(EventType.AttackOnCivilians), typesOf(one), one.toString());
        assertEquals(PUB.minusDays(1), one.get(0).date(), "the night of 'late on Tuesday'");
        List<Event> two = events(raid + "\n\nNine more bodies were discovered on Tuesday in another village in the area, "
                + "also victims of an alleged militia attack, he said.");
        assertEquals(List.of(EventType.AttackOnCivilians, EventType.AttackOnCivilians), typesOf(two), two.toString());
    }

    @Test
    void anAirAndGroundAssaultIsAnOffensive() {
        List<EventType> t = types("Ghouta\n\nGovernment forces pressed a deadly air and ground assault on the enclave.");
        assertEquals(List.of(EventType.GroundOffensive), t);
        assertEquals(List.of(EventType.AirStrike), types("Ghouta\n\nAn air assault on the enclave killed 12 people on Tuesday."));
    }

    @Test
    void whoClaimsToHaveCapturedATownIsItsAgent() {
        Event e = first(events("Shan State\n\nThe Arakan Army claimed last week to have captured a northern town near the "
                + "border."), EventType.Capture);
        assertEquals(List.of("Arakan Army"), names(e.agents()), e.toString());
    }

    @Test
    void talksThatFailedToProduceACeasefireLeaveItProposed() {
        List<Ceasefire> cf = ceasefires("Sudan\n\nTalks in Geneva in August, mediated by the United States, failed to produce "
                + "a ceasefire after the army refused to attend.");
        assertEquals(List.of(CeasefireStatus.PROPOSED), cf.stream().map(Ceasefire::status).toList(), cf.toString());
        List<Ceasefire> revived = ceasefires("Syria\n\nWorld powers failed to revive a collapsed ceasefire on Tuesday.");
        assertTrue(revived.stream().noneMatch(c -> c.status() == CeasefireStatus.PROPOSED), revived.toString());
    }

    @Test
    void aHeadlineAttackAndAClaimOfItAreTheAttackTheBodyReports() {
        // PUB is Wednesday 9 March 2022
        List<Event> e = events("Dozens killed in jihadist attack on Sahel town\n\nJihadists killed at least 100 villagers in "
                + "an attack on the town of Kaya on Monday, security sources said.\n\nThe group claimed responsibility for the "
                + "attack in a statement on Tuesday.");
        assertEquals(List.of(EventType.AttackOnCivilians), typesOf(e), e.toString());
        assertEquals(PUB.minusDays(2), e.get(0).date(), "the attack's day, not the claim's");
        assertEquals(List.of(0, 1, 2), e.get(0).sentences(), e.toString());
    }

    @Test
    void tanksFiringAtVillagesAreShelling() {
        assertEquals(List.of(EventType.Shelling), types("Lebanon\n\nIsraeli tanks fired at several villages on Tuesday, "
                + "wounding two people."));
        assertEquals(List.of(EventType.Shelling), types("Lebanon\n\nTanks opened fire on the town of Khiam on Tuesday."));
        assertEquals(List.of(EventType.AttackOnCivilians), types("Lebanon\n\nGunmen opened fire on worshippers in a mosque."));
    }

    @Test
    void aStrikeSinceATruceIsItsViolationByWhoseAircraftStruck() {
        List<Event> e = events("Lebanon\n\nThe Israeli military said on Wednesday its aircraft struck a Hezbollah "
                + "rocket storage facility in southern Lebanon, the first such strike since a ceasefire took effect.");
        Event strike = first(e, EventType.AirStrike);
        Event violation = first(e, EventType.CeasefireViolation);
        assertEquals(List.of("Israeli military"), names(strike.agents()), e.toString());
        assertEquals("struck", violation.trigger(), "the strike is the violation, not the rocket store it hit");
    }

    @Test
    void armedGangsAreAgentsAndPortAuPrinceIsWhole() {
        Event e = first(events("Haiti\n\nArmed gangs attacked a police station in Port-au-Prince on Monday."), EventType.ArmedClash);
        assertEquals(List.of("Armed gangs"), names(e.agents()), e.toString());
        assertEquals(List.of("Port-au-Prince"), names(e.places()), e.toString());
    }

    @Test
    void whatTheAttackCameAfterIsAnotherAttack() {
        // PUB is Wednesday 9 March 2022
        List<Event> e = events("Haiti\n\nArmed gangs attacked the main prison in the capital, freeing inmates.\n\n"
                + "The assault came after gangs launched coordinated attacks on police stations on Sunday.");
        assertEquals(2, e.size(), e.toString());
        assertFalse(PUB.minusDays(3).equals(e.get(0).date()), "the prison attack is not the one of Sunday: " + e);
        assertEquals(PUB.minusDays(3), e.get(1).date(), e.toString());
    }

    @Test
    void theGroupLinkedToAnotherClaimsTheBombing() {
        Event e = first(events("Somalia\n\nA car bomb exploded near a checkpoint in Mogadishu on Tuesday, killing eight "
                + "people.\n\nThe al-Qaida-linked al-Shabab extremist group claimed responsibility for the bombing."), EventType.ArmedClash);
        assertEquals(List.of("al-Shabab"), names(e.agents()), e.toString());
    }

    @Test
    void rebelsWhoSaidOnADayTheyHadCapturedACityCapturedIt() {
        Event e = first(events("Congo\n\nRwanda-backed M23 rebels said on Monday they had captured Goma, the largest city "
                + "in eastern Congo."), EventType.Capture);
        assertEquals(List.of("M23 rebels"), names(e.agents()), e.toString());
    }

    @Test
    void aHeadlineWithTheBodysTollIsTheBodysEvent() {
        List<Event> e = events("Car bomb kills 8 in Mogadishu\n\nA car bomb exploded near a busy checkpoint in Mogadishu on "
                + "Tuesday, killing at least eight people and wounding 15 others, police said.");
        assertEquals(1, e.size(), e.toString());
        assertEquals(List.of(0, 1), e.get(0).sentences(), e.toString());
    }

    @Test
    void fightingThatResumedInLateAugustIsNotOfTheReportDay() {
        List<Event> e = events("Ethiopia\n\nFighting resumed in late August, shattering a five-month truce.");
        Event clash = first(e, EventType.ArmedClash);
        assertFalse(PUB.equals(clash.date()), e.toString());
    }

    @Test
    void forcesThatPressedAnOffensiveCarriedItOn() {
        assertEquals(List.of(EventType.GroundOffensive), types("Tigray\n\nGovernment forces pressed an offensive against "
                + "Tigrayan forces on Tuesday."));
        assertEquals(List.of(), types("Tigray\n\nThe envoy pressed for a new offensive to be called off."));
    }

    @Test
    void aTruceBetweenTheTwoSidesBindsTheTwoLastNamedTogether() {
        List<Ceasefire> cf = ceasefires("Lebanon\n\nIsrael and Hezbollah traded fire for months.\n\nA ceasefire between the "
                + "two sides took effect on Tuesday.");
        assertEquals(Set.of("Israel", "Hezbollah"), nameSet(cf.get(0).parties()), cf.toString());
    }

    @Test
    void fireAnsweredInKindInACoordinatedClauseIsASecondAttackWithItsOwnAgentAndPlace() {
        List<Event> e = events("Mali\n\nRebels shelled a police post in Gao on Monday, and the army responded with "
                + "artillery fire on their camps near Menaka.");
        List<Event> shelling = e.stream().filter(x -> x.type() == EventType.Shelling).toList();
        assertEquals(2, shelling.size(), e.toString());
        assertEquals(List.of("Rebels"), names(shelling.get(0).agents()), e.toString());
        assertEquals(List.of("Gao"), names(shelling.get(0).places()), e.toString());
        assertEquals(List.of("army"), names(shelling.get(1).agents()), e.toString());
        assertEquals(List.of("Menaka"), names(shelling.get(1).places()), e.toString());
    }

    @Test
    void anArmysStrikesAreNotAnArmedGroupsStrikesReportedElsewhere() {
        List<Event> e = events("Yemen\n\nThe Houthis launched drone attacks on oil facilities last week.\n\n"
                + "Rebels attacked a police post in Gao, and the army responded with helicopter strikes near Menaka.");
        List<Event> strikes = e.stream().filter(x -> x.type() == EventType.AirStrike).toList();
        assertEquals(2, strikes.size(), e.toString());
        assertEquals(List.of("Houthis"), names(strikes.get(0).agents()), e.toString());
        assertEquals(List.of("army"), names(strikes.get(1).agents()), e.toString());
    }

    @Test
    void soldiersAttackedAsTheArmyReportsAreAClashNotTheArmysOffensive() {
        assertEquals(List.of(EventType.ArmedClash), types("Mali\n\nThe soldiers were attacked near the town of Boni, "
                + "the army said in a statement on Thursday."));
        assertEquals(List.of(EventType.ArmedClash), types("Mali\n\nA convoy of troops was attacked near Boni on Thursday."));
        assertEquals(List.of(EventType.GroundOffensive), types("Mali\n\nGovernment forces attacked the town of Boni "
                + "on Thursday."));
    }

    @Test
    void aGroupNamedWithItsAbbreviationThatSaidItCapturedAPlaceTookIt() {
        Event capture = first(events("Libya\n\nThe Libyan National Army (LNA) said it had captured the former "
                + "international airport on Sunday."), EventType.Capture);
        assertEquals(List.of("Libyan National Army"), names(capture.agents()), capture.toString());
    }

    @Test
    void fightingGoingOnAfterATruceWasOnlyCalledForViolatesNone() {
        assertFalse(types("Libya\n\nThe United Nations called for a two-hour truce to evacuate the wounded, but fighting "
                + "continued into the night.").contains(EventType.CeasefireViolation));
        assertTrue(types("Libya\n\nA ceasefire was due to take effect on Friday, but fighting continued on Saturday.")
                .contains(EventType.CeasefireViolation));
    }

    @Test
    void attacksByGroupsLinkedToOthersThatHaveKilledThousandsSinceAYearAreACampaign() {
        assertFalse(types("Burkina Faso\n\nAttacks by groups linked to al Qaeda have killed thousands of people in "
                + "Burkina Faso since 2015.").contains(EventType.ArmedClash));
        assertTrue(types("Burkina Faso\n\nAttacks by groups linked to al Qaeda killed 12 soldiers in Djibo on Sunday.")
                .stream().anyMatch(EventExtractor.VIOLENT::contains));
    }

    @Test
    void aRegionOverrunByMilitantsSaysWhoseItIsNotWhenItWasTaken() {
        assertFalse(types("Burkina Faso\n\nGunmen killed 132 civilians in a raid on a village in a region overrun by "
                + "Islamist militants, the government said.").contains(EventType.Capture));
        assertTrue(types("Burkina Faso\n\nAn army base overrun by militants on Sunday was retaken on Monday.")
                .contains(EventType.Capture));
    }

    @Test
    void whatAMissileAttackWentOnToStrikeIsPartOfIt() {
        assertEquals(List.of(EventType.Shelling), types("Ukraine\n\nRussia launched a massive missile attack on Ukrainian "
                + "cities on Monday, killing at least 31 people and striking a children's hospital in Kyiv, officials said."));
    }

    @Test
    void forcesBackedByMilitiasAreTheSubjectNotTheirBackers() {
        Event capture = first(events("Somalia\n\nSomali government forces backed by local clan militias recaptured the "
                + "town of Galcad on Monday."), EventType.Capture);
        assertEquals(List.of("Somali government forces"), names(capture.agents()), capture.toString());
    }

    @Test
    void fightingWithAGroupNamesItAsASideWithItsArticle() {
        Event clash = first(events("Somalia\n\nFive soldiers were killed after fierce fighting with al-Shabab militants "
                + "near Galcad on Monday, an official told Reuters."), EventType.ArmedClash);
        assertEquals(List.of("al-Shabab militants"), names(clash.agents()), clash.toString());
    }

    @Test
    void thoseWhoMediatedATruceBrokeredIt() {
        List<Ceasefire> cf = ceasefires("Gaza\n\nQatar and Egypt, which mediated the truce between Israel and Hamas, said it "
                + "would be extended.");
        assertEquals(Set.of("Qatar", "Egypt"), nameSet(cf.get(0).brokers()), cf.toString());
        assertEquals(Set.of("Israel", "Hamas"), nameSet(cf.get(0).parties()), cf.toString());
    }

    @Test
    void warringPartiesNamedInAnAppositionAreTheTrucesParties() {
        List<Ceasefire> cf = ceasefires("Sudan\n\nThe warring parties, the Sudanese army and the Rapid Support Forces, "
                + "agreed to a seven-day ceasefire.");
        assertEquals(Set.of("Sudanese army", "Rapid Support Forces"), nameSet(cf.get(0).parties()), cf.toString());
    }

    @Test
    void aSideNamedBeforeABackedGroupIsAPartyToo() {
        List<Ceasefire> cf = ceasefires("Congo\n\nThe government and Rwanda-backed M23 rebels signed a ceasefire in Doha.");
        assertEquals(Set.of("government", "M23 rebels"), nameSet(cf.get(0).parties()), cf.toString());
    }

    @Test
    void aHeadlinesCommaJoinsTheSidesThatAgreeToATruce() {
        List<Ceasefire> cf = ceasefires("Israel, Hamas agree to Gaza ceasefire deal\n\nOfficials said more details would "
                + "follow.");
        assertEquals(Set.of("Israel", "Hamas"), nameSet(cf.get(0).parties()), cf.toString());
    }

    @Test
    void statesThatAgreeToATruceAreItsParties() {
        List<Ceasefire> cf = ceasefires("India and Pakistan agree to ceasefire after US mediation\n\nOfficials said more "
                + "details would follow.");
        assertEquals(Set.of("India", "Pakistan"), nameSet(cf.get(0).parties()), cf.toString());
        assertEquals(Set.of("US"), nameSet(cf.get(0).brokers()), cf.toString());
    }

    @Test
    void whoSaysItsTruceWithAnotherEndedIsAPartyToIt() {
        List<Ceasefire> cf = ceasefires("Yemen\n\nThe Houthis said on Sunday that the truce with the Saudi-led coalition "
                + "had expired.");
        assertEquals(Set.of("Houthis", "Saudi-led coalition"), nameSet(cf.get(0).parties()), cf.toString());
    }

    @Test
    void aTruceThatIsOverHasCollapsed() {
        List<Ceasefire> cf = ceasefires("Gaza\n\nHamas said the ceasefire with Israel was over.");
        assertEquals(CeasefireStatus.COLLAPSED, cf.get(0).status(), cf.toString());
        assertTrue(types("Gaza\n\nHamas said the ceasefire with Israel was over.").contains(EventType.CeasefireCollapsed));
    }

    @Test
    void aTruceThatCameIntoForceADayEarlierIsTheHeadlinesOneAndStartedTheDayBefore() {
        List<Ceasefire> cf = ceasefires("Armenia and Azerbaijan accuse each other of breaking truce\n\nArmenia and "
                + "Azerbaijan accused each other on Sunday of violating a Russian-brokered ceasefire that came into force a "
                + "day earlier.");
        assertEquals(1, cf.size(), cf.toString());
        assertEquals(LocalDate.of(2022, 3, 5), cf.get(0).start(), cf.toString());
    }

    @Test
    void aTruceThatAppearsToBeHoldingOrHoldsInAHeadlineIsHolding() {
        assertEquals(CeasefireStatus.HOLDING, ceasefires("Gaza\n\nA ceasefire between Israel and Islamic Jihad appeared "
                + "to be holding on Monday.").get(0).status());
        assertEquals(CeasefireStatus.HOLDING, ceasefires("Gaza truce holds after three days of fighting\n\nOfficials "
                + "said more details would follow.").get(0).status());
    }

    @Test
    void whoRespondedByFiringRocketsFiredThem() {
        Event shelling = first(events("Gaza\n\nHamas retaliated by launching rockets at Tel Aviv on Friday."),
                EventType.Shelling);
        assertEquals(List.of("Hamas"), names(shelling.agents()), shelling.toString());
        shelling = first(events("Gaza\n\nThe militants responded by firing more than 1,000 rockets at Israel, the "
                + "military said."), EventType.Shelling);
        assertEquals(List.of("militants"), names(shelling.agents()), shelling.toString());
    }

    @Test
    void anotherFigureInAnotherPlaceIsAnotherDisplacement() {
        List<Event> e = events("Congo\n\nSome 10,000 people were reported displaced in Pweto, Haut-Katanga.\n\n"
                + "At least 2,500 people were displaced in Djugu, Ituri.");
        assertEquals(2, e.stream().filter(x -> x.type() == EventType.Evacuation).count(), e.toString());
        // the same figure again is the same flight
        e = events("Congo\n\nSome 10,000 people were displaced in Pweto.\n\nThe 10,000 displaced people fled to Kalemie.");
        assertEquals(1, e.stream().filter(x -> x.type() == EventType.Evacuation).count(), e.toString());
    }

    @Test
    void talksThrownIntoQuestionAreNoMeeting() {
        assertFalse(types("Colombia\n\nNine soldiers were killed in an attack by rebels on Wednesday, throwing peace "
                + "negotiations between the group and the government into question.").contains(EventType.Talks));
        assertTrue(types("Colombia\n\nPeace negotiations between the group and the government resumed in Havana on "
                + "Wednesday.").contains(EventType.Talks));
    }

    @Test
    void anAssaultTriedIsAClashByWhoTriedItButACaptureTriedIsNoCapture() {
        Event clash = first(events("Mali\n\nRebels tried to storm the town of Kidal on Saturday but were repelled."),
                EventType.ArmedClash);
        assertEquals(List.of("Rebels"), names(clash.agents()), clash.toString());
        clash = first(events("Karabakh\n\nThe ministry said the Armenian side attempted counterattacks at several "
                + "sections of the front line on Saturday."), EventType.ArmedClash);
        assertEquals(List.of("Armenia"), names(clash.agents()), clash.toString());
        assertFalse(types("Mali\n\nThe rebels tried to capture the airport in Kidal on Sunday.")
                .contains(EventType.Capture));
    }

    @Test
    void whoBeganOrContinuedToShellShelled() {
        Event shelling = first(events("Ukraine\n\nRussian forces began to shell Kharkiv on Saturday."), EventType.Shelling);
        assertEquals(List.of("Russian forces"), names(shelling.agents()), shelling.toString());
    }

    @Test
    void troopsWhoFoughtOffTheAttackersAreNotWhoAttacked() {
        List<Event> e = events("Mali\n\nJihadists stormed an army camp in Dioura on Sunday.\n\nA military source "
                + "said the troops had tried to fight off the attackers.");
        Event clash = first(e, EventType.ArmedClash);
        assertFalse(nameSet(clash.agents()).contains("troops"), e.toString());
        e = events("Mali\n\nJihadists stormed an army camp in Dioura on Sunday.\n\nThe troops fought off the "
                + "attackers after a two-hour battle, a military source said.");
        for (Event x : e) {
            assertFalse(nameSet(x.agents()).contains("troops"), e.toString());
        }
    }

    @Test
    void aSiegeOfHoursInABuildingIsTheAttackNotASiegeOfItsOwn() {
        List<Event> e = events("Somalia\n\nMilitants stormed a hotel in Mogadishu late Monday, killing at least 12 "
                + "people in a siege that lasted more than 10 hours, police said.");
        assertFalse(typesOf(e).contains(EventType.Other), e.toString());
        assertTrue(types("Sudan\n\nThe RSF has tightened its siege of El Fasher, residents said on Monday.")
                .contains(EventType.Other));
    }

    @Test
    void whoActedAfterDoingSomethingDidIt() {
        Event capture = first(events("Somalia\n\nSecurity forces killed all five attackers after retaking the "
                + "building early Tuesday, police said."), EventType.Capture);
        assertEquals(List.of("Security forces"), names(capture.agents()), capture.toString());
    }

    @Test
    void aTruceDueToStartOnAWeekdayStartsOnTheNextOne() {
        // PUB is a Wednesday
        assertEquals(LocalDate.of(2022, 3, 14), ceasefires("Sudan\n\nThe truce is due to take effect on Monday "
                + "evening.").get(0).start());
        assertEquals(LocalDate.of(2022, 3, 12), ceasefires("Sudan\n\nThe truce takes effect on Saturday.").get(0).start());
        assertEquals(PUB.plusDays(1), ceasefires("Sudan\n\nThe ceasefire comes into force tomorrow.").get(0).start());
        assertEquals(LocalDate.of(2022, 3, 7), ceasefires("Sudan\n\nThe truce took effect on Monday.").get(0).start());
    }

    @Test
    void whoMediatedTheTalksBehindATruceBrokeredIt() {
        List<Ceasefire> cf = ceasefires("Sudan\n\nThe truce, which is due to take effect on Monday evening, was "
                + "negotiated in talks mediated by Saudi and U.S. officials.");
        assertEquals(1, cf.size(), cf.toString());
        assertTrue(nameSet(cf.get(0).brokers()).contains("Saudi Arabia"), cf.toString());
    }

    @Test
    void aTruceThatMediatorsAreTryingToBrokerIsProposedAndNotDeclared() {
        String text = "Gaza\n\nEgypt and Qatar have been trying to broker a six-week truce between Israel and Hamas.";
        List<Ceasefire> cf = ceasefires(text);
        assertEquals(CeasefireStatus.PROPOSED, cf.get(0).status(), cf.toString());
        assertEquals(Set.of("Egypt", "Qatar"), nameSet(cf.get(0).brokers()), cf.toString());
        assertFalse(types(text).contains(EventType.CeasefireDeclared), events(text).toString());
        assertEquals(List.of("Egypt"), names(ceasefires("Gaza\n\nEgypt sought to broker a truce between Israel and "
                + "Hamas.").get(0).brokers()));
        assertEquals(CeasefireStatus.PROPOSED, ceasefires("Gaza\n\nEfforts to secure a truce have so far failed.")
                .get(0).status());
        assertEquals(CeasefireStatus.DECLARED, ceasefires("Gaza\n\nIsrael and Hamas agreed to a truce on Monday.")
                .get(0).status());
    }

    @Test
    void whatAnAirForceDestroyedItStruckFromTheAir() {
        Event strike = first(events("Burkina Faso\n\nThe army said its air force had destroyed a militant base near "
                + "Djibo, killing dozens of fighters."), EventType.AirStrike);
        assertEquals(List.of("Djibo"), names(strike.places()), strike.toString());
        assertFalse(types("Ukraine\n\nA Russian drone was destroyed over Kyiv on Monday.").contains(EventType.AirStrike));
    }

    @Test
    void aStatesMinistryActsForTheStateAndItsUnnamedMilitaryIsTheState() {
        Event capture = first(events("Ukraine\n\nRussia's Defense Ministry said its troops had taken control of the "
                + "village of Pervomaiske on Wednesday."), EventType.Capture);
        assertEquals(List.of("Russia"), names(capture.agents()), capture.toString());
        Event strike = first(events("Myanmar junta air strikes kill 25 in Rakhine village\n\nMilitary air strikes on a "
                + "village in Rakhine state killed at least 25 people on Sunday, residents said."), EventType.AirStrike);
        assertEquals(List.of("Myanmar"), names(strike.agents()), strike.toString());
    }

    @Test
    void anAttackKillingPeopleWithNoForcesNamedIsOnCiviliansAndTheBareAttackIsThatOne() {
        List<Event> e = events("Gang attack on Haitian town kills at least 70\n\nGang members attacked a town in "
                + "central Haiti, killing at least 70 people, including 10 women and three infants, the UN said.\n\n"
                + "The attack in Pont-Sonde took place early Tuesday.");
        assertEquals(List.of(EventType.AttackOnCivilians), typesOf(e), e.toString());
        assertEquals(3, e.get(0).sentences().size(), e.toString());
        // soldiers among the dead: a clash
        assertEquals(List.of(EventType.ArmedClash), types("Mali\n\nGunmen attacked a town in central Mali on Tuesday, "
                + "killing 12 people, including eight soldiers."));
    }

    @Test
    void peopleForcedToFleeFledHoweverLongTheirNumber() {
        assertTrue(types("Congo\n\nM23 rebels captured Goma on Monday after a lightning advance that forced hundreds "
                + "of thousands of people to flee.").contains(EventType.Evacuation));
    }

    @Test
    void aSubjectDescribedByAPhraseBeforeItsVerbActed() {
        Event attack = first(events("Somalia\n\nMilitants dressed in army uniforms stormed a hotel in Mogadishu on "
                + "Tuesday."), EventType.AttackOnCivilians);
        assertEquals(List.of("Militants"), names(attack.agents()), attack.toString());
        attack = first(events("Haiti\n\nGunmen armed with rifles attacked a village in central Haiti on Tuesday, killing "
                + "20 people."), EventType.AttackOnCivilians);
        assertEquals(List.of("Gunmen"), names(attack.agents()), attack.toString());
    }

    @Test
    void aDatelineWithItsCountryDatesTheReportNotTheEvent() {
        // PUB is Wednesday 9 March 2022
        Event kidnap = first(events("Gunmen abduct pupils\n\nKADUNA, Nigeria, March 9 (Reuters) - Gunmen abducted at "
                + "least 287 students from a school in Kuriga on Monday, residents said."), EventType.AttackOnCivilians);
        assertEquals(LocalDate.of(2022, 3, 7), kidnap.date(), kidnap.toString());
    }

    @Test
    void whoFiredALongNamedMissileFiredIt() {
        Event shelling = first(events("Yemen\n\nHouthi rebels fired an anti-ship ballistic missile toward a U.S. "
                + "destroyer in the Red Sea on Sunday, the U.S. military said."), EventType.Shelling);
        assertEquals(List.of("Houthi rebels"), names(shelling.agents()), shelling.toString());
    }

    @Test
    void whatHappenedBeforeAnEventOfSomeMonthHasNoDay() {
        Event capture = first(events("Ethiopia\n\nThe government declared a state of emergency in Amhara in August "
                + "after Fano, a loosely organised militia, seized several towns."), EventType.Capture);
        assertNull(capture.date(), capture.toString());
        Event clash = first(events("Sudan\n\nLast week, the president declared a state of emergency in Lakes state "
                + "after days of tribal clashes that left 170 people dead."), EventType.ArmedClash);
        assertNull(clash.date(), clash.toString());
        // a day of its own stays
        capture = first(events("Ethiopia\n\nThe government declared a state of emergency in August after Fano seized "
                + "Lalibela on Monday."), EventType.Capture);
        assertEquals(LocalDate.of(2022, 3, 7), capture.date(), capture.toString());
    }

    @Test
    void meanwhileOrSeparatelyOpensAnotherEvent() {
        List<Event> e = events("Ukraine\n\nRussian drones struck Ukrainian positions near several villages on "
                + "Tuesday, the ministry said.\n\nMeanwhile, a Russian glide bomb hit a residential building in "
                + "Kharkiv on Tuesday, wounding 11 people.");
        assertEquals(2, e.stream().filter(x -> x.type() == EventType.AirStrike).count(), e.toString());
    }

    @Test
    void whoAgreedToHaltTheFightingIsBoundByTheTruceAndWhoWelcomedItIsNot() {
        List<Ceasefire> cf = ceasefires("Yemen's warring parties agree to two-month truce\n\nDUBAI, March 9 (Reuters) - "
                + "Yemen's warring parties have agreed to a two-month nationwide truce, the first since 2016, the UN "
                + "envoy said.\n\nThe Saudi-led coalition and the Houthi movement agreed to halt all offensive military "
                + "operations inside Yemen, the envoy said.\n\nU.S. President Joe Biden welcomed the truce.");
        assertEquals(1, cf.size(), cf.toString());
        assertEquals(Set.of("Saudi-led coalition", "Houthi"), nameSet(cf.get(0).parties()), cf.toString());
        cf = ceasefires("Karabakh\n\nAzerbaijan agreed on Wednesday to halt its military offensive after the "
                + "Armenian forces agreed to lay down their arms in a ceasefire brokered by Russian peacekeepers.");
        assertEquals(Set.of("Azerbaijan", "Armenian forces"), nameSet(cf.get(0).parties()), cf.toString());
        assertEquals(List.of("Russia"), names(cf.get(0).brokers()), cf.toString());
    }

    @Test
    void whoToldOfAnAttackIsNotItsTargetNorIsAHumanitarianZoneAid() {
        assertEquals(List.of(EventType.AirStrike), types("Gaza\n\nAn Israeli strike on a designated humanitarian zone "
                + "in southern Gaza killed at least 90 people on Saturday."));
        List<EventType> t = types("Sudan\n\nFierce fighting broke out on Friday in El Fasher as the RSF attacked the city "
                + "from several directions, residents and medics said.");
        assertFalse(t.contains(EventType.AttackOnCivilians), t.toString());
        t = types("Sudan\n\nRSF fighters attacked El Fasher on Friday, killing at least 27 people, Doctors Without "
                + "Borders (MSF) said.");
        assertFalse(t.contains(EventType.AttackOnAid), t.toString());
    }

    @Test
    void anAssaultThatCouldLeadToMassacresHasNotHappened() {
        assertEquals(List.of(), types("Sudan\n\nThe United Nations has warned that an assault on the city, which "
                + "shelters hundreds of thousands of displaced people, could lead to large-scale massacres."));
        // one that goes on has
        assertFalse(types("Syria\n\nRussia vowed that the assault would not end until rebels leave Aleppo.").isEmpty());
    }

    @Test
    void theirOffensiveIsTheSubjectsAndAShorterNameOfTheSameSideIsNoSecondAgent() {
        Event offensive = first(events("Syria\n\nSyrian rebels swept into Aleppo on Friday, seizing parts of the city in "
                + "their biggest offensive in years."), EventType.GroundOffensive);
        assertEquals(List.of("Syrian rebels"), names(offensive.agents()), offensive.toString());
        offensive = first(events("Syria\n\nThe Syrian pro-government forces assault on Aleppo went on on Monday.\n\n"
                + "Government forces pressed their offensive on Monday."), EventType.GroundOffensive);
        assertEquals(List.of("Syrian pro-government forces"), names(offensive.agents()), offensive.toString());
    }

    @Test
    void whoWasMetAndWhoHeldIndirectTalksTookPart() {
        Event talks = first(events("Sudan\n\nSudan's army chief Abdel Fattah al-Burhan met Kenyan President William Ruto "
                + "in Nairobi on Tuesday to discuss the war."), EventType.Talks);
        assertEquals(Set.of("Abdel Fattah al-Burhan", "William Ruto"), nameSet(talks.agents()), talks.toString());
        talks = first(events("Gaza\n\nIsraeli and Hamas negotiators held indirect talks in Doha on Thursday."),
                EventType.Talks);
        assertEquals(Set.of("Israel", "Hamas"), nameSet(talks.agents()), talks.toString());
        assertTrue(types("Congo\n\nThe M23 and Congolese government delegations signed a declaration of principles in "
                + "Doha on Saturday.").contains(EventType.Other));
    }

    @Test
    void aLandmineThatWentOffIsAnAttackOnWhomItKilledAndABarIsCivilian() {
        Event mine = first(events("Yemen\n\nA landmine killed three children in Marib on Saturday."),
                EventType.AttackOnCivilians);
        assertEquals(3, mine.fatalities(), mine.toString());
        assertTrue(types("Mali\n\nTwo soldiers were killed when their vehicle hit a land mine near Gao on Saturday.")
                .contains(EventType.ArmedClash));
        assertTrue(types("Burundi\n\nA grenade attack on a bar in Bujumbura on Saturday wounded 12 people.")
                .contains(EventType.AttackOnCivilians));
    }

    @Test
    void mentionsNamingDifferentArmedGroupsAreDifferentEvents() {
        List<Event> e = events("Region\n\nFighters of the Tigray People's Liberation Front (TPLF) clashed with Eritrean "
                + "troops near Adigrat on Saturday.\n\nKurdistan Workers' Party (PKK) militants attacked a Turkish base "
                + "in northern Iraq on Saturday.");
        assertEquals(2, e.stream().filter(x -> x.type() == EventType.ArmedClash).count(), e.toString());
        e = events("Region\n\nThe Popular Mobilization Forces fired rockets at a U.S. base in Iraq on Saturday.\n\n"
                + "Al-Qassam Brigades, Hamas's armed wing, said it fired rockets at Tel Aviv on Saturday.");
        assertEquals(2, e.stream().filter(x -> x.type() == EventType.Shelling).count(), e.toString());
        assertTrue(e.stream().anyMatch(x -> names(x.agents()).equals(List.of("Al-Qassam Brigades"))), e.toString());
    }

    @Test
    void anUnknownNameBeforeAWordForPeopleIsTheirsNotAPlace() {
        Event flight = first(events("Myanmar\n\nThousands of Rohingya refugees arrived in Bangladesh on Saturday after "
                + "fleeing violence in Rakhine."), EventType.Evacuation);
        assertFalse(nameSet(flight.places()).contains("Rohingya"), flight.toString());
    }

    @Test
    void whatWasTargetedWithADroneWasStruckFromTheAir() {
        Event strike = first(events("Lebanon\n\nHezbollah said it targeted an Israeli army post with an explosive drone "
                + "on Saturday."), EventType.AirStrike);
        assertEquals(List.of("Hezbollah"), names(strike.agents()), strike.toString());
        assertEquals(List.of(EventType.AirStrike), types("Ukraine\n\nUkraine attacked a Russian refinery with drones on "
                + "Saturday."));
    }

    @Test
    void aHeadlineNamingOnlyTheBodysPlaceIsTheBodysEvent() {
        List<Event> e = events("Bombing in Mogadishu\n\nA suicide car bomb tore through a busy market in Mogadishu on "
                + "Saturday, claiming the lives of 23 people.");
        assertEquals(1, e.size(), e.toString());
        assertEquals(23, e.get(0).fatalities(), e.toString());
    }

    @Test
    void othersAlsoKilledAreNoAttackOfTheirOwn() {
        List<Event> e = events("Militants kill 14 soldiers\n\nSuspected jihadists killed 14 soldiers in an ambush near "
                + "Tera on Saturday, the defence ministry said.\n\nSeven assailants were also killed, it added.");
        assertEquals(List.of(EventType.ArmedClash), typesOf(e), e.toString());
    }

    @Test
    void aCountrysNameAfterInIsWhereNotWho() {
        List<Event> e = events("Dozens killed in Nigeria attack\n\nGunmen killed at least 40 villagers in Zamfara state "
                + "on Sunday, police said.");
        assertTrue(e.stream().noneMatch(x -> nameSet(x.agents()).contains("Nigeria")), e.toString());
        Event ambush = first(events("Militants kill 14 in Niger ambush\n\nSuspected jihadists killed 14 soldiers in "
                + "an ambush near Tera on Saturday."), EventType.ArmedClash);
        assertFalse(nameSet(ambush.agents()).contains("Niger"), ambush.toString());
        // (a country's own name before a strike still says who struck)
        Event strike = first(events("Five killed in Israel strike on Gaza school\n\nAn air strike hit a school in Gaza "
                + "City on Sunday, killing five people."), EventType.AirStrike);
        assertTrue(nameSet(strike.agents()).contains("Israel"), strike.toString());
    }

    @Test
    void bothSidesOfAFightAreItsAgents() {
        // ("fought" after "troops", which the tagger takes for a preposition)
        Event fought = first(events("Ethiopia\n\nTigrayan forces and Ethiopian troops fought near Kobo on Monday, "
                + "residents said."), EventType.ArmedClash);
        assertEquals(Set.of("Tigrayan forces", "Ethiopian troops"), nameSet(fought.agents()), fought.toString());
        Event traded = first(events("Mozambique\n\nRebels and soldiers exchanged gunfire near Macomia on Monday."),
                EventType.ArmedClash);
        assertEquals(Set.of("Rebels", "soldiers"), nameSet(traded.agents()), traded.toString());
        Event between = first(events("Somalia\n\nAt least 20 people were killed on Sunday in clashes between the army and "
                + "rebels in Galmudug."), EventType.ArmedClash);
        assertEquals(Set.of("army", "rebels"), nameSet(between.agents()), between.toString());
        Event battled = first(events("Ethiopia\n\nFano militiamen battled government troops near Lalibela on Monday."),
                EventType.ArmedClash);
        assertTrue(nameSet(battled.agents()).contains("government troops"), battled.toString());
    }

    @Test
    void aCountryIsWhereItHappenedWhenNoPlaceIsNamed() {
        Event clash = first(events("Burkina Faso\n\nFighting erupted in the east of Burkina Faso on Friday."),
                EventType.ArmedClash);
        assertEquals(List.of("Burkina Faso"), names(clash.places()), clash.toString());
        Event raid = first(events("Mali\n\nJihadists attacked an army post in eastern Mali on Friday."), EventType.ArmedClash);
        assertEquals(List.of("Mali"), names(raid.places()), raid.toString());
    }

    @Test
    void bodiesFoundAreTheDead() {
        Event attack = first(events("Congo\n\nThe bodies of 16 people were found after an attack on a village in Ituri on "
                + "Thursday, a local official said."), EventType.AttackOnCivilians);
        assertEquals(16, attack.fatalities(), attack.toString());
    }

    @Test
    void aHeadlineAgreementAndTheBodysSigningAreOneTruceOfBothSides() {
        String text = "Rivals agree week-long truce\n\nThe army and the paramilitary Rapid Support Forces signed a seven-day "
                + "ceasefire on Saturday after talks in Jeddah sponsored by Saudi Arabia and the United States.";
        List<Event> e = events(text);
        assertEquals(1, e.stream().filter(x -> x.type() == EventType.CeasefireDeclared).count(), e.toString());
        List<Ceasefire> cf = ceasefires(text);
        assertEquals(1, cf.size(), cf.toString());
        assertEquals(Set.of("Saudi Arabia", "United States"), nameSet(cf.get(0).brokers()), cf.toString());
        assertTrue(nameSet(cf.get(0).parties()).contains("Rapid Support Forces"), cf.toString());
        assertEquals(2, cf.get(0).parties().size(), cf.toString());
    }

    @Test
    void aBombingWithNoGunsOrAircraftIsABombSetOffAmongPeople() {
        Event bombing = first(events("Pakistan\n\nA bombing killed 12 people in Quetta on Monday."), EventType.AttackOnCivilians);
        assertEquals(12, bombing.fatalities(), bombing.toString());
        Event mosque = first(events("Pakistan\n\nA suicide bombing at a mosque in Peshawar killed 59 people on Monday."),
                EventType.AttackOnCivilians);
        assertEquals(List.of("Peshawar"), names(mosque.places()), mosque.toString());
    }

    @Test
    void anArmyPatrolAttackedIsNoOffensiveOfTheArmy() {
        assertEquals(List.of(EventType.ArmedClash), types("Mali\n\nFighters ambushed an army patrol outside Mopti on Monday, "
                + "killing nine soldiers, according to a military source."));
        assertEquals(List.of(EventType.ArmedClash), types("Burkina Faso\n\nSaturday's attack on a military convoy near Djibo "
                + "killed 11 soldiers, the army said."));
    }

    @Test
    void whoseAircraftOrForcesTheyAreDidIt() {
        Event russia = first(events("Syria\n\nRussia's warplanes bombed a village near Idlib on Thursday, killing at least 25 "
                + "people."), EventType.AirStrike);
        assertEquals(List.of("Russia"), names(russia.agents()), russia.toString());
        Event junta = first(events("Myanmar\n\nThe junta's aircraft bombed a village in Sagaing region on Thursday."),
                EventType.AirStrike);
        assertEquals(List.of("junta"), names(junta.agents()), junta.toString());
        Event forces = first(events("Myanmar\n\nThe junta's forces attacked a village in Sagaing region on Thursday, killing "
                + "at least 25 people."), EventType.AttackOnCivilians);
        assertEquals(List.of("junta"), names(forces.agents()), forces.toString());
    }

    @Test
    void hiddenOrPlantedBombsAreSetOnTheGround() {
        List<Event> e = events("Iraq\n\nAir strikes hit the city on Friday.\n\nOthers picked their way down roads laced "
                + "with hidden bombs that killed several.");
        assertTrue(typesOf(e).contains(EventType.AttackOnCivilians), e.toString());
        assertEquals(1, typesOf(e).stream().filter(x -> x == EventType.AirStrike).count(), e.toString());
    }

    @Test
    void peopleCountedOneByOneAddUp() {
        Event mixed = first(events("Mali\n\nGunmen killed a soldier and two civilians in an attack on a checkpoint near Gao "
                + "on Tuesday."), EventType.ArmedClash);
        assertEquals(3, mixed.fatalities(), mixed.toString());
        Event convoy = first(events("Nigeria\n\nTwo aid workers and their driver were killed when their vehicle came under "
                + "fire near Maiduguri on Tuesday."), EventType.AttackOnAid);
        assertEquals(3, convoy.fatalities(), convoy.toString());
        Event chief = first(events("Nigeria\n\nGunmen shot dead the village chief in Zamfara on Tuesday."),
                EventType.AttackOnCivilians);
        assertEquals(1, chief.fatalities(), chief.toString());
    }

    @Test
    void aKillingToldWithNoPlaceOrDayJustAfterAnAttackIsItsToll() {
        List<Event> e = events("Mali\n\nGunmen attacked a convoy near Gao on Tuesday. The driver was killed and two "
                + "passengers were wounded.");
        assertEquals(1, e.size(), e.toString());
        assertEquals(1, e.get(0).fatalities(), e.toString());
    }

    @Test
    void aVerbBeforeAfterDoesNotGovernTheFightingAfterIt() {
        List<Event> e = events("Gaza truce holds after three days of fighting\n\nA ceasefire brokered by Egypt between "
                + "Israel and Islamic Jihad held on Monday.");
        Event clash = first(e, EventType.ArmedClash);
        assertTrue(clash.agents().isEmpty(), clash.toString());
    }

    @Test
    void whoHelpedMediateATruceBrokeredIt() {
        assertEquals("Egypt+Qatar+United Nations/Israel+Islamic Jihad", cfArgs("Truce holds in Gaza\n\nA ceasefire "
                + "brokered by Egypt between Israel and Islamic Jihad held on Monday. Qatar and the United Nations also "
                + "helped mediate the truce, officials said."));
        assertEquals("Qatar+United Nations/Israel+Islamic Jihad", cfArgs("Truce holds in Gaza\n\nQatar and the United "
                + "Nations helped to broker the truce between Israel and Islamic Jihad, officials said."));
    }

    @Test
    void previousTrucesViolatedAreNoViolationOfThisOne() {
        List<EventType> t = types("Truce in Sudan\n\nThe army and the RSF agreed a ceasefire on Saturday. Previous "
                + "ceasefires have repeatedly been violated.");
        assertFalse(t.contains(EventType.CeasefireViolation), t.toString());
        t = types("Truce in Sudan\n\nThe army and the RSF agreed a ceasefire on Saturday. The ceasefire was violated "
                + "on Monday.");
        assertTrue(t.contains(EventType.CeasefireViolation), t.toString());
    }

    @Test
    void anOvernightRaidToldOfOnADayIsTheNightBeforeThatDay() {
        // PUB is Wednesday 9 March 2022
        List<Event> e = events("Gunmen killed at least 40 people in an overnight raid on a village in northern Niger, the "
                + "government said on Monday.");
        assertEquals(LocalDate.of(2022, 3, 7), first(e, EventType.AttackOnCivilians).date(), e.toString());
    }

    @Test
    void anEarlierAttackOfAnotherDayIsNoPartOfTheDaysToll() {
        List<Event> e = events("Gunmen kill at least 100 in Burkina Faso village attack\n\nGunmen killed at least 100 "
                + "people in an overnight raid on a village in northern Burkina Faso, the government said on Monday. "
                + "Earlier on Sunday, 14 people were killed in an attack on the village of Tadaryat, also in the north.");
        List<Integer> tolls = e.stream().map(Event::fatalities).toList();
        assertTrue(tolls.contains(100), e.toString());
        assertTrue(tolls.contains(14), e.toString());
    }

    @Test
    void aHeadlinesCountryBeforeAColonIsItsTopicNotTheAgent() {
        List<Event> e = events("Pakistan: suicide attack kills 52 at religious rally\n\nPolice said the toll could rise.");
        Event attack = first(e, EventType.AttackOnCivilians);
        assertTrue(attack.agents().isEmpty(), e.toString());
        assertEquals(52, attack.fatalities(), e.toString());
    }

    @Test
    void aHeadlinesKillsBeforeACountIsTheVerb() {
        List<Event> e = events("Gunman kills 5 at rally\n\nPolice said the toll could rise.");
        assertEquals(5, first(e, EventType.AttackOnCivilians).fatalities(), e.toString());
    }

    @Test
    void aNamesPossessiveIsAPlaceOnlyWhenThePlaceNounIsItsOwn() {
        List<Event> e = events("A suicide bomber blew himself up at a rally celebrating the Prophet Muhammad's birthday in "
                + "the southwestern town of Mastung on Friday, killing at least 52 people.");
        assertEquals(List.of("Mastung"), names(first(e, EventType.AttackOnCivilians).places()), e.toString());
    }

    @Test
    void aKillingFarAwayIsNoPartOfATollToldOfAnotherPlace() {
        List<Event> e = events("Somalia market blast\n\nA bomb killed at least 12 people in a Mogadishu market on Saturday. "
                + "Separately an explosion killed four people at a mosque in Kabul.");
        List<Integer> tolls = e.stream().map(Event::fatalities).toList();
        assertTrue(tolls.contains(12), e.toString());
        assertTrue(tolls.contains(4), e.toString());
    }

    @Test
    void aCountrysCapitalIsThatCityWhenTheLexiconKnowsIt() {
        assertEquals(List.of("Port-au-Prince"), names(first(events("Armed gangs attacked two police stations in Haiti's "
                + "capital overnight, officials said."), EventType.ArmedClash).places()));
        assertEquals(List.of("Khartoum"), names(first(events("Heavy fighting raged in the Sudanese capital on Tuesday, "
                + "residents said."), EventType.ArmedClash).places()));
        // a capital named, or a place off from it, is left to the name
        assertEquals(List.of("Caracas"), names(first(events("Rebels and soldiers clashed in Venezuela's capital Caracas on "
                + "Tuesday."), EventType.ArmedClash).places()));
        assertTrue(first(events("Militants attacked a military base south-west of the capital on Tuesday."),
                EventType.ArmedClash).places().isEmpty());
    }

    @Test
    void aBlastHoursLaterIsOnTheDayOfTheOneBefore() {
        List<Event> e = events("A suicide bomber blew himself up at a rally in the town of Mastung on Friday, killing at "
                + "least 52 people. A second blast hit a mosque in Hangu district hours later, killing five worshippers.");
        assertEquals(2, e.size(), e.toString());
        assertEquals(LocalDate.of(2022, 3, 4), e.get(0).date(), e.toString());
        assertEquals(LocalDate.of(2022, 3, 4), e.get(1).date(), e.toString());
    }

    @Test
    void eitherAttackRefersBackWhateverItsTag() {
        List<Event> e = events("A suicide bomber blew himself up at a rally in the town of Mastung on Friday, killing at "
                + "least 52 people. No group claimed responsibility for either attack, but the Taliban denied involvement.");
        assertEquals(List.of(EventType.AttackOnCivilians), typesOf(e), e.toString());
    }

    @Test
    void armedMenWhoDidItWithNoCommaDidIt() {
        List<Event> e = events("Gunmen who stormed a church in Owo on Sunday killed 40 worshippers.");
        assertEquals(List.of("Gunmen"), names(first(e, EventType.AttackOnCivilians).agents()), e.toString());
        e = events("Fighters that seized the town of Kalaw last week have withdrawn.");
        assertEquals(List.of("Fighters"), names(first(e, EventType.Capture).agents()), e.toString());
    }

    @Test
    void whoAgreedOnADayToATruceIsBoundByIt() {
        assertEquals("/Ethiopia+Tigrayan forces", cfArgs("Peace deal in Ethiopia\n\nEthiopia's government and Tigrayan "
                + "forces agreed on Wednesday to a permanent cessation of hostilities."));
    }

    @Test
    void whoLedTheTalksThatMadeTheDealBrokeredIt() {
        assertEquals("African Union/Ethiopia+Tigrayan forces", cfArgs("Peace deal in Ethiopia\n\nEthiopia's government "
                + "and Tigrayan forces agreed to a ceasefire. The deal was announced after talks in Pretoria led by the "
                + "African Union."));
    }

    @Test
    void aStatesArmyBetweenWhomATruceIsIsTheState() {
        assertEquals("/Sudan+Rapid Support Forces", cfArgs("Sudan truce\n\nA 24-hour ceasefire between Sudan's army and "
                + "the Rapid Support Forces collapsed on Wednesday."));
    }

    @Test
    void agreeingToStopFightingIsATruceNotAClash() {
        String text = "Rivals agree to cease hostilities\n\nThe army and the rebels agreed to stop fighting on Monday.";
        assertEquals(List.of(EventType.CeasefireDeclared), typesOf(events(text)));
        assertEquals("/army+rebels", cfArgs(text));
    }

    @Test
    void whereTheyFledToIsNotWhereTheyFled() {
        List<Event> e = events("Insurgents stormed the northern town of Palma on Wednesday, killing dozens of people. "
                + "Thousands of residents fled into the bush or to the provincial capital Pemba.");
        assertEquals(List.of("Palma"), names(first(e, EventType.Evacuation).places()), e.toString());
    }

    @Test
    void theAttacksAPlaceWasLeftFollowingAreNotThere() {
        List<Event> e = events("On 15 March, the army conducted airstrikes on militant positions in the Sahel region. Some "
                + "2,000 people were displaced from Barsalogho following the attacks.");
        assertEquals(List.of("Sahel"), names(first(e, EventType.AirStrike).places()), e.toString());
    }

    @Test
    void aCallForALongNamedTruceProposesIt() {
        List<Ceasefire> cf = ceasefires("Fighting in Tripoli\n\nThe UN called for a two-hour humanitarian truce to evacuate "
                + "the wounded, but neither side responded.");
        assertEquals(1, cf.size(), cf.toString());
        assertEquals(CeasefireStatus.PROPOSED, cf.get(0).status(), cf.toString());
        assertEquals(List.of("UN"), names(cf.get(0).brokers()), cf.toString());
    }

    @Test
    void aHeadlinesBareNameIsThePlaceItsStoryNamesSo() {
        List<Event> e = events("Myanmar junta air strike kills scores in Sagaing\n\nAt least 100 people, including "
                + "children, were killed when Myanmar's military carried out an air strike on a village in the Sagaing "
                + "region on Tuesday, witnesses said.");
        assertEquals(1, e.size(), e.toString());
        assertEquals(100, e.get(0).fatalities(), e.toString());
    }

    @Test
    void whereWhatSetItOffHappenedIsNotWhereTheFightingWas() {
        List<Event> e = events("At least 27 people were killed in clashes between two armed groups in Tripoli on Monday "
                + "night. The fighting erupted after the brigade's commander was detained at Mitiga airport.");
        assertEquals(List.of("Tripoli"), names(first(e, EventType.ArmedClash).places()), e.toString());
    }

    @Test
    void fightingThatCalmsAfterATruceShowsItHolding() {
        List<Ceasefire> cf = ceasefires("Libya fighting calms after ceasefire announced\n\nThe worst fighting in the capital "
                + "for years calmed on Wednesday an hour after the government announced a ceasefire, residents said.");
        assertEquals(CeasefireStatus.HOLDING, cf.get(0).status(), cf.toString());
    }

    @Test
    void theJuntaIsTheStateWhoseForcesAreNamedNotTheMediatorNamedMoreOften() {
        assertEquals("China/Myanmar+Brotherhood Alliance", cfArgs("Junta, Brotherhood Alliance confirm China-mediated "
                + "ceasefire\n\nMyanmar's military and the Three Brotherhood Alliance announced a ceasefire on Friday. "
                + "\"With the help of China's facilitation, there was a meeting in the Chinese city of Kunming. We have "
                + "reached a ceasefire agreement,\" a junta spokesperson told AFP. China welcomed it."));
    }

    @Test
    void theDayATruceWasAgreedAndTheDayItTookEffectTellOneTruce() {
        List<Event> e = events("Idlib ceasefire in force\n\nA ceasefire brokered by Russia and Turkey went into force on "
                + "Friday midnight in Idlib. On Thursday, the two countries agreed on the ceasefire in the de-escalation zone "
                + "in Idlib, after talks between Putin and Erdogan.");
        assertEquals(1, e.stream().filter(x -> x.type() == EventType.CeasefireDeclared).count(), e.toString());
    }

    @Test
    void sidesAskedToImplementATruceHaveNotDeclaredOne() {
        List<EventType> t = types("Shelling in El Fasher\n\n\"The shelling targets thousands of children,\" it said, "
                + "calling on both the Sudanese Armed Forces and the RSF to implement a humanitarian truce.");
        assertFalse(t.contains(EventType.CeasefireDeclared), t.toString());
    }

    @Test
    void fireFromAfarOnACountrysRegionFellInThatCountry() {
        assertEquals(List.of("Lebanon"), names(first(events("Israeli strikes on southern and eastern Lebanon killed 492 "
                + "people on Monday."), EventType.AirStrike).places()));
        assertEquals(List.of("Israel"), names(first(events("Hezbollah fired about 200 rockets into northern Israel on "
                + "Monday."), EventType.Shelling).places()));
    }

    @Test
    void whoFleesIsNoAgentOfTheFlight() {
        List<Event> e = events("Tens of thousands of Lebanese fled the south on Monday, clogging the highway to Beirut.");
        assertTrue(first(e, EventType.Evacuation).agents().isEmpty(), e.toString());
    }

    @Test
    void suicideBombersAndExplosionsAreNoAircraft() {
        List<Event> e = events("Kabul airport bombings kill 13 US troops\n\nTwo suicide bombers and gunmen attacked crowds "
                + "outside Kabul airport on Thursday, killing at least 60 Afghans and 13 US troops, officials said. The "
                + "Pentagon said a second explosion struck near the Baron Hotel.");
        assertFalse(typesOf(e).contains(EventType.AirStrike), e.toString());
    }

    @Test
    void troopsPushingTowardACityAreOnTheOffensive() {
        List<Event> e = events("Russian troops pushed toward Kyiv on Friday, Ukrainian officials said.");
        assertEquals(List.of("Kyiv"), names(first(e, EventType.GroundOffensive).places()), e.toString());
    }

    @Test
    void aCaptureTakesThePlaceItTookNotThoseOfTheMovesAroundIt() {
        List<Event> e = events("Russian troops pushed toward Kyiv on Thursday after seizing the Chernobyl nuclear plant, "
                + "officials said.");
        assertEquals(List.of("Chernobyl"), names(first(e, EventType.Capture).places()), e.toString());
        e = events("The army retook the village of Husarivka before moving on Izium, the ministry said.");
        assertEquals(List.of("Husarivka"), names(first(e, EventType.Capture).places()), e.toString());
    }

    @Test
    void aFlightWithNoPlaceTakesTheOnePlaceTheSentenceBeforeNames() {
        List<Event> e = events("Troops stationed near villages\n\nTa Kan Thar Village has 120 houses. Residents fled after "
                + "the attack and dare not return because troops are stationed just 4 km away.");
        assertEquals(List.of("Ta Kan Thar Village"), names(first(e, EventType.Evacuation).places()), e.toString());
    }

    @Test
    void takingFullControlOfATownCapturesIt() {
        List<Event> e = events("Late on Saturday, the alliance said it had taken full control of Lashio, the largest town in "
                + "the north, after weeks of fighting.");
        assertEquals(List.of("Lashio"), names(first(e, EventType.Capture).places()), e.toString());
    }

    @Test
    void capturesOfTwoTownsAreTwoCaptures() {
        List<Event> e = events("The rebels took control of Kalaw on Sunday. Insurgents have seized control of the town of "
                + "Hsenwi, residents said.");
        assertEquals(2, e.stream().filter(x -> x.type() == EventType.Capture).count(), e.toString());
    }

    @Test
    void theDisplacedGoingHomeAndACountrysTallyAreNoFlight() {
        List<EventType> t = types("Tens of thousands of displaced Lebanese have been heading back to their homes in the south "
                + "since Wednesday.");
        assertFalse(t.contains(EventType.Evacuation), t.toString());
        t = types("More than 370,000 people have been displaced inside Mali, according to the United Nations.");
        assertFalse(t.contains(EventType.Evacuation), t.toString());
        t = types("About 5,000 people were displaced by the fighting in Gao on Monday.");
        assertTrue(t.contains(EventType.Evacuation), t.toString());
    }

    @Test
    void talksAskedForAndARoleOfLongStandingAreNoTalks() {
        List<EventType> t = types("Beijing has called on all sides to return to talks. Oman, which has long mediated between "
                + "the Houthis and Saudi Arabia, said it was concerned.");
        assertFalse(t.contains(EventType.Talks), t.toString());
        t = types("Both sides returned to talks in Doha on Monday.");
        assertTrue(t.contains(EventType.Talks), t.toString());
    }

    @Test
    void aSuicideCarBomberIsNoAircraft() {
        List<Event> e = events("Car bomb kills at least 15 at Mogadishu checkpoint\n\nA suicide car bomber struck a busy "
                + "security checkpoint in Mogadishu on Tuesday, killing at least 15 people, police said.");
        assertFalse(typesOf(e).contains(EventType.AirStrike), e.toString());
        assertEquals(1, e.size(), e.toString());
    }

    @Test
    void talksWhoseVerbIsStillToComeAreNoTalks() {
        List<EventType> t = types("The truce took effect on Wednesday, the authorities said, and talks on the reintegration of "
                + "the territory will be held in the city of Yevlakh on Thursday. Peace talks are due to resume in Jeddah.");
        assertFalse(t.contains(EventType.Talks), t.toString());
        t = types("Talks between the two sides were held in Doha on Monday.");
        assertTrue(t.contains(EventType.Talks), t.toString());
    }

    @Test
    void theSameDayTwoDaysEarlierAndTheNextDayCountFromTheViolenceToldBefore() {
        // the article is of Wednesday 9 March 2022
        List<Event> e = events("Fighting in El Fasher\n\nOn Sunday, RSF shelling killed 14 civilians in El Fasher. Army "
                + "warplanes struck RSF positions in the east of the city the same day.");
        assertEquals(LocalDate.of(2022, 3, 6), first(e, EventType.AirStrike).date(), e.toString());
        e = events("Clash in Negros\n\nSoldiers clashed with rebels in Himamaylan City on Thursday morning. Two days "
                + "earlier, suspected rebels ambushed a police patrol in Kabankalan City. The next day, troops raided a rebel "
                + "camp in Kabankalan City.");
        assertEquals(LocalDate.of(2022, 3, 1), triggered(e, "ambushed").date(), e.toString());
        assertEquals(LocalDate.of(2022, 3, 2), triggered(e, "raided").date(), e.toString());
    }

    private static Event triggered(List<Event> events, String trigger) {
        return events.stream().filter(x -> x.trigger().equals(trigger)).findFirst().orElseThrow();
    }

    @Test
    void aHeadlineOverAReportOfLastMonthIsThatReportWithNoDay() {
        List<Event> e = events("ELN attack on army base\n\nELN fighters attacked a military base in Puerto Jordan last month, "
                + "killing two soldiers.");
        assertEquals(1, e.size(), e.toString());
        assertNull(e.get(0).date(), e.toString());
    }

    @Test
    void aFighterJetIsNoFighterSoTheDetailJoinsTheLead() {
        List<Event> e = events("Junta airstrike on Sagaing village kills 11\n\nA military air strike on a village in the "
                + "Sagaing region killed at least 11 people, a local resistance group said on Tuesday. A fighter jet dropped "
                + "two bombs on Let Yet Kone village in Tabayin township on Monday morning, a spokesman told AFP.");
        assertEquals(1, e.size(), e.toString());
        assertEquals(LocalDate.of(2022, 3, 7), e.get(0).date(), e.toString());
        assertFalse(names(e.get(0).agents()).contains("fighter"), e.toString());
    }

    @Test
    void aTruceBothSidesAccuseTheOtherOfViolatingIsViolated() {
        List<Ceasefire> cf = ceasefires("M23 rebels seize Rubaya\n\nThe fall of Rubaya came despite a ceasefire brokered by "
                + "Angola in March, which both sides accuse the other of violating.");
        assertEquals(CeasefireStatus.VIOLATED, cf.get(0).status(), cf.toString());
    }

    @Test
    void tankFireHittingAPlaceIsShellingBesidesTheViolation() {
        List<EventType> t = types("Lebanon's army said Israeli forces violated the ceasefire on Wednesday, with tank fire "
                + "hitting the outskirts of Markaba and Wazzani.");
        assertTrue(t.contains(EventType.Shelling) && t.contains(EventType.CeasefireViolation), t.toString());
    }

    @Test
    void aFreshTruceAndATruceOfAnEarlierYearAreTrucesOfTheirOwn() {
        List<Ceasefire> cf = ceasefires("Rebels take Lashio\n\nThe fall of Lashio came after a China-brokered ceasefire between "
                + "the military and the alliance collapsed in late June. Another member of the alliance agreed to a fresh "
                + "truce with the junta on Wednesday in Kunming, the group said.");
        assertEquals(2, cf.size(), cf.toString());
        cf = ceasefires("Separatists agree to ceasefire\n\nSeparatists agreed on Wednesday to a ceasefire brokered by Russian "
                + "peacekeepers. A 2020 truce brokered by Moscow ended six weeks of war over the region.");
        assertEquals(2, cf.size(), cf.toString());
    }

    @Test
    void separatistsNamedForTheirRegionAreTheSeparatistsAndTheRegionIsNoParty() {
        List<Event> e = events("Karabakh separatists agree to ceasefire\n\nSeparatists in Nagorno-Karabakh agreed on "
                + "Wednesday to a ceasefire brokered by Russian peacekeepers.");
        assertEquals(1, e.size(), e.toString());
        assertEquals("Russia/Karabakh separatists", cfArgs("Karabakh separatists agree to ceasefire\n\nSeparatists in "
                + "Nagorno-Karabakh agreed on Wednesday to a ceasefire brokered by Russian peacekeepers."));
    }

    @Test
    void aKidnappingToldWithItsKidnappersIsItsOwnAndTheHeadlineIsIt() {
        List<Event> e = events("Bandits abduct 40 worshippers in Zamfara mosque raid\n\nArmed bandits on Sunday night abducted "
                + "at least 40 worshippers during an attack on a mosque in Kaura Namoda, Zamfara State, residents said.");
        // (worshippers taken by force: an attack on civilians)
        List<Event> kidnaps = e.stream().filter(x -> x.type() == EventType.AttackOnCivilians).toList();
        assertEquals(1, kidnaps.size(), e.toString());
        assertEquals(LocalDate.of(2022, 3, 6), kidnaps.get(0).date(), e.toString());
        assertFalse(typesOf(e).contains(EventType.ArmedClash), e.toString());
    }

    @Test
    void aGroupWhoseNameOpensWithACommonWordIsNamedWhole() {
        List<Event> e = events("Soldiers, NPA rebels clash in Negros Occidental\n\nTroops of the 94th Infantry Battalion "
                + "clashed with New People's Army rebels in Himamaylan City on Thursday, the army said.");
        assertEquals(1, e.size(), e.toString());
        assertFalse(names(e.get(0).agents()).contains("Army rebels"), e.toString());
    }

    @Test
    void theStrikesToldAgainWithAnAsideTakeThePlacesTheyHit() {
        List<Event> e = events("US and British forces strike Houthi targets in Yemen\n\nThe United States and the United "
                + "Kingdom have launched air strikes on dozens of Houthi targets across Yemen. The strikes, carried out "
                + "overnight on Thursday into Friday, hit radar sites and weapons depots in the capital Sanaa, the port city "
                + "of Hodeidah and Saada province, the Pentagon said.");
        assertTrue(nameSet(first(e, EventType.AirStrike).places()).containsAll(Set.of("Sanaa", "Hodeidah", "Saada")),
                e.toString());
    }

    @Test
    void aBombThatExplodedOrADeviceThatRippedThroughIsABombing() {
        Event e = first(events("A bomb exploded in a market in Bamenda on Saturday, killing three people and wounding 10 "
                + "others, the governor said."), EventType.AttackOnCivilians);
        assertEquals(3, e.fatalities(), e.toString());
        assertEquals(List.of(EventType.AttackOnCivilians), types("An improvised explosive device ripped through a market in "
                + "Bamenda on Saturday, killing three people."));
        assertEquals(List.of(EventType.ArmedClash), types("A roadside bomb exploded near an army patrol in Bamenda on "
                + "Saturday, killing two soldiers."));
    }

    @Test
    void aTruceOneSideIsAccusedOfViolatingIsViolatedHoweverOften() {
        List<Ceasefire> cf = ceasefires("Ceasefire holds despite accusations\n\nA ceasefire between Thailand and Cambodia took "
                + "effect at midnight, though Bangkok accused Phnom Penh of violating it overnight.");
        assertEquals(CeasefireStatus.VIOLATED, cf.get(0).status(), cf.toString());
        cf = ceasefires("Ceasefire strained\n\nIndia and Pakistan agreed to a ceasefire on Saturday. India accused Pakistan "
                + "of repeated violations of the understanding.");
        assertEquals(CeasefireStatus.VIOLATED, cf.get(0).status(), cf.toString());
    }

    @Test
    void aSpanOfOtherFightingDoesNotMakeATruceUndated() {
        Event e = first(events("India and Pakistan agree ceasefire after four days of strikes\n\nIndia and Pakistan have "
                + "agreed to a full and immediate ceasefire, US President Donald Trump announced on Monday."),
                EventType.CeasefireDeclared);
        assertEquals(LocalDate.of(2022, 3, 7), e.date(), e.toString());
    }

    @Test
    void officesNamedForOperationsAndMeetingsAgreedForLaterAreNoEvents() {
        List<EventType> t = types("The two countries' directors general of military operations spoke by phone on Saturday "
                + "afternoon, officials said. The two sides also agreed to hold follow-up meetings in the coming days.");
        assertTrue(t.isEmpty(), t.toString());
    }

    @Test
    void theDeadOfTheRaidAreTheRaidsToll() {
        List<Event> e = events("Israeli raid on Jenin\n\nIsraeli forces raided the Jenin refugee camp on Tuesday. The "
                + "Palestinian Health Ministry in Ramallah said at least 10 people were killed in the raid.");
        assertEquals(1, e.size(), e.toString());
        assertEquals(10, e.get(0).fatalities(), e.toString());
        assertEquals(List.of("Jenin"), names(e.get(0).places()), e.toString());
    }

    @Test
    void aVehicleThatStruckADeviceHitABombOnTheGround() {
        List<EventType> t = types("Three soldiers were killed when their truck hit an improvised explosive device near Gao "
                + "on Sunday.");
        assertEquals(List.of(EventType.ArmedClash), t);
        t = types("Two peacekeepers were wounded on Sunday when their vehicle struck an explosive device on the road.");
        assertFalse(t.contains(EventType.AirStrike), t.toString());
        assertEquals(1, t.size(), t.toString());
    }

    @Test
    void anAttackOnACheckpointIsOnForcesWhateverVillageItIsNear() {
        assertEquals(List.of(EventType.ArmedClash), types("Islamic State militants attacked a checkpoint of the Popular "
                + "Mobilization Forces near the village of Mutaibija late on Tuesday, killing five fighters."));
    }

    @Test
    void whatAnAssaultCameDaysAfterIsAnotherAttack() {
        List<Event> e = events("Gangs storm Mirebalais\n\nGang members stormed the town of Mirebalais late on Sunday, killing "
                + "at least eight people. The assault came days after gangs attacked the town of Saut-d'Eau, killing two "
                + "nuns.");
        assertEquals(2, e.size(), e.toString());
        assertTrue(e.stream().anyMatch(x -> names(x.places()).equals(List.of("Saut-d'Eau")) && x.fatalities() == 2),
                e.toString());
    }

    @Test
    void strikesWithTheirDayBeforeTheVerbHitAndTheirStateKeepsItsDots() {
        Event e = first(events("U.S. strikes 17 April hit Ras Isa port, killing at least 80."), EventType.AirStrike);
        assertEquals(LocalDate.of(2021, 4, 17), e.date(), e.toString());
        assertEquals(80, e.fatalities(), e.toString());
        assertFalse(names(e.agents()).contains("U.S"), e.toString());
    }

    @Test
    void aKnownNameIsAnAgentWholeWhereTheChunkerCutIt() {
        Event e = first(events("Clashes between the Radaa Special Deterrence Force and the Nawasi Brigade killed five people "
                + "in Souq al-Juma on Tuesday, residents said."), EventType.ArmedClash);
        assertTrue(names(e.agents()).contains("Radaa Special Deterrence Force"), e.toString());
    }

    @Test
    void aHeadlinesSecondClauseAfterAsHasItsOwnPlaceAndAPlaceShelledIsNoAgent() {
        List<Event> e = events("RSF drone attack on El Obeid kills 9 as army retakes Wad Madani\n\nThe Sudanese army said on "
                + "Saturday its troops had recaptured Wad Madani, the capital of Gezira state.");
        assertEquals(List.of("Wad Madani"), names(first(e, EventType.Capture).places()), e.toString());
        e = events("Ukrainian forces push into Kursk as Belgorod shelled\n\nRussian officials said Belgorod was shelled on "
                + "Friday.");
        Event shelling = first(e, EventType.Shelling);
        assertEquals(List.of("Belgorod"), names(shelling.places()), e.toString());
        assertTrue(shelling.agents().isEmpty(), e.toString());
    }

    @Test
    void regionsWhereTownsWereRetakenAreNoAgents() {
        List<Event> e = events("Somali government forces have recaptured several towns in the central Hiraan and Galmudug "
                + "regions since launching an offensive against al-Shabaab.");
        for (Event x : e) {
            assertFalse(names(x.agents()).contains("Hiraan"), e.toString());
        }
    }

    @Test
    void aVehicleHitByADeviceIsTheBlastOfTheHeadlineOnItsDay() {
        List<Event> e = events("Seven soldiers martyred in North Waziristan IED blast\n\nPESHAWAR: Seven soldiers, including "
                + "an officer, were martyred when their vehicle was hit by an improvised explosive device in North "
                + "Waziristan's Mir Ali area on Monday, the military said.");
        assertEquals(1, e.size(), e.toString());
        assertEquals(LocalDate.of(2022, 3, 7), e.get(0).date(), e.toString());
        assertEquals(7, e.get(0).fatalities(), e.toString());
        assertFalse(names(e.get(0).places()).contains("North Waziristan IED"), e.toString());
    }

    @Test
    void forcesThatKilledTerroristsInAnOperationFought() {
        List<Event> e = events("Security forces killed four terrorists in an intelligence-based operation in the Tank district "
                + "of Khyber Pakhtunkhwa on Monday night, the military said.");
        assertEquals(1, e.size(), e.toString());
        assertEquals(4, e.get(0).fatalities(), e.toString());
        assertEquals(LocalDate.of(2022, 3, 7), e.get(0).date(), e.toString());
    }

    @Test
    void theKillingOfManyNamedAsANounIsAnAttackWithItsToll() {
        Event e = first(events("India said it had targeted infrastructure linked to the killing of 26 tourists in Pahalgam on "
                + "22 April."), EventType.AttackOnCivilians);
        assertEquals(26, e.fatalities(), e.toString());
        assertEquals(LocalDate.of(2021, 4, 22), e.date(), e.toString());
        assertEquals(List.of("Pahalgam"), names(e.places()), e.toString());
    }

    @Test
    void anAgentWhoseChunkBeginsInsideAKnownNameIsNamedWhole() {
        Event e = first(events("Fighters of the Group for the Support of Islam and Muslims attacked an army post "
                + "in Boni on Monday, killing four soldiers."), EventType.ArmedClash);
        assertTrue(names(e.agents()).contains("Group for the Support of Islam and Muslims"), names(e.agents()).toString());
    }

    @Test
    void whoAgreesToATruceWithAnotherIsOneOfItsTwoSidesBehindItsAside() {
        List<Ceasefire> cf = ceasefires("The TNLA, another member of the alliance, agreed to a fresh truce with Myanmar's "
                + "junta on Tuesday.");
        assertEquals(1, cf.size(), cf.toString());
        assertEquals(Set.of("TNLA", "Myanmar"), nameSet(cf.get(0).parties()), cf.toString());
        assertTrue(cf.get(0).brokers().isEmpty(), cf.toString());
    }

    @Test
    void aMonthlyEntrysTelegraphicEventIsFoundAndDatedInTheYearOfItsHeader() {
        Article a = new Article("cw", "cw.txt", null, null, null, Article.DateSource.UNKNOWN, "Niger | March 2025\n\n"
                + "In Ouallam department, suspected JNIM militants 9 March ambushed army patrol near Banibangou town, "
                + "killing 11 soldiers, according to defence ministry.\n", 0);
        List<Event> es = pipeline.run(a).events();
        Event e = first(es, EventType.ArmedClash);
        assertEquals(LocalDate.of(2025, 3, 9), e.date(), es.toString());
        assertEquals(Integer.valueOf(11), e.fatalities(), es.toString());
        assertTrue(names(e.agents()).stream().anyMatch(n -> n.contains("JNIM")), names(e.agents()).toString());
    }

    @Test
    void theClauseAfterAHeadlinesAsHasItsOwnPlaces() {
        List<Event> es = events("Junta Airstrike Kills 11 in Kyauktaw Village as AA Tightens Grip Around Sittwe\n\n"
                + "A regime airstrike on a village in Rakhine State's Kyauktaw Township killed at least 11 civilians on "
                + "Monday night, residents said.\n\nFighting has edged closer to Sittwe, the state capital.");
        List<Event> strikes = es.stream().filter(e -> e.type() == EventType.AirStrike).toList();
        assertEquals(1, strikes.size(), es.toString());
        assertFalse(names(strikes.get(0).places()).contains("Sittwe"), es.toString());
    }

    @Test
    void aSourceNamedBeforeTheEventIsNeitherItsAgentNorItsPlace() {
        Event e = first(events("According to information gathered by the Mission, Russian armed forces struck a "
                + "district of Zaporizhzhia on Thursday, killing nine civilians."), EventType.AirStrike);
        assertEquals(List.of("Russian armed forces"), names(e.agents()));
        Event f = first(events("According to residents in Kyauktaw, jets bombed a market in Sittwe on Thursday, "
                + "killing nine people."), EventType.AirStrike);
        assertEquals(List.of("Sittwe"), names(f.places()));
    }

    @Test
    void theSubjectBeforeAnAsideAndADayDidIt() {
        Event e = first(events("Somali National Army troops, backed by local clan militias, on Saturday recaptured the "
                + "town of Mahaday after al-Shabaab fighters withdrew."), EventType.Capture);
        assertTrue(names(e.agents()).stream().anyMatch(n -> n.contains("Somali")), names(e.agents()).toString());
        assertFalse(names(e.agents()).stream().anyMatch(n -> n.contains("militias")), names(e.agents()).toString());
    }

    @Test
    void anAsideWithAShortFormInBracketsIsSkippedOrIsTheNameItself() {
        Event e = first(events("Fighters of the Mouvement du 23 mars (M23), part of the Alliance Fleuve Congo (AFC), "
                + "captured Goma on Monday."), EventType.Capture);
        assertEquals(List.of("M23"), names(e.agents()));
        List<Ceasefire> cf = ceasefires("In March 2020, one armed group, the Southern Cameroons Defence Forces (SOCADEF), "
                + "declared a unilateral ceasefire.");
        assertEquals(List.of("Southern Cameroons Defence Forces"), names(cf.get(0).parties()), cf.toString());
    }

    @Test
    void aTruceEndedByASideOrSinceEndedHasCollapsedAndOneThatEndedFightingHasNot() {
        List<Ceasefire> ended = ceasefires("Attacks have surged since the TTP ended a months-long truce with the "
                + "government in November 2022.");
        assertEquals(CeasefireStatus.COLLAPSED, ended.get(0).status(), ended.toString());
        assertTrue(nameSet(ended.get(0).parties()).contains("TTP"), ended.toString());
        List<Ceasefire> since = ceasefires("Moroccan officials rarely acknowledge such attacks, which the Polisario has "
                + "reported almost daily since the end of the ceasefire.");
        assertEquals(CeasefireStatus.COLLAPSED, since.get(0).status(), since.toString());
        List<Ceasefire> extended = ceasefires("The ceasefire that ended two days of fighting between rival armed groups in "
                + "Tajoura was extended indefinitely on Wednesday.");
        assertEquals(CeasefireStatus.HOLDING, extended.get(0).status(), extended.toString());
        List<Ceasefire> inForce = ceasefires("The HPG said the ceasefire \"remains in force\" but accused the Turkish army "
                + "of continuing its attacks.");
        assertEquals(CeasefireStatus.HOLDING, inForce.get(0).status(), inForce.toString());
    }

    @Test
    void aTruceWhoseSidesEndItsPhraseBeforeAnAsideExpiredAndADealNotMadeIsProposed() {
        List<Ceasefire> expired = ceasefires("A bilateral ceasefire between the government and the ELN, agreed in Havana "
                + "in June 2023 with Cuba and Norway as guarantors, expired in August 2024 and was not renewed.");
        assertEquals(CeasefireStatus.COLLAPSED, expired.get(0).status(), expired.toString());
        List<Ceasefire> sought = ceasefires("There was no sign of a breakthrough on a deal for a ceasefire in Gaza.");
        assertEquals(CeasefireStatus.PROPOSED, sought.get(0).status(), sought.toString());
    }

    @Test
    void seizingWeaponsOrVehiclesIsNoCaptureOfTerritory() {
        assertFalse(types("IS Sahel claimed to have killed 20 soldiers and seized weapons and vehicles.")
                .contains(EventType.Capture));
        assertFalse(types("The rebels captured an SSPDF pick-up mounted with a machine gun.").contains(EventType.Capture));
        assertTrue(types("Rebels seized the town of Kidal on Monday.").contains(EventType.Capture));
    }

    @Test
    void relocatingStaffAwayFromFightingIsAnEvacuation() {
        assertTrue(types("An international NGO operating a clinic in Ulang relocated its staff to Malakal on Monday.")
                .contains(EventType.Evacuation));
        assertFalse(types("The ministry relocated its headquarters to a new building last year.")
                .contains(EventType.Evacuation));
    }

    @Test
    void battleAsAModifierOfGearIsNoBattle() {
        assertFalse(types("Battle damage assessment is ongoing, but early indications are that the targets were destroyed.")
                .contains(EventType.ArmedClash));
        assertTrue(types("The battle for Bakhmut raged on Monday.").contains(EventType.ArmedClash));
    }

    @Test
    void aDemonymBeforeAStrikeIsTheStateThatStruck() {
        Event e = first(events("A Moroccan drone strike killed three civilians near Bir Lahlou on Monday, the Polisario "
                + "said."), EventType.AirStrike);
        assertEquals(List.of("Morocco"), names(e.agents()));
    }

    @Test
    void aDeviceThatStruckIsABombingOnTheGround() {
        List<Event> ev = events("An improvised explosive device (IED) struck an army patrol near Nadjoundi on 20 March, "
                + "killing two soldiers.");
        assertEquals(List.of(EventType.ArmedClash), typesOf(ev), ev.toString());
        assertEquals(List.of(EventType.AttackOnCivilians),
                types("An improvised explosive device struck a bus in Quetta on Tuesday, killing three passengers."));
    }

    @Test
    void anAirForceThatNeutralisedFightersStruckAndTheFightersFleeingAreNoEvacuation() {
        List<Event> ev = events("The army said drones of the Burkinabe air force had \"neutralised several dozen "
                + "terrorists\" as they fled the area on Sunday afternoon.");
        assertEquals(List.of(EventType.AirStrike), typesOf(ev), ev.toString());
        assertTrue(types("Thousands of residents fled the town on Sunday.").contains(EventType.Evacuation));
    }

    @Test
    void clashesBetweenTwoSidesNameTheAgentsOfTheFightingTheSentenceOpensWith() {
        Event e = first(events("Tripoli saw its worst fighting in years in August last year, when clashes between the "
                + "444 Brigade and the Special Deterrence Force killed 55 people."), EventType.ArmedClash);
        assertEquals(Set.of("444 Brigade", "Special Deterrence Force"), nameSet(e.agents()));
    }

    @Test
    void anOrderWordAfterAnAuxiliaryStandsBetweenTheSubjectAndItsVerb() {
        Event e = first(events("It said Armenian units had first shelled Azerbaijani army positions in the Kalbajar "
                + "district."), EventType.Shelling);
        assertEquals(List.of("Armenia"), names(e.agents()));
    }

    @Test
    void theMediatorOfTalksTookPartAndIsNamedWithoutTitle() {
        Event e = first(events("The two leaders met in Brussels on May 14 in talks mediated by European Council "
                + "President Charles Michel."), EventType.Talks);
        assertEquals(List.of("Charles Michel"), names(e.agents()));
    }

    @Test
    void aListOfCountriesAfterOfKeepsItsFirstName() {
        Event e = first(events("Defence ministers of Niger, Mali and Burkina Faso, which form the Alliance of Sahel "
                + "States, met in Niamey on 2 March."), EventType.Talks);
        assertEquals(List.of("Niger", "Mali", "Burkina Faso"), names(e.agents()));
        List<Event> ev = events("In Kharkiv, Russian forces and Chechen units attacked the village on Monday.");
        assertFalse(ev.isEmpty());
        ev.forEach(f -> assertFalse(names(f.agents()).contains("Kharkiv"), f.toString()));
    }

    @Test
    void talksNamedByTheirMembersAndByTheirMediatorsAreOneEvent() {
        List<Event> ev = events("Field Marshal Khalifa Haftar and Fayez al-Sarraj held talks in Moscow on Monday. "
                + "On Monday, leaders of the rival parties met in the Russian capital for negotiations mediated by Moscow "
                + "and Ankara.");
        assertEquals(1, ev.stream().filter(e -> e.type() == EventType.Talks).count(), ev.toString());
    }

    @Test
    void talksAreHeldWhereTheLeadersMetAndTheirTitledPeopleAreNamedAlone() {
        Event e = first(events("Meanwhile, UN Special Envoy for Yemen Hans Grundberg met the Houthis' chief negotiator, "
                + "Mohammed Abdulsalam, in the Omani capital Muscat on Saturday."), EventType.Talks);
        assertEquals(Set.of("Hans Grundberg", "Mohammed Abdulsalam"), nameSet(e.agents()));
        assertEquals(List.of("Muscat"), names(e.places()));
        Event f = first(events("The UN envoy met Houthi leaders in Muscat on Saturday."), EventType.Talks);
        assertEquals(List.of("Muscat"), names(f.places()));
    }

    @Test
    void aTruceMadeInAParticiplePhraseAndThenBrokenIsViolatedAndOneBetweenBackedSidesCollapses() {
        List<Event> broken = events("A truce agreed last week between the two sides was broken on Saturday.");
        assertTrue(typesOf(broken).contains(EventType.CeasefireViolation), broken.toString());
        assertEquals(CeasefireStatus.VIOLATED, ceasefires("A truce agreed last week between the two sides was broken on "
                + "Saturday.").get(0).status());
        List<Event> collapsed = events("A ceasefire between the SDF and Turkish-backed forces, announced on 1 March, "
                + "collapsed within days.");
        assertTrue(typesOf(collapsed).contains(EventType.CeasefireCollapsed), collapsed.toString());
    }

    @Test
    void anAgeIsNoCountAndTheAgedPersonIsOneVictim() {
        Event e = first(events("A 72-year-old man was killed when Russian artillery shelled the town of Zolochiv on "
                + "Sunday evening, the governor said."), EventType.Shelling);
        assertEquals(1, e.fatalities(), e.toString());
        List<Event> boy = events("Soldiers shot dead a 15-year-old boy in Jenin on Monday.");
        assertEquals(1, boy.get(0).fatalities(), boy.toString());
        assertFalse(events("Soldiers killed a 15-year-old boy in Jenin on Monday.").isEmpty());
    }

    @Test
    void theDeadAreCountedWhenShotDeadOrNamedWithAShortFormInBrackets() {
        assertEquals(3, events("Three civilians were shot dead in the village on Monday.").get(0).fatalities());
        assertEquals(3, events("Gunmen shot dead three civilians in the village on Monday.").get(0).fatalities());
        Event e = first(events("Four members of the state's Community Protection Guards (CPG) were killed in a gunfight "
                + "with bandits near Yankuzo on Tuesday."), EventType.ArmedClash);
        assertEquals(4, e.fatalities(), e.toString());
    }

    @Test
    void rocketPropelledGrenadesAreNoShellingAndTheAttackKeepsItsToll() {
        List<Event> ev = events("Militants attacked an army position near Hajin with rocket-propelled grenades, killing "
                + "two soldiers.");
        assertEquals(List.of(EventType.ArmedClash), typesOf(ev), ev.toString());
        assertEquals(2, ev.get(0).fatalities(), ev.toString());
    }

    @Test
    void groupsNamedByWhatTheirMenAreAreSidesButNotWhatANamedAllianceIsMadeOf() {
        Ceasefire c = ceasefires("A truce between the government and bandit groups collapsed last year.").get(0);
        assertEquals(Set.of("government", "bandit groups"), nameSet(c.parties()), c.toString());
        Ceasefire d = ceasefires("Myanmar's military and the Three Brotherhood Alliance of ethnic armed groups announced a "
                + "ceasefire on Friday.").get(0);
        assertFalse(names(d.parties()).contains("armed groups"), d.toString());
    }

    @Test
    void attacksInGeneralJudgedInLawAreNoEvent() {
        assertTrue(events("Attacks against civilians and peacekeepers may constitute war crimes, the Head of Mission said.")
                .isEmpty());
        assertFalse(events("The attacks on the camp on Monday may constitute war crimes, the UN said.").isEmpty());
    }

    @Test
    void authoritiesWhoEvacuatePeopleAreTheEvacuationsAgent() {
        Event e = first(events("Local authorities evacuated about 120 residents from the damaged apartment buildings on "
                + "Thursday evening."), EventType.Evacuation);
        assertEquals(List.of("Local authorities"), names(e.agents()));
    }

    @Test
    void civiliansWhoLeaveTheirVillagesOrACampAreEvacuatedButFightersWhoLeaveAreNot() {
        assertTrue(types("The fighting has forced thousands of families to leave villages in the foothills.")
                .contains(EventType.Evacuation));
        assertTrue(types("Dozens of families have left the camp for relatives' homes in the city.")
                .contains(EventType.Evacuation));
        assertFalse(types("Hundreds of fighters have left the town for the hills.").contains(EventType.Evacuation));
    }

    @Test
    void civiliansAbductedAreAttackedWhileSoldiersTakenAreNot() {
        assertEquals(List.of(EventType.AttackOnCivilians),
                types("Gunmen abducted 14 passengers from a bus near Debre Berhan on Monday."));
        assertEquals(List.of(EventType.AttackOnCivilians),
                types("Seven civilians were kidnapped near Falmey on Monday."));
        assertFalse(types("Militants abducted two soldiers near the border on Monday.")
                .contains(EventType.AttackOnCivilians));
    }

    @Test
    void civiliansSeizedAreAttackedAndATownSeizedIsCaptured() {
        assertEquals(List.of(EventType.AttackOnCivilians), types("Gunmen seized 30 villagers near Kaura on Monday."));
        assertEquals(List.of(EventType.Other), types("Militants captured two soldiers near the border on Monday."));
        assertEquals(List.of(EventType.Capture), types("Rebels seized the town of Kaura on Monday."));
    }

    @Test
    void twoDemonymsTheArticleGivesStatesNameBothStates() {
        Event e = first(events("Border guard killed in Kyrgyz-Tajik shootout\n\nA Kyrgyz border guard was killed on "
                + "Monday when Kyrgyz and Tajik border troops exchanged fire near the village of Kok-Tash, Kyrgyzstan's "
                + "border service said. Tajikistan's border troops gave a different account."), EventType.ArmedClash);
        assertTrue(names(e.agents()).containsAll(List.of("Kyrgyzstan", "Tajikistan")), e.toString());
    }

    @Test
    void anAttackOnAMilitaryPostOrOnJawansIsAClash() {
        assertEquals(List.of(EventType.ArmedClash), types("Militants attacked a military post of the 8th Division near "
                + "the village of Albu Hamdan on Sunday, killing two soldiers."));
        assertEquals(List.of(EventType.ArmedClash), types("Two DRG jawans were killed when Maoists triggered an IED blast "
                + "targeting their vehicle near Jagargunda on Tuesday."));
    }

    @Test
    void civiliansWhoTakeRefugeFledAndBodiesFoundWereKilled() {
        assertEquals(List.of(EventType.Evacuation), types("About 600 residents of villages around Sugapa took refuge in a "
                + "church compound on Tuesday, fearing further violence."));
        assertTrue(events("Fighters took shelter in the forest on Monday.").isEmpty());
        Event e = first(events("On Friday morning, the bodies of five men were found hanging from an overpass on the "
                + "highway."), EventType.AttackOnCivilians);
        assertEquals(5, e.fatalities(), e.toString());
    }
}
