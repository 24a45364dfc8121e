// The graph algorithms on a small fixture world: shortest paths,
// centrality rankings, and the evidence that explains an edge.
#define BOOST_TEST_MODULE graph_paths
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <numeric>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "graph/actor_graph.h"
#include "graph/actor_lookup.h"
#include "graph/algorithms.h"
#include "graph/graph_query.h"
#include "tests/graph_query_fixture.h"

namespace actorgraph {
namespace {

namespace data = boost::unit_test::data;
using query_fixture::Graph;
using query_fixture::Index;

// --- paths ---------------------------------------------------------------

struct PathCase {
  std::string from, to;
  std::vector<std::string> relations;
  std::optional<Polarity> polarity;
  std::optional<std::string> steps;  // nullopt: no path
};

std::ostream& operator<<(std::ostream& o, const PathCase& c) {
  return o << c.from << ".." << c.to;
}

const PathCase kPathCases[] = {
    // Two chains of two steps; the one through the smaller id wins.
    {"country:IRN",
     "country:CHN",
     {},
     Polarity::kPositive,
     "Iran|cooperates_with|Belarus|cooperates_with|China"},
    // The denial does not connect China unless negative edges are allowed.
    {"country:IRN",
     "country:CHN",
     {"supplies"},
     Polarity::kPositive,
     std::nullopt},
    {"country:IRN",
     "country:CHN",
     {"supplies"},
     std::nullopt,
     "Iran|supplies|Russia|supplies|China"},
    {"person:xi-jinping",
     "person:recep-tayyip-erdogan",
     {},
     std::nullopt,
     "Xi Jinping|met_with|Vladimir Putin|met_with|Recep Tayyip Erdoğan"},
    {"country:IRN", "country:ISL", {}, std::nullopt, std::nullopt},
    {"country:IRN", "country:IRN", {}, std::nullopt, "Iran"},
    {"country:IRN", "country:XXX", {}, std::nullopt, std::nullopt},
};

BOOST_DATA_TEST_CASE(finds_shortest_paths, data::make(kPathCases), c) {
  EdgeFilter filter;
  filter.relations = c.relations;
  filter.polarity = c.polarity;
  std::optional<std::vector<PathStep>> path =
      ShortestPath(Index(), c.from, c.to, filter);
  BOOST_REQUIRE_EQUAL(path.has_value(), c.steps.has_value());
  if (!path) return;
  std::string steps = Graph().FindActor(c.from)->info.label;
  for (const PathStep& s : *path) {
    steps += "|" + s.edge->relation + "|" + s.to->info.label;
  }
  BOOST_TEST(steps == *c.steps);
}

// --- centrality -----------------------------------------------------------

struct TopCase {
  Centrality kind;
  std::string type;
  size_t n;
  std::vector<std::string> rows;  // "label score"
};

std::ostream& operator<<(std::ostream& o, const TopCase& c) {
  return o << CentralityName(c.kind) << "/" << c.type;
}

const TopCase kTopCases[] = {
    {Centrality::kDegree,
     "",
     4,
     {"Russia 6", "Belarus 3", "China 3", "Iran 2"}},
    {Centrality::kWeightedDegree,
     "person",
     3,
     {"Vladimir Putin 4", "Xi Jinping 3", "Kim Jong Un 1"}},
    // Ties (Iceland and the other isolated actors score 0) go by label.
    {Centrality::kDegree,
     "Country",
     7,
     {"Russia 6", "Belarus 3", "China 3", "Iran 2", "Georgia 0", "Iceland 0",
      "Turkey 0"}},
    {Centrality::kBetweenness,
     "",
     3,
     {"Russia 3.5", "Vladimir Putin 1", "Belarus 0.5"}},
};

BOOST_DATA_TEST_CASE(ranks_actors, data::make(kTopCases), c) {
  CentralityResult result = ComputeCentrality(Index(), c.kind, EdgeFilter());
  std::vector<std::string> rows;
  for (const ActorScore& s : TopActors(Index(), result, c.type, c.n)) {
    std::ostringstream row;
    row << s.actor->info.label << " " << s.score;
    rows.push_back(row.str());
  }
  BOOST_TEST(rows == c.rows, boost::test_tools::per_element());
}

// Russia receives the most links but hands all its rank to China, its only
// out-link.
BOOST_AUTO_TEST_CASE(pagerank_sums_to_one_and_flows_along_links) {
  CentralityResult result =
      ComputeCentrality(Index(), Centrality::kPageRank, EdgeFilter());
  double total =
      std::accumulate(result.scores.begin(), result.scores.end(), 0.0);
  BOOST_TEST(std::abs(total - 1.0) < 1e-9);
  std::vector<ActorScore> top = TopActors(Index(), result, "", 2);
  BOOST_TEST(top[0].actor->info.label == "China");
  BOOST_TEST(top[1].actor->info.label == "Russia");
}

BOOST_AUTO_TEST_CASE(sampled_betweenness_from_every_source_is_exact) {
  CentralityOptions sampled;
  sampled.exact_betweenness_max_work = 0;
  sampled.betweenness_samples = Graph().actor_count();
  CentralityResult exact =
      ComputeCentrality(Index(), Centrality::kBetweenness, EdgeFilter());
  CentralityResult estimate = ComputeCentrality(
      Index(), Centrality::kBetweenness, EdgeFilter(), sampled);
  BOOST_TEST(exact.sampled_sources == 0u);
  BOOST_TEST(estimate.sampled_sources == Graph().actor_count());
  BOOST_REQUIRE_EQUAL(exact.scores.size(), estimate.scores.size());
  for (size_t i = 0; i < exact.scores.size(); ++i) {
    BOOST_TEST(std::abs(exact.scores[i] - estimate.scores[i]) < 1e-9);
  }
}

// --- explain --------------------------------------------------------------

BOOST_AUTO_TEST_CASE(edges_between_follow_direction_unless_symmetric) {
  BOOST_TEST(EdgesBetween(Index(), "person:xi-jinping", "met_with",
                          "person:vladimir-putin")
                 .size() == 1u);
  BOOST_TEST(
      EdgesBetween(Index(), "country:RUS", "supplies", "country:IRN").empty());
  BOOST_TEST(EdgesBetween(Index(), "country:CHN", "supplies", "country:RUS")
                 .front()
                 ->polarity == Polarity::kNegative);
}

struct HighlightCase {
  int64_t source_start, source_end, target_start, target_end;
  std::string expected;
};

std::ostream& operator<<(std::ostream& o, const HighlightCase& c) {
  return o << c.expected;
}

// The sentence starts at code point 100 of its document; "ğ" is one code
// point and two bytes.
const HighlightCase kHighlightCases[] = {
    {100, 107, 112, 117, "[[Erdoğan]] met [[Putin]] in Sochi."},
    {112, 117, 100, 107, "[[Erdoğan]] met [[Putin]] in Sochi."},
    {121, 126, 112, 117, "Erdoğan met [[Putin]] in [[Sochi]]."},
    {100, 107, 90, 95, "[[Erdoğan]] met Putin in Sochi."},    // outside
    {100, 107, 125, 140, "[[Erdoğan]] met Putin in Sochi."},  // past end
    {100, 107, 104, 110, "Erdoğan met Putin in Sochi."},      // overlap
};

BOOST_DATA_TEST_CASE(highlights_mentions, data::make(kHighlightCases), c) {
  Evidence e;
  e.text = "Erdoğan met Putin in Sochi.";
  e.sentence_start = 100;
  e.source_start = c.source_start;
  e.source_end = c.source_end;
  e.target_start = c.target_start;
  e.target_end = c.target_end;
  BOOST_TEST(HighlightMentions(e) == c.expected);
}

BOOST_AUTO_TEST_CASE(span_text_counts_code_points) {
  Evidence e;
  e.text = "Erdoğan met Putin in Sochi.";
  e.sentence_start = 100;
  e.source_start = 100;
  e.source_end = 107;
  e.target_start = 112;
  e.target_end = 117;
  BOOST_TEST(SpanText(e, SourceSpan(e)) == "Erdoğan");
  BOOST_TEST(SpanText(e, TargetSpan(e)) == "Putin");
  BOOST_TEST(TargetSpan(e).start == 12);
}

}  // namespace
}  // namespace actorgraph
