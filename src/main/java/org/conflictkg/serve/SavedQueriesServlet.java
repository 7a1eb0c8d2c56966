package org.conflictkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.conflictkg.query.SavedQuery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /api/queries}: the saved queries of {@code queries/} as JSON, read once when the server
 * starts, for the page's gallery: name, title, description, category, whether it needs a network,
 * and the query text.
 */
final class SavedQueriesServlet extends HttpServlet {
    private final byte[] body;

    SavedQueriesServlet(List<SavedQuery> queries) {
        ObjectMapper json = new ObjectMapper();
        ArrayNode list = json.createArrayNode();
        for (SavedQuery q : queries) {
            ObjectNode o = list.addObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            o.put("category", q.category().isBlank() ? "Other" : q.category());
            o.put("needsNetwork", q.needsNetwork());
            o.put("query", q.text());
        }
        try {
            body = json.writeValueAsString(list).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
