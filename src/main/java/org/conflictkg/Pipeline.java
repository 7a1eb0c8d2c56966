package org.conflictkg;

import org.conflictkg.extract.Extraction;
import org.conflictkg.extract.Extractor;
import org.conflictkg.ingest.Article;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.Analyzer;
import org.conflictkg.nlp.NlpModels;

/**
 * Text to extraction for one thread: the OpenNLP analysis, then the extractor. Models and the
 * gazetteer are shared; make one pipeline per thread.
 */
public final class Pipeline {
    private final Analyzer analyzer;
    private final Extractor extractor;

    public Pipeline(NlpModels models, Gazetteer gazetteer) {
        this.analyzer = models.analyzer(Analyzer.Stages.ALL);
        this.extractor = new Extractor(gazetteer);
    }

    public Extraction run(Article article) {
        return extractor.extract(analyzer.analyze(article));
    }
}
