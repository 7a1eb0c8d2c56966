package org.conflictkg;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sending a request that the server may refuse and then close the connection on (a write to a
 * read-only endpoint): each try on a connection of its own, so that no pooled connection the server
 * has already closed is reused, and one more try when the connection drops before the answer.
 */
public final class TestHttp {
    private TestHttp() {
    }

    public static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException first) {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
