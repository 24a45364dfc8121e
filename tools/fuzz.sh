#!/usr/bin/env bash
# Runs every libFuzzer harness (fuzz/) for SECONDS each (default 60) with
# clang, ASan and UBSan; fails on any crash.  See fuzz/README.md.
#   tools/fuzz.sh 30
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh test
exec fuzz/run_fuzzers.sh "${1:-60}"
