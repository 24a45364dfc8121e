#!/usr/bin/env bash
# Cost and memory of one long document, run by hand (never by the tests):
#
#   bench/length_scaling.sh [BINARY] [ARTICLE] [MAX_COPIES]
#   bench/length_scaling.sh build/actorgraph ../shared/corpus/seeds/003_ebc0d1f83aaba057.txt 64
#
# 1. Length: one document of 1, 2, 4 ... MAX_COPIES copies of ARTICLE (a
#    real article; its `date` line is kept once), built with -j1; prints
#    the CPU seconds per document of extraction (`--profile`: every stage
#    but writing the graph files, which depends on the graph, not on the
#    document; no start-up) and of the cue stage, and the cost per doubling
#    (linear = 2x; the bar is 2.2x).  So that short documents are timed as
#    precisely as long ones, each run extracts MAX_COPIES copies in all:
#    the document of N copies is read MAX_COPIES / N times, under as many
#    names (a repeated document id would be left out).
# 2. Pieces: 100 copies as one document against the same 100 copies as
#    100 documents (the bar: within 3x).
# 3. Memory: one 14 MB and one 42 MB document of short sentences written
#    here, peak RSS against 200 MB + 10x the document.
# Each figure is the best of ROUNDS runs (default 3; ACTORGRAPH_BENCH_ROUNDS),
# since load elsewhere on a shared machine only slows runs down.  Needs GNU
# time (/usr/bin/time).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/actorgraph}
article=${2:-$here/../../shared/corpus/seeds/003_ebc0d1f83aaba057.txt}
max_copies=${3:-64}
rounds=${ACTORGRAPH_BENCH_ROUNDS:-3}

[[ -x $bin ]] || { echo "length_scaling: no binary at $bin" >&2; exit 2; }
[[ -r $article ]] || { echo "length_scaling: cannot read $article" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "length_scaling: needs /usr/bin/time" >&2; exit 2; }

work=$(mktemp -d /tmp/actorgraph-length.XXXXXX)
trap 'rm -rf "$work"' EXIT

# repeat COPIES OUT: ARTICLE's date line once, then COPIES copies of its text.
repeat() {
  local k
  { grep -m1 '^date ' "$article" || true
    for ((k = 0; k < $1; k++)); do grep -v '^date ' "$article"; echo; done
  } > "$2"
}

# pipeline_cpu FILE...: best-of-rounds "extraction cues" CPU seconds of
# build -j1 (extraction: the profile's total less its write stage).
pipeline_cpu() {
  local best_total= best_cues= total cues
  for ((r = 0; r < rounds; r++)); do
    read -r total cues < <("$bin" build "$@" -o "$work/out.graphml" -j1 -q \
        --profile 2>&1 | awk '$1 == "total" { t = $2 } $1 == "cues" { c = $2 }
                              $1 == "write" { w = $2 } END { print t - w, c }')
    if [[ -z $best_total ]] || awk -v a="$total" -v b="$best_total" 'BEGIN { exit !(a < b) }'; then
      best_total=$total best_cues=$cues
    fi
  done
  echo "$best_total $best_cues"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

echo "1. one document of N copies of $(basename "$article") ($(stat -c %s "$article") bytes), build -j1, best of $rounds"
echo
echo "| copies | MB | extraction CPU s | cues CPU s | cost per doubling |"
echo "|---|---|---|---|---|"
previous= worst=0
for ((copies = 1; copies <= max_copies; copies *= 2)); do
  repeat "$copies" "$work/doc.txt"
  names=()
  rm -rf "$work/copies" && mkdir "$work/copies"
  for ((k = 0; k < max_copies / copies; k++)); do
    ln "$work/doc.txt" "$work/copies/doc-$k.txt"
    names+=("$work/copies/doc-$k.txt")
  done
  read -r total cues < <(pipeline_cpu "${names[@]}")
  total=$(awk -v t="$total" -v n="${#names[@]}" 'BEGIN { printf "%.5f", t / n }')
  cues=$(awk -v t="$cues" -v n="${#names[@]}" 'BEGIN { printf "%.5f", t / n }')
  step=-
  if [[ -n $previous ]]; then
    step=$(ratio "$total" "$previous")x
    worst=$(awk -v a="${step%x}" -v b="$worst" 'BEGIN { print (a > b ? a : b) }')
  fi
  mb=$(awk -v b="$(stat -c %s "$work/doc.txt")" 'BEGIN { printf "%.2f", b / 1e6 }')
  echo "| $copies | $mb | $total | $cues | $step |"
  previous=$total
done
echo
echo "worst cost per doubling: ${worst}x (bar: 2.2x)"

echo
repeat 100 "$work/long.txt"
mkdir -p "$work/pieces"
for ((k = 0; k < 100; k++)); do repeat 1 "$work/pieces/piece-$k.txt"; done
read -r long _ < <(pipeline_cpu "$work/long.txt")
read -r pieces _ < <(pipeline_cpu "$work/pieces")
echo "2. 100 copies as one document ($(stat -c %s "$work/long.txt") bytes): $long CPU s;"
echo "   as 100 documents: $pieces CPU s; one document / pieces: $(ratio "$long" "$pieces")x (bar: 3x)"

# Short sentences of our own, cycled until the document has MB megabytes:
# titled and known people, pronouns, groups, relations of several kinds.
sentences() {
  awk -v bytes="$(($1 * 1000000))" 'BEGIN {
    s[0] = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow."
    s[1] = "He said the two leaders discussed trade and energy."
    s[2] = "Iran supplies drones to Russia, officials said."
    s[3] = "The European Union sanctions Belarus."
    s[4] = "Foreign Minister Anna Berg of Norway visited Kyiv on Tuesday."
    s[5] = "Turkey'"'"'s president, Recep Tayyip Erdogan, criticized Israel."
    s[6] = "Japan and India held a joint military exercise."
    s[7] = "The pair signed an agreement on Friday."
    n = 0; k = 0
    while (n < bytes) { line = s[k++ % 8]; print line; n += length(line) + 1 }
  }'
}

echo
echo "3. peak RSS of build -j1 on one document of short sentences"
echo
echo "| document MB | peak RSS MB | bar MB (200 + 10x) | CPU s | MB/s per CPU s |"
echo "|---|---|---|---|---|"
for mb in 14 42; do
  sentences "$mb" > "$work/sentences.txt"
  bytes=$(stat -c %s "$work/sentences.txt")
  /usr/bin/time -f '%U %S %M' -o "$work/time" \
    "$bin" build "$work/sentences.txt" -o "$work/out.graphml" -j1 -q
  read -r user sys rss < "$work/time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  echo "| $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') | $((rss / 1024)) |" \
       "$(awk -v b="$bytes" 'BEGIN { printf "%.0f", 200 + 10 * b / 1e6 }') | $cpu |" \
       "$(awk -v b="$bytes" -v c="$cpu" 'BEGIN { printf "%.1f", (c > 0 ? b / 1e6 / c : 0) }') |"
done
