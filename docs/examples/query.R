#!/usr/bin/env Rscript
# Query the conflict-kg SPARQL endpoint from R with httr and jsonlite: events per ACLED sub-event type.
# Usage: Rscript query.R [ENDPOINT]   (default http://localhost:3030/conflict/sparql)
# Needs the packages httr and jsonlite (Debian: apt install r-cran-httr r-cran-jsonlite).
# Prints one line per type: the type, a tab, the number of events.
library(httr)
library(jsonlite)

args <- commandArgs(trailingOnly = TRUE)
endpoint <- if (length(args) > 0) args[1] else "http://localhost:3030/conflict/sparql"

query <- "
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?type (COUNT(DISTINCT ?event) AS ?events) WHERE {
  ?event a ckg:Event ; a ?class .
  ?class ckg:acledSubEventType ?sub .
  # a capture by a state is Government regains territory
  OPTIONAL { ?class ckg:acledSubEventTypeByState ?byState . FILTER EXISTS { ?event ckg:agent/a ckg:State } }
  BIND(COALESCE(?byState, ?sub) AS ?type)
}
GROUP BY ?type
ORDER BY DESC(?events) ?type"

response <- POST(endpoint, body = list(query = query), encode = "form",
                 accept("application/sparql-results+json"))
stop_for_status(response)
bindings <- fromJSON(content(response, as = "text", encoding = "UTF-8"))$results$bindings
events <- data.frame(type = bindings$type$value, events = as.integer(bindings$events$value))
write.table(events, sep = "\t", quote = FALSE, row.names = FALSE, col.names = FALSE)
