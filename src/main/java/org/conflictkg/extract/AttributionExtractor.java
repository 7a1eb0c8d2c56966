package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Who said what: "X said", "said X, the head of Y", "X told Reuters", "according to X",
 * "X reported". The speaker is the name of the subject (the first name in the clause before the
 * verb, skipping an appositive), or the name after an inverted "said"; "told Z" gives the outlet.
 */
final class AttributionExtractor {

    List<Attribution> find(SentenceView v) {
        List<Attribution> out = new ArrayList<>();
        int n = v.size();
        for (int i = 0; i < n; i++) {
            if (v.is(i, "according") && v.is(i + 1, "to")) {
                Argument sp = nameAfter(v, i + 2);
                if (sp != null && !Character.isUpperCase(sp.name().isEmpty() ? 'x' : sp.name().charAt(0))
                        && !Regexes.matches(sp.name().toLowerCase(java.util.Locale.ROOT), ".*\\b(officials?|sources?|witnesses|residents|"
                        + "activists|police|ministry|monitor|group|agency|statement|report|reports|spokesm[ae]n|military|army|"
                        + "authorities|medics|doctors|hospital|media|television|tv|agencies|observers|diplomats)$")) {
                    sp = null; // "according to the type of fortifications": not a source
                }
                if (sp != null) {
                    out.add(new Attribution(sp, null, v.mention(i, i + 2)));
                }
                continue;
            }
            if (!(v.isIn(i, Lex.SAY) && v.isVerb(i)) || v.lower(i).endsWith("ing") && !v.is(i, "adding", "saying")) {
                continue;
            }
            if (v.is(i, "say", "said") && v.is(i + 1, "to") && v.is(i + 2, "be", "have")) {
                continue; // "is said to have destroyed": no speaker
            }
            Argument speaker = null;
            boolean inverted = !v.is(i, "tell", "told") && i > 0 && (Regexes.matches(v.tok(i - 1).text(), "[,\"“”']")) && i + 1 < n
                    && (v.tok(i + 1).isCapitalised() || v.is(i + 1, "the", "a", "an"));
            // "Hamza al-Khatib, the director of a hospital, told Reuters": the name that opens the clause
            Argument opening = v.tok(i - 1).text().equals(",") ? subjectBefore(v, i) : null;
            if (opening != null) {
                speaker = opening;
            } else if (inverted) {
                speaker = nameAfter(v, i + 1);
            }
            if (speaker == null) {
                speaker = subjectBefore(v, i);
            }
            Argument via = null;
            if (v.is(i, "tell", "told")) {
                via = nameAfter(v, i + 1);
                if (via != null && !via.name().isEmpty() && !Character.isUpperCase(via.name().charAt(0))) {
                    via = null;
                }
            }
            if (speaker != null) {
                out.add(new Attribution(speaker, via, v.mention(i, i + 1)));
            }
        }
        return out;
    }

    /** A name (capitalised run) or a short NP starting at i. */
    private static Argument nameAfter(SentenceView v, int i) {
        int n = v.size();
        int a = i;
        while (a < n && v.is(a, "the", "a", "an")) {
            a++;
        }
        if (a >= n) {
            return null;
        }
        int b = a;
        if (v.tok(a).isCapitalised()) {
            while (b < n && (v.tok(b).isCapitalised() || v.is(b, "al", "al-", "el", "-", "de", "bin", "of", "for", "on")
                    && b + 1 < n && (v.tok(b + 1).isCapitalised() || v.is(b + 1, "-") && v.tok(b + 2).isCapitalised()))) {
                b++;
            }
        } else {
            while (b < n && b < a + 5 && (v.isNoun(b) || v.tok(b).upos().equals("ADJ"))) {
                b++;
            }
        }
        if (b <= a) {
            return null;
        }
        return new Argument(ArgumentFinder.cleanName(v.span(a, b)), null, v.mention(a, b));
    }

    /** The subject of the reporting verb at i: the first name of its clause, else the NP before it. */
    private static Argument subjectBefore(SentenceView v, int i) {
        int start = 0;
        for (int j = i - 1; j >= 0; j--) {
            String t = v.tok(j).text();
            if (t.equals("\"") || t.equals("“") || t.equals("”") || t.equals(";") || t.equals(":")) {
                start = j + 1;
                break;
            }
        }
        int j = i - 1;
        while (j >= start && Regexes.matches(v.tok(j).upos(), "AUX|ADV|PART")) {
            j--;
        }
        if (j < start) {
            return null;
        }
        if (v.tok(j).text().equals(",")) {
            // appositive: "Hamza al-Khatib, the director of a hospital in the east, told"
            // the clause must open with the name ("Hamza al-Khatib, the director ..., told")
            int k = start;
            while (k < j && (v.is(k, "the", "but", "and", "a") || v.isPunct(k))) {
                k++;
            }
            if (k < j && v.tok(k).isCapitalised() && v.find(k, j, ",") > k) {
                return nameAfter(v, k);
            }
            return null;
        }
        int a = j;
        while (a > start && (v.isNoun(a - 1) || v.tok(a - 1).isCapitalised() || Regexes.matches(v.tok(a - 1).upos(), "ADJ|DET|PROPN")
                || v.is(a - 1, "-", "of", "for", "on"))) {
            a--;
        }
        if (v.tok(j).upos().equals("PRON")) {
            return new Argument(v.tok(j).text(), null, v.mention(j, j + 1));
        }
        if (v.tok(j).upos().equals("CCONJ")) {
            return null;
        }
        // "on Thursday the Syrian army announced": the subject starts after the time phrase
        for (int k = j; k > a; k--) {
            if (v.tok(k).upos().equals("DET") && (Regexes.matches(v.tok(k - 1).upos(), "PROPN|NUM") || v.isPunct(k - 1))
                    && v.find(a, k, "on", "in", "at", "by", "since", "after") >= 0) {
                a = k;
                break;
            }
        }
        return new Argument(ArgumentFinder.cleanName(v.span(a, j + 1)), null, v.mention(a, j + 1));
    }
}
