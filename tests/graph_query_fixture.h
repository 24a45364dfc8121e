// The small world of the query tests (graph_query_test, graph_paths_test,
// query_cli_test), built once:
//
//   const GraphIndex& index = query_fixture::Index();
//   ResolveActor(index, "Putin");
//   WriteGraphFile(query_fixture::Graph(), "g.graphml", "", WriteOptions());
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

// One mention of an edge: its date and the sentence it was read in, which
// starts with the source's or the target's surface text.
struct Said {
  std::string date, sentence, source_text, target_text;
};

struct EdgeSpec {
  std::string source, relation, target;
  bool symmetric;
  Polarity polarity;
  std::vector<Said> said;
};

// The CAMEO code and Goldstein value of the fixture's relations.
inline void SetCode(RelationMention* m) {
  const struct {
    const char* relation;
    const char* cameo;
    double goldstein;
  } kCodes[] = {{"met_with", "040", 1.0},
                {"supplies", "070", 7.0},
                {"cooperates_with", "050", 3.5},
                {"criticizes", "111", -2.0},
                {"visited", "042", 1.9}};
  for (const auto& c : kCodes) {
    if (m->relation == c.relation) {
      m->cameo = c.cameo;
      m->goldstein = c.goldstein;
    }
  }
}

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
       {{"2023-03-20", "Putin sat down with Xi for talks on Monday.", "Putin",
         "Xi"},
        {"2023-03-21", "Putin and Xi met again the next day.", "Putin", "Xi"},
        {"2024-05-16", "Xi welcomed Putin to a state banquet.", "Putin",
         "Xi"}}},
      {"person:vladimir-putin",
       "met_with",
       "person:recep-tayyip-erdogan",
       true,
       kPos,
       {{"2022-09-16", "Erdoğan held a short meeting with Putin.", "Putin",
         "Erdoğan"}}},
      {"country:IRN",
       "supplies",
       "country:RUS",
       false,
       kPos,
       {{"2022-10-01", "Tehran keeps shipping drones to Moscow.", "Tehran",
         "Moscow"},
        {"2023-02-01", "Iran sent more shells to Russia.", "Iran", "Russia"}}},
      {"country:BLR",
       "supplies",
       "country:RUS",
       false,
       kPos,
       {{"2023-06-01", "Minsk supplied fuel to Moscow.", "Minsk", "Moscow"}}},
      {"country:CHN",
       "supplies",
       "country:RUS",
       false,
       Polarity::kNegative,
       {{"2023-04-01", "Beijing denied sending weapons to Russia.", "Beijing",
         "Russia"}}},
      {"country:RUS",
       "cooperates_with",
       "country:CHN",
       true,
       kPos,
       {{"2023-07-01", "Russia and China pledged deeper cooperation.", "Russia",
         "China"}}},
      {"country:IRN",
       "cooperates_with",
       "country:BLR",
       true,
       kPos,
       {{"", "Iran and Belarus signed a plan to work together.", "Iran",
         "Belarus"}}},
      {"country:BLR",
       "cooperates_with",
       "country:CHN",
       true,
       kPos,
       {{"", "Belarus and China agreed on joint projects.", "Belarus",
         "China"}}},
      {"country:RUS",
       "criticizes",
       "country:RUS",
       false,
       kPos,
       {{"", "Russia criticized its own ministry.", "Russia", "Russia"}}},
      // A hard-wrapped sentence.
      {"person:kim-jong-un",
       "visited",
       "country:RUS",
       false,
       kPos,
       {{"2023-09-13", "Kim Jong Un travelled to Russia\nby train.",
         "Kim Jong Un", "Russia"}}},
  };
  int64_t at = 0;
  for (const EdgeSpec& spec : edges) {
    for (const Said& said : spec.said) {
      RelationMention m =
          testing::MakeRelation(spec.source, spec.relation, spec.target);
      m.symmetric = spec.symmetric;
      m.polarity = spec.polarity;
      SetCode(&m);
      Evidence& e = m.evidence;
      e.doc = "doc" + std::to_string(at % 3);
      e.date = said.date;
      e.text = said.sentence;
      e.sentence_start = at;
      testing::PlaceMentions(&e, said.source_text, said.target_text);
      e.rule = spec.relation + ".test";
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
