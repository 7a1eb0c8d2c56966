package org.conflictkg.cli;

import org.conflictkg.Pipeline;
import org.conflictkg.Settings;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.json.ExtractionJson;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Articles to extraction JSON files: the work {@code extract --json} and {@code eval} share. */
final class ArticleExtraction {

    /** The JSON files written, in input order, and how many inputs could not be read or extracted. */
    record Outcome(List<Path> written, int problems) {
    }

    private ArticleExtraction() {
    }

    /**
     * Runs the pipeline on every article under {@code paths} and writes one JSON file per article
     * into {@code out}. Each problem is reported on {@code err} as one line naming the input.
     */
    static Outcome toJson(List<Path> paths, Path out, PrintWriter err) throws IOException {
        ArticleReader reader = new ArticleReader();
        List<Path> written = new ArrayList<>();
        int[] problems = new int[1];
        Pipeline[] pipeline = new Pipeline[1]; // the models are loaded for the first readable article
        for (Path f : ArticleReader.listInputs(paths)) {
            reader.read(f, r -> {
                if (r instanceof ArticleReader.Read read) {
                    try {
                        if (pipeline[0] == null) {
                            Settings settings = Settings.fromEnvironment();
                            pipeline[0] = new Pipeline(NlpModels.load(),
                                    Gazetteer.load(Gazetteer.defaultFiles(settings.data())));
                        }
                        written.add(ExtractionJson.write(pipeline[0].run(read.article()), out));
                    } catch (Exception e) {
                        err.println(read.article().source() + ": extraction failed: " + Main.message(e));
                        problems[0]++;
                    }
                } else {
                    err.println(r);
                    problems[0]++;
                }
            });
        }
        return new Outcome(written, problems[0]);
    }
}
