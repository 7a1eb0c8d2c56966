package org.conflictkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The Fuseki UI (the {@code webapp/} folder of jena-fuseki-ui) under {@code /fuseki/}, so that the
 * researcher's page can have {@code /}.
 * <p>
 * The Fuseki UI addresses the server relative to the page's own path: at {@code /fuseki/} it asks
 * {@code /fuseki/$/server}, {@code /fuseki/$/ping}, {@code /fuseki/conflict/sparql} and so on. This
 * filter serves the UI's files, forwards its {@code /$/} requests to the server's servlets and hands
 * its dataset requests, with the {@code /fuseki} prefix taken off, to Fuseki's own dispatch (the
 * next filter in the chain), so they are answered exactly as at the root, read-only.
 */
final class FusekiUiFilter implements Filter {
    static final String PREFIX = "/fuseki";
    private static final String UI = "webapp";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.startsWith(PREFIX + "/")) {
            if (path.equals(PREFIX)) {
                resp.sendRedirect(req.getContextPath() + PREFIX + "/");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String rest = path.substring(PREFIX.length());
        if (rest.equals("/") || rest.equals("/index.html")) {
            ClasspathFiles.send(UI, "/index.html", false, resp);
        } else if (rest.startsWith("/static/") || rest.equals("/favicon.ico")) {
            // the UI's file names carry a content hash
            ClasspathFiles.send(UI, rest, true, resp);
        } else if (rest.startsWith("/$/")) {
            req.getRequestDispatcher(rest).forward(req, resp);
        } else {
            chain.doFilter(new Unprefixed(req, rest), response);
        }
    }

    /** The request as if it had been made without the {@code /fuseki} prefix. */
    private static final class Unprefixed extends HttpServletRequestWrapper {
        private final String path;

        Unprefixed(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer();
            url.append(getScheme()).append("://").append(getServerName()).append(':').append(getServerPort())
                    .append(getRequestURI());
            return url;
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }
    }
}
