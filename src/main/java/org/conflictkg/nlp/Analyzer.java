package org.conflictkg.nlp;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.conflictkg.ingest.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs OpenNLP over an article: paragraphs (blank-line or line separated, so headlines and captions
 * stay apart; a line broken in the middle of a sentence is joined with the next one), sentences, tokens with offsets, UD parts of speech, lemmas, derived Penn tags and
 * chunks. Not thread-safe: one per thread.
 */
public final class Analyzer {

    /** Which optional stages run. Sentences, tokens and parts of speech always do. */
    public record Stages(boolean lemmas, boolean chunks) {
        public static final Stages ALL = new Stages(true, true);
    }

    /** Sentences longer than this many tokens are cut before tagging, to bound the work per sentence. */
    public static final int MAX_SENTENCE_TOKENS = 300;

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final Lemmatizer lemmatizer;
    private final Chunker chunker;
    private final Stages stages;

    private static final java.util.Set<String> CLOSED_CLASSES = java.util.Set.of("CCONJ", "SCONJ", "ADP", "DET", "PRON",
            "PART", "INTJ");
    private static final java.util.regex.Pattern PAST_FORM = java.util.regex.Pattern.compile("[a-z]{3,}ed");

    Analyzer(NlpModels models, Stages stages) {
        this.stages = stages;
        this.sentences = new SentenceDetectorME(models.sentence);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new POSTaggerME(models.pos);
        this.lemmatizer = stages.lemmas() ? new Lemmatizer(models.lemmas) : null;
        this.chunker = stages.chunks() ? new Chunker(models.chunker) : null;
    }

    public AnalyzedText analyze(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        for (int[] para : paragraphs(text, article.bodyStart())) {
            String p = text.substring(para[0], para[1]).replace('\n', ' ');
            for (int[] s : abbreviationsJoined(p, sentences.sentPosDetect(p))) {
                int a = para[0] + s[0];
                int b = para[0] + s[1];
                for (int[] piece : bound(text, a, b)) {
                    Sentence sent = sentence(text, out.size(), piece[0], piece[1]);
                    if (sent != null) {
                        out.add(sent);
                    }
                }
            }
        }
        return new AnalyzedText(article, out);
    }

    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
            "(?:\\b[ap]\\.m\\.|\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Col|Lt|Maj|Capt|Sgt|Gov|Sen|Rep|St|No)\\.)$");

    /** A title before a name never ends a sentence ("Brig. Gen. Yahya Rasool"). */
    private static final java.util.regex.Pattern TITLE_END = java.util.regex.Pattern.compile(
            "\\b(?:Gen|Col|Lt|Maj|Capt|Sgt|Gov|Sen|Rep|Brig|Adm|Cpl|Dr|Mr|Mrs|Ms|Prof)\\.$");
    /** "U.S.", "U.N.", "U.K.", "E.U." at the end of a piece. */
    private static final java.util.regex.Pattern INITIALS_END = java.util.regex.Pattern.compile("\\b(?:U\\.S|U\\.N|U\\.K|E\\.U)\\.$");
    /** Words that follow "U.S." or "U.N." as their modifier ("U.S. President Joe Biden", "U.N. Secretary-General"). */
    private static final java.util.Set<String> AFTER_INITIALS = java.util.Set.of("President", "Vice", "Secretary",
            "Secretary-General", "Ambassador", "Envoy", "Special", "State", "Defense", "Defence", "Department", "Army",
            "Navy", "Air", "Marine", "Marines", "Central", "Africa", "Embassy", "Security", "General", "Treasury",
            "Congress", "Senate", "House", "Agency", "Office", "High", "Human", "Refugee", "Mission", "Command",
            "Forces", "Government", "Administration", "Humanitarian", "Children's", "World", "Food", "Development",
            "National", "Joint", "Foreign", "Deputy", "Under-Secretary", "Assistant", "Representative", "Senator",
            "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "officials", "official", "forces", "troops", "military", "envoy");

    /**
     * The detector's sentences, with a cut after an abbreviation undone when the text runs on ("took effect at
     * 11:30 p.m. (2030 GMT) on Sunday", "on Sept. 5"): the next piece opens on a bracket, a digit or a small letter;
     * after a title ("Gen.") always, and after "U.S." or "U.N." when what follows is what they modify ("U.S.
     * President Joe Biden").
     */
    static List<int[]> abbreviationsJoined(String p, Span[] spans) {
        List<int[]> out = new ArrayList<>();
        for (Span s : spans) {
            int[] cur = {s.getStart(), s.getEnd()};
            if (!out.isEmpty()) {
                int[] last = out.get(out.size() - 1);
                char first = p.charAt(cur[0]);
                String piece = p.substring(last[0], last[1]);
                String next = p.substring(cur[0], cur[1]).split("\\s+", 2)[0];
                if (ABBREVIATION_END.matcher(piece).find()
                        && (first == '(' || Character.isDigit(first) || Character.isLowerCase(first))
                        || TITLE_END.matcher(piece).find()
                        || INITIALS_END.matcher(piece).find() && AFTER_INITIALS.contains(next)) {
                    last[1] = cur[1];
                    continue;
                }
            }
            out.add(cur);
        }
        return out;
    }

    /**
     * Non-empty lines of the body, trimmed; a line that a hard wrap broke in the middle of a sentence
     * is joined with the line after it (see {@link #softWrap}). In a block of lines that is wrapped
     * text (two or more such breaks), every line that does not end a sentence goes on in the next.
     */
    static List<int[]> paragraphs(String text, int from) {
        List<int[]> out = new ArrayList<>();
        List<int[]> block = new ArrayList<>();
        int i = from;
        int n = text.length();
        while (i <= n) {
            int eol = i < n ? text.indexOf('\n', i) : n;
            if (eol < 0) {
                eol = n;
            }
            int a = i;
            int b = eol;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                block.add(new int[] {a, b});
            }
            if (b == a || eol >= n) {
                join(text, block, out);
                block.clear();
            }
            i = eol + 1;
        }
        return out;
    }

    /** The lines of one block (no blank line between them), joined where a sentence runs on. */
    private static void join(String text, List<int[]> lines, List<int[]> out) {
        int breaks = 0;
        for (int k = 1; k < lines.size(); k++) {
            if (softWrap(text, lines.get(k - 1), lines.get(k)[0])) {
                breaks++;
            }
        }
        boolean wrapped = breaks >= 2;
        int[] open = null;
        for (int[] line : lines) {
            if (open != null && (softWrap(text, open, line[0]) || wrapped && !endsSentence(text, open))) {
                open[1] = line[1];
            } else {
                open = new int[] {line[0], line[1]};
                out.add(open);
            }
        }
    }

    /** The line ends with a full stop, question or exclamation mark or a colon, before closing quotes. */
    private static boolean endsSentence(String text, int[] line) {
        int e = line[1];
        while (e > line[0] && "\"'\u201d\u2019)]".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e > line[0] && ".!?:".indexOf(text.charAt(e - 1)) >= 0;
    }

    private static final java.util.Set<String> OPEN_WORDS = java.util.Set.of("of", "the", "a", "an", "and", "or",
            "but", "to", "in", "on", "at", "by", "from", "with", "for", "that", "as", "into", "than", "its", "their",
            "his", "her", "who", "which", "whose", "near", "after", "before", "between", "against", "about");

    /**
     * Whether the line {@code prev} (an earlier line of the same block, with no blank line between)
     * continues on the line starting at {@code a}: it does not end a sentence, and either the next line goes
     * on in lower case, or the line stops on a comma or on a word that cannot end a sentence ("of",
     * "the", "and"). A headline over a caption ("... Russia to meet" / "Destruction is seen") stays
     * apart.
     */
    static boolean softWrap(String text, int[] prev, int a) {
        char last = text.charAt(prev[1] - 1);
        if (last == '.' || last == '!' || last == '?') {
            return false;
        }
        char next = text.charAt(a);
        if (Character.isLowerCase(next)) {
            return true;
        }
        if (last == ',') {
            return Character.isLetterOrDigit(next) || next == '"' || next == '\u201c';
        }
        int w = prev[1];
        while (w > prev[0] && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w < prev[1] && OPEN_WORDS.contains(text.substring(w, prev[1]).toLowerCase(Locale.ROOT))
                && (w == prev[0] || text.charAt(w - 1) == ' ');
    }

    /** Splits a run-away sentence at whitespace so no piece is much longer than the token bound. */
    private static List<int[]> bound(String text, int a, int b) {
        List<int[]> out = new ArrayList<>();
        int maxChars = MAX_SENTENCE_TOKENS * 6;
        while (b - a > maxChars) {
            int cut = a + maxChars;
            while (cut > a + maxChars / 2 && !Character.isWhitespace(text.charAt(cut))) {
                cut--;
            }
            out.add(new int[] {a, cut});
            a = cut;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
        }
        if (b > a) {
            out.add(new int[] {a, b});
        }
        return out;
    }

    private Sentence sentence(String text, int index, int a, int b) {
        String s = text.substring(a, b);
        Span[] spans = joinNumbers(s, tokenizer.tokenizePos(s));
        if (spans.length == 0) {
            return null;
        }
        if (spans.length > MAX_SENTENCE_TOKENS) {
            Span[] cut = new Span[MAX_SENTENCE_TOKENS];
            System.arraycopy(spans, 0, cut, 0, MAX_SENTENCE_TOKENS);
            spans = cut;
        }
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = s.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] upos = tagger.tag(words);
        for (int i = 0; i < words.length; i++) {
            // "M23", "G5": a capital letter, then digits, names something; the tagger reads it as a number
            if ("NUM".equals(upos[i]) && LETTERS_THEN_DIGITS.matcher(words[i]).matches()) {
                upos[i] = "PROPN";
            }
        }
        for (int i = 1; i + 1 < words.length; i++) {
            // "Government forces regained", "Israeli strikes killed": a plural noun that is also a verb, after a
            // modifier and before the sentence's verb, is the subject; the tagger takes it for the verb
            if ("VERB".equals(upos[i]) && NOUN_OR_VERB.contains(words[i].toLowerCase(Locale.ROOT))
                    && (upos[i - 1].equals("NOUN") || upos[i - 1].equals("PROPN") || upos[i - 1].equals("ADJ")
                    || upos[i - 1].equals("DET") || upos[i - 1].equals("NUM"))
                    && (upos[i + 1].equals("VERB") || upos[i + 1].equals("AUX"))) {
                upos[i] = "NOUN";
            }
        }
        for (int i = 0; i < words.length; i++) {
            // "militants 9 March ambushed army patrol": a past form the tagger, thrown by the text around it, took
            // for a word of a closed class (a conjunction, a preposition), which has no such words
            if (CLOSED_CLASSES.contains(upos[i]) && PAST_FORM.matcher(words[i]).matches()
                    && !words[i].equalsIgnoreCase("provided")) {
                upos[i] = "VERB";
            }
        }
        String[] lemmas = lemmatizer != null ? lemmatizer.lemmatize(words, upos) : lowerCase(words);
        String[] penn = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            if ("O".equals(lemmas[i]) || lemmas[i] == null || lemmas[i].isEmpty()) {
                lemmas[i] = words[i].toLowerCase(Locale.ROOT);
            }
            penn[i] = PennTags.of(upos[i], words[i], lemmas[i]);
        }
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, a + spans[i].getStart(), a + spans[i].getEnd(), words[i], upos[i],
                    penn[i], lemmas[i]));
        }
        List<Chunk> chunks = chunker != null ? chunks(chunker.chunk(words, penn)) : List.of();
        int end = tokens.get(tokens.size() - 1).end();
        return new Sentence(index, a, Math.max(end, Math.min(b, end)), text.substring(a, end).replace('\n', ' '),
                tokens, chunks);
    }

    /** Plural nouns of war reports that are also verbs ("forces", "strikes"). */
    private static final java.util.Set<String> NOUN_OR_VERB = java.util.Set.of("forces", "strikes", "attacks", "raids",
            "shells", "clashes", "bombs", "patrols", "guards", "fighters", "rockets", "troops", "militias");
    private static final java.util.regex.Pattern LETTERS_THEN_DIGITS = java.util.regex.Pattern.compile("\\p{Lu}+\\d+\\p{L}*");
    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+");

    /** "14,800" is one number, however the tokenizer model cut it ("14" ",800", "14," "800"). */
    static Span[] joinNumbers(String s, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            int best = i;
            for (int j = i + 1; j < spans.length && j <= i + 6 && spans[j].getStart() == spans[j - 1].getEnd(); j++) {
                if (THOUSANDS.matcher(s.substring(spans[i].getStart(), spans[j].getEnd())).matches()) {
                    best = j;
                }
            }
            out.add(best == i ? spans[i] : new Span(spans[i].getStart(), spans[best].getEnd()));
            i = best;
        }
        return out.size() == spans.length ? spans : out.toArray(new Span[0]);
    }

    private static String[] lowerCase(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = words[i].toLowerCase(Locale.ROOT);
        }
        return out;
    }

    /** BIO chunk tags to chunks. */
    static List<Chunk> chunks(String[] tags) {
        List<Chunk> out = new ArrayList<>();
        String type = null;
        int first = -1;
        for (int i = 0; i <= tags.length; i++) {
            String t = i < tags.length ? tags[i] : "O";
            boolean begins = t.startsWith("B-") || (t.startsWith("I-") && (type == null || !type.equals(t.substring(2))));
            if ((begins || t.equals("O")) && type != null) {
                out.add(new Chunk(type, first, i));
                type = null;
            }
            if (begins) {
                type = t.substring(2);
                first = i;
            }
        }
        return out;
    }
}
