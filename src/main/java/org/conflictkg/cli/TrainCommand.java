package org.conflictkg.cli;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.conflictkg.Settings;
import org.conflictkg.extract.EntityType;
import org.conflictkg.extract.model.BratCorpus;
import org.conflictkg.extract.model.CorpusSplit;
import org.conflictkg.extract.model.CrossValidation;
import org.conflictkg.extract.model.GazetteerDictionary;
import org.conflictkg.extract.model.NameModelFinder;
import org.conflictkg.extract.model.NameModelTrainer;
import org.conflictkg.extract.model.NameSamples;
import org.conflictkg.extract.model.NameSpan;
import org.conflictkg.extract.model.PreparedDoc;
import org.conflictkg.extract.model.SpanScores;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.Analyzer;
import org.conflictkg.nlp.NlpModels;
import opennlp.tools.dictionary.Dictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ckg train}: trains the name finder model on the seed annotations and the dev split of the
 * corpus annotations, cross-validates it by document, writes the model and its evaluation.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = {
        "Train the OpenNLP name finder model (Person, Organization, State, ArmedGroup, Place) on the "
                + "seed annotations (data/annotations/seeds with data/articles) and the dev split of the "
                + "corpus annotations (data/annotations with the corpus texts), cross-validate it by document, "
                + "and write the model and data/models/README.md.",
        "Without the corpus folder it trains on the seeds only.",
        "The test split (data/gold-dev/SPLIT.md) is never trained on; --test-report scores it, for the report only."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write the model (default: data/models/en-ner-conflict.bin)")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "cross-validation folds, by document (0: no cross-validation; default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "the corpus article texts (default: ../shared/corpus/articles)")
    Path corpus;

    @Option(names = "--algorithm", defaultValue = "PERCEPTRON",
            description = "PERCEPTRON or MAXENT (default: ${DEFAULT-VALUE})")
    String algorithm;

    @Option(names = "--iterations", defaultValue = "150", description = "training iterations (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1", description = "feature count cutoff (default: ${DEFAULT-VALUE})")
    int cutoff;

    @Option(names = "--test-report",
            description = "also score the final model on the held-out test split (for the report; do not tune on it)")
    boolean testReport;

    /** The heading from which README.md is written by hand and kept when the evaluation is written again. */
    static final String KEPT_SECTION = "## How the build uses it";

    @Option(names = "--no-readme", description = "do not write the evaluation to README.md beside the model")
    boolean noReadme;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Settings settings = Settings.fromEnvironment();
        Path data = settings.data();
        Path modelFile = out != null ? out : data.resolve(NameModelFinder.MODEL);
        Path corpusDir = corpus != null ? corpus : settings.home().resolve("../shared/corpus/articles").normalize();
        if (folds == 1 || folds < 0) {
            throw new IllegalArgumentException("--folds must be 0 (none) or at least 2");
        }
        NameModelTrainer.Params params = new NameModelTrainer.Params(algorithm, iterations, cutoff);

        // the annotated documents
        List<BratCorpus.Doc> seeds = BratCorpus.load(data.resolve("annotations/seeds"), settings.articles(), n -> true);
        List<BratCorpus.Doc> dev = List.of();
        List<BratCorpus.Doc> test = List.of();
        boolean haveCorpus = Files.isDirectory(corpusDir);
        if (haveCorpus) {
            CorpusSplit split = CorpusSplit.read(data.resolve("gold-dev/SPLIT.md"));
            dev = BratCorpus.load(data.resolve("annotations"), corpusDir, n -> !split.isTest(n));
            if (testReport) {
                test = BratCorpus.load(data.resolve("annotations"), corpusDir, split::isTest);
            }
        } else {
            err.println("ckg train: no corpus at " + corpusDir + "; training on the " + seeds.size()
                    + " seed articles only");
            if (testReport) {
                throw new IllegalArgumentException("--test-report needs the corpus folder " + corpusDir);
            }
        }

        err.println("ckg train: analysing " + (seeds.size() + dev.size() + test.size()) + " articles...");
        err.flush();
        Analyzer analyzer = NlpModels.load().analyzer(new Analyzer.Stages(false, false));
        NameSamples.Alignment alignment = new NameSamples.Alignment();
        List<PreparedDoc> training = new ArrayList<>();
        List<PreparedDoc> seedDocs = new ArrayList<>();
        for (BratCorpus.Doc d : seeds) {
            PreparedDoc p = PreparedDoc.of(d, analyzer, alignment);
            seedDocs.add(p);
            training.add(p);
        }
        for (BratCorpus.Doc d : dev) {
            training.add(PreparedDoc.of(d, analyzer, alignment));
        }
        List<PreparedDoc> testDocs = new ArrayList<>();
        for (BratCorpus.Doc d : test) {
            testDocs.add(PreparedDoc.of(d, analyzer, new NameSamples.Alignment()));
        }

        Dictionary gazetteer = GazetteerDictionary.build(Gazetteer.defaultFiles(data));
        NameModelTrainer trainer = new NameModelTrainer(gazetteer, params);

        SpanScores cv = null;
        if (folds >= 2) {
            if (training.size() < folds) {
                throw new IllegalArgumentException(folds + " folds need at least " + folds
                        + " training articles; there are " + training.size());
            }
            cv = CrossValidation.run(training, folds, trainer, f -> {
                err.println("ckg train: cross-validation fold " + f + " of " + folds + "...");
                err.flush();
            });
            o.println("Cross-validation (" + folds + " folds by document, " + training.size() + " articles):");
            o.println(cv.table());
        }

        err.println("ckg train: training on " + training.size() + " articles...");
        err.flush();
        List<NameSample> all = new ArrayList<>();
        training.forEach(d -> all.addAll(d.samples()));
        TokenNameFinderModel model = trainer.train(all);
        Files.createDirectories(modelFile.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(modelFile)) {
            model.serialize(os);
        }
        long size = Files.size(modelFile);
        o.printf(Locale.ROOT, "Model: %s (%.1f KB)%n", modelFile, size / 1024.0);

        NameModelFinder finder = NameModelFinder.of(model);
        SpanScores onSeeds = CrossValidation.evaluate(finder, seedDocs);
        o.println("Seeds (training data, so a fit, not a test):");
        o.println(onSeeds.table());
        SpanScores seedsHeldOut = null;
        if (training.size() > seedDocs.size()) {
            err.println("ckg train: scoring the seeds with a model trained on the dev articles only...");
            err.flush();
            List<NameSample> devOnly = new ArrayList<>();
            training.stream().filter(d -> !seedDocs.contains(d)).forEach(d -> devOnly.addAll(d.samples()));
            seedsHeldOut = CrossValidation.evaluate(NameModelFinder.of(trainer.train(devOnly)), seedDocs);
            o.println("Seeds held out (a model trained on the dev articles only):");
            o.println(seedsHeldOut.table());
        }
        SpanScores onTest = null;
        if (!testDocs.isEmpty()) {
            onTest = CrossValidation.evaluate(finder, testDocs);
            o.println("Held-out test split (" + testDocs.size() + " articles):");
            o.println(onTest.table());
        }
        if (!alignment.lost().isEmpty()) {
            err.println("ckg train: " + alignment.lost().size() + " of " + (alignment.kept() + alignment.lost().size())
                    + " training names do not fall on token edges and were left out of training");
        }
        if (!noReadme) {
            Path readmeFile = modelFile.toAbsolutePath().getParent().resolve("README.md");
            // the hand-written section on how the build uses the model is kept
            String kept = "";
            if (Files.exists(readmeFile)) {
                String old = Files.readString(readmeFile, StandardCharsets.UTF_8);
                int at = old.indexOf(KEPT_SECTION);
                kept = at >= 0 ? "\n" + old.substring(at) : "";
            }
            Files.writeString(readmeFile, readme(modelFile.getFileName().toString(), size, params, seedDocs,
                    training, testDocs, haveCorpus, corpusDir, alignment, gazetteer, cv, onSeeds, seedsHeldOut, onTest)
                    + kept, StandardCharsets.UTF_8);
            o.println("Evaluation written to " + readmeFile);
        }
        o.flush();
        return 0;
    }

    private String commandLine() {
        StringBuilder sb = new StringBuilder("./ckg train");
        if (folds != 5) {
            sb.append(" --folds ").append(folds);
        }
        if (!algorithm.equals("PERCEPTRON")) {
            sb.append(" --algorithm ").append(algorithm);
        }
        if (iterations != 150) {
            sb.append(" --iterations ").append(iterations);
        }
        if (cutoff != 1) {
            sb.append(" --cutoff ").append(cutoff);
        }
        if (testReport) {
            sb.append(" --test-report");
        }
        return sb.toString();
    }

    private String readme(String modelName, long size, NameModelTrainer.Params params, List<PreparedDoc> seeds,
                          List<PreparedDoc> training, List<PreparedDoc> test, boolean haveCorpus, Path corpusDir,
                          NameSamples.Alignment alignment, Dictionary gazetteer, SpanScores cv, SpanScores onSeeds,
                          SpanScores seedsHeldOut, SpanScores onTest) {
        String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        StringBuilder sb = new StringBuilder();
        sb.append("# Name finder model\n\n");
        sb.append("`").append(modelName).append("` (").append(String.format(Locale.ROOT, "%.1f", size / 1024.0))
                .append(" KB) is an OpenNLP 2.5 name finder (")
                .append(params.algorithm().equals("PERCEPTRON") ? "averaged perceptron" : "maximum entropy")
                .append(") for the five entity types of the extraction format (Person, Organization, State, ArmedGroup, Place). "
                        + "`org.conflictkg.extract.model.NameModelFinder` loads it and returns typed character spans "
                        + "for an analysed article. This file is written by `./ckg train`; do not edit it by hand.\n\n");
        sb.append("## Reproduce\n\n```\n").append(commandLine()).append("\n```\n\n");
        sb.append("It needs the corpus texts in `../shared/corpus/articles` (or `--corpus DIR`); without them it "
                + "says so and trains on the five seeds only, which gives a much weaker model. Training is "
                + "deterministic: the same data and settings give the same figures.\n\n");
        sb.append("Last run: ").append(when).append(".\n\n");
        sb.append("## Data\n\n");
        sb.append("Trained on ").append(training.size()).append(" articles: the ").append(seeds.size())
                .append(" seed articles (`data/articles`, names in `data/annotations/seeds`, derived from "
                        + "`data/gold/seeds` with `data/annotations/make_ann.py`)");
        if (haveCorpus) {
            sb.append(" and the ").append(training.size() - seeds.size())
                    .append(" dev articles of the corpus annotations (`data/annotations/*.ann` over the texts in "
                            + "`../shared/corpus/articles`, split in `data/gold-dev/SPLIT.md`). The test split "
                            + "is not trained on.");
        } else {
            sb.append(" only: the corpus folder ").append(corpusDir).append(" was absent.");
        }
        sb.append("\n\n");
        Map<EntityType, Integer> perType = new EnumMap<>(EntityType.class);
        for (PreparedDoc d : training) {
            for (NameSpan n : d.gold()) {
                perType.merge(n.type(), 1, Integer::sum);
            }
        }
        sb.append("Training names by type: ");
        List<String> parts = new ArrayList<>();
        perType.forEach((t, n) -> parts.add(t + " " + n));
        sb.append(String.join(", ", parts)).append(". ");
        sb.append(alignment.lost().size()).append(" of ").append(alignment.kept() + alignment.lost().size())
                .append(" names do not begin and end on token edges of one sentence and are left out of training");
        if (!alignment.lost().isEmpty()) {
            sb.append(" (");
            sb.append(String.join("; ", alignment.lost().subList(0, Math.min(8, alignment.lost().size()))));
            sb.append(alignment.lost().size() > 8 ? "; ..." : "").append(")");
        }
        sb.append("; in the evaluations below they still count as gold, so as misses.\n\n");
        sb.append("## Features and training\n\n");
        sb.append("Tokens, sentences and parts of speech are the project's own (`org.conflictkg.nlp.Analyzer`), "
                + "the same at training and at finding. Features (`src/main/resources/org/conflictkg/extract/model/"
                + "ner-features.xml`): token shape classes and lower-cased tokens in a window of two, sentence "
                + "start, prefixes and suffixes, "
                + "the universal part of speech of the token and its neighbours (additional context), and the "
                + "gazetteer: tokens inside a gazetteer name (`data/gazetteer`, ")
                .append(gazetteer.size()).append(" (kind, name) entries, stored in the model) are marked with "
                        + "the row's kind (country, country_alias, city, admin1, locality, armed_group, person, "
                        + "news_agency, ...) and their position in the name, for the token and two neighbours each "
                        + "side. ");
        sb.append(params.algorithm().equals("PERCEPTRON") ? "Averaged perceptron" : "Maximum entropy (GIS)")
                .append(", ").append(params.iterations()).append(" iterations, cutoff ")
                .append(params.cutoff()).append(", BIO outcomes, beam search. How these settings were chosen (cross-validation on the training "
                + "articles only): `TUNING.md`.\n\n");
        sb.append("## Evaluation\n\n");
        sb.append("Mention level: a found name counts when a gold name has exactly its span and type. Per type, "
                + "a name found with the wrong type is a false positive of its type and a miss of the gold type. "
                + "\"Boundaries only\" ignores the type. Micro-averaged.\n\n");
        if (cv != null) {
            sb.append("### Cross-validation (").append(folds).append(" folds by document, ")
                    .append(training.size()).append(" training articles)\n\n");
            sb.append("The training articles sorted by name and dealt round-robin into the folds; each fold "
                    + "scored by a model trained on the others with the same settings.\n\n");
            sb.append(cv.table()).append('\n');
        }
        sb.append("### Seeds (training data: a fit, not a test)\n\n");
        sb.append("The final model on the ").append(seeds.size()).append(" seed articles it was trained on.\n\n");
        sb.append(onSeeds.table()).append('\n');
        if (seedsHeldOut != null) {
            sb.append("### Seeds held out\n\n");
            sb.append("The seeds scored by a model trained, with the same settings, on the ")
                    .append(training.size() - seeds.size())
                    .append(" dev articles only: how the model does on the seeds when it has not seen them. The "
                            + "seed gold marks titles inside person names (\"US Secretary of State John Kerry\") and "
                            + "descriptions (\"the rebel-held east\") that the corpus annotations leave out.\n\n");
            sb.append(seedsHeldOut.table()).append('\n');
        }
        sb.append("### Held-out test split\n\n");
        if (onTest != null) {
            sb.append("The final model on the ").append(test.size())
                    .append(" test articles of `data/gold-dev/SPLIT.md`, never trained or tuned on ("
                            + "scored with `--test-report` for this report).\n\n");
            sb.append(onTest.table()).append('\n');
        } else {
            sb.append("Not measured in this run (`./ckg train --test-report` scores it).\n\n");
        }
        return sb.toString();
    }
}
