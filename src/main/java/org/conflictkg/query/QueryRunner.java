package org.conflictkg.query;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Runs a query against the database and writes its answer in a chosen format. */
public final class QueryRunner {

    public enum Format { TABLE, CSV, TSV, JSON, XML }

    private QueryRunner() {
    }

    /** Parses a query; a syntax error becomes one line naming the query. */
    public static Query parse(String name, String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(name + ": SPARQL syntax error: " + e.getMessage().replace('\n', ' '));
        }
    }

    public static void run(Dataset ds, Query query, Format format, OutputStream out) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    switch (format) {
                        case TABLE -> ResultSetFormatter.out(ps, rs, query.getPrologue());
                        case CSV -> ResultSetFormatter.outputAsCSV(ps, rs);
                        case TSV -> ResultSetFormatter.outputAsTSV(ps, rs);
                        case JSON -> ResultSetFormatter.outputAsJSON(ps, rs);
                        case XML -> ResultSetFormatter.outputAsXML(ps, rs);
                        default -> throw new IllegalStateException();
                    }
                } else if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    switch (format) {
                        case JSON -> ResultSetFormatter.outputAsJSON(ps, b);
                        case XML -> ResultSetFormatter.outputAsXML(ps, b);
                        default -> ps.println(b);
                    }
                } else if (query.isConstructType() || query.isDescribeType()) {
                    var m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    RDFDataMgr.write(ps, m, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
                } else {
                    throw new IllegalArgumentException("unsupported query form");
                }
            }
        });
        ps.flush();
    }

    public static Format format(String s) {
        try {
            return Format.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (table, csv, tsv, json, xml)");
        }
    }
}
