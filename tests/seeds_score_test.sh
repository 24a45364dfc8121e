#!/usr/bin/env bash
# Builds one GraphML per seed article and scores them with the shared
# scorer; fails below relations precision 0.85, relations F1 0.80 or
# actors recall 0.90.
#   seeds_score_test.sh ACTORGRAPH SHARED_DIR
set -euo pipefail
bin=$1
shared=$2
[ -d "$shared/corpus/seeds" ] || { echo "no $shared/corpus/seeds: skipped"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for f in "$shared"/corpus/seeds/*.txt; do
  "$bin" build "$f" -o "$out/$(basename "$f").graphml" -q
done
report=$(python3 "$shared/score/score_graphml.py" "$shared/gold/seeds.json" "$out")
echo "$report"
python3 - "$report" <<'PY'
import re, sys
text = sys.argv[1]
rel = re.search(r"overall relations: P=([\d.]+) R=([\d.]+) F1=([\d.]+)", text)
act = re.search(r"overall actors: P=([\d.]+) R=([\d.]+) F1=([\d.]+)", text)
p, r, f1 = map(float, rel.groups())
actors_recall = float(act.group(2))
failures = []
if p < 0.85: failures.append(f"relations precision {p:.3f} < 0.85")
if f1 < 0.80: failures.append(f"relations F1 {f1:.3f} < 0.80")
if actors_recall < 0.90: failures.append(f"actors recall {actors_recall:.3f} < 0.90")
for line in failures: print("FAIL:", line)
sys.exit(1 if failures else 0)
PY
