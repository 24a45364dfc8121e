#include "cli/ontology_load.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <vector>

#include "cli/summary_text.h"
#include "extract/base/user_error.h"
#include "extract/corpus_runner.h"
#include "extract/rules/ontology_cache.h"

namespace actorgraph {
namespace {

constexpr size_t kNotesShown = 3;

void PrintDictionaryNotes(const DictionaryReport& report) {
  if (report.notes.empty() && report.name_notes.empty()) return;
  std::cerr << "ontology: "
            << Count(static_cast<int64_t>(report.conflicts), "dictionary name")
            << " left to curated actors, "
            << Count(static_cast<int64_t>(report.shared), "name")
            << " shared by dictionary actors (the first wins), "
            << Count(static_cast<int64_t>(report.skipped), "dictionary piece")
            << " skipped ('actorgraph dictionary-report' lists them all)"
            << (report.name_notes.empty() ? "" : "; the first names:") << "\n";
  for (size_t i = 0; i < report.name_notes.size() && i < kNotesShown; ++i) {
    std::cerr << "  " << report.name_notes[i] << "\n";
  }
}

// A command ends the process soon after it loaded the ontology: freeing
// its million small blocks one by one would take longer than extracting a
// short input, so it stays until exit (reachable, so no leak is reported).
const Ontology& KeepUntilExit(Ontology ontology) {
  static auto* kept = new std::vector<std::unique_ptr<Ontology>>;
  kept->push_back(std::make_unique<Ontology>(std::move(ontology)));
  return *kept->back();
}

}  // namespace

std::string CacheDirOption(Args* args) {
  std::string dir = args->Value("--cache-dir", "");
  if (args->Flag("--no-cache")) return "";
  return dir.empty() ? DefaultCacheDir() : dir;
}

ExtractingArgs ParseExtractingArgs(Args* args) {
  ExtractingArgs common;
  common.ontology = args->Value("--ontology", "");
  common.cache_dir = CacheDirOption(args);
  common.threads = static_cast<int>(
      args->Number("--threads", "-j", DefaultThreads(), 1, 256));
  common.strict = args->Flag("--strict");
  return common;
}

RollUp ParseRollUpArg(Args* args) {
  RollUp roll_up = RollUp::kCountry;
  const std::string roll = args->Value("--roll-up", "country");
  if (!ParseRollUp(roll, &roll_up)) {
    args->Fail("--roll-up takes country or none, not '" + roll + "'");
  }
  return roll_up;
}

OntologyLoad LoadOntology(const std::string& command, const std::string& dir,
                          const std::string& cache_dir, bool strict,
                          bool verbose) {
  OntologyCache cache(cache_dir);
  OntologyLoad load{KeepUntilExit(cache.Load(OntologyDirOr(dir))), 0};
  const std::vector<std::string>& warnings = load.ontology.warnings();
  for (const std::string& w : warnings) std::cerr << w << "\n";
  load.warnings = static_cast<int64_t>(warnings.size());
  if (strict && load.warnings > 0) {
    throw UserError(command + ": " + Count(load.warnings, "ontology warning") +
                        " (--strict makes them errors; nothing was written)",
                    kExitUsage);
  }
  if (verbose) PrintDictionaryNotes(load.ontology.dictionary_report());
  return load;
}

std::string OntologySummary(const OntologyLoad& load) {
  return load.warnings > 0 ? "; " + Count(load.warnings, "ontology warning")
                           : "";
}

}  // namespace actorgraph
