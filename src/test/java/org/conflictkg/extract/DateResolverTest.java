package org.conflictkg.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {
    private static final LocalDate FRI = LocalDate.of(2016, 9, 23);

    private static DateResolver.TimeExpr only(String s, LocalDate pub) {
        List<DateResolver.TimeExpr> all = DateResolver.findAll(s, pub);
        assertEquals(1, all.size(), () -> "expressions in '" + s + "': " + all);
        return all.get(0);
    }

    @Test
    void weekdaysResolveToTheLastSuchDayOnOrBeforePublication() {
        assertEquals(LocalDate.of(2016, 9, 22), only("The meeting on Thursday night ended.", FRI).date());
        assertEquals(FRI, only("Jets struck on Friday morning.", FRI).date());
        assertEquals(LocalDate.of(2016, 9, 19), only("the bombing of an aid convoy on Monday", FRI).date());
        assertEquals(LocalDate.of(2016, 9, 16), only("It happened last Friday.", FRI).date());
        assertEquals(LocalDate.of(2016, 9, 22), only("rebels seized it late Thursday", FRI).date());
    }

    @Test
    void aWeekdayOfLastWeekIsThatDayOfTheWeekBefore() {
        // 2016-09-23 is a Friday: "Friday last week" is 16 September, "Tuesday of last week" 13 September
        assertEquals(LocalDate.of(2016, 9, 16), only("Shells hit the camp on Friday last week.", FRI).date());
        assertEquals(LocalDate.of(2016, 9, 13), only("Shells hit the camp on Tuesday of last week.", FRI).date());
        assertEquals(LocalDate.of(2016, 9, 13), only("Shells hit the camp on Tuesday of last week.", FRI.plusDays(2)).date());
    }

    @Test
    void aRangeOfDaysIsNoDay() {
        for (String s : List.of("Between 7 and 12 September, attacks hit villages.", "Fighting raged on September 3-5.",
                "Attacks from 7 to 12 September left 30 dead.")) {
            DateResolver.TimeExpr t = only(s, FRI);
            assertNull(t.date(), s);
            assertTrue(t.vague(), s);
        }
        assertEquals(LocalDate.of(2016, 9, 12), only("Gunmen killed 12 people on 12 September.", FRI).date());
    }

    @Test
    void aWeekdayAfterWillOrIsDueToLiesAhead() {
        for (String s : List.of("The truce is due to take effect on Monday evening.", "Talks will resume on Monday in Geneva.",
                "The ceasefire is set to begin on Monday.")) {
            DateResolver.TimeExpr t = only(s, FRI);
            assertTrue(t.future(), s);
            assertNull(t.date(), s);
        }
        // a clause of its own after a comma says nothing of the weekday
        assertEquals(LocalDate.of(2016, 9, 19), DateResolver.findAll("They will retaliate, the army said on Monday.", FRI)
                .get(0).date());
    }

    @Test
    void feastsOfAFixedDayAreThatDayBeforePublication() {
        assertEquals(LocalDate.of(2015, 12, 25), only("On Christmas Day, gunmen attacked a church.", FRI).date());
        assertEquals(LocalDate.of(2015, 12, 31), only("They struck a hotel on New Year's Eve.", FRI).date());
        assertEquals(LocalDate.of(2016, 1, 1), only("They struck a hotel on New Year’s Day.", FRI).date());
        LocalDate dec26 = LocalDate.of(2020, 12, 26);
        assertEquals(LocalDate.of(2020, 12, 25), only("On Christmas Day, gunmen attacked a church.", dec26).date());
    }

    @Test
    void relativeDays() {
        assertEquals(FRI, only("Warplanes pounded the districts today.", FRI).date());
        assertEquals(FRI, only("fighter jets pounded the city overnight", FRI).date());
        assertEquals(FRI.minusDays(1), only("strikes halted from yesterday night", FRI).date());
        assertEquals(FRI.minusDays(1), only("It began yesterday.", FRI).date());
        assertEquals(FRI.minusDays(2), only("Rebels attacked the town two days ago.", FRI).date());
        assertEquals(FRI.minusDays(3), only("Rebels attacked the town 3 days ago.", FRI).date());
        assertNull(only("Rebels attacked the town a few days ago.", FRI).date());
        DateResolver.TimeExpr t = only("Officials will meet tomorrow in Geneva.", FRI);
        assertTrue(t.future());
        assertNull(t.date());
    }

    @Test
    void calendarDates() {
        assertEquals(LocalDate.of(2016, 9, 9), only("Both countries agreed a deal on 9 September.", FRI).date());
        assertEquals(LocalDate.of(2016, 9, 5), only("It began on Sept. 5.", FRI).date());
        assertEquals(LocalDate.of(2016, 11, 28), only("seen on November 28, 2016, in the city", FRI).date());
        // a day and month later than the publication belong to the year before
        assertEquals(LocalDate.of(2015, 12, 30), only("It started on 30 December.", LocalDate.of(2016, 1, 10)).date());
    }

    @Test
    void vagueExpressionsHaveNoDay() {
        for (String s : List.of("under siege since July", "in recent weeks", "over the weekend", "captured in 2012",
                "encircled since mid-July", "days after the truce collapsed", "last week", "A week earlier, troops",
                "killed a few days ago", "a month later")) {
            DateResolver.TimeExpr t = only(s, FRI);
            assertNull(t.date(), s);
            assertTrue(t.vague(), s);
        }
    }

    @Test
    void sinceADayIsTheDayItBegan() {
        // FRI is 2016-09-23: "since September 18" gives the day; "since September" stays vague
        DateResolver.TimeExpr t = only("forces have recaptured most of it since September 18", FRI);
        assertEquals(LocalDate.of(2016, 9, 18), t.date());
        assertFalse(t.vague());
        assertTrue(only("under siege since September", FRI).vague());
    }

    @Test
    void noPublicationDateMeansNoRelativeDay() {
        assertNull(only("Jets struck on Friday.", null).date());
        assertEquals(LocalDate.of(2016, 9, 9), only("agreed on 9 September 2016", null).date());
    }

    @Test
    void oddTextDoesNotBreak() {
        assertTrue(DateResolver.findAll("", FRI).isEmpty());
        assertTrue(DateResolver.findAll(null, FRI).isEmpty());
        assertFalse(DateResolver.findAll("ON THURSDAY THE ARMY ATTACKED", FRI).isEmpty());
        assertTrue(DateResolver.findAll("В четверг армия атаковала 31 число", FRI).isEmpty());
        assertNull(DateResolver.inferPublicationDate(""));
    }

    @Test
    void publicationDateIsInferredFromFullDatesAndWeekdayDatePairs() {
        assertEquals(LocalDate.of(2016, 11, 28),
                DateResolver.inferPublicationDate("Destruction seen on November 28, 2016, in the city."));
        assertEquals(LocalDate.of(2016, 9, 22), DateResolver.inferPublicationDate(
                "Forces on Thursday (22 September) launched an offensive. Photo: Aleppo, 21 September 2016"));
        assertNull(DateResolver.inferPublicationDate("They agreed a deal on 9 September and met on Thursday."));
        // a timestamp's date, as feeds and scraped pages print it
        assertEquals(LocalDate.of(2023, 3, 12), DateResolver.inferPublicationDate(
                "Posted 2023-03-12T10:45:00Z\nGunmen attacked the village of Kuru."));
    }
    @Test
    void aDatePrintedAloneAtTheTopOrInAWireDateLineIsThePublicationDate() {
        // the byline's date is the story's own: "on Tuesday" is the day before, not a week later
        assertEquals(LocalDate.of(2021, 3, 3), DateResolver.inferPublicationDate(
                "Bomber kills 12 at market\n\nBy Staff Reporter\nMarch 3, 2021\n\nMAIDUGURI, Nigeria (AP) — A bomber "
                        + "blew himself up on Tuesday. On Sunday, troops repelled an attack."));
        assertEquals(LocalDate.of(2018, 3, 16), DateResolver.inferPublicationDate(
                "Casualties mount\n\nPublished: Friday 16 March, 2018 10:24 GMT\n\nForces shelled the town on Thursday."));
        assertEquals(LocalDate.of(2022, 5, 20), DateResolver.inferPublicationDate(
                "Rebels declare truce\n\nBOGOTA, May 20, 2022 (Reuters) - Rebels declared a ceasefire on Friday, "
                        + "a week after talks in Havana on May 13, 2022 failed."));
        // the date line is the story's day even when a weekday it names lies before it (a Thursday, here the 19th)
        assertEquals(LocalDate.of(2022, 5, 20), DateResolver.inferPublicationDate(
                "Rebels declare truce\n\nBOGOTA, May 20, 2022 (Reuters) - Rebels declared a ceasefire on Thursday."));
        assertEquals(LocalDate.of(2025, 2, 8), DateResolver.inferPublicationDate(
                "Rebels seize town\n\nGOMA, Democratic Republic of Congo, Feb 8, 2025 (AFP) - M23 rebels seized the "
                        + "town of Minova on Friday."));
        // a date inside a sentence or a caption stays a lower bound
        assertEquals(LocalDate.of(2021, 3, 9), DateResolver.inferPublicationDate(
                "Bomber kills 12\n\nA market seen on March 3, 2021. A bomber blew himself up on Tuesday."));
        // two different dates alone at the top: neither is taken as the story's own
        assertEquals(LocalDate.of(2021, 3, 9), DateResolver.inferPublicationDate(
                "March 1, 2021\nMarch 3, 2021\n\nA bomber blew himself up on Tuesday."));
        assertEquals(LocalDate.of(2021, 3, 3), DateResolver.headerDate("Title\n\nMarch 3, 2021\n\nBody."));
        assertNull(DateResolver.headerDate("Title\n\nSeen on March 3, 2021.\n\nBody."));
    }

    @Test
    void headerDatesAsPagesPrintThem() {
        for (String line : List.of("Sun 12 Mar 2023 14.05 GMT", "Updated 1:08 PM ET, Sun March 12, 2023", "2023-03-12",
                "2023-03-12T10:45:00Z", "By John Smith | March 12, 2023", "Sun, March 12, 2023", "12/03/2023 is not",
                "12 March 2023 | 10:45", "March 12, 2023 / 10:45 AM / Updated an hour ago", "Date: 12 March 2023",
                "Sunday, 12 March 2023 - 10:45", "By Reuters Staff March 12, 2023", "12.03.2023",
                "15/03/2023", "03/12/2023", "Reuters, March 12, 2023", "The Guardian, Sunday 12 March 2023",
                "Al Jazeera, 12 Mar 2023", "Reuters | March 12, 2023", "March 12, 2023, 2:05 PM GMT+3", "AFP | 12/03/2023 is not",
                "AFP | 15/03/2023", "Last Updated : 12 Mar 2023, 10:42 PM IST", "Updated: 2023-03-12 09:40 PKT",
                "2023-03-12 09:40 pm GMT+5")) {
            LocalDate d = DateResolver.headerDate("Gunmen kill 12\n" + line + "\n\nGunmen killed 12 people on Saturday.");
            if (line.endsWith("is not")) {
                assertNull(d, line);
            } else if (line.endsWith("15/03/2023")) {
                assertEquals(LocalDate.of(2023, 3, 15), d, line);
            } else if (line.equals("03/12/2023")) {
                assertNull(d, line); // day or month first: no telling
            } else {
                assertEquals(LocalDate.of(2023, 3, 12), d, line);
            }
        }
    }

    @Test
    void inferredPublicationDateMovesOnToTheWeekdayNamedMostOften() {
        // a caption dated Thursday 8 October 2020; the news is of "Saturday" (twice) and a "Monday" attack
        assertEquals(LocalDate.of(2020, 10, 10), DateResolver.inferPublicationDate(
                "A house destroyed in the city, October 8, 2020. The town was shelled again on Saturday night. "
                        + "The truce agreed early on Saturday did not hold. An attack on Monday killed two."));
        // "next Monday" is no past day of the news
        assertEquals(LocalDate.of(2020, 10, 8), DateResolver.inferPublicationDate(
                "A house destroyed in the city, October 8, 2020. Talks will resume next Monday."));
    }

    @Test
    void overnightOnAWeekdayIsThatWeekdaysNight() {
        List<DateResolver.TimeExpr> all = DateResolver.findAll("Forces shelled the town heavily overnight on Thursday.", FRI);
        assertEquals(1, all.size(), all.toString());
        assertEquals(FRI.minusDays(1), all.get(0).date());
    }
    @Test
    void aCaptionsFullDateIsTheDayItsOvernightCountsFrom() {
        List<DateResolver.TimeExpr> all = DateResolver.findAll(
                "Damage from overnight shelling on a college in the city, June 21, 2022. (Reuters)", FRI);
        assertEquals(LocalDate.of(2022, 6, 21), all.get(0).date(), all.toString());
    }

    @Test
    void aMonthAndYearHeadingAnEntryGiveTheYearOfItsDaysOnly() {
        assertEquals(Integer.valueOf(2025), DateResolver.headerYear("Niger | March 2025\n\nDeteriorated situation\n\nText."));
        assertEquals(Integer.valueOf(2024), DateResolver.headerYear("Weekly overview, 8-14 March 2024\nText."));
        assertNull(DateResolver.headerYear("Strikes kill 12\n\nThe war began in March 2011 and goes on.\n"));
        List<DateResolver.TimeExpr> t = DateResolver.findAll("Militants 14 March stormed a village on Tuesday.", null, 2025);
        assertEquals(LocalDate.of(2025, 3, 14), t.get(0).date());
        assertNull(t.get(1).date()); // a weekday needs the day of publication
        assertNull(DateResolver.findAll("Militants 14 March stormed a village.", null).get(0).date());
    }

    @Test
    void aDateLineWithNoAgencyBeforeItsDashDatesTheText() {
        assertEquals(LocalDate.of(2024, 11, 8), DateResolver.inferPublicationDate("Civilians pay heavy price\n\n"
                + "KYIV, 8 November 2024 \u2013 The mission said an attack on Thursday killed nine civilians.\n\n"
                + "Shelling has grown since 3 October 2024.\n"));
    }

    @Test
    void aPressReleaseDateLineInSmallLettersAndAHeaderFieldBetweenBarsDateTheText() {
        assertEquals(LocalDate.of(2025, 2, 12), DateResolver.inferPublicationDate("Mission condemns attack\n\n"
                + "Press release\n\nBunia, 12 February 2025 - The Mission condemns the attack of Monday 10 February.\n\n"
                + "A meeting is planned for 18 February 2025.\n"));
        assertEquals(LocalDate.of(2025, 1, 21), DateResolver.inferPublicationDate("Attack kills 8 soldiers\n\n"
                + "Source: Xinhua | 2025-01-21 21:05:17 | Editor: huaxia\n\nADEN, Jan. 21 (Xinhua) -- At least eight "
                + "soldiers were killed on Monday, a week after talks held on 27 January 2025.\n"));
        // a sentence that opens with a weekday and a date is no date line
        assertNull(DateResolver.headerDate("Fighting resumed.\n\nOn Monday, 3 February 2025 - the day the truce ended - "
                + "shelling began.\n"));
    }

    @Test
    void aDottedDateWithATimeOnItsOwnLineDatesTheText() {
        assertEquals(LocalDate.of(2024, 10, 15), DateResolver.inferPublicationDate("Border guard killed in shootout\n\n"
                + "15.10.2024 10:42\n\nBISHKEK (AKIpress) - A border guard was killed on Monday.\n"));
    }
}
