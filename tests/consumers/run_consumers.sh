#!/bin/bash
# Consumer test: writes a graph in every format and proves that real tools
# load it: the GraphML and GEXF schemas (xmllint), NetworkX (GraphML and
# GEXF, with time spells), python-igraph (GraphML), graphology-graphml and
# graphology-gexf (node).
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
echo "consumers $dataset: OK"
