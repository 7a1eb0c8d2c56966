package org.conflictkg.link.online;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row in the gazetteer's file format: {@code qid label aliases type lat lon country_qid source},
 * tab-separated, aliases separated by {@code |}.
 */
public record GazetteerRow(String qid, String label, List<String> aliases, String type, Double lat, Double lon,
                           String countryQid, String source) {

    public static final String HEADER = "qid\tlabel\taliases\ttype\tlat\tlon\tcountry_qid\tsource";

    public GazetteerRow {
        aliases = List.copyOf(aliases);
    }

    /** The row as one line of the file (no line end). */
    public String tsv() {
        return String.join("\t", qid, label, String.join("|", aliases), type, coordinate(lat), coordinate(lon),
                countryQid == null ? "" : countryQid, source);
    }

    /** This row with the other row's aliases added (the other row names the same item). */
    public GazetteerRow withAliasesOf(GazetteerRow other) {
        List<String> all = new ArrayList<>(aliases);
        all.add(other.label);
        all.addAll(other.aliases);
        return new GazetteerRow(qid, label, WikidataGazetteer.cleanAliases(label, all), type,
                lat != null ? lat : other.lat, lon != null ? lon : other.lon,
                countryQid != null ? countryQid : other.countryQid, source);
    }

    private static String coordinate(Double d) {
        if (d == null) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.5f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
