#!/usr/bin/env node
// Checks the Neo4j import directory DIR/neo4j with two third-party tools:
//  - import.cypher through Neo4j's own Cypher linter
//    (@neo4j-cypher/language-support, lintCypherQuery, no database schema):
//    no error and no warning;
//  - actors.csv, documents.csv, relations.csv and mentions.csv loaded into
//    Kuzu, an embedded graph database, with node and relationship tables
//    declared from the CSV headers (Kuzu maps columns by position), then
//    queried with Cypher: every edge of DIR/graph.jsonl (an independent
//    writer) is there with its weight, and the values of EXPECT.json when
//    given, down to the document ids of an edge's evidence.
//   usage: node neo4j_check.mjs DIR [EXPECT.json]
import fs from 'fs';
import os from 'os';
import path from 'path';
import {createRequire} from 'module';
import kuzu from 'kuzu';

// The package's ESM build has extension-less imports that Node rejects;
// its CommonJS build loads.
const {lintCypherQuery} = createRequire(import.meta.url)(
  '@neo4j-cypher/language-support'
);

const [outDir, expectPath] = process.argv.slice(2);
const dir = path.join(outDir, 'neo4j');
const expect = expectPath
  ? JSON.parse(fs.readFileSync(expectPath, 'utf8'))
  : null;
const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
}

// What the CSV files carry instead of a control character.
const singleLine = s => s.replace(/[\x00-\x1f\x7f]/g, ' ');

// --- import.cypher ---------------------------------------------------------

const cypher = fs.readFileSync(path.join(dir, 'import.cypher'), 'utf8');
const statements = cypher.split('\n').filter(l => l && !l.startsWith('//'));
check(
  !/[\x00-\x09\x0b-\x1f\x7f]/.test(cypher),
  'import.cypher holds a raw control character'
);
check(!/\$\w/.test(cypher), 'import.cypher uses a parameter');
const diagnostics = lintCypherQuery(cypher, {});
for (const d of diagnostics) {
  check(
    false,
    `import.cypher:${d.range.start.line + 1}:${d.range.start.character + 1}: ` +
      `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`
  );
}

// Decodes a Cypher string literal body (escapes per the Cypher manual).
function cypherUnescape(body) {
  const simple = {'\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t',
                  b: '\b', f: '\f'};
  return body.replace(/\\(u[0-9A-Fa-f]{4}|.)/g, (m, e) =>
    e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : simple[e]
  );
}
const literal = "'((?:[^'\\\\]|\\\\.)*)'";
const actorLine = new RegExp(
  `^MERGE \\(a:Actor \\{id: ${literal}\\}\\) SET (?:a:(\\w+), )?a\\.name = ${literal}`
);
const cypherActors = new Map();
for (const s of statements) {
  const m = actorLine.exec(s);
  if (m) cypherActors.set(cypherUnescape(m[1]), {label: m[2], name: cypherUnescape(m[3])});
}
const merges = statements.filter(s => s.startsWith('MERGE (a:Actor')).length;
const matches = statements.filter(s => /^MATCH \(s:Actor/.test(s)).length;
const documentMerges =
  statements.filter(s => s.startsWith('MERGE (d:Document')).length;
const mentionMatches =
  statements.filter(s => s.includes('MERGE (d)-[m:MENTIONS]->(a)')).length;
check(cypherActors.size === merges, 'an actor MERGE line did not parse');

// --- Kuzu ------------------------------------------------------------------

const KUZU_TYPES = {string: 'STRING', long: 'INT64', int: 'INT64',
                    boolean: 'BOOLEAN', double: 'DOUBLE', float: 'DOUBLE',
                    date: 'DATE'};

function headerOf(file) {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  return {header: text.slice(0, text.indexOf('\n')).split(','),
          rows: text.split('\n').length - 2};
}

// A Kuzu column for one neo4j-admin header field.  Arrays stay STRING
// (Kuzu reads lists as "[a,b]"); the checker splits them on ';'.
function column(field) {
  const [name, rawType = 'string'] = field.split(':');
  const type = rawType.replace(/\[\]$/, '');
  if (/^ID(\(\w+\))?$/.test(rawType)) return `${name} STRING`;
  if (rawType === 'LABEL') return 'labels STRING';
  if (rawType === 'TYPE') return 'type STRING';
  check(type in KUZU_TYPES, `unexpected header type ${rawType}`);
  return `${name} ${rawType.endsWith('[]') ? 'STRING' : KUZU_TYPES[type]}`;
}

const actorsCsv = headerOf('actors.csv');
const relationsCsv = headerOf('relations.csv');
const documentsCsv = headerOf('documents.csv');
const mentionsCsv = headerOf('mentions.csv');
const isId = f => /:ID(\(\w+\))?$/.test(f);
const idField = actorsCsv.header.find(isId);
const docIdField = documentsCsv.header.find(isId);
const nodeColumns = actorsCsv.header.map(column);
const docColumns = documentsCsv.header.map(column);
const relColumns = relationsCsv.header.slice(2).map(column);
const mentionColumns = mentionsCsv.header.slice(2).map(column);

const dbPath = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-kuzu-'));
const db = new kuzu.Database(path.join(dbPath, 'db'));
const conn = new kuzu.Connection(db);
async function run(text) {
  const result = await conn.query(text);
  return result.getAll();
}
try {
  await run(`CREATE NODE TABLE Actor(${nodeColumns.join(', ')}, ` +
            `PRIMARY KEY(${idField.split(':')[0]}))`);
  await run(`CREATE REL TABLE Relation(FROM Actor TO Actor, ` +
            `${relColumns.join(', ')})`);
  await run(`CREATE NODE TABLE Document(${docColumns.join(', ')}, ` +
            `PRIMARY KEY(${docIdField.split(':')[0]}))`);
  await run(`CREATE REL TABLE Mentions(FROM Document TO Actor, ` +
            `${mentionColumns.join(', ')})`);
  await run(`COPY Actor FROM '${path.join(dir, 'actors.csv')}' (HEADER=true)`);
  await run(
    `COPY Relation FROM '${path.join(dir, 'relations.csv')}' (HEADER=true)`
  );
  await run(
    `COPY Document FROM '${path.join(dir, 'documents.csv')}' (HEADER=true)`
  );
  await run(
    `COPY Mentions FROM '${path.join(dir, 'mentions.csv')}' (HEADER=true)`
  );
  const [{d}] = await run('MATCH (x:Document) RETURN count(*) AS d');
  const [{k}] = await run('MATCH ()-[x:Mentions]->() RETURN count(*) AS k');
  check(d === documentsCsv.rows && d === documentMerges,
        `Kuzu loaded ${d} documents of ${documentsCsv.rows} ` +
          `(${documentMerges} in import.cypher)`);
  check(k === mentionsCsv.rows && k === mentionMatches,
        `Kuzu loaded ${k} mentions of ${mentionsCsv.rows} ` +
          `(${mentionMatches} in import.cypher)`);
  const [{n}] = await run('MATCH (a:Actor) RETURN count(*) AS n');
  const [{m}] = await run('MATCH ()-[r:Relation]->() RETURN count(*) AS m');
  check(n === actorsCsv.rows, `Kuzu loaded ${n} actors of ${actorsCsv.rows}`);
  check(m === relationsCsv.rows,
        `Kuzu loaded ${m} relations of ${relationsCsv.rows}`);
  check(n === merges, `${merges} actor MERGE statements for ${n} actors`);
  check(m === matches, `${matches} relation statements for ${m} relations`);

  const reference = fs
    .readFileSync(path.join(outDir, 'graph.jsonl'), 'utf8')
    .split('\n')
    .filter(line => line.length > 0)
    .map(line => JSON.parse(line));
  const edgeKey = (s, t, rel, pol, w) => [s, t, rel, pol, w].join('|');
  const loaded = (
    await run(
      'MATCH (s:Actor)-[r:Relation]->(t:Actor) RETURN s.id AS s, t.id AS t, ' +
        'r.relation AS rel, r.polarity AS pol, r.weight AS w'
    )
  )
    .map(r => edgeKey(r.s, r.t, r.rel, r.pol, r.w))
    .sort();
  const wanted = reference
    .map(e => edgeKey(singleLine(e.source), singleLine(e.target), e.relation,
                      e.polarity, e.weight))
    .sort();
  check(JSON.stringify(loaded) === JSON.stringify(wanted),
        'Kuzu edges differ from graph.jsonl');

  const actors = await run(
    'MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.labels AS labels, ' +
      'a.aliases AS aliases, a.mentions AS mentions, a.role AS role'
  );
  for (const a of actors) {
    const c = cypherActors.get(a.id);
    check(c !== undefined, `${a.id}: not in import.cypher`);
    if (!c) continue;
    check(a.name === singleLine(c.name), `${a.id}: CSV and Cypher names differ`);
    check(a.labels === 'Actor' + (c.label ? ';' + c.label : ''),
          `${a.id}: labels ${a.labels} vs ${c.label}`);
  }

  if (expect) {
    for (const [id, want] of Object.entries(expect.actors)) {
      const a = actors.find(x => x.id === id) || {};
      check(a.name === singleLine(want.label),
            `${id}: Kuzu name ${JSON.stringify(a.name)}`);
      check((a.aliases || '') === want.aliases.join(';'),
            `${id}: aliases ${a.aliases}`);
      check(a.mentions === want.mentions, `${id}: mentions ${a.mentions}`);
      check((a.role || '') === singleLine(want.role || ''), `${id}: role`);
      const c = cypherActors.get(id) || {};
      check(c.name === want.label,
            `${id}: import.cypher name ${JSON.stringify(c.name)}`);
    }
    // Document nodes carry the title and date the input gave.
    const isoDate = x =>
      x instanceof Date ? x.toISOString().slice(0, 10) : String(x ?? '');
    for (const [id, want] of Object.entries(expect.documents || {})) {
      const rows = await run(
        `MATCH (d:Document) WHERE d.id = '${id}' ` +
          'RETURN d.title AS title, d.date AS date'
      );
      check(rows.length === 1, `Document ${id}: ${rows.length} rows in Kuzu`);
      if (rows.length !== 1) continue;
      check((rows[0].title ?? '') === want.title,
            `Document ${id}: title ${JSON.stringify(rows[0].title)}`);
      check(isoDate(rows[0].date) === want.date,
            `Document ${id}: date ${rows[0].date}`);
    }
    for (const want of expect.relations) {
      const name = `${want.source} -${want.relation}-> ${want.target}`;
      const rows = await run(
        'MATCH (s:Actor)-[r:Relation]->(t:Actor) ' +
          `WHERE s.id = '${want.source}' AND t.id = '${want.target}' ` +
          `AND r.relation = '${want.relation}' ` +
          'RETURN r.type AS type, r.weight AS weight, r.polarity AS polarity, ' +
          'r.symmetric AS symmetric, r.cameo AS cameo, r.goldstein AS g, ' +
          'r.evidence AS sample, r.documents AS documents, ' +
          'r.evidence_documents AS evidence_documents, t.name AS target'
      );
      check(rows.length === 1, `${name}: ${rows.length} rows in Kuzu`);
      if (rows.length !== 1) continue;
      const r = rows[0];
      check(r.type === want.type, `${name}: type ${r.type}`);
      check(r.weight === want.weight, `${name}: weight ${r.weight}`);
      check(r.polarity === want.polarity, `${name}: polarity`);
      check(r.symmetric === want.symmetric, `${name}: symmetric`);
      check((r.cameo || '') === want.cameo, `${name}: cameo ${r.cameo}`);
      check(r.g === Number(want.goldstein), `${name}: goldstein ${r.g}`);
      check(r.sample === singleLine(want.evidence_sample),
            `${name}: evidence ${JSON.stringify(r.sample)}`);
      if (want.evidence_documents) {
        const distinct = [...new Set(want.evidence_documents)].sort();
        check(r.documents === distinct.join(';'),
              `${name}: documents ${JSON.stringify(r.documents)}`);
        check(r.evidence_documents === want.evidence_documents.join(';'),
              `${name}: evidence_documents ` +
                JSON.stringify(r.evidence_documents));
        // The documents are nodes too, linked to the actors they cite.
        const cited = await run(
          'MATCH (d:Document)-[:Mentions]->(a:Actor) ' +
            `WHERE a.id = '${want.source}' RETURN d.id AS id ORDER BY id`
        );
        for (const doc of distinct) {
          check(cited.some(c => c.id === doc),
                `${name}: no (Document ${doc})-[:MENTIONS]->(${want.source})`);
        }
      }
      check(r.target === singleLine(expect.actors[want.target].label),
            `${name}: target name`);
    }
  }
  console.log(
    `neo4j: lint ${diagnostics.length} diagnostics on ${statements.length} ` +
      `statements; Kuzu ${kuzu.VERSION} loaded ${n} actors, ${m} relations`
  );
} catch (e) {
  check(false, `Kuzu: ${e.message}`);
} finally {
  fs.rmSync(dbPath, {recursive: true, force: true});
}

if (failures.length > 0) {
  for (const f of failures) console.error('FAIL ' + f);
  process.exit(1);
}
