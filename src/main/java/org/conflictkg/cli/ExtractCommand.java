package org.conflictkg.cli;

import org.conflictkg.Pipeline;
import org.conflictkg.Settings;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.json.ExtractionJson;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
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
        Settings settings = Settings.fromEnvironment();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        Pipeline pipeline = new Pipeline(NlpModels.load(), Gazetteer.load(Gazetteer.defaultFiles(settings.data())));
        ArticleReader reader = new ArticleReader();
        int[] counts = new int[2];
        for (Path f : ArticleReader.listInputs(paths)) {
            reader.read(f, r -> {
                if (r instanceof ArticleReader.Read read) {
                    try {
                        ExtractionJson.write(pipeline.run(read.article()), out);
                        counts[0]++;
                    } catch (Exception e) {
                        err.println(read.article().source() + ": extraction failed: " + Main.message(e));
                        counts[1]++;
                    }
                } else {
                    err.println(r);
                    counts[1]++;
                }
            });
        }
        outw.println("extract: " + counts[0] + " articles written to " + out + (counts[1] > 0 ? ", " + counts[1] + " problems" : ""));
        return counts[1] == 0 ? 0 : 3;
    }
}
