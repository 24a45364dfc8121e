#!/usr/bin/python3
"""Loads DIR/graph.graphml and DIR/graph.gexf with NetworkX and the GraphML
with python-igraph, and checks what they read against DIR/graph.jsonl (the
same graph through an independent writer), against the raw GraphML parsed
with the standard library, and against EXPECT.json.

usage: /usr/bin/python3 check_python.py DIR EXPECT.json

Run it with Debian's python3 (python3-networkx, python3-igraph).
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

NS = "{http://graphml.graphdrawing.org/xmlns}"
KEY_TYPES = {"boolean", "int", "long", "double", "string"}
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def read_reference(directory):
    """Edges from graph.jsonl; nodes and key declarations from raw GraphML."""
    with open(os.path.join(directory, "graph.jsonl"), encoding="utf-8") as f:
        edges = [json.loads(line) for line in f if line.strip()]
    root = ET.parse(os.path.join(directory, "graph.graphml")).getroot()
    keys = {}
    for k in root.iter(NS + "key"):
        check(k.get("for") in ("graph", "node", "edge"),
              f"key {k.get('id')}: for={k.get('for')!r}")
        check(k.get("attr.type") in KEY_TYPES,
              f"key {k.get('id')}: attr.type={k.get('attr.type')!r}")
        check(bool(k.get("attr.name")), f"key {k.get('id')}: no attr.name")
        keys[k.get("id")] = k.get("attr.name")
    nodes = {}
    for n in root.iter(NS + "node"):
        nodes[n.get("id")] = {keys[d.get("key")]: d.text or ""
                              for d in n.findall(NS + "data")}
    for e in root.iter(NS + "edge"):
        data = e.findall(NS + "data")
        # Neo4j APOC (readLabels) takes the relationship type from the
        # first <data> of an edge, which must be key "label".
        first = data[0] if data else None
        relation = {keys[d.get("key")]: d.text for d in data}.get("relation")
        check(first is not None and first.get("key") == "label"
              and first.text == (relation or "").upper(),
              f"edge {e.get('id')}: first <data> is not label={relation!r}")
    return nodes, edges


def edge_key(source, target, relation, polarity, weight):
    return (source, target, relation, polarity, float(weight))


def reference_edge_keys(edges, both_ways=False):
    """Each edge's key; with both_ways, a symmetric edge (a GEXF "mutual"
    edge, which NetworkX adds in both directions) also reversed."""
    keys = []
    for e in edges:
        keys.append(edge_key(e["source"], e["target"], e["relation"],
                             e["polarity"], e["weight"]))
        if both_ways and e["symmetric"] and e["source"] != e["target"]:
            keys.append(edge_key(e["target"], e["source"], e["relation"],
                                 e["polarity"], e["weight"]))
    return sorted(keys)


def check_networkx(name, graph, nodes, edges, expect, both_ways=False):
    # A GEXF of symmetric relations only is an undirected graph.
    directed = not both_ways or any(not e["symmetric"] for e in edges)
    check(graph.is_directed() == directed,
          f"{name}: directed is {graph.is_directed()}")
    both_ways = both_ways and directed
    check(graph.number_of_nodes() == len(nodes),
          f"{name}: {graph.number_of_nodes()} nodes, GraphML has {len(nodes)}")
    got = sorted(edge_key(s, t, d.get("relation"), d.get("polarity"),
                          d.get("weight"))
                 for s, t, d in graph.edges(data=True))
    want = reference_edge_keys(edges, both_ways)
    check(got == want,
          f"{name}: edges differ from graph.jsonl:\n  {got}\n  {want}")
    for node_id, raw in nodes.items():
        data = graph.nodes[node_id] if node_id in graph else None
        if data is None:
            failures.append(f"{name}: no node {node_id}")
            continue
        check(data.get("label") == raw.get("label")
              and data.get("type") == raw.get("type"),
              f"{name}: node {node_id} reads as ({data.get('label')!r}, "
              f"{data.get('type')!r}), GraphML has ({raw.get('label')!r}, "
              f"{raw.get('type')!r})")
    for node_id, want in expect.get("actors", {}).items():
        data = graph.nodes.get(node_id, {})
        for field in ("label", "type"):
            check(data.get(field) == want[field],
                  f"{name}: {node_id} {field} {data.get(field)!r}, "
                  f"expected {want[field]!r}")


def check_graphml_details(graph, expect):
    """Typed values that only the GraphML carries (NetworkX casts them)."""
    for node_id, want in expect.get("actors", {}).items():
        data = graph.nodes.get(node_id, {})
        check("mentions" not in want or data.get("mentions") == want["mentions"],
              f"networkx-graphml: {node_id} mentions {data.get('mentions')!r}")
        check(data.get("labels") == ":Actor:" + want["type"],
              f"networkx-graphml: {node_id} labels {data.get('labels')!r}")
    edges = {(s, t, d["relation"]): d for s, t, d in graph.edges(data=True)}
    for want in expect.get("relations", []):
        d = edges.get((want["source"], want["target"], want["relation"]))
        if d is None:
            failures.append(f"networkx-graphml: no edge {want}")
            continue
        check(d.get("symmetric") is want["symmetric"],
              f"networkx-graphml: {want['relation']} symmetric "
              f"{d.get('symmetric')!r}")
        check(d.get("dates", "").split() == want["dates"],
              f"networkx-graphml: {want['relation']} dates {d.get('dates')!r}")
        evidence = json.loads(d.get("evidence_json", "[]"))
        check(len(evidence) == d.get("evidence_count") and
              all("sentence" in e and "doc" in e for e in evidence),
              f"networkx-graphml: {want['relation']} evidence_json")


def check_spells(graph, nodes, edges):
    """GEXF time spells: a node from first to last sighting, an edge on each
    of its dates."""
    spells = {}
    for s, t, d in graph.edges(data=True):
        spells[(s, t, d.get("relation"), d.get("polarity"))] = d.get(
            "spells", [])
    for e in edges:
        got = spells.get((e["source"], e["target"], e["relation"],
                          e["polarity"]))
        check(got == [(day, day) for day in e["dates"]],
              f"networkx-gexf: edge {e['source']} {e['relation']} "
              f"{e['target']} spells {got!r}, dates {e['dates']!r}")
    for node_id, raw in nodes.items():
        want = ([(raw["first_seen"], raw["last_seen"])]
                if raw.get("first_seen") else None)
        check(graph.nodes[node_id].get("spells") == want,
              f"networkx-gexf: node {node_id} spells "
              f"{graph.nodes[node_id].get('spells')!r}, expected {want!r}")


def check_igraph(path, nodes, edges, expect):
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), "igraph: not directed")
    check(g.vcount() == len(nodes), f"igraph: {g.vcount()} vertices")
    ids = g.vs["id"]
    got = sorted(edge_key(ids[e.source], ids[e.target], e["relation"],
                          e["polarity"], e["weight"]) for e in g.es)
    check(got == reference_edge_keys(edges),
          f"igraph: edges differ from graph.jsonl:\n  {got}")
    by_id = {v["id"]: v for v in g.vs}
    for node_id, want in expect.get("actors", {}).items():
        v = by_id.get(node_id)
        check(v is not None and v["label"] == want["label"]
              and v["type"] == want["type"],
              f"igraph: {node_id} reads as "
              f"{(v['label'], v['type']) if v else None!r}")
    return g


def main():
    directory, expect_path = sys.argv[1], sys.argv[2]
    with open(expect_path, encoding="utf-8") as f:
        expect = json.load(f)
    nodes, edges = read_reference(directory)
    if "nodes" in expect:
        check(len(nodes) == expect["nodes"],
              f"GraphML has {len(nodes)} nodes, expected {expect['nodes']}")
    if "edges" in expect:
        check(len(edges) == expect["edges"],
              f"graph.jsonl has {len(edges)} edges, expected {expect['edges']}")
    check(len(edges) >= expect.get("min_edges", 0),
          f"only {len(edges)} edges, expected at least {expect['min_edges']}"
          if "min_edges" in expect else "")

    from_graphml = nx.read_graphml(os.path.join(directory, "graph.graphml"),
                                   force_multigraph=True)
    check_networkx("networkx-graphml", from_graphml, nodes, edges, expect)
    check_graphml_details(from_graphml, expect)
    from_gexf = nx.read_gexf(os.path.join(directory, "graph.gexf"))
    # Symmetric relations are undirected in the GEXF: both ways round.
    check_networkx("networkx-gexf", from_gexf, nodes, edges, expect,
                   both_ways=True)
    check_spells(from_gexf, nodes, edges)
    check_igraph(os.path.join(directory, "graph.graphml"), nodes, edges,
                 expect)

    if failures:
        print("\n".join("FAIL " + f for f in failures), file=sys.stderr)
        return 1
    print(f"networkx {nx.__version__}, igraph {igraph.__version__}: "
          f"{len(nodes)} nodes, {len(edges)} edges read from GraphML and "
          "GEXF: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
