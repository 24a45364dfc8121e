// Polarity and modality of a matched pattern, from the words around it.
//
// Polarity: negations and refusals between the subject and the verb
// ("has pointedly refused to criticize", "wouldn't be helping", "has yet
// to"), counted so that "never refused to" stays positive; a refusing verb
// inside the pattern ("suspended arms exports to", "ruled out talks with");
// "neither ... nor"; a denial governing the clause ("denied that it had
// supplied").
// Modality: hypothetical for questions, "whether"/"could" before the verb
// in its clause, "if" anywhere before it, a condition after it ("will strike if
// ..."), and verbs someone else wants ("invited X to visit", "warned X against
// attacking"); future for "will", "aims to", "is planned", headline
// infinitives, unless an ongoing verb is nearer ("will continue to provide");
// else asserted.  A negative mention that would be future ("wouldn't be
// helping", "will not attend") is a refusal stated now: asserted (the relation
// matcher decides that). Internal to extract/.
#ifndef ACTORGRAPH_EXTRACT_STAGES_CLAUSE_MODALITY_H_
#define ACTORGRAPH_EXTRACT_STAGES_CLAUSE_MODALITY_H_

#include <cstdint>

#include "extract/stages/doc_analysis.h"
#include "extract/stages/pattern_matcher.h"

namespace actorgraph {

// literal: the anchor verb is the act the pattern codes, so a refusing
// anchor ("abandoned ties") negates nothing.
Polarity DecidePolarity(const DocAnalysis& d, const Binding& b, uint32_t anchor,
                        const Sentence& s, bool literal);
Modality DecideModality(const DocAnalysis& d, const Binding& b, uint32_t anchor,
                        const Sentence& s);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_CLAUSE_MODALITY_H_
