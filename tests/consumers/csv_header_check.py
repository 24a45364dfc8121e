#!/usr/bin/python3
"""Checks the CSV files of an actorgraph Neo4j directory (actors.csv and
documents.csv, nodes; relations.csv and mentions.csv, relationships)
against the rules of `neo4j-admin database import` (Neo4j 5 operations
manual, "CSV header format"), which is not available here to run:

- a header field is `name`, `name:type`, `name:type[]` or a special field
  (:ID, :LABEL, :START_ID, :END_ID, :TYPE, :IGNORE), with known types;
- the node file has exactly one :ID, the relationship file exactly one
  :START_ID, :END_ID and :TYPE and no :ID or :LABEL;
- property names are unique;
- with the default options (no --multiline-fields) no field spans lines;
- every value parses as its declared type; ids are unique; every
  relationship endpoint is a node id; labels and types are non-empty.

usage: /usr/bin/python3 csv_header_check.py DIR
"""
import csv
import datetime
import os
import re
import sys

from check_log import check, failures, finish

TYPES = {"int", "long", "float", "double", "boolean", "byte", "short",
         "char", "string", "point", "date", "localtime", "time",
         "localdatetime", "datetime", "duration"}
SPECIAL = {"ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"}
ARRAY_DELIMITER = ";"
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def parse_header(file, header):
    """[(property name or '', type, is_array)] for each column."""
    columns = []
    for field in header:
        name, _, kind = field.partition(":")
        array = kind.endswith("[]")
        kind = kind[:-2] if array else kind
        if kind.split("(")[0] in SPECIAL:
            kind = kind.split("(")[0]
            check(not array, f"{file}: {field}: a special field is no array")
        else:
            kind = kind or "string"
            check(kind in TYPES, f"{file}: {field}: unknown type {kind!r}")
            check(bool(NAME.match(name)), f"{file}: {field}: bad name")
        columns.append((name, kind, array))
    names = [n for n, k, _ in columns if n and k != "IGNORE"]
    check(len(names) == len(set(names)), f"{file}: duplicate property names")
    return columns


def value_ok(kind, text):
    if text == "":
        return True  # an empty field sets no property
    try:
        if kind in ("int", "long", "short", "byte"):
            int(text)
        elif kind in ("float", "double"):
            float(text)
        elif kind == "boolean":
            return text in ("true", "false")
        elif kind == "date":
            datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def read(directory, file):
    path = os.path.join(directory, file)
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    rows = list(csv.reader(raw.splitlines(keepends=True), strict=True))
    check(raw.count("\n") == len(rows), f"{file}: a field spans lines")
    check(not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", raw),
          f"{file}: a raw control character")
    header, body = rows[0], rows[1:]
    columns = parse_header(file, header)
    for number, row in enumerate(body, start=2):
        check(len(row) == len(columns),
              f"{file}:{number}: {len(row)} fields, header has {len(columns)}")
        for (name, kind, array), text in zip(columns, row):
            for item in text.split(ARRAY_DELIMITER) if array else [text]:
                check(value_ok(kind, item),
                      f"{file}:{number}: {name}:{kind} {item!r}")
    return columns, body


def column_of(columns, kind):
    found = [i for i, (_, k, _) in enumerate(columns) if k == kind]
    return found


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    directory = argv[1]
    node_columns, nodes = read(directory, "actors.csv")
    rel_columns, relations = read(directory, "relations.csv")

    ids = column_of(node_columns, "ID")
    check(len(ids) == 1, f"actors.csv: {len(ids)} :ID columns")
    labels = column_of(node_columns, "LABEL")
    check(len(labels) <= 1, "actors.csv: several :LABEL columns")
    for kind in ("START_ID", "END_ID", "TYPE"):
        check(not column_of(node_columns, kind), f"actors.csv: has :{kind}")
        check(len(column_of(rel_columns, kind)) == 1,
              f"relations.csv: needs exactly one :{kind}")
    for kind in ("ID", "LABEL"):
        check(not column_of(rel_columns, kind), f"relations.csv: has :{kind}")
    if failures:
        return report(nodes, relations)

    node_ids = [row[ids[0]] for row in nodes]
    check(all(node_ids), "actors.csv: an empty id")
    check(len(node_ids) == len(set(node_ids)), "actors.csv: duplicate ids")
    for row in nodes:
        for label in row[labels[0]].split(ARRAY_DELIMITER) if labels else []:
            check(bool(NAME.match(label)), f"actors.csv: label {label!r}")
    known = set(node_ids)
    start = column_of(rel_columns, "START_ID")[0]
    end = column_of(rel_columns, "END_ID")[0]
    rel_type = column_of(rel_columns, "TYPE")[0]
    for row in relations:
        check(row[start] in known and row[end] in known,
              f"relations.csv: endpoint {row[start]} -> {row[end]} unknown")
        check(bool(NAME.match(row[rel_type])),
              f"relations.csv: type {row[rel_type]!r}")
    check_documents(directory, set(node_ids))
    return report(nodes, relations)


def check_documents(directory, actor_ids):
    """Document nodes and their MENTIONS, in their own ID space."""
    doc_columns, docs = read(directory, "documents.csv")
    men_columns, mentions = read(directory, "mentions.csv")
    ids = column_of(doc_columns, "ID")
    check(len(ids) == 1, f"documents.csv: {len(ids)} :ID columns")
    if failures:
        return
    doc_ids = {row[ids[0]] for row in docs}
    check(len(doc_ids) == len(docs), "documents.csv: duplicate ids")
    start = column_of(men_columns, "START_ID")[0]
    end = column_of(men_columns, "END_ID")[0]
    for row in mentions:
        check(row[start] in doc_ids and row[end] in actor_ids,
              f"mentions.csv: endpoint {row[start]} -> {row[end]} unknown")


def report(nodes, relations):
    return finish(f"neo4j-admin header rules: {len(nodes)} nodes, "
                  f"{len(relations)} relationships")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
