// Body names: "Congress", "the Senate", "the Treasury" alone name no body
// anywhere in the world, but in a document about one country they name
// that country's (ontology/names/bodies.tsv lists the words, the country
// and the body's actor).  A document is about a country that it mentions
// at least half as often as the country it mentions most, counting the
// bodies that act for it and its places; of several such countries with a
// body of that name, the most mentioned wins.  A body word right after a
// possessive or another actor ("Brazil's Congress"), or inside a longer
// capitalized name ("Congress Party"), is left alone.  A name the name
// finder typed with exactly that body's words ("Democratic Party") is the
// country's body too.  Runs after FindNames.
//
//   FindBodyNames(&doc);
#ifndef ACTORGRAPH_EXTRACT_STAGES_BODY_NAMES_H_
#define ACTORGRAPH_EXTRACT_STAGES_BODY_NAMES_H_

#include <unordered_map>

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

void FindBodyNames(DocAnalysis* doc);

// How often the document mentions each country, by actor table entry.
struct CountryCounts {
  std::unordered_map<int, int> count;
  int top = 0;  // the highest count
};
CountryCounts CountCountries(const DocAnalysis& doc);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_BODY_NAMES_H_
