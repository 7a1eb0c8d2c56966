package org.conflictkg.ingest;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap checks that a decoded text is an English news article the extractor can use: not HTML,
 * has words, and is English. Each check answers with a one-line reason, or null when the text
 * passes.
 */
public final class TextCheck {

    /**
     * Below this share of common English function words a text of {@link #MIN_WORDS_TO_JUDGE} or
     * more words is taken as not English. English news prose has 30-45 % (the 45 articles in
     * {@code data/articles} and the shared corpus: 31-44 %); French, Spanish, German, Italian,
     * Portuguese, Dutch, Indonesian and Turkish news text have under 8 %.
     */
    public static final double MIN_ENGLISH_SHARE = 0.15;

    /** Texts with fewer words than this are too short to judge their language by word counts. */
    public static final int MIN_WORDS_TO_JUDGE = 12;
    /** Below this many words a text is refused only when no common English word is in it. */
    public static final int SHORT_TEXT = 40;

    /** Frequent English words that are rare as words of other languages written in Latin script. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "is", "was", "were", "are", "for", "that", "with", "from", "by",
            "at", "it", "its", "this", "which", "who", "has", "have", "had", "been", "be", "not", "but",
            "or", "after", "their", "they", "he", "she", "his", "her", "said", "says", "will", "would",
            "than", "into", "about", "more", "also", "there", "when", "over", "against", "other", "we",
            "our", "us", "you", "up", "out", "such", "these", "those", "during", "before", "between",
            "including", "on", "as", "an", "a", "in", "while", "where", "since", "because",
            "could", "should", "them", "him", "what", "some", "all", "one", "two", "new", "being");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*");
    private static final Pattern TAG =
            Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]{0,500})?/?>");
    private static final Pattern HTML_START =
            Pattern.compile("\\A[\\s\\uFEFF]*(?:<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]|<body[\\s>])",
                    Pattern.CASE_INSENSITIVE);

    private TextCheck() {
    }

    /** The first problem with this article body, or null when it looks like English prose. */
    public static String problem(String body) {
        String html = html(body);
        if (html != null) {
            return html;
        }
        String words = words(body);
        if (words != null) {
            return words;
        }
        return language(body);
    }

    /** HTML or XML markup instead of plain text. */
    public static String html(String body) {
        if (HTML_START.matcher(body).find()) {
            return "HTML, not plain text (save the article's text, not the web page)";
        }
        Matcher m = TAG.matcher(body);
        int tags = 0;
        int tagChars = 0;
        while (m.find()) {
            tags++;
            tagChars += m.end() - m.start();
        }
        if (tags >= 10 && tagChars * 10 >= body.length()) {
            return "HTML, not plain text (" + tags + " tags; save the article's text, not the web page)";
        }
        return null;
    }

    /** No word of two or more letters: numbers, punctuation or symbols only. */
    public static String words(String body) {
        Matcher m = WORD.matcher(body);
        while (m.find()) {
            if (m.end() - m.start() >= 2) {
                return null;
            }
        }
        return "no sentence to read: the text has no words, only numbers, punctuation or symbols";
    }

    /**
     * Not English: mostly words in another script, or (with enough words to judge) too few common
     * English words.
     */
    public static String language(String body) {
        Matcher m = WORD.matcher(body);
        int total = 0;
        int latin = 0;
        int english = 0;
        Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        while (m.find()) {
            String w = m.group();
            total++;
            Character.UnicodeScript script = Character.UnicodeScript.of(w.codePointAt(0));
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
                if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                    english++;
                }
            } else {
                scripts.merge(script, 1, Integer::sum);
            }
        }
        if (total == 0) {
            return null;
        }
        if (latin * 2 < total) {
            Character.UnicodeScript main = scripts.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
            return "not English: most words are in " + scriptName(main) + " script";
        }
        if (total < MIN_WORDS_TO_JUDGE) {
            return null;
        }
        double share = english / (double) total;
        // (a brief of a sentence or two says too little for a share: "Israeli troops raided the Nur Shams camp
        // near Tulkarem on Thursday, killing five Palestinians" has two function words in fifteen; only one
        // with none at all is judged)
        if (total < SHORT_TEXT ? english == 0 : share < MIN_ENGLISH_SHARE) {
            return String.format(Locale.ROOT,
                    "not English: only %.0f%% of its %d words are common English words (English news has 30-45%%)",
                    share * 100, total);
        }
        return null;
    }

    /** Share of common English function words among the Latin-script words (for tests and tuning). */
    public static double englishShare(String body) {
        Matcher m = WORD.matcher(body);
        int total = 0;
        int english = 0;
        while (m.find()) {
            total++;
            if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        return total == 0 ? 0 : english / (double) total;
    }

    private static String scriptName(Character.UnicodeScript s) {
        String n = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
