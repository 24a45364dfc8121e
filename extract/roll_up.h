// Roll-up: merges sector actors ("Syrian rebels", id sector:SYRREB) into
// the country they act for, for graphs at country level.  Their relations
// are already the country's; this moves their mentions and drops them as
// nodes.
//
//   if (roll_up == RollUp::kCountry) RollUpSectors(ontology, &result);
#ifndef ACTORGRAPH_EXTRACT_ROLL_UP_H_
#define ACTORGRAPH_EXTRACT_ROLL_UP_H_

#include <string>

#include "extract/model/evidence.h"
#include "extract/rules/ontology.h"

namespace actorgraph {

enum class RollUp { kNone, kCountry };

// "country" or "none"; false for anything else.
bool ParseRollUp(const std::string& text, RollUp* out);

void RollUpSectors(const Ontology& ontology, DocumentResult* result);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_ROLL_UP_H_
