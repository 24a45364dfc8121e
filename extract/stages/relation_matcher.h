// Relation matching: runs the ontology's patterns over a document whose
// mentions are resolved, and decides each match's polarity and modality.
//
// Matching is anchored: every pattern is indexed by the words its anchor
// (first required word) can take, so a token only tries the few patterns
// that can start there.  From the anchor the matcher walks left and right
// through the pattern's elements with bounded backtracking: gaps are at
// most 9 tokens (20 for the subject gap), lists are parsed greedily, and
// only the nearest subject is tried.  But a match also walks whole lists,
// skips parentheses and scans its sentence for negation, condition and
// modality cues, each up to the sentence's length S; so a text of n tokens
// costs O(n * patterns-per-word * S), and pairing a list of a sources with
// one of b targets emits a * b relations.  Runs without a sentence end are
// cut at S = 400 tokens (sentence_splitter.cc), which keeps all of it
// linear in n whatever the input (tests/adversarial_test.cc).
//
// Polarity: negations and refusals between the subject and the verb
// ("has pointedly refused to criticize", "wouldn't be helping", "would
// not wish"), counted so that "never refused to" stays positive, and
// denials governing the clause ("denied that it had supplied").
// Modality: hypothetical for questions, "whether"/"could"/"if", and verbs
// wanted by someone else ("invited X to visit"); future for "will", "aims
// to", "is moving to" and bare infinitives.
#ifndef ACTORGRAPH_EXTRACT_STAGES_RELATION_MATCHER_H_
#define ACTORGRAPH_EXTRACT_STAGES_RELATION_MATCHER_H_

#include <vector>

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

struct RelationHit {
  int rule = 0;                 // index into Ontology::patterns()
  int relation = 0;             // index into Ontology::relations()
  int source = 0, target = 0;   // DocActor indexes
  uint32_t first = 0, end = 0;  // token span of the match
  uint32_t anchor = 0;          // the token the pattern matched from
  uint32_t source_first = 0, source_end = 0;
  uint32_t target_first = 0, target_end = 0;
  int sentence = 0;
  Polarity polarity = Polarity::kPositive;
  Modality modality = Modality::kAsserted;
};

std::vector<RelationHit> MatchRelations(const DocAnalysis& doc);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_RELATION_MATCHER_H_
