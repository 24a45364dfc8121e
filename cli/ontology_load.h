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
// The ontology comes from the compiled cache (extract/rules/ontology_cache.h)
// in the directory --cache-dir names, else the default one; --no-cache
// parses the files.
//
//   OntologyLoad load = LoadOntology("actorgraph build", dir, cache_dir,
//                                    strict, verbose);
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
  const Ontology& ontology;  // kept until the process exits
  int64_t warnings = 0;      // printed on stderr
};

// --ontology DIR, --cache-dir DIR, --no-cache, -j/--threads N (default:
// the machine's cores), --strict.
struct ExtractingArgs {
  std::string ontology;   // "" for the default search
  std::string cache_dir;  // CacheDirOption's answer
  int threads = 1;
  bool strict = false;
};
ExtractingArgs ParseExtractingArgs(Args* args);

// The cache directory that --cache-dir DIR and --no-cache ask for: DIR,
// "" for none, else DefaultCacheDir().
std::string CacheDirOption(Args* args);

// --roll-up country|none, for the commands whose output has graph nodes.
RollUp ParseRollUpArg(Args* args);

// `dir` is the --ontology value ("" for the default search), `cache_dir`
// CacheDirOption's answer.
OntologyLoad LoadOntology(const std::string& command, const std::string& dir,
                          const std::string& cache_dir, bool strict,
                          bool verbose);

// The build summary's clause: "; 2 ontology warnings", "" for none.
std::string OntologySummary(const OntologyLoad& load);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_ONTOLOGY_LOAD_H_
