package org.conflictkg.extract.model;

import org.conflictkg.extract.EntityType;
import org.conflictkg.ingest.Article;
import org.conflictkg.ingest.ArticleReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads brat stand-off entity annotations ({@code T<n>\t<Type> <start> <end>\t<covered text>}, offsets
 * in Unicode code points, as in data/annotations/README.md) together with the article texts they
 * point into. Offsets are turned into Java string indices and every covered text is checked
 * against the article; a mismatch is an error naming the file and line.
 */
public final class BratCorpus {
    private static final Pattern LINE = Pattern.compile("^(T[0-9]+)\\t(\\S+) ([0-9]+) ([0-9]+)\\t(.*)$");

    private BratCorpus() {
    }

    /** An annotated article. */
    public record Doc(String name, Article article, List<NameSpan> names) {
        public Doc {
            names = List.copyOf(names);
        }
    }

    /**
     * The annotated articles of a folder: every {@code NAME.ann} in {@code annDir} (not its
     * subfolders) whose name passes {@code keep}, with its text {@code NAME.txt} from {@code textDir}.
     * An annotation file without its text is an error.
     */
    public static List<Doc> load(Path annDir, Path textDir, Predicate<String> keep) {
        List<Path> anns;
        try (Stream<Path> s = Files.list(annDir)) {
            anns = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + annDir + ": " + e.getMessage(), e);
        }
        List<Doc> out = new ArrayList<>();
        for (Path ann : anns) {
            String name = ann.getFileName().toString();
            name = name.substring(0, name.length() - ".ann".length());
            if (!keep.test(name)) {
                continue;
            }
            Path txt = textDir.resolve(name + ".txt");
            if (!Files.isRegularFile(txt)) {
                throw new IllegalArgumentException(ann + ": no article text " + txt);
            }
            Article article = readArticle(txt);
            out.add(new Doc(name, article, read(ann, article.text())));
        }
        return out;
    }

    static Article readArticle(Path txt) {
        List<ArticleReader.Result> got = new ArrayList<>();
        new ArticleReader().read(txt, got::add);
        if (got.size() != 1 || !(got.get(0) instanceof ArticleReader.Read r)) {
            throw new IllegalArgumentException(got.isEmpty() ? txt + ": not read" : got.get(0).toString());
        }
        return r.article();
    }

    /** The names of one .ann file, in text order. */
    public static List<NameSpan> read(Path ann, String text) {
        try {
            return parse(Files.readString(ann, StandardCharsets.UTF_8), text, ann.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ann + ": " + e.getMessage(), e);
        }
    }

    /** Parses .ann content against the text; {@code where} names the source in error messages. */
    public static List<NameSpan> parse(String ann, String text, String where) {
        List<NameSpan> out = new ArrayList<>();
        boolean bmpOnly = text.codePoints().allMatch(Character::isBmpCodePoint);
        int cpLength = bmpOnly ? text.length() : text.codePointCount(0, text.length());
        String[] lines = ann.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException(where + ":" + (i + 1) + ": not a brat text-bound annotation");
            }
            EntityType type;
            try {
                type = EntityType.valueOf(m.group(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ":" + (i + 1) + ": unknown type " + m.group(2));
            }
            int a = Integer.parseInt(m.group(3));
            int b = Integer.parseInt(m.group(4));
            if (a >= b || b > cpLength) {
                throw new IllegalArgumentException(where + ":" + (i + 1) + ": span " + a + " " + b
                        + " outside the text (" + cpLength + " characters)");
            }
            int start = bmpOnly ? a : text.offsetByCodePoints(0, a);
            int end = bmpOnly ? b : text.offsetByCodePoints(start, b - a);
            if (!text.substring(start, end).equals(m.group(5))) {
                throw new IllegalArgumentException(where + ":" + (i + 1) + ": the text at " + a + " " + b
                        + " is \"" + text.substring(start, end) + "\", not \"" + m.group(5) + "\"");
            }
            out.add(new NameSpan(start, end, type));
        }
        Collections.sort(out);
        return out;
    }
}
