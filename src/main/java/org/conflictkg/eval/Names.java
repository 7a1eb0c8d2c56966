package org.conflictkg.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Name and sentence comparison, as score.py does it: {@link #norm} folds case, accents, quotes and
 * dashes and drops a possessive and a leading article; names match when equal after that or when
 * one is a whole-word part of the other; sentences are the same when they share half their words.
 */
public final class Names {
    private Names() {
    }

    /** {@link #norm(String)} of a JSON value: Python's {@code str()} of it, or "" for null. */
    public static String norm(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? "" : norm(Py.str(value));
    }

    /**
     * Lower-case; accents folded (NFKD, combining marks dropped); curly single quotes to
     * {@code '}; the dashes U+2010..U+2015 to {@code -}; {@code 's} at the end of a word dropped;
     * every run of other characters than {@code a-z 0-9 - space} to one space; spaces collapsed and
     * trimmed; a leading "the ", "a " or "an " dropped (once).
     */
    public static String norm(String text) {
        if (text == null) {
            return "";
        }
        String nfkd = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(nfkd.length());
        nfkd.codePoints().filter(c -> !combining(c)).forEach(folded::appendCodePoint);
        String t = folded.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        StringBuilder dashed = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            dashed.append(c >= '\u2010' && c <= '\u2015' ? '-' : c);
        }
        t = dropPossessives(dashed.toString());
        // runs of anything but a-z 0-9 - space become one space; then spaces are collapsed and trimmed
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        String s = out.toString();
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (s.startsWith(article)) {
                return s.substring(article.length());
            }
        }
        return s;
    }

    /** Drops every {@code 's} that ends a word (Python's {@code re.sub(r"'s\b", "", text)}). */
    private static String dropPossessives(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            if (t.charAt(i) == '\'' && i + 1 < t.length() && t.charAt(i + 1) == 's'
                    && (i + 2 == t.length() || !pythonWordChar(t.codePointAt(i + 2)))) {
                i += 2;
            } else {
                sb.append(t.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }

    /** A character of Python's {@code \w} in a str pattern: alphanumeric or the underscore. */
    private static boolean pythonWordChar(int c) {
        if (c == '_') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /**
     * Whether a character has a non-zero canonical combining class (Python's
     * {@code unicodedata.combining(c) != 0}). Java has no direct API for the class, so it is read
     * from canonical reordering: a mark of class k > 0 is moved in front of U+0334 (class 1) when
     * k > 1, and behind U+0345 (class 240) when k < 240; a starter (class 0) is never moved.
     */
    static boolean combining(int c) {
        if (c < 0x300) {
            return false; // Latin-1 and the spacing modifiers: all starters
        }
        String x = Character.toString(c);
        if (!Normalizer.isNormalized(x, Normalizer.Form.NFD)) {
            return false; // decomposable characters are starters or were decomposed already
        }
        String after = x + "\u0334";
        String before = "\u0345" + x;
        return !Normalizer.normalize(after, Normalizer.Form.NFD).equals(after)
                || !Normalizer.normalize(before, Normalizer.Form.NFD).equals(before);
    }

    /** The distinct words ({@code [a-z0-9]+}) of the normalised text. */
    public static Set<String> tokens(JsonNode text) {
        return tokensOfNormalised(norm(text));
    }

    public static Set<String> tokens(String text) {
        return tokensOfNormalised(norm(text));
    }

    private static Set<String> tokensOfNormalised(String n) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : n.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Two sentences are the same when their word sets overlap by at least half (Jaccard), or when
     * they share at least five words and those are all the words of the shorter one.
     */
    public static boolean sameSentence(JsonNode a, JsonNode b) {
        return sameWords(tokens(a), tokens(b));
    }

    public static boolean sameSentence(String a, String b) {
        return sameWords(tokens(a), tokens(b));
    }

    /** {@link #sameSentence} on the sentences' {@link #tokens}. */
    static boolean sameWords(Set<String> ta, Set<String> tb) {
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        int inter = 0;
        for (String w : ta) {
            if (tb.contains(w)) {
                inter++;
            }
        }
        int union = ta.size() + tb.size() - inter;
        if ((double) inter / union >= 0.5) {
            return true;
        }
        return inter >= 5 && inter == Math.min(ta.size(), tb.size());
    }

    /** Names match when equal after {@link #norm}, or when one (of 3+ characters) is a whole-word part of the other. */
    public static boolean namesMatch(JsonNode a, JsonNode b) {
        return normalisedMatch(norm(a), norm(b));
    }

    public static boolean namesMatch(String a, String b) {
        return normalisedMatch(norm(a), norm(b));
    }

    private static boolean normalisedMatch(String na, String nb) {
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.equals(nb)) {
            return true;
        }
        String shorter = nb.length() < na.length() ? nb : na; // a stable sort by length keeps na first on ties
        String longer = shorter == nb ? na : nb;
        if (shorter.length() < 3) {
            return false;
        }
        return longer.startsWith(shorter + " ") || longer.endsWith(" " + shorter)
                || longer.contains(" " + shorter + " ");
    }
}
