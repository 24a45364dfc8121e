// actorgraph dictionary-report: everything loading the ontology noted but
// did not print by default: the curated files' warnings and every
// dictionary name left to a curated actor or dictionary piece skipped.
#include <iostream>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/summary_text.h"
#include "extract/base/user_error.h"
#include "extract/rules/ontology.h"

namespace actorgraph {

const char kDictionaryReportUsage[] =
    "usage: actorgraph dictionary-report [--ontology DIR]\n"
    "\n"
    "Lists, on stdout, what loading the ontology noted: first each warning\n"
    "of the curated actor files (a name two actors share; build prints\n"
    "them too, and --strict makes them errors), then every note of the\n"
    "PETRARCH dictionary merge: a dictionary name that a curated actor\n"
    "already has (the curated actor keeps it) and every dictionary line\n"
    "or block skipped.  One 'file:line: what' line each, then a count.\n"
    "\n"
    "options:\n"
    "  --ontology DIR   the ontology to report on (as for build)\n"
    "\n"
    "exit status: 0 ok, 2 usage or ontology error\n"
    "\n"
    "example:\n"
    "  actorgraph dictionary-report | grep country:RUS\n";

int RunDictionaryReport(const std::vector<std::string>& argv) {
  Args args(argv, "actorgraph dictionary-report");
  std::string dir = args.Value("--ontology", "");
  std::vector<std::string> rest = args.Rest();
  if (!rest.empty()) args.Fail("unexpected argument '" + rest[0] + "'");
  Ontology ontology = Ontology::Load(OntologyDirOr(dir));
  const DictionaryReport& r = ontology.dictionary_report();
  for (const std::string& w : ontology.warnings()) std::cout << w << "\n";
  for (const std::string& n : r.notes) std::cout << n << "\n";
  for (const std::string& n : r.name_notes) std::cout << n << "\n";
  std::cout << Count(static_cast<int64_t>(ontology.warnings().size()),
                     "curated warning")
            << "; dictionaries: "
            << Count(static_cast<int64_t>(r.added), "actor") << " added, "
            << Count(static_cast<int64_t>(r.merged), "merged", "merged")
            << " into curated actors, "
            << Count(static_cast<int64_t>(r.conflicts), "name")
            << " left to curated actors, "
            << Count(static_cast<int64_t>(r.shared), "name")
            << " shared by dictionary actors, "
            << Count(static_cast<int64_t>(r.skipped), "piece") << " skipped\n";
  std::cout.flush();
  if (!std::cout) {
    throw UserError("actorgraph dictionary-report: cannot write to stdout",
                    kExitIo);
  }
  return kExitOk;
}

}  // namespace actorgraph
