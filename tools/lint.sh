#!/usr/bin/env bash
# Source hygiene, run by CTest (lint_test) and so by CI:
#  - every C++ file is clang-format clean (.clang-format: Google style);
#    fix with:  git ls-files '*.h' '*.cc' | xargs clang-format -i
#  - no source file is longer than 500 lines (split it by topic).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.h' '*.cc')
[ ${#files[@]} -gt 0 ] || { echo "lint: no C++ files found" >&2; exit 1; }
bad=0
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "$f: not clang-format clean"
    bad=1
  fi
  lines=$(wc -l <"$f")
  if [ "$lines" -gt 500 ]; then
    echo "$f: $lines lines (at most 500)"
    bad=1
  fi
done
exit $bad
