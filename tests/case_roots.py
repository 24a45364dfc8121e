#!/usr/bin/env python3
"""How well the case files cover each CAMEO root, and a floor for it.

usage: case_roots.py [--min N] CASES_DIR ONTOLOGY_DIR

Prints one row per root 01..20: the cases that expect a relation of that
root, and of the cases about the root (an expect: or reject: line of one of
its relations, or `expect: none` in a file named after one, such as
rejects.cases or cameo_12_rejections.cases):
  negated       an expect: of the root marked [negative];
  hypothetical  a line of the root marked [hypothetical], or a text that
                asks or speculates ("?", whether, if, could, might, may);
  reported      a text with a reporting verb (said, told, claimed, ...);
  traps         a reject: line of the root, or `expect: none`.
With --min N it exits 1 when a root has fewer than N cases or no case of
one of the four kinds.  A relation's root is the first two digits of its
`cameo =` code in the ontology's rules files.
"""
import argparse
import glob
import os
import re
import sys

RELATION = re.compile(r"-(\w+)->\s*.*?(?:\[([^\]]*)\])?\s*$")
HYPOTHETICAL = re.compile(r"\?|\b(whether|if|could|might|may)\b")
REPORTED = re.compile(r"\b(said|says|told|tells|claimed|claims|alleged|"
                      r"alleges|denied|denies|reported|according to|"
                      r"quoted|stated)\b", re.I)
KINDS = ("negated", "hypothetical", "reported", "traps")


def relation_roots(ontology):
    """Relation name -> CAMEO root, from every rules file."""
    roots = {}
    files = [os.path.join(ontology, "relations.rules")]
    files += sorted(glob.glob(os.path.join(ontology, "rules", "*.rules")))
    for path in files:
        name = None
        for line in open(path, encoding="utf-8"):
            block = re.match(r"\[(\w+)\]", line)
            code = re.match(r"cameo\s*=\s*(\d\d)", line)
            if block:
                name = block.group(1)
            elif code and name:
                roots[name] = code.group(1)
    return roots


def read_cases(path):
    """Each case of a file: its text and its (key, value) lines."""
    cases = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        if line[0].isspace() and cases:
            cases[-1]["text"] += " " + line.strip()
            continue
        key, _, value = line.partition(":")
        if key == "text":
            cases.append({"text": value.strip(), "lines": []})
        elif cases:
            cases[-1]["lines"].append((key.strip(), value.strip()))
    return cases


def file_root(path, roots):
    """The root an `expect: none` in this file is a trap for, if any."""
    stem = os.path.basename(path)[:-len(".cases")]
    numbered = re.match(r"cameo_(\d\d)_", stem)
    return numbered.group(1) if numbered else roots.get(stem)


def tally(case, own_root, roots, table):
    """Adds one case to the per-root table."""
    expected, about, marked = set(), set(), set()
    trap = set()
    for key, value in case["lines"]:
        if key == "expect" and value == "none" and own_root:
            about.add(own_root)
            trap.add(own_root)
        match = RELATION.search(value) if key in ("expect", "reject") else None
        if not match or match.group(1) not in roots:
            continue
        root = roots[match.group(1)]
        options = match.group(2) or ""
        about.add(root)
        if key == "reject":
            trap.add(root)
        elif "negative" in options:
            table[root]["negated"].add(case["key"])
        if key == "expect":
            expected.add(root)
        if "hypothetical" in options:
            marked.add(root)
    for root in about:
        row = table[root]
        if root in expected:
            row["cases"].add(case["key"])
        if root in marked or HYPOTHETICAL.search(case["text"]):
            row["hypothetical"].add(case["key"])
        if REPORTED.search(case["text"]):
            row["reported"].add(case["key"])
        if root in trap:
            row["traps"].add(case["key"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--min", type=int, default=0)
    parser.add_argument("cases")
    parser.add_argument("ontology")
    args = parser.parse_args()
    roots = relation_roots(args.ontology)
    table = {"%02d" % r: {k: set() for k in ("cases",) + KINDS}
             for r in range(1, 21)}
    for path in sorted(glob.glob(os.path.join(args.cases, "*.cases"))):
        for number, case in enumerate(read_cases(path)):
            case["key"] = (path, number)
            tally(case, file_root(path, roots), roots, table)
    print("root  cases  negated  hypothetical  reported  traps")
    short = []
    for root, row in sorted(table.items()):
        counts = [len(row[k]) for k in ("cases",) + KINDS]
        print("%-4s  %5d  %7d  %12d  %8d  %5d" % ((root,) + tuple(counts)))
        if counts[0] < args.min or (args.min and 0 in counts[1:]):
            short.append(root)
    if short:
        print("below %d cases or without a negated, hypothetical, reported "
              "or trap case: %s" % (args.min, " ".join(short)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
