package org.conflictkg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.conflictkg.ingest.Article;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.Analyzer;
import org.conflictkg.nlp.NlpModels;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the entity stage over the seed articles and scores it against data/gold/seeds the way
 * score.py does (same QID, or equal names after normalising, then whole-word containment; one to
 * one). The floors sit a little under the figures reached, so regressions show.
 */
class SeedEntityScoreTest {
    // reached on 2026-11-25: entities 0.989, types 0.989, links P 1.000 R 0.918
    static final double MIN_ENTITY_F1 = 0.98;
    static final double MIN_TYPE_F1 = 0.98;
    static final double MIN_LINK_P = 0.98;
    static final double MIN_LINK_R = 0.90;

    record Ent(String text, String type, String qid, List<String> names) {
    }

    static String norm(String t) {
        if (t == null) {
            return "";
        }
        String s = Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        s = s.replaceAll("[\\u2010-\\u2015]", "-").replaceAll("'s\\b", "").replaceAll("[^a-z0-9\\- ]+", " ");
        s = s.replaceAll("\\s+", " ").strip().replaceFirst("^(the|a|an) ", "");
        return s;
    }

    static boolean namesMatch(String a, String b) {
        String na = norm(a);
        String nb = norm(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.equals(nb)) {
            return true;
        }
        String s = na.length() <= nb.length() ? na : nb;
        String l = na.length() <= nb.length() ? nb : na;
        return s.length() >= 3 && (" " + l + " ").contains(" " + s + " ");
    }

    static boolean match(Ent g, Ent s, boolean exact) {
        if (g.qid() != null && g.qid().equals(s.qid())) {
            return true;
        }
        for (String a : g.names()) {
            for (String b : s.names()) {
                if (exact ? norm(a).equals(norm(b)) && !norm(a).isEmpty() : namesMatch(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<Ent> gold(JsonNode doc) {
        List<Ent> out = new ArrayList<>();
        for (JsonNode e : doc.get("entities")) {
            List<String> names = new ArrayList<>();
            names.add(e.get("text").asText());
            if (e.hasNonNull("label")) {
                names.add(e.get("label").asText());
            }
            if (e.has("mentions")) {
                e.get("mentions").forEach(m -> names.add(m.asText()));
            }
            out.add(new Ent(e.get("text").asText(), e.get("type").asText(),
                    e.hasNonNull("qid") ? e.get("qid").asText() : null, names));
        }
        return out;
    }

    static List<Ent> system(List<Entity> es) {
        List<Ent> out = new ArrayList<>();
        for (Entity e : es) {
            List<String> names = new ArrayList<>();
            names.add(e.text());
            names.add(e.label());
            names.addAll(e.otherForms());
            out.add(new Ent(e.text(), e.type().name(), e.qid(), names));
        }
        return out;
    }

    @Test
    void seedArticlesScoreAboveTheFloors() throws Exception {
        Path data = Path.of("data");
        Gazetteer gaz = Gazetteer.load(Gazetteer.defaultFiles(data));
        EntityFinder finder = new EntityFinder(gaz);
        Analyzer analyzer = NlpModels.load().analyzer(Analyzer.Stages.ALL);
        ObjectMapper json = new ObjectMapper();
        ArticleReader reader = new ArticleReader();
        int tp = 0, fp = 0, fn = 0, typedTp = 0, nSys = 0, nGold = 0, linkOk = 0, linkBad = 0, linkGold = 0, linkHit = 0;
        StringBuilder log = new StringBuilder();
        try (var files = Files.list(data.resolve("articles"))) {
            for (Path f : files.sorted().toList()) {
                Path goldFile = data.resolve("gold/seeds").resolve(f.getFileName().toString().replace(".txt", ".json"));
                if (!Files.exists(goldFile)) {
                    continue;
                }
                List<Article> arts = new ArrayList<>();
                reader.read(f, r -> {
                    if (r instanceof ArticleReader.Read read) {
                        arts.add(read.article());
                    }
                });
                List<Ent> g = gold(json.readTree(goldFile.toFile()));
                List<Ent> s = system(finder.find(analyzer.analyze(arts.get(0))));
                List<Ent> left = new ArrayList<>(s);
                List<Ent[]> pairs = new ArrayList<>();
                List<Ent> unmatched = new ArrayList<>(g);
                for (boolean exact : new boolean[] {true, false}) {
                    List<Ent> rest = new ArrayList<>();
                    for (Ent ge : unmatched) {
                        Ent hit = null;
                        for (Ent se : left) {
                            if (match(ge, se, exact)) {
                                hit = se;
                                break;
                            }
                        }
                        if (hit != null) {
                            left.remove(hit);
                            pairs.add(new Ent[] {ge, hit});
                        } else {
                            rest.add(ge);
                        }
                    }
                    unmatched = rest;
                }
                tp += pairs.size();
                fp += left.size();
                fn += g.size() - pairs.size();
                nSys += s.size();
                nGold += g.size();
                for (Ent[] p : pairs) {
                    if (p[0].type().equals(p[1].type())) {
                        typedTp++;
                    }
                    if (p[0].qid() != null) {
                        linkGold++;
                        if (p[0].qid().equals(p[1].qid())) {
                            linkHit++;
                        }
                        if (p[1].qid() != null) {
                            if (p[0].qid().equals(p[1].qid())) {
                                linkOk++;
                            } else {
                                linkBad++;
                            }
                        }
                    }
                }
                for (Ent ge : unmatched) {
                    if (ge.qid() != null) {
                        linkGold++;
                    }
                    log.append(f.getFileName()).append(" missed ").append(ge.text()).append('\n');
                }
                for (Ent se : left) {
                    if (se.qid() != null) {
                        linkBad++;
                    }
                    log.append(f.getFileName()).append(" extra ").append(se.text()).append('\n');
                }
            }
        }
        double p = tp / (double) Math.max(1, tp + fp);
        double r = tp / (double) Math.max(1, tp + fn);
        double f1 = 2 * p * r / Math.max(1e-9, p + r);
        double tpP = typedTp / (double) Math.max(1, nSys);
        double tpR = typedTp / (double) Math.max(1, nGold);
        double typeF1 = 2 * tpP * tpR / Math.max(1e-9, tpP + tpR);
        double linkP = linkOk / (double) Math.max(1, linkOk + linkBad);
        double linkR = linkHit / (double) Math.max(1, linkGold);
        String report = String.format(Locale.ROOT, "entities F1 %.3f, types F1 %.3f, links P %.3f R %.3f%n%s",
                f1, typeF1, linkP, linkR, log);
        System.out.println(report);
        assertTrue(f1 >= MIN_ENTITY_F1, report);
        assertTrue(typeF1 >= MIN_TYPE_F1, report);
        assertTrue(linkP >= MIN_LINK_P, report);
        assertTrue(linkR >= MIN_LINK_R, report);
    }
}
