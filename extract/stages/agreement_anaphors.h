// Agreements named again without their parties.
//
//   "The EC agreed a trade deal with Argentina. ... Ireland and France
//   continued to oppose the deal."
//
// A definite agreement noun (a word of the lexicon's @agreement after
// "the", "this" or "that") that names no party of its own stands for the
// two parties of the nearest agreement of the same number before it, four
// sentences back at most, that names them: "a deal with Argentina" and the
// nearest actor before it that no preposition governs, or "the accord
// between X and Y".  The noun becomes a group mention of both, so "opposed
// the deal" criticizes each party; it is never a subject ("the pact calls
// on Japan to" is no appeal of its parties).
//
//   ResolveAgreementAnaphors(&doc);  // after the pronouns, before matching
#ifndef ACTORGRAPH_EXTRACT_STAGES_AGREEMENT_ANAPHORS_H_
#define ACTORGRAPH_EXTRACT_STAGES_AGREEMENT_ANAPHORS_H_

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

// The `how` of the mentions it adds.
extern const char kAgreementAnaphor[];

void ResolveAgreementAnaphors(DocAnalysis* doc);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_AGREEMENT_ANAPHORS_H_
