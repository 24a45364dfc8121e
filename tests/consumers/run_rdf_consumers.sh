#!/bin/bash
# Consumer test of the linked-data and Neo4j outputs: writes a graph in
# every format and proves that real tools read graph.jsonld and neo4j/:
#   jsonld.js (safe mode) and rdflib agree on the RDF and find the edges of
#   graph.jsonl with SPARQL; Neo4j's Cypher linter accepts import.cypher;
#   the CSV headers follow the neo4j-admin rules; Kuzu loads the CSV files
#   and finds the same edges; `actorgraph query` reads graph.jsonld back to
#   the same answers as graph.graphml.
#
#   usage: run_rdf_consumers.sh DATASET     (fixture, examples or seeds)
#
# Registered in tests/CMakeLists.txt with LABELS consumers; see common.sh
# for the environment.  Needs the Debian package python3-rdflib.
source "$(dirname "$0")/common.sh"

dataset="${1:?usage: run_rdf_consumers.sh fixture|examples|seeds}"
expect=()
[ "$dataset" = fixture ] && expect=("$CONSUMERS_DIR/expect/rdf_fixture.json")
consumers_require_tools /usr/bin/python3 node npm flock
/usr/bin/python3 -c 'import rdflib' 2> /dev/null ||
  consumers_fail "missing rdflib; install the Debian package python3-rdflib"
consumers_npm_install

out="$CONSUMERS_WORK/rdf-$dataset"
consumers_make_outputs "$dataset" "$out"

node "$CONSUMERS_DIR/jsonld_check.mjs" "$out" "${expect[@]}"
/usr/bin/python3 "$CONSUMERS_DIR/rdflib_check.py" "$out" "${expect[@]}"
/usr/bin/python3 "$CONSUMERS_DIR/csv_header_check.py" "$out/neo4j"
node "$CONSUMERS_DIR/neo4j_check.mjs" "$out" "${expect[@]}"

# Our own reader: the JSON-LD file answers queries as the GraphML file does,
# but for the control characters that XML cannot hold and JSON-LD keeps.
actorgraph="${ACTORGRAPH_BINARY:?set ACTORGRAPH_BINARY to actorgraph}"
xml_safe() { sed -E 's/\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F])//g'; }
for query in "stats --json" "relations --json" "top --by pagerank -n 20 --json"; do
  # shellcheck disable=SC2086  # the query is words
  "$actorgraph" query "$out/graph.graphml" $query | xml_safe \
    > "$out/query.graphml.txt"
  # shellcheck disable=SC2086
  "$actorgraph" query "$out/graph.jsonld" $query | xml_safe \
    > "$out/query.jsonld.txt"
  cmp -s "$out/query.graphml.txt" "$out/query.jsonld.txt" ||
    consumers_fail "'query $query' differs between graph.graphml and" \
      "graph.jsonld: diff $out/query.graphml.txt $out/query.jsonld.txt"
done
echo "rdf consumers $dataset: OK"
