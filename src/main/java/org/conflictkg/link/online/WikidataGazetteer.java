package org.conflictkg.link.online;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.SortCondition;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.conflictkg.link.Gazetteer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gazetteer rows from a Wikidata SPARQL endpoint: runs {@link GazetteerQuery gazetteer queries}
 * page by page (LIMIT/OFFSET over a stable ORDER BY) and maps each answer row to a
 * {@link GazetteerRow} with {@code source} = {@value #SOURCE}.
 */
public final class WikidataGazetteer {
    public static final URI DEFAULT_ENDPOINT = URI.create("https://query.wikidata.org/sparql");
    public static final String SOURCE = "wikidata_sparql";
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    /** Requests per query at most (a runaway paging loop stops here). */
    static final int MAX_PAGES = 200;
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern POINT = Pattern.compile(
            "^\\s*Point\\(\\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\\s+(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\\s*\\)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final URI endpoint;
    private final HttpFetcher http;
    private int requests;

    public WikidataGazetteer(URI endpoint, HttpFetcher http) {
        this.endpoint = endpoint;
        this.http = http;
    }

    /** Requests sent so far. */
    public int requests() {
        return requests;
    }

    /**
     * Runs one query (every split value, every page) and returns its rows, one per item.
     *
     * @throws NoNetworkException when the endpoint cannot be reached
     * @throws RemoteException    when it answers with an error or not in time
     */
    public List<GazetteerRow> run(GazetteerQuery gq) {
        Map<String, GazetteerRow> rows = new LinkedHashMap<>();
        for (String text : gq.texts()) {
            Query query = parse(gq, text);
            for (int page = 0; page < MAX_PAGES; page++) {
                query.setLimit(gq.page());
                query.setOffset((long) page * gq.page());
                int n = 0;
                for (QuerySolution s : select(gq, query)) {
                    n++;
                    GazetteerRow r = toRow(s, gq.type());
                    if (r != null) {
                        rows.merge(r.qid(), r, GazetteerRow::withAliasesOf);
                    }
                }
                if (n < gq.page()) {
                    break;
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static Query parse(GazetteerQuery gq, String text) {
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(gq.name() + ": SPARQL syntax error: "
                    + e.getMessage().replaceAll("\\s+", " "));
        }
        if (!q.isSelectType() || !q.getResultVars().contains("item") || !q.getResultVars().contains("label")) {
            throw new IllegalArgumentException(gq.name() + ": a gazetteer query must be a SELECT of ?item and ?label");
        }
        if (!q.hasOrderBy()) {
            q.addOrderBy(new SortCondition(Var.alloc("item"), Query.ORDER_ASCENDING));
        }
        return q;
    }

    private List<QuerySolution> select(GazetteerQuery gq, Query query) {
        requests++;
        String body = "query=" + URLEncoder.encode(query.serialize(), StandardCharsets.UTF_8);
        String answer;
        try {
            answer = http.postForm(endpoint, body, "application/sparql-results+json");
        } catch (RemoteException e) {
            throw new RemoteException(gq.name() + ": " + e.getMessage(), e);
        }
        try {
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
            List<QuerySolution> out = new ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        } catch (RuntimeException e) {
            throw new RemoteException(gq.name() + ": the endpoint's answer is not SPARQL JSON results: "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
        }
    }

    /** One answer row as a gazetteer row, or null when it has no usable item or English label. */
    static GazetteerRow toRow(QuerySolution s, String type) {
        String qid = qid(s.get("item"));
        RDFNode labelNode = s.get("label");
        if (qid == null || labelNode == null || !labelNode.isLiteral()) {
            return null;
        }
        String label = clean(labelNode.asLiteral().getLexicalForm());
        if (label.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String var : List.of("aliases", "demonyms")) {
            RDFNode n = s.get(var);
            if (n != null && n.isLiteral()) {
                names.addAll(List.of(n.asLiteral().getLexicalForm().split("\\|")));
            }
        }
        Double lat = null;
        Double lon = null;
        RDFNode coord = s.get("coord");
        if (coord != null && coord.isLiteral()) {
            Matcher m = POINT.matcher(coord.asLiteral().getLexicalForm());
            if (m.matches()) {
                double x = Double.parseDouble(m.group(1));
                double y = Double.parseDouble(m.group(2));
                if (Math.abs(y) <= 90 && Math.abs(x) <= 180) {
                    lon = x;
                    lat = y;
                }
            }
        }
        String country = type.equals("country") ? qid : qid(s.get("countryOf"));
        return new GazetteerRow(qid, label, cleanAliases(label, names), type, lat, lon, country, SOURCE);
    }

    /** The QID of a Wikidata item IRI, or null. */
    static String qid(RDFNode n) {
        if (n == null || !n.isURIResource() || !n.asResource().getURI().startsWith(ENTITY)) {
            return null;
        }
        String local = n.asResource().getURI().substring(ENTITY.length());
        return QID.matcher(local).matches() ? local : null;
    }

    /** Aliases without blanks, duplicates (as the gazetteer compares names) or the label itself. */
    static List<String> cleanAliases(String label, Collection<String> names) {
        Set<String> seen = new HashSet<>();
        seen.add(Gazetteer.key(label));
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String a = clean(n);
            if (a.length() < 2) {
                continue;
            }
            if (seen.add(Gazetteer.key(a))) {
                out.add(a);
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s.replace('|', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Adds the rows of one query to the collected rows: a QID seen before only gains aliases. */
    public static void merge(Map<String, GazetteerRow> into, Collection<GazetteerRow> rows) {
        for (GazetteerRow r : rows) {
            into.merge(r.qid(), r, GazetteerRow::withAliasesOf);
        }
    }

    /** Writes rows in the gazetteer format (comment lines first), replacing the file at once. */
    public static void write(Path out, List<String> comments, Collection<GazetteerRow> rows) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".gazetteer", ".tsv");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String c : comments) {
                    w.write("# " + c.replaceAll("\\s+", " ") + "\n");
                }
                w.write(GazetteerRow.HEADER + "\n");
                for (GazetteerRow r : rows) {
                    w.write(r.tsv() + "\n");
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
