#!/usr/bin/env bash
# Installs the Debian packages actorgraph needs, if any is missing.
#   tools/deps.sh build   compiler, CMake, Boost.Graph/Test, RapidJSON, ICU,
#                         zlib
#   tools/deps.sh test    the above plus the consumers the tests load exports
#                         with (xmllint, NetworkX, igraph, rdflib, Node.js,
#                         Chromium), Dask (python3-distributed) for the
#                         cluster test and clang for the fuzzers
set -euo pipefail
build=(g++ cmake make libboost-graph-dev libboost-test-dev rapidjson-dev libicu-dev
       zlib1g-dev)
test=(libjgrapht-java libxml2-utils python3 python3-networkx python3-igraph
      python3-rdflib python3-distributed unzip nodejs npm chromium clang
      clang-format)
want=("${build[@]}")
[ "${1:-build}" = test ] && want+=("${test[@]}")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
# Node.js may come from elsewhere than Debian; only ask apt when absent.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
