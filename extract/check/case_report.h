// Machine-readable results of `actorgraph check`, for CI: JSON Lines (one
// object per case, then a summary object) and JUnit XML (one <testcase> per
// case, grouped by case file).
//
//   std::vector<CaseResult> results = ...;  // CaseRunner::Run, in order
//   WriteCaseJsonLines(results, std::cout);
//   WriteCaseJUnit(results, out);           // out: the --junit file
//
// JSON fields: file, line, id, text, passed, findings [{kind, line,
// detail}], got [{relation, rule, expected}]; the last line is {"passed":
// N, "failed": M}.  JUnit: testsuite per file (name = path), testcase name
// "file:line" (or the case id), a <failure> listing the findings.
#ifndef ACTORGRAPH_EXTRACT_CHECK_CASE_REPORT_H_
#define ACTORGRAPH_EXTRACT_CHECK_CASE_REPORT_H_

#include <ostream>
#include <vector>

#include "extract/check/case_runner.h"

namespace actorgraph {

void WriteCaseJsonLines(const std::vector<CaseResult>& results,
                        std::ostream& out);
void WriteCaseJUnit(const std::vector<CaseResult>& results, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_CHECK_CASE_REPORT_H_
