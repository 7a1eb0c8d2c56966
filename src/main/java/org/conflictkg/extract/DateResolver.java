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


    /**
     * A time expression of a sentence: its day (null when vague, future or unresolvable), its
     * precision ("day", "month", "unknown"), its character span within the sentence, and whether
     * it points to the future ("tomorrow", "next week") or is vague ("since July", "in recent weeks").
     */
    public record TimeExpr(LocalDate date, String precision, int start, int end, boolean future, boolean vague) {
    }

    private static final Pattern WEEKDAY_ALL = Pattern.compile(
            "\\b(?:(late|early|last|next|this|on)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "(?:'s|’s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_ALL = Pattern.compile(
            "\\b(today(?:\\s+(?:morning|afternoon|evening))?|tonight|this morning|this afternoon|this evening|overnight|"
                    + "yesterday(?:\\s+(?:morning|afternoon|evening|night))?|last night|earlier today|"
                    + "the day before yesterday|tomorrow|next (?:week|month|year)|later this (?:week|month)|"
                    + "(?:two|three|four|five|six|2|3|4|5|6) days ago)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VAGUE_ALL = Pattern.compile(
            "\\b(since (?:(?:mid|early|late)-?\\s?)?(?:" + MONTHS + "(?!\\s+\\d{1,2}\\b)|\\d{4})|in recent (?:days|weeks|months|years)|"
                    + "over the (?:weekend|past (?:few )?(?:days|weeks|months))|last (?:week|month|year)|"
                    + "(?:earlier|later) this (?:week|month|year)|this (?:week|month|year)|in (?:(?:early|mid|late)[- ]?)?\\d{4}|"
                    + "(?:mid|early|late)-" + MONTHS + "|(?:a few |several |two |three |four |five |six |ten |\\d+ )?(?:days|weeks|months|years) (?:after|ago|before|earlier|later)|"
                    + "(?:a|one) (?:day|week|month|year) (?:ago|earlier|later)|"
                    + "for (?:days|weeks|months|years)|in (?:early|mid|late)[- ]" + MONTHS + "|"
                    + "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) (?:days|weeks|months|years) of)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_RANGE = Pattern.compile("\\b(?:(?:between|from)\\s+)?\\d{1,2}(?:st|nd|rd|th)?"
            + "\\s*(?:and|to|-|\u2013)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTHS + "(?:,?\\s+\\d{4})?|\\b" + MONTHS
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|\u2013|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_LAST_WEEK = Pattern.compile("\\s+(?:of\\s+)?last\\s+week\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIXED_FEAST = Pattern.compile("\\b(?:christmas|new year(?:'s|’s)?)\\s+(?:day|eve)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\bin\\s+(?:(?:late|early|mid)[- ])?" + MONTHS + "(?:\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);

    /** Every time expression of a sentence, in text order (overlaps resolved in favour of the longer). */
    public static java.util.List<TimeExpr> findAll(String sentence, LocalDate pub) {
        return findAll(sentence, pub, null);
    }

    /**
     * The same, with the year a text with no publication day names in its header ({@link #headerYear}): "9 March"
     * is then that year's, while weekdays and "yesterday" stay unresolved.
     */
    public static java.util.List<TimeExpr> findAll(String sentence, LocalDate pub, Integer headerYear) {
        java.util.List<TimeExpr> out = new java.util.ArrayList<>();
        String year = pub == null && headerYear != null ? String.valueOf(headerYear) : null;
        if (sentence == null || sentence.isEmpty()) {
            return out;
        }
        // a full date with its year ("Kharkiv, Ukraine, June 21, 2022", a photo caption) is the day
        // the sentence's "overnight" and weekdays count from, not the publication day
        LocalDate base = pub;
        Matcher m = DAY_MONTH.matcher(sentence);
        while (m.find()) {
            LocalDate d = dayMonth(Integer.parseInt(m.group(1)), m.group(2), m.group(3) != null ? m.group(3) : year, pub);
            add(out, new TimeExpr(d, d == null ? "unknown" : "day", m.start(), m.end(), d != null && pub != null && d.isAfter(pub), false));
            if (d != null && m.group(3) != null && base == pub) {
                base = d;
            }
        }
        m = MONTH_DAY.matcher(sentence);
        while (m.find()) {
            String day = m.group(2);
            if (day == null) {
                continue;
            }
            LocalDate d = dayMonth(Integer.parseInt(day), m.group(1), m.group(3) != null ? m.group(3) : year, pub);
            add(out, new TimeExpr(d, d == null ? "unknown" : "day", m.start(), m.end(), d != null && pub != null && d.isAfter(pub), false));
            if (d != null && m.group(3) != null && base == pub) {
                base = d;
            }
        }
        m = DAY_RANGE.matcher(sentence);
        while (m.find()) {
            // "between 7 and 12 March", "on March 3-5": several days, none of them the day
            add(out, new TimeExpr(null, "unknown", m.start(), m.end(), false, true));
        }
        m = FIXED_FEAST.matcher(sentence);
        while (m.find()) {
            // "on Christmas Day", "on New Year's Eve": a day of the calendar, the last one by the publication day
            String w = m.group().toLowerCase(Locale.ROOT);
            boolean eve = w.endsWith("eve");
            LocalDate d = null;
            if (pub != null) {
                d = w.startsWith("christmas") ? LocalDate.of(pub.getYear(), 12, eve ? 24 : 25)
                        : eve ? LocalDate.of(pub.getYear(), 12, 31) : LocalDate.of(pub.getYear(), 1, 1);
                if (d.isAfter(pub)) {
                    d = d.minusYears(1);
                }
            }
            add(out, new TimeExpr(d, d == null ? "unknown" : "day", m.start(), m.end(), false, false));
        }
        m = VAGUE_ALL.matcher(sentence);
        while (m.find()) {
            add(out, new TimeExpr(null, "unknown", m.start(), m.end(), false, true));
        }
        m = MONTH_ONLY.matcher(sentence);
        while (m.find()) {
            add(out, new TimeExpr(null, "month", m.start(), m.end(), false, true));
        }
        m = WEEKDAY_ALL.matcher(sentence);
        while (m.find()) {
            String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = null;
            boolean future = mod.equals("next") || futureBefore(sentence, m.start());
            // "on Friday last week", "Tuesday of last week": that day of the calendar week before the article's
            Matcher lastWeek = WEEKDAY_LAST_WEEK.matcher(sentence).region(m.end(), sentence.length());
            boolean ofLastWeek = lastWeek.lookingAt();
            if (base != null && !future) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                d = ofLastWeek ? base.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
                        .with(TemporalAdjusters.nextOrSame(dow))
                        : mod.equals("last") ? base.with(TemporalAdjusters.previous(dow)) : base.with(TemporalAdjusters.previousOrSame(dow));
            }
            add(out, new TimeExpr(d, d == null ? "unknown" : "day", m.start(), ofLastWeek ? lastWeek.end() : m.end(), future,
                    false));
        }
        m = RELATIVE_ALL.matcher(sentence);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            boolean future = w.startsWith("tomorrow") || w.startsWith("next") || w.startsWith("later");
            LocalDate d = null;
            if (base != null && !future) {
                d = w.startsWith("yesterday") || w.equals("last night") ? base.minusDays(1)
                        : w.startsWith("the day before") ? base.minusDays(2)
                        : w.endsWith(" days ago") ? base.minusDays(daysAgo(w)) : base;
            }
            add(out, new TimeExpr(d, d == null ? "unknown" : "day", m.start(), m.end(), future, false));
        }
        out.sort(java.util.Comparator.comparingInt(TimeExpr::start));
        // "overnight on Thursday", "overnight Thursday": the weekday says which night
        for (int i = out.size() - 2; i >= 0; i--) {
            TimeExpr a = out.get(i);
            TimeExpr b = out.get(i + 1);
            String gap = sentence.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
            if (sentence.substring(a.start(), a.end()).equalsIgnoreCase("overnight") && b.date() != null
                    && (gap.isEmpty() || gap.equals("on") || gap.equals("into"))) {
                out.remove(i);
            }
        }
        return out;
    }

    /** The number of "three days ago". */
    private static int daysAgo(String w) {
        String n = w.substring(0, w.indexOf(' '));
        return switch (n) {
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            default -> Integer.parseInt(n);
        };
    }

    private static final Pattern FUTURE_VERB = Pattern.compile(
            "\\b(?:will|shall|(?:is|are) (?:due|expected|set|scheduled) to|(?:is|are) to|takes effect|comes into (?:force|effect)"
                    + "|goes into effect)\\s+(?:\\w+\\s+){0,4}(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** "The truce is due to take effect on Monday", "talks will resume on Friday": a weekday ahead of the news. */
    private static boolean futureBefore(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 60), at);
        int cut = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('"')));
        return FUTURE_VERB.matcher(before.substring(cut + 1)).find();
    }

    private static void add(java.util.List<TimeExpr> out, TimeExpr t) {
        for (int i = 0; i < out.size(); i++) {
            TimeExpr o = out.get(i);
            if (t.start() < o.end() && o.start() < t.end()) {
                // (the longer one; of two the same, one with a day: "two days ago" is a day, not a vague span)
                if (t.end() - t.start() > o.end() - o.start()
                        || t.start() == o.start() && t.end() == o.end() && t.date() != null && o.date() == null) {
                    out.set(i, t);
                }
                return;
            }
        }
        out.add(t);
    }

    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})|" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_DATE = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*[,(]?\\s*(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+"
                    + MONTHS + "|" + MONTHS + "\\s+(\\d{1,2}))", Pattern.CASE_INSENSITIVE);
    /** "2023-03-12", also as a timestamp's date ("2023-03-12T10:45:00Z"). */
    private static final Pattern ISO_DATE = Pattern.compile("\\b(20\\d\\d|19\\d\\d)-(\\d\\d)-(\\d\\d)(?=T\\d|\\b)");

    /**
     * The publication date a text implies when it has no date line: the latest full date it
     * mentions (a lower bound), moved on to the weekday the text names most often, or a weekday paired with a day and month ("Thursday (22 September)")
     * in a year the text names. Null when the text gives no year.
     */
    public static LocalDate inferPublicationDate(String text) {
        return inferPublicationDate(text, null);
    }

    /**
     * The same, with a day the article cannot be older than from outside its text (the day of an
     * event it reports, known from another article): it counts as one more full date the text gives.
     */
    public static LocalDate inferPublicationDate(String text, LocalDate notBefore) {
        if (text == null) {
            return null;
        }
        LocalDate stamped = headerDate(text);
        if (stamped != null && (notBefore == null || !stamped.isBefore(notBefore))) {
            return stamped;
        }
        LocalDate best = notBefore;
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        if (notBefore != null) {
            years.add(notBefore.getYear());
        }
        Matcher m = FULL_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = fullDate(m);
            if (d != null) {
                years.add(d.getYear());
                best = best == null || d.isAfter(best) ? d : best;
            }
        }
        m = ISO_DATE.matcher(text);
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                years.add(d.getYear());
                best = best == null || d.isAfter(best) ? d : best;
            } catch (java.time.DateTimeException e) {
                // not a date
            }
        }
        if (best != null) {
            // the text is no older than the latest date it gives, and the weekdays it names as past
            // ("shelled again on Saturday night") have come by then: the earliest day that fits both
            // (the weekday named most often is the day of the news; a tie goes to the later day)
            LocalDate bound = best;
            java.util.Map<LocalDate, Integer> named = new java.util.HashMap<>();
            Matcher w = WEEKDAY_ALL.matcher(text);
            while (w.find()) {
                String mod = w.group(1) == null ? "" : w.group(1).toLowerCase(Locale.ROOT);
                if (mod.equals("next") || WEEKDAY_DATE.matcher(text).region(w.start(2), text.length()).lookingAt()) {
                    continue;
                }
                DayOfWeek dow = DayOfWeek.valueOf(w.group(2).toUpperCase(Locale.ROOT));
                named.merge(bound.with(TemporalAdjusters.nextOrSame(dow)), 1, Integer::sum);
            }
            int most = 0;
            for (var e : named.entrySet()) {
                if (e.getValue() > most || e.getValue() == most && e.getKey().isAfter(best)) {
                    most = e.getValue();
                    best = e.getKey();
                }
            }
        }
        m = WEEKDAY_DATE.matcher(text);
        while (m.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            String day = m.group(2) != null ? m.group(2) : m.group(5);
            String mon = m.group(2) != null ? m.group(3) : m.group(4);
            for (int y : years) {
                LocalDate d = safeDate(String.valueOf(y), mon, Integer.parseInt(day));
                if (d != null && d.getDayOfWeek() == dow) {
                    best = best == null || d.isAfter(best) ? d : best;
                }
            }
        }
        return best;
    }

    /** How many lines from the top a date standing alone may be the article's own date. */
    private static final int HEADER_LINES = 8;
    /**
     * A line that is a date and nothing more, as a page prints the day of the story above or below
     * its headline: "March 3, 2021", "Published: Tuesday 16 March, 2018 10:24 GMT", "Updated on
     * Sept. 5, 2019".
     */
    /** An outlet's name before a date line and a comma, a bar or a dash: "Reuters, ", "Al Jazeera | ". */
    private static final String OUTLET = "(?:\\p{L}[\\p{L}.&'’ ]{1,30}?\\s*[,|\u2022\u00b7\u2013\u2014-]\\s*)?";
    private static final Pattern DATE_ALONE = Pattern.compile(
            // ("By Jane Doe | March 12, 2023": a byline before it)
            "(?:by\\s+[^|\\n]{2,60}?\\s*[|\u2022\u00b7]?\\s+)?"
                    // ("Reuters, November 30, 2024", "The Guardian | Saturday 30 November 2024": the outlet before it)
                    + OUTLET
                    + "(?:(?:published|updated|posted|last updated|first published|date|dated)(?:\\s+on)?\\s*:?\\s*)?"
                    // ("Updated 1:08 PM ET, Sun March 12, 2023": the time first)
                    + "(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?,?\\s+)?"
                    + "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|"
                    + "sat|sun)\\.?,?\\s+)?"
                    + "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})|" + MONTHS
                    + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))"
                    + "(?:\\s*[,|/\u2013\u2014-]?\\s*(?:at\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?"
                    // ("2:05 PM GMT+3", "10:42 UTC+05:30")
                    + "(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?"
                    // ("March 12, 2023 / 10:45 AM / Updated an hour ago": a short note after a bar or a slash)
                    + "(?:\\s*[|/]\\s*[^.!?|/]{1,40})?\\s*[.|]?",
            Pattern.CASE_INSENSITIVE);
    /**
     * A line that is a date in figures and nothing more: "2023-03-12", "2023-03-12T10:45:00Z", "15/03/2023",
     * "03/15/2023", "12.03.2023" (groups 1-3 year, month, day; else 4 and 6 the two numbers, 5 the mark between, 7
     * the year).
     */
    private static final Pattern NUMERIC_ALONE = Pattern.compile(
            OUTLET + "(?:(?:published|updated|posted)\\s*:?\\s*)?(?:(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?"
                    + "(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?(?:\\s*[ap]\\.?m\\.?)?"
                    // ("2024-12-25 09:40 PKT", "2024-12-25 09:40 GMT+5": the time's zone after it)
                    + "(?:\\s+\\p{L}{2,5}(?:[+-]\\d{1,2})?)?)?|(\\d{1,2})([/.])(\\d{1,2})\\5(\\d{4})"
                    // ("15.10.2024 10:42": a time after the day)
                    + "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The day of a {@link #NUMERIC_ALONE} match; for figures with slashes only when the order is plain (one
     * number above 12: "15/03/2023" is day first, "03/15/2023" month first), else null; with dots, day first.
     */
    private static LocalDate numericDate(Matcher m) {
        try {
            if (m.group(1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            int a = Integer.parseInt(m.group(4));
            int b = Integer.parseInt(m.group(6));
            int y = Integer.parseInt(m.group(7));
            if (a > 12 && b <= 12 || m.group(5).equals(".") && b <= 12) {
                return LocalDate.of(y, b, a);
            }
            if (b > 12 && a <= 12) {
                return LocalDate.of(y, a, b);
            }
            return null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A wire date line opening a paragraph: "BOGOTA, May 20, 2022 (Reuters) -". */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            // ("Bunia, 12 February 2025 - The United Nations ...": a press release's place, written in small letters)
            "(?:[A-Z][A-Z .'-]{1,40}|(?!(?:On|In|At|By|Since|From|Until|Before|After|Between|Early|Late|Last|This|Monday"
                    + "|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)[A-Z][a-zà-ÿ'-]+(?:[ -][A-Z][a-zà-ÿ'-]+){0,3})"
                    + "(?:,\\s*[A-Z][A-Za-z .'-]{1,30})?,\\s*(?:(\\d{1,2})\\s+(?i:" + MONTHS + "),?\\s+(\\d{4})|"
                    + "(?i:" + MONTHS + ")\\s+(\\d{1,2}),?\\s+(\\d{4}))\\s*(?:\\((?:[A-Za-z][A-Za-z .&-]{0,30})\\)\\s*)?[-\u2013\u2014]");

    private static final Pattern MONTH_YEAR_HEADER = Pattern.compile("(?:.{0,60}[\\s|,:–—-])?" + MONTHS
            + "\\s+((?:19|20)\\d\\d)\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * The year of a header line that names a month and a year and no day ("Niger | March 2025", as monthly and weekly
     * overviews head their entries), or null.
     */
    public static Integer headerYear(String text) {
        if (text == null) {
            return null;
        }
        int seen = 0;
        for (String raw : text.split("\\r?\\n", HEADER_LINES * 4)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (seen++ >= 3) {
                break;
            }
            Matcher m = MONTH_YEAR_HEADER.matcher(line);
            if (m.matches()) {
                return Integer.parseInt(m.group(m.groupCount()));
            }
        }
        return null;
    }

    /**
     * The date the text prints as its own: a date on a line by itself among the first lines, or in a
     * wire date line that opens a paragraph. Null when there is none, or two that disagree.
     */
    static LocalDate headerDate(String text) {
        LocalDate found = null;
        String[] lines = text.split("\\r?\\n");
        int seen = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            LocalDate d = null;
            Matcher m = WIRE_DATELINE.matcher(line);
            if (m.lookingAt()) {
                d = fullDate(m);
            } else if (seen < HEADER_LINES) {
                d = dateAlone(line);
                // "Source: Xinhua | 2025-01-21 21:05:17 | Editor: huaxia": one field of a header's fields
                if (d == null && line.indexOf('|') > 0) {
                    for (String field : line.split("\\|")) {
                        d = dateAlone(field.strip());
                        if (d != null) {
                            break;
                        }
                    }
                }
            }
            if (d != null) {
                if (found != null && !found.equals(d)) {
                    return null;
                }
                found = d;
            }
            seen++;
        }
        return found;
    }

    /** The day that text which is a date and nothing more names ({@link #DATE_ALONE}, {@link #NUMERIC_ALONE}), or null. */
    private static LocalDate dateAlone(String s) {
        Matcher m = DATE_ALONE.matcher(s);
        if (m.matches()) {
            return fullDate(m);
        }
        m = NUMERIC_ALONE.matcher(s);
        return m.matches() ? numericDate(m) : null;
    }

    /**
     * The day a match of {@link #FULL_DATE}, {@link #DATE_ALONE} or {@link #WIRE_DATELINE} names: groups
     * 1-3 day, month, year ("3 March 2021"), else 4-6 month, day, year ("March 3, 2021").
     */
    private static LocalDate fullDate(Matcher m) {
        return m.group(1) != null ? safeDate(m.group(3), m.group(2), Integer.parseInt(m.group(1)))
                : safeDate(m.group(6), m.group(4), Integer.parseInt(m.group(5)));
    }

    private static LocalDate safeDate(String year, String month, int day) {
        Month mo = month(month);
        if (mo == null || year == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), mo, day);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
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
