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

template <>
struct Fields<ActorInfo> {
  template <typename C, typename T>
  static void Visit(C& c, T& a) {
    c(a.id, a.label, a.type, a.aliases, a.iso2, a.iso3, a.wikidata,
      a.affiliation, a.role, a.cameo, a.source, a.mentions);
  }
};

template <>
struct Fields<DatedCode> {
  template <typename C, typename T>
  static void Visit(C& c, T& d) {
    c(d.code, d.from, d.to);
  }
};

template <>
struct Fields<DictAgent> {
  template <typename C, typename T>
  static void Visit(C& c, T& a) {
    c(a.phrase, a.code, a.before, a.line);
  }
};

template <>
struct Fields<ActorEntry> {
  template <typename C, typename T>
  static void Visit(C& c, T& e) {
    c(e.info, e.adjectives, e.metonyms, e.short_names, e.roles, e.acts_for,
      e.from_year, e.to_year, e.codes, e.valid_from, e.valid_to, e.predecessor,
      e.successor, e.from_dictionary, e.file, e.line, e.affiliation_column,
      e.label_column, e.aliases_column, e.adjectives_column, e.metonyms_column);
  }
};

template <>
struct Fields<ActorTable> {
  template <typename C, typename T>
  static void Visit(C& c, T& t) {
    c(t.entries_, t.index_, t.country_codes_, t.office_holders_);
  }
};

template <>
struct Fields<Lexicon::Family> {
  template <typename C, typename T>
  static void Visit(C& c, T& f) {
    c(f.base, f.verb);
  }
};

template <>
struct Fields<Lexicon> {
  template <typename C, typename T>
  static void Visit(C& c, T& l) {
    c(l.words_, l.class_bits_, l.verb_form_, l.slots_, l.class_names_,
      l.class_words_, l.class_families_, l.cue_bit_, l.cue_bits_used_,
      l.irregular_, l.plurals_);
  }
};

template <>
struct Fields<CameoCode> {
  template <typename C, typename T>
  static void Visit(C& c, T& k) {
    c(k.code, k.name, k.goldstein, k.root, k.quad_class);
  }
};

template <>
struct Fields<CameoTable> {
  template <typename C, typename T>
  static void Visit(C& c, T& t) {
    c(t.codes_);
  }
};

template <>
struct Fields<SentenceWords> {
  template <typename C, typename T>
  static void Visit(C& c, T& s) {
    c(s.never_final, s.maybe_final, s.before_number, s.starters);
  }
};

template <>
struct Fields<RelationDef> {
  template <typename C, typename T>
  static void Visit(C& c, T& r) {
    c(r.name, r.label, r.cameo, r.goldstein, r.quad_class, r.defined_at,
      r.symmetric, r.source_types, r.target_types);
  }
};

template <>
struct Fields<CameoFacts> {
  template <typename C, typename T>
  static void Visit(C& c, T& f) {
    c(f.code, f.goldstein, f.quad_class);
  }
};

template <>
struct Fields<PatternElement> {
  template <typename C, typename T>
  static void Visit(C& c, T& e) {
    c(e.kind, e.words, e.min, e.max, e.column, e.text);
  }
};

template <>
struct Fields<PatternRule> {
  template <typename C, typename T>
  static void Visit(C& c, T& r) {
    c(r.id, r.relation, r.elements, r.anchor, r.cameo, r.negative, r.literal,
      r.required, r.rank, r.file, r.line);
  }
};

template <>
struct Fields<RelationRules> {
  template <typename C, typename T>
  static void Visit(C& c, T& r) {
    c(r.relations_, r.patterns_, r.rule_ids_, r.files_);
  }
};

template <>
struct Fields<Gazetteer::Node> {
  template <typename C, typename T>
  static void Visit(C& c, T& n) {
    c(n.hits);
  }
};

template <>
struct Fields<Gazetteer> {
  template <typename C, typename T>
  static void Visit(C& c, T& g) {
    c(g.nodes_, g.root_children_, g.children_, g.entries_);
  }
};

template <>
struct Fields<DictionaryReport> {
  template <typename C, typename T>
  static void Visit(C& c, T& r) {
    c(r.added, r.merged, r.conflicts, r.shared, r.skipped, r.notes,
      r.name_notes);
  }
};

template <>
struct Fields<Place> {
  template <typename C, typename T>
  static void Visit(C& c, T& p) {
    c(p.name, p.iso2);
  }
};

template <>
struct Fields<NameLists> {
  template <typename C, typename T>
  static void Visit(C& c, T& n) {
    c(n.words_, n.bits_, n.places_, n.merges_, n.splits_, n.countries_,
      n.max_place_tokens_);
  }
};

template <>
struct Fields<Ontology> {
  template <typename C, typename T>
  static void Visit(C& c, T& o) {
    c(o.directory_, o.lexicon_, o.cues_, o.cameo_, o.sentence_words_,
      o.adverb_endings_, o.rules_, o.actors_, o.gazetteer_, o.agent_trie_,
      o.agents_, o.report_, o.warnings_, o.names_, o.anchored_);
  }
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_CODEC_H_
