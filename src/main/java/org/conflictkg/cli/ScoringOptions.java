package org.conflictkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.conflictkg.eval.DocLoader;
import org.conflictkg.eval.Report;
import org.conflictkg.eval.Scorer;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The options {@code score} and {@code eval} share, and the scoring and printing they both end with. */
final class ScoringOptions {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of gold .json files")
    Path gold;

    @Option(names = "--min", paramLabel = "NAME=VALUE", description = "fail unless the F1 of NAME (e.g. entities, "
            + "events, ceasefires), or links_recall / links_precision, is at least VALUE")
    List<String> mins = new ArrayList<>();

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Option(names = "--verbose", description = "list every miss and extra")
    boolean verbose;

    /** The --min requirements; a malformed one is an {@link org.conflictkg.eval.EvalInputException}. */
    List<Report.Min> requirements() {
        return mins.stream().map(Report.Min::parse).toList();
    }

    Map<String, JsonNode> loadGold() {
        return DocLoader.loadFolder(gold);
    }

    /** Scores, prints as score.py prints, and returns score.py's exit status. */
    int scoreAndPrint(Map<String, JsonNode> goldDocs, Map<String, JsonNode> systemDocs, List<Report.Min> requirements,
                      PrintWriter out, PrintWriter err, String prog) {
        Report report = new Scorer(verbose ? out : null).score(goldDocs, systemDocs);
        return report.print(out, err, prog, json, requirements);
    }
}
