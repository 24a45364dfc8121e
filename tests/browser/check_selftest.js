// Checks the reports the HTML view's self-test mode (#selftest) wrote into
// <pre id="selftest-result">, as dumped by `chromium --dump-dom`.
//   node check_selftest.js fixture ZOE_DUMP FENWICK_DUMP HOSTILE_DUMP
//   node check_selftest.js corpus DUMP    (examples/corpus, searched "erdogan")
// The fixture expectations follow tests/browser/fixture_graph.h; the corpus
// ones hold for any sensible extraction of examples/corpus.
"use strict";
const assert = require("assert");
const fs = require("fs");

const kHostile = "</script><img src=x onerror=\"window.__injected=true\">";

function report(path) {
  const dom = fs.readFileSync(path, "utf8");
  const match = /<pre id="selftest-result">([\s\S]*?)<\/pre>/.exec(dom);
  assert(match, `${path}: no self-test report (did the page script fail?)`);
  const text = match[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">")
      .replace(/&nbsp;/g, "\u00a0").replace(/&amp;/g, "&");
  return JSON.parse(text);
}

function checkCommon(r) {
  assert.strictEqual(r.injected, false, "hostile text ran as script");
  assert.strictEqual(r.images, 0, "hostile text became an <img>");
  assert.strictEqual(r.scripts, 2);
  assert.strictEqual(r.actors, 7);
  assert.strictEqual(r.edges, 7);
  assert.strictEqual(r.initial.shownActors, 7);
  assert.strictEqual(r.initial.shownEdges, 7);
  assert.deepStrictEqual([...r.initial.labels].sort(), [kHostile, "Freedonia",
      "Grand Fenwick", "Osterlich", "Port League", "Sylvania", "Zo\u00eb M\u00fcller"].sort());
}

// Accents are ignored; the evidence marks the mentions after an emoji
// (code point offsets); unticking "visited" hides the edge and Zoë with it.
function checkZoe(r) {
  checkCommon(r);
  assert.deepStrictEqual(r.search.results, ["Zo\u00eb M\u00fcller"]);
  assert.strictEqual(r.actorPanel.title, "Zo\u00eb M\u00fcller");
  assert.deepStrictEqual(r.actorPanel.relations, [" \u2192 visited Sylvania \u00d71"]);
  assert.strictEqual(r.edgePanel.evidence.length, 1);
  const ev = r.edgePanel.evidence[0];
  assert.strictEqual(ev.meta, "doc-1 \u00b7 2024-03-02");
  assert.strictEqual(ev.sentence, "\u{1F642} On Monday Zo\u00eb M\u00fcller flew to Sylvania for talks.");
  assert.deepStrictEqual(ev.marks, [{ role: "source", text: "Zo\u00eb M\u00fcller" },
                                    { role: "target", text: "Sylvania" }]);
  assert.strictEqual(r.afterFilter.hidden, "visited");
  assert.strictEqual(r.afterFilter.shownEdges, 6);
  assert.strictEqual(r.afterFilter.shownActors, 6);
  assert(!r.afterFilter.labels.includes("Zo\u00eb M\u00fcller"));
  assert.strictEqual(r.afterFilter.status, "Showing 6 of 7 actors, 6 of 7 relations.");
}

// An alias finds its actor; its heaviest relation's evidence is listed;
// unticking "attacks" hides one edge but no actor; unticking the future
// modality then hides the Port League's one (future) relation, and it.
function checkFenwick(r) {
  checkCommon(r);
  assert.deepStrictEqual(r.search.results, ["Grand Fenwick"]);
  assert.strictEqual(r.actorPanel.relations.length, 3);
  assert.strictEqual(r.edgePanel.title, "Freedonia \u2194 met with \u2194 Grand Fenwick");
  assert.deepStrictEqual(r.edgePanel.evidence.map((e) => e.sentence), [
    "Freedonia and Grand Fenwick held a first round of talks.",
    "Grand Fenwick met Freedonia again in February."]);
  assert.strictEqual(r.afterFilter.hidden, "attacks");
  assert.strictEqual(r.afterFilter.shownEdges, 6);
  assert.strictEqual(r.afterFilter.shownActors, 7);
  assert.strictEqual(r.afterModality.hidden, "future");
  assert.strictEqual(r.afterModality.shownEdges, 5);
  assert.strictEqual(r.afterModality.shownActors, 6);
  assert(!r.afterModality.labels.includes("Port League"));
  assert.strictEqual(r.afterModality.status, "Showing 6 of 7 actors, 5 of 7 relations.");
}

// The example corpus: its actors are drawn, the search finds Erdogan, his
// heaviest relation has evidence with both mentions marked inside the
// sentence, and unticking that relation type hides edges.
function checkCorpus(r) {
  assert.strictEqual(r.injected, false);
  assert.strictEqual(r.images, 0);
  assert(r.actors >= 10 && r.edges >= 10, `only ${r.actors} actors, ${r.edges} edges`);
  assert.strictEqual(r.initial.shownEdges, r.edges);
  for (const name of ["Kassym-Jomart Tokayev", "Recep Tayyip Erdogan", "Kazakhstan", "Turkey"]) {
    assert(r.initial.shown.includes(name), `${name} not shown: ${r.initial.shown}`);
  }
  for (const name of ["Russia", "Kassym-Jomart Tokayev"]) {
    assert(r.initial.labels.includes(name), `${name} not labelled: ${r.initial.labels}`);
  }
  assert.strictEqual(r.search.results[0], "Recep Tayyip Erdogan");
  assert.strictEqual(r.actorPanel.title, "Recep Tayyip Erdogan");
  assert(r.actorPanel.relations.length >= 2, r.actorPanel.relations);
  assert(r.edgePanel.evidence.length >= 1, "no evidence listed");
  for (const ev of r.edgePanel.evidence) {
    assert.deepStrictEqual(ev.marks.map((m) => m.role).sort(), ["source", "target"], ev.sentence);
    for (const m of ev.marks) assert(m.text && ev.sentence.includes(m.text), m.text);
  }
  assert(r.afterFilter.shownEdges < r.initial.shownEdges, "the filter hid nothing");
}

// The hostile actor is found by a word of its label, and its sentence,
// markup and all, comes out as text with the mentions marked.
function checkHostile(r) {
  checkCommon(r);
  assert.deepStrictEqual(r.search.results, [kHostile]);
  assert.strictEqual(r.actorPanel.title, kHostile);
  assert.strictEqual(r.edgePanel.evidence.length, 1);
  const ev = r.edgePanel.evidence[0];
  assert.strictEqual(ev.sentence, "<b>Loud</b> voices said </script><script>" +
      "window.__injected=true</script> and blamed Freedonia.");
  assert.deepStrictEqual(ev.marks, [{ role: "source", text: "voices" },
                                    { role: "target", text: "Freedonia" }]);
}

// The Reuters corpus filtered as a user would (--drop-isolates
// --min-weight 3): hundreds of actors, the most important named on screen
// (a crowded one by a short form rather than not at all; how many fit
// depends on the layout, about a quarter), and the search selects Japan
// and zooms to it.
function checkReuters(r) {
  assert.strictEqual(r.injected, false);
  assert(r.actors >= 200, `only ${r.actors} actors`);
  assert(r.initial.labels.length >= 90,
         `only ${r.initial.labels.length} of ${r.actors} actors labelled`);
  assert.strictEqual(r.search.results[0], "Japan");
  assert.strictEqual(r.actorPanel.title, "Japan");
  assert(r.actorPanel.relations.length >= 5, r.actorPanel.relations);
}

const [mode, ...dumps] = process.argv.slice(2);
if (mode === "fixture") {
  checkZoe(report(dumps[0]));
  checkFenwick(report(dumps[1]));
  checkHostile(report(dumps[2]));
} else if (mode === "corpus") {
  checkCorpus(report(dumps[0]));
} else if (mode === "reuters") {
  checkReuters(report(dumps[0]));
} else {
  throw new Error(
      "usage: check_selftest.js fixture ZOE FENWICK HOSTILE | corpus DUMP | reuters DUMP");
}
console.log(mode + " selftest reports OK");
