package org.conflictkg.extract.model;

import opennlp.tools.namefind.NameSample;
import org.conflictkg.nlp.Analyzer;
import org.conflictkg.nlp.AnalyzedText;

import java.util.List;

/**
 * An annotated article analysed once, with its gold names and its training samples.
 *
 * @param name    the article's file name without extension
 * @param text    the analysed article
 * @param gold    its names (character spans)
 * @param samples one name sample per sentence
 */
public record PreparedDoc(String name, AnalyzedText text, List<NameSpan> gold, List<NameSample> samples) {

    public PreparedDoc {
        gold = List.copyOf(gold);
        samples = List.copyOf(samples);
    }

    public static PreparedDoc of(BratCorpus.Doc doc, Analyzer analyzer, NameSamples.Alignment alignment) {
        AnalyzedText at = analyzer.analyze(doc.article());
        return new PreparedDoc(doc.name(), at, doc.names(), NameSamples.of(doc.name(), at, doc.names(), alignment));
    }
}
