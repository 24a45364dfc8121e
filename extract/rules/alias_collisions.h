// Alias collisions: a name of the curated actor files (ontology/actors/
// *.tsv) that another actor already has.  The mention finder gives a
// surface to the first actor that has it (of the same kind: names, that is
// labels and aliases, metonyms, adjectives), so the second owner silently
// never gets it; that is nearly always a typo or a forgotten
// disambiguation, and the loader reports it as a warning.
//
//   for (const std::string& w : FindAliasCollisions(table)) Warn(w);
//   // tests/cases.tsv:12:4: alias "ICC" already names org:icc
//   //   (organizations.tsv:30; first wins)
//
// Surfaces are compared by their matching key (case, accents and a leading
// "the " do not count).  Two actors whose periods (ontology/periods.tsv) do
// not overlap may share a name: the article's date chooses.  Dictionary
// actors are not looked at; the dictionary merge reports its own conflicts
// (extract/rules/dictionary_actors.h).
#ifndef ACTORGRAPH_EXTRACT_RULES_ALIAS_COLLISIONS_H_
#define ACTORGRAPH_EXTRACT_RULES_ALIAS_COLLISIONS_H_

#include <string>
#include <vector>

#include "extract/rules/actor_table.h"

namespace actorgraph {

// One "file:line:col: KIND \"X\" already names ID (file:line; first wins)"
// line per collision, in table order.
std::vector<std::string> FindAliasCollisions(const ActorTable& table);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_ALIAS_COLLISIONS_H_
