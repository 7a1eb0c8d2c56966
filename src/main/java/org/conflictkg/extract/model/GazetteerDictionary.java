package org.conflictkg.extract.model;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.conflictkg.link.Gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The gazetteer as a model resource: an OpenNLP {@link Dictionary} whose entries are pairs
 * {@code (kind, key)}, the kind of the row (country, city, admin1, armed_group, ...; a country's
 * other names and demonyms are {@code country_alias}) and the name in {@link Gazetteer#key} form.
 * It travels inside the model file, so a model finds with the gazetteer it was trained with.
 */
public final class GazetteerDictionary {
    /** The resource name in the model (the extension selects OpenNLP's dictionary serializer). */
    public static final String RESOURCE = "gazetteer.dictionary";

    private GazetteerDictionary() {
    }

    /** Reads gazetteer TSV files ({@code qid label aliases kind ...}). */
    public static Dictionary build(List<Path> files) {
        Dictionary d = new Dictionary(true);
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("qid\t")) {
                        continue;
                    }
                    String[] c = line.split("\t", -1);
                    if (c.length < 4 || c[3].isBlank()) {
                        continue;
                    }
                    String kind = c[3].strip();
                    add(d, kind, c[1]);
                    if (!c[2].isBlank()) {
                        for (String alias : c[2].split("\\|")) {
                            add(d, kind.equals("country") ? "country_alias" : kind, alias);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + f + ": " + e.getMessage(), e);
            }
        }
        return d;
    }

    /** Adds a name unless it is no name: without a capital letter ("label", "tannin") or under two letters. */
    static void add(Dictionary d, String kind, String name) {
        String n = name.strip();
        if (n.codePoints().noneMatch(Character::isUpperCase)) {
            return;
        }
        String key = Gazetteer.key(n);
        if (key.codePoints().filter(Character::isLetter).count() < 2) {
            return;
        }
        d.put(new StringList(kind, key));
    }
}
