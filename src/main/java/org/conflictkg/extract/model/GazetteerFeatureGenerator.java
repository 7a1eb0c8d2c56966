package org.conflictkg.extract.model;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.conflictkg.link.Gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks the tokens inside gazetteer names with the kind of the row: {@code gz=city}, and the
 * position in the name {@code gz=city:B} or {@code gz=city:I}. Names are matched over the tokens of
 * a sentence, longest first and left to right, in {@link Gazetteer#key} form (case, accents, dots
 * and spaces around hyphens do not matter), so the tokenizer's treatment of "al-Bab" or "U.S."
 * does not either. A candidate must hold a capital letter, so "young" or "west" in lower case
 * never match.
 */
public final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

    /** Names by key, with their kinds. */
    public static final class Index {
        private final Map<String, String[]> kinds;
        /** Every key, sorted: whether some name begins with a given text is a binary search. */
        private final String[] sorted;
        private final int maxTokens;

        Index(Map<String, String[]> kinds, int maxTokens) {
            this.kinds = kinds;
            this.sorted = kinds.keySet().toArray(new String[0]);
            Arrays.sort(this.sorted);
            this.maxTokens = maxTokens;
        }

        public static Index of(Dictionary d) {
            Map<String, Set<String>> m = new HashMap<>();
            int longest = 1;
            for (StringList e : d) {
                if (e.size() != 2) {
                    continue;
                }
                String key = e.getToken(1);
                m.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e.getToken(0));
                longest = Math.max(longest, key.split("[ \\-']").length);
            }
            Map<String, String[]> out = new HashMap<>(m.size() * 2);
            m.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
            // tokenizers split hyphens and apostrophes, so a name may take a few more tokens than words
            return new Index(out, Math.min(longest * 2, 12));
        }

        public int size() {
            return kinds.size();
        }

        /** Whether some key begins with the given text. */
        boolean startsSome(String prefix) {
            int i = Arrays.binarySearch(sorted, prefix);
            if (i >= 0) {
                return true;
            }
            int at = -i - 1;
            return at < sorted.length && sorted[at].startsWith(prefix);
        }
    }

    private static Dictionary lastDictionary;
    private static Index lastIndex;

    /** The index of a dictionary, built once for the last dictionary seen (a model's own). */
    static synchronized Index indexOf(Dictionary d) {
        if (d != lastDictionary) {
            lastIndex = Index.of(d);
            lastDictionary = d;
        }
        return lastIndex;
    }

    private final Index index;
    private String[] lastTokens;
    private List<List<String>> marks;
    /** The features of each kind and position, made once. */
    private final Map<String, String> features = new HashMap<>();

    public GazetteerFeatureGenerator(Index index) {
        this.index = index;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int i, String[] previousOutcomes) {
        if (tokens != lastTokens) {
            marks = mark(tokens);
            lastTokens = tokens;
        }
        List<String> m = marks.get(i);
        if (m != null) {
            for (String f : m) {
                features.add(this.features.computeIfAbsent(f, x -> "gz=" + x));
            }
        }
    }

    /**
     * The marks of every token of a sentence (null where a token is in no name). The key of a run of
     * tokens begins with the key of its first tokens (keys are read left to right, and tokens hold no
     * space), so a run stops growing once no name begins with its key; only a key that could still
     * become "the ..." (whose "the" the key drops) is grown regardless.
     */
    List<List<String>> mark(String[] tokens) {
        List<List<String>> out = new ArrayList<>(tokens.length);
        boolean[] upper = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out.add(null);
            upper[i] = hasUpperCase(tokens[i]);
        }
        int i = 0;
        while (i < tokens.length) {
            int matched = 0;
            String[] kinds = null;
            if (startsName(tokens[i])) {
                int max = Math.min(index.maxTokens, tokens.length - i);
                StringBuilder sb = new StringBuilder();
                String[] keys = new String[max];
                boolean[] caps = new boolean[max];
                boolean capital = false;
                int viable = 0;
                for (int len = 1; len <= max; len++) {
                    String t = tokens[i + len - 1];
                    if (len > 1) {
                        sb.append(' ');
                    }
                    sb.append(t);
                    capital |= upper[i + len - 1];
                    String key = Gazetteer.key(sb.toString());
                    if (!index.startsSome(key) && !"the ".startsWith(key)) {
                        break;
                    }
                    keys[len - 1] = key;
                    caps[len - 1] = capital;
                    viable = len;
                }
                for (int len = viable; len >= 1; len--) {
                    String last = tokens[i + len - 1];
                    if (!caps[len - 1] || !Character.isLetterOrDigit(last.codePointAt(last.length() - 1))) {
                        continue;
                    }
                    String[] k = index.kinds.get(keys[len - 1]);
                    if (k != null) {
                        matched = len;
                        kinds = k;
                        break;
                    }
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            for (int j = i; j < i + matched; j++) {
                List<String> m = new ArrayList<>(kinds.length * 2);
                for (String kind : kinds) {
                    m.add(kind);
                    m.add(kind + (j == i ? ":B" : ":I"));
                }
                out.set(j, m);
            }
            i += matched;
        }
        return out;
    }

    private static boolean hasUpperCase(String token) {
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (Character.isUpperCase(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** A name starts with a letter, and not with "the", which {@link Gazetteer#key} drops. */
    private static boolean startsName(String token) {
        return !token.isEmpty() && Character.isLetter(token.codePointAt(0)) && !token.equalsIgnoreCase("the");
    }
}
