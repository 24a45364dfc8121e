// Mention finding, the first stages of extraction:
//   FindGazetteerMentions  names, aliases, metonyms and adjectives from the
//                          gazetteer, with case rules ("US" vs "us"),
//                          attributive uses ("Iranian-made") and agent
//                          phrases ("Russian forces", "the Chinese side",
//                          "the Russian and Chinese armed forces")
//   FindShortNames         "Xi", "Klitschko" once the full name appeared
// Person cues (titles, appositions) live in person_cues.h, pronouns and role
// phrases in coreference.h.
#ifndef ACTORGRAPH_EXTRACT_STAGES_MENTION_FINDER_H_
#define ACTORGRAPH_EXTRACT_STAGES_MENTION_FINDER_H_

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

void FindGazetteerMentions(DocAnalysis* doc);
void FindShortNames(DocAnalysis* doc);

// Token key of a name, for matching names not in the lexicon.
std::string NameKey(const DocAnalysis& doc, uint32_t first, uint32_t end);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_MENTION_FINDER_H_
