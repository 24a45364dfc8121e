#!/usr/bin/env bash
# Browser test of the HTML view (CTest label "browser").
#
#   run_view_test.sh VIEW_FIXTURE OUT_DIR [ACTORGRAPH SOURCE_DIR]
#
# Writes the fixture graph's page with VIEW_FIXTURE (and, given ACTORGRAPH,
# the page of SOURCE_DIR/examples/corpus with `actorgraph build`), opens
# them in headless Chromium in the page's self-test mode (#selftest: a
# search, a click on the result, a click on a relation, a relation type
# unticked), checks the reports with check_selftest.js, and keeps
# screenshots in OUT_DIR.  Exits 77 (skipped) when chromium or node is
# missing.
set -euo pipefail

fixture=$1
out=$(mkdir -p "$2" && cd "$2" && pwd)  # absolute: it goes into file:// URLs
actorgraph=${3:-}
source_dir=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [[ -z $browser ]]; then
  echo "SKIP: chromium not found (apt-get install -y chromium)"
  exit 77
fi
if ! command -v node > /dev/null; then
  echo "SKIP: node not found"
  exit 77
fi

rm -rf "$out/profile"
: > "$out/chromium.log"

chromium() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$out/profile" --window-size=1280,800 \
    "$@" 2>> "$out/chromium.log"
}

"$fixture" "$out/view_fixture.html"
page="file://$out/view_fixture.html"
chromium --virtual-time-budget=5000 --dump-dom "$page#selftest&q=zoe" \
  > "$out/selftest-zoe.html"
chromium --virtual-time-budget=5000 --dump-dom \
  "$page#selftest&q=FENWICK&hide=attacks&modality=future" \
  > "$out/selftest-fenwick.html"
chromium --virtual-time-budget=5000 --dump-dom "$page#selftest&q=onerror" \
  > "$out/selftest-hostile.html"
node "$here/check_selftest.js" fixture "$out/selftest-zoe.html" \
  "$out/selftest-fenwick.html" "$out/selftest-hostile.html"

chromium --virtual-time-budget=5000 \
  --screenshot="$out/view_fixture.png" "$page#select=country:SYL" > /dev/null
if [[ ! -s $out/view_fixture.png ]]; then
  echo "FAIL: no screenshot written (see $out/chromium.log)"
  exit 1
fi
echo "screenshot: $out/view_fixture.png"

# The page `actorgraph build INPUT ARGS...` writes to NAME.html, its
# self-test (check_selftest.js KIND) with the search Q, and a screenshot,
# each page given BUDGET milliseconds of virtual time.
check_corpus_view() {
  local name=$1 input=$2 kind=$3 q=$4 budget=$5
  shift 5
  if ! "$actorgraph" build "$input" "$@" -o "$out/$name.html" \
      2> "$out/build-$name.log"; then
    echo "FAIL: actorgraph build $name:"
    cat "$out/build-$name.log"
    exit 1
  fi
  chromium --virtual-time-budget="$budget" --dump-dom \
    "file://$out/$name.html#selftest&q=$q" > "$out/selftest-$name.html"
  node "$here/check_selftest.js" "$kind" "$out/selftest-$name.html"
  chromium --virtual-time-budget="$budget" --screenshot="$out/$name.png" \
    "file://$out/$name.html" > /dev/null
  [[ -s $out/$name.png ]] || { echo "FAIL: no $name screenshot"; exit 1; }
  echo "screenshot: $out/$name.png"
}

if [[ -n $actorgraph ]]; then
  check_corpus_view examples "$source_dir/examples/corpus" corpus erdogan 5000
fi

# At corpus scale: the Reuters graph as a user would filter it.
reuters="$source_dir/../shared/corpus/reuters21578.jsonl"
if [[ -n $actorgraph && -f $reuters ]]; then
  check_corpus_view reuters "$reuters" reuters japan 8000 \
    --drop-isolates --min-weight 3 -q
fi
