#!/usr/bin/env bash
# What a merge of many shards costs, run by hand (never by the tests):
#
#   bench/merge_shards.sh [BINARY] [SHARDS]
#   bench/merge_shards.sh build/actorgraph 1000
#
# Deals ../shared/corpus/reuters21578.jsonl round-robin into SHARDS shards
# (default 1000), runs `actorgraph extract -j1` on each (one small record
# stream per shard, as a cluster's map tasks would write), then times
# `actorgraph merge` of all SHARDS streams, and of the same records as one
# stream, printing wall and CPU seconds and peak RSS of each, and checks
# that both write the same GraphML.  Needs GNU time (/usr/bin/time).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/actorgraph}
shards=${2:-1000}
corpus=${ACTORGRAPH_BENCH_CORPUS:-$here/../../shared/corpus/reuters21578.jsonl}

[[ -x $bin ]] || { echo "merge_shards: no binary at $bin" >&2; exit 2; }
[[ -r $corpus ]] || { echo "merge_shards: cannot read $corpus" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "merge_shards: needs /usr/bin/time" >&2; exit 2; }

work=$(mktemp -d /tmp/actorgraph-merge.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/records"

awk -v n="$shards" -v dir="$work/in" \
  '{ printf "%s\n", $0 > sprintf("%s/%05d.jsonl", dir, (NR - 1) % n) }' "$corpus"
start=$(date +%s.%N)
for f in "$work"/in/*.jsonl; do
  "$bin" extract "$f" -j1 -q > "$work/records/$(basename "$f" .jsonl).records"
done
extract_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
cat "$work"/records/*.records > "$work/all.records"

# merge_run NAME STREAMS...: prints "NAME | wall | CPU | peak RSS MB".
merge_run() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
    "$bin" merge "$@" -o "$work/$name.graphml" -q
  local wall user sys rss
  read -r wall user sys rss < "$work/time"
  echo "| $name | $wall | $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') | $((rss / 1024)) |"
}

echo "$(wc -l < "$corpus") articles in $shards shards; extract of all shards: ${extract_s} s wall"
echo "records: $(awk -v b="$(stat -c %s "$work/all.records")" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
echo
echo "| merge of | wall s | CPU s | peak RSS MB |"
echo "|---|---|---|---|"
merge_run "$shards-streams" "$work"/records/*.records
merge_run "1-stream" "$work/all.records"
cmp -s "$work/$shards-streams.graphml" "$work/1-stream.graphml" &&
  echo "same GraphML from $shards streams and from one" ||
  { echo "GraphML DIFFERS" >&2; exit 1; }
