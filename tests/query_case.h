// One `actorgraph query GRAPH ARGS...` run and what it must answer, for
// the query tests on fixture graphs and on built corpora:
//
//   const QueryCase kCases[] = {{"stats", {"stats"}},
//                               {"", {"top", "--by", "fame"}, 2, "..."}};
//   RunResult r = RunQuery(BuiltGraph("examples.jsonld", corpus), c.args);
//   CheckQueryGolden(c.golden, r.out);  // tests/data/query/<golden>.out
#ifndef ACTORGRAPH_TESTS_QUERY_CASE_H_
#define ACTORGRAPH_TESTS_QUERY_CASE_H_

#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace actorgraph {
namespace testing {

struct QueryCase {
  std::string golden;  // tests/data/query/<golden>.out; "" for no stdout
  std::vector<std::string> args;  // after GRAPH
  int status = 0;
  std::string err = "";  // exact stderr
};

inline std::ostream& operator<<(std::ostream& o, const QueryCase& c) {
  o << "query";
  for (const std::string& a : c.args) o << " " << a;
  return o;
}

inline RunResult RunQuery(const std::string& graph,
                          const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"query", graph};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunActorgraph(argv);
}

inline void CheckQueryGolden(const std::string& golden,
                             const std::string& actual) {
  CheckGoldenFile(std::filesystem::path(ACTORGRAPH_SOURCE_DIR) /
                      "tests/data/query" / (golden + ".out"),
                  actual);
}

// The graph `actorgraph build CORPUS -o NAME --quiet` writes in
// SharedScratch(), built once per program; returns its path.
inline const std::string& BuiltGraph(const std::string& name,
                                     const std::string& corpus) {
  static std::map<std::string, std::string> built;
  auto it = built.find(name);
  if (it != built.end()) return it->second;
  std::string out = (SharedScratch() / name).string();
  RunResult run = RunActorgraph({"build", corpus, "-o", out, "--quiet"});
  BOOST_REQUIRE_MESSAGE(run.status == 0, "build failed: " << run.err);
  return built.emplace(name, out).first->second;
}

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_QUERY_CASE_H_
