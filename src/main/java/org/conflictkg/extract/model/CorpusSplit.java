package org.conflictkg.extract.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The held-out test split of the corpus annotations, read from data/gold-dev/SPLIT.md: the article
 * names in the table rows ({@code | 106_syria_idlib_moscow_ceasefire.json | ...}) of the section
 * whose heading starts with "## Test". Every other annotated article is dev.
 */
public final class CorpusSplit {
    private static final Pattern ROW = Pattern.compile("^\\|\\s*([0-9A-Za-z_\\-]+)\\.json\\s*\\|");

    private final Set<String> test;

    private CorpusSplit(Set<String> test) {
        this.test = Set.copyOf(test);
    }

    public static CorpusSplit read(Path splitMd) {
        try {
            return parse(Files.readString(splitMd, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the split " + splitMd + ": " + e.getMessage(), e);
        }
    }

    public static CorpusSplit parse(String md) {
        Set<String> test = new LinkedHashSet<>();
        boolean inTest = false;
        for (String line : md.split("\r?\n")) {
            if (line.startsWith("## ")) {
                inTest = line.substring(3).strip().toLowerCase().startsWith("test");
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (inTest && m.find()) {
                test.add(m.group(1));
            }
        }
        if (test.isEmpty()) {
            throw new IllegalArgumentException("the split names no test articles (a \"## Test\" section with a table)");
        }
        return new CorpusSplit(test);
    }

    /** Whether the article (file name without extension) is held out for testing. */
    public boolean isTest(String name) {
        return test.contains(name);
    }

    public Set<String> test() {
        return test;
    }
}
