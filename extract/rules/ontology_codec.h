// The members of every type a loaded Ontology holds, for BinaryWriter and
// BinaryReader (extract/base/binary_codec.h): the ontology cache writes an
// Ontology with them and reads it back instead of parsing the files again.
//
//   BinaryWriter w;  w(ontology);                      // w.bytes()
//   Ontology o;  BinaryReader r(bytes);  r(o);         // r.complete()
//
// Each list names every member of its type.  A member left out would come
// back empty from the cache, so ontology_cache.cc checks the sizes of the
// types against the lists: a new member fails to compile until it is here.
#ifndef ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_CODEC_H_
#define ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_CODEC_H_

#include "extract/base/binary_codec.h"
#include "extract/rules/ontology.h"

namespace actorgraph {

ACTORGRAPH_FIELDS(ActorInfo, a, a.id, a.label, a.type, a.aliases, a.iso2,
                  a.iso3, a.wikidata, a.affiliation, a.role, a.cameo, a.source,
                  a.mentions);

ACTORGRAPH_FIELDS(DatedCode, d, d.code, d.from, d.to);

ACTORGRAPH_FIELDS(DictAgent, a, a.phrase, a.code, a.before, a.line);

ACTORGRAPH_FIELDS(ActorEntry, e, e.info, e.adjectives, e.metonyms,
                  e.short_names, e.roles, e.acts_for, e.from_year, e.to_year,
                  e.codes, e.valid_from, e.valid_to, e.predecessor, e.successor,
                  e.from_dictionary, e.file, e.line, e.affiliation_column,
                  e.label_column, e.aliases_column, e.adjectives_column,
                  e.metonyms_column);

ACTORGRAPH_FIELDS(ActorTable, t, t.entries_, t.index_, t.country_codes_,
                  t.office_holders_);

ACTORGRAPH_FIELDS(Lexicon::Family, f, f.base, f.verb);

ACTORGRAPH_FIELDS(Lexicon, l, l.words_, l.class_bits_, l.verb_form_, l.slots_,
                  l.class_names_, l.class_words_, l.class_families_,
                  l.class_phrases_, l.cue_phrases_, l.cue_bit_,
                  l.cue_bits_used_, l.irregular_, l.plurals_);

ACTORGRAPH_FIELDS(CameoCode, k, k.code, k.name, k.goldstein, k.root,
                  k.quad_class);

ACTORGRAPH_FIELDS(CameoTable, t, t.codes_);

ACTORGRAPH_FIELDS(SentenceWords, s, s.never_final, s.maybe_final,
                  s.before_number, s.starters);

ACTORGRAPH_FIELDS(RelationDef, r, r.name, r.label, r.cameo, r.goldstein,
                  r.quad_class, r.defined_at, r.symmetric, r.source_types,
                  r.target_types);

ACTORGRAPH_FIELDS(CameoFacts, f, f.code, f.goldstein, f.quad_class);

ACTORGRAPH_FIELDS(PatternElement, e, e.kind, e.words, e.min, e.max, e.column,
                  e.text);

ACTORGRAPH_FIELDS(PatternRule, r, r.id, r.relation, r.elements, r.anchor,
                  r.cameo, r.negative, r.literal, r.required, r.rank, r.file,
                  r.line);

ACTORGRAPH_FIELDS(RelationRules, r, r.relations_, r.patterns_, r.rule_ids_,
                  r.files_);

ACTORGRAPH_FIELDS(IdMap, m, m.slots_, m.size_);

ACTORGRAPH_FIELDS(Gazetteer::Node, n, n.hits);

ACTORGRAPH_FIELDS(Gazetteer, g, g.nodes_, g.root_children_, g.children_,
                  g.entries_);

ACTORGRAPH_FIELDS(DictionaryReport, r, r.added, r.merged, r.conflicts, r.shared,
                  r.skipped, r.notes, r.name_notes);

ACTORGRAPH_FIELDS(Place, p, p.name, p.iso2);

ACTORGRAPH_FIELDS(BodyName, b, b.rest, b.label, b.country, b.actor,
                  b.adjective);

ACTORGRAPH_FIELDS(NameLists, n, n.words_, n.bits_, n.place_keys_, n.places_,
                  n.merges_, n.splits_, n.countries_, n.bodies_,
                  n.max_place_tokens_);

ACTORGRAPH_FIELDS(Ontology, o, o.directory_, o.lexicon_, o.cues_, o.cameo_,
                  o.sentence_words_, o.adverb_endings_, o.rules_, o.actors_,
                  o.gazetteer_, o.agent_trie_, o.agents_, o.report_,
                  o.warnings_, o.names_, o.anchor_first_, o.anchored_);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_CODEC_H_
