package org.conflictkg.extract.model;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.conflictkg.nlp.AnalyzedText;
import org.conflictkg.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an analysed article and its names (character spans) into OpenNLP name samples, one per
 * sentence, over the project's own tokens, so that training and finding see the same tokens. Also
 * builds the additional context (parts of speech) the model reads at both times.
 */
public final class NameSamples {
    private NameSamples() {
    }

    /** What became of the names when they were put on tokens. */
    public static final class Alignment {
        private int kept;
        private final List<String> lost = new ArrayList<>();

        public int kept() {
            return kept;
        }

        /** Names whose edges fall inside a token or that cross a sentence boundary, as "doc: text". */
        public List<String> lost() {
            return List.copyOf(lost);
        }
    }

    /**
     * One sample per sentence; the first clears the adaptive data (a new document). A name is kept
     * when its first and last characters are the edges of tokens ({@link ModelTokens}) of one sentence.
     */
    public static List<NameSample> of(String docName, AnalyzedText at, List<NameSpan> names, Alignment alignment) {
        List<NameSample> out = new ArrayList<>();
        String text = at.text();
        boolean[] used = new boolean[names.size()];
        for (Sentence s : at.sentences()) {
            List<ModelTokens.Piece> tokens = ModelTokens.of(s);
            List<Span> spans = new ArrayList<>();
            for (int n = 0; n < names.size(); n++) {
                NameSpan name = names.get(n);
                if (name.start() < s.start() || name.start() >= s.end()) {
                    continue;
                }
                used[n] = true;
                int first = -1;
                int last = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    ModelTokens.Piece t = tokens.get(i);
                    if (t.start() == name.start()) {
                        first = i;
                    }
                    if (t.end() == name.end() && last < 0) {
                        last = i;
                    }
                }
                if (first >= 0 && last >= first) {
                    spans.add(new Span(first, last + 1, name.type().name()));
                    alignment.kept++;
                } else {
                    alignment.lost.add(docName + ": " + name.text(text));
                }
            }
            out.add(new NameSample(docName + "#" + s.index(), words(tokens), spans.toArray(new Span[0]),
                    context(tokens), out.isEmpty()));
        }
        for (int n = 0; n < names.size(); n++) {
            if (!used[n]) {
                alignment.lost.add(docName + ": " + names.get(n).text(text) + " (outside every sentence)");
            }
        }
        return out;
    }

    static String[] words(List<ModelTokens.Piece> tokens) {
        String[] w = new String[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = tokens.get(i).text();
        }
        return w;
    }

    /**
     * The additional context of each token: its part of speech and those of its neighbours (OpenNLP
     * adds them as features of the token).
     */
    static String[][] context(List<ModelTokens.Piece> tokens) {
        int n = tokens.size();
        String[][] c = new String[n][];
        for (int i = 0; i < n; i++) {
            String prev = i > 0 ? tokens.get(i - 1).upos() : "BOS";
            String next = i + 1 < n ? tokens.get(i + 1).upos() : "EOS";
            String here = tokens.get(i).upos();
            c[i] = new String[] {"pos=" + here, "ppos=" + prev, "npos=" + next, "pos2=" + prev + "," + here};
        }
        return c;
    }
}
