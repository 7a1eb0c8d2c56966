package org.conflictkg.extract.model;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains an OpenNLP name finder (averaged perceptron by default, or maximum entropy) for the five
 * entity types on name samples, with the features of {@code ner-features.xml} and the gazetteer
 * dictionary as a model resource.
 */
public final class NameModelTrainer {
    public static final String FEATURES = "/org/conflictkg/extract/model/ner-features.xml";

    /**
     * Training settings: the algorithm (OpenNLP's {@code PERCEPTRON} or {@code MAXENT}), iterations and
     * feature cutoff.
     */
    public record Params(String algorithm, int iterations, int cutoff) {
        public static final Params DEFAULT = new Params("PERCEPTRON", 150, 1);

        public Params {
            if (!algorithm.equals("PERCEPTRON") && !algorithm.equals("MAXENT")) {
                throw new IllegalArgumentException("the algorithm is PERCEPTRON or MAXENT, not " + algorithm);
            }
            if (iterations < 1 || cutoff < 0) {
                throw new IllegalArgumentException("iterations must be at least 1 and the cutoff at least 0");
            }
        }
    }

    private final Dictionary gazetteer;
    private final byte[] features;
    private final Params params;

    public NameModelTrainer(Dictionary gazetteer, Params params) {
        this.gazetteer = gazetteer;
        this.params = params;
        this.features = featureDescriptor();
    }

    static byte[] featureDescriptor() {
        try (InputStream in = NameModelTrainer.class.getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new IllegalStateException("resource " + FEATURES + " missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Params params() {
        return params;
    }

    /** A model trained on the samples (one per sentence, a document's first clearing adaptive data). */
    public TokenNameFinderModel train(List<NameSample> samples) {
        if (samples.stream().noneMatch(s -> s.getNames().length > 0)) {
            throw new IllegalArgumentException("no names in the training samples");
        }
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, params.algorithm());
        p.put(TrainingParameters.ITERATIONS_PARAM, params.iterations());
        p.put(TrainingParameters.CUTOFF_PARAM, params.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, 1);
        Map<String, Object> resources = new HashMap<>();
        resources.put(GazetteerDictionary.RESOURCE, gazetteer);
        TokenNameFinderFactory factory = new TokenNameFinderFactory(features, resources, new BioCodec());
        try {
            return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), p, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("training failed: " + e.getMessage(), e);
        }
    }
}
