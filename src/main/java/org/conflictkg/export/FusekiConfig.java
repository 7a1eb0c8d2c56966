package org.conflictkg.export;

import java.nio.file.Path;

/**
 * A Fuseki configuration file (assembler Turtle) for serving a database with a stand-alone
 * Fuseki: the TDB2 database at its folder, the union of the named graphs as the default graph,
 * and read-only services on {@code /conflict}: SPARQL query ({@code /conflict},
 * {@code /conflict/sparql}, {@code /conflict/query}) and Graph Store Protocol read
 * ({@code /conflict/get}); no update, no upload, no write.
 */
public final class FusekiConfig {
    private FusekiConfig() {
    }

    public static final String NAME = "conflict";

    /** The configuration for the database folder, with the query timeout in milliseconds. */
    public static String text(Path db, long timeoutMillis) {
        String location = db.toAbsolutePath().normalize().toString();
        return """
                # Fuseki configuration for the conflict-kg database in %1$s
                # written by: ckg fuseki-config
                # run with:   fuseki-server --config=THIS_FILE   (stand-alone Fuseki 5, e.g. jena-fuseki-server.jar)
                # A TDB2 database is used by one process at a time: stop `ckg serve` first.

                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>

                [] rdf:type fuseki:Server ;
                   fuseki:services ( <#service> ) .

                ## Read-only: SPARQL query and Graph Store Protocol read, nothing that writes.
                <#service> rdf:type fuseki:Service ;
                    rdfs:label "conflict-kg (read-only)" ;
                    fuseki:name "%2$s" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name "get" ] ;
                    ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "%3$d" ] ;
                    fuseki:dataset <#dataset> .

                ## The database: one named graph per article, one for the actors and places
                ## they name, one for the ontology; queries see their union as the default graph.
                <#dataset> rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location "%4$s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(location, NAME, timeoutMillis, escape(location));
    }

    /** A Turtle string's escapes. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
