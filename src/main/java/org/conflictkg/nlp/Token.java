package org.conflictkg.nlp;

/**
 * A token with character offsets into the article text.
 *
 * @param index position of the token in its sentence
 * @param start first character (inclusive)
 * @param end   last character (exclusive)
 * @param text  the characters as written
 * @param upos  Universal Dependencies part of speech (NOUN, PROPN, VERB, ...)
 * @param pos   Penn Treebank tag (NN, NNS, NNP, VBD, ...)
 * @param lemma lower-cased lemma
 */
public record Token(int index, int start, int end, String text, String upos, String pos, String lemma) {

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isProperNoun() {
        return "PROPN".equals(upos) || pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return "VERB".equals(upos) || "AUX".equals(upos);
    }

    public boolean isNoun() {
        return "NOUN".equals(upos) || "PROPN".equals(upos);
    }

    public boolean isNumber() {
        return "NUM".equals(upos) || "CD".equals(pos);
    }
}
