// The fixture graph of the export tests and of the consumer tests
// (make_fixture.cc): small, with every field set somewhere and every
// escaping hazard in its text: markup characters, quotes, a control
// character, line breaks, tabs, non-ASCII letters.  Weight exceeds the
// evidence cap on one edge, one relation is symmetric, one negative.
//
// Expected values in tests/consumers/expect/fixture.json follow from it.
#ifndef ACTORGRAPH_TESTS_CONSUMERS_FIXTURE_GRAPH_H_
#define ACTORGRAPH_TESTS_CONSUMERS_FIXTURE_GRAPH_H_

#include <string>

#include "graph/actor_graph.h"
#include "tests/actor_fixture.h"

namespace actorgraph {

inline ActorInfo FixtureActor(const std::string& id, const std::string& label,
                              const std::string& type) {
  return testing::MakeActor(id, label, type);
}

inline RelationMention FixtureRelation(const std::string& source,
                                       const std::string& rel,
                                       const std::string& target,
                                       const std::string& doc, int64_t start,
                                       const std::string& text) {
  RelationMention m = testing::MakeRelation(source, rel, target);
  m.cameo = "040";
  m.goldstein = 1;
  m.quad_class = 1;
  m.evidence.doc = doc;
  testing::SetSpans(&m.evidence, start, start + 4, start + 12, start + 20);
  m.evidence.sentence = 2;
  m.evidence.sentence_start = start - 3;
  m.evidence.text = text;
  m.evidence.rule = rel + ".basic";
  return m;
}

// A small graph with every field set somewhere and every escaping hazard:
// markup characters, quotes, a control character, line breaks, tabs.
inline ActorGraph FixtureGraph() {
  DocumentResult d1;
  d1.doc = "wire-001";
  d1.date = "2023-01-05";
  d1.title = "Phones, \"all\" of them; AT&T <deal>";
  ActorInfo usa = FixtureActor("country:USA", "United States", "Country");
  usa.aliases = {"America", "U.S."};
  usa.iso2 = "US";
  usa.iso3 = "USA";
  usa.wikidata = "Q30";
  usa.mentions = 4;
  ActorInfo att = FixtureActor("org:att", "AT&T", "Organization");
  att.affiliation = "country:USA";
  ActorInfo cafe =
      FixtureActor("person:cafe", "Caf\xC3\xA9 \"Quote\" <b>", "Person");
  cafe.role = "owner's \"chief\" & cook";
  ActorInfo ctrl = FixtureActor("person:ctrl",
                                "Ctrl\x01"
                                "Char",
                                "Person");
  ActorInfo lines =
      FixtureActor("org:lines", "Line one\nLine two", "Organization");
  d1.actors = {usa, att, cafe, ctrl, lines};
  RelationMention supplies =
      FixtureRelation("org:att", "supplies", "country:USA", "wire-001", 40,
                      "AT&T said it <will> supply \"all\" of it.\tTab\r\nNext");
  supplies.evidence.date = "2023-01-05";
  supplies.cameo = "072";
  supplies.goldstein = 7.4;
  supplies.quad_class = 2;
  RelationMention criticizes =
      FixtureRelation("person:cafe", "criticizes", "person:ctrl", "wire-001",
                      90, "The owner faulted Ctrl\x01.");
  criticizes.polarity = Polarity::kNegative;
  criticizes.cameo = "111";
  criticizes.goldstein = -2;
  criticizes.quad_class = 3;
  criticizes.evidence.modality = Modality::kFuture;
  d1.relations = {supplies, criticizes};

  DocumentResult d2;
  d2.doc = "wire-002";
  d2.date = "2023-02-11";
  d2.actors = {FixtureActor("country:USA", "United States", "Country"),
               FixtureActor("org:lines", "Line one\nLine two", "Organization")};
  RelationMention met = FixtureRelation("org:lines", "met_with", "country:USA",
                                        "wire-002", 10, "They met on Tuesday.");
  met.symmetric = true;
  met.cameo = "";
  met.quad_class = -1;
  met.evidence.date = "2023-02-11";
  RelationMention again = FixtureRelation("org:att", "supplies", "country:USA",
                                          "wire-002", 5, "More supplies came.");
  again.evidence.date = "2023-02-11";
  again.cameo = supplies.cameo;
  again.goldstein = supplies.goldstein;
  again.quad_class = supplies.quad_class;
  RelationMention third = again;
  third.evidence.start = 70;
  third.evidence.date = "2023-03-01";
  d2.relations = {met, again, third};

  ActorGraph graph(2);  // a cap below the weight of 'supplies'
  graph.AddDocument(d1);
  graph.AddDocument(d2);
  return graph;
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_CONSUMERS_FIXTURE_GRAPH_H_
