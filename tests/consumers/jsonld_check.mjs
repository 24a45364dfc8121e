#!/usr/bin/env node
// Loads DIR/graph.jsonld with jsonld.js in safe mode, which fails on any
// term that does not expand to an IRI and on anything it would drop, and
// checks the RDF it yields against DIR/graph.jsonl (the same graph through
// an independent writer) and, when given, against EXPECT.json.
//   usage: node jsonld_check.mjs DIR [EXPECT.json]
// Writes the triples as N-Triples to DIR/graph.jsonld.nt for
// rdflib_check.py to compare.
import fs from 'fs';
import path from 'path';
import jsonld from 'jsonld';

const [dir, expectPath] = process.argv.slice(2);
const file = path.join(dir, 'graph.jsonld');
const outPath = path.join(dir, 'graph.jsonld.nt');
const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
}

const AG = 'https://actorgraph.example/vocab#';
const SCHEMA = 'https://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
const context = doc['@context'];
check(context['@version'] === 1.1, '@context has no "@version": 1.1');
check(
  typeof context === 'object' && !Array.isArray(context),
  '@context must be inline (one object, no remote contexts)'
);

// Any attempt to load a document (a remote context) is a failure.
const noLoader = url => {
  throw new Error(`tried to load ${url}`);
};
const options = {safe: true, documentLoader: noLoader};
const quads = await jsonld.toRDF(doc, options);
check(
  quads.every(q => q.graph.termType === 'DefaultGraph'),
  'some triples are in a named graph'
);
const nquads = await jsonld.toRDF(doc, {
  ...options,
  format: 'application/n-quads'
});
const lines = nquads.split('\n').filter(line => line.length > 0);
check(lines.length === quads.length, 'N-Quads and quads differ in number');
fs.writeFileSync(outPath, nquads);

const expanded = await jsonld.expand(doc, options);
const byId = new Map(expanded.map(node => [node['@id'], node]));
const values = (node, iri) => (node[iri] || []).map(v => v['@value'] ?? v['@id']);
const one = (node, iri) => values(node, iri)[0];
const hasType = (node, iri) => (node['@type'] || []).includes(iri);

const actors = expanded.filter(n => hasType(n, AG + 'Actor'));
const relations = expanded.filter(n => hasType(n, AG + 'Relation'));
const actorIri = new Map(actors.map(a => [one(a, AG + 'actorId'), a['@id']]));
check(actors.length > 0, 'no Actor nodes');
check(
  actors.every(a => typeof one(a, SCHEMA + 'name') === 'string'),
  'an actor has no schema:name'
);

// Every relation node's endpoints are actors; positive ones are repeated as
// direct properties: on the source actor, and on both for symmetric ones.
const directTerms = new Map(
  Object.entries(context)
    .filter(([, def]) => typeof def === 'object' && def['@type'] === '@id')
    .filter(([, def]) => def['@container'] === '@set')
    .map(([term, def]) => [term, def['@id'].replace(/^ag:/, AG)])
);
const wantDirect = new Set();
for (const r of relations) {
  const source = one(r, AG + 'source');
  const target = one(r, AG + 'target');
  check(byId.has(source) && byId.has(target), `${r['@id']}: dangling endpoint`);
  const weight = r[AG + 'weight'][0];
  check(
    weight['@type'] === 'http://www.w3.org/2001/XMLSchema#integer' &&
      weight['@value'] >= 1,
    `${r['@id']}: weight is not a positive xsd:integer`
  );
  const evidence = (r[AG + 'evidence'] || [{'@list': []}])[0]['@list'];
  check(Array.isArray(evidence), `${r['@id']}: evidence is not a list`);
  const relation = one(r, AG + 'relation');
  const term = relation.replace(/_([a-z0-9])/g, (m, c) => c.toUpperCase());
  if (one(r, AG + 'polarity') === 'positive' && directTerms.has(term)) {
    wantDirect.add([source, term, target].join(' '));
    if (one(r, AG + 'symmetric') === true) {
      wantDirect.add([target, term, source].join(' '));
    }
  }
}
const haveDirect = new Set();
for (const a of actors) {
  for (const [term, iri] of directTerms) {
    for (const t of values(a, iri)) haveDirect.add([a['@id'], term, t].join(' '));
  }
}
const directCount = haveDirect.size;
for (const d of wantDirect) check(haveDirect.has(d), `missing direct ${d}`);
for (const d of haveDirect) check(wantDirect.has(d), `unexpected direct ${d}`);

// Every edge of graph.jsonl is a Relation node with the same facts.
const reference = fs
  .readFileSync(path.join(dir, 'graph.jsonl'), 'utf8')
  .split('\n')
  .filter(line => line.length > 0)
  .map(line => JSON.parse(line));
const keyOf = (source, target, relation, polarity) =>
  [source, target, relation, polarity].join('|');
const relationByKey = new Map(
  relations.map(r => [
    keyOf(
      one(byId.get(one(r, AG + 'source')) || {}, AG + 'actorId'),
      one(byId.get(one(r, AG + 'target')) || {}, AG + 'actorId'),
      one(r, AG + 'relation'),
      one(r, AG + 'polarity')
    ),
    r
  ])
);
check(
  reference.length === relations.length,
  `${relations.length} relations, graph.jsonl has ${reference.length}`
);
for (const e of reference) {
  const key = keyOf(e.source, e.target, e.relation, e.polarity);
  const r = relationByKey.get(key);
  check(r !== undefined, `${key}: in graph.jsonl, not in graph.jsonld`);
  if (!r) continue;
  check(one(r, AG + 'weight') === e.weight, `${key}: weight`);
  check(
    JSON.stringify(values(r, AG + 'date').sort()) === JSON.stringify(e.dates),
    `${key}: dates`
  );
  const evidence = (r[AG + 'evidence'] || [{'@list': []}])[0]['@list'];
  check(
    JSON.stringify(evidence.map(v => [one(v, AG + 'document'), one(v, AG + 'text')])) ===
      JSON.stringify(e.evidence.map(v => [v.doc, v.text])),
    `${key}: evidence differs`
  );
}

if (expectPath) {
  const expect = JSON.parse(fs.readFileSync(expectPath, 'utf8'));
  check(
    actors.length === Object.keys(expect.actors).length,
    `${actors.length} actors, expected ${Object.keys(expect.actors).length}`
  );
  check(
    relations.length === expect.relations.length,
    `${relations.length} relations, expected ${expect.relations.length}`
  );
  for (const [id, want] of Object.entries(expect.actors)) {
    const iri = actorIri.get(id);
    check(
      iri && iri.startsWith(expect.base_iri + 'actor/'),
      `${id}: IRI ${iri} not under the base IRI`
    );
    const node = byId.get(iri) || {};
    check(
      one(node, SCHEMA + 'name') === want.label,
      `${id}: name ${JSON.stringify(one(node, SCHEMA + 'name'))}`
    );
    check(hasType(node, SCHEMA + (want.type === 'Location' ? 'Place' : want.type)),
          `${id}: not a schema:${want.type}`);
    check(
      JSON.stringify(values(node, SCHEMA + 'alternateName').sort()) ===
        JSON.stringify(want.aliases),
      `${id}: aliases ${values(node, SCHEMA + 'alternateName')}`
    );
    if (want.wikidata) {
      check(
        one(node, SCHEMA + 'sameAs') ===
          'http://www.wikidata.org/entity/' + want.wikidata,
        `${id}: sameAs ${one(node, SCHEMA + 'sameAs')}`
      );
    }
  }
  for (const want of expect.relations) {
    const r = relations.find(
      n =>
        one(n, AG + 'source') === actorIri.get(want.source) &&
        one(n, AG + 'target') === actorIri.get(want.target) &&
        one(n, AG + 'relation') === want.relation
    );
    const name = `${want.source} -${want.relation}-> ${want.target}`;
    check(r !== undefined, `${name}: no Relation node`);
    if (!r) continue;
    check(one(r, AG + 'weight') === want.weight, `${name}: weight`);
    check(one(r, AG + 'polarity') === want.polarity, `${name}: polarity`);
    check(one(r, AG + 'goldstein') === want.goldstein, `${name}: goldstein`);
    const evidence = r[AG + 'evidence'][0]['@list'];
    check(
      JSON.stringify(evidence.map(e => one(e, AG + 'document'))) ===
        JSON.stringify(want.evidence_documents),
      `${name}: evidence documents out of order`
    );
    check(
      one(evidence[0], AG + 'text') === want.evidence_sample,
      `${name}: evidence text ${JSON.stringify(one(evidence[0], AG + 'text'))}`
    );
  }
  const symmetricDirect = expect.relations.filter(r => r.direct && r.symmetric);
  check(
    directCount ===
      expect.relations.filter(r => r.direct).length + symmetricDirect.length,
    `${directCount} direct properties`
  );
}

console.log(
  `jsonld.js: ${lines.length} triples, ${actors.length} actors, ` +
    `${relations.length} relations, ${directCount} direct properties`
);
if (failures.length > 0) {
  for (const f of failures) console.error('FAIL ' + f);
  process.exit(1);
}
