// Where the ontology is found when no --ontology is given: in order,
// $ACTORGRAPH_ONTOLOGY, the installed copy beside the binary
// (BIN/../share/actorgraph/ontology, as `cmake --install` lays it out),
// then the source tree the binary was built from.
//
//   OntologySearch s = FindOntologyDir();
//   if (s.found.empty()) std::cerr << s.Looked();  // every place tried
//   std::string dir = DefaultOntologyDir();  // found, or UserError saying
//                                            // where it looked
#ifndef ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_DIR_H_
#define ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_DIR_H_

#include <string>
#include <vector>

namespace actorgraph {

struct OntologySearch {
  std::vector<std::string> tried;  // in the order looked at
  std::string found;               // "" when none is a directory
  // "looked in A, B and C".
  std::string Looked() const;
};

OntologySearch FindOntologyDir();

// FindOntologyDir().found; when nothing is found, UserError (exit 2) that
// names every place tried and how to point at an ontology.
std::string DefaultOntologyDir();

// `given` (an --ontology value) when set, else DefaultOntologyDir().
std::string OntologyDirOr(const std::string& given);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_ONTOLOGY_DIR_H_
