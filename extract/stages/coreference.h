// In-document coreference: mentions that name nobody by themselves.
//
//   role phrases  "the Russian leader", "China's defense minister",
//                 "his Chinese counterpart", "the president of Turkey":
//                 the person of that country and role mentioned in the
//                 document (nearest before, else first after), else the one
//                 gazetteer person holding that role (in the document's year
//                 when it is dated)
//   groups        "the two leaders", "both countries", "the pair": the last
//                 two distinct persons (countries) mentioned
//   pronouns      he/she/his/him/her: the subject-most person of the current
//                 sentence before the pronoun, else of the nearest earlier
//                 sentence; it/its: likewise among countries and
//                 organizations, one sentence back at most; they: the
//                 two actors of the nearest list before it in its sentence
//                 ("Spain and Portugal said they"), else "the Saudis"
//
// Runs after person cues, so cue-found people take part.
#ifndef ACTORGRAPH_EXTRACT_STAGES_COREFERENCE_H_
#define ACTORGRAPH_EXTRACT_STAGES_COREFERENCE_H_

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

void ResolveRolePhrases(DocAnalysis* doc);
// "the bloc", "the kingdom", "the minister": the last fitting actor.
void ResolveAnaphors(DocAnalysis* doc);
void ResolveGroups(DocAnalysis* doc);
// "EC foreign ministers met ... Ministers also decided": a bare plural of
// @group_person names again the actor right before the same noun earlier
// ("X ministers", "X foreign ministers"), four sentences back at most.
void ResolveRepeatedGroups(DocAnalysis* doc);
void ResolvePronouns(DocAnalysis* doc);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_COREFERENCE_H_
