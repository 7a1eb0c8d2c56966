package org.conflictkg.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.conflictkg.Pipeline;
import org.conflictkg.Settings;
import org.conflictkg.extract.Extraction;
import org.conflictkg.ingest.Article;
import org.conflictkg.ingest.ArticleReader;
import org.conflictkg.link.Gazetteer;
import org.conflictkg.nlp.NlpModels;
import org.conflictkg.query.SavedQuery;
import org.conflictkg.rdf.RdfMapper;
import org.conflictkg.serve.Server;
import org.conflictkg.store.EntityGraph;
import org.conflictkg.store.GraphBuilder;
import org.conflictkg.store.GraphStore;
import org.conflictkg.validate.Validator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark: every stage against the bare component doing the same work in the same run.
 * Extraction against OpenNLP alone, loading against the TDB2 bulk loader alone, the whole build on
 * one and two threads and at two sizes (in child JVMs with -Xmx1g, for their peak memory),
 * incremental updates, and the saved queries over HTTP.
 */
public final class Bench {

    /** Sizes and where to work; {@code buildsOnly}: only the whole builds (threads and scale). */
    public record Options(int small, int large, Path work, int extractSample, boolean buildsOnly) {
    }

    private final Settings settings;
    private final Options options;
    private final PrintWriter out;
    private final List<String[]> table = new ArrayList<>();

    public Bench(Settings settings, Options options, PrintWriter out) {
        this.settings = settings;
        this.options = options;
        this.out = out;
    }

    private void row(String what, String value, String note) {
        table.add(new String[] {what, value, note});
        out.printf("  %-44s %14s  %s%n", what, value, note);
        out.flush();
    }

    /** Runs everything and returns the summary line. */
    public String run() throws Exception {
        Path work = options.work();
        TestDirs.clean(work);
        Files.createDirectories(work);
        Gazetteer gazetteer = Gazetteer.load(Gazetteer.defaultFiles(settings.data()));
        List<String> bases = new ArrayList<>();
        for (Path p : ArticleReader.listInputs(List.of(settings.articles()))) {
            bases.add(Files.readString(p));
        }
        CorpusMaker maker = new CorpusMaker(bases, gazetteer,
                CorpusMaker.cityNames(settings.data().resolve("gazetteer/gazetteer.tsv")));
        Path corpusSmall = work.resolve("corpus-" + options.small());
        Path corpusLarge = work.resolve("corpus-" + options.large());
        maker.write(corpusSmall, options.small());
        maker.write(corpusLarge, options.large());
        out.printf("bench: %s, %d cores, Java %s; corpora of %d and %d articles made from %d real ones%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                options.small(), options.large(), bases.size());
        if (options.buildsOnly()) {
            builds(work, corpusSmall, corpusLarge);
            String summary = String.format(Locale.ROOT, "bench (builds only): threads2_speedup=%.3f scale_10x_time=%.3f",
                    speedup, scale);
            out.println(summary);
            out.flush();
            return summary;
        }

        // 1. extraction against OpenNLP alone, one thread, same texts
        NlpModels models = NlpModels.load();
        List<Article> sample = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        for (Path p : ArticleReader.listInputs(List.of(corpusSmall))) {
            if (sample.size() >= options.extractSample()) {
                break;
            }
            reader.read(p, r -> {
                if (r instanceof ArticleReader.Read read) {
                    sample.add(read.article());
                }
            });
        }
        BareOpenNlp bare = new BareOpenNlp(false);
        BareOpenNlp bareOurSearch = new BareOpenNlp(true);
        Pipeline pipeline = new Pipeline(models, gazetteer);
        for (int i = 0; i < Math.min(20, sample.size()); i++) {
            bare.run(sample.get(i).text());
            bareOurSearch.run(sample.get(i).text());
            pipeline.run(sample.get(i));
        }
        long tokens = 0;
        long t0 = System.nanoTime();
        for (Article a : sample) {
            tokens += bare.run(a.text());
        }
        double bareSecs = secs(t0);
        t0 = System.nanoTime();
        for (Article a : sample) {
            bareOurSearch.run(a.text());
        }
        double bareOurSearchSecs = secs(t0);
        RdfMapper mapper = new RdfMapper(gazetteer);
        List<RdfMapper.ArticleGraph> graphs = new ArrayList<>();
        t0 = System.nanoTime();
        for (Article a : sample) {
            Extraction x = pipeline.run(a);
            graphs.add(mapper.map(x));
        }
        double oursSecs = secs(t0);
        double extractRatio = bareSecs / oursSecs;
        row("OpenNLP alone, 1 thread", fmt(tokens / bareSecs) + " tok/s", sample.size() + " articles, " + tokens + " tokens");
        row("OpenNLP alone, our sequence search (same lemmas, chunks), 1 thread", fmt(tokens / bareOurSearchSecs) + " tok/s", "");
        row("our extraction (analysis + rules + RDF), 1 thread", fmt(tokens / oursSecs) + " tok/s",
                fmt(sample.size() / oursSecs) + " articles/s");
        row("extract_vs_opennlp", String.format(Locale.ROOT, "%.3f", extractRatio), "goal >= 0.9");
        row("extraction vs OpenNLP with the same sequence search", String.format(Locale.ROOT, "%.3f",
                bareOurSearchSecs / oursSecs), "what rules and RDF cost");

        // 2. loading against the bulk loader alone, same quads, empty databases, both from memory (no
        // parsing on either side): ours takes the article graphs as the mapper makes them, the loader
        // alone the quads as they are stored (each actor's and place's description once, in the
        // entities graph)
        // the stored quads in the order our load writes them: an article's own quads, and a description
        // the first time an article gives it
        List<Quad> stored = new ArrayList<>();
        java.util.Set<org.apache.jena.graph.Triple> shared = new java.util.HashSet<>();
        for (RdfMapper.ArticleGraph g : graphs) {
            Node gn = org.apache.jena.graph.NodeFactory.createURI(g.graphIri());
            g.model().getGraph().find().forEachRemaining(t -> {
                if (!EntityGraph.isShared(t)) {
                    stored.add(Quad.create(gn, t));
                } else if (shared.add(t)) {
                    stored.add(Quad.create(EntityGraph.NODE, t));
                }
            });
        }
        shared.clear();
        long quads = stored.size();
        // four rounds, each into an empty database, the two sides taking turns to go first (a load of this
        // size takes about two seconds, and one pair of rounds varied by a third between runs); the faster
        // round of each side counts
        double bulkSecs = Double.MAX_VALUE;
        double loadSecs = Double.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            for (int side = 0; side < 2; side++) {
                boolean alone = (side == 0) == (round % 2 == 0);
                Path db = work.resolve((alone ? "db-bulkloader-" : "db-ours-load-") + round);
                t0 = System.nanoTime();
                try (GraphStore s = GraphStore.open(db)) {
                    if (alone) {
                        DataLoader loader = LoaderFactory.phasedLoader(s.datasetGraph(), (f, a) -> { });
                        loader.startBulk();
                        org.apache.jena.riot.system.StreamRDF in = loader.stream();
                        stored.forEach(in::quad);
                        loader.finishBulk();
                    } else {
                        GraphStore.Sink sink = s.bulkSink();
                        graphs.forEach(sink::add);
                        sink.finish();
                    }
                }
                if (alone) {
                    bulkSecs = Math.min(bulkSecs, secs(t0));
                } else {
                    loadSecs = Math.min(loadSecs, secs(t0));
                }
                TestDirs.clean(db);
            }
        }
        stored.clear();
        graphs.clear();
        double loadRatio = bulkSecs / loadSecs;
        row("TDB2 bulk loader alone (phased), quads from memory", fmt(quads / bulkSecs) + " quads/s", quads + " quads as stored");
        row("our load (article graphs as mapped, from memory)", fmt(quads / loadSecs) + " quads/s", "");
        row("load_vs_bulkloader", String.format(Locale.ROOT, "%.3f", loadRatio), "goal >= 0.95");

        // 3. whole builds in child JVMs (-Xmx1g): threads and scale
        builds(work, corpusSmall, corpusLarge);

        // 4. incremental updates on the large database, in this JVM (models already loaded)
        Path largeDb = work.resolve("db-large-2");
        Path extra = work.resolve("extra");
        List<Path> added = new ArrayList<>();
        Files.createDirectories(extra);
        for (int i = 0; i < 10; i++) {
            Path p = extra.resolve("extra-" + i + ".txt");
            Files.writeString(p, maker.variant(options.large() + i));
            added.add(p);
        }
        GraphBuilder builder = new GraphBuilder(models, gazetteer, GraphBuilder.Options.defaults(),
                new Validator(settings.ontology().resolve("shapes.ttl")));
        try (GraphStore store = GraphStore.open(largeDb)) {
            long diskFull = store.diskBytes();
            t0 = System.nanoTime();
            builder.build(added, store, s -> { }, m -> { });
            double incSecs = secs(t0);
            row("add 10 articles to the " + options.large() + "-article database", fmt1(incSecs) + " s",
                    "a full build spends " + fmt1(10 * largeSeconds / options.large()) + " s on 10 articles");
            Path changing = extra.resolve("extra-0.txt");
            String base = Files.readString(changing);
            for (int i = 0; i < 100; i++) {
                Files.writeString(changing, base + "\n\nUpdate " + i + ": the toll was revised.");
                builder.build(List.of(changing), store, s -> { }, m -> { });
            }
            long diskAfter = store.diskBytes();
            boolean compacted = store.compactIfGrown(2.0);
            long diskCompacted = store.diskBytes();
            row("disk after the full build", mib(diskFull), "");
            row("disk after 100 one-article updates", mib(diskAfter), compacted ? "then compacted to " + mib(diskCompacted)
                    : "below the compaction threshold (2x)");
        }

        // 5. saved queries over HTTP on the large database
        try (GraphStore store = GraphStore.open(largeDb)) {
            FusekiServer server = Server.build(store.dataset(), new Server.Options(0, "127.0.0.1", 60_000, false));
            server.start();
            try {
                queries(server.getHttpPort());
            } finally {
                server.stop();
            }
            preparedAnswers(store);
        }

        String summary = String.format(Locale.ROOT,
                "bench: extract_vs_opennlp=%.3f load_vs_bulkloader=%.3f threads2_speedup=%.3f scale_10x_time=%.3f",
                extractRatio, loadRatio, speedup, scale);
        out.println(summary);
        out.flush();
        return summary;
    }

    private void queries(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String endpoint = "http://127.0.0.1:" + port + Server.DATASET + "/sparql";
        // the bare component: Fuseki answering a query that reads nothing, over the same HTTP path
        double[] trivial = timeQuery(http, endpoint, "trivial", "ASK {}", true);
        row("Fuseki alone, a trivial query (ASK {})", String.format(Locale.ROOT, "p50 %.1f ms", trivial[0]),
                String.format(Locale.ROOT, "p95 %.1f ms (20 runs)", trivial[1]));
        for (SavedQuery q : SavedQuery.all(settings.queries())) {
            if (q.needsNetwork()) {
                continue;
            }
            // the engine's answer every time (Cache-Control: no-cache), then the same request repeated
            double[] t = timeQuery(http, endpoint, q.name(), q.text(), true);
            row("query " + q.name(), String.format(Locale.ROOT, "p50 %.1f ms", t[0]),
                    String.format(Locale.ROOT, "p95 %.1f ms (20 runs); p50 %.0fx the trivial query's", t[1],
                            t[0] / Math.max(0.001, trivial[0])));
            double[] r = timeQuery(http, endpoint, q.name(), q.text(), false);
            row("  repeated (answer cache)", String.format(Locale.ROOT, "p50 %.1f ms", r[0]),
                    String.format(Locale.ROOT, "p95 %.1f ms (20 runs)", r[1]));
        }
    }

    /**
     * The server as {@code ckg serve} starts it, with the page: the time until the answers of every
     * saved query are prepared, then the first request of each, as the page sends it when a
     * researcher opens the query.
     */
    private void preparedAnswers(GraphStore store) throws Exception {
        List<SavedQuery> saved = SavedQuery.all(settings.queries()).stream().filter(q -> !q.needsNetwork()).toList();
        Path kept = store.dir().resolve(GraphStore.ANSWERS_FILE);
        Files.deleteIfExists(kept);
        prepared(store, saved, false);
        // the answers are kept beside the database once prepared: a server started again on the same data
        long until = System.nanoTime() + 60_000_000_000L;
        while (!Files.isRegularFile(kept) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        if (Files.isRegularFile(kept)) {
            prepared(store, saved, true);
        } else {
            row("  saved answers after a restart", "-", "the answers were not kept beside the database");
        }
    }

    private void prepared(GraphStore store, List<SavedQuery> saved, boolean again) throws Exception {
        long t0 = System.nanoTime();
        FusekiServer server = Server.build(store.dataset(), new Server.Options(0, "127.0.0.1", 60_000, true), saved);
        server.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String endpoint = "http://127.0.0.1:" + server.getHttpPort() + Server.DATASET + "/sparql";
            for (SavedQuery q : saved) {
                while (http.send(pageRequest(endpoint, q.text(), true), HttpResponse.BodyHandlers.discarding())
                        .statusCode() != 200) {
                    if (System.nanoTime() - t0 > 600_000_000_000L) {
                        throw new IllegalStateException("the saved answers were not prepared in 10 minutes");
                    }
                    Thread.sleep(50);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double[] first = new double[saved.size()];
            long sent = 0;
            for (int i = 0; i < first.length; i++) {
                long s0 = System.nanoTime();
                HttpResponse<byte[]> r = http.send(pageRequest(endpoint, saved.get(i).text(), false),
                        HttpResponse.BodyHandlers.ofByteArray());
                first[i] = (System.nanoTime() - s0) / 1e6;
                sent += r.body().length;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(saved.get(i).name() + " answered " + r.statusCode());
                }
            }
            Arrays.sort(first);
            if (again) {
                row("saved answers ready after the server starts again on the same data", fmt1(seconds) + " s",
                        "taken back from the answers kept beside the database");
            } else {
                row("saved answers prepared after the server starts", fmt1(seconds) + " s",
                        saved.size() + " saved queries, one at a time, in the background");
            }
            row("  then a saved query opened on the page", String.format(Locale.ROOT, "max %.1f ms", first[first.length - 1]),
                    String.format(Locale.ROOT, "median %.1f ms (first request of each; %.1f MB sent in all, gzip)",
                            first[(first.length - 1) / 2], sent / 1e6));
        } finally {
            server.stop();
        }
    }

    /**
     * A query as the page sends it, from a browser that takes gzip (the body is counted as it comes, not
     * expanded); {@code keptOnly}: answered only from a kept answer (else 504).
     */
    private static HttpRequest pageRequest(String endpoint, String query, boolean keptOnly) {
        HttpRequest.Builder rb = Server.pageQuery(URI.create(endpoint), query).header("Accept-Encoding", "gzip");
        if (keptOnly) {
            rb.header("Cache-Control", "only-if-cached");
        }
        return rb.build();
    }

    /**
     * {p50, p95} in milliseconds of 20 runs of a query over HTTP, after two warm-up runs; {@code engine}
     * asks for a fresh answer each time, else the server may send a kept one.
     */
    private static double[] timeQuery(HttpClient http, String endpoint, String name, String query, boolean engine)
            throws Exception {
        // the page's form POST, asking for the JSON results alone
        HttpRequest.Builder rb = Server.pageQuery(URI.create(endpoint), query)
                .setHeader("Accept", "application/sparql-results+json");
        if (engine) {
            rb.header("Cache-Control", "no-cache");
        }
        HttpRequest req = rb.build();
        http.send(req, HttpResponse.BodyHandlers.discarding());
        http.send(req, HttpResponse.BodyHandlers.discarding());
        int runs = 20;
        double[] ms = new double[runs];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(name + " answered " + r.statusCode());
            }
        }
        Arrays.sort(ms);
        return new double[] {ms[(runs - 1) / 2], ms[(int) Math.ceil(0.95 * runs) - 1]};
    }

    private double speedup;
    private double scale;
    private double largeSeconds;

    /**
     * The whole build of the small corpus on one thread pinned to one CPU, the same unpinned, and on
     * two threads on two CPUs; then the large corpus on two threads on two CPUs.
     */
    private void builds(Path work, Path corpusSmall, Path corpusLarge) throws IOException, InterruptedException {
        Pinning one = Pinning.of(1);
        Pinning two = Pinning.of(2);
        Child small1 = build(work.resolve("db-small-1"), corpusSmall, 1, one);
        Child small1Free = build(work.resolve("db-small-1-unpinned"), corpusSmall, 1, Pinning.NONE);
        Child small2 = build(work.resolve("db-small-2"), corpusSmall, 2, two);
        Child large2 = build(work.resolve("db-large-2"), corpusLarge, 2, two);
        speedup = small1.seconds / small2.seconds;
        scale = large2.seconds / small2.seconds;
        largeSeconds = large2.seconds;
        row("build " + options.small() + " articles, 1 thread" + one.label(), fmt1(small1.seconds) + " s", small1.note());
        row("build " + options.small() + " articles, 1 thread, unpinned", fmt1(small1Free.seconds) + " s",
                small1Free.note());
        row("build " + options.small() + " articles, 2 threads" + two.label(), fmt1(small2.seconds) + " s", small2.note());
        row("build " + options.large() + " articles, 2 threads" + two.label(), fmt1(large2.seconds) + " s",
                large2.note() + ", " + fmt(options.large() / large2.seconds) + " articles/s");
        row("threads2_speedup", String.format(Locale.ROOT, "%.3f", speedup), "goal >= 1.8; "
                + (one.pinned() && two.pinned() ? "1 thread on 1 CPU against 2 threads on 2 CPUs"
                : "unpinned (" + (one.pinned() ? two.why() : one.why()) + "): 1 thread against 2 threads")
                + "; unpinned 1 thread: " + String.format(Locale.ROOT, "%.3f", small1Free.seconds / small2.seconds));
        row("scale_10x_time", String.format(Locale.ROOT, "%.3f", scale), "goal <= 10.5");
    }

    /**
     * Runs a child on the first CPUs this process may use, with {@code taskset -c}: {@link #NONE} or,
     * when {@code taskset} is missing or there are fewer CPUs than asked for, unpinned with the reason.
     */
    record Pinning(List<String> prefix, String cpus, String why) {
        static final Pinning NONE = new Pinning(List.of(), null, "not asked");

        static Pinning of(int n) {
            List<Integer> allowed = allowedCpus();
            if (allowed.size() < n) {
                return new Pinning(List.of(), null, "this machine lets it use " + allowed.size() + " CPU"
                        + (allowed.size() == 1 ? "" : "s"));
            }
            String cpus = String.join(",", allowed.subList(0, n).stream().map(String::valueOf).toList());
            try {
                Process p = new ProcessBuilder("taskset", "-c", cpus, "true").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() != 0) {
                    return new Pinning(List.of(), null, "taskset -c " + cpus + " failed");
                }
            } catch (IOException e) {
                return new Pinning(List.of(), null, "taskset is missing");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Pinning(List.of(), null, "interrupted");
            }
            return new Pinning(List.of("taskset", "-c", cpus), cpus, null);
        }

        boolean pinned() {
            return cpus != null;
        }

        /** What the build row's name says. */
        String label() {
            if (!pinned()) {
                return ", unpinned";
            }
            int n = cpus.split(",").length;
            return " on " + n + (n == 1 ? " CPU" : " CPUs");
        }

        /** The CPUs of a Linux CPU list ({@code 0-3,6}), in order. */
        static List<Integer> cpuList(String list) {
            List<Integer> out = new ArrayList<>();
            for (String part : list.strip().split(",")) {
                String[] range = part.strip().split("-");
                int from = Integer.parseInt(range[0]);
                int to = Integer.parseInt(range[range.length - 1]);
                for (int c = from; c <= to; c++) {
                    out.add(c);
                }
            }
            return out;
        }

        /** The CPUs this process may run on (Linux: its affinity), else as many as the JVM sees. */
        static List<Integer> allowedCpus() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("Cpus_allowed_list:")) {
                        return cpuList(line.substring(line.indexOf(':') + 1));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: the JVM's count
            }
            List<Integer> out = new ArrayList<>();
            for (int c = 0; c < Runtime.getRuntime().availableProcessors(); c++) {
                out.add(c);
            }
            return out;
        }
    }

    private record Child(double seconds, long rssMiB, double cpuSeconds, String end, Pinning pinning) {
        String note() {
            String where = pinning.pinned() ? "taskset -c " + pinning.cpus() + ", "
                    : pinning == Pinning.NONE ? "" : "unpinned: " + pinning.why() + ", ";
            String cpu = cpuSeconds < 0 ? "" : String.format(Locale.ROOT, ", CPU %.0f s (%.2f cores)", cpuSeconds,
                    cpuSeconds / seconds);
            return where + "peak RSS " + rssMiB + " MiB" + cpu + (end == null ? "" : ", at the end " + end);
        }
    }

    private static final Pattern SECONDS = Pattern.compile("seconds: ([0-9.]+)");
    private static final Pattern RSS = Pattern.compile("peak memory \\(RSS\\): (\\d+) MiB");
    private static final Pattern CPU = Pattern.compile("CPU time: ([0-9.]+) s");
    private static final Pattern END = Pattern.compile("of which at the end: ([0-9.]+) s finishing the [^,]*, ([0-9.]+) s incidents");

    private Child build(Path db, Path corpus, int threads, Pinning pinning) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(pinning.prefix());
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dckg.home=" + settings.home(), "-cp",
                System.getProperty("ckg.child.classpath", System.getProperty("java.class.path")),
                "org.conflictkg.cli.Main", "build", "--db", db.toString(), "--threads", Integer.toString(threads),
                "--quiet", corpus.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder text = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                text.append(line).append('\n');
            }
        }
        int status = p.waitFor();
        Matcher s = SECONDS.matcher(text);
        Matcher m = RSS.matcher(text);
        Matcher c = CPU.matcher(text);
        if (!s.find()) {
            throw new IllegalStateException("the build of " + corpus + " failed (status " + status + "):\n" + text);
        }
        Matcher e = END.matcher(text);
        return new Child(Double.parseDouble(s.group(1)), m.find() ? Long.parseLong(m.group(1)) : -1,
                c.find() ? Double.parseDouble(c.group(1)) : -1,
                e.find() ? e.group(1) + " s finishing the load, " + e.group(2) + " s incidents" : null, pinning);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String fmt1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    /** The figures as a Markdown table. */
    public String markdown() {
        StringBuilder b = new StringBuilder("| measure | value | note |\n|---|---|---|\n");
        for (String[] r : table) {
            b.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
        }
        return b.toString();
    }

    /** Removing a work folder. */
    static final class TestDirs {
        private TestDirs() {
        }

        static void clean(Path dir) throws IOException {
            if (Files.exists(dir)) {
                try (var s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
