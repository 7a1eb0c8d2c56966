package org.conflictkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.conflictkg.eval.DocLoader;
import org.conflictkg.eval.EvalInputException;
import org.conflictkg.eval.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code ckg eval --gold DIR [--out DIR] [--min NAME=VALUE ...] [--json] PATH...}: extracts the
 * articles with the pipeline, as {@code extract --json} does, and scores the result against the gold.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = {
        "Extract the articles and score the extraction against gold JSON (the figures of score.py).",
        "Only the documents extracted in this run are scored; gold documents without one count as missed.",
        "Exit status: 0 when every --min holds, 1 when one does not, 2 when an input cannot be read."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScoringOptions scoring;

    @Option(names = "--out", paramLabel = "DIR",
            description = "keep the system JSON files in this folder (default: a temporary folder, removed afterwards)")
    Path outDir;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // user mistakes first, before the models are loaded
        List<Report.Min> requirements = scoring.requirements();
        Map<String, JsonNode> goldDocs = scoring.loadGold();
        if (outDir != null && Files.exists(outDir)) {
            if (!Files.isDirectory(outDir)) {
                throw new EvalInputException(outDir + ": not a folder");
            }
            if (Files.isSameFile(outDir, scoring.gold)) {
                throw new EvalInputException("--out " + outDir + " is the gold folder: the system files would overwrite the gold");
            }
        }
        Path target = outDir != null ? outDir : Files.createTempDirectory("ckg-eval");
        try {
            ArticleExtraction.Outcome done = ArticleExtraction.toJson(paths, target, err);
            if (done.written().isEmpty()) {
                throw new EvalInputException(done.problems() > 0 ? "no article could be read or extracted, nothing to score"
                        : "no articles (.txt, .text, .jsonl, .ndjson) under " + paths);
            }
            err.flush();
            Map<String, JsonNode> systemDocs = DocLoader.loadFiles(done.written());
            int status = scoring.scoreAndPrint(goldDocs, systemDocs, requirements, out, err, "ckg eval");
            if (done.problems() > 0) {
                err.println("ckg eval: " + done.problems() + " input(s) could not be read or extracted (see above)");
                return 2;
            }
            return status;
        } finally {
            if (outDir == null) {
                deleteTree(target);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
