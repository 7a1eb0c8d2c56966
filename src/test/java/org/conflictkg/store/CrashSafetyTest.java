package org.conflictkg.store;

import org.apache.jena.graph.Graph;
import org.conflictkg.Settings;
import org.conflictkg.rdf.CKG;
import org.conflictkg.rdf.Vocab;
import org.conflictkg.ingest.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed with SIGKILL at random moments leaves a database that opens and holds whole
 * articles only, each identical to the article's graph in a clean build; building again completes
 * it, with the same graphs as the clean build and nothing duplicated.
 */
class CrashSafetyTest {

    private static final int KILLS = 3;
    private static final int ARTICLES = 8;

    @TempDir
    Path tmp;

    @Test
    void killedBuildsLeaveWholeArticlesAndRebuildCompletesIt() throws Exception {
        Settings settings = Settings.fromEnvironment();
        Path corpus = corpus(settings, tmp.resolve("corpus"));
        int articles = ArticleReader.listInputs(List.of(corpus)).size();

        // the reference: a clean build, run to the end
        Path cleanDb = tmp.resolve("clean");
        assertEquals(0, build(settings, cleanDb, corpus, -1, 0), "clean build");
        Map<String, Graph> clean;
        try (GraphStore store = GraphStore.openExisting(cleanDb)) {
            clean = GraphSnapshot.of(store);
        }
        assertEquals(articles, clean.keySet().stream().filter(GraphSnapshot::isArticleGraph).count(),
                "one graph per article");
        assertTrue(clean.containsKey(Vocab.ONTOLOGY_GRAPH) && clean.containsKey(Vocab.ENTITIES_GRAPH),
                "the ontology and the actors and places beside them");

        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path db = tmp.resolve("db");
        List<String> log = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            // after a random number of articles went through (so among the commits), plus up to 150 ms;
            // the progress bar is redrawn every 250 ms, so it may show fewer than went through
            int after = random.nextInt(ARTICLES - 1);
            long delay = random.nextInt(150);
            int status = build(settings, db, corpus, after, delay);
            int k0 = k;
            int whole = 0;
            if (GraphStore.exists(db)) {
                try (GraphStore store = GraphStore.open(db)) {
                    Map<String, Graph> now = GraphSnapshot.of(store);
                    for (Map.Entry<String, Graph> e : now.entrySet()) {
                        if (e.getKey().equals(EventMerger.GRAPH)) {
                            continue; // derived after each build from the article graphs; checked after the rebuild
                        }
                        Graph expected = clean.get(e.getKey());
                        if (e.getKey().equals(Vocab.ENTITIES_GRAPH)) {
                            // the descriptions of the actors and places of the articles stored so far
                            e.getValue().find().forEachRemaining(t -> assertTrue(expected.contains(t), "after kill "
                                    + k0 + " (seed " + seed + "): a description the clean build has not: " + t));
                            continue;
                        }
                        assertNotNull(expected, "after kill " + k + " (seed " + seed + "): unknown graph " + e.getKey());
                        if (GraphSnapshot.isArticleGraph(e.getKey())) {
                            GraphSnapshot.assertWholeArticle(e.getKey(), e.getValue());
                            whole++;
                        }
                        if (datedByRelated(expected)) {
                            // stored undated first, dated once the whole build has seen its related articles
                            continue;
                        }
                        assertTrue(expected.isIsomorphicWith(e.getValue()), "after kill " + k + " (seed " + seed
                                + "): graph " + e.getKey() + " is not the clean build's");
                    }
                    GraphSnapshot.assertNamedAreDescribed(now, "after kill " + k + " (seed " + seed + ")");
                }
            }
            log.add((status == KILLED ? "killed " + delay + " ms after article " + after : "ended before the kill")
                    + ", " + whole + " whole articles stored");
        }
        System.out.println("crash safety (seed " + seed + "): " + String.join("; ", log));

        assertEquals(0, build(settings, db, corpus, -1, 0), "the build after the kills completes");
        try (GraphStore store = GraphStore.openExisting(db)) {
            GraphSnapshot.assertSameGraphs(clean, GraphSnapshot.of(store), "rebuilt after kills");
            long cleanQuads = clean.values().stream().mapToLong(Graph::size).sum();
            assertEquals(cleanQuads, store.quadCount(), "no duplicate facts");
        }
    }

    /** Whether an article graph's publication date came from related articles of the build. */
    private static boolean datedByRelated(Graph g) {
        return g.contains(org.apache.jena.graph.Node.ANY, CKG.publicationDateSource.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralString("RELATED"));
    }

    private static final int KILLED = -9;

    /**
     * Runs {@code ckg build} in a child JVM and returns its exit status. With {@code killAfter} of 0
     * or more, watches its progress bar and kills it with SIGKILL {@code delayMillis} after that many
     * articles went through (returns {@link #KILLED}), unless it ended before.
     */
    private static int build(Settings settings, Path db, Path corpus, int killAfter, long delayMillis)
            throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // short-lived JVMs: the C1 compiler alone and the serial collector halve their CPU time
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dckg.home=" + settings.home(),
                "-cp", cp, "org.conflictkg.cli.Main", "build", "--threads", "2", "--batch", "2",
                "--db", db.toString(), corpus.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        AtomicInteger done = new AtomicInteger(-1);
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            Pattern progress = Pattern.compile("(\\d+)/" + ARTICLES + "\\b");
            StringBuilder line = new StringBuilder();
            try (var in = new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
                int c;
                while ((c = in.read()) >= 0) {
                    if (c == '\r' || c == '\n') {
                        Matcher m = progress.matcher(line);
                        if (m.find()) {
                            done.set(Integer.parseInt(m.group(1)));
                        } else if (!line.isEmpty()) {
                            synchronized (output) {
                                output.append(line).append('\n');
                            }
                        }
                        line.setLength(0);
                    } else {
                        line.append((char) c);
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            if (killAfter >= 0) {
                while (done.get() < killAfter && p.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                if (p.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
                    return p.exitValue();
                }
                p.destroyForcibly(); // SIGKILL on Unix
                p.waitFor(30, TimeUnit.SECONDS);
                return KILLED;
            }
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                throw new AssertionError("build did not end within 180 s");
            }
            reader.join(5000);
            int status = p.exitValue();
            if (status != 0) {
                synchronized (output) {
                    System.out.println(output);
                }
            }
            return status;
        } finally {
            p.destroyForcibly();
        }
    }

    /** Variants of the articles in data/articles, each with its own content id (a sentence added). */
    private static Path corpus(Settings settings, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> originals = ArticleReader.listInputs(List.of(settings.articles()));
        int n = 0;
        for (int variant = 1; n < ARTICLES; variant++) {
            for (Path f : originals) {
                String text = Files.readString(f, StandardCharsets.UTF_8).stripTrailing();
                Files.writeString(dir.resolve(String.format("%02d-%s", n, f.getFileName())),
                        text + "\n\nThe report was updated " + variant + " times.\n", StandardCharsets.UTF_8);
                if (++n == ARTICLES) {
                    break;
                }
            }
        }
        return dir;
    }
}
