package org.conflictkg;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are: the project folder (the launcher passes it as {@code -Dckg.home}), its data,
 * saved queries, ontology and default database. Defaults live here; command-line flags override.
 */
public record Settings(Path home) {

    public static Settings fromEnvironment() {
        String h = System.getProperty("ckg.home");
        Path home = h != null ? Path.of(h) : Path.of("").toAbsolutePath();
        return new Settings(home.toAbsolutePath().normalize());
    }

    public Path data() {
        return home.resolve("data");
    }

    public Path articles() {
        return data().resolve("articles");
    }

    public Path queries() {
        return home.resolve("queries");
    }

    public Path ontology() {
        return home.resolve("ontology");
    }

    public Path defaultDb() {
        return home.resolve("db");
    }

    public boolean hasShared() {
        return Files.isDirectory(home.resolve("../shared"));
    }
}
