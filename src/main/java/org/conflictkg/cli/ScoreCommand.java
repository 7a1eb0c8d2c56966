package org.conflictkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.conflictkg.eval.DocLoader;
import org.conflictkg.eval.Report;
import org.conflictkg.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ckg score --gold DIR --system DIR}: scores extraction JSON against gold, as score.py does. */
@Command(name = "score", mixinStandardHelpOptions = true, description = {
        "Score a folder of extraction JSON against a folder of gold JSON (the figures of score.py).",
        "Exit status: 0 when every --min holds, 1 when one does not, 2 when the input cannot be read."})
public final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of gold .json files")
    Path gold;

    @Option(names = "--system", required = true, paramLabel = "DIR", description = "folder of system .json files")
    Path system;

    @Option(names = "--verbose", description = "list every miss and extra")
    boolean verbose;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Option(names = "--min", paramLabel = "NAME=VALUE", description = "fail unless the F1 of NAME (e.g. entities, "
            + "events, ceasefires), or links_recall / links_precision, is at least VALUE")
    List<String> mins = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Report.Min> requirements = mins.stream().map(Report.Min::parse).toList();
        Map<String, JsonNode> goldDocs = DocLoader.loadFolder(gold);
        Map<String, JsonNode> systemDocs = DocLoader.loadFolder(system);
        Report report = new Scorer(verbose ? out : null).score(goldDocs, systemDocs);
        return report.print(out, err, "ckg score", json, requirements);
    }
}
