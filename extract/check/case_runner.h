// CaseRunner: runs the cases of case files (case_file.h) through an
// Extractor and says, per case, what differs from the expectations; keeps
// per-rule firing statistics; rewrites a file's expect: lines from the
// current output (`actorgraph check --update`).
//
//   CaseRunner runner(ontology, extractor);
//   runner.Validate(file);                    // unknown relation: UserError
//   for (const Case& c : file.cases) {
//     CaseResult r = runner.Run(c);
//     for (const Finding& f : r.findings) std::cout << FormatFinding(c, f);
//   }
//
// What fails a case: an expect: relation not produced ("missing"); one
// produced with the other polarity or modality ("wrong polarity", "wrong
// modality"), also when it comes beside the right one; a produced relation
// that a reject: line names, or any relation under "expect: none", or
// any relation besides the expect: ones under "others: none"
// ("unexpected"); an actors: entry not found or of another type.  Without
// "others: none", other relations the extractor finds are not judged, so
// a case tests one phenomenon without listing everything else in its
// sentence.
// Hypothetical relations (questions, "whether") never become edges and
// count as not produced, unless an expect: line asks for [hypothetical].
#ifndef ACTORGRAPH_EXTRACT_CHECK_CASE_RUNNER_H_
#define ACTORGRAPH_EXTRACT_CHECK_CASE_RUNNER_H_

#include <map>
#include <string>
#include <vector>

#include "extract/check/case_file.h"
#include "extract/model/evidence.h"

namespace actorgraph {

class Extractor;
class Ontology;

enum class FindingKind {
  kMissing,
  kUnexpected,
  kWrongPolarity,
  kWrongModality,
  kMissingActor,
  kWrongType,
  kUnexpectedActor,
};
// "missing", "unexpected", "wrong polarity", ...
const char* FindingKindName(FindingKind kind);

struct Finding {
  FindingKind kind = FindingKind::kMissing;
  int line = 0;        // the case-file line it concerns
  std::string detail;  // "Iran -supplies-> Russia [negative]", ...
};

// One relation the extractor produced, named by actor labels.
struct Firing {
  CaseRelation relation;  // has_modality set for non-asserted ones
  std::string rule;
  bool expected = false;  // it matched an expect: line exactly
};

struct CaseResult {
  const Case* test = nullptr;
  std::vector<Finding> findings;  // in line order
  std::vector<Firing> firings;    // in text order; hypothetical ones too
  std::vector<std::string> trace;
  bool passed() const { return findings.empty(); }
};

struct RuleStats {
  int cases = 0;       // cases it fired on
  int expected = 0;    // firings that produced an expect: relation
  int unexpected = 0;  // all other firings
};

class CaseRunner {
 public:
  CaseRunner(const Ontology& ontology, const Extractor& extractor);

  // Throws UserError with one "file:line:col: unknown relation 'x' (did
  // you mean 'y'?)" line for every expect:/reject: line naming a relation
  // the ontology lacks.
  void Validate(const CaseFile& file) const;

  // Extracts the case's text as one document and compares.
  CaseResult Run(const Case& test, bool want_trace = false);

  // Over every Run so far, by rule id; every ontology rule is listed, so
  // rules no case exercises show up with zero cases.
  const std::map<std::string, RuleStats>& rule_stats() const {
    return rule_stats_;
  }

 private:
  bool Symmetric(const std::string& relation) const;
  void CountFirings(const CaseResult& result);

  const Ontology& ontology_;
  const Extractor& extractor_;
  std::map<std::string, RuleStats> rule_stats_;
};

// "tests/cases/supplies.cases:12: missing        Iran -supplies-> Russia".
std::string FormatFinding(const Case& test, const Finding& finding);
// "Iran -supplies-> Russia [negative] (supplies.verb)".
std::string FormatFiring(const Firing& firing);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_CHECK_CASE_RUNNER_H_
