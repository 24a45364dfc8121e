// Score lines: in a line of sports results or standings ("Leicester 2
// Chelsea 1", "BOSTON 72 47 .605 -"), a town's name right before a score
// names a team there, not the town.  The name finder asks InScoreLine()
// of each place or untyped name run and makes it an organization.
//
//   if (InScoreLine(doc, run)) kind = Kind::kOrganization;  // "score_line"
#ifndef ACTORGRAPH_EXTRACT_STAGES_SCORE_LINES_H_
#define ACTORGRAPH_EXTRACT_STAGES_SCORE_LINES_H_

#include "extract/stages/doc_analysis.h"
#include "extract/stages/name_runs.h"

namespace actorgraph {

// Is the run followed by a score (a number of at most three digits) in a
// line that opens with a name and its score and holds at least two scores
// and at most two lowercase words?  Datelines ("LONDON 1996-08-30"), wire
// headers ("0913 GMT 23 Apr 89") and prose never are.
bool InScoreLine(const DocAnalysis& doc, const NameRun& run);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_SCORE_LINES_H_
