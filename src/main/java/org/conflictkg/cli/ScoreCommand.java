package org.conflictkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.conflictkg.eval.DocLoader;
import org.conflictkg.eval.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
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

    @Mixin
    ScoringOptions scoring;

    @Option(names = "--system", required = true, paramLabel = "DIR", description = "folder of system .json files")
    Path system;

    @Override
    public Integer call() {
        List<Report.Min> requirements = scoring.requirements();
        Map<String, JsonNode> goldDocs = scoring.loadGold();
        Map<String, JsonNode> systemDocs = DocLoader.loadFolder(system);
        return scoring.scoreAndPrint(goldDocs, systemDocs, requirements, spec.commandLine().getOut(),
                spec.commandLine().getErr(), "ckg score");
    }
}
