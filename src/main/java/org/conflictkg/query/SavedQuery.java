package org.conflictkg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A saved query: a {@code .rq} file whose leading comment lines give {@code # title:},
 * {@code # description:}, {@code # category:} and, for queries that reach other endpoints,
 * {@code # needs: network}.
 */
public record SavedQuery(String name, Path file, String title, String description, String category,
                         boolean needsNetwork, String text) {

    /** Reads one query file. */
    public static SavedQuery read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        java.util.Map<String, String> h = headers(text);
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return new SavedQuery(name, file, h.getOrDefault("title", name), h.getOrDefault("description", ""),
                h.getOrDefault("category", ""), h.getOrDefault("needs", "").toLowerCase(Locale.ROOT).contains("network"),
                text);
    }

    /**
     * The {@code # key: value} lines that open a query file, keys in lower case, in order; a key
     * given twice has its values joined with a space.
     */
    public static java.util.Map<String, String> headers(String text) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) {
                    continue;
                }
                break;
            }
            String body = l.substring(1).strip();
            int colon = body.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = body.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = body.substring(colon + 1).strip();
            out.merge(key, value, (a, b) -> a + " " + b);
        }
        return out;
    }

    /** Every saved query in the folder, by file name. */
    public static List<SavedQuery> all(Path folder) throws IOException {
        List<SavedQuery> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                out.add(read(p));
            }
        }
        return out;
    }

    /** Finds a saved query by name (with or without .rq), or reads the given file. */
    public static SavedQuery resolve(Path folder, String nameOrFile) throws IOException {
        Path asFile = Path.of(nameOrFile);
        if (Files.isRegularFile(asFile)) {
            return read(asFile);
        }
        String n = nameOrFile.endsWith(".rq") ? nameOrFile : nameOrFile + ".rq";
        Path saved = folder.resolve(n);
        if (Files.isRegularFile(saved)) {
            return read(saved);
        }
        List<String> names = all(folder).stream().map(SavedQuery::name).toList();
        throw new IllegalArgumentException("no saved query or file named '" + nameOrFile + "'; saved queries: "
                + String.join(", ", names));
    }
}
