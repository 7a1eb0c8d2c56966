package org.conflictkg.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Who may reach the server and who may write: the listening address, and, with a password file,
 * HTTP basic authentication for the write and admin endpoints. Without a password file the
 * dataset has no write endpoint at all.
 */
public final class Access {

    /** SPARQL Update endpoint, present only with a password file, for logged-in users. */
    public static final String UPDATE = "update";
    /** Graph Store Protocol read-write endpoint, present only with a password file, for logged-in users. */
    public static final String DATA = "data";
    /** Realm named in the authentication challenge. */
    public static final String REALM = "conflict-kg";

    private Access() {
    }

    /**
     * With a password file, adds the update and read-write Graph Store endpoints and the admin
     * endpoints (compaction, tasks), all open to authenticated users only; the query endpoints stay
     * open to everyone.
     */
    static void configure(FusekiServer.Builder b, String dataset, Path passwordFile) {
        if (passwordFile == null) {
            return;
        }
        checkPasswordFile(passwordFile);
        // Read once at start (no watcher thread): restart the server after changing the file.
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(ResourceFactory.root().newResource(passwordFile.toAbsolutePath()));
        try {
            users.start();
        } catch (Exception e) {
            throw new IllegalArgumentException("--auth " + passwordFile + ": cannot load it: " + e.getMessage(), e);
        }
        ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
        // Fuseki adds the constraints for the endpoints below; these cover the admin servlets.
        JettySecurityLib.addPathConstraint(security, "/$/compact/*");
        JettySecurityLib.addPathConstraint(security, "/$/tasks/*");
        JettySecurityLib.addPathConstraint(security, "/$/tasks");
        b.securityHandler(security)
                .auth(AuthScheme.BASIC)
                .realm(REALM)
                .addEndpoint(dataset, UPDATE, Operation.Update, Auth.ANY_USER)
                .addEndpoint(dataset, DATA, Operation.GSP_RW, Auth.ANY_USER)
                .enableCompact(true);
    }

    /** Binds every connector of a built (not yet started) server to the given address. */
    static void bind(FusekiServer server, String host) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
    }

    /** The address the server listens on (null: every address). */
    public static String host(FusekiServer server) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                return sc.getHost();
            }
        }
        return null;
    }

    /**
     * A password file in Jetty's format: one {@code user: password} (optionally {@code , role}) a
     * line, {@code #} comments. A missing, unreadable or empty file is a user mistake with one line.
     */
    public static int checkPasswordFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--auth " + file + ": no such file");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("--auth " + file + ": cannot read it: " + e.getMessage());
        }
        int users = 0;
        int n = 0;
        for (String line : lines) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0 || l.substring(colon + 1).split(",")[0].isBlank()) {
                throw new IllegalArgumentException("--auth " + file + ": line " + n
                        + " is not 'user: password' (Jetty password file format)");
            }
            users++;
        }
        if (users == 0) {
            throw new IllegalArgumentException("--auth " + file + ": no users in it (one 'user: password' a line)");
        }
        return users;
    }
}
