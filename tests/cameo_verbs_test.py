#!/usr/bin/env python3
"""The converted PETRARCH verb dictionary: up to date, and its patterns fire.

usage: cameo_verbs_test.py ACTORGRAPH SOURCE_DIR SHARED_DIR

1. convert_petrarch_verbs.py --check: ontology/verbs/cameo_verbs.rules is
   what the converter writes from the dictionary.
2. A deterministic sample (every 60th pattern) is loaded, each pattern as
   a relation of its own in a copy of the ontology, and one sentence is
   spelled from each ("Russia will accuse Ukraine of attack."): actorgraph must
   find that relation from Russia to Ukraine in it.
3. With the dictionary loaded beside the hand-written rules (as
   ontology/rules/cameo_verbs.rules), each sentence of INVENTED, one per
   CAMEO root, gives its edge from the named converted pattern with the
   dictionary's code: the patterns fire in running text, not only alone.
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

# (sentence, source id, converted rule, CAMEO code, target id).
INVENTED = [
    ("Japan looks forward to working with India.",
     "country:JPN", "comments_on.appear_4", "013", "country:IND"),
    ("Haiti looked for help from the United States.",
     "country:HTI", "appeals_to.appear_2", "020", "country:USA"),
    ("Japan pledged closer cooperation to the Philippines.",
     "country:JPN", "offers.pledge_1", "030", "country:PHL"),
    ("Scholz finished his state visit to Japan on Friday.",
     "person:olaf-scholz", "visited.finish_1", "042", "country:JPN"),
    ("Algeria maintained close ties with Russia throughout the war.",
     "country:DZA", "supports.maintain_2", "050", "country:RUS"),
    ("Denmark shared evidence with Sweden about the pipeline blasts.",
     "country:DNK", "cooperates_with.share_2", "064", "country:SWE"),
    ("Qatar airlifted food to Afghanistan.",
     "country:QAT", "supplies.fly_1", "073", "country:AFG"),
    ("Colombia pardoned Venezuelan prisoners.",
     "country:COL", "yields_to.pardon_1", "080", "country:VEN"),
    ("The IAEA inspected Iran's enrichment plant.",
     "org:iaea", "investigates.inspect_1", "090", "country:IRN"),
    ("Washington ratcheted up pressure on Havana.",
     "country:USA", "demands.ratchet_1", "100", "country:CUB"),
    ("Kenya suspected Somalia of fraud in the tender.",
     "country:KEN", "accuses.distrust_3", "1121", "country:SOM"),
    ("Brazil ignored the appeal from Paraguay.",
     "country:BRA", "rejects.ignore_3", "122", "country:PRY"),
    ("Pakistan endangered the interests of India in Kashmir.",
     "country:PAK", "threatens.endanger_1", "130", "country:IND"),
    ("Iraqi protesters looted the Kuwaiti embassy.",
     "country:IRQ", "protests_against.ransack_1", "145", "country:KWT"),
    ("Bangladesh rushed police to the border with Myanmar.",
     "country:BGD", "mobilizes_against.accelerate_1", "153", "country:MMR"),
    ("Ukraine walked out of the summit with Belarus.",
     "country:UKR", "reduces_relations_with.walk_2", "164", "country:BLR"),
    ("Turkey fined Google for abusing its market position.",
     "country:TUR", "coerces.fine_1", "172", "org:google"),
    ("Myanmar's army set ablaze the homes of Bangladeshi traders.",
     "country:MMR", "assaults.arrange_3", "180", "country:BGD"),
    ("Houthi fighters besieged Saudi Arabia's border posts.",
     "org:houthis", "attacks.besiege_1", "191", "country:SAU"),
    ("Serbian forces massacred Bosnians at Srebrenica in 1995.",
     "country:SRB", "mass_violence_against.massacre_1", "202", "country:BIH"),
]


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


def extract(binary, onto, texts, work):
    """The relation records actorgraph extracts from texts (doc "sN")."""
    inp = os.path.join(work, "sample.jsonl")
    with open(inp, "w") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": "s%d" % i, "text": text}) + "\n")
    run = subprocess.run([binary, "extract", "--ontology", onto, inp],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stderr)
        return None
    records = [json.loads(line) for line in run.stdout.splitlines()]
    return [r for r in records if r.get("kind") == "relation"]


def check_invented(binary, source_dir, work):
    """Part 3: the INVENTED sentences with the dictionary loaded."""
    onto = os.path.join(work, "with_verbs")
    shutil.copytree(os.path.join(source_dir, "ontology"), onto)
    os.makedirs(os.path.join(onto, "rules"), exist_ok=True)
    shutil.copy(os.path.join(onto, "verbs", "cameo_verbs.rules"),
                os.path.join(onto, "rules", "cameo_verbs.rules"))
    relations = extract(binary, onto, [row[0] for row in INVENTED], work)
    if relations is None:
        return 1
    found = set()
    for r in relations:
        ends = [(r["source"], r["target"])]
        if r["symmetric"]:
            ends.append((r["target"], r["source"]))
        for source, target in ends:
            found.add((r["evidence"]["doc"], source, r["evidence"]["rule"],
                       r["cameo"], target))
    missed = 0
    for i, (text, source, rule, code, target) in enumerate(INVENTED):
        ok = ("s%d" % i, source, rule, code, target) in found
        missed += not ok
        mark = "ok  " if ok else "MISS"
        print("%s [%s] %-32s %s" % (mark, code, rule, text))
    print("%d of %d invented sentences coded by their dictionary pattern" %
          (len(INVENTED) - missed, len(INVENTED)))
    return 1 if missed else 0


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
        texts = []
        with open(os.path.join(onto, "relations.rules"), "a") as f:
            for i, (rule_id, code, elements) in enumerate(sample):
                f.write("\n[sample_%d]\ncameo = %s\npattern %s [literal] = %s\n" %
                        (i, code, rule_id, elements))
                texts.append(spell(elements))
        relations = extract(binary, onto, texts, work)
        if relations is None:
            return 1
        found = set((r["evidence"]["doc"], r["relation"]) for r in relations)
        missed = [i for i in range(len(sample))
                  if ("s%d" % i, "sample_%d" % i) not in found]
        for i, (rule_id, code, elements) in enumerate(sample):
            mark = "MISS" if i in missed else "ok  "
            print("%s [%s] %-28s %s" % (mark, code, rule_id, texts[i]))
        print("%d of %d sampled patterns fire" % (len(sample) - len(missed),
                                                  len(sample)))
        invented = check_invented(binary, source_dir, work)
        return 1 if missed or invented else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
