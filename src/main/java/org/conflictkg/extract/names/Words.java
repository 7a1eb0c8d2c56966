package org.conflictkg.extract.names;

import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into {@link Word}s, taking parts of speech from the OpenNLP tokens. */
public final class Words {
    private Words() {
    }

    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*(?:['’\\-.][\\p{L}\\p{N}\\p{M}]+)*|[^\\s\\p{Z}\\p{C}]");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)*\\p{L}");
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "gen", "lt",
            "col", "maj", "capt", "sgt", "st", "prof", "sen", "rep", "gov", "jr", "sr", "cpl", "pte", "rev", "brig", "adm");

    public static List<Word> split(Sentence s, String articleText) {
        List<Word> out = new ArrayList<>();
        String text = articleText.substring(s.start(), s.end());
        Matcher m = WORD.matcher(text);
        boolean nextInitial = true;
        while (m.find()) {
            int a = m.start();
            int b = m.end();
            String w = m.group();
            boolean punct = !Character.isLetterOrDigit(w.codePointAt(0));
            if (!punct && b < text.length() && text.charAt(b) == '.'
                    && ((w.contains(".") && DOTTED.matcher(w).matches()) || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))
                    || (w.length() == 1 && Character.isUpperCase(w.charAt(0))))) {
                b++;
                w = text.substring(a, b);
                m.region(b, text.length()); // the period is the word's: it is no word of its own
            }
            String core = w;
            boolean possessive = false;
            String suffix = null;
            if (!punct) {
                String lw = core.toLowerCase(Locale.ROOT);
                if (lw.length() > 2 && (lw.endsWith("'s") || lw.endsWith("’s"))) {
                    core = core.substring(0, core.length() - 2);
                    possessive = true;
                }
                int h = core.lastIndexOf('-');
                if (h > 0 && h + 1 < core.length()) {
                    String tail = core.substring(h + 1);
                    if (Cues.HYPHEN_SUFFIXES.contains(tail.toLowerCase(Locale.ROOT)) && Character.isLowerCase(tail.charAt(0))
                            && nameLike(core.substring(0, h))) {
                        suffix = tail.toLowerCase(Locale.ROOT);
                        core = core.substring(0, h);
                    }
                }
            }
            int start = s.start() + a;
            Token t = tokenAt(s, start);
            String upos = t == null ? "X" : t.upos();
            String lemma = t == null ? w.toLowerCase(Locale.ROOT) : t.lemma();
            if (t != null && t.start() < start) {
                // the word starts inside a token (the tokenizer glued it): trust the word shape only
                upos = "X";
                lemma = w.toLowerCase(Locale.ROOT);
            }
            out.add(new Word(out.size(), start, s.start() + b, w, core, start + core.length(), possessive, suffix, punct,
                    upos, lemma == null ? w.toLowerCase(Locale.ROOT) : lemma, !punct && nextInitial));
            if (punct) {
                nextInitial = nextInitial || "\"“‘'([:•*–—|/".indexOf(w.charAt(0)) >= 0 && !w.equals("/");
                if (w.equals("-") && !out.isEmpty() && out.size() == 1) {
                    nextInitial = true;
                }
                // "BAMAKO, July 2, 2024 (AFP) - Suspected jihadists": the story begins after the date line's dash
                if (w.equals("-") && out.size() >= 2 && out.get(out.size() - 2).text().equals(")")) {
                    nextInitial = true;
                }
            } else {
                nextInitial = false;
            }
        }
        attachHyphenSuffixes(out, articleText);
        return out;
    }

    /** Capitalised, or a capitalised name after an Arabic article: "Iran", "al-Qaida". */
    private static boolean nameLike(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || PARTICLE_NAME.matcher(w).matches());
    }

    private static final java.util.regex.Pattern PARTICLE_NAME = java.util.regex.Pattern.compile("(?:al|el|ad|an|ar|as|ash|at|az)-\\p{Lu}.*");

    /** "US -led": a loose hyphen and suffix after a capitalised word become that word's suffix. */
    private static void attachHyphenSuffixes(List<Word> words, String text) {
        for (int i = 1; i + 1 < words.size(); i++) {
            Word dash = words.get(i);
            Word prev = words.get(i - 1);
            Word next = words.get(i + 1);
            if (dash.punct() && (dash.text().equals("-") || dash.text().equals("‐")) && !prev.punct()
                    && dash.end() == next.start() && prev.suffix() == null
                    && Cues.HYPHEN_SUFFIXES.contains(next.text().toLowerCase(Locale.ROOT))
                    && nameLike(prev.core())) {
                words.set(i - 1, new Word(prev.index(), prev.start(), prev.end(), prev.text(), prev.core(), prev.coreEnd(),
                        prev.possessive(), next.text().toLowerCase(Locale.ROOT), false, prev.upos(), prev.lemma(),
                        prev.initial()));
            }
        }
    }

    private static Token tokenAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (offset >= t.start() && offset < t.end()) {
                return t;
            }
        }
        return null;
    }
}
