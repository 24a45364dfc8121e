// Relation rules: the relations of the ontology and the token patterns that
// find them, as read from ontology/relations.rules (format in
// ontology/README.md).
//
//   RelationRules rules;
//   rules.Load("ontology/relations.rules", &lexicon, cameo);  // UserError
//   for (const PatternRule& r : rules.patterns()) ...
#ifndef ACTORGRAPH_EXTRACT_RULES_RELATION_RULES_H_
#define ACTORGRAPH_EXTRACT_RULES_RELATION_RULES_H_

#include <map>
#include <string>
#include <vector>

#include "extract/rules/lexicon.h"

namespace actorgraph {

struct RelationDef {
  std::string name;   // "met_with"
  std::string label;  // "met with"
  std::string cameo;  // "040", or empty
  double goldstein = 0;
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
};

struct PatternRule {
  std::string id;      // "supplies.provide_with"
  int relation = 0;    // index into RelationRules::relations()
  std::vector<PatternElement> elements;
  int anchor = 0;      // the element matching starts from
  std::string file;
  int line = 0;
};

class RelationRules {
 public:
  // `goldstein` maps CAMEO codes to their Goldstein values.
  void Load(const std::string& path, Lexicon* lexicon,
            const std::map<std::string, double>& goldstein);

  const std::vector<RelationDef>& relations() const { return relations_; }
  const std::vector<PatternRule>& patterns() const { return patterns_; }
  int FindRelation(const std::string& name) const;  // -1 when unknown

 private:
  void ParseSetting(const std::string& key, const std::string& value,
                    const std::string& where,
                    const std::map<std::string, double>& goldstein);
  void ParsePattern(const std::string& text, int value_column,
                    const std::string& file, int line, Lexicon* lexicon);

  std::vector<RelationDef> relations_;
  std::vector<PatternRule> patterns_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_RELATION_RULES_H_
