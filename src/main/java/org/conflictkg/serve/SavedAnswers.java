package org.conflictkg.serve;

import org.conflictkg.query.SavedQuery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Prepares the answers of the saved queries in the {@link AnswerCache}, so that a researcher who
 * opens a saved query on the page gets its answer in the time of a kept one, even the first time.
 * <p>
 * Once the server has started, and again whenever a write has changed the data and the data has
 * then stayed unchanged for a moment, a background thread asks the server for each saved query
 * (those that need no network) exactly as the page asks ({@link Server#pageQuery}). Answers still current are hits and cost
 * nothing; the others are computed once by the engine and kept. The queries go one at a time, so
 * preparing takes one core at most.
 */
final class SavedAnswers {
    private final List<SavedQuery> queries;
    private final LongSupplier generation;
    private final long pollMillis;
    private final java.util.function.LongConsumer prepared;
    private volatile Thread thread;

    /**
     * @param queries    the saved queries; those that need a network are left out
     * @param generation the data's generation (see {@link AnswerCache#tdb2Generation})
     * @param pollMillis how often to look for changed data; data must stay unchanged this long before
     *                   its answers are prepared
     */
    SavedAnswers(List<SavedQuery> queries, LongSupplier generation, long pollMillis) {
        this(queries, generation, pollMillis, gen -> { });
    }

    /**
     * @param prepared told the generation whose answers have all been prepared (to keep them for the next start)
     */
    SavedAnswers(List<SavedQuery> queries, LongSupplier generation, long pollMillis, java.util.function.LongConsumer prepared) {
        this.queries = queries.stream().filter(q -> !q.needsNetwork()).toList();
        this.generation = generation;
        this.pollMillis = pollMillis;
        this.prepared = prepared;
    }

    /** Starts preparing answers against the dataset's query endpoint, e.g. {@code http://127.0.0.1:3030/conflict/sparql}. */
    synchronized void start(URI endpoint) {
        if (queries.isEmpty() || thread != null) {
            return;
        }
        Thread t = new Thread(() -> run(endpoint), "ckg-saved-answers");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        thread = t;
        t.start();
    }

    synchronized void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
        }
    }

    private void run(URI endpoint) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long seen = generation.getAsLong();
        long prepared = -1; // the generation whose answers were last all asked for (-1: none yet)
        try {
            while (thread == Thread.currentThread()) {
                long now = generation.getAsLong();
                // prepare at start, and after a write once the data has stopped changing for a poll
                if (now != prepared && (now == seen || prepared < 0)) {
                    if (prepare(http, endpoint) && generation.getAsLong() == now) {
                        this.prepared.accept(now);
                    }
                    prepared = now;
                }
                seen = now;
                Thread.sleep(pollMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks for every saved query's answer; whether all were answered. */
    private boolean prepare(HttpClient http, URI endpoint) throws InterruptedException {
        boolean all = true;
        for (SavedQuery q : queries) {
            if (thread != Thread.currentThread()) {
                return false;
            }
            try {
                HttpResponse<Void> r = http.send(Server.pageQuery(endpoint, q.text()).build(), HttpResponse.BodyHandlers.discarding());
                all &= r.statusCode() == 200;
            } catch (IOException e) {
                // the server is stopping, or the query failed: the page will ask the engine itself
                return false;
            }
        }
        return all;
    }
}
