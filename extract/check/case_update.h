// `actorgraph check --update`: rewrites a case file's expect: lines from
// what the extractor finds now, so that a deliberate change of the rules
// can be accepted in one step and reviewed as a diff.
//
//   int cases = UpdateCaseFile("tests/cases/supplies.cases", ontology,
//                              extractor);
//
// The file is replaced atomically (AtomicFile): an interrupted run leaves
// the old file, never a half-written one.
#ifndef ACTORGRAPH_EXTRACT_CHECK_CASE_UPDATE_H_
#define ACTORGRAPH_EXTRACT_CHECK_CASE_UPDATE_H_

#include <string>
#include <vector>

#include "extract/check/case_runner.h"

namespace actorgraph {

// Returns `contents` (the text of the case file the results come from) with
// every case's expect: lines replaced by its current non-hypothetical
// firings ("expect: none" when there are none).  Comments, text, reject:,
// actors: and id: lines stay as they are.
std::string UpdateExpectations(const std::string& contents,
                               const std::vector<CaseResult>& results);

// Reads, runs and rewrites the case file at `path`; returns its number of
// cases.  Throws UserError on an unreadable or invalid file.
int UpdateCaseFile(const std::string& path, const Ontology& ontology,
                   const Extractor& extractor);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_CHECK_CASE_UPDATE_H_
