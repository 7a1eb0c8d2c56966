#!/usr/bin/env python3
"""Query the conflict-kg SPARQL endpoint with SPARQLWrapper: events per ACLED sub-event type.

Usage: python3 query.py [ENDPOINT]   (default http://localhost:3030/conflict/sparql)
Needs SPARQLWrapper (Debian: apt install python3-sparqlwrapper; or pip install SPARQLWrapper).
Prints one line per type: the type, a tab, the number of events.
"""
import sys

from SPARQLWrapper import JSON, SPARQLWrapper

endpoint = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:3030/conflict/sparql"

sparql = SPARQLWrapper(endpoint)
sparql.setQuery("""
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?type (COUNT(DISTINCT ?event) AS ?events) WHERE {
  ?event a ckg:Event ; a ?class .
  ?class ckg:acledSubEventType ?sub .
  # a capture by a state is Government regains territory
  OPTIONAL { ?class ckg:acledSubEventTypeByState ?byState . FILTER EXISTS { ?event ckg:agent/a ckg:State } }
  BIND(COALESCE(?byState, ?sub) AS ?type)
}
GROUP BY ?type
ORDER BY DESC(?events) ?type
""")
sparql.setReturnFormat(JSON)
results = sparql.query().convert()

for row in results["results"]["bindings"]:
    print(f'{row["type"]["value"]}\t{int(row["events"]["value"])}')
