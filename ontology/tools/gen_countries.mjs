// Generates ontology/actors/countries.tsv from the world-countries package
// plus the hand-made corrections in country_overrides.json.
//
//   cd ontology/tools && npm ci && node gen_countries.mjs
//   node gen_countries.mjs --check   # exit 1 when countries.tsv is stale
//
// The output is sorted by id and byte-for-byte deterministic, so a diff of
// countries.tsv shows exactly what an override or a package update changed.
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json');
const packageVersion = require('world-countries/package.json').version;
const overrides =
    JSON.parse(readFileSync(join(here, 'country_overrides.json'), 'utf8'));
const outPath = join(here, '..', 'actors', 'countries.tsv');

const COLUMNS = [
  'id', 'type', 'label', 'aliases', 'adjectives', 'metonyms', 'iso2', 'iso3',
  'cameo', 'wikidata'
];

// An alternative spelling is kept only when it is an English formal name
// ("Republic of Korea", "Kyrgyz Republic") or an upper-case code longer than
// two letters ("UAE", "DRC"); native-language names and ISO alpha-2 codes
// would collide with ordinary words ("Island", "Viti", "IN", "IT").
const FORMAL_WORDS = new Set([
  'Republic', 'Kingdom', 'State', 'States', 'Federation', 'Commonwealth',
  'Principality', 'Duchy', 'Sultanate', 'Union', 'Confederation', 'Islands'
]);
const LATIN = /^[\p{Script=Latin}0-9 .'’\-]+$/u;

function foldAscii(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, '\'');
}

function isFormalEnglish(name) {
  if (!LATIN.test(name) || name.includes(',')) return false;
  if (/^[A-Z]{3,}$/.test(name)) return true;
  return name.split(' ').some((w) => FORMAL_WORDS.has(w));
}

// Each spelling with diacritics also gets its plain-ASCII twin, since news
// wires often drop accents ("Turkiye", "Bogota").
function withAsciiTwins(names) {
  const out = [];
  for (const n of names) {
    out.push(n);
    const plain = foldAscii(n);
    if (plain !== n) out.push(plain);
  }
  return out;
}

// Demonyms from the package: "Antiguan, Barbudan" and "Kittitian or
// Nevisian" name two peoples; plural forms are what news writes for people
// ("Russians"), except for words that take no -s ("Chinese", "Swiss").
function demonymForms(country) {
  const eng = country.demonyms && country.demonyms.eng;
  if (!eng) return [];
  const forms = [];
  for (const d of new Set([eng.m, eng.f])) {
    for (const word of d.split(/, | or /)) {
      forms.push(word);
      if (!/(ese|ss|sh|ch|s|y)$/.test(word)) forms.push(word + 's');
    }
  }
  return forms;
}

function unique(list, exclude) {
  const seen = new Set(exclude);
  const out = [];
  for (const item of list) {
    if (!item || seen.has(item)) continue;
    seen.add(item);
    out.push(item);
  }
  return out;
}

function buildCountry(c) {
  const o = overrides.countries[c.cca3] || {};
  const globalDrop = new Set(overrides.global_drop);
  const fromPackage = (list) => list.filter((s) => !globalDrop.has(s));
  const label = o.label || c.name.common;

  let aliases = [];
  if (label !== c.name.common) aliases.push(c.name.common);
  aliases.push(...fromPackage(c.altSpellings.concat([c.name.official]))
                   .filter(isFormalEnglish));
  aliases.push(...(o.aliases || []));
  aliases = withAsciiTwins(aliases);
  if (foldAscii(label) !== label) aliases.push(foldAscii(label));

  let adjectives = o.adjectives_only ||
      fromPackage(demonymForms(c)).concat(o.adjectives || []);

  let metonyms = withAsciiTwins(fromPackage(c.capital));
  metonyms.push(...(o.metonyms || []));
  metonyms = metonyms.filter((m) => !globalDrop.has(m));

  const drop = new Set([...(o.drop || []), label]);
  const keep = (list) => unique(list.filter((s) => !drop.has(s)), []);
  aliases = keep(aliases);
  adjectives = keep(adjectives);
  metonyms = keep(metonyms).filter((m) => !aliases.includes(m));

  const code = (overrides.id_overrides || {})[c.cca3] || c.cca3;
  return {
    id: 'country:' + code,
    type: 'Country',
    label,
    aliases,
    adjectives,
    metonyms,
    iso2: c.cca2,
    iso3: (overrides.iso3_overrides || {})[c.cca3] || c.cca3,
    cameo: o.cameo || '',
    wikidata: o.wikidata || '',
  };
}

// Breakaway territories have a slug id and no ISO codes; historical states
// ("Soviet Union") keep their former ISO 3166 codes.
function buildTerritory(t) {
  return {
    id: 'country:' + (t.code || t.slug),
    type: 'Country',
    label: t.label,
    aliases: t.aliases,
    adjectives: t.adjectives,
    metonyms: t.metonyms,
    iso2: t.iso2 || '',
    iso3: t.iso3 || '',
    // The CAMEO actor code, where it is not the ISO alpha-3 code.
    cameo: t.cameo || '',
    wikidata: t.wikidata || '',
  };
}

// Two countries sharing a surface form would make the gazetteer pick one at
// random; fail loudly so that the override table resolves it.
function checkNoSharedSurfaces(rows) {
  const owner = new Map();
  const clashes = [];
  for (const r of rows) {
    const surfaces = new Set([r.label, ...r.aliases, ...r.adjectives, ...r.metonyms]);
    for (const s of surfaces) {
      const key = /^[A-Z.]+$/.test(s) ? s : s.toLowerCase();
      if (owner.has(key) && owner.get(key) !== r.id) {
        clashes.push(`'${s}' is used by ${owner.get(key)} and ${r.id}`);
      }
      owner.set(key, r.id);
    }
  }
  if (clashes.length) {
    throw new Error('shared surface forms:\n  ' + clashes.join('\n  '));
  }
}

function toTsv(rows) {
  const lines = [
    '# GENERATED by ontology/tools/gen_countries.mjs from the npm package',
    `# world-countries ${packageVersion} (data under the ODbL) and`,
    '# ontology/tools/country_overrides.json.  Do not edit by hand: change the',
    '# overrides and run `cd ontology/tools && npm ci && node gen_countries.mjs`.',
    COLUMNS.join('\t'),
  ];
  for (const r of rows) {
    lines.push(COLUMNS.map((c) => {
      const v = r[c];
      const cell = Array.isArray(v) ? v.join(';') : v;
      if (/[\t\n]/.test(cell)) throw new Error(`${r.id}: tab in ${c}`);
      return cell;
    }).join('\t'));
  }
  return lines.join('\n') + '\n';
}

function main() {
  const extra = new Set(overrides.extra_members);
  const rows = countries.filter((c) => c.unMember || extra.has(c.cca3))
                   .map(buildCountry)
                   .concat(overrides.territories.map(buildTerritory));
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  checkNoSharedSurfaces(rows);
  const text = toTsv(rows);
  if (process.argv.includes('--check')) {
    let old = '';
    try {
      old = readFileSync(outPath, 'utf8');
    } catch (e) {
      // A missing file is simply stale.
    }
    if (old !== text) {
      console.error(`${outPath} is stale: run node gen_countries.mjs`);
      process.exit(1);
    }
    console.log(`${outPath} is up to date (${rows.length} actors)`);
    return;
  }
  writeFileSync(outPath, text);
  console.log(`wrote ${outPath}: ${rows.length} actors`);
}

main();
