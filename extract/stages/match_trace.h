// What `actorgraph check --trace` adds about matching, as trace lines: a
// sentence's tokens with the lexicon classes of each, and the near misses:
// patterns whose anchor word is in the sentence but that did not match,
// with the element they failed at.  Internal to extract/.
//
//   d.TraceLine(TokensLine(d, si));
//   //  sentence 0: Iran denied[@denial] supplying[...] drones to Russia .
//   d.TraceLine(NearMissLine(d, rule, anchor, miss));
//   //  near miss supplies.give at 'gave': element 4 'to' did not match
//   //    (relations.rules:88:31)
#ifndef ACTORGRAPH_EXTRACT_STAGES_MATCH_TRACE_H_
#define ACTORGRAPH_EXTRACT_STAGES_MATCH_TRACE_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/rules/relation_rules.h"
#include "extract/stages/doc_analysis.h"
#include "extract/stages/pattern_matcher.h"

namespace actorgraph {

// "sentence N: token token[@class,@class] ...": every token as written,
// with the classes of its word in lexicon order.
std::string TokensLine(const DocAnalysis& d, size_t sentence);

// A pattern anchored at `anchor` that failed as `miss` says.
std::string NearMissLine(const DocAnalysis& d, const PatternRule& rule,
                         uint32_t anchor, const MatchMiss& miss);

// A pattern anchored at `anchor` that was not tried: the sentence lacks a
// word it requires.
std::string AbsentWordLine(const DocAnalysis& d, const PatternRule& rule,
                           uint32_t anchor);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_MATCH_TRACE_H_
