// Person cues: people the gazetteer does not know, found by how news
// introduces them, and the affiliations those introductions state.
//
//   title cue            "Defense Minister Sergei Shoigu", "Gen. Li Shangfu",
//                        "Kremlin spokesperson Dmitry Peskov"
//   apposition after     "Alexander Volfovich, the secretary of the Belarus
//                        security council, ..."
//   apposition before    "The mayor of Mykolaiv, Oleksandr Syenkevych, ..."
//   social attribution   "— Anna Kovalenko (@akoval) ..."
//
// Each cue turns the name into a Person mention (merging the cue span) and,
// when the cue names a country or organization, records an AffiliationFact.
#ifndef ACTORGRAPH_EXTRACT_STAGES_PERSON_CUES_H_
#define ACTORGRAPH_EXTRACT_STAGES_PERSON_CUES_H_

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

void FindPersonCues(DocAnalysis* doc);

// The id part of a found actor's label: ASCII letters and digits, words
// joined by '-' ("Jane Doe" -> "jane-doe").
std::string ActorSlug(const std::string& label);

// Length of the person name starting at token i (0 when none): 1 to 4
// capitalized tokens with initials, particles and hyphens inside.
int NameRunLength(const DocAnalysis& doc, size_t i, size_t end);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_PERSON_CUES_H_
