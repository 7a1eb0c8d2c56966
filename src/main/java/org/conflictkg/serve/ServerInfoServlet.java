package org.conflictkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;

/**
 * Read-only answers to the Fuseki UI's questions about the server ({@code /$/server}) and its
 * datasets ({@code /$/datasets}), describing the one read-only dataset. The admin module, which
 * would also let anyone create and delete datasets, is not installed.
 */
final class ServerInfoServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String dataset;
    private final Instant started = Instant.now();

    ServerInfoServlet(String dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        String path = req.getRequestURI();
        ArrayNode list;
        if (path.contains("/$/server")) {
            root.put("version", org.apache.jena.fuseki.Fuseki.VERSION);
            root.put("built", "");
            root.put("startDateTime", started.toString());
            root.put("uptime", Instant.now().getEpochSecond() - started.getEpochSecond());
        }
        list = root.putArray("datasets");
        if (path.endsWith("/$/datasets") || path.endsWith("/$/datasets/") || path.contains("/$/server")
                || path.endsWith(dataset)) {
            ObjectNode ds = list.addObject();
            ds.put("ds.name", dataset);
            ds.put("ds.state", true);
            ArrayNode services = ds.putArray("ds.services");
            service(services, "query", "SPARQL Query", "sparql", "query");
            service(services, "gsp-r", "Graph Store Protocol (Read)", "get", "data");
        }
        if (path.endsWith(dataset)) {
            root = (ObjectNode) list.get(0);
        }
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(JSON.writeValueAsString(root));
    }

    private static void service(ArrayNode services, String type, String description, String... endpoints) {
        ObjectNode s = services.addObject();
        s.put("srv.type", type);
        s.put("srv.description", description);
        ArrayNode e = s.putArray("srv.endpoints");
        for (String ep : endpoints) {
            e.add(ep);
        }
    }
}
