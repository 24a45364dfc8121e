// The graph queries on a small fixture world: name resolution, neighbors
// and relations, and the summary counts.
#define BOOST_TEST_MODULE graph_query
#include "graph/graph_query.h"

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
#include "tests/graph_query_fixture.h"

namespace actorgraph {
namespace {

namespace data = boost::unit_test::data;
using query_fixture::Graph;
using query_fixture::Index;

// --- name resolution ---------------------------------------------------

struct LookupCase {
  std::string name;
  std::string id;     // expected actor, or "" for a failure ...
  std::string error;  // ... with this message
};

std::ostream& operator<<(std::ostream& o, const LookupCase& c) {
  return o << c.name;
}

const LookupCase kLookupCases[] = {
    {"person:vladimir-putin", "person:vladimir-putin", ""},
    {"COUNTRY:rus", "country:RUS", ""},
    {"country", "", "unknown actor 'country'"},
    {"Vladimir Putin", "person:vladimir-putin", ""},
    {"VLADIMIR  putin", "person:vladimir-putin", ""},
    {"Putin", "person:vladimir-putin", ""},
    {"xi", "person:xi-jinping", ""},
    {"Islamic Republic of Iran", "country:IRN", ""},
    {"russian federation", "country:RUS", ""},
    {"Recep Tayyip Erdoğan", "person:recep-tayyip-erdogan", ""},
    {"recep tayyip erdogan", "person:recep-tayyip-erdogan", ""},
    {"erdogan", "person:recep-tayyip-erdogan", ""},
    {"ERDOĞAN", "person:recep-tayyip-erdogan", ""},
    {"turkiye", "country:TUR", ""},
    {"Putn", "", "unknown actor 'Putn' (did you mean: Vladimir Putin?)"},
    {"Xi Jingping", "",
     "unknown actor 'Xi Jingping' (did you mean: Xi Jinping?)"},
    {"Zanzibar", "", "unknown actor 'Zanzibar'"},
    {"Kim", "",
     "ambiguous actor 'Kim' (candidates: Kim Jong Un [person:kim-jong-un], "
     "Kim Yo Jong [person:kim-yo-jong])"},
    {"georgia", "",
     "ambiguous actor 'georgia' (candidates: Georgia [country:GEO], Georgia "
     "[location:georgia-us])"},
};

BOOST_DATA_TEST_CASE(resolves_names, data::make(kLookupCases), c) {
  ActorLookup lookup(Graph());
  ActorMatch match = lookup.Resolve(c.name);
  if (c.id.empty()) {
    BOOST_TEST(match.actor == nullptr);
    BOOST_TEST(DescribeFailure(c.name, match) == c.error);
  } else {
    BOOST_REQUIRE(match.actor != nullptr);
    BOOST_TEST(match.actor->info.id == c.id);
  }
}

BOOST_AUTO_TEST_CASE(exact_label_beats_a_partial_match) {
  ActorGraph g;
  g.AddActor(testing::MakeActor("country:NIG", "Niger", "Country"));
  g.AddActor(testing::MakeActor("river:niger", "Niger River", "Location"));
  ActorMatch match = ActorLookup(g).Resolve("niger");
  BOOST_REQUIRE(match.actor != nullptr);
  BOOST_TEST(match.actor->info.id == "country:NIG");
}

BOOST_AUTO_TEST_CASE(a_lone_exact_label_does_not_hide_a_connected_actor) {
  ActorGraph g;
  g.AddActor(testing::MakeActor("person:baker", "Baker", "Person"));
  g.AddActor(testing::MakeActor("person:james-baker", "James Baker", "Person"));
  g.AddActor(
      testing::MakeActor("person:howard-baker", "Howard Baker", "Person"));
  g.AddActor(testing::MakeActor("country:USA", "United States", "Country"));
  RelationMention m =
      testing::MakeRelation("person:james-baker", "visited", "country:USA");
  for (int64_t at : {0, 10}) {
    m.evidence.start = at;
    g.AddRelation(m);
  }
  m.source = "person:howard-baker";
  m.relation = "criticizes";
  g.AddRelation(m);
  ActorMatch match = ActorLookup(g).Resolve("Baker");
  BOOST_TEST(match.actor == nullptr);
  BOOST_TEST(DescribeFailure("Baker", match) ==
             "ambiguous actor 'Baker' (candidates: Howard Baker "
             "[person:howard-baker], James Baker [person:james-baker], Baker "
             "[person:baker])");
  // As connected as any other: the exact label still wins.
  g.AddRelation([&] {
    RelationMention n = m;
    n.source = "person:baker";
    return n;
  }());
  match = ActorLookup(g).Resolve("Baker");
  BOOST_REQUIRE(match.actor != nullptr);
  BOOST_TEST(match.actor->info.id == "person:baker");
}

BOOST_AUTO_TEST_CASE(edit_distance) {
  BOOST_TEST(EditDistance("", "abc") == 3u);
  BOOST_TEST(EditDistance("putn", "putin") == 1u);
  BOOST_TEST(EditDistance("kitten", "sitting") == 3u);
  BOOST_TEST(EditDistance("same", "same") == 0u);
}

BOOST_AUTO_TEST_CASE(index_lists_each_actors_edges_once) {
  size_t russia = Index().ActorIndex("country:RUS");
  BOOST_REQUIRE(russia != GraphIndex::kNone);
  std::vector<std::string> edges;
  for (uint32_t i : Index().EdgesOf(russia)) {
    const RelationEdge* e = Index().edges()[i].edge;
    edges.push_back(e->source + " " + e->relation + " " + e->target);
  }
  // Graph order; the self-loop once.
  BOOST_TEST(edges == std::vector<std::string>(
                          {"country:BLR supplies country:RUS",
                           "country:CHN cooperates_with country:RUS",
                           "country:CHN supplies country:RUS",
                           "country:IRN supplies country:RUS",
                           "country:RUS criticizes country:RUS",
                           "person:kim-jong-un visited country:RUS"}),
             boost::test_tools::per_element());
  BOOST_TEST(Index().ActorIndex("country:XXX") == GraphIndex::kNone);
  BOOST_TEST(Index().EdgesOf(Index().ActorIndex("country:ISL")).begin() ==
             Index().EdgesOf(Index().ActorIndex("country:ISL")).end());
}

// --- neighbors and relations -------------------------------------------

// "label relation link polarity weight" per row.
std::vector<std::string> Rows(const std::vector<NeighborLink>& links) {
  std::vector<std::string> rows;
  for (const NeighborLink& n : links) {
    rows.push_back(n.actor->info.label + " " + n.edge->relation + " " +
                   LinkName(n.link) + " " + PolarityName(n.edge->polarity) +
                   " " + std::to_string(n.edge->weight));
  }
  return rows;
}

struct NeighborCase {
  std::string actor;
  Direction direction;
  std::vector<std::string> relations;
  std::optional<Polarity> polarity;
  std::vector<std::string> rows;
};

std::ostream& operator<<(std::ostream& o, const NeighborCase& c) {
  return o << c.actor << "/" << static_cast<int>(c.direction);
}

const NeighborCase kNeighborCases[] = {
    {"country:RUS",
     Direction::kBoth,
     {},
     std::nullopt,
     {"Iran supplies in positive 2", "Belarus supplies in positive 1",
      "China cooperates_with both positive 1", "China supplies in negative 1",
      "Kim Jong Un visited in positive 1",
      "Russia criticizes self positive 1"}},
    {"country:RUS",
     Direction::kOut,
     {},
     std::nullopt,
     {"China cooperates_with both positive 1",
      "Russia criticizes self positive 1"}},
    {"country:RUS",
     Direction::kIn,
     {},
     Polarity::kNegative,
     {"China supplies in negative 1"}},
    {"country:RUS",
     Direction::kBoth,
     {"visited", "criticizes"},
     std::nullopt,
     {"Kim Jong Un visited in positive 1",
      "Russia criticizes self positive 1"}},
    {"person:vladimir-putin",
     Direction::kIn,
     {"met_with"},
     std::nullopt,
     {"Xi Jinping met_with both positive 3",
      "Recep Tayyip Erdoğan met_with both positive 1"}},
    {"person:xi-jinping",
     Direction::kBoth,
     {},
     std::nullopt,
     {"Vladimir Putin met_with both positive 3"}},
    {"country:ISL", Direction::kBoth, {}, std::nullopt, {}},
};

BOOST_DATA_TEST_CASE(lists_neighbors, data::make(kNeighborCases), c) {
  EdgeFilter filter;
  filter.relations = c.relations;
  filter.polarity = c.polarity;
  std::vector<std::string> rows =
      Rows(Neighbors(Index(), c.actor, c.direction, filter));
  BOOST_TEST(rows == c.rows, boost::test_tools::per_element());
}

struct RelationCase {
  std::string name;
  EdgeFilter filter;
  std::vector<std::string> edges;  // "source relation target"
};

std::ostream& operator<<(std::ostream& o, const RelationCase& c) {
  return o << c.name;
}

EdgeFilter Filter(std::vector<std::string> relations, std::string source,
                  std::string target, std::string since = "",
                  std::string until = "") {
  EdgeFilter f;
  f.relations = std::move(relations);
  f.source = std::move(source);
  f.target = std::move(target);
  f.since = std::move(since);
  f.until = std::move(until);
  return f;
}

EdgeFilter Positive(EdgeFilter f) {
  f.polarity = Polarity::kPositive;
  return f;
}

const RelationCase kRelationCases[] = {
    {"who supplies Russia",
     Filter({"supplies"}, "", "country:RUS"),
     {"country:IRN supplies country:RUS", "country:BLR supplies country:RUS",
      "country:CHN supplies country:RUS"}},
    {"positive only",
     Positive(Filter({"supplies"}, "", "country:RUS")),
     {"country:IRN supplies country:RUS", "country:BLR supplies country:RUS"}},
    {"symmetric edge asked the other way round",
     Filter({"met_with"}, "person:xi-jinping", "person:vladimir-putin"),
     {"person:vladimir-putin met_with person:xi-jinping"}},
    {"directed edge asked the other way round",
     Filter({"supplies"}, "country:RUS", "country:IRN"),
     {}},
    {"since a year",
     Filter({"met_with"}, "", "", "2024"),
     {"person:vladimir-putin met_with person:xi-jinping"}},
    {"until a month includes its days",
     Filter({"met_with"}, "", "", "", "2023-03"),
     {"person:vladimir-putin met_with person:xi-jinping",
      "person:recep-tayyip-erdogan met_with person:vladimir-putin"}},
    {"until a day",
     Filter({"met_with"}, "", "", "", "2022-09-16"),
     {"person:recep-tayyip-erdogan met_with person:vladimir-putin"}},
    {"undated edges fail a date bound",
     Filter({"cooperates_with", "criticizes"}, "", "", "2000"),
     {"country:CHN cooperates_with country:RUS"}},
    {"self-loop",
     Filter({}, "country:RUS", "country:RUS"),
     {"country:RUS criticizes country:RUS"}},
};

BOOST_DATA_TEST_CASE(matches_relations, data::make(kRelationCases), c) {
  std::vector<std::string> edges;
  for (const RelationEdge* e : MatchingEdges(Index(), c.filter)) {
    edges.push_back(e->source + " " + e->relation + " " + e->target);
  }
  BOOST_TEST(edges == c.edges, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(relation_names_are_distinct_and_sorted) {
  BOOST_TEST(RelationNames(Index()) ==
                 std::vector<std::string>({"cooperates_with", "criticizes",
                                           "met_with", "supplies", "visited"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(date_prefixes) {
  for (const char* good : {"2023", "2023-05", "2023-05-17"}) {
    BOOST_TEST(IsDatePrefix(good), good);
  }
  for (const char* bad : {"", "23", "2023-5", "2023/05/17", "2023-05-17T"}) {
    BOOST_TEST(!IsDatePrefix(bad), bad);
  }
}

// --- stats ----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(counts_actors_edges_and_dates) {
  GraphStats s = ComputeStats(Index());
  BOOST_TEST(s.documents == 3);
  BOOST_TEST(s.actors.count == 13);
  BOOST_TEST(s.actors_by_type.at("Person").count == 5);
  BOOST_TEST(s.actors_by_type.at("Location").count == 1);
  BOOST_TEST(s.edges.count == 10);
  BOOST_TEST(s.edges.mentions == 13);
  Tally supplies_denied =
      s.edges_by_relation.at({"supplies", Polarity::kNegative});
  BOOST_TEST(supplies_denied.count == 1);
  BOOST_TEST(supplies_denied.first_date == "2023-04-01");
  BOOST_TEST(
      s.edges_by_relation.at({"met_with", Polarity::kPositive}).mentions == 4);
  BOOST_TEST(s.edges.first_date == "2022-09-16");
  BOOST_TEST(s.edges.last_date == "2024-05-16");
  BOOST_TEST(s.actors.first_date == "2023-01-01");
}

}  // namespace
}  // namespace actorgraph
