package org.conflictkg.link.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conflictkg.Settings;
import org.conflictkg.extract.EntityType;
import org.conflictkg.link.Gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links a name the gazetteer lacks by asking Wikidata's {@code wbsearchentities} API, with every
 * answer (also "nothing found") cached as one JSON file per name.
 *
 * <p>A candidate is taken only when its English label, the text the API matched, or one of its
 * aliases equals the name (as {@link Gazetteer#key} compares names), and its description fits the
 * expected type ({@link TypeCues}). Confidence: 0.9 when the label matches, 0.8 when only an
 * alias does; halved when more than one candidate passes both checks (the first, most relevant by
 * the API's order, is returned). Callers compare it with their threshold.
 *
 * <p>Network failures: the first {@link NoNetworkException} is passed to the caller, and from then
 * on this linker answers from its cache only (names not cached throw {@link NoNetworkException}
 * again at once, without a request), so a caller that catches it once can go on.
 *
 * <p>Use: {@code OnlineLinker.forProject(settings).lookup("Hayat Tahrir al-Sham", EntityType.ArmedGroup)}.
 * Lookups may come from several threads; they are answered one at a time (one request at a time
 * to Wikidata, as its API etiquette asks).
 */
public final class OnlineLinker {
    public static final URI DEFAULT_API = URI.create("https://www.wikidata.org/w/api.php");
    public static final int DEFAULT_LIMIT = 7;
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Wikidata item chosen for a name. */
    public record Candidate(String qid, String label, String description, double confidence) {
        public String iri() {
            return WikidataGazetteer.ENTITY + qid;
        }
    }

    private final URI api;
    private final Path cacheDir;
    private final HttpFetcher http;
    private final int limit;
    private NoNetworkException offline;
    private int requests;
    private int cacheHits;

    public OnlineLinker(URI api, Path cacheDir, HttpFetcher http, int limit) {
        if (limit < 1 || limit > 50) {
            throw new IllegalArgumentException("the search limit must be between 1 and 50");
        }
        this.api = api;
        this.cacheDir = cacheDir;
        this.http = http;
        this.limit = limit;
    }

    /** The project's linker: Wikidata's API, the cache in {@code cache/wikidata/}, 10 s / 20 s time-outs. */
    public static OnlineLinker forProject(Settings settings) {
        return new OnlineLinker(DEFAULT_API, defaultCache(settings),
                new HttpFetcher(Duration.ofSeconds(10), Duration.ofSeconds(20)), DEFAULT_LIMIT);
    }

    public static Path defaultCache(Settings settings) {
        return settings.home().resolve("cache/wikidata");
    }

    /**
     * The best candidate for the name with the expected type (null: any type with a recognisable
     * description), or empty when Wikidata has none that fits.
     *
     * @throws NoNetworkException when the answer is not cached and the API cannot be reached
     * @throws RemoteException    when the API answers with an error
     */
    public synchronized Optional<Candidate> lookup(String name, EntityType expected) {
        String key = Gazetteer.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return choose(key, search(name, key), expected);
    }

    /** Requests sent to the API so far. */
    public synchronized int requests() {
        return requests;
    }

    /** Lookups answered from the cache so far. */
    public synchronized int cacheHits() {
        return cacheHits;
    }

    /** Whether the API was found unreachable (lookups then use the cache only). */
    public synchronized boolean offline() {
        return offline != null;
    }

    /** The cache file of a name. */
    public Path cacheFile(String name) {
        return cacheDir.resolve(hash("wbsearchentities|en|" + limit + "|" + Gazetteer.key(name)) + ".json");
    }

    private ArrayNode search(String name, String key) {
        Path file = cacheFile(name);
        if (Files.isRegularFile(file)) {
            try {
                JsonNode cached = JSON.readTree(file.toFile());
                if (cached.path("search").isArray()) {
                    cacheHits++;
                    return (ArrayNode) cached.get("search");
                }
            } catch (IOException e) {
                // an unreadable cache file is asked again and rewritten
            }
        }
        if (offline != null) {
            throw new NoNetworkException(offline.getMessage(), offline);
        }
        URI uri = URI.create(api + "?action=wbsearchentities&search=" + URLEncoder.encode(name.strip(),
                StandardCharsets.UTF_8) + "&language=en&uselang=en&type=item&format=json&limit="
                + limit);
        String body;
        try {
            requests++;
            body = http.get(uri, "application/json");
        } catch (NoNetworkException e) {
            offline = e;
            throw e;
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            throw new RemoteException("the Wikidata API's answer is not JSON: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (answer.has("error")) {
            throw new RemoteException("the Wikidata API answered an error: "
                    + answer.path("error").path("code").asText() + " " + answer.path("error").path("info").asText());
        }
        if (!answer.path("search").isArray()) {
            throw new RemoteException("the Wikidata API's answer has no search results list");
        }
        ArrayNode results = (ArrayNode) answer.get("search");
        writeCache(file, name, key, results);
        return results;
    }

    private void writeCache(Path file, String name, String key, ArrayNode results) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", name.strip());
        o.put("key", key);
        o.put("api", api.toString());
        o.put("action", "wbsearchentities");
        o.put("language", "en");
        o.put("limit", limit);
        o.put("fetched", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        o.set("search", results);
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, ".answer", ".json");
            try {
                JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), o);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cache file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The candidate the rules pick among search results. */
    static Optional<Candidate> choose(String key, ArrayNode results, EntityType expected) {
        List<Candidate> passing = new ArrayList<>();
        for (JsonNode r : results) {
            String qid = r.path("id").asText("");
            if (!QID.matcher(qid).matches()) {
                continue;
            }
            String label = r.path("label").asText(r.path("display").path("label").path("value").asText(""));
            String description = r.path("description").asText(
                    r.path("display").path("description").path("value").asText(""));
            boolean labelMatch = Gazetteer.key(label).equals(key);
            boolean aliasMatch = Gazetteer.key(r.path("match").path("text").asText("")).equals(key);
            for (JsonNode a : r.path("aliases")) {
                aliasMatch |= Gazetteer.key(a.asText("")).equals(key);
            }
            if ((labelMatch || aliasMatch) && TypeCues.fits(description, expected)) {
                passing.add(new Candidate(qid, label, description, labelMatch ? 0.9 : 0.8));
            }
        }
        if (passing.isEmpty()) {
            return Optional.empty();
        }
        Candidate best = passing.get(0);
        if (passing.size() > 1) {
            best = new Candidate(best.qid(), best.label(), best.description(), best.confidence() / 2);
        }
        return Optional.of(best);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
