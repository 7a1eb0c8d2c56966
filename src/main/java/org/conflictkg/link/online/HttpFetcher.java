package org.conflictkg.link.online;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP client the on-line parts share: a User-Agent that names the project (Wikimedia's
 * User-Agent policy asks for one, with a way to contact the operator: set {@code CKG_CONTACT} or
 * {@code -Dckg.contact}), a connect time-out, a time-out for each answer, and a retry after HTTP
 * 429 or 503 that honours {@code Retry-After}. Failures become {@link NoNetworkException} (nothing
 * reached) or {@link RemoteException} (reached, but no usable answer), each with a one-line message.
 */
public final class HttpFetcher {
    public static final String VERSION = "0.1.0";
    private static final int RETRIES = 2;
    private static final long MAX_RETRY_WAIT_SECONDS = 30;

    private final HttpClient client;
    private final Duration answerTimeout;
    private final String userAgent;

    public HttpFetcher(Duration connectTimeout, Duration answerTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.answerTimeout = answerTimeout;
        this.userAgent = userAgent();
    }

    /** The User-Agent sent with every request. */
    public static String userAgent() {
        String contact = System.getProperty("ckg.contact", System.getenv("CKG_CONTACT"));
        return "conflict-kg/" + VERSION + " (conflict news knowledge graph; Wikidata gazetteer and linking"
                + (contact == null || contact.isBlank() ? "" : "; " + contact.strip()) + ") java-http-client/"
                + Runtime.version().feature();
    }

    public String userAgentHeader() {
        return userAgent;
    }

    /** GET, expecting the given media type. */
    public String get(URI uri, String accept) {
        return send(HttpRequest.newBuilder(uri).GET(), uri, accept);
    }

    /** POST of an {@code application/x-www-form-urlencoded} body. */
    public String postForm(URI uri, String formBody, String accept) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(formBody, StandardCharsets.UTF_8)), uri, accept);
    }

    private String send(HttpRequest.Builder b, URI uri, String accept) {
        HttpRequest req = b.header("User-Agent", userAgent).header("Accept", accept).timeout(answerTimeout).build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> resp;
            try {
                resp = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpConnectTimeoutException e) {
                throw unreachable(uri, "connection timed out", e);
            } catch (HttpTimeoutException e) {
                throw new RemoteException(host(uri) + " gave no answer within " + answerTimeout.toSeconds() + " s", e);
            } catch (ConnectException | UnknownHostException | NoRouteToHostException e) {
                throw unreachable(uri, reason(e), e);
            } catch (IOException e) {
                Throwable root = rootCause(e);
                if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException
                        || root instanceof ConnectException || root instanceof NoRouteToHostException) {
                    throw unreachable(uri, reason(root), e);
                }
                throw new RemoteException(host(uri) + ": " + reason(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteException("interrupted while waiting for " + host(uri), e);
            }
            int status = resp.statusCode();
            if (status == 200) {
                return resp.body();
            }
            if ((status == 429 || status == 503) && attempt < RETRIES) {
                sleep(retryAfter(resp).orElse(5L * (attempt + 1)));
                continue;
            }
            throw new RemoteException(host(uri) + " answered HTTP " + status + firstLine(resp.body()));
        }
    }

    private static NoNetworkException unreachable(URI uri, String why, Throwable cause) {
        return new NoNetworkException("cannot reach " + host(uri) + " (no network?): " + why, cause);
    }

    static String host(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority() + (uri.getPath() == null ? "" : uri.getPath());
    }

    /**
     * When the failure (anywhere in its cause chain) is a network one, what it was in a few words:
     * "host not found", "connection refused", "cannot connect", "connection timed out".
     */
    public static Optional<String> networkCause(Throwable e) {
        String found = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return Optional.of("host not found");
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof java.net.SocketTimeoutException) {
                found = "connection timed out";
            } else if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                String m = t.getMessage();
                found = m != null && m.toLowerCase(java.util.Locale.ROOT).contains("refused")
                        ? "connection refused" : "cannot connect";
            }
        }
        return Optional.ofNullable(found);
    }

    /** Why a request failed, in a few words: the first exception in the chain that says something. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "host not found" + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")");
            }
            String m = t.getMessage();
            if (m != null && !m.isBlank()) {
                return (t.getClass().getSimpleName() + ": " + m).replaceAll("\\s+", " ");
            }
        }
        return e.getClass().getSimpleName();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String body) {
        if (body == null) {
            return "";
        }
        String s = body.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return "";
        }
        return ": " + (s.length() > 200 ? s.substring(0, 200) + "..." : s);
    }

    private static Optional<Long> retryAfter(HttpResponse<?> resp) {
        try {
            return resp.headers().firstValue("Retry-After").map(String::strip).map(Long::parseLong)
                    .map(s -> Math.max(1, Math.min(s, MAX_RETRY_WAIT_SECONDS)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("interrupted while waiting to retry");
        }
    }
}
