package org.conflictkg.bench;

import org.conflictkg.link.Gazetteer;
import org.conflictkg.link.GazetteerEntry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a benchmark corpus of N articles by varying real ones: every city the gazetteer knows in
 * a base article is replaced, consistently, by another city drawn from the gazetteer; numbers are
 * redrawn and the date line moves. Each variant has its own text, so its own identifier.
 */
public final class CorpusMaker {
    private static final Pattern DATE_LINE = Pattern.compile("\\A(\\s*date\\s+)(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?\\b");

    private final List<String> bases;
    private final List<Set<String>> basePlaces = new ArrayList<>();
    private final List<String> cities;

    public CorpusMaker(List<String> baseTexts, Gazetteer gazetteer, List<String> cityNames) {
        this.bases = List.copyOf(baseTexts);
        this.cities = List.copyOf(cityNames);
        for (String text : bases) {
            Set<String> places = new LinkedHashSet<>();
            Matcher m = CAPITALISED.matcher(text);
            while (m.find()) {
                for (String candidate : new String[] {m.group(), m.group().split(" ")[0]}) {
                    List<GazetteerEntry> hits = gazetteer.lookup(candidate);
                    if (!hits.isEmpty() && hits.get(0).kind().equals("city")) {
                        places.add(candidate);
                        break;
                    }
                }
            }
            basePlaces.add(places);
        }
    }

    /** City labels of the gazetteer: one-word names, for clean substitution. */
    public static List<String> cityNames(Path gazetteerFile) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(gazetteerFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length > 3 && f[3].equals("city") && f[1].matches("\\p{Lu}\\p{L}{3,}")) {
                out.add(f[1]);
            }
        }
        return out;
    }

    /** The i-th variant's text. */
    public String variant(int i) {
        Random rnd = new Random(1_000_003L * i + 17);
        int b = i % bases.size();
        String text = bases.get(b);
        String head;
        Matcher d = DATE_LINE.matcher(text);
        if (d.find()) {
            head = d.group(1) + LocalDate.parse(d.group(2)).plusDays(rnd.nextInt(700) - 350);
            text = text.substring(d.end());
        } else {
            head = "date " + LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(700)) + "\n";
        }
        for (String place : basePlaces.get(b)) {
            String other = cities.get(rnd.nextInt(cities.size()));
            text = text.replaceAll("\\b" + Pattern.quote(place) + "\\b", Matcher.quoteReplacement(other));
        }
        Matcher n = NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder(head);
        while (n.find()) {
            n.appendReplacement(sb, Integer.toString(2 + rnd.nextInt(120)));
        }
        n.appendTail(sb);
        return sb.toString();
    }

    /** Writes variants 0..n-1 into the folder as bench-NNNNN.txt. */
    public List<Path> write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format("bench-%05d.txt", i));
            Files.writeString(p, variant(i), StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }
}
