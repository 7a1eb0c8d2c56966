package org.conflictkg.link.online;

import com.sun.net.httpserver.HttpServer;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.EntityType;
import org.conflictkg.extract.Extraction;
import org.conflictkg.extract.Mention;
import org.conflictkg.ingest.Article;
import org.conflictkg.nlp.AnalyzedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** {@code ckg build --online}: unlinked entities get Wikidata items from the API, or the build goes on offline. */
class OnlineLinkStageTest {
    @TempDir
    Path cache;

    private static Extraction extraction(Entity... entities) {
        Article a = new Article("0123456789abcdef", "t.txt", null, null, null, Article.DateSource.UNKNOWN,
                "Fighters of the Nowhere Brigade attacked Aleppo.", 0);
        return new Extraction(new AnalyzedText(a, List.of()), List.of(entities), List.of(), List.of(), List.of(),
                List.of());
    }

    private static Entity entity(String name, EntityType type, String qid) {
        return new Entity(name, type, name, name, qid, qid == null ? 0 : 0.9,
                List.of(new Mention(0, name.length(), name, 0)), null, null, List.of());
    }

    private static OnlineLinker linker(String api, Path cache) {
        return new OnlineLinker(URI.create(api), cache, new HttpFetcher(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                OnlineLinker.DEFAULT_LIMIT);
    }

    @Test
    void unlinkedEntitiesAreLinkedAndLinkedOnesLeftAlone() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", ex -> {
            String q = ex.getRequestURI().getQuery();
            String body = q.contains("search=Nowhere Brigade") || q.contains("search=Nowhere+Brigade")
                    ? "{\"search\":[{\"id\":\"Q999100\",\"label\":\"Nowhere Brigade\",\"description\":\"armed group in Syria\"}],\"success\":1}"
                    : "{\"search\":[],\"success\":1}";
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(b);
            }
        });
        server.start();
        try {
            List<String> notes = new ArrayList<>();
            OnlineLinkStage stage = new OnlineLinkStage(
                    linker("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php", cache), notes::add);
            Entity aleppo = entity("Aleppo", EntityType.Place, "Q41183");
            Extraction out = stage.apply(extraction(entity("Nowhere Brigade", EntityType.ArmedGroup, null), aleppo,
                    entity("Unknown Committee", EntityType.Organization, null)));
            assertEquals("Q999100", out.entities().get(0).qid());
            assertSame(aleppo, out.entities().get(1));
            assertNull(out.entities().get(2).qid());
            assertEquals(List.of(), notes);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void withoutANetworkItSaysSoOnceAndChangesNothing() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        List<String> notes = new ArrayList<>();
        OnlineLinkStage stage = new OnlineLinkStage(linker("http://127.0.0.1:" + port + "/w/api.php", cache), notes::add);
        Extraction in = extraction(entity("Nowhere Brigade", EntityType.ArmedGroup, null),
                entity("Other Front", EntityType.ArmedGroup, null));
        assertSame(in, stage.apply(in));
        assertSame(in, stage.apply(in));
        assertEquals(1, notes.size(), notes.toString());
        assertEquals(true, notes.get(0).startsWith("on-line linking: "), notes.get(0));
    }
}
