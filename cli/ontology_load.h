// LoadOntology: the ontology as the extracting commands (build, extract,
// mentions, check) load it.  The curated files' warnings (names two actors
// share) go to stderr, one "file:line:col: what" line each; with `strict`
// any warning is a usage error (exit 2) before anything is read or
// written.  The dictionary merge's notes (dictionary names left to curated
// actors, dictionary lines skipped) are not warnings: curated names win by
// design, and the shipped dictionaries have about a thousand: `verbose`
// prints their counts and the first few names, `actorgraph
// dictionary-report` lists them all.
//
//   OntologyLoad load = LoadOntology("actorgraph build", dir, strict, verbose);
//   Extractor extractor(load.ontology);
//   summary << OntologySummary(load);  // "; 2 ontology warnings"
//
// ParseExtractingArgs reads the options those commands share, so that they
// spell and bound them alike:
//
//   ExtractingArgs common = ParseExtractingArgs(&args);  // --ontology, -j
#ifndef ACTORGRAPH_CLI_ONTOLOGY_LOAD_H_
#define ACTORGRAPH_CLI_ONTOLOGY_LOAD_H_

#include <cstdint>
#include <string>

#include "cli/args.h"
#include "extract/roll_up.h"
#include "extract/rules/ontology.h"

namespace actorgraph {

struct OntologyLoad {
  Ontology ontology;
  int64_t warnings = 0;  // printed on stderr
};

// --ontology DIR, -j/--threads N (default: the machine's cores), --strict.
struct ExtractingArgs {
  std::string ontology;  // "" for the default search
  int threads = 1;
  bool strict = false;
};
ExtractingArgs ParseExtractingArgs(Args* args);

// --roll-up country|none, for the commands whose output has graph nodes.
RollUp ParseRollUpArg(Args* args);

// `dir` is the --ontology value ("" for the default search).
OntologyLoad LoadOntology(const std::string& command, const std::string& dir,
                          bool strict, bool verbose);

// The build summary's clause: "; 2 ontology warnings", "" for none.
std::string OntologySummary(const OntologyLoad& load);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_ONTOLOGY_LOAD_H_
