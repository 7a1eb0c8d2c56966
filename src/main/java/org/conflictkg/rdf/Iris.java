package org.conflictkg.rdf;

import org.conflictkg.extract.Regexes;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.EntityType;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How resources are named. Actors and places are named by their Wikidata item, else by type and
 * name, so that the same actor or place is one resource in every article that names it. Events,
 * ceasefires and reports are named within their article.
 */
public final class Iris {
    private Iris() {
    }

    public static String article(String articleId) {
        return Vocab.ID + "article/" + articleId;
    }

    public static String graph(String articleId) {
        return Vocab.GRAPH + articleId;
    }

    public static String sentence(String articleId, int index) {
        return article(articleId) + "/sentence/" + index;
    }

    /** A stretch of text, named the NIF way by its character offsets. */
    public static String evidence(String articleId, int start, int end) {
        return article(articleId) + "#char=" + start + "," + end;
    }

    public static String entity(Entity e) {
        if (e.qid() != null) {
            return item(e.qid());
        }
        return entity(e.type(), e.label() != null ? e.label() : e.text());
    }

    /** The actor or place named by a Wikidata item. */
    public static String item(String qid) {
        return Vocab.ENTITY + qid;
    }

    public static String entity(EntityType type, String name) {
        return Vocab.ENTITY + type.name().toLowerCase(Locale.ROOT) + "/" + slug(name);
    }

    /** An unnamed actor ("rebels") or an unlinked place phrase, within its article. */
    public static String local(String articleId, String kind, String name) {
        return article(articleId) + "/" + kind + "/" + slug(name);
    }

    public static String event(String articleId, String key) {
        return Vocab.ID + "event/" + articleId + "/" + key;
    }

    public static String ceasefire(String articleId, String key) {
        return Vocab.ID + "ceasefire/" + articleId + "/" + key;
    }

    public static String report(String articleId, int n) {
        return Vocab.ID + "report/" + articleId + "/" + n;
    }

    public static String attribution(String articleId, int n) {
        return Vocab.ID + "attribution/" + articleId + "/" + n;
    }

    public static String role(String articleId, String entityKey, int n) {
        return Vocab.ID + "role/" + articleId + "/" + slug(entityKey) + "-" + n;
    }

    /** Lower case ASCII letters and digits joined by hyphens. */
    public static String slug(String name) {
        String s = Regexes.replaceAll(Normalizer.normalize(name, Normalizer.Form.NFKD), "\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        s = Regexes.replaceAll(s, "'s\\b", "");
        s = Regexes.replaceAll(s, "[^a-z0-9]+", "-");
        s = Regexes.replaceAll(s, "(^-+|-+$)", "");
        return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
    }
}
