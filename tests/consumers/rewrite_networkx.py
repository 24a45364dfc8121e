#!/usr/bin/python3
"""Reads a GraphML file with NetworkX and writes it back with NetworkX
(other key ids, its own formatting), to prove that `actorgraph query`
reads GraphML that another tool rewrote.

usage: /usr/bin/python3 rewrite_networkx.py IN.graphml OUT.graphml
"""
import sys

import networkx as nx

graph = nx.read_graphml(sys.argv[1], force_multigraph=True)
nx.write_graphml(graph, sys.argv[2])
