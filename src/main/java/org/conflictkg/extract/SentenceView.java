package org.conflictkg.extract;

import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.Chunk;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sentence prepared for the trigger rules: base forms of every token, the article-level context
 * (is there an air campaign in the article?), and small look-around helpers. All look-arounds are
 * bounded windows, so the work per sentence is linear in its length.
 */
final class SentenceView {
    final AnalyzedText doc;
    final Sentence s;
    final List<Token> toks;
    final Set<String>[] bases;
    /** The article speaks of aircraft or air strikes somewhere. */
    final boolean airContext;
    /** A title or caption line: no final punctuation. */
    final boolean headline;
    /** A headline In Title Case: capitals say nothing about names there. */
    final boolean titleCase;

    @SuppressWarnings("unchecked")
    SentenceView(AnalyzedText doc, Sentence s, boolean airContext) {
        this.doc = doc;
        this.s = s;
        this.toks = s.tokens();
        this.bases = new Set[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            bases[i] = Lex.bases(toks.get(i));
            String low = Lex.lower(toks.get(i));
            // "cease- fire" and "cease - fire" split by the tokenizer
            if (low.equals("fire") && i > 0 && (Lex.lower(toks.get(i - 1)).equals("cease-")
                    || i > 1 && Lex.lower(toks.get(i - 1)).equals("-") && Lex.lower(toks.get(i - 2)).equals("cease"))) {
                bases[i] = new HashSet<>(bases[i]);
                bases[i].add("ceasefire");
            }
        }
        this.airContext = airContext;
        String t = s.text().strip();
        char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
        this.headline = ".!?\"”'’:".indexOf(last) < 0 && toks.size() < 25;
        int words = 0;
        int caps = 0;
        for (Token k : toks) {
            if (!k.text().isEmpty() && Character.isLetter(k.text().codePointAt(0))) {
                words++;
                caps += k.isCapitalised() ? 1 : 0;
            }
        }
        this.titleCase = headline && words >= 4 && caps * 10 >= words * 7;
    }

    int size() {
        return toks.size();
    }

    /** A stand-in for positions outside the sentence, so look-arounds never fail. */
    private static final Token NONE = new Token(-1, 0, 0, "", "X", "X", "");

    Token tok(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : NONE;
    }

    String lower(int i) {
        return Lex.lower(tok(i));
    }

    boolean is(int i, String... words) {
        if (i < 0 || i >= toks.size()) {
            return false;
        }
        for (String w : words) {
            if (bases[i].contains(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isIn(int i, Set<String> words) {
        if (i < 0 || i >= toks.size()) {
            return false;
        }
        for (String b : bases[i]) {
            if (words.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** Plural nouns for armed men that the tagger at times takes for verbs ("when rebels/VERB attacked"). */
    private static final java.util.Set<String> ARMED_MEN = java.util.Set.of("rebels", "militants", "troops", "soldiers",
            "fighters", "gunmen", "insurgents", "jihadists", "militiamen", "guerrillas", "separatists", "extremists");

    boolean isNoun(int i) {
        return i >= 0 && i < toks.size() && (toks.get(i).isNoun() || toks.get(i).pos().startsWith("NN")
                || ARMED_MEN.contains(Lex.lower(toks.get(i))));
    }

    boolean isVerb(int i) {
        if (i < 0 || i >= toks.size()) {
            return false;
        }
        Token t = toks.get(i);
        String w = Lex.lower(t);
        if (ARMED_MEN.contains(w)) {
            return false;
        }
        // ("rebels attacked/ADP government positions": a past form after armed men is their verb)
        // ("troops fought/ADP near Kobo": an irregular past form, which the lemmatizer takes back to its verb)
        if ("ADP".equals(t.upos()) && (w.length() > 4 && w.endsWith("ed") || t.lemma() != null && !t.lemma().isEmpty()
                && !t.lemma().equals(w)) && i > 0 && ARMED_MEN.contains(Lex.lower(toks.get(i - 1)))) {
            return true;
        }
        // ("Gunman kills/NOUN 5 at rally": in a headline, "kills" before a count is the verb)
        if (headline && (w.equals("kills") || w.equals("kill")) && i > 0 && i + 1 < toks.size()
                && ("NUM".equals(toks.get(i + 1).upos()) || is(i + 1, "dozens", "scores", "hundreds")
                || is(i + 1, "at") && is(i + 2, "least"))) {
            return true;
        }
        return t.isVerb() || t.pos().startsWith("VB");
    }

    /** Whether a form of "be" stands before token i, adverbs aside: "were killed", "were also killed". */
    boolean afterBe(int i) {
        int k = i - 1;
        while (k >= 0 && k > i - 3 && ("ADV".equals(tok(k).upos()) || tok(k).pos().startsWith("RB"))) {
            k--;
        }
        return is(k, "be", "was", "were", "been", "being", "is", "are");
    }

    /** Tokens i and i + 1 write a day as a number and a month, either way round ("9 March", "March 9"). */
    boolean dayAt(int i) {
        return "NUM".equals(tok(i).upos()) && isIn(i + 1, Lex.MONTH_WORDS)
                || isIn(i, Lex.MONTH_WORDS) && "NUM".equals(tok(i + 1).upos());
    }

    /** The "(" that the ")" at {@code close} closes, at most {@code reach} tokens before it, or -1. */
    int openingBracket(int close, int reach) {
        if (!tok(close).text().equals(")")) {
            return -1;
        }
        for (int o = close - 1; o >= Math.max(0, close - reach); o--) {
            if (tok(o).text().equals("(")) {
                return o;
            }
        }
        return -1;
    }

    /** Token i is a short form in capitals and digits ("M23", "SSPDF", "AFC"). */
    boolean shortFormAt(int i) {
        return Regexes.matches(tok(i).text(), "[A-Z][A-Z0-9-]{1,9}");
    }

    boolean isPunct(int i) {
        return i >= 0 && i < toks.size() && "PUNCT".equals(toks.get(i).upos());
    }

    /**
     * The number at {@code i} opens an age ("a 15-year-old boy": "15 - year - old", "a 72-year-old man",
     * "a six-month-old baby"): the index after the age, else -1.
     */
    int ageEnd(int i) {
        int k = is(i + 1, "-") ? i + 2 : i + 1;
        if (!is(k, "year", "years", "month", "months", "-year", "year-old", "month-old")) {
            return -1;
        }
        if (lower(k).endsWith("-old")) {
            return k + 1;
        }
        if (is(k + 1, "old")) {
            return k + 2;
        }
        if (is(k + 1, "-")) {
            return is(k + 2, "old") ? k + 3 : k + 2;
        }
        return -1;
    }

    /** First index in [from, to) of a punctuation mark, or -1. */
    int findPunct(int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, toks.size()); i++) {
            if (isPunct(i)) {
                return i;
            }
        }
        return -1;
    }

    /** First index in [from, to) whose base is one of the words, or -1. */
    int find(int from, int to, String... words) {
        for (int i = Math.max(0, from); i < Math.min(to, toks.size()); i++) {
            if (is(i, words)) {
                return i;
            }
        }
        return -1;
    }

    int findIn(int from, int to, Set<String> words) {
        for (int i = Math.max(0, from); i < Math.min(to, toks.size()); i++) {
            if (isIn(i, words)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a clause boundary (semicolon, quote mark, or a comma before a conjunction) lies between a and b. */
    boolean boundaryBetween(int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            String w = toks.get(i).text();
            if (w.equals(";") || w.equals("\"") || w.equals("“") || w.equals("”") || w.equals(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token j is the comma of ", and" (but, while, whereas) opening a clause with a subject of
     * its own, a noun or pronoun then its verb before token {@code limit}: "..., and the army responded".
     */
    boolean clauseWithSubjectAt(int j, int limit) {
        if (j < 0 || j + 2 >= toks.size() || !toks.get(j).text().equals(",") || !is(j + 1, "and", "but", "while", "whereas")) {
            return false;
        }
        boolean subject = false;
        for (int k = j + 2; k < Math.min(Math.min(limit, toks.size()), j + 7); k++) {
            if (isVerb(k)) {
                return subject;
            }
            subject |= isNoun(k) || "PRON".equals(toks.get(k).upos()) || toks.get(k).pos().startsWith("PRP");
        }
        return false;
    }

    /** The chunk holding token i, or null. */
    Chunk chunk(int i) {
        return s.chunkOf(i);
    }

    /** Text of tokens [a, b) as written. */
    String span(int a, int b) {
        return s.span(doc.text(), a, b);
    }

    /** The mention of tokens [a, b), b cut at the sentence's end. */
    Mention mention(int a, int b) {
        b = Math.min(b, toks.size());
        return new Mention(toks.get(a).start(), toks.get(b - 1).end(), span(a, b), s.index());
    }
}
