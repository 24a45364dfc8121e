// Name runs: proper-name candidates found from orthography alone, the
// first half of the name finder (name_finder.h types them).
//
// A run is a sequence of capitalized words with the connectors names have
// inside: initials ("William J. Bennett", "G.D. Searle"), particles ("bin",
// "de", "van"), hyphens ("Daimler-Benz"), "&" and a company's "and" ("G.D.
// Searle and Co"), and "of" after an organization's head ("Bank of
// England").  Title and role words, months and weekdays end a run; country
// names and adjectives that the gazetteer found stay inside it, so that
// "American Express" and "Bank of China" are one name.
//
//   for (const NameRun& r : FindNameRuns(doc)) ...
#ifndef ACTORGRAPH_EXTRACT_STAGES_NAME_RUNS_H_
#define ACTORGRAPH_EXTRACT_STAGES_NAME_RUNS_H_

#include <string>
#include <vector>

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

struct NameRun {
  uint32_t first = 0, end = 0;  // token range
  int sentence = 0;
  std::string key;        // token keys joined by spaces ("bank of england")
  bool shouting = false;  // in a line of capitals (headline, dateline)
  bool absorbs = false;   // holds a gazetteer country, adjective or place
  bool sentence_initial = false;
};

// The runs of the document, in text order; none overlaps a gazetteer
// person or organization.
std::vector<NameRun> FindNameRuns(const DocAnalysis& doc);

// Token keys of [first, end) joined by single spaces.
std::string RunKey(const DocAnalysis& doc, uint32_t first, uint32_t end);

// Is the sentence mostly in capitals (a headline or a dateline)?
bool IsShouting(const DocAnalysis& doc, const Sentence& s);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_NAME_RUNS_H_
