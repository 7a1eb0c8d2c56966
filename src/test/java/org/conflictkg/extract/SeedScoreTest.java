package org.conflictkg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.conflictkg.Pipeline;
import org.conflictkg.Settings;
import org.conflictkg.ingest.Article;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.json.ExtractionJson;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the five seed articles and scores the events and ceasefires against the gold with the
 * matching rules of FORMAT.md (as score.py does), so that a regression fails the build.
 */
class SeedScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, JsonNode> gold;
    /** System output with the publication dates the extractor infers itself, alone and from related seeds (as {@code eval} runs). */
    private static Map<String, JsonNode> inferred;
    /** System output when the publication date is given (from the gold) for articles without a date line. */
    private static Map<String, JsonNode> dated;

    @BeforeAll
    static void run() throws Exception {
        Path home = Settings.fromEnvironment().home();
        Path goldDir = home.resolve("data/gold/seeds");
        gold = new LinkedHashMap<>();
        try (var files = Files.list(goldDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode g = JSON.readTree(p.toFile());
                gold.put(g.get("doc").asText(), g);
            }
        }
        Pipeline pipeline = new Pipeline(NlpModels.load(), Gazetteer.load(Gazetteer.defaultFiles(home.resolve("data"))));
        inferred = new LinkedHashMap<>();
        dated = new LinkedHashMap<>();
        ArticleReader reader = new ArticleReader();
        RelatedDates.Index index = new RelatedDates.Index();
        List<Extraction> undated = new java.util.ArrayList<>();
        for (Path f : ArticleReader.listInputs(List.of(home.resolve("data/articles")))) {
            reader.read(f, r -> {
                if (r instanceof ArticleReader.Read read) {
                    Article a = read.article();
                    Extraction ex = pipeline.run(a);
                    index.add(ex);
                    if (RelatedDates.undated(ex)) {
                        undated.add(ex);
                    }
                    JsonNode x = ExtractionJson.toJson(ex);
                    inferred.put(x.get("doc").asText(), x);
                    JsonNode g = gold.get(x.get("doc").asText());
                    if (a.pubDate() == null && g != null) {
                        a = a.withPubDate(LocalDate.parse(g.get("pub_date").asText()), Article.DateSource.RECORD);
                        x = ExtractionJson.toJson(pipeline.run(a));
                    }
                    dated.put(x.get("doc").asText(), x);
                }
            });
        }
        for (Extraction u : undated) {
            Extraction x = RelatedDates.anchor(u, index, pipeline::run);
            if (x != null) {
                JsonNode j = ExtractionJson.toJson(x);
                inferred.put(j.get("doc").asText(), j);
            }
        }
    }

    @Test
    void eventsMentionsCeasefiresAndFatalitiesMeetTheTargets() {
        Score s = score(gold, inferred);
        System.out.println("seed scores (inferred pub dates): " + s);
        assertTrue(s.events() >= 0.95, "events F1 " + s.events());
        assertTrue(s.mentions() >= 0.93, "event mentions F1 " + s.mentions());
        assertTrue(s.ceasefires() >= 0.95, "ceasefires F1 " + s.ceasefires());
        assertTrue(s.fatalities() >= 0.95, "fatalities accuracy " + s.fatalities());
        assertTrue(s.status() >= 0.95, "ceasefire status accuracy " + s.status());
        assertTrue(s.brokers() >= 0.95, "ceasefire brokers F1 " + s.brokers());
        assertTrue(s.places() >= 0.75, "event places F1 " + s.places());
        assertTrue(s.agents() >= 0.88, "event agents F1 " + s.agents());
        // without a date line, two seed articles give no year (dated from the other seeds that report
        // the same talks) and one only an earlier caption date
        assertTrue(s.dates() >= 0.70, "event date accuracy " + s.dates());
    }

    @Test
    void eventDatesAreRightWhenThePublicationDateIsKnown() {
        Score s = score(gold, dated);
        System.out.println("seed scores (given pub dates): " + s);
        assertTrue(s.dates() >= 0.95, "event date accuracy " + s.dates());
        assertTrue(s.events() >= 0.95, "events F1 " + s.events());
    }

    // ------------------------------------------------------------------ the matching of FORMAT.md

    record Score(double events, double mentions, double ceasefires, double dates, double fatalities, double status,
                 double brokers, double places, double agents) {
    }

    static Score score(Map<String, JsonNode> goldDocs, Map<String, JsonNode> sysDocs) {
        int[] ev = new int[3];
        int[] em = new int[3];
        int[] cf = new int[3];
        int[] br = new int[3];
        int[] date = new int[2];
        int[] fat = new int[2];
        int[] st = new int[2];
        int[] pl = new int[3];
        int[] ag = new int[3];
        for (var entry : goldDocs.entrySet()) {
            JsonNode g = entry.getValue();
            JsonNode s = sysDocs.get(entry.getKey());
            List<JsonNode> left = list(s == null ? null : s.get("events"));
            int matched = 0;
            for (JsonNode ge : list(g.get("events"))) {
                for (int i = 0; i < left.size(); i++) {
                    JsonNode se = left.get(i);
                    if (se.get("type").asText().equals(ge.get("type").asText()) && sameEvent(ge, se)) {
                        matched++;
                        left.remove(i);
                        int[] p = setMatch(names(ge.get("places")), names(se.get("places")));
                        int[] q = setMatch(names(ge.get("agents")), names(se.get("agents")));
                        for (int k = 0; k < 3; k++) {
                            pl[k] += p[k];
                            ag[k] += q[k];
                        }
                        if (!ge.path("date").isNull() && !ge.path("date").isMissingNode()) {
                            date[1]++;
                            date[0] += ge.get("date").asText().equals(se.path("date").asText(null)) ? 1 : 0;
                        }
                        if (!ge.path("fatalities").isNull() && !ge.path("fatalities").isMissingNode()) {
                            fat[1]++;
                            fat[0] += se.path("fatalities").isInt() && se.get("fatalities").asInt() == ge.get("fatalities").asInt() ? 1 : 0;
                        }
                        break;
                    }
                }
            }
            ev[0] += matched;
            ev[1] += left.size();
            ev[2] += list(g.get("events")).size() - matched;
            List<String[]> gm = mentions(g);
            List<String[]> sm = mentions(s);
            int tp = 0;
            for (String[] m : gm) {
                for (int i = 0; i < sm.size(); i++) {
                    if (sm.get(i)[0].equals(m[0]) && sameSentence(m[1], sm.get(i)[1])) {
                        tp++;
                        sm.remove(i);
                        break;
                    }
                }
            }
            em[0] += tp;
            em[1] += sm.size();
            em[2] += gm.size() - tp;
            List<JsonNode> cleft = list(s == null ? null : s.get("ceasefires"));
            int cm = 0;
            for (JsonNode gc : list(g.get("ceasefires"))) {
                for (int i = 0; i < cleft.size(); i++) {
                    JsonNode sc = cleft.get(i);
                    boolean shared = false;
                    for (String a : sentences(gc)) {
                        for (String b : sentences(sc)) {
                            shared |= sameSentence(a, b);
                        }
                    }
                    String gs = gc.path("start").asText(null);
                    if (shared || gs != null && !gc.path("start").isNull() && gs.equals(sc.path("start").asText(null))) {
                        cm++;
                        cleft.remove(i);
                        int[] b = setMatch(names(gc.get("brokers")), names(sc.get("brokers")));
                        br[0] += b[0];
                        br[1] += b[1];
                        br[2] += b[2];
                        st[1]++;
                        st[0] += gc.path("status").asText().equals(sc.path("status").asText()) ? 1 : 0;
                        break;
                    }
                }
            }
            cf[0] += cm;
            cf[1] += cleft.size();
            cf[2] += list(g.get("ceasefires")).size() - cm;
        }
        return new Score(f1(ev), f1(em), f1(cf), ratio(date), ratio(fat), ratio(st), f1(br), f1(pl), f1(ag));
    }

    private static double f1(int[] c) {
        double p = c[0] + c[1] == 0 ? (c[2] == 0 ? 1 : 0) : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int[] c) {
        return c[1] == 0 ? 1 : (double) c[0] / c[1];
    }

    private static List<JsonNode> list(JsonNode arr) {
        List<JsonNode> out = new ArrayList<>();
        if (arr != null && arr.isArray()) {
            arr.forEach(out::add);
        }
        return out;
    }

    private static List<String> names(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list(arr)) {
            out.add(n.asText());
        }
        return out;
    }

    private static List<String> sentences(JsonNode e) {
        List<String> out = new ArrayList<>();
        out.add(e.get("sentence").asText());
        for (JsonNode m : list(e.get("mentions"))) {
            if (!m.asText().isEmpty()) {
                out.add(m.asText());
            }
        }
        return out;
    }

    private static boolean sameEvent(JsonNode g, JsonNode s) {
        for (String a : sentences(g)) {
            for (String b : sentences(s)) {
                if (sameSentence(a, b)) {
                    return true;
                }
            }
        }
        String gd = g.path("date").isNull() ? null : g.path("date").asText(null);
        String sd = s.path("date").isNull() ? null : s.path("date").asText(null);
        return gd != null && gd.equals(sd) && setMatch(names(g.get("places")), names(s.get("places")))[0] > 0;
    }

    private static List<String[]> mentions(JsonNode doc) {
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (doc == null) {
            return out;
        }
        for (JsonNode e : list(doc.get("events"))) {
            for (String s : sentences(e)) {
                String key = e.get("type").asText() + "|" + String.join(" ", new java.util.TreeSet<>(tokens(s)));
                if (seen.add(key)) {
                    out.add(new String[] {e.get("type").asText(), s});
                }
            }
        }
        return out;
    }

    static String norm(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        t = t.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        t = t.replaceAll("[\u2010-\u2015]", "-").replaceAll("'s\\b", "").replaceAll("[^a-z0-9\\- ]+", " ");
        t = t.replaceAll("\\s+", " ").strip().replaceFirst("^(the|a|an) ", "");
        return t;
    }

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    static Set<String> tokens(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(norm(text));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static boolean sameSentence(String a, String b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        Set<String> inter = new HashSet<>(ta);
        inter.retainAll(tb);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        if ((double) inter.size() / union.size() >= 0.5) {
            return true;
        }
        return inter.size() >= 5 && inter.size() == Math.min(ta.size(), tb.size());
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
        return s.length() >= 3 && Pattern.compile("(^| )" + Pattern.quote(s) + "( |$)").matcher(l).find();
    }

    static int[] setMatch(List<String> g, List<String> s) {
        List<String> left = new ArrayList<>(s);
        int tp = 0;
        for (String x : g) {
            for (int i = 0; i < left.size(); i++) {
                if (namesMatch(x, left.get(i))) {
                    tp++;
                    left.remove(i);
                    break;
                }
            }
        }
        return new int[] {tp, left.size(), g.size() - tp};
    }
}
