#!/bin/bash
# Consumer test: writes a graph in every format and proves that real tools
# load it: the GraphML and GEXF schemas (xmllint), NetworkX (GraphML and
# GEXF, with time spells), python-igraph (GraphML), graphology-graphml and
# graphology-gexf (node); and our own reader on the GraphML as NetworkX
# rewrites it.
#
#   usage: run_consumers.sh DATASET     (fixture, examples or seeds)
#
# Registered in tests/CMakeLists.txt with LABELS consumers; see common.sh
# for the environment it needs.
source "$(dirname "$0")/common.sh"

dataset="${1:?usage: run_consumers.sh fixture|examples|seeds}"
expect="$CONSUMERS_DIR/expect/$dataset.json"
[ -f "$expect" ] || consumers_fail "no $expect"
consumers_require_tools xmllint unzip dpkg /usr/bin/python3 node npm flock
consumers_npm_install

out="$CONSUMERS_WORK/$dataset"
consumers_make_outputs "$dataset" "$out"

xmllint --noout --nonet --schema "$(consumers_schema graphml.xsd)" \
  "$out/graph.graphml"
/usr/bin/python3 "$CONSUMERS_DIR/strip_viz.py" "$out/graph.gexf" \
  "$out/graph.noviz.gexf"
xmllint --noout --nonet --schema "$(consumers_schema gexf.xsd)" \
  "$out/graph.noviz.gexf"
/usr/bin/python3 "$CONSUMERS_DIR/check_python.py" "$out" "$expect"
NODE_PATH="$CONSUMERS_DIR/node_modules" \
  node "$CONSUMERS_DIR/check_graphology.js" "$out" "$expect"
# Our reader on GraphML that another tool rewrote (its own key ids and
# value spellings): every query answers the same.
/usr/bin/python3 "$CONSUMERS_DIR/rewrite_networkx.py" "$out/graph.graphml" \
  "$out/graph.networkx.graphml"
for query in relations stats "top -n 20 --by weighted-degree"; do
  # shellcheck disable=SC2086  # $query is several words on purpose
  "$ACTORGRAPH_BINARY" query "$out/graph.graphml" $query --json \
    > "$out/query.ours.jsonl"
  # shellcheck disable=SC2086
  "$ACTORGRAPH_BINARY" query "$out/graph.networkx.graphml" $query --json \
    > "$out/query.networkx.jsonl"
  [ -s "$out/query.ours.jsonl" ] || consumers_fail "query $query: no answer"
  diff "$out/query.ours.jsonl" "$out/query.networkx.jsonl" >&2 ||
    consumers_fail "query $query differs on the NetworkX-rewritten GraphML"
done
echo "actorgraph query: same answers on the NetworkX-rewritten GraphML"
echo "consumers $dataset: OK"
