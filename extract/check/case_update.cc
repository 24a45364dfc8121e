#include "extract/check/case_update.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "extract/base/atomic_file.h"
#include "extract/base/file_io.h"
#include "extract/check/case_file.h"

namespace actorgraph {

std::string UpdateExpectations(const std::string& contents,
                               const std::vector<CaseResult>& results) {
  std::set<int> dropped;                           // old expect: lines
  std::map<int, std::vector<std::string>> before;  // new lines, by line
  std::map<int, std::vector<std::string>> after;
  for (const CaseResult& r : results) {
    const Case& c = *r.test;
    std::vector<std::string> lines;
    for (const Firing& f : r.firings) {
      if (f.relation.modality == Modality::kHypothetical) continue;
      std::string line = "expect: " + FormatCaseRelation(f.relation);
      if (std::find(lines.begin(), lines.end(), line) == lines.end()) {
        lines.push_back(line);
      }
    }
    if (lines.empty()) lines.push_back("expect: none");
    std::vector<int> old;
    for (const CaseRelation& e : c.expects) old.push_back(e.line);
    if (c.expect_none()) old.push_back(c.expect_none_line);
    dropped.insert(old.begin(), old.end());
    if (old.empty()) {
      after[c.text_end_line] = lines;
    } else {
      before[*std::min_element(old.begin(), old.end())] = lines;
    }
  }
  std::stringstream in(contents);
  std::string out, line;
  for (int number = 1; std::getline(in, line); ++number) {
    for (const std::string& l : before[number]) out += l + "\n";
    if (!dropped.count(number)) out += line + "\n";
    for (const std::string& l : after[number]) out += l + "\n";
  }
  return out;
}

int UpdateCaseFile(const std::string& path, const Ontology& ontology,
                   const Extractor& extractor) {
  std::string contents = ReadFile(path);
  CaseFile file = ParseCaseFile(path, contents);
  CaseRunner runner(ontology, extractor);
  runner.Validate(file);
  std::vector<CaseResult> results;
  for (const Case& c : file.cases) results.push_back(runner.Run(c));
  AtomicFile out(path);
  out.stream() << UpdateExpectations(contents, results);
  out.Commit();
  return static_cast<int>(file.cases.size());
}

}  // namespace actorgraph
