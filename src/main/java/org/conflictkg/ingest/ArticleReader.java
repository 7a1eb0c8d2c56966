package org.conflictkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads articles from plain-text files (an optional first line {@code date YYYY-MM-DD}) and from
 * JSON lines files (one object per line with {@code text} and optional {@code id}, {@code url},
 * {@code date}, {@code title}). Every problem is reported as one line naming the file.
 */
public final class ArticleReader {

    /** Files larger than this are refused: no news article is this long. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final Pattern DATE_LINE =
            Pattern.compile("\\A[\\s\\uFEFF]*date\\s+(\\d{4})-(\\d{2})-(\\d{2})\\b[ \\t]*\\r?\\n?");
    /** A first line that says "date" and a value not in the form YYYY-MM-DD. */
    private static final Pattern BAD_DATE_LINE =
            Pattern.compile("\\A[\\s\\uFEFF]*date[ \\t]+([0-9][0-9./ -]*[0-9])[ \\t]*(?:\\r?\\n|\\z)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What became of one input. */
    public sealed interface Result permits Read, Problem {}

    public record Read(Article article) implements Result {}

    public record Problem(Path file, String message) implements Result {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    /** Lists the article files under the given files and folders, in a stable order. */
    public static List<Path> listInputs(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> isArticleFile(f.getFileName().toString()))
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isArticleFile(String name) {
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".jsonl")
                || name.endsWith(".ndjson") || name.endsWith(".text"));
    }

    /** Reads one file: a text file gives one article, a JSON lines file one per line. */
    public void read(Path file, Consumer<Result> sink) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            sink.accept(new Problem(file, "no such file"));
            return;
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                sink.accept(new Problem(file, "empty file"));
                return;
            }
            if (size > MAX_BYTES) {
                sink.accept(new Problem(file, "too large (" + size / (1024 * 1024)
                        + " MiB; the limit is " + MAX_BYTES / (1024 * 1024) + " MiB)"));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                    || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
                sink.accept(new Problem(file, "UTF-16 text, not UTF-8 (save it as UTF-8)"));
                return;
            }
            String text;
            try {
                text = decode(bytes);
            } catch (CharacterCodingException e) {
                sink.accept(new Problem(file, looksBinary(bytes) ? "binary file, not text"
                        : "not UTF-8 text: invalid byte 0x" + String.format("%02X", bytes[firstBadByte(bytes)] & 0xff)
                        + " at offset " + firstBadByte(bytes) + " (save it as UTF-8)"));
                return;
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                readJsonLines(file, text, sink);
            } else {
                sink.accept(fromText(file, name, text));
            }
        } catch (IOException e) {
            sink.accept(new Problem(file, "cannot read: " + e.getMessage()));
        }
    }

    /** Builds an article from plain text; the file name is its source. */
    public Result fromText(Path file, String source, String text) {
        if (text.indexOf('\u0000') >= 0) {
            return new Problem(file, "binary file, not text");
        }
        LocalDate date = null;
        Article.DateSource how = Article.DateSource.UNKNOWN;
        int bodyStart = 0;
        Matcher m = DATE_LINE.matcher(text);
        if (m.find()) {
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                how = Article.DateSource.DATE_LINE;
            } catch (DateTimeException e) {
                return new Problem(file, "impossible date in the date line: "
                        + m.group(1) + "-" + m.group(2) + "-" + m.group(3));
            }
            if (date.isAfter(LocalDate.now().plusDays(1))) {
                return new Problem(file, "impossible date in the date line: " + date + " is in the future");
            }
            bodyStart = m.end();
        } else {
            Matcher bad = BAD_DATE_LINE.matcher(text);
            if (bad.find()) {
                return new Problem(file, "date line not in the form 'date YYYY-MM-DD': date " + bad.group(1));
            }
        }
        if (text.substring(bodyStart).isBlank()) {
            return new Problem(file, bodyStart > 0 ? "no text after the date line" : "only white space");
        }
        String problem = TextCheck.problem(text.substring(bodyStart));
        if (problem != null) {
            return new Problem(file, problem);
        }
        return new Read(new Article(idOf(text.substring(bodyStart)), source, null, null, date, how,
                text, bodyStart));
    }

    private void readJsonLines(Path file, String content, Consumer<Result> sink) throws IOException {
        String base = file.getFileName().toString();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    sink.accept(new Problem(file, "line " + n + ": not JSON"));
                    continue;
                }
                String text = node.path("text").asText("");
                if (text.isBlank()) {
                    sink.accept(new Problem(file, "line " + n + ": no \"text\""));
                    continue;
                }
                String title = node.path("title").asText(null);
                String full = title != null && !title.isBlank() ? title.strip() + "\n\n" + text : text;
                String problem = TextCheck.problem(full);
                if (problem != null) {
                    sink.accept(new Problem(file, "line " + n + ": " + problem));
                    continue;
                }
                String recId = node.path("id").asText(null);
                String source = base + "#" + (recId != null ? recId : String.valueOf(n));
                LocalDate date = null;
                Article.DateSource how = Article.DateSource.UNKNOWN;
                String d = node.path("date").asText("");
                if (d.length() >= 10) {
                    try {
                        date = LocalDate.parse(d.substring(0, 10));
                        how = Article.DateSource.RECORD;
                        if (date.isAfter(LocalDate.now().plusDays(1))) {
                            sink.accept(new Problem(file, "line " + n + ": impossible date " + d + " (in the future)"));
                            continue;
                        }
                    } catch (DateTimeException e) {
                        sink.accept(new Problem(file, "line " + n + ": impossible date " + d));
                        continue;
                    }
                }
                sink.accept(new Read(new Article(idOf(full), source, title, node.path("url").asText(null),
                        date, how, full, 0)));
            }
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Offset of the first byte that is not valid UTF-8. */
    static int firstBadByte(byte[] bytes) {
        java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return Math.max(0, Math.min(in.position(), bytes.length - 1));
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int odd = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0 || (b < 0x09) || (b > 0x0d && b < 0x20)) {
                odd++;
            }
        }
        return odd > n / 20;
    }

    /** The article's identifier: the first 16 hex digits of the SHA-256 of its normalised body. */
    public static String idOf(String body) {
        String norm = body.strip().replaceAll("\\s+", " ");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
