package org.conflictkg.extract;

import org.conflictkg.ingest.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Publication dates for articles whose text names no year ("on Friday", "since July"), taken from
 * dated articles of the same run that report the same events. An undated article about the talks
 * of "Thursday night" on Aleppo and a dated one about the talks of Thursday 22 September 2016 tell
 * that the first was written on or after that Thursday; the weekday the text names most often then
 * gives its day, as for a full date in the text ({@link DateResolver#inferPublicationDate(String,
 * LocalDate)}).
 * <p>
 * Related articles share at least {@value #MIN_SHARED} linked places and actors. Each candidate day
 * (the {@value #MAX_CANDIDATES} days on which most of their events of a kind the article reports
 * fall) is tried by extracting the article again
 * as if published on or after it; the day whose extraction has most events of the same type on the
 * same day as a related one wins. No agreement, or a tie between days: no date, since a wrong year
 * is worse than none.
 */
public final class RelatedDates {

    /** Candidate days tried per undated article, the most supported first. */
    static final int MAX_CANDIDATES = 4;
    /** Linked places and actors two articles must share to be about the same events. */
    static final int MIN_SHARED = 3;

    /** An event of a dated article, reduced to its type and day. */
    record DatedEvent(String articleId, EventType type, LocalDate date) {
    }

    /** The dated articles of a run: their events with a day, and the linked places and actors each names. */
    public static final class Index {
        private final List<DatedEvent> events = new ArrayList<>();
        private final Map<String, Set<String>> qidsByArticle = new HashMap<>();

        /** Adds a dated extraction; undated ones are left out. */
        public synchronized void add(Extraction x) {
            if (x.article().pubDate() == null) {
                return;
            }
            Set<String> q = qids(x);
            if (q.size() < MIN_SHARED) {
                return;
            }
            for (Event e : x.events()) {
                if (e.date() != null && "day".equals(e.datePrecision())) {
                    events.add(new DatedEvent(x.article().id(), e.type(), e.date()));
                }
            }
            qidsByArticle.put(x.article().id(), q);
        }

        /** The events of the dated articles that share enough linked names with this one. */
        synchronized List<DatedEvent> relatedTo(Undated u) {
            Set<String> mine = u.qids();
            Set<String> related = new HashSet<>();
            for (Map.Entry<String, Set<String>> e : qidsByArticle.entrySet()) {
                if (!e.getKey().equals(u.article().id()) && shared(mine, e.getValue()) >= MIN_SHARED) {
                    related.add(e.getKey());
                }
            }
            List<DatedEvent> out = new ArrayList<>();
            for (DatedEvent d : events) {
                if (related.contains(d.articleId())) {
                    out.add(d);
                }
            }
            return out;
        }
    }

    private RelatedDates() {
    }

    /** Whether the article of an extraction has no publication date at all, so an anchor may help. */
    public static boolean undated(Extraction x) {
        return x.article().pubDate() == null;
    }

    /** What anchoring needs of an undated article, without its analysis: its text, kinds of event and linked names. */
    public record Undated(Article article, Set<EventType> types, Set<String> qids) {
        public static Undated of(Extraction x) {
            Set<EventType> types = new HashSet<>();
            for (Event e : x.events()) {
                types.add(e.type());
            }
            return new Undated(x.article(), Set.copyOf(types), Set.copyOf(RelatedDates.qids(x)));
        }
    }

    /** {@link #anchor(Undated, Index, Function)} for an extraction at hand. */
    public static Extraction anchor(Extraction undated, Index index, Function<Article, Extraction> extract) {
        return anchor(Undated.of(undated), index, extract);
    }

    /**
     * The undated article extracted again with the publication date its related articles imply, or
     * null when no candidate day, or more than one equally, makes its events agree with theirs.
     *
     * @param undated an extraction whose article has no publication date
     * @param index   the dated articles of the run
     * @param extract the pipeline, to extract the article again with a publication date
     */
    public static Extraction anchor(Undated undated, Index index, Function<Article, Extraction> extract) {
        Article a = undated.article();
        List<DatedEvent> related = index.relatedTo(undated);
        Set<EventType> types = undated.types();
        // candidate days: the days of related events of a kind the article reports, the most frequent first
        Map<LocalDate, Integer> support = new LinkedHashMap<>();
        for (DatedEvent d : related) {
            if (types.contains(d.type())) {
                support.merge(d.date(), 1, Integer::sum);
            }
        }
        List<LocalDate> days = new ArrayList<>(support.keySet());
        days.sort(Comparator.comparing((LocalDate d) -> -support.get(d)).thenComparing(Comparator.naturalOrder()));
        Extraction best = null;
        int bestScore = 0;
        boolean tie = false;
        for (LocalDate day : days.subList(0, Math.min(MAX_CANDIDATES, days.size()))) {
            LocalDate pub = DateResolver.inferPublicationDate(a.text(), day);
            if (pub == null) {
                continue;
            }
            Extraction x = extract.apply(a.withPubDate(pub, Article.DateSource.RELATED));
            int score = agreements(x, related);
            if (score > bestScore) {
                best = x;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0 && !x.article().pubDate().equals(best.article().pubDate())) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** How many events of the extraction have a related event of the same type on the same day. */
    static int agreements(Extraction x, List<DatedEvent> related) {
        int n = 0;
        for (Event e : x.events()) {
            if (e.date() == null) {
                continue;
            }
            for (DatedEvent d : related) {
                if (d.type() == e.type() && d.date().equals(e.date())) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** The Wikidata items of the places and actors an extraction names. */
    private static Set<String> qids(Extraction x) {
        Set<String> out = new HashSet<>();
        for (Entity e : x.entities()) {
            if (e.qid() != null) {
                out.add(e.qid());
            }
        }
        return out;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }
}
