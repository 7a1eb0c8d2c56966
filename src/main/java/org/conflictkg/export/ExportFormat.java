package org.conflictkg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats of {@code ckg export}. */
public enum ExportFormat {
    /** Turtle: the default (union) graph, or one named graph. */
    TTL("ttl", false),
    /** TriG: every named graph with its name. */
    TRIG("trig", true),
    /** N-Quads: every named graph with its name. */
    NQ("nq", true),
    /** JSON-LD (expanded form): the default (union) graph, or one named graph. */
    JSONLD("jsonld", false),
    /** The event table, one row per event, in ACLED-style columns. */
    CSV("csv", false);

    private final String name;
    private final boolean quads;

    ExportFormat(String name, boolean quads) {
        this.name = name;
        this.quads = quads;
    }

    /** Whether the format keeps graph names. */
    public boolean quads() {
        return quads;
    }

    public String fileName() {
        return name;
    }

    public static ExportFormat parse(String s) {
        for (ExportFormat f : values()) {
            if (f.name.equals(s.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "' (" + Arrays.stream(values())
                .map(f -> f.name).collect(Collectors.joining(", ")) + ")");
    }
}
