package org.conflictkg.extract.names;

import java.util.Locale;

/**
 * A word of a sentence as the name finder sees it: a run of letters and digits with inner
 * apostrophes, hyphens and dots ("al-Qaterji", "U.K.", "Syria’s"), or one punctuation mark. The
 * core is the word without a possessive or a hyphen suffix ("US-led" → "US").
 *
 * @param index     position in the sentence's word list
 * @param start     first character in the article
 * @param end       character after the word
 * @param text      the word as written
 * @param core      the name part (no possessive, no "-led" suffix)
 * @param coreEnd   character after the core
 * @param possessive whether the word ends in 's / ’s / s'
 * @param suffix    lower-case hyphen suffix ("led", "based") or null
 * @param punct     whether this is punctuation
 * @param upos      part of speech of the OpenNLP token at the word's start
 * @param lemma     lemma of that token
 * @param initial   whether the word opens its sentence (or a quote, a bracket, a list item)
 */
public record Word(int index, int start, int end, String text, String core, int coreEnd, boolean possessive,
                   String suffix, boolean punct, String upos, String lemma, boolean initial) {

    public String lower() {
        return core.toLowerCase(Locale.ROOT);
    }

    /** Starts with a capital letter, possibly after an Arabic article ("al-Qaterji"). */
    public boolean capitalised() {
        if (punct || core.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(core.codePointAt(0))) {
            return true;
        }
        int h = core.indexOf('-');
        if (h > 0 && h + 1 < core.length() && Cues.HYPHEN_PARTICLES.contains(core.substring(0, h).toLowerCase(Locale.ROOT))) {
            return Character.isUpperCase(core.codePointAt(h + 1));
        }
        return false;
    }

    /** All letters capital, two or more letters ("ISSG", "U.K."). */
    public boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** An acronym: two to six capitals, possibly with dots ("ISSG", "U.N."). */
    public boolean acronym() {
        return allCaps() && core.replace(".", "").length() <= 6;
    }

    public boolean isFunctionWord() {
        return switch (upos) {
            case "DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "INTJ" -> true;
            default -> false;
        };
    }
}
