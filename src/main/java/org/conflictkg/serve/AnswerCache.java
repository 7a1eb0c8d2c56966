package org.conflictkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps the bytes of recent SPARQL query answers and sends them again when the same query is asked
 * the same way while the data has not changed.
 * <p>
 * A saved query over a large graph (every air strike, every named person) costs the engine a
 * second or two, and researchers re-run the same saved queries as they move between the table,
 * map and timeline. The cache serves such a repeat in the time of a trivial request. An answer is
 * the same only for the same query text, parameters (default and named graphs, output format) and
 * {@code Accept} header, on the same data: each answer is stamped with the data's generation,
 * which every committed write transaction advances (SPARQL Update, Graph Store writes, compaction
 * are all seen through the database's transaction coordinator), and an answer of an older
 * generation is never sent.
 * <p>
 * Only query requests are kept (GET, or POST of a form with a {@code query} field), only
 * successful answers, and only answers up to a size limit; the least recently used answers go
 * first when the total would pass the limit. Answers are kept gzip-compressed (the saved queries'
 * JSON answers shrink 19 to 57 times), and the limit counts compressed bytes; a client that accepts
 * gzip (every browser) gets the compressed bytes as they are, others get them expanded. A request
 * with {@code Cache-Control: no-cache} is answered by the engine (and its answer kept); one with
 * {@code Cache-Control: only-if-cached} gets a kept answer or else 504, without the engine. Each
 * answer carries a header {@value #HEADER} saying {@code hit}, {@code miss} or {@code bypass}.
 * {@link SavedAnswers} keeps the saved queries' answers ready.
 */
final class AnswerCache implements Filter {
    /** Response header saying how the answer was produced. */
    static final String HEADER = "X-Answer-Cache";

    /** Headers not replayed from a kept answer: they belong to one exchange. */
    private static final Set<String> PER_EXCHANGE = Set.of("content-length", "date", "transfer-encoding",
            "connection", "set-cookie", "fuseki-request-id", HEADER.toLowerCase(Locale.ROOT));
    /** The query endpoints of the dataset, relative to its path ("" is the dataset itself). */
    private static final Set<String> QUERY_PATHS = Set.of("", "/", "/sparql", "/query");

    private final String dataset;
    private final long maxTotal;
    private final long maxEntry;
    private final LongSupplier generation;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long used;

    /**
     * One kept answer: the data generation it was computed on, its headers, its gzip-compressed body and
     * that body's length expanded.
     */
    private record Answer(long generation, int status, String contentType, List<String[]> headers, byte[] body,
                          long length) {
    }

    /**
     * @param dataset    the dataset's path, e.g. {@code /conflict}
     * @param maxTotal   bytes kept in all
     * @param generation the data's current generation; answers of another generation are stale
     */
    AnswerCache(String dataset, long maxTotal, LongSupplier generation) {
        this.dataset = dataset;
        this.maxTotal = maxTotal;
        this.maxEntry = Math.max(1, maxTotal / 4);
        this.generation = generation;
    }

    /**
     * The generation of a TDB2 database: a counter advanced by every committed write transaction.
     * Compaction gives the database a new transaction coordinator; the supplier notices, listens to
     * the new one and advances the counter. Null when the dataset is not TDB2.
     */
    static LongSupplier tdb2Generation(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return null;
        }
        AtomicLong counter = new AtomicLong();
        TransactionListener listener = new TransactionListener() {
            @Override
            public void notifyCommitFinish(Transaction transaction) {
                if (transaction.isWriteTxn()) {
                    counter.incrementAndGet();
                }
            }
        };
        TransactionCoordinator[] watched = {null};
        return () -> {
            TransactionCoordinator now = TDBInternal.getTransactionCoordinator(dsg);
            synchronized (watched) {
                if (now != watched[0]) {
                    // the coordinator of a started database accepts listeners only in exclusive mode
                    now.modifyConfig(() -> now.addListener(listener));
                    watched[0] = now;
                    counter.incrementAndGet();
                }
            }
            return counter.get();
        };
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String key = key(req);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean fresh = noCache(req);
        long gen = generation.getAsLong();
        if (!fresh) {
            Answer a = lookup(key, gen);
            if (a != null) {
                send(a, acceptsGzip(req), resp);
                return;
            }
            if (onlyIfCached(req)) {
                // RFC 9111 5.2.1.7: nothing current is kept, and the engine is not to be asked
                resp.setHeader(HEADER, "miss");
                resp.sendError(HttpServletResponse.SC_GATEWAY_TIMEOUT, "no kept answer for this query");
                return;
            }
        }
        resp.setHeader(HEADER, fresh ? "bypass" : "miss");
        Capture capture = new Capture(resp, maxEntry);
        chain.doFilter(request, capture);
        capture.flushBuffer();
        byte[] kept = capture.keepable() ? capture.compressed() : null;
        if (kept != null && kept.length <= maxEntry && resp.getStatus() == HttpServletResponse.SC_OK
                && generation.getAsLong() == gen) {
            List<String[]> headers = new ArrayList<>();
            for (String name : resp.getHeaderNames()) {
                if (!PER_EXCHANGE.contains(name.toLowerCase(Locale.ROOT))) {
                    for (String value : resp.getHeaders(name)) {
                        headers.add(new String[] {name, value});
                    }
                }
            }
            store(key, new Answer(gen, resp.getStatus(), resp.getContentType(), headers, kept, capture.length()));
        }
    }

    /** The cache key of a query request, or null when the request is not a query to keep. */
    private String key(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.startsWith(dataset) || !QUERY_PATHS.contains(path.substring(dataset.length()))) {
            return null;
        }
        String method = req.getMethod();
        if (method.equals("POST")) {
            String type = req.getContentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                return null;
            }
        } else if (!method.equals("GET")) {
            return null;
        }
        Map<String, String[]> params = req.getParameterMap();
        if (!params.containsKey("query") || params.containsKey("update")) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (Map.Entry<String, String[]> e : new TreeMap<>(params).entrySet()) {
            for (String v : e.getValue()) {
                key.append(e.getKey()).append('=').append(v).append('\u0000');
            }
        }
        String accept = req.getHeader("Accept");
        key.append("accept=").append(accept == null ? "" : accept);
        return key.toString();
    }

    private static boolean noCache(HttpServletRequest req) {
        String cc = req.getHeader("Cache-Control");
        String pragma = req.getHeader("Pragma");
        return (cc != null && (cc.contains("no-cache") || cc.contains("no-store")))
                || (pragma != null && pragma.contains("no-cache"));
    }

    /** The client takes a gzip-encoded body (RFC 9110 12.5.3: "gzip" listed, not with q=0). */
    static boolean acceptsGzip(HttpServletRequest req) {
        String ae = req.getHeader("Accept-Encoding");
        if (ae == null) {
            return false;
        }
        for (String part : ae.toLowerCase(Locale.ROOT).split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equals("gzip") || p[0].trim().equals("x-gzip")) {
                return p.length < 2 || !p[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static boolean onlyIfCached(HttpServletRequest req) {
        String cc = req.getHeader("Cache-Control");
        return cc != null && cc.contains("only-if-cached");
    }

    private synchronized Answer lookup(String key, long gen) {
        Answer a = answers.get(key);
        if (a != null && a.generation() != gen) {
            answers.remove(key);
            used -= a.body().length;
            return null;
        }
        return a;
    }

    private synchronized void store(String key, Answer a) {
        Answer old = answers.put(key, a);
        if (old != null) {
            used -= old.body().length;
        }
        used += a.body().length;
        Iterator<Answer> it = answers.values().iterator();
        while (used > maxTotal && it.hasNext()) {
            Answer eldest = it.next();
            it.remove();
            used -= eldest.body().length;
        }
    }

    /**
     * Writes the answers of generation {@code gen} (those current) to {@code out}, most recently used last;
     * returns how many were written. {@link #read} takes them back.
     */
    synchronized int write(java.io.DataOutputStream out, long gen) throws IOException {
        List<Map.Entry<String, Answer>> current = new ArrayList<>();
        for (Map.Entry<String, Answer> e : answers.entrySet()) {
            if (e.getValue().generation() == gen) {
                current.add(e);
            }
        }
        out.writeInt(current.size());
        for (Map.Entry<String, Answer> e : current) {
            Answer a = e.getValue();
            writeString(out, e.getKey());
            out.writeInt(a.status());
            writeString(out, a.contentType());
            out.writeInt(a.headers().size());
            for (String[] h : a.headers()) {
                writeString(out, h[0]);
                writeString(out, h[1]);
            }
            out.writeInt(a.body().length);
            out.write(a.body());
            out.writeLong(a.length());
        }
        return current.size();
    }

    /**
     * Keeps the answers {@link #write} wrote as answers of generation {@code gen}; returns how many. Nothing is
     * kept from a file that cannot be read to its end.
     */
    int read(java.io.DataInputStream in, long gen) throws IOException {
        Map<String, Answer> read = new LinkedHashMap<>();
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("not a file of kept answers (count " + n + ")");
        }
        for (int i = 0; i < n; i++) {
            String key = readString(in);
            int status = in.readInt();
            String contentType = readString(in);
            int nh = in.readInt();
            if (nh < 0 || nh > 10_000) {
                throw new IOException("not a file of kept answers (headers " + nh + ")");
            }
            List<String[]> headers = new ArrayList<>();
            for (int k = 0; k < nh; k++) {
                headers.add(new String[] {readString(in), readString(in)});
            }
            int size = in.readInt();
            if (size < 0 || size > maxEntry) {
                throw new IOException("not a file of kept answers (body of " + size + " bytes)");
            }
            byte[] body = in.readNBytes(size);
            if (body.length != size) {
                throw new java.io.EOFException("kept answers cut short");
            }
            read.put(key, new Answer(gen, status, contentType, headers, body, in.readLong()));
        }
        read.forEach(this::store);
        return n;
    }

    private static void writeString(java.io.DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(java.io.DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > 64 << 20) {
            throw new IOException("not a file of kept answers (string of " + n + " bytes)");
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new java.io.EOFException("kept answers cut short");
        }
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void send(Answer a, boolean gzip, HttpServletResponse resp) throws IOException {
        resp.setStatus(a.status());
        for (String[] h : a.headers()) {
            resp.setHeader(h[0], h[1]);
        }
        if (a.contentType() != null) {
            resp.setContentType(a.contentType());
        }
        resp.setHeader(HEADER, "hit");
        resp.setHeader("Vary", "Accept-Encoding");
        if (gzip) {
            resp.setHeader("Content-Encoding", "gzip");
            resp.setContentLength(a.body().length);
            resp.getOutputStream().write(a.body());
        } else {
            resp.setContentLengthLong(a.length());
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(a.body()), 1 << 16)) {
                in.transferTo(resp.getOutputStream());
            }
        }
    }

    /**
     * The response passed on unchanged, with a gzip-compressed copy of its body kept while the copy stays
     * under a limit. The copy is compressed as it is written (the fastest level: the answer waits for it).
     */
    private static final class Capture extends HttpServletResponseWrapper {
        private final long limit;
        private ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private GZIPOutputStream zip = gzip(copy);
        private long length;
        private boolean overflow;
        private boolean usedWriter;
        private int status = SC_OK;
        private ServletOutputStream out;

        Capture(HttpServletResponse response, long limit) {
            super(response);
            this.limit = limit;
        }

        /** True when the body was copied whole and nothing said the answer failed (even after it began). */
        boolean keepable() {
            return !overflow && !usedWriter && status == SC_OK;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        private static GZIPOutputStream gzip(ByteArrayOutputStream into) {
            try {
                return new GZIPOutputStream(into, 1 << 16) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array takes every write
            }
        }

        /** The body's length, expanded. */
        long length() {
            return length;
        }

        /** The whole body, gzip-compressed. */
        byte[] compressed() throws IOException {
            zip.close(); // writes the gzip trailer and frees the compressor
            return copy.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                ServletOutputStream real = super.getOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        real.close();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            // error pages and other text written through a writer are not kept
            usedWriter = true;
            return super.getWriter();
        }

        @Override
        public void reset() {
            super.reset();
            restart();
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            restart();
        }

        private void restart() {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array takes every write
            }
            copy = new ByteArrayOutputStream();
            zip = gzip(copy);
            length = 0;
        }

        private void keep(byte[] b, int off, int len) throws IOException {
            if (overflow) {
                return;
            }
            zip.write(b, off, len);
            length += len;
            if (copy.size() > limit) {
                overflow = true;
                zip.close();
                copy = new ByteArrayOutputStream(); // what was copied so far is dropped
            }
        }
    }
}
