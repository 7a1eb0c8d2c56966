package org.conflictkg.extract.model;

import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens the name finder works on: the analyser's tokens, further split where a name edge can
 * fall inside one. The English UD tokenizer keeps "Syria’s", "Aleppo." (at a paragraph end),
 * "Russian-brokered", "UK-" and "‘Ayn" whole, so no token-based model could find "Syria",
 * "Aleppo", "Russian", "UK" or "Ayn Zara" there. Split off are: leading punctuation, a possessive
 * ending ('s, ’s, and the apostrophe of "rebels’"), trailing punctuation (a final period only when
 * the token holds no other period, so "U.S." stays whole), and hyphens and dashes between word
 * parts ("al-Khatib" becomes "al", "-", "Khatib"; the gazetteer feature still matches it). Every
 * piece keeps its character offsets and the part of speech of its token. Training and finding both
 * use these pieces.
 */
public final class ModelTokens {
    private ModelTokens() {
    }

    /** A piece of a token. */
    public record Piece(int start, int end, String text, String upos) {
    }

    public static List<Piece> of(Sentence s) {
        List<Piece> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            split(t.text(), t.start(), t.upos(), out);
        }
        return out;
    }

    static List<Piece> split(String text, int offset, String upos) {
        List<Piece> out = new ArrayList<>();
        split(text, offset, upos, out);
        return out;
    }

    private static void split(String w, int offset, String upos, List<Piece> out) {
        int a = 0;
        int b = w.length();
        if (!hasLetterOrDigit(w)) {
            out.add(new Piece(offset, offset + b, w, upos));
            return;
        }
        // leading punctuation, one character at a time
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            out.add(new Piece(offset + a, offset + a + 1, w.substring(a, a + 1), upos));
            a++;
        }
        // trailing punctuation and possessives, collected from the end
        List<Piece> tail = new ArrayList<>();
        boolean changed = true;
        while (changed && b > a) {
            changed = false;
            char last = w.charAt(b - 1);
            if (b - a > 2 && (last == 's' || last == 'S') && isApostrophe(w.charAt(b - 2))) {
                tail.add(0, new Piece(offset + b - 2, offset + b, w.substring(b - 2, b), upos));
                b -= 2;
                changed = true;
            } else if (b - a > 1 && isApostrophe(last) && (w.charAt(b - 2) == 's' || w.charAt(b - 2) == 'S')) {
                tail.add(0, new Piece(offset + b - 1, offset + b, w.substring(b - 1, b), upos));
                b -= 1;
                changed = true;
            } else if (b - a > 1 && last == '.' && w.substring(a, b - 1).indexOf('.') < 0 && b - 1 - a > 1) {
                tail.add(0, new Piece(offset + b - 1, offset + b, ".", upos));
                b -= 1;
                changed = true;
            } else if (b - a > 1 && isClosing(last)) {
                tail.add(0, new Piece(offset + b - 1, offset + b, w.substring(b - 1, b), upos));
                b -= 1;
                changed = true;
            }
        }
        // hyphens and dashes inside
        int from = a;
        for (int i = a; i < b; i++) {
            if (isDash(w.charAt(i))) {
                if (i > from) {
                    out.add(new Piece(offset + from, offset + i, w.substring(from, i), upos));
                }
                out.add(new Piece(offset + i, offset + i + 1, w.substring(i, i + 1), upos));
                from = i + 1;
            }
        }
        if (b > from) {
            out.add(new Piece(offset + from, offset + b, w.substring(from, b), upos));
        }
        out.addAll(tail);
    }

    private static boolean hasLetterOrDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isClosing(char c) {
        return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}'
                || c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || isDash(c);
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015');
    }
}
