// Relation rules: the relations of the ontology and the token patterns that
// find them, as read from ontology/relations.rules and then each
// ontology/rules/*.rules (format in ontology/README.md).
//
//   RelationRules rules;
//   rules.Load("ontology/relations.rules", &lexicon, cameo);  // UserError
//   rules.Load("ontology/rules/cameo.rules", &lexicon, cameo); // rank 1
//   for (const PatternRule& r : rules.patterns()) ...
#ifndef ACTORGRAPH_EXTRACT_RULES_RELATION_RULES_H_
#define ACTORGRAPH_EXTRACT_RULES_RELATION_RULES_H_

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "extract/rules/cameo_table.h"
#include "extract/rules/lexicon.h"

namespace actorgraph {

// How far `..` looks back from a verb for its subject, in steps (a word, a
// whole actor mention, a parenthesis or a relative clause is one step).
constexpr int kSubjectGapMax = 25;
// Where `..` does not precede a verb it is a free gap of this many tokens.
constexpr int kFreeGapOnRight = 8;
// `X*` repeats X at most this often.
constexpr int kStarMax = 4;

// The rule language's vocabulary as the parser knows it, in the order
// ontology/README.md documents it (tests/rule_language_test.cc holds the
// two together).
const std::vector<std::string>& RelationSettingNames();  // cameo, ...
const std::vector<std::string>& PatternOptionNames();    // CODE, negative, ...
const std::vector<std::string>& PatternElementSyntax();  // A, B, AB, .., ...

// A CAMEO code as an edge carries it: the code, its Goldstein value and its
// quad class (-1 when there is no code).
struct CameoFacts {
  std::string code;  // "040", or empty
  double goldstein = 0;
  int quad_class = -1;
};

struct RelationDef {
  std::string name;   // "met_with"
  std::string label;  // "met with"
  std::string cameo;  // "040", or empty
  double goldstein = 0;
  int quad_class = -1;
  std::string defined_at;  // "file:line" of its block
  bool symmetric = false;
  // Actor types the relation accepts; empty accepts any.
  std::vector<std::string> source_types, target_types;
  bool Accepts(const std::string& source_type,
               const std::string& target_type) const;
};

enum class ElementKind {
  kSource,      // A
  kTarget,      // B
  kGroup,       // AB
  kSubjectGap,  // ..
  kFreeGap,     // _N
  kWords,       // word, w1|w2, word~, @class
  kNot,         // !word: the next token is none of these (zero-width)
};

struct PatternElement {
  ElementKind kind = ElementKind::kWords;
  std::vector<int> words;  // sorted word ids (kWords)
  int min = 1, max = 1;    // how many tokens (kWords, gaps)
  int column = 0;          // in the rules file, for messages
  std::string text;        // as written there ("supply~", "A", "..")
};

// One bit of a 64-bit signature of the words a sentence holds: a pattern
// can match only where each of its required word elements shares a bit
// with the sentence's signature.
inline uint64_t WordSignatureBit(int word) {
  return word < 0 ? 0 : uint64_t{1} << (static_cast<unsigned>(word) % 64);
}

struct PatternRule {
  std::string id;    // "supplies.provide_with"
  int relation = 0;  // index into RelationRules::relations()
  std::vector<PatternElement> elements;
  int anchor = 0;         // the element matching starts from
  CameoFacts cameo;       // its own code, else its relation's
  bool negative = false;  // [negative]: inverts the polarity found
  bool literal = false;   // [literal]: a refusing anchor verb is the act
  // Per required word element, the OR of its words' signature bits.
  std::vector<uint64_t> required;
  int rank = 0;  // which rules file: 0 relations.rules, 1.. the others
  std::string file;
  int line = 0;
};

class RelationRules {
 public:
  // Adds one rules file; each call's file ranks after the previous ones.
  // A block naming a relation of an earlier file adds patterns to it.
  void Load(const std::string& path, Lexicon* lexicon, const CameoTable& cameo);

  const std::vector<RelationDef>& relations() const { return relations_; }
  const std::vector<PatternRule>& patterns() const { return patterns_; }
  int FindRelation(const std::string& name) const;  // -1 when unknown

 private:
  // The ontology cache stores every member (extract/rules/ontology_codec.h).
  template <typename T>
  friend struct Fields;

  void ParseSetting(const std::string& key, const std::string& value,
                    const std::string& where, const CameoTable& cameo);
  void ParseOptions(const std::string& options, const std::string& where,
                    const CameoTable& cameo, PatternRule* rule) const;
  void ParsePattern(const std::string& text, int value_column,
                    const std::string& file, int line, Lexicon* lexicon,
                    PatternRule* rule);

  std::vector<RelationDef> relations_;
  std::vector<PatternRule> patterns_;
  std::set<std::string> rule_ids_;
  int files_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_RELATION_RULES_H_
