#define BOOST_TEST_MODULE actor_graph
#include "graph/actor_graph.h"

#include <boost/test/unit_test.hpp>

#include "tests/actor_fixture.h"

namespace actorgraph {
namespace {

ActorInfo Actor(const std::string& id, const std::string& type) {
  return testing::MakeActor(id, id, type);
}

RelationMention Mention(const std::string& s, const std::string& rel,
                        const std::string& t, bool symmetric,
                        const std::string& doc, int64_t start,
                        const std::string& date = "") {
  RelationMention m = testing::MakeRelation(s, rel, t);
  m.symmetric = symmetric;
  m.evidence.doc = doc;
  m.evidence.start = start;
  m.evidence.date = date;
  m.evidence.rule = rel + ".test";
  return m;
}

DocumentResult Doc(const std::string& id,
                   std::vector<RelationMention> relations) {
  DocumentResult r;
  r.doc = id;
  r.actors = {Actor("a", "Country"), Actor("b", "Country"),
              Actor("c", "Person")};
  r.relations = std::move(relations);
  return r;
}

BOOST_AUTO_TEST_CASE(symmetric_relations_are_stored_once) {
  ActorGraph g;
  g.AddDocument(Doc("d1", {Mention("b", "met_with", "a", true, "d1", 5),
                           Mention("a", "met_with", "b", true, "d1", 50)}));
  BOOST_REQUIRE_EQUAL(g.edge_count(), 1u);
  const RelationEdge* e = g.Edges()[0];
  BOOST_TEST(e->source == "a");
  BOOST_TEST(e->target == "b");
  BOOST_TEST(e->weight == 2);
}

BOOST_AUTO_TEST_CASE(polarity_and_modality_split_edges) {
  RelationMention neg = Mention("a", "supplies", "b", false, "d1", 1);
  neg.polarity = Polarity::kNegative;
  RelationMention hypo = Mention("a", "supplies", "b", false, "d1", 9);
  hypo.evidence.modality = Modality::kHypothetical;
  RelationMention future = Mention("a", "supplies", "b", false, "d1", 12);
  future.evidence.modality = Modality::kFuture;
  ActorGraph g;
  g.AddDocument(Doc("d1", {Mention("a", "supplies", "b", false, "d1", 3), neg,
                           hypo, future, future}));
  BOOST_REQUIRE_EQUAL(g.edge_count(), 4u);
  // Keyed by polarity, then modality: what is asserted is never summed
  // with what is announced or supposed.
  std::vector<const RelationEdge*> e = g.Edges();
  BOOST_TEST(e[0]->polarity == Polarity::kPositive);
  BOOST_TEST(e[0]->modality == Modality::kAsserted);
  BOOST_TEST(e[0]->weight == 1);
  BOOST_TEST(e[1]->modality == Modality::kFuture);
  BOOST_TEST(e[1]->weight == 2);
  BOOST_TEST(e[2]->modality == Modality::kHypothetical);
  BOOST_TEST(e[3]->polarity == Polarity::kNegative);
}

BOOST_AUTO_TEST_CASE(evidence_is_capped_but_weight_is_exact) {
  ActorGraph g(2);
  std::vector<RelationMention> ms;
  for (int i = 0; i < 5; ++i) {
    ms.push_back(Mention("a", "attacks", "b", false, "d1", 100 - i,
                         "2023-01-0" + std::to_string(i + 1)));
  }
  g.AddDocument(Doc("d1", ms));
  const RelationEdge* e = g.Edges()[0];
  BOOST_TEST(e->weight == 5);
  BOOST_REQUIRE_EQUAL(e->evidence.size(), 2u);
  BOOST_TEST(e->evidence[0].start == 96);
  BOOST_TEST(e->first_date == "2023-01-01");
  BOOST_TEST(e->last_date == "2023-01-05");
  BOOST_TEST(e->dates.size() == 5u);
}

BOOST_AUTO_TEST_CASE(merge_is_order_independent) {
  DocumentResult d1 =
      Doc("d1", {Mention("a", "attacks", "b", false, "d1", 1, "2020-01-01")});
  DocumentResult d2 =
      Doc("d2", {Mention("a", "attacks", "b", false, "d2", 7, "2021-01-01"),
                 Mention("c", "visited", "a", false, "d2", 9)});
  ActorGraph x, y, left, right;
  x.AddDocument(d1);
  y.AddDocument(d2);
  left.Merge(x);
  left.Merge(y);
  right.Merge(y);
  right.Merge(x);
  BOOST_REQUIRE_EQUAL(left.edge_count(), right.edge_count());
  for (size_t i = 0; i < left.edge_count(); ++i) {
    const RelationEdge* l = left.Edges()[i];
    const RelationEdge* r = right.Edges()[i];
    BOOST_TEST(l->weight == r->weight);
    BOOST_TEST(l->evidence.size() == r->evidence.size());
    BOOST_TEST(l->evidence[0].doc == r->evidence[0].doc);
    BOOST_TEST(l->first_date == r->first_date);
  }
  BOOST_TEST(left.FindActor("a")->info.mentions == 2);
  BOOST_TEST(left.document_count() == 2);
}

}  // namespace
}  // namespace actorgraph
