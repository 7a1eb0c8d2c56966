package org.conflictkg.cli;

import org.conflictkg.Settings;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db DIR} option the commands share, with the project's default folder. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "DIR", description = "database folder (default: db/ in the project)")
    Path db;

    /** The folder given, or the project's default. */
    Path resolve(Settings settings) {
        return db != null ? db : settings.defaultDb();
    }
}
