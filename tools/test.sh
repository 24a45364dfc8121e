#!/usr/bin/env bash
# Builds actorgraph and runs every test: unit, cases, seeds, consumers,
# browser.  Pass ctest options after it, e.g. tools/test.sh -L unit.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh test
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" 2>&1 | grep -E 'error|warning' || true
cmake --build build -j"$(nproc)" >/dev/null
cd build && ctest --output-on-failure -j"$(nproc)" "$@"
