// Actor names as people write them in case files and gold files: matching
// ignores case, accents, repeated spaces, typographic apostrophes and a
// leading "the" ("the Kremlin" == "Kremlin", "Erdoğan" == "erdogan"), the
// same rule as ../shared/score/score_graphml.py.
//
//   if (ActorHasName(info, NormalizeActorName("the United States"))) ...
#ifndef ACTORGRAPH_EXTRACT_MODEL_ACTOR_NAME_H_
#define ACTORGRAPH_EXTRACT_MODEL_ACTOR_NAME_H_

#include <string>
#include <string_view>

#include "extract/model/evidence.h"

namespace actorgraph {

std::string NormalizeActorName(std::string_view name);

// True when `normalized` (a NormalizeActorName result) is the actor's
// label, one of its aliases, or its id.
bool ActorHasName(const ActorInfo& actor, const std::string& normalized);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_MODEL_ACTOR_NAME_H_
