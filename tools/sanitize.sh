#!/usr/bin/env bash
# Builds actorgraph with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-asan and runs the whole test suite under them; any sanitizer report
# is fatal and fails its test.  Pass ctest options after it, e.g.
#   tools/sanitize.sh -L robust
# The huge-line robustness inputs shrink to ACTORGRAPH_ROBUST_BIG_MB
# (default here 8, 50 in the release run) to keep CI time down.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh test
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DACTORGRAPH_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$(nproc)" 2>&1 | grep -E 'error|warning' || true
cmake --build build-asan -j"$(nproc)" >/dev/null
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:print_stacktrace=1:strict_string_checks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ACTORGRAPH_ROBUST_BIG_MB=${ACTORGRAPH_ROBUST_BIG_MB:-8}
cd build-asan && ctest --output-on-failure -j"$(nproc)" "$@"
