// Runs the real `actorgraph query` on graphs that `actorgraph build` makes
// of the example corpus (golden files in tests/data/query,
// ACTORGRAPH_REGENERATE=1 rewrites them) and of the seed articles.
//
// The "seeds" suite builds ../shared/corpus/seeds and is run on its own
// (ctest -L seeds).
#define BOOST_TEST_MODULE query_corpus
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/query_case.h"

namespace actorgraph {
namespace {

namespace data = boost::unit_test::data;
using testing::QueryCase;
using testing::RunQuery;
using testing::RunResult;

// --- the example corpus, built by `actorgraph build` ---------------------

const std::string& CorpusGraph() {
  return testing::BuiltGraph("examples.jsonld",
                             ACTORGRAPH_SOURCE_DIR "/examples/corpus");
}

// Goldens follow the extraction engine: regenerate them (and read the diff)
// when rules or the gazetteer change.
const QueryCase kCorpusCases[] = {
    {"corpus_stats", {"stats"}},
    {"corpus_top", {"top", "-n", "5"}},
    {"corpus_neighbors_erdogan", {"neighbors", "erdogan"}},
    {"corpus_relations_supplies",
     {"relations", "--relation", "supplies", "--format", "tsv"}},
    {"corpus_path_iran_china", {"path", "Iran", "China"}},
    {"corpus_explain_erdogan_tokayev",
     {"explain", "Erdogan", "met_with", "Tokayev", "--json"}},
};

BOOST_DATA_TEST_CASE(answers_queries_on_the_example_corpus,
                     data::make(kCorpusCases), c) {
  RunResult run = RunQuery(CorpusGraph(), c.args);
  BOOST_TEST(run.status == 0);
  BOOST_TEST(run.err == "");
  testing::CheckQueryGolden(c.golden, run.out);
}

// --- the seed articles (ctest -L seeds) -------------------------------------

namespace utf = boost::unit_test;

const std::string& SeedGraph() {
  return testing::BuiltGraph("seeds.graphml",
                             ACTORGRAPH_SHARED_DIR "/corpus/seeds");
}

BOOST_AUTO_TEST_SUITE(seeds, *utf::disabled())

BOOST_AUTO_TEST_CASE(putin_met_xi) {
  RunResult run = RunQuery(SeedGraph(), {"neighbors", "Putin", "--relation",
                                         "met_with", "--format", "tsv"});
  BOOST_TEST(run.status == 0, run.err);
  BOOST_TEST(
      run.out.find("Xi Jinping\tperson:xi-jinping\tPerson\tmet_with\t") !=
          std::string::npos,
      run.out);
}

BOOST_AUTO_TEST_CASE(putin_xi_evidence_spans_documents) {
  RunResult run =
      RunQuery(SeedGraph(), {"explain", "Putin", "met_with", "Xi", "--json"});
  BOOST_TEST(run.status == 0, run.err);
  std::set<std::string> docs;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    size_t at = line.find("\"doc\":\"");
    if (at == std::string::npos) continue;
    at += 7;
    docs.insert(line.substr(at, line.find('"', at) - at));
  }
  BOOST_TEST(docs.size() >= 2u, run.out);
}

BOOST_AUTO_TEST_CASE(iran_reaches_china) {
  RunResult run = RunQuery(SeedGraph(), {"path", "Iran", "China"});
  BOOST_TEST(run.status == 0, run.err);
  BOOST_TEST(run.out.rfind("Iran ", 0) == 0u, run.out);
  BOOST_TEST(run.out.find(" China\n") != std::string::npos, run.out);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
