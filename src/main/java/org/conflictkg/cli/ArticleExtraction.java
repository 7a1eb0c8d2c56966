package org.conflictkg.cli;

import org.conflictkg.Pipeline;
import org.conflictkg.Settings;
import org.conflictkg.extract.Extraction;
import org.conflictkg.extract.RelatedDates;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.json.ExtractionJson;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        RelatedDates.Index dated = new RelatedDates.Index();
        // only what dating needs of an undated article, not its analysis: a run may hold many
        Map<Integer, RelatedDates.Undated> undated = new LinkedHashMap<>();
        for (Path f : ArticleReader.listInputs(paths)) {
            reader.read(f, r -> {
                if (r instanceof ArticleReader.Read read) {
                    try {
                        if (pipeline[0] == null) {
                            Settings settings = Settings.fromEnvironment();
                            pipeline[0] = new Pipeline(NlpModels.load(),
                                    Gazetteer.load(Gazetteer.defaultFiles(settings.data())));
                        }
                        Extraction x = pipeline[0].run(read.article());
                        dated.add(x);
                        if (RelatedDates.undated(x)) {
                            undated.put(written.size(), RelatedDates.Undated.of(x));
                        }
                        written.add(ExtractionJson.write(x, out));
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
        // articles that name no year: the day of the dated articles that report the same events
        for (Map.Entry<Integer, RelatedDates.Undated> u : undated.entrySet()) {
            Extraction x = RelatedDates.anchor(u.getValue(), dated, pipeline[0]::run);
            if (x != null) {
                written.set(u.getKey(), ExtractionJson.write(x, out));
            }
        }
        return new Outcome(written, problems[0]);
    }
}
