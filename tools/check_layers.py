#!/usr/bin/env python3
"""Fails when a source file includes a header its layer may not use.

usage: check_layers.py [SOURCE_ROOT]

The layers and their arrows come from the actorgraph_layer(NAME ... USES ...)
calls in the CMakeLists.txt files, so the build and this check cannot
disagree: a file in a layer's folder may include headers of that layer and
of every layer it USES, directly or through another.  Third-party headers
are confined too: ICU to extract/text, Boost.Graph to graph/, RapidJSON to
the JSON modules (ingest, check, export).  Prints one line per violation,
`file:line: what is wrong`, and exits 1 when there is any.
"""
import os
import re
import sys

LAYER_CALL = re.compile(r"actorgraph_layer\((\w+)(.*?)\)", re.S)
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')
THIRD_PARTY = {
    "unicode/": {"extract/text"},
    "boost/graph": {"graph"},
    "rapidjson/": {"extract/ingest", "extract/check", "export"},
}


def read_layers(root):
    """Returns {folder: layer} and {layer: set of layers it uses}."""
    folders, uses = {}, {}
    for top in ("extract", "graph", "export"):
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            if "CMakeLists.txt" not in files:
                continue
            text = open(os.path.join(dirpath, "CMakeLists.txt")).read()
            text = re.sub(r"#.*", "", text)
            for name, body in LAYER_CALL.findall(text):
                folder = os.path.relpath(dirpath, root)
                folders[folder] = name
                words = body.split()
                used = set()
                if "USES" in words:
                    for w in words[words.index("USES") + 1:]:
                        if w.isupper():
                            break
                        used.add(w)
                uses[name] = {u for u in used if u.startswith("ag_")}
    return folders, uses


def closure(uses):
    reach = {}
    for layer in uses:
        seen, todo = {layer}, [layer]
        while todo:
            for u in uses.get(todo.pop(), ()):
                if u not in seen:
                    seen.add(u)
                    todo.append(u)
        reach[layer] = seen
    return reach


def layer_of(path, folders):
    """The layer of the deepest layer folder holding `path`, or None."""
    folder = os.path.dirname(path)
    while folder:
        if folder in folders:
            return folders[folder]
        folder = os.path.dirname(folder)
    return None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    folders, uses = read_layers(root)
    if not folders:
        print(f"{root}: no actorgraph_layer() calls found")
        return 1
    reach = closure(uses)
    problems = []
    for top in ("extract", "graph", "export"):
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for f in sorted(files):
                if not f.endswith((".h", ".cc")):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, f), root)
                mine = layer_of(rel, folders)
                folder = os.path.dirname(rel)
                for n, line in enumerate(open(os.path.join(root, rel)), 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    inc = m.group(1)
                    for prefix, allowed in THIRD_PARTY.items():
                        if inc.startswith(prefix) and not any(
                                folder == a or folder.startswith(a + "/")
                                for a in allowed):
                            problems.append(
                                f"{rel}:{n}: {inc} may only be included in "
                                + ", ".join(sorted(allowed)))
                    theirs = layer_of(inc, folders)
                    if theirs and theirs not in reach[mine]:
                        problems.append(
                            f"{rel}:{n}: layer {mine} may not include {inc} "
                            f"(layer {theirs}); add it to USES in CMake if "
                            "the arrow is right")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
