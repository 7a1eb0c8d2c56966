package org.conflictkg.nlp;

import org.conflictkg.ingest.Article;

import java.util.List;

/** An article with its sentences, tokens, parts of speech, lemmas and chunks. */
public record AnalyzedText(Article article, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return article.text();
    }

    /** The sentence holding the given character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
