#!/usr/bin/env bash
# End-to-end throughput of `actorgraph build` against `wc -w`, run by hand
# (never by the tests):
#
#   bench/run_bench.sh [BINARY] [MB] [RUNS]
#   bench/run_bench.sh build/actorgraph 100 3
#
# Repeats ../shared/corpus/reuters21578.jsonl (with unique ids) into a file
# of at least MB megabytes in /tmp, then times `wc -w` and `actorgraph build
# -j1` / `-j2` writing GraphML and JSON-LD, RUNS rounds (the best run of
# each counts, since other processes on a shared machine only slow runs
# down; CPU seconds are printed too, as they depend less on that load).
# Prints MB/s, documents/s and peak RSS, the ratio to wc -w and the -j2
# speedup, checks that -j1 and -j2 wrote the same bytes, and ends with the
# per-stage CPU breakdown of one `build -j1 --profile`.
# Needs GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/actorgraph}
target_mb=${2:-100}
runs=${3:-3}
corpus=${ACTORGRAPH_BENCH_CORPUS:-$here/../../shared/corpus/reuters21578.jsonl}

[[ -x $bin ]] || { echo "run_bench: no binary at $bin" >&2; exit 2; }
[[ -r $corpus ]] || { echo "run_bench: cannot read $corpus" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "run_bench: needs /usr/bin/time" >&2; exit 2; }

work=$(mktemp -d /tmp/actorgraph-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The input: copy k of every article gets the id "rK-<id>".
input=$work/input.jsonl
corpus_bytes=$(stat -c %s "$corpus")
copies=$(( (target_mb * 1000000 + corpus_bytes - 1) / corpus_bytes ))
for ((k = 1; k <= copies; k++)); do
  sed "s/\"id\": *\"/&r$k-/" "$corpus"
done > "$input"
bytes=$(stat -c %s "$input")
docs=$(wc -l < "$input")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

# measure NAME COMMAND...: runs COMMAND once; keeps in NAME_wall (s),
# NAME_cpu (user+sys s) and NAME_rss (KB) the figures of its fastest run.
measure() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null
  local wall user sys rss best_var=${name}_wall
  read -r wall user sys rss < "$work/time"
  if [[ -z ${!best_var:-} ]] || awk -v a="$wall" -v b="${!best_var}" 'BEGIN { exit !(a < b) }'; then
    printf -v "${name}_wall" '%s' "$wall"
    printf -v "${name}_cpu" '%s' "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
    printf -v "${name}_rss" '%s' "$rss"
  fi
}

# Rounds interleave the runs, so that a burst of load elsewhere on the
# machine does not fall on one of them only.
for ((r = 1; r <= runs; r++)); do
  measure wc wc -w "$input"
  measure j1 "$bin" build "$input" -o "$work/j1.graphml" -o "$work/j1.jsonld" -j1 -q
  measure j2 "$bin" build "$input" -o "$work/j2.graphml" -o "$work/j2.jsonld" -j2 -q
done

rate() { awk -v b="$bytes" -v s="$1" 'BEGIN { printf "%.1f", (s > 0 ? b / 1e6 / s : 0) }'; }
docrate() { awk -v d="$docs" -v s="$1" 'BEGIN { printf "%.0f", (s > 0 ? d / s : 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

echo "input: $mb MB, $docs documents ($copies copies of $(basename "$corpus")); best of $runs runs; $(nproc) cores"
echo
echo "| run | wall s | MB/s | docs/s | CPU s | MB/s per CPU s | cores used | peak RSS MB | wall vs wc -w |"
echo "|---|---|---|---|---|---|---|---|---|"
for run in wc j1 j2; do
  wall_var=${run}_wall cpu_var=${run}_cpu rss_var=${run}_rss
  case $run in
    wc) label='wc -w' ;;
    j1) label='build -j1' ;;
    j2) label='build -j2' ;;
  esac
  echo "| $label | ${!wall_var} | $(rate "${!wall_var}") | $(docrate "${!wall_var}") | ${!cpu_var} | $(rate "${!cpu_var}") | $(ratio "${!cpu_var}" "${!wall_var}") | $(( ${!rss_var} / 1024 )) | $(ratio "${!wall_var}" "$wc_wall")x |"
done
echo
echo "-j2 speedup over -j1 (wall): $(ratio "$j1_wall" "$j2_wall")x"
echo "(the kernel shares the CPU between process groups: when other work"
echo "keeps the cores busy, -j2 gets no more CPU than -j1; see 'cores used')"
for format in graphml jsonld; do
  if cmp -s "$work/j1.$format" "$work/j2.$format"; then
    echo "-j1 and -j2 $format: identical"
  else
    echo "-j1 and -j2 $format: DIFFERENT" >&2
    exit 1
  fi
done
echo
echo "stages of build -j1 --profile (CPU seconds):"
"$bin" build "$input" -o "$work/p.graphml" -o "$work/p.jsonld" -j1 -q --profile 2>&1 |
  grep -v '^actorgraph build:'
