#!/usr/bin/env node
// Loads DIR/graph.graphml with graphology-graphml and DIR/graph.gexf with
// graphology-gexf, and checks both against DIR/graph.jsonl (the same graph
// through an independent writer) and against EXPECT.json.
//   usage: node check_graphology.js DIR EXPECT.json
'use strict';
const fs = require('fs');
const path = require('path');
const Graph = require('graphology');
const graphml = require('graphology-graphml');
const gexf = require('graphology-gexf');

const [dir, expectPath] = process.argv.slice(2);
const expect = JSON.parse(fs.readFileSync(expectPath, 'utf8'));
const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
}

const reference = fs
  .readFileSync(path.join(dir, 'graph.jsonl'), 'utf8')
  .split('\n')
  .filter(line => line.length > 0)
  .map(line => JSON.parse(line));
const edgeKey = e =>
  [e.source, e.target, e.relation, e.polarity, Number(e.weight)].join('|');
const referenceEdges = reference.map(edgeKey).sort();

function readerEdges(graph) {
  const out = [];
  graph.forEachEdge((key, attr, source, target) => {
    out.push(
      edgeKey({
        source,
        target,
        relation: attr.relation,
        polarity: attr.polarity,
        weight: attr.weight
      })
    );
  });
  return out.sort();
}

function checkGraph(name, graph) {
  const edges = readerEdges(graph);
  check(
    JSON.stringify(edges) === JSON.stringify(referenceEdges),
    `${name}: edges differ from graph.jsonl:\n  ${edges.join('\n  ')}\n` +
      `expected:\n  ${referenceEdges.join('\n  ')}`
  );
  if (expect.nodes !== undefined) {
    check(graph.order === expect.nodes,
          `${name}: ${graph.order} nodes, expected ${expect.nodes}`);
  }
  check(graph.type === 'directed' || graph.type === 'mixed',
        `${name}: graph type ${graph.type}`);
  for (const [id, want] of Object.entries(expect.actors || {})) {
    if (!graph.hasNode(id)) {
      failures.push(`${name}: no node ${id}`);
      continue;
    }
    const got = graph.getNodeAttributes(id);
    check(got.label === want.label,
          `${name}: ${id} label ${JSON.stringify(got.label)}, expected ` +
              JSON.stringify(want.label));
    check(got.type === want.type,
          `${name}: ${id} type ${got.type}, expected ${want.type}`);
  }
  return graph;
}

const fromGraphml = checkGraph(
  'graphology-graphml',
  graphml.parse(Graph, fs.readFileSync(path.join(dir, 'graph.graphml'), 'utf8'))
);
const fromGexf = checkGraph(
  'graphology-gexf',
  gexf.parse(Graph, fs.readFileSync(path.join(dir, 'graph.gexf'), 'utf8'))
);
check(fromGraphml.order === fromGexf.order,
      `node counts differ: graphml ${fromGraphml.order}, gexf ${fromGexf.order}`);
fromGraphml.forEachNode((id, attr) => {
  if (!fromGexf.hasNode(id)) return failures.push(`gexf lacks node ${id}`);
  const other = fromGexf.getNodeAttributes(id);
  check(attr.label === other.label && attr.type === other.type,
        `node ${id}: graphml (${attr.label}, ${attr.type}) vs gexf ` +
            `(${other.label}, ${other.type})`);
});
// Gephi-style rendering hints survive: every GEXF node has a color, a size
// and a position from actorgraph's layout.
fromGexf.forEachNode((id, attr) => {
  check(typeof attr.color === 'string' && attr.size > 0,
        `gexf node ${id}: no viz color/size`);
  check(Number.isFinite(attr.x) && Number.isFinite(attr.y),
        `gexf node ${id}: no viz position`);
});
// A symmetric relation (met_with) is an undirected edge, others directed.
fromGexf.forEachEdge((key, attr) => {
  check(fromGexf.isUndirected(key) === (attr.symmetric === true),
        `gexf edge ${key} (${attr.relation}): undirected ` +
            `${fromGexf.isUndirected(key)}, symmetric ${attr.symmetric}`);
});

if (failures.length > 0) {
  console.error(failures.map(f => 'FAIL ' + f).join('\n'));
  process.exit(1);
}
console.log(`graphology: ${fromGraphml.order} nodes, ${fromGraphml.size} ` +
            'edges read from GraphML and GEXF: OK');
