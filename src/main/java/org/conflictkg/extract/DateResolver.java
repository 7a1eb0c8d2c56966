package org.conflictkg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the time expressions of a sentence to a calendar day against the publication date:
 * weekday names (the last such day on or before the publication date), "today", "yesterday",
 * "overnight", "last night", "on 9 September", "Sept. 5", "September 5, 2016".
 */
public final class DateResolver {

    /** A resolved day and how precise it is. */
    public record Resolved(LocalDate date, String precision, int start, int end) {
    }

    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "(?:,?\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(late|early|last)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(today|tonight|this morning|this afternoon|this evening|overnight|yesterday|last night|"
                    + "the day before|on the same day)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(since (?:mid-)?" + MONTHS + "|in recent (?:days|weeks|months)|over the weekend|last week|"
                    + "last month|this week|earlier this (?:week|month|year)|in \\d{4})\\b", Pattern.CASE_INSENSITIVE);

    private DateResolver() {
    }

    /**
     * The day a sentence's event happened according to its time words, or null when it gives none
     * (the caller decides on a default) or only a vague period.
     */
    public static Resolved resolve(String sentence, LocalDate pub) {
        Matcher m = DAY_MONTH.matcher(sentence);
        if (m.find()) {
            LocalDate d = dayMonth(Integer.parseInt(m.group(1)), m.group(2), m.group(3), pub);
            if (d != null) {
                return new Resolved(d, "day", m.start(), m.end());
            }
        }
        m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            LocalDate d = dayMonth(Integer.parseInt(m.group(2)), m.group(1), m.group(3), pub);
            if (d != null) {
                return new Resolved(d, "day", m.start(), m.end());
            }
        }
        if (pub == null) {
            return null;
        }
        m = WEEKDAY.matcher(sentence);
        if (m.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            LocalDate d = pub.with(TemporalAdjusters.previousOrSame(dow));
            return new Resolved(d, "day", m.start(), m.end());
        }
        m = RELATIVE.matcher(sentence);
        if (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = switch (w) {
                case "yesterday", "last night", "the day before" -> pub.minusDays(1);
                default -> pub;
            };
            return new Resolved(d, "day", m.start(), m.end());
        }
        m = VAGUE.matcher(sentence);
        if (m.find()) {
            return new Resolved(null, "unknown", m.start(), m.end());
        }
        return null;
    }

    private static LocalDate dayMonth(int day, String month, String year, LocalDate pub) {
        Month mo = month(month);
        if (mo == null) {
            return null;
        }
        int y = year != null ? Integer.parseInt(year) : pub != null ? pub.getYear() : -1;
        if (y < 0) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(y, mo, day);
            if (year == null && pub != null && d.isAfter(pub.plusDays(31))) {
                d = d.minusYears(1);
            }
            return d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static Month month(String s) {
        String k = s.toLowerCase(Locale.ROOT).replace(".", "");
        if (k.length() < 3) {
            return null;
        }
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(k.substring(0, 3))) {
                return m;
            }
        }
        return null;
    }
}
