// Name typing: what kind of actor a capitalized run names (person,
// organization, place or none) and how the evidence in ontology/names/
// shows it.  The name finder (name_finder.h) calls Classify() on each run
// and TrimSentenceInitial() on runs that start a sentence; the small word
// tests are shared with it.
#ifndef ACTORGRAPH_EXTRACT_STAGES_NAME_TYPING_H_
#define ACTORGRAPH_EXTRACT_STAGES_NAME_TYPING_H_

#include <cstdint>

#include "extract/stages/doc_analysis.h"
#include "extract/stages/name_runs.h"

namespace actorgraph {
namespace name_typing {

enum class Kind { kNone, kPerson, kOrganization, kPlace };

struct Typed {
  NameRun run;
  Kind kind = Kind::kNone;
  const char* how = "name";
  int country = -1;    // DocActor of a country inside the name
  bool state = false;  // a body of that country ("Japanese Foreign Ministry")
  int actor = -1;
};

// Word tests over the name lists (see NameLists).
bool Has(const DocAnalysis& d, uint32_t i, uint32_t bit);
bool IsAcronym(const DocAnalysis& d, uint32_t i);
// A common English word that is not also a name ("Bank", not "John").
bool Common(const DocAnalysis& d, uint32_t i);
// The DocActor of the first country mentioned inside the run, or -1.
int CountryIn(const DocAnalysis& d, const NameRun& r);

// The kind of t->run; sets t->how (and t->state) to the evidence found.
Kind Classify(const DocAnalysis& d, Typed* t);

// A one-word place, which yields to a short form of a name.
bool PlaceWord(const Typed& t);

// Drops a sentence-initial English word from an untyped run and types the
// rest again.
void TrimSentenceInitial(const DocAnalysis& d, Typed* t);

}  // namespace name_typing
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_NAME_TYPING_H_
