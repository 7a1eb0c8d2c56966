package org.conflictkg.load;

import org.conflictkg.Settings;
import org.conflictkg.TestGraph;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.query.SavedQuery;
import org.conflictkg.store.GraphBuilder;
import org.conflictkg.store.GraphStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The saved queries (all but the ones that need the network) from 16 concurrent connections for
 * 60 s against {@code ckg serve} running in its own JVM on the loopback address: no errors; prints
 * p50, p99 and the server's peak resident memory. Excluded from {@code mvn test}; run it with
 * {@code mvn -B test -Pload}. {@code -Dckg.load.seconds} and {@code -Dckg.load.clients} change the
 * duration and the number of connections.
 */
@Tag("load")
class LoadTest {

    private static final int CLIENTS = Integer.getInteger("ckg.load.clients", 16);
    private static final int SECONDS = Integer.getInteger("ckg.load.seconds", 60);
    /** A bound on requests per client, besides the time bound. */
    private static final int MAX_REQUESTS_PER_CLIENT = 200_000;
    private static final String SERVER_XMX = "1g";

    @Test
    void savedQueriesUnderLoad() throws Exception {
        Settings settings = Settings.fromEnvironment();
        Path db = settings.home().resolve("target/load-db");
        List<Path> inputs = new ArrayList<>(List.of(settings.articles()));
        Path shared = settings.home().resolve("../shared/corpus/articles");
        if (Files.isDirectory(shared)) {
            inputs.add(shared);
        }
        int articles = buildDatabase(settings, db, inputs);

        List<SavedQuery> queries = new ArrayList<>();
        for (SavedQuery q : SavedQuery.all(settings.queries())) {
            if (!q.needsNetwork()) {
                queries.add(q);
            }
        }
        assertTrue(queries.size() >= 5, "saved queries: " + queries.size());

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = settings.home().resolve("target/load-server.log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + SERVER_XMX, "-Dckg.home=" + settings.home(), "-cp", cp, "org.conflictkg.cli.Main", "serve",
                "--db", db.toString(), "--port", String.valueOf(port), "--host", "127.0.0.1", "--timeout", "30")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MemoryWatch memory = new MemoryWatch(server.pid());
        HeapWatch heap = new HeapWatch(server.pid());
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            waitForPing(http, base, server, log);
            memory.start();
            heap.start();

            List<HttpRequest> requests = new ArrayList<>();
            for (SavedQuery q : queries) {
                requests.add(HttpRequest.newBuilder(URI.create(base + "/conflict/sparql?query="
                                + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build());
            }
            // warm-up, not measured: each query once, and each must answer
            for (int i = 0; i < requests.size(); i++) {
                HttpResponse<Void> w = http.send(requests.get(i), HttpResponse.BodyHandlers.discarding());
                assertEquals(200, w.statusCode(), "warm-up: " + queries.get(i).name());
            }
            String loadBefore = loadAverage();
            Result r = run(http, requests, queries);
            memory.stop();
            heap.stop();
            long peakKb = memory.peakKb();

            String report = String.format(java.util.Locale.ROOT,
                    "load test %s: %d saved queries, %d clients, %d s, database of %d articles; %d requests "
                            + "(%.0f/s), %d errors; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; server peak "
                            + "resident memory %d MiB, peak heap in use %s (-Xmx%s); %d cores, load average "
                            + "before/after %s/%s",
                    LocalDate.now(ZoneOffset.UTC), queries.size(), CLIENTS, SECONDS, articles, r.count(),
                    r.count() / r.seconds(), r.errors(), r.percentile(50), r.percentile(99), r.percentile(100),
                    peakKb / 1024, heap.peakMb() < 0 ? "?" : heap.peakMb() + " MiB", SERVER_XMX, Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
            System.out.println(report);
            r.slowest().forEach((k, v) -> System.out.printf("  %s p50 %.1f ms%n", k, v));
            r.firstErrors().forEach(e -> System.out.println("  error: " + e));
            Files.writeString(settings.home().resolve("target/load-report.txt"), report + "\n");

            assertEquals(0, r.errors(), "errors: " + r.firstErrors());
            assertTrue(r.count() >= CLIENTS, "requests: " + r.count());
            assertTrue(server.isAlive(), "the server is still up");
        } finally {
            memory.stop();
            heap.stop();
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** The one-minute load average (Linux), to read the figures against what else ran on the machine. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static int buildDatabase(Settings settings, Path db, List<Path> inputs) throws IOException {
        TestGraph.delete(db);
        List<Path> files = ArticleReader.listInputs(inputs);
        try (GraphStore store = GraphStore.open(db)) {
            store.loadOntology(settings.ontology().resolve("conflict.ttl"));
            GraphBuilder.Report report = new GraphBuilder(NlpModels.load(),
                    Gazetteer.load(Gazetteer.defaultFiles(settings.data())), GraphBuilder.Options.defaults(), null)
                    .build(files, store, s -> { }, msg -> { });
            return report.built;
        }
    }

    private static void waitForPing(HttpClient http, String base, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not answer within 120 s");
    }

    private record Result(long[] nanos, long errors, double seconds, Map<String, Double> slowest,
                          List<String> firstErrors) {
        int count() {
            return nanos.length;
        }

        double percentile(int p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }
    }

    /** Each client sends the saved queries in turn, one at a time, until the time or request bound. */
    private static Result run(HttpClient http, List<HttpRequest> requests, List<SavedQuery> queries)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        List<long[]> perClient = new ArrayList<>();
        long[] counts = new long[CLIENTS];
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Long>> byQuery = new ConcurrentHashMap<>();
        Thread[] threads = new Thread[CLIENTS];
        long t0 = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            long[] lat = new long[MAX_REQUESTS_PER_CLIENT];
            perClient.add(lat);
            int client = c;
            threads[c] = new Thread(() -> {
                int n = 0;
                for (int i = client; n < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; i++) {
                    int q = i % requests.size();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(requests.get(q), HttpResponse.BodyHandlers.ofByteArray());
                        long d = System.nanoTime() - s;
                        if (r.statusCode() != 200 || r.body().length == 0) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(queries.get(q).name() + ": HTTP " + r.statusCode());
                            }
                        }
                        lat[n++] = d;
                        byQuery.computeIfAbsent(queries.get(q).name(), k -> java.util.Collections
                                .synchronizedList(new ArrayList<>())).add(d);
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) {
                            firstErrors.add(queries.get(q).name() + ": " + e);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                counts[client] = n;
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int total = 0;
        for (long n : counts) {
            total += (int) n;
        }
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < CLIENTS; c++) {
            System.arraycopy(perClient.get(c), 0, all, k, (int) counts[c]);
            k += (int) counts[c];
        }
        Arrays.sort(all);
        Map<String, Double> slowest = new java.util.LinkedHashMap<>();
        byQuery.entrySet().stream()
                .map(e -> {
                    long[] v;
                    synchronized (e.getValue()) {
                        v = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
                    }
                    return Map.entry(e.getKey(), v[v.length / 2] / 1e6);
                })
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
                .forEach(e -> slowest.put(e.getKey(), e.getValue()));
        return new Result(all, errors.get(), seconds, slowest, new ArrayList<>(firstErrors));
    }

    /**
     * Samples the heap in use (survivor, eden and old generation, garbage included) of a JVM with
     * the JDK's {@code jstat -gc PID 1000}; -1 when jstat is not there.
     */
    private static final class HeapWatch {
        private final long pid;
        private Process jstat;
        private volatile long peakKb = -1;

        HeapWatch(long pid) {
            this.pid = pid;
        }

        void start() {
            Path tool = Path.of(System.getProperty("java.home"), "bin", "jstat");
            if (!Files.isExecutable(tool)) {
                return;
            }
            try {
                jstat = new ProcessBuilder(tool.toString(), "-gc", String.valueOf(pid), "1000")
                        .redirectErrorStream(true).start();
            } catch (IOException e) {
                return;
            }
            Thread t = new Thread(() -> {
                try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(jstat.getInputStream(),
                        StandardCharsets.US_ASCII))) {
                    List<String> header = null;
                    String line;
                    while ((line = in.readLine()) != null) {
                        List<String> cols = Arrays.asList(line.trim().split("\\s+"));
                        if (cols.contains("EU")) {
                            header = cols;
                            continue;
                        }
                        if (header == null || cols.size() != header.size()) {
                            continue;
                        }
                        double kb = 0;
                        for (String c : new String[] {"S0U", "S1U", "EU", "OU"}) {
                            kb += Double.parseDouble(cols.get(header.indexOf(c)));
                        }
                        peakKb = Math.max(peakKb, (long) kb);
                    }
                } catch (IOException | NumberFormatException e) {
                    // jstat ended
                }
            });
            t.setDaemon(true);
            t.start();
        }

        void stop() {
            if (jstat != null) {
                jstat.destroy();
            }
        }

        long peakMb() {
            return peakKb < 0 ? -1 : peakKb / 1024;
        }
    }

    /** Samples the resident memory of a process from /proc (Linux); VmHWM is the kernel's own peak. */
    private static final class MemoryWatch {
        private final Path status;
        private volatile boolean running;
        private long peakKb;
        private Thread thread;

        MemoryWatch(long pid) {
            this.status = Path.of("/proc/" + pid + "/status");
        }

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        synchronized void sample() {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
                        long kb = Long.parseLong(line.replaceAll("\\D+", ""));
                        peakKb = Math.max(peakKb, kb);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // not Linux, or the process ended
            }
        }

        void stop() {
            if (running) {
                sample();
                running = false;
                thread.interrupt();
            }
        }

        synchronized long peakKb() {
            return peakKb;
        }
    }
}
