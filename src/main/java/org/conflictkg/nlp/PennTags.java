package org.conflictkg.nlp;

import java.util.Locale;

/**
 * Derives Penn Treebank tags from Universal Dependencies tags, the word and its lemma, so that one
 * POS tagger run feeds both the lemmatizer (which wants UD tags) and the classic chunker (which
 * wants Penn tags). Number and tense come from the word form against its lemma.
 */
public final class PennTags {
    private PennTags() {
    }

    public static String of(String upos, String word, String lemma) {
        String w = word.toLowerCase(Locale.ROOT);
        String l = lemma == null ? w : lemma;
        return switch (upos) {
            case "NOUN" -> plural(w, l) ? "NNS" : "NN";
            case "PROPN" -> plural(w, l) && w.endsWith("s") && !w.endsWith("ss") ? "NNPS" : "NNP";
            case "VERB", "AUX" -> verb(upos, w, l);
            case "ADJ" -> w.endsWith("est") && !l.equals(w) ? "JJS" : w.endsWith("er") && !l.equals(w) ? "JJR" : "JJ";
            case "ADV" -> w.startsWith("wh") ? "WRB" : "RB";
            case "ADP" -> w.equals("to") ? "TO" : "IN";
            case "SCONJ" -> "IN";
            case "CCONJ" -> "CC";
            case "DET" -> w.startsWith("wh") ? "WDT" : "DT";
            case "PRON" -> pronoun(w);
            case "NUM" -> "CD";
            case "PART" -> w.equals("to") ? "TO" : w.equals("'s") || w.equals("’s") ? "POS" : "RB";
            case "INTJ" -> "UH";
            case "SYM" -> "SYM";
            case "PUNCT" -> punct(w);
            default -> "FW";
        };
    }

    private static boolean plural(String w, String l) {
        return !w.equals(l) && w.endsWith("s") || w.equals("people") || w.equals("men")
                || w.equals("women") || w.equals("children");
    }

    private static String verb(String upos, String w, String l) {
        if (upos.equals("AUX") && (w.equals("will") || w.equals("would") || w.equals("can")
                || w.equals("could") || w.equals("may") || w.equals("might") || w.equals("must")
                || w.equals("shall") || w.equals("should"))) {
            return "MD";
        }
        if (w.endsWith("ing")) {
            return "VBG";
        }
        if (w.equals(l)) {
            return "VBP";
        }
        if (w.equals("is") || w.equals("has") || w.equals("does") || (w.endsWith("s") && !l.endsWith("s"))) {
            return "VBZ";
        }
        if (w.equals("was") || w.equals("were") || w.equals("had") || w.equals("did")) {
            return "VBD";
        }
        if (w.endsWith("en") || w.equals("been")) {
            return "VBN";
        }
        return "VBD";
    }

    private static String pronoun(String w) {
        return switch (w) {
            case "his", "her", "its", "their", "our", "my", "your" -> "PRP$";
            case "who", "whom" -> "WP";
            case "whose" -> "WP$";
            default -> "PRP";
        };
    }

    private static String punct(String w) {
        return switch (w) {
            case ".", "!", "?" -> ".";
            case "," -> ",";
            case ":", ";", "-", "--", "—", "–" -> ":";
            case "(", "[", "{" -> "-LRB-";
            case ")", "]", "}" -> "-RRB-";
            case "\"", "“", "'", "‘" -> "``";
            case "”", "’" -> "''";
            default -> w.length() == 1 && Character.isLetterOrDigit(w.charAt(0)) ? "SYM" : ":";
        };
    }
}
