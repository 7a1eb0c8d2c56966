package org.conflictkg.link.online;

import com.sun.net.httpserver.HttpServer;
import org.conflictkg.extract.EntityType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link OnlineLinker} and {@code ckg link --online} against a local stand-in for Wikidata's
 * {@code wbsearchentities} API that serves canned answers (made-up Q9991xx items) and counts requests.
 */
class OnlineLinkerTest {
    private static final Map<String, String> CANNED = Map.of(
            "Hayat Tahrir al-Sham", """
                    {"searchinfo":{"search":"Hayat Tahrir al-Sham"},"search":[
                     {"id":"Q999100","title":"Q999100","concepturi":"http://www.wikidata.org/entity/Q999100",
                      "label":"Hayat Tahrir al-Sham","description":"Salafi jihadist militant group in Syria",
                      "match":{"type":"label","language":"en","text":"Hayat Tahrir al-Sham"}},
                     {"id":"Q999109","label":"Hayat Tahrir al-Sham offensive","description":"military operation",
                      "match":{"type":"label","language":"en","text":"Hayat Tahrir al-Sham offensive"}}],
                     "success":1}""",
            "Kerry", """
                    {"searchinfo":{"search":"Kerry"},"search":[
                     {"id":"Q999101","label":"County Kerry","description":"county in Ireland",
                      "match":{"type":"alias","language":"en","text":"Kerry"},"aliases":["Kerry"]},
                     {"id":"Q999102","label":"Kerry","description":"family name",
                      "match":{"type":"label","language":"en","text":"Kerry"}}],"success":1}""",
            "Nowhere Brigade", """
                    {"searchinfo":{"search":"Nowhere Brigade"},"search":[],"success":1}""",
            "Broken", """
                    {"error":{"code":"internal_api_error","info":"something broke"}}""",
            "Twin Town", """
                    {"searchinfo":{"search":"Twin Town"},"search":[
                     {"id":"Q999103","label":"Twin Town","description":"town in Syria"},
                     {"id":"Q999104","label":"Twin Town","description":"village in Lebanon"}],"success":1}""");

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    @TempDir
    Path cache;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", ex -> {
            requests.incrementAndGet();
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            Map<String, String> q = new HashMap<>();
            for (String kv : ex.getRequestURI().getRawQuery().split("&")) {
                String[] p = kv.split("=", 2);
                q.put(p[0], URLDecoder.decode(p[1], StandardCharsets.UTF_8));
            }
            String body;
            if (!"wbsearchentities".equals(q.get("action")) || !"en".equals(q.get("language"))
                    || !"item".equals(q.get("type")) || !"json".equals(q.get("format"))) {
                body = "{\"error\":{\"code\":\"badrequest\",\"info\":\"unexpected parameters\"}}";
            } else {
                body = CANNED.getOrDefault(q.get("search"), "{\"search\":[],\"success\":1}");
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(b);
            }
        });
        // answers 429 (with Retry-After: 1) to every first request, then the canned answer
        AtomicInteger busyCalls = new AtomicInteger();
        server.createContext("/busy/api.php", ex -> {
            requests.incrementAndGet();
            byte[] b = (busyCalls.getAndIncrement() == 0 ? "{}" : CANNED.get("Nowhere Brigade"))
                    .getBytes(StandardCharsets.UTF_8);
            if (busyCalls.get() == 1) {
                ex.getResponseHeaders().add("Retry-After", "1");
                ex.sendResponseHeaders(429, b.length);
            } else {
                ex.sendResponseHeaders(200, b.length);
            }
            try (OutputStream o = ex.getResponseBody()) {
                o.write(b);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String api() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php";
    }

    private OnlineLinker linker(String api) {
        return new OnlineLinker(URI.create(api), cache, new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(10)),
                OnlineLinker.DEFAULT_LIMIT);
    }

    @Test
    void aMatchingLabelWithAFittingDescriptionIsTaken() {
        Optional<OnlineLinker.Candidate> c = linker(api()).lookup("Hayat Tahrir al-Sham", EntityType.ArmedGroup);
        assertTrue(c.isPresent());
        assertEquals("Q999100", c.get().qid());
        assertEquals("Hayat Tahrir al-Sham", c.get().label());
        assertEquals("Salafi jihadist militant group in Syria", c.get().description());
        assertEquals(0.9, c.get().confidence(), 1e-9);
        assertEquals("http://www.wikidata.org/entity/Q999100", c.get().iri());
        assertEquals(1, requests.get());
        assertTrue(userAgents.get(0).startsWith("conflict-kg/"), userAgents.get(0));
    }

    @Test
    void aDescriptionOfAnotherTypeIsRejected() {
        OnlineLinker l = linker(api());
        // "Kerry" the Secretary of State is wanted; Wikidata's search offers County Kerry and a family name
        assertEquals(Optional.empty(), l.lookup("Kerry", EntityType.Person));
        // the same answer (now cached) gives the county when a place is wanted, as an alias match
        Optional<OnlineLinker.Candidate> place = l.lookup("Kerry", EntityType.Place);
        assertEquals("Q999101", place.orElseThrow().qid());
        assertEquals(0.8, place.get().confidence(), 1e-9);
        assertEquals(1, requests.get());
    }

    @Test
    void twoFittingCandidatesHalveTheConfidence() {
        OnlineLinker.Candidate c = linker(api()).lookup("Twin Town", EntityType.Place).orElseThrow();
        assertEquals("Q999103", c.qid());
        assertEquals(0.45, c.confidence(), 1e-9);
    }

    @Test
    void cachedAnswersIncludingNoAnswerMakeNoRequest() throws IOException {
        OnlineLinker first = linker(api());
        assertTrue(first.lookup("Hayat Tahrir al-Sham", EntityType.ArmedGroup).isPresent());
        assertEquals(Optional.empty(), first.lookup("Nowhere Brigade", EntityType.ArmedGroup));
        assertEquals(2, requests.get());
        Path noAnswer = first.cacheFile("Nowhere Brigade");
        String json = Files.readString(noAnswer);
        assertTrue(json.contains("\"search\" : [ ]"), json);
        assertTrue(json.contains("\"name\" : \"Nowhere Brigade\""), json);

        // same names again, differently written, from a new linker whose API is unreachable
        OnlineLinker again = linker("http://127.0.0.1:" + StandIns.closedPort() + "/w/api.php");
        assertEquals("Q999100", again.lookup("hayat tahrir al-sham", EntityType.ArmedGroup).orElseThrow().qid());
        assertEquals(Optional.empty(), again.lookup("Nowhere  Brigade", EntityType.ArmedGroup));
        assertEquals(2, requests.get(), "no request for cached answers");
        assertEquals(0, again.requests());
        assertEquals(2, again.cacheHits());
        assertFalse(again.offline());
    }

    @Test
    void withoutANetworkItSaysSoOnceAndGoesOnFromTheCache() {
        OnlineLinker l = linker("http://127.0.0.1:" + StandIns.closedPort() + "/w/api.php");
        NoNetworkException e = assertThrows(NoNetworkException.class,
                () -> l.lookup("Hayat Tahrir al-Sham", EntityType.ArmedGroup));
        assertTrue(e.getMessage().startsWith("cannot reach http://127.0.0.1:"), e.getMessage());
        assertTrue(e.getMessage().contains("(no network?)"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(l.offline());
        assertThrows(NoNetworkException.class, () -> l.lookup("Nowhere Brigade", EntityType.ArmedGroup));
        assertEquals(1, l.requests(), "after the first failure it stops asking");
    }

    @Test
    void anApiErrorIsOneLineAndNotCached() {
        OnlineLinker l = linker(api());
        RemoteException e = assertThrows(RemoteException.class, () -> l.lookup("Broken", null));
        assertEquals("the Wikidata API answered an error: internal_api_error something broke", e.getMessage());
        assertFalse(Files.exists(l.cacheFile("Broken")));
        assertFalse(l.offline());
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheGivenWait() {
        OnlineLinker l = linker("http://127.0.0.1:" + server.getAddress().getPort() + "/busy/api.php");
        long t0 = System.nanoTime();
        assertEquals(Optional.empty(), l.lookup("Nowhere Brigade", EntityType.ArmedGroup));
        assertEquals(2, requests.get());
        assertTrue(System.nanoTime() - t0 >= 900_000_000L, "waited for Retry-After");
        assertTrue(Files.exists(l.cacheFile("Nowhere Brigade")));
    }

    @Test
    void linkCommandOnline() {
        StandIns.Run r = StandIns.ckg("link", "--online", "--api", api(), "--cache", cache.toString(),
                "--type", "ArmedGroup", "Hayat Tahrir al-Sham", "Nowhere Brigade");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals("Hayat Tahrir al-Sham\tQ999100\tHayat Tahrir al-Sham\tSalafi jihadist militant group in Syria"
                + "\t0.90\twikidata", lines.get(0));
        assertTrue(lines.get(1).startsWith("Nowhere Brigade\t-\t"), lines.get(1));
        assertTrue(lines.get(1).endsWith("no candidate fits"), lines.get(1));

        StandIns.Run again = StandIns.ckg("link", "--online", "--api", api(), "--cache", cache.toString(),
                "--type", "ArmedGroup", "Hayat Tahrir al-Sham");
        assertTrue(again.out().strip().endsWith("wikidata (cached)"), again.out());
        assertEquals(2, requests.get());
    }

    @Test
    void linkCommandWithoutANetworkSaysSoInOneLineAndAnswersTheRest() {
        StandIns.Run r = StandIns.ckg("link", "--online", "--api",
                "http://127.0.0.1:" + StandIns.closedPort() + "/w/api.php", "--cache", cache.toString(),
                "Aleppo", "Hayat Tahrir al-Sham", "Nowhere Brigade");
        assertEquals(4, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("ckg link: cannot reach http://127.0.0.1:"), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("Aleppo\tQ41183\t"), lines.get(0));
        assertTrue(lines.get(0).endsWith("\tgazetteer"), lines.get(0));
        assertTrue(lines.get(1).endsWith("no network") && lines.get(2).endsWith("no network"), r.out());
    }

    @Test
    void anUnknownTypeIsOneLine() {
        StandIns.Run r = StandIns.ckg("link", "--type", "Planet", "Aleppo");
        assertEquals(2, r.status());
        assertEquals("ckg link: unknown --type 'Planet' (Person, Organization, State, ArmedGroup, Place)",
                r.err().strip());
    }
}
