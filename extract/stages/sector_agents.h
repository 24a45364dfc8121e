// Sector actors: an agent noun of the agent dictionaries (Phoenix.agents,
// `REBEL [~REB]`, `MSF [NGO~]`) beside a country's or an organization's
// name makes the mention that actor's sector, with the combined CAMEO code
// ("Syrian rebels" SYRREB, "MSF Arnor" NGOARN, "troops from Gondor"
// GONMIL), acting for the country so that its relations stay the
// country's.
//
//   AttachAgents(&doc, &mention, name_end, sentence);  // while finding names
//   AssignPersonCodes(&doc);   // after person cues: "Arnor President X"
#ifndef ACTORGRAPH_EXTRACT_STAGES_SECTOR_AGENTS_H_
#define ACTORGRAPH_EXTRACT_STAGES_SECTOR_AGENTS_H_

#include <cstdint>
#include <string>

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

// Looks for agent nouns after the name (which ends at `name_end`, before a
// possessive "'s" and up to two modifiers), right before it, or before
// "of/in/from" and a list of names that ends with it; rewrites `m` to the
// sector actor when one is found.
void AttachAgents(DocAnalysis* doc, ActorMention* m, uint32_t name_end,
                  const Sentence& s);

// The actor code of `base` with agent codes: `before` + base + `after`,
// leaving out an agent code the base already carries (USAGOV + GOV).
std::string CombineCodes(const std::string& before, const std::string& base,
                         const std::string& after);

// People found by a title without a dictionary code get the code of their
// country and title ("Arnor President Umbardacil" ARNGOV).
void AssignPersonCodes(DocAnalysis* doc);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_SECTOR_AGENTS_H_
