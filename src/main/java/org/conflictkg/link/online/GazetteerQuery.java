package org.conflictkg.link.online;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A SPARQL query that yields gazetteer rows, read from a {@code .rq} file whose leading comment
 * lines say {@code # title:}, {@code # type:} (the gazetteer type of every row it yields, e.g.
 * {@code country}, {@code city}, {@code armed_group}), optionally {@code # page:} (rows per request,
 * default 2000) and {@code # split: VAR} (send the query once per value of its
 * {@code VALUES ?VAR { ... }} block, so each request stays small).
 *
 * <p>The query selects {@code ?item} (a Wikidata item IRI) and {@code ?label}, and may select
 * {@code ?aliases} and {@code ?demonyms} ({@code |}-separated), {@code ?coord} (a WKT
 * {@code Point(lon lat)}) and {@code ?countryOf} (the item of the country it lies in).
 */
public record GazetteerQuery(String name, String title, String type, int page, String split, String text) {
    public static final int DEFAULT_PAGE = 2000;
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*");

    public static GazetteerQuery read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        java.util.Map<String, String> h = org.conflictkg.query.SavedQuery.headers(text);
        String title = h.getOrDefault("title", name);
        String type = h.get("type");
        String split = h.get("split");
        if (split != null && split.startsWith("?")) {
            split = split.substring(1);
        }
        int page = DEFAULT_PAGE;
        if (h.containsKey("page")) {
            String value = h.get("page");
            try {
                page = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": '# page:' needs a number, not '" + value + "'");
            }
            if (page < 1) {
                throw new IllegalArgumentException(file + ": '# page:' must be at least 1");
            }
        }
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException(file + ": needs a '# type:' line naming the gazetteer type "
                    + "(country, city, admin1, armed_group, intl_org, org, person, news_agency, ...)");
        }
        GazetteerQuery q = new GazetteerQuery(name, title, type, page, split, text);
        if (split != null) {
            q.splitValues();
        }
        return q;
    }

    /** Every {@code .rq} file in the folder, by file name. */
    public static List<GazetteerQuery> all(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such folder of gazetteer queries");
        }
        List<GazetteerQuery> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                out.add(read(p));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(dir + ": holds no .rq files");
        }
        return out;
    }

    /** The query texts to send: one, or one per value of the split variable. */
    public List<String> texts() {
        if (split == null) {
            return List.of(text);
        }
        Matcher m = valuesBlock();
        List<String> out = new ArrayList<>();
        for (String v : splitValues()) {
            out.add(text.substring(0, m.start()) + "VALUES ?" + split + " { " + v + " }" + text.substring(m.end()));
        }
        return out;
    }

    private List<String> splitValues() {
        Matcher m = valuesBlock();
        List<String> values = Arrays.stream(m.group(1).strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + ": the VALUES ?" + split + " block is empty");
        }
        return values;
    }

    private Matcher valuesBlock() {
        Matcher m = Pattern.compile("VALUES\\s+\\?" + Pattern.quote(split) + "\\s*\\{([^}]*)\\}",
                Pattern.CASE_INSENSITIVE).matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException(name + ": '# split: " + split + "' but the query has no "
                    + "VALUES ?" + split + " { ... } block");
        }
        return m;
    }
}
