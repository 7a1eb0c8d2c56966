package org.conflictkg.extract.model;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes a {@link GazetteerFeatureGenerator} from the feature generator XML:
 * {@code <generator class="org.conflictkg.extract.model.GazetteerFeatureGeneratorFactory">
 * <str name="dict">gazetteer.dictionary</str></generator>}, the dictionary being a model resource.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    public GazetteerFeatureGeneratorFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            return null;
        }
        String key = getStr("dict");
        Object r = resourceManager.getResource(key);
        if (!(r instanceof Dictionary d)) {
            throw new InvalidFormatException("the model has no gazetteer dictionary " + key);
        }
        return new GazetteerFeatureGenerator(GazetteerFeatureGenerator.indexOf(d));
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        Map<String, ArtifactSerializer<?>> m = new HashMap<>();
        m.put(getStr("dict"), new DictionarySerializer());
        return m;
    }
}
