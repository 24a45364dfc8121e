#!/usr/bin/env bash
# Scores the name finder on real news that this project did not write: the
# CoNLL-2003 and CoNLL04 development splits (names by type, exact spans;
# CoNLL04's Work_For against affiliated_with) and the actors of the Reuters
# development gold.  Fails below the floors, the figures reached so far.
#   ner_score_test.sh ACTORGRAPH SHARED_DIR
set -euo pipefail
bin=$1
shared=$2
score=$shared/score
[ -f "$score/score_ner.py" ] && [ -f "$shared/ner/conll2003-eng.testa" ] ||
  { echo "no $shared/ner: skipped"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
# Fails when a "NAME P=.. R=.. F1=.." line of $2 is below its floor $3 ($4: P, R or F1).
check() {
  python3 - "$1" "$2" "$3" "$4" <<'PY' || status=1
import re, sys
text, name, floor, what = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
m = re.search(re.escape(name) + r"\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)", text)
value = dict(zip(("P", "R", "F1"), map(float, m.groups())))[what] if m else -1
print(f"{name} {what} {value:.3f} (floor {floor})")
if value < floor:
    print(f"FAIL: {name} {what} {value:.3f} < {floor}")
    sys.exit(1)
PY
}
ner() {  # kind file
  local o=$out/$1
  python3 "$score/score_ner.py" prepare "$1" "$shared/ner/$2" "$o" >/dev/null
  "$bin" mentions "$o/docs.jsonl" >"$o/mentions.jsonl"
  if [ "$1" = conll04 ]; then "$bin" build "$o/docs.jsonl" -o "$o/graph.jsonl" -q; fi
  python3 "$score/score_ner.py" score "$o" "$o/mentions.jsonl"
}
r=$(ner conll2003 conll2003-eng.testa)
check "$r" PER 0.83 F1; check "$r" ORG 0.63 F1; check "$r" LOC 0.82 F1
r=$(ner conll04 conll04-dev.json)
check "$r" PER 0.65 F1; check "$r" ORG 0.45 F1; check "$r" Work_For 0.43 F1
gold=$shared/gold/reuters-dev.json
mkdir -p "$out/docs" "$out/graphs"
python3 "$score/corpus_docs.py" "$gold" "$shared/corpus/reuters21578.jsonl" "$out/docs" >/dev/null
for f in "$out"/docs/*.txt; do
  "$bin" build "$f" -o "$out/graphs/$(basename "$f").graphml" -q
done
r=$(python3 "$score/score_graphml.py" "$gold" "$out/graphs" | grep '^overall actors' | sed 's/^overall //')
check "$r" actors: 0.89 R; check "$r" actors: 0.92 P
exit $status
