#!/usr/bin/env python3
"""Codes PETRARCH's validation records with actorgraph and scores the result.

The suite (../shared/reference/petrarch-validate) ships its own actor,
agent and verb dictionaries for invented countries and people.  This script
builds a temporary ontology from the default one (lexicon, CAMEO table,
relation rules) with those dictionaries as its only actors and the verb
dictionary converted by ontology/tools/convert_petrarch_verbs.py
(--synonyms-alone) as one more rules file, runs `actorgraph mentions` and
`actorgraph extract` on the records and prints three shares:

  actors    coded events whose source and target actor codes are both among
            the codes actorgraph gives the record's mentions
  events    coded events (source code, target code, CAMEO root) that
            actorgraph produces as a relation
  noevents  records that must produce no event but get a relation

  python3 tests/petrarch_validate.py --actorgraph build/actorgraph \\
      --reference ../shared/reference/petrarch-validate --min-actors 0.9 -v

--diff prints each record with a missed event (or a coded noevents record)
beside what was coded and by which rule; --no-verbs codes with the default
rules alone.

Exit status 1 when a share is below its --min-* bar (or noevents above
--max-noevents), 2 on a usage error.  Python 3 standard library only.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile

INCLUDED = set("DEMO ACTOR VERB AGENT COMPOUND PATTERN DATE MODIFY SYNSET".split())


def find(reference, part):
    for name in sorted(os.listdir(reference)):
        if part in name and name.endswith(".txt"):
            return os.path.join(reference, name)
    sys.exit(f"{reference}: no *{part}*.txt dictionary")


def convert_verbs(default, reference, out):
    """The suite's verb dictionary as a rules file, by the converter that
    makes verbs/cameo_verbs.rules."""
    tools = os.path.join(default, "tools")
    sys.path.insert(0, tools)
    import convert_petrarch_verbs as cv
    conv = cv.Converter(cv.Dictionary(find(reference, "_verbs_")),
                        cv.load_codes(os.path.join(default, "cameo.tsv")),
                        synonyms_alone=True)
    conv.convert_all()
    with open(out, "w", encoding="utf-8") as f:
        f.write(cv.render(conv))


def make_ontology(default, reference, work, verbs):
    """A copy of the default ontology whose actors (and, with verbs, extra
    verb patterns) are the suite's."""
    onto = os.path.join(work, "ontology")
    os.makedirs(os.path.join(onto, "actors"))
    for name in os.listdir(default):
        # periods.tsv speaks of the default actors, absent here.
        if name not in ("actors", "periods.tsv", "rules"):
            os.symlink(os.path.abspath(os.path.join(default, name)),
                       os.path.join(onto, name))
    for part, kind in (("_actors_", "actors"), ("_agents_", "agents")):
        os.symlink(os.path.abspath(find(reference, part)),
                   os.path.join(onto, "actors", f"validate.{kind}.txt"))
    rules = os.path.join(onto, "rules")
    os.makedirs(rules)
    extra = os.path.join(default, "rules")
    for name in sorted(os.listdir(extra)) if os.path.isdir(extra) else []:
        os.symlink(os.path.abspath(os.path.join(extra, name)),
                   os.path.join(rules, name))
    if verbs:
        convert_verbs(default, reference, os.path.join(rules, "zz_validate_verbs.rules"))
    return onto


def attributes(text):
    return dict(re.findall(r'(\w+)="([^"]*)"', text))


def read_records(reference):
    """The records; a regular-expression reader, since the file's comments
    are not all well-formed XML."""
    path = os.path.join(reference, "PETR_Validate_records_2_02.xml")
    with open(path, encoding="utf-8") as f:
        xml = re.sub(r"<!--.*?-->", "", f.read(), flags=re.S)
    records = []
    for head, body in re.findall(r"<Sentence\b([^>]*)>(.*?)</Sentence>", xml, re.S):
        a = attributes(head)
        if a.get("category") not in INCLUDED or a.get("evaluate") == "false":
            continue
        m = re.search(r"<Text>(.*?)</Text>", body, re.S)
        text = " ".join(html.unescape(m.group(1) if m else "").split())
        d = a.get("date", "")
        date = f"{d[0:4]}-{d[4:6]}-{d[6:8]}" if re.fullmatch(r"\d{8}", d) else ""
        events, quiet = [], False
        for e in re.findall(r"<EventCoding\b([^>]*)/?>", body):
            e = attributes(e)
            if e.get("noevents") == "True":
                quiet = True
                continue
            events.append((e.get("sourcecode", ""), e.get("targetcode", ""),
                           e.get("eventcode", "")))
        records.append({"id": a.get("id"), "date": date, "text": text,
                        "events": events, "noevents": quiet})
    return records


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True)
    if p.returncode not in (0, 3):
        sys.exit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr}")
    return [json.loads(line) for line in p.stdout.splitlines() if line.strip()]


def actor_code(code):
    """False for PETRARCH's null codes: no actor, or one deliberately
    left uncoded ('---', '+++')."""
    return bool(code) and code not in ("---", "+++")


def root(code):
    return code[:2]


def coded_events(mentions, extracted):
    """Per record: the mention codes, and (source, target, root) -> the
    rules that coded it."""
    codes = {}
    by_span = {}  # the code of the mention at each (doc, start, end)
    for m in mentions:
        if m.get("cameo"):
            codes.setdefault(m["doc"], set()).add(m["cameo"])
            by_span[(m["doc"], m["start"], m["end"])] = m["cameo"]
    coded = {}
    for r in extracted:
        if r.get("kind") != "relation" or r.get("polarity") != "positive":
            continue
        ev = r["evidence"]
        if ev.get("modality") == "hypothetical":
            continue
        doc = ev["doc"]
        s = by_span.get((doc, ev.get("source_start"), ev.get("source_end")), "")
        t = by_span.get((doc, ev.get("target_start"), ev.get("target_end")), "")
        pairs = [(s, t)] + ([(t, s)] if r.get("symmetric") else [])
        for a, b in pairs:
            key = (a, b, root(r.get("cameo", "")))
            coded.setdefault(doc, {}).setdefault(key, set()).add(ev.get("rule", ""))
    return codes, coded


def score(records, mentions, extracted):
    codes, coded = coded_events(mentions, extracted)
    total = found = events_found = skipped = 0
    misses, diffs = [], []
    for rec in records:
        have = codes.get(rec["id"], set())
        got = coded.get(rec["id"], {})
        missed = []
        for src, tgt, ev in rec["events"]:
            if not actor_code(src) or not actor_code(tgt):
                skipped += 1
                continue
            total += 1
            ok = src in have and tgt in have
            found += ok
            hit = (src, tgt, root(ev)) in got
            events_found += hit
            if not hit:
                missed.append(f"{src} {tgt} {ev}" + ("" if ok else " (actors)"))
            if not ok:
                misses.append(f"{rec['id']}: {src} {tgt} not both in {sorted(have)}")
        if missed or (rec["noevents"] and got):
            diffs.append((rec, missed, got))
    quiet = [r for r in records if r["noevents"]]
    noisy = sum(1 for r in quiet if coded.get(r["id"]))
    return total, found, events_found, len(quiet), noisy, misses, skipped, diffs


def print_diffs(diffs):
    """Each record with a missed gold event or a coded noevents record:
    its text, the misses and what actorgraph coded (with the rules)."""
    for rec, missed, got in diffs:
        print(f"== {rec['id']}{' (noevents)' if rec['noevents'] else ''}: {rec['text']}")
        for m in missed:
            print(f"   missed {m}")
        for (s, t, r), rules in sorted(got.items()):
            print(f"   coded  {s or '?'} {t or '?'} {r}  {' '.join(sorted(rules))}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--actorgraph", required=True)
    ap.add_argument("--reference", required=True)
    ap.add_argument("--ontology", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "ontology"))
    ap.add_argument("--min-actors", type=float, default=0.0)
    ap.add_argument("--min-events", type=float, default=0.0)
    ap.add_argument("--max-noevents", type=float, default=1.0)
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list the events whose actors were not both found")
    ap.add_argument("--diff", action="store_true",
                    help="print each record with a missed event or a coded "
                         "noevents record, with what was coded and by which rule")
    ap.add_argument("--no-verbs", action="store_true",
                    help="leave out the suite's verb dictionary (code with "
                         "the default rules alone)")
    a = ap.parse_args()
    records = read_records(a.reference)
    with tempfile.TemporaryDirectory() as work:
        onto = make_ontology(a.ontology, a.reference, work, not a.no_verbs)
        docs = os.path.join(work, "records.jsonl")
        with open(docs, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({"id": r["id"], "date": r["date"],
                                    "text": r["text"]}) + "\n")
        mentions = run([a.actorgraph, "mentions", docs, "--ontology", onto])
        extracted = run([a.actorgraph, "extract", docs, "--ontology", onto])
    total, found, events, quiet, noisy, misses, skipped, diffs = score(
        records, mentions, extracted)
    if a.diff:
        print_diffs(diffs)
    actors = found / total if total else 0.0
    event_share = events / total if total else 0.0
    noise = noisy / quiet if quiet else 0.0
    if a.verbose:
        for m in misses:
            print("miss", m)
    print(f"records {len(records)}  coded events {total}"
          f"  (not counted: {skipped} with a null actor code)")
    print(f"actors   {found}/{total} = {actors:.3f}  (bar {a.min_actors})")
    print(f"events   {events}/{total} = {event_share:.3f}  (bar {a.min_events})")
    print(f"noevents {noisy}/{quiet} = {noise:.3f} coded  (bar {a.max_noevents})")
    failed = actors < a.min_actors or event_share < a.min_events or noise > a.max_noevents
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
