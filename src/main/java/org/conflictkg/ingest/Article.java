package org.conflictkg.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from disk.
 *
 * @param id        stable identifier derived from the text (same text, same id)
 * @param source    file name (or file name and record number for JSON lines)
 * @param title     title when the input gives one, else null
 * @param url       source address when the input gives one, else null
 * @param pubDate   publication date: from the date line or the input record, else inferred, else null
 * @param dateSource where the publication date came from
 * @param text      the full text; every character offset in the system points into it
 * @param bodyStart offset of the first character after the date line (0 when there is none)
 */
public record Article(String id, String source, String title, String url, LocalDate pubDate,
                      DateSource dateSource, String text, int bodyStart) {

    /**
     * DATE_LINE and RECORD: given with the input; INFERRED: from the article's own text; RELATED: the
     * text gives no year, and the day comes from dated articles of the same run that report the same
     * events; UNKNOWN: none of these.
     */
    public enum DateSource { DATE_LINE, RECORD, INFERRED, RELATED, UNKNOWN }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dateSource, "dateSource");
    }

    public Article withPubDate(LocalDate date, DateSource how) {
        return new Article(id, source, title, url, date, how, text, bodyStart);
    }
}
