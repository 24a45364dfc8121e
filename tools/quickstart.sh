#!/usr/bin/env bash
# Builds actorgraph and runs it on the example corpus in examples/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh build
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
mkdir -p out
build/actorgraph build examples/corpus -o out/example.graphml \
  -o out/example.gexf -o out/example.jsonld -o out/example.html \
  --format neo4j -o out/example-neo4j
echo "graph files are in $(pwd)/out/ (open out/example.html in a browser)"
