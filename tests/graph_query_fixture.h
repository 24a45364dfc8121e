// The small world of the graph query tests (graph_query_test,
// graph_paths_test), built once:
//
//   const GraphIndex& index = query_fixture::Index();
//   ResolveActor(index, "Putin");
#ifndef ACTORGRAPH_TESTS_GRAPH_QUERY_FIXTURE_H_
#define ACTORGRAPH_TESTS_GRAPH_QUERY_FIXTURE_H_

#include <string>
#include <utility>
#include <vector>

#include "graph/actor_graph.h"
#include "graph/graph_query.h"
#include "tests/actor_fixture.h"

namespace actorgraph {
namespace query_fixture {

struct EdgeSpec {
  std::string source, relation, target;
  bool symmetric;
  Polarity polarity;
  std::vector<std::string> dates;  // one mention per date
};

// A small world with the shapes the queries must handle: a symmetric
// relation seen three times, a denial, a self-loop, an isolated actor, two
// actors named alike, accented names and two equally short paths.
inline ActorGraph Fixture() {
  const Polarity kPos = Polarity::kPositive;
  ActorGraph g;
  for (const ActorInfo& a : std::vector<ActorInfo>{
           testing::MakeActor("country:RUS", "Russia", "Country",
                              {"Russian Federation"}),
           testing::MakeActor("country:CHN", "China", "Country"),
           testing::MakeActor("country:IRN", "Iran", "Country",
                              {"Islamic Republic of Iran"}),
           testing::MakeActor("country:BLR", "Belarus", "Country"),
           testing::MakeActor("country:TUR", "Turkey", "Country", {"Türkiye"}),
           testing::MakeActor("country:ISL", "Iceland", "Country"),
           testing::MakeActor("country:GEO", "Georgia", "Country"),
           testing::MakeActor("location:georgia-us", "Georgia", "Location"),
           testing::MakeActor("person:vladimir-putin", "Vladimir Putin",
                              "Person", {"Putin"}),
           testing::MakeActor("person:xi-jinping", "Xi Jinping", "Person"),
           testing::MakeActor("person:recep-tayyip-erdogan",
                              "Recep Tayyip Erdoğan", "Person", {"Erdoğan"}),
           testing::MakeActor("person:kim-jong-un", "Kim Jong Un", "Person"),
           testing::MakeActor("person:kim-yo-jong", "Kim Yo Jong", "Person"),
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

inline const ActorGraph& Graph() {
  static const ActorGraph graph = Fixture();
  return graph;
}

inline const GraphIndex& Index() {
  static const GraphIndex index(Graph());
  return index;
}

}  // namespace query_fixture
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_GRAPH_QUERY_FIXTURE_H_
