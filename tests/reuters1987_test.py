#!/usr/bin/env python3
"""The 1987 Reuters corpus as one graph, read with the dates of its articles.

Builds ../shared/corpus/reuters21578.jsonl into one GraphML file, lists its
mentions, and checks what the date of a 1987 article implies:

  - "Russia" is at most 5% of the Soviet Union's mentions, the European
    Union at most 2% of the European Community's (Moscow, the Kremlin and
    Brussels are the states of 1987);
  - Mikhail Gorbachev is affiliated with the Soviet Union only;
  - one node holds every "Reagan", "Ronald Reagan", "President Reagan";
  - Nakasone, Baker, Volcker and Lawson are found without a title before
    their name;
  - no affiliated_with edge points to a state or organization on a date
    outside its period in ontology/periods.tsv.

  python3 tests/reuters1987_test.py --actorgraph build/actorgraph \\
      --corpus ../shared/corpus/reuters21578.jsonl

Prints each figure; exits 1 when a check fails, 77 when the corpus is
missing.  Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

G = "{http://graphml.graphdrawing.org/xmlns}"
WITHOUT_TITLE = ["person:yasuhiro-nakasone", "person:james-baker",
                 "person:paul-volcker", "person:nigel-lawson"]


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True)
    if p.returncode not in (0, 3):
        sys.exit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr}")
    return p.stdout


def read_graph(path):
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(G + "key")}
    data = lambda el: {keys[d.get("key")]: d.text or "" for d in el.findall(G + "data")}
    nodes = {n.get("id"): data(n) for n in root.iter(G + "node")}
    edges = [(e.get("source"), e.get("target"), data(e)) for e in root.iter(G + "edge")]
    return nodes, edges


def read_periods(path):
    periods = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if line.startswith("#") or cells[0] in ("", "id"):
                continue
            cells += [""] * (3 - len(cells))
            periods[cells[0]] = (cells[1], cells[2])
    return periods


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--actorgraph", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--periods", default=os.path.join(here, "..", "ontology", "periods.tsv"))
    a = ap.parse_args()
    if not os.path.exists(a.corpus):
        print(f"skipped: no {a.corpus}")
        return 77
    with tempfile.TemporaryDirectory() as work:
        graph = os.path.join(work, "reuters.graphml")
        run([a.actorgraph, "build", a.corpus, "-o", graph, "-q"])
        nodes, edges = read_graph(graph)
        mentions = [json.loads(l) for l in
                    run([a.actorgraph, "mentions", a.corpus]).splitlines() if l]
    failed = []

    def check(ok, what):
        print(("ok    " if ok else "FAIL  ") + what)
        if not ok:
            failed.append(what)

    count = lambda i: int(nodes.get(i, {}).get("mentions") or 0)
    sun, rus = count("country:SUN"), count("country:RUS")
    ec, eu = count("org:ec"), count("org:eu")
    check(sun > 0 and rus <= 0.05 * sun, f"Russia {rus} mentions, Soviet Union {sun}")
    check(ec > 0 and eu <= 0.02 * ec, f"European Union {eu} mentions, European Community {ec}")

    gorbachev = "person:mikhail-gorbachev"
    targets = collections.Counter(t for s, t, d in edges
                                  if s == gorbachev and d.get("relation") == "affiliated_with")
    node_aff = nodes.get(gorbachev, {}).get("affiliation", "")
    check(set(targets) == {"country:SUN"} and node_aff == "country:SUN",
          f"Gorbachev affiliated with {dict(targets)}, node affiliation {node_aff}")

    reagan = collections.Counter(m["actor"] for m in mentions
                                 if re.fullmatch(r"((President|Ronald|Mr\.) )?Reagan", m["text"]))
    check(len(reagan) == 1 and "person:ronald-reagan" in reagan,
          f"Reagan mentions by actor {dict(reagan)}")

    for person in WITHOUT_TITLE:
        plain = sum(1 for m in mentions if m["actor"] == person and not m.get("cue")
                    and m["how"] in ("gazetteer", "short_name"))
        check(plain > 0, f"{person}: {plain} mentions without a title")

    periods = read_periods(a.periods)
    outside = []
    for s, t, d in edges:
        if d.get("relation") != "affiliated_with" or t not in periods:
            continue
        start, end = periods[t]
        for date in re.split(r"[;, ]+", d.get("dates") or ""):
            if date and ((start and date < start) or (end and date > end)):
                outside.append(f"{s} -> {t} on {date}")
    check(not outside, f"affiliations outside the target's period: {outside[:5]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
