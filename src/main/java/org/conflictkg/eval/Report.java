package org.conflictkg.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one scoring and how score.py prints them: the table, the JSON (as Python's
 * {@code json.dumps(..., indent=2)} writes it) and the summary line, with the {@code --min} checks.
 */
public final class Report {
    /** The names {@code --min} accepts besides the figures: the two halves of "links". */
    public static final String LINKS_PRECISION = "links_precision";
    public static final String LINKS_RECALL = "links_recall";

    private final Map<String, Prf> scores;
    private final Map<String, Double> accuracies;
    private final int documents;
    private final List<String> missing;

    private Report(Map<String, Prf> scores, Map<String, Double> accuracies, int documents, List<String> missing) {
        this.scores = Collections.unmodifiableMap(scores);
        this.accuracies = Collections.unmodifiableMap(accuracies);
        this.documents = documents;
        this.missing = List.copyOf(missing);
    }

    /** Collects the figures in their printing order. */
    static final class Builder {
        private final Map<String, Prf> scores = new LinkedHashMap<>();
        private final Map<String, Double> accuracies = new LinkedHashMap<>();

        void figure(String name, Prf prf) {
            scores.put(name, prf);
        }

        void accuracy(String name, Double value) {
            accuracies.put(name, value);
        }

        Report build(int documents, List<String> missing) {
            return new Report(scores, accuracies, documents, missing);
        }
    }

    /** P, R and F1 of each figure, in table order ("links" has P and R only). */
    public Map<String, Prf> scores() {
        return scores;
    }

    /** The accuracies of event dates, event fatalities and ceasefire status (null: nothing judged). */
    public Map<String, Double> accuracies() {
        return accuracies;
    }

    public int documents() {
        return documents;
    }

    /** The gold documents for which the system gave nothing, by name. */
    public List<String> missing() {
        return missing;
    }

    /** The figures {@code --min} can name: each F1, and links precision and recall. */
    public Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        scores.forEach((k, v) -> f.put(k, v.f1()));
        f.put(LINKS_PRECISION, scores.get("links").precision());
        f.put(LINKS_RECALL, scores.get("links").recall());
        return f;
    }

    /** The names {@code --min} accepts, whatever the scores. */
    public static List<String> figureNames() {
        return List.of("entities", "entity_types", "links", "events", "event_mentions", "event_places",
                "event_agents", "ceasefires", "ceasefire_brokers", "ceasefire_parties", LINKS_PRECISION, LINKS_RECALL);
    }

    static String fmt(Double x) {
        return x == null ? "  -  " : Py.fixed3(x);
    }

    /** The table score.py prints: P, R and F1 per figure, the accuracies, the documents with no output. */
    public List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-20s %6s %6s %6s", "", "P", "R", "F1"));
        scores.forEach((k, v) -> lines.add(String.format("%-20s %6s %6s %6s", k, fmt(v.precision()), fmt(v.recall()),
                fmt(v.f1()))));
        accuracies.forEach((k, v) -> lines.add(String.format("%-28s %s", k, fmt(v))));
        if (!missing.isEmpty()) {
            lines.add("documents with no system output: " + String.join(", ", missing));
        }
        return lines;
    }

    /** The figures as JSON, written as score.py --json writes them. */
    public String json() {
        StringBuilder sb = new StringBuilder("{\n  \"scores\": {");
        boolean first = true;
        for (Map.Entry<String, Prf> e : scores.entrySet()) {
            Prf v = e.getValue();
            sb.append(first ? "\n" : ",\n").append("    ").append(jsonString(e.getKey())).append(": [\n")
                    .append("      ").append(jsonNumber(v.precision())).append(",\n")
                    .append("      ").append(jsonNumber(v.recall())).append(",\n")
                    .append("      ").append(jsonNumber(v.f1())).append("\n    ]");
            first = false;
        }
        sb.append(first ? "}" : "\n  }");
        for (Map.Entry<String, Double> e : accuracies.entrySet()) {
            sb.append(",\n  ").append(jsonString(e.getKey())).append(": ").append(jsonNumber(e.getValue()));
        }
        sb.append(",\n  \"documents\": ").append(documents);
        sb.append(",\n  \"documents_missing_from_system\": ");
        if (missing.isEmpty()) {
            sb.append("[]");
        } else {
            sb.append("[");
            for (int i = 0; i < missing.size(); i++) {
                sb.append(i > 0 ? ",\n" : "\n").append("    ").append(jsonString(missing.get(i)));
            }
            sb.append("\n  ]");
        }
        return sb.append("\n}").toString();
    }

    private static String jsonNumber(Double x) {
        if (x == null) {
            return "null";
        }
        if (x.isNaN()) {
            return "NaN";
        }
        if (x.isInfinite()) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        return Py.floatRepr(x);
    }

    /** A JSON string as Python's json module writes it (ensure_ascii). */
    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < ' ' || c > '~') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A {@code --min NAME=VALUE} requirement. */
    public record Min(String item, String name, double value) {
        /** Parses NAME=VALUE; throws {@link EvalInputException} with one line when it is not one. */
        public static Min parse(String item) {
            int eq = item.indexOf('=');
            String name = eq < 0 ? item : item.substring(0, eq);
            String raw = eq < 0 ? "" : item.substring(eq + 1);
            if (!figureNames().contains(name)) {
                throw new EvalInputException("--min " + item + ": no figure named " + Py.repr(name) + " (one of "
                        + String.join(", ", figureNames()) + ")");
            }
            Double v = Py.parseFloat(raw);
            if (v == null) {
                throw new EvalInputException("--min " + item + ": " + Py.repr(raw) + " is not a number");
            }
            return new Min(item, name, v);
        }
    }

    /**
     * Prints the JSON or the table, checks the {@code --min} requirements and prints the summary
     * line, as score.py does. Returns 0 when every requirement holds, 1 when one does not, 2 when
     * one names a figure that was not measured ({@code prog} starts the error line).
     */
    public int print(PrintWriter out, PrintWriter err, String prog, boolean asJson, List<Min> mins) {
        if (asJson) {
            out.println(json());
        } else {
            table().forEach(out::println);
        }
        Map<String, Double> figures = figures();
        List<String> failed = new ArrayList<>();
        for (Min m : mins) {
            Double have = figures.get(m.name());
            if (have == null) {
                out.flush();
                err.println(prog + ": --min " + m.item() + ": no figure named " + Py.repr(m.name()));
                err.flush();
                return 2;
            }
            if (have < m.value()) {
                failed.add(m.name() + " " + Py.fixed3(have) + " < " + Py.fixed3(m.value()));
            }
        }
        out.println((failed.isEmpty() ? "" : "FAIL: " + String.join("; ", failed) + " | ") + summary());
        out.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    /** The last line score.py prints (without a FAIL part). */
    public String summary() {
        Map<String, Double> f = figures();
        return "entities F1=" + fmt(f.get("entities")) + " types F1=" + fmt(f.get("entity_types"))
                + " links P=" + fmt(f.get(LINKS_PRECISION)) + " R=" + fmt(f.get(LINKS_RECALL))
                + " events F1=" + fmt(f.get("events")) + " ceasefires F1=" + fmt(f.get("ceasefires"));
    }
}
