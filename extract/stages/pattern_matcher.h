// Pattern matching proper: walks one pattern of relations.rules left and
// right from its anchor token and fills the actor slots.
//
//   Binding b;
//   if (MatchPattern(doc, rule, sentence, token, &b)) Use(b.a, b.b, b.group);
//
// Slots take actor mentions and coordinated lists ("the US and NATO",
// "Azerbaijan, Armenia, ... as well as the leaders of Abkhazia"); the
// subject gap ".." takes the nearest actor that can be a subject.  Gaps are
// bounded (at most 9 tokens, 20 for the subject gap) and only the nearest
// subject is tried, so one call costs O(pattern length x 20) token steps.
// Internal to extract/.
#ifndef ACTORGRAPH_EXTRACT_STAGES_PATTERN_MATCHER_H_
#define ACTORGRAPH_EXTRACT_STAGES_PATTERN_MATCHER_H_

#include <cstdint>
#include <vector>

#include "extract/rules/relation_rules.h"
#include "extract/stages/doc_analysis.h"
#include "extract/stages/phrase_heuristics.h"

namespace actorgraph {

struct Binding {
  SlotValue a, b, group;
  uint32_t first = 0, end = 0;
};

// Why a pattern whose anchor matched did not match (for traces): the
// element matching got furthest with before it failed (elements left of
// the anchor are tried first, from the anchor outwards, then those right
// of it), or an active pattern's verb used in the passive voice.
struct MatchMiss {
  int element = -1;
  bool passive = false;
};

// Matches `rule` with its anchor at `anchor_token`; fills *out on success,
// and *miss, when given, on failure.
bool MatchPattern(const DocAnalysis& doc, const PatternRule& rule,
                  const Sentence& sentence, uint32_t anchor_token, Binding* out,
                  MatchMiss* miss = nullptr);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_PATTERN_MATCHER_H_
