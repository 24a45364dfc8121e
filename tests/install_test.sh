#!/usr/bin/env bash
# Installs the build into a temporary prefix and runs the installed binary
# with the source tree's ontology renamed away: it must find the installed
# ontology, say so in --version, build the example corpus, and, once that
# ontology is gone too, fail with one line naming every place it looked.
# CTest runs it alone (RUN_SERIAL): the rename would break other tests.
#   install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$(cd "$2" && pwd)
away="$src/ontology.away-for-install-test"
# A run killed half-way left the ontology renamed: put it back first.
if [ -d "$away" ] && [ ! -d "$src/ontology" ]; then mv "$away" "$src/ontology"; fi
prefix=$(mktemp -d)
restore() {
  if [ -d "$away" ]; then mv "$away" "$src/ontology"; fi
  rm -rf "$prefix"
}
trap restore EXIT INT TERM
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null
bin="$prefix/bin/actorgraph"
share="$prefix/share/actorgraph"
[ -x "$bin" ] || fail "no $bin"
for f in ontology/relations.rules ontology/lexicon.txt ontology/cameo.tsv \
         ontology/actors/countries.tsv LICENSE THIRD_PARTY.md; do
  [ -f "$share/$f" ] || fail "not installed: share/actorgraph/$f"
done
[ ! -e "$share/ontology/tools" ] || fail "the generators were installed"

mv "$src/ontology" "$away"
unset ACTORGRAPH_ONTOLOGY
version=$("$bin" --version)
[[ "$(head -1 <<<"$version")" =~ ^actorgraph\ [0-9]+\.[0-9]+\.[0-9]+$ ]] ||
  fail "--version says: $version"
[ "$(tail -1 <<<"$version")" = "ontology: $share/ontology" ] ||
  fail "--version says: $version"

out="$prefix/out"
mkdir -p "$out"
"$bin" build "$src/examples/corpus" -o "$out/g.graphml" -q ||
  fail "the installed binary could not build examples/corpus"
edges=$(grep -c '<edge ' "$out/g.graphml" || true)
[ "$edges" -gt 0 ] || fail "the installed binary found no edge"

mv "$share/ontology" "$share/ontology.gone"
set +e
err=$("$bin" build "$src/examples/corpus" -o "$out/h.graphml" -q 2>&1)
status=$?
set -e
want="actorgraph: no ontology directory found (looked in $share/ontology and $src/ontology); reinstall actorgraph, or point at one with --ontology DIR or ACTORGRAPH_ONTOLOGY=DIR"
[ "$status" = 2 ] || fail "exit status $status without an ontology"
[ "$err" = "$want" ] || fail "without an ontology: $err"
[ ! -e "$out/h.graphml" ] || fail "a graph was written without an ontology"
echo "installed to a temporary prefix; $edges edges from examples/corpus; 1 passed, 0 failed"
