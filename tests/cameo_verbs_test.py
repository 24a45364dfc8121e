#!/usr/bin/env python3
"""The converted PETRARCH verb dictionary: up to date, and its patterns fire.

usage: cameo_verbs_test.py ACTORGRAPH SOURCE_DIR SHARED_DIR

1. convert_petrarch_verbs.py --check: ontology/verbs/cameo_verbs.rules is
   what the converter writes from the dictionary.
2. A deterministic sample (every 60th pattern) is loaded, each pattern as
   a relation of its own in a copy of the ontology, and one sentence is
   spelled from each ("Russia will accuse Ukraine of attack."): actorgraph must
   find that relation from Russia to Ukraine in it.
Exits 77 (skipped) without the dictionary.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

STEP = 60


def spell(elements):
    """A sentence a pattern matches: first alternatives, base verbs after
    "will"."""
    words = []
    for e in elements.split():
        if e == "A":
            words.append("Russia")
        elif e == "B":
            words.append("Ukraine")
        elif e == "..":
            # "will": a verb the lexicon does not list still reads as one.
            words.append("will")
        elif re.fullmatch(r"_\d", e) or e.endswith("*"):
            continue
        else:
            word = e.split("|")[0]
            if word.endswith("~:participle"):
                word = word[:-len("~:participle")]
                word += "d" if word.endswith("e") else "ed"
            words.append(word.rstrip("~"))
    return " ".join(words) + "."


def main():
    binary, source_dir, shared = sys.argv[1:4]
    dictionary = os.path.join(shared, "reference", "phoenix", "CAMEO.2.0.txt")
    if not os.path.exists(dictionary):
        print("no %s: skipped" % dictionary)
        return 77
    tool = os.path.join(source_dir, "ontology", "tools", "convert_petrarch_verbs.py")
    check = subprocess.run([sys.executable, tool, "--source", dictionary,
                            "--check", "--quiet"])
    if check.returncode != 0:
        print("FAIL: ontology/verbs/cameo_verbs.rules is stale")
        return 1
    rules = open(os.path.join(source_dir, "ontology", "verbs",
                              "cameo_verbs.rules"), encoding="utf-8").read()
    patterns = re.findall(r"^pattern (\w+) \[(\d+)(?:, literal)?\] = (.*)$",
                          rules, re.M)
    sample = patterns[::STEP]
    work = tempfile.mkdtemp()
    try:
        onto = os.path.join(work, "ontology")
        shutil.copytree(os.path.join(source_dir, "ontology"), onto)
        docs = []
        with open(os.path.join(onto, "relations.rules"), "a") as f:
            for i, (rule_id, code, elements) in enumerate(sample):
                f.write("\n[sample_%d]\ncameo = %s\npattern %s [literal] = %s\n" %
                        (i, code, rule_id, elements))
                docs.append({"id": "s%d" % i, "text": spell(elements)})
        inp = os.path.join(work, "sample.jsonl")
        with open(inp, "w") as f:
            for d in docs:
                f.write(json.dumps(d) + "\n")
        run = subprocess.run([binary, "extract", "--ontology", onto, inp],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr)
            return 1
        found = set()
        for line in run.stdout.splitlines():
            r = json.loads(line)
            if "relation" in r and isinstance(r["relation"], str):
                found.add((r["evidence"]["doc"], r["relation"]))
        missed = [(i, s) for i, s in enumerate(sample)
                  if ("s%d" % i, "sample_%d" % i) not in found]
        for i, (rule_id, code, elements) in enumerate(sample):
            mark = "MISS" if any(m[0] == i for m in missed) else "ok  "
            print("%s [%s] %-28s %s" % (mark, code, rule_id, docs[i]["text"]))
        print("%d of %d sampled patterns fire" % (len(sample) - len(missed),
                                                  len(sample)))
        return 1 if missed else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
