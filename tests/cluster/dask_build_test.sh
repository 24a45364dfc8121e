#!/usr/bin/env bash
# tools/dask_build.py on a LocalCluster of 2 worker processes writes the
# same bytes as one `actorgraph build`: the Reuters-21578 corpus (cut into
# shards of 2 MB) plus the example corpus's .txt articles, in GraphML,
# JSON-LD, GEXF and Neo4j CSV; a missing input is exit status 4.
#   dask_build_test.sh ACTORGRAPH SOURCE_DIR SHARED_DIR
# Skipped (77) without a Python that has Dask's `distributed` (Debian:
# python3-distributed, for /usr/bin/python3) or without ../shared.
set -euo pipefail
bin=$1
src=$2
shared=$3
corpus=$shared/corpus/reuters21578.jsonl
[ -r "$corpus" ] || { echo "no $corpus: skipped"; exit 77; }
python=
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import distributed' 2>/dev/null; then
    python=$candidate
    break
  fi
done
[ -n "$python" ] || { echo "no python3 with distributed: skipped"; exit 77; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
inputs=("$corpus" "$src/examples/corpus")
"$bin" build "${inputs[@]}" -o "$out/build.graphml" -o "$out/build.jsonld" \
  -o "$out/build.gexf" --format neo4j -o "$out/build-neo4j" -j1 -q
"$python" "$src/tools/dask_build.py" "${inputs[@]}" --workers 2 --shard-mb 2 \
  --binary "$bin" --ontology "$src/ontology" \
  -o "$out/dask.graphml" -o "$out/dask.jsonld" -o "$out/dask.gexf" \
  --format neo4j -o "$out/dask-neo4j"
for format in graphml jsonld gexf; do
  cmp "$out/build.$format" "$out/dask.$format"
done
diff -r "$out/build-neo4j" "$out/dask-neo4j"
# The graph is not trivially equal: it has edges.
edges=$(grep -c '<edge ' "$out/dask.graphml")
[ "$edges" -gt 100 ] || { echo "FAIL: only $edges edges"; exit 1; }

status=0
"$python" "$src/tools/dask_build.py" "$out/no-such.jsonl" --workers 1 \
  --binary "$bin" -o "$out/x.graphml" 2>"$out/err" || status=$?
grep -q "no-such.jsonl: no such file or directory" "$out/err"
[ "$status" -eq 4 ] || { echo "FAIL: missing input gave status $status"; exit 1; }
[ ! -e "$out/x.graphml" ]
echo "dask_build: $edges edges, byte-identical to build"
