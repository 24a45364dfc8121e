#!/usr/bin/env bash
# Builds one GraphML per article of the Reuters development gold and scores
# them with the shared scorer by relation name and by CAMEO root; fails
# below the figures reached so far (the floors below), so that a change
# that loses events shows.
#   reuters_dev_score_test.sh ACTORGRAPH SHARED_DIR
set -euo pipefail
bin=$1
shared=$2
gold=$shared/gold/reuters-dev.json
[ -f "$gold" ] && [ -f "$shared/score/corpus_docs.py" ] || { echo "no $gold: skipped"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/docs" "$out/graphs"
python3 "$shared/score/corpus_docs.py" "$gold" "$shared/corpus/reuters21578.jsonl" "$out/docs" >/dev/null
for f in "$out"/docs/*.txt; do
  "$bin" build "$f" -o "$out/graphs/$(basename "$f").graphml" -q
done
status=0
# by: minimum precision, minimum F1
for spec in "name 0.90 0.60" "cameo 0.93 0.62"; do
  read -r by min_p min_f1 <<<"$spec"
  line=$(python3 "$shared/score/score_graphml.py" "$gold" "$out/graphs" --by "$by" |
         grep '^overall relations')
  echo "--by $by: $line"
  python3 - "$line" "$min_p" "$min_f1" "$by" <<'PY' || status=1
import re, sys
line, min_p, min_f1, by = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
p, r, f1 = map(float, re.search(r"P=([\d.]+) R=([\d.]+) F1=([\d.]+)", line).groups())
bad = []
if p < min_p: bad.append(f"--by {by}: relations precision {p:.3f} < {min_p}")
if f1 < min_f1: bad.append(f"--by {by}: relations F1 {f1:.3f} < {min_f1}")
for b in bad: print("FAIL:", b)
sys.exit(1 if bad else 0)
PY
done
exit $status
