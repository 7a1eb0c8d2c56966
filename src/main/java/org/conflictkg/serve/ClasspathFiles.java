package org.conflictkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;

/**
 * Serves read-only files from a folder of the class path: the page's own files ({@code web/}), the
 * webjars ({@code META-INF/resources/webjars/}) and the Fuseki UI ({@code webapp/}). Paths with
 * {@code ..}, backslashes or empty segments are refused, so nothing outside the folder is reachable.
 */
final class ClasspathFiles extends HttpServlet {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("mjs", "text/javascript; charset=UTF-8"),
            Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("md", "text/plain; charset=UTF-8"));

    private final String root;
    private final String index;
    private final boolean immutable;

    /**
     * @param root      class path folder, without leading or trailing slash
     * @param index     the file answered when the request names no file (the exact mappings)
     * @param immutable whether the files never change under their name (versioned webjars)
     */
    ClasspathFiles(String root, String index, boolean immutable) {
        this.root = root;
        this.index = index;
        this.immutable = immutable;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // the exact mappings ("" for "/", and "/index.html") answer the index; the prefix
        // mappings ("/web/*") the file named after the prefix
        String path = req.getPathInfo();
        if (path == null || (req.getServletPath().isEmpty() && path.equals("/"))) {
            path = "/" + index;
        }
        send(root, path, immutable, resp);
    }

    /** Sends {@code root + path} from the class path, or a 404. */
    static void send(String root, String path, boolean immutable, HttpServletResponse resp) throws IOException {
        URL url = safe(path) ? ClasspathFiles.class.getClassLoader().getResource(root + path) : null;
        if (url == null || isFolder(url)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = url.openStream()) {
            byte[] body = in.readAllBytes();
            resp.setContentType(type(path));
            resp.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setContentLength(body.length);
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
        }
    }

    /** Folders have URLs too (a file: folder would even answer a listing): they are not served. */
    private static boolean isFolder(URL url) throws IOException {
        if (url.getPath().endsWith("/")) {
            return true;
        }
        URLConnection c = url.openConnection();
        if (c instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            return entry == null || entry.isDirectory();
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return !Files.isRegularFile(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return true;
            }
        }
        return false;
    }

    static boolean safe(String path) {
        if (!path.startsWith("/") || path.contains("\\") || path.contains("//") || path.contains("\0")) {
            return false;
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    static String type(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
