// Runs the real `actorgraph query` on the query tests' fixture graph
// (tests/graph_query_fixture.h) and checks exact output (golden files in
// tests/data/query, ACTORGRAPH_REGENERATE=1 rewrites them), stderr and exit
// status.  Every case runs on a GraphML and a JSON-LD copy of the same
// graph: the two must answer identically.
#define BOOST_TEST_MODULE query_cli
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "export/writer.h"
#include "tests/graph_query_fixture.h"
#include "tests/query_case.h"

namespace actorgraph {
namespace {

namespace data = boost::unit_test::data;
using testing::QueryCase;
using testing::RunActorgraph;
using testing::RunQuery;
using testing::RunResult;

// The fixture written once per format; returns the paths.
const std::vector<std::string>& GraphFiles() {
  static const std::vector<std::string> files = [] {
    std::vector<std::string> out;
    for (const char* name : {"fixture.graphml", "fixture.jsonld"}) {
      std::string path = (testing::SharedScratch() / name).string();
      WriteGraphFile(query_fixture::Graph(), path, "", WriteOptions());
      out.push_back(path);
    }
    return out;
  }();
  return files;
}

// --- cases ----------------------------------------------------------------

const QueryCase kCases[] = {
    {"neighbors_putin", {"neighbors", "Putin"}, 0, ""},
    {"neighbors_russia_in_tsv",
     {"neighbors", "russia", "--direction", "in", "--format", "tsv"},
     0,
     ""},
    {"neighbors_erdogan_json", {"neighbors", "erdogan", "--json"}, 0, ""},
    {"relations_supplies",
     {"relations", "--relation", "supplies", "--target", "Russia"},
     0,
     ""},
    {"relations_since_json",
     {"relations", "--since", "2024-05", "--json"},
     0,
     ""},
    {"path_iran_china", {"path", "Iran", "China"}, 0, ""},
    {"path_iran_china_json", {"path", "Iran", "China", "--json"}, 0, ""},
    {"top_degree", {"top", "-n", "3"}, 0, ""},
    {"top_pagerank_persons",
     {"top", "--by", "pagerank", "--type", "person"},
     0,
     ""},
    {"top_betweenness_tsv",
     {"top", "--by", "betweenness", "-n", "2", "--format", "tsv"},
     0,
     ""},
    {"explain_met_with", {"explain", "Putin", "met_with", "Xi"}, 0, ""},
    {"explain_met_with_json",
     {"explain", "xi", "met_with", "putin", "--json"},
     0,
     ""},
    {"explain_denial", {"explain", "China", "supplies", "Russia"}, 0, ""},
    // A hard-wrapped sentence: a space in the table, escaped elsewhere.
    {"explain_wrapped_sentence",
     {"explain", "Kim Jong Un", "visited", "Russia"},
     0,
     ""},
    {"explain_wrapped_sentence_tsv",
     {"explain", "Kim Jong Un", "visited", "Russia", "--format", "tsv"},
     0,
     ""},
    {"stats", {"stats"}, 0, ""},
    {"stats_json", {"stats", "--json"}, 0, ""},
    {"",
     {"path", "Iran", "Iceland"},
     1,
     "actorgraph query: no path between Iran and Iceland\n"},
    {"",
     {"path", "Iran", "China", "--relation", "supplies"},
     1,
     "actorgraph query: no path between Iran and China\n"},
    {"path_denial_allowed",
     {"path", "Iran", "China", "--relation", "supplies", "--polarity", "any"},
     0,
     ""},
    {"",
     {"relations", "--relation", "supply,bombs"},
     2,
     "actorgraph query relations: unknown relation 'supply' (did you mean "
     "'supplies'?; valid: cooperates_with, criticizes, met_with, supplies, "
     "visited) (see "
     "'actorgraph query relations --help')\n"},
    {"",
     {"neighbors", "Putin", "--relation", "bombs"},
     2,
     "actorgraph query neighbors: unknown relation 'bombs' (valid: "
     "cooperates_with, criticizes, met_with, supplies, visited) (see "
     "'actorgraph query neighbors --help')\n"},
    {"",
     {"neighbors", "Iceland"},
     1,
     "actorgraph query: no neighbors of Iceland\n"},
    {"",
     {"explain", "Russia", "supplies", "Iran"},
     1,
     "actorgraph query: no supplies edge from Russia to Iran (linked by: "
     "Iran supplies Russia)\n"},
    {"",
     {"explain", "Putin", "meets", "Xi"},
     1,
     "actorgraph query: no meets edge from Vladimir Putin to Xi Jinping "
     "(linked by: met_with)\n"},
    {"",
     {"explain", "Iran", "supplies", "Iceland"},
     1,
     "actorgraph query: no supplies edge from Iran to Iceland\n"},
    {"",
     {"relations", "--until", "2020"},
     1,
     "actorgraph query: no matching relations\n"},
    {"",
     {"neighbors", "Putn"},
     1,
     "actorgraph query: unknown actor 'Putn' (did you mean: Vladimir "
     "Putin?)\n"},
    {"",
     {"neighbors", "Kim"},
     1,
     "actorgraph query: ambiguous actor 'Kim' (candidates: Kim Jong Un "
     "[person:kim-jong-un], Kim Yo Jong [person:kim-yo-jong])\n"},
    {"",
     {"neighbors", "Putin", "--direction", "sideways"},
     2,
     "actorgraph query neighbors: unknown direction 'sideways' (valid: out, "
     "in, both) (see 'actorgraph query neighbors --help')\n"},
    {"",
     {"relations", "--since", "May 2023"},
     2,
     "actorgraph query relations: --since wants YYYY, YYYY-MM or YYYY-MM-DD, "
     "not 'May 2023' (see 'actorgraph query relations --help')\n"},
    {"",
     {"top", "--by", "fame"},
     2,
     "actorgraph query top: unknown measure 'fame' (valid: degree, "
     "weighted-degree, pagerank, betweenness) (see 'actorgraph query top "
     "--help')\n"},
    {"",
     {"neighbors", "Putin", "--format", "xml"},
     2,
     "actorgraph query neighbors: unknown format 'xml' (valid: table, tsv, "
     "json) (see 'actorgraph query neighbors --help')\n"},
    {"",
     {"explain", "Putin", "met_with"},
     2,
     "actorgraph query explain: wants ACTOR RELATION ACTOR (see 'actorgraph "
     "query explain --help')\n"},
    {"",
     {"friends", "Putin"},
     2,
     "actorgraph query: unknown query 'friends' (queries: neighbors, "
     "relations, path, top, explain, stats)\n"},
};

// The GraphML answer is checked against the golden file (and regenerates
// it); the JSON-LD answer must equal the GraphML one.
BOOST_DATA_TEST_CASE(answers_queries, data::make(kCases), c) {
  std::string first_out;
  for (const std::string& graph : GraphFiles()) {
    BOOST_TEST_CONTEXT(graph) {
      RunResult run = RunQuery(graph, c.args);
      BOOST_TEST(run.status == c.status);
      BOOST_TEST(run.err == c.err);
      if (graph != GraphFiles()[0]) {
        BOOST_TEST(run.out == first_out);
      } else if (c.golden.empty()) {
        BOOST_TEST(run.out.empty());
      } else {
        testing::CheckQueryGolden(c.golden, run.out);
      }
      if (graph == GraphFiles()[0]) first_out = run.out;
    }
  }
}

BOOST_AUTO_TEST_CASE(help_documents_every_query_and_option) {
  RunResult run = RunActorgraph({"query", "--help"});
  BOOST_TEST(run.status == 0);
  for (const char* word : {"neighbors",
                           "relations",
                           "path",
                           "top",
                           "explain",
                           "stats",
                           "--relation",
                           "--direction",
                           "--polarity",
                           "--since",
                           "--until",
                           "--source",
                           "--target",
                           "--by",
                           "-n N",
                           "--type",
                           "--format",
                           "--json",
                           "example: actorgraph query g.graphml neighbors",
                           "example: actorgraph query g.graphml relations",
                           "example: actorgraph query g.graphml path",
                           "example: actorgraph query g.graphml top",
                           "example: actorgraph query g.graphml explain",
                           "example: actorgraph query g.graphml stats"}) {
    BOOST_TEST(run.out.find(word) != std::string::npos, word);
  }
  // A query's --help shows its own options and example, not the others'.
  struct QueryHelp {
    const char* query;
    const char* has;
    const char* lacks;
  } helps[] = {
      {"top", "--samples K", "explain A R B"},
      {"neighbors", "--direction D", "--samples K"},
      {"path", "example: actorgraph query g.graphml path", "--by M"},
      {"explain", "example: actorgraph query g.graphml explain",
       "--direction D"},
  };
  for (const QueryHelp& h : helps) {
    RunResult q = RunQuery(GraphFiles()[0], {h.query, "--help"});
    BOOST_TEST(q.status == 0);
    BOOST_TEST(q.out.find(std::string("usage: actorgraph query GRAPH ") +
                          h.query) == 0u);
    BOOST_TEST(q.out.find(h.has) != std::string::npos,
               h.query << " has " << h.has);
    BOOST_TEST(q.out.find(h.lacks) == std::string::npos,
               h.query << " lacks " << h.lacks);
    BOOST_TEST(q.out.find("--format F") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(graph_comes_first) {
  RunResult run =
      RunActorgraph({"query", "neighbors", GraphFiles()[0], "Putin"});
  BOOST_TEST(run.status == 2);
  BOOST_TEST(run.err ==
             "actorgraph query: the GRAPH file comes first, as in 'actorgraph "
             "query GRAPH neighbors ...'\n");
  run = RunQuery(GraphFiles()[0], {});
  BOOST_TEST(run.status == 2);
  BOOST_TEST(run.err ==
             "actorgraph query: wants GRAPH QUERY (see 'actorgraph query "
             "--help')\n");
}

BOOST_AUTO_TEST_CASE(unreadable_graph_is_an_io_error) {
  std::string missing = (testing::SharedScratch() / "missing.graphml").string();
  RunResult run = RunQuery(missing, {"stats"});
  BOOST_TEST(run.status == 4);
  BOOST_TEST(run.err.rfind(missing + ": ", 0) == 0u, run.err);
  BOOST_TEST(run.out.empty());
}

}  // namespace
}  // namespace actorgraph
