// Affiliations: the facts that a person works for a country or an
// organization, as the text states them.  The person cues call Affiliate()
// with the span of the introduction they found ("Russian President X",
// "X, a spokesman for Y"); each fact becomes an affiliated_with edge.
#ifndef ACTORGRAPH_EXTRACT_STAGES_AFFILIATIONS_H_
#define ACTORGRAPH_EXTRACT_STAGES_AFFILIATIONS_H_

#include <string>

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

// The first Country or Organization mentioned in tokens [first, end), not
// counting one after "to" (an ambassador's host country).
int GroupActorIn(const DocAnalysis& doc, uint32_t first, uint32_t end,
                 uint32_t* mention_first, uint32_t* mention_end);

// Records `role` for the person and, when the cue span [first, end) names
// a country or organization, the fact that the person
// [name_first, name_end) belongs to it.  Returns whether it did.
bool Affiliate(DocAnalysis* doc, int person, uint32_t first, uint32_t end,
               uint32_t name_first, uint32_t name_end, const char* rule,
               const std::string& role);

// "Treasury Secretary James Baker": a title without a body before an
// office holder the dictionaries know is an office of the holder's own
// state on the article's date.
void AffiliateWithOwnCountry(DocAnalysis* doc, int person, uint32_t first,
                             uint32_t name_first, uint32_t name_end);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_AFFILIATIONS_H_
