#!/usr/bin/env python3
"""Self-check of the gazetteer files ontology/actors/*.tsv (stdlib only).

    python3 ontology/tools/check_actors.py [ONTOLOGY_DIR]

Checks what the C++ loader checks (known header columns, unique ids, valid
types, known affiliations, years) plus conventions it does not enforce: that
ids follow the naming scheme, that country-only and person-only columns are
used only there, that a short name is no other actor's full name.  Names
that two actors share are reported by the loader itself, as warnings of
every `actorgraph build` (`--strict` makes them errors).  Prints one line
per problem and counts; exits 1 on problems.
"""

import argparse

import os
import re
import sys
import unicodedata

COLUMNS = {
    "id", "type", "label", "aliases", "adjectives", "metonyms", "affiliation",
    "role", "from", "to", "iso2", "iso3", "cameo", "wikidata", "short", "acts_for",
}
LIST_COLUMNS = ("aliases", "adjectives", "metonyms", "role", "short")
TYPES = {"Country", "Organization", "Person", "Location"}
ID_PATTERN = {
    "Country": re.compile(r"^country:([A-Z]{3}|[a-z]+(-[a-z]+)*)$"),
    "Organization": re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$"),
    "Person": re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$"),
    "Location": re.compile(r"^location:[a-z0-9]+(-[a-z0-9]+)*$"),
}
COUNTRY_ONLY = ("iso2", "iso3")
PERSON_ONLY = ("role", "from", "to", "short")

def fold(surface):
    text = unicodedata.normalize("NFD", surface)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").casefold()
    return text[4:] if text.startswith("the ") else text


class Checker:
    def __init__(self):
        self.problems = []
        self.actors = {}  # id -> (file, line, row)
        self.surfaces = {}  # folded surface -> {id: (file, line, surface)}
        self.shorts = {}  # folded short name -> {id: (file, line)}

    def problem(self, path, line, text):
        self.problems.append(f"{path}:{line}: {text}")

    def load(self, path):
        rows = []
        header = None
        with open(path, encoding="utf-8") as f:
            for number, raw in enumerate(f, 1):
                line = raw.rstrip("\n").rstrip("\r")
                if not line.strip() or line.startswith("#"):
                    continue
                cells = [c.strip() for c in line.split("\t")]
                if header is None:
                    header = cells
                    for name in cells:
                        if name not in COLUMNS:
                            self.problem(path, number, f"unknown column '{name}'")
                    for name in ("id", "type", "label"):
                        if name not in cells:
                            self.problem(path, number, f"missing column '{name}'")
                    continue
                if len(cells) > len(header):
                    self.problem(path, number, "more cells than the header has columns")
                row = dict(zip(header, cells))
                rows.append((number, row))
        if header is None:
            self.problem(path, 1, "no header line")
        return rows

    def check_row(self, path, number, row):
        actor_id, kind = row.get("id", ""), row.get("type", "")
        if not actor_id or not row.get("label"):
            self.problem(path, number, "empty id or label")
            return
        if kind not in TYPES:
            self.problem(path, number, f"unknown type '{kind}'")
        elif not ID_PATTERN[kind].match(actor_id):
            self.problem(path, number, f"id '{actor_id}' does not fit type {kind}")
        if actor_id in self.actors:
            first = self.actors[actor_id]
            self.problem(path, number, f"duplicate id '{actor_id}' (first at {first[0]}:{first[1]})")
            return
        self.actors[actor_id] = (path, number, row)
        for column in COUNTRY_ONLY:
            if row.get(column) and kind != "Country":
                self.problem(path, number, f"{column} is for countries only")
        for column in PERSON_ONLY:
            if row.get(column) and kind != "Person":
                self.problem(path, number, f"{column} is for persons only")
        for column in ("from", "to"):
            value = row.get(column, "")
            if value and not re.fullmatch(r"\d{4}", value):
                self.problem(path, number, f"{column} must be a year, got '{value}'")
        if row.get("from") and row.get("to") and row["from"] > row["to"]:
            self.problem(path, number, "from is after to")
        wikidata = row.get("wikidata", "")
        if wikidata and not re.fullmatch(r"Q[1-9]\d*", wikidata):
            self.problem(path, number, f"bad wikidata id '{wikidata}'")
        for column in LIST_COLUMNS:
            items = [i.strip() for i in row.get(column, "").split(";")]
            if "" in items and row.get(column, ""):
                self.problem(path, number, f"empty item in {column}")
        for column in ("role",):
            for item in row.get(column, "").split(";"):
                if item.strip() != item.strip().lower():
                    self.problem(path, number, f"role '{item}' must be lowercase")
        self.collect_surfaces(path, number, row)

    def collect_surfaces(self, path, number, row):
        actor_id = row["id"]
        surfaces = [row["label"]]
        for column in ("aliases", "adjectives", "metonyms"):
            surfaces += [s.strip() for s in row.get(column, "").split(";") if s.strip()]
        for surface in surfaces:
            owners = self.surfaces.setdefault(fold(surface), {})
            owners.setdefault(actor_id, (path, number, surface))
        for short in row.get("short", "").split(";"):
            if short.strip():
                self.shorts.setdefault(fold(short.strip()), {})[actor_id] = (path, number)

    def check_links(self):
        for actor_id, (path, number, row) in self.actors.items():
            target = row.get("affiliation", "")
            if target and target not in self.actors:
                self.problem(path, number, f"affiliation '{target}' is not a known actor id")
            seen = {actor_id}
            while target and target in self.actors:
                if target in seen:
                    self.problem(path, number, f"affiliation cycle through '{target}'")
                    break
                seen.add(target)
                target = self.actors[target][2].get("affiliation", "")
        for key, owners in sorted(self.shorts.items()):
            # A short name may be shared by people, never by a full name of
            # someone else: it would then fire without the full name.
            others = set(self.surfaces.get(key, {})) - set(owners)
            if others:
                path, number = next(iter(owners.values()))
                self.problem(path, number, f"short name '{key}' is also a full surface of {sorted(others)}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(
        description="Check the conventions of ontology/actors/*.tsv.")
    parser.add_argument("ontology", nargs="?", default=os.path.dirname(here),
                        help="the ontology directory (default: this one)")
    ontology = parser.parse_args().ontology
    actor_dir = os.path.join(ontology, "actors")
    if not os.path.isdir(actor_dir):
        sys.exit(f"{actor_dir}: no such directory")
    checker = Checker()
    counts = {}
    for name in sorted(os.listdir(actor_dir)):
        if not name.endswith(".tsv"):
            continue
        path = os.path.join(actor_dir, name)
        rows = checker.load(path)
        for number, row in rows:
            checker.check_row(path, number, row)
        counts[name] = len(rows)
    checker.check_links()
    by_type = {}
    for _, _, row in checker.actors.values():
        by_type[row.get("type", "?")] = by_type.get(row.get("type", "?"), 0) + 1
    shared_shorts = sum(1 for owners in checker.shorts.values() if len(owners) > 1)
    for problem in checker.problems:
        print(problem)
    for name, count in counts.items():
        print(f"{name}: {count} actors")
    print("by type: " + ", ".join(f"{t} {n}" for t, n in sorted(by_type.items())))
    print(f"surface forms: {len(checker.surfaces)} distinct; short names: "
          f"{len(checker.shorts)} ({shared_shorts} shared by several persons)")
    print(f"{len(checker.problems)} problems")
    sys.exit(1 if checker.problems else 0)


if __name__ == "__main__":
    main()
