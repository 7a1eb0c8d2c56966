package org.conflictkg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names of actors and places with their Wikidata items, read from tab-separated files in the
 * gazetteer format ({@code qid label aliases type lat lon country_qid source}). Later files add
 * rows and aliases to earlier ones.
 */
public final class Gazetteer {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    private final Map<String, GazetteerEntry> byQid = new HashMap<>();
    private int longestName = 1;

    /** Reads the given files; a missing file is an error. */
    public static Gazetteer load(List<Path> files) {
        Gazetteer g = new Gazetteer();
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                g.read(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + f + ": " + e.getMessage(), e);
            }
        }
        return g;
    }

    /** The project's gazetteer files under the given data folder, in load order. */
    public static List<Path> defaultFiles(Path dataDir) {
        Path dir = dataDir.resolve("gazetteer");
        List<Path> out = new ArrayList<>();
        out.add(dir.resolve("gazetteer.tsv"));
        Path extra = dir.resolve("curated.tsv");
        if (Files.exists(extra)) {
            out.add(extra);
        }
        return out;
    }

    /** A gazetteer from rows given in memory (for tests). */
    public static Gazetteer of(String tsv) {
        Gazetteer g = new Gazetteer();
        try {
            g.read(new BufferedReader(new java.io.StringReader(tsv)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** A gazetteer read from a class-path resource (for tests). */
    public static Gazetteer ofResource(String resource) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Gazetteer.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            Gazetteer g = new Gazetteer();
            g.read(r);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(BufferedReader r) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("qid\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                continue;
            }
            String qid = f[0].isBlank() || f[0].equals("-") ? null : f[0].strip();
            List<String> aliases = f[2].isBlank() ? List.of() : Arrays.asList(f[2].split("\\|"));
            GazetteerEntry e = new GazetteerEntry(qid, f[1].strip(), aliases, f[3].strip(),
                    number(f, 4), number(f, 5), f.length > 6 && !f[6].isBlank() ? f[6].strip() : null);
            add(e);
        }
    }

    private void add(GazetteerEntry e) {
        GazetteerEntry known = e.qid() == null ? null : byQid.get(e.qid());
        if (known != null) {
            // a later row only adds names (and coordinates or a kind where the first lacks them)
            List<String> aliases = new ArrayList<>(known.aliases());
            for (String a : e.aliases()) {
                if (!aliases.contains(a)) {
                    aliases.add(a);
                }
            }
            GazetteerEntry merged = new GazetteerEntry(known.qid(), known.label(), aliases,
                    known.kind().isBlank() ? e.kind() : known.kind(),
                    known.lat() != null ? known.lat() : e.lat(), known.lon() != null ? known.lon() : e.lon(),
                    known.countryQid() != null ? known.countryQid() : e.countryQid());
            replace(known, merged);
            return;
        }
        if (e.qid() != null) {
            byQid.put(e.qid(), e);
        }
        index(e);
    }

    private void replace(GazetteerEntry old, GazetteerEntry now) {
        // the old row is listed only under the keys of its own names
        for (String name : names(old)) {
            List<GazetteerEntry> l = byName.get(key(name));
            if (l != null) {
                l.replaceAll(x -> x == old ? now : x);
            }
        }
        byQid.put(now.qid(), now);
        index(now);
    }

    private void index(GazetteerEntry e) {
        for (String name : names(e)) {
            put(name, e);
        }
    }

    private static List<String> names(GazetteerEntry e) {
        List<String> out = new ArrayList<>(1 + e.aliases().size());
        out.add(e.label());
        out.addAll(e.aliases());
        return out;
    }

    private void put(String name, GazetteerEntry e) {
        String key = key(name);
        if (key.isEmpty()) {
            return;
        }
        List<GazetteerEntry> l = byName.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!l.contains(e)) {
            l.add(e);
            l.sort(Comparator.comparingInt(GazetteerEntry::rank));
        }
        longestName = Math.max(longestName, key.split(" ").length);
    }

    private static Double number(String[] f, int i) {
        if (f.length <= i || f[i].isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(f[i].strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Every row with this name, the preferred kind first. */
    public List<GazetteerEntry> lookup(String name) {
        List<GazetteerEntry> l = byName.get(key(name));
        return l == null ? List.of() : Collections.unmodifiableList(l);
    }

    public GazetteerEntry byQid(String qid) {
        return byQid.get(qid);
    }

    /** The largest number of words in a name. */
    public int longestName() {
        return longestName;
    }

    public int size() {
        return byQid.size();
    }

    /**
     * The form names are compared in: accents folded, lower case, typographic quotes and dashes made
     * plain, a leading "the" dropped, and spaces around hyphens removed.
     */
    public static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean plain = true;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                plain = false;
                break;
            }
        }
        String folded = plain ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        // lower case; typographic quotes and dashes made plain; dots dropped; runs of space made one,
        // and no space around a hyphen
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\u2019' || c == '\u2018') {
                c = '\'';
            } else if (c >= '\u2010' && c <= '\u2015') {
                c = '-';
            }
            if (c == '.') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (c == '-') {
                space = false;
            } else if (space && (b.length() == 0 || b.charAt(b.length() - 1) != '-')) {
                b.append(' ');
            }
            space = false;
            b.append(Character.toLowerCase(c));
        }
        String s = b.toString();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
