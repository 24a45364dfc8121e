// Trace: what `actorgraph check --trace` prints, one line per pipeline step
// in order.  Pass one to Extractor::Extract; every stage appends to it.
//
//   Trace trace;
//   extractor.Extract(doc, &trace);
//   for (const std::string& line : trace.lines) std::cout << line << "\n";
#ifndef ACTORGRAPH_EXTRACT_STAGES_TRACE_H_
#define ACTORGRAPH_EXTRACT_STAGES_TRACE_H_

#include <string>
#include <utility>
#include <vector>

namespace actorgraph {

struct Trace {
  std::vector<std::string> lines;
  void Add(std::string line) { lines.push_back(std::move(line)); }
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_TRACE_H_
