#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (ASan + UBSan) in build-fuzz and
# runs each for SECONDS (default 60) on its seed corpus.  Fails on the first
# crash, leak, timeout or sanitizer report; the reproducer is left in
# build-fuzz/crashes/NAME/ (add it to fuzz/regressions/NAME/ once fixed).
#   fuzz/run_fuzzers.sh 60                 all harnesses, 60 s each
#   fuzz/run_fuzzers.sh 600 extract        one harness, 10 minutes
# Prints each run's last status line (executions, cov:, ft:).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(ingest ontology case_file extract)
build=${FUZZ_BUILD_DIR:-build-fuzz}
jobs=${FUZZ_BUILD_JOBS:-2}

CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DACTORGRAPH_FUZZ=ON -DACTORGRAPH_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$jobs" --target \
  $(printf '%s_fuzzer ' "${names[@]}") >/dev/null

export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
for name in "${names[@]}"; do
  work="$build/corpus/$name"       # grows across runs; seeds stay clean
  crashes="$build/crashes/$name"
  mkdir -p "$work" "$crashes"
  log="$build/$name.log"
  echo "== $name: ${seconds}s"
  if "$build/fuzz/${name}_fuzzer" "$work" "fuzz/corpus/$name" \
      -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 \
      -max_len=8192 -print_final_stats=1 -artifact_prefix="$crashes/" \
      >"$log" 2>&1; then
    grep -E '^#[0-9]+.*(DONE|pulse)' "$log" | tail -1
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$log"
  else
    echo "$name: FAILED, see $log; reproducer in $crashes/" >&2
    grep -E 'ERROR|SUMMARY|runtime error|fuzz invariant' "$log" | head -5 >&2
    status=1
  fi
done
exit $status
