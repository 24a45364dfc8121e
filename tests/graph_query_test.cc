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
#include "tests/actor_fixture.h"

namespace actorgraph {
namespace {

namespace data = boost::unit_test::data;

ActorInfo Actor(const std::string& id, const std::string& label,
                const std::string& type,
                std::vector<std::string> aliases = {}) {
  return testing::MakeActor(id, label, type, std::move(aliases), 1);
}

struct EdgeSpec {
  std::string source, relation, target;
  bool symmetric;
  Polarity polarity;
  std::vector<std::string> dates;  // one mention per date
};

// A small world with the shapes the queries must handle: a symmetric
// relation seen three times, a denial, a self-loop, an isolated actor, two
// actors named alike, accented names and two equally short paths.
ActorGraph Fixture() {
  const Polarity kPos = Polarity::kPositive;
  ActorGraph g;
  for (const ActorInfo& a : std::vector<ActorInfo>{
           Actor("country:RUS", "Russia", "Country", {"Russian Federation"}),
           Actor("country:CHN", "China", "Country"),
           Actor("country:IRN", "Iran", "Country",
                 {"Islamic Republic of Iran"}),
           Actor("country:BLR", "Belarus", "Country"),
           Actor("country:TUR", "Turkey", "Country", {"Türkiye"}),
           Actor("country:ISL", "Iceland", "Country"),
           Actor("country:GEO", "Georgia", "Country"),
           Actor("location:georgia-us", "Georgia", "Location"),
           Actor("person:vladimir-putin", "Vladimir Putin", "Person",
                 {"Putin"}),
           Actor("person:xi-jinping", "Xi Jinping", "Person"),
           Actor("person:recep-tayyip-erdogan", "Recep Tayyip Erdoğan",
                 "Person", {"Erdoğan"}),
           Actor("person:kim-jong-un", "Kim Jong Un", "Person"),
           Actor("person:kim-yo-jong", "Kim Yo Jong", "Person"),
       }) {
    g.AddActor(a, "2023-01-01");
  }
  const std::vector<EdgeSpec> edges = {
      {"person:vladimir-putin",
       "met_with",
       "person:xi-jinping",
       true,
       kPos,
       {"2023-03-20", "2023-03-21", "2024-05-16"}},
      {"person:vladimir-putin",
       "met_with",
       "person:recep-tayyip-erdogan",
       true,
       kPos,
       {"2022-09-16"}},
      {"country:IRN",
       "supplies",
       "country:RUS",
       false,
       kPos,
       {"2022-10-01", "2023-02-01"}},
      {"country:BLR", "supplies", "country:RUS", false, kPos, {"2023-06-01"}},
      {"country:CHN",
       "supplies",
       "country:RUS",
       false,
       Polarity::kNegative,
       {"2023-04-01"}},
      {"country:RUS",
       "cooperates_with",
       "country:CHN",
       true,
       kPos,
       {"2023-07-01"}},
      {"country:IRN", "cooperates_with", "country:BLR", true, kPos, {""}},
      {"country:BLR", "cooperates_with", "country:CHN", true, kPos, {""}},
      {"country:RUS", "criticizes", "country:RUS", false, kPos, {""}},
      {"person:kim-jong-un",
       "visited",
       "country:RUS",
       false,
       kPos,
       {"2023-09-13"}},
  };
  int64_t at = 0;
  for (const EdgeSpec& spec : edges) {
    for (const std::string& date : spec.dates) {
      RelationMention m =
          testing::MakeRelation(spec.source, spec.relation, spec.target);
      m.symmetric = spec.symmetric;
      m.polarity = spec.polarity;
      m.evidence.doc = "doc" + std::to_string(at % 3);
      m.evidence.date = date;
      m.evidence.start = at;
      m.evidence.rule = spec.relation + ".test";
      g.AddRelation(m);
      at += 10;
    }
  }
  g.set_document_count(3);
  return g;
}

const ActorGraph& Graph() {
  static const ActorGraph graph = Fixture();
  return graph;
}

const GraphIndex& Index() {
  static const GraphIndex index(Graph());
  return index;
}

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
  g.AddActor(Actor("country:NIG", "Niger", "Country"));
  g.AddActor(Actor("river:niger", "Niger River", "Location"));
  ActorMatch match = ActorLookup(g).Resolve("niger");
  BOOST_REQUIRE(match.actor != nullptr);
  BOOST_TEST(match.actor->info.id == "country:NIG");
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
