package org.conflictkg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ckg extract --json OUT_DIR PATH...}: one extraction JSON file per article. */
@Command(name = "extract", description = "Extract articles to JSON files (the extraction JSON format).")
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", required = true, paramLabel = "OUT_DIR", description = "folder for the JSON files")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        ArticleExtraction.Outcome done = ArticleExtraction.toJson(paths, out, err);
        outw.println("extract: " + done.written().size() + " articles written to " + out
                + (done.problems() > 0 ? ", " + done.problems() + " problems" : ""));
        return done.problems() == 0 ? 0 : 3;
    }
}
