#define BOOST_TEST_MODULE gold_file
#include "extract/check/gold_file.h"

#include <boost/test/unit_test.hpp>

#include "extract/base/user_error.h"
#include "extract/check/gold_score.h"
#include "tests/actor_fixture.h"

namespace actorgraph {
namespace {

const char kGold[] = R"({
 "symmetric_relations": ["met_with"],
 "optional_everywhere": ["Moscow"],
 "actors": [
  {"name": "Vladimir Putin", "type": "Person", "aliases": ["Putin"]},
  {"name": "Recep Tayyip Erdogan", "type": "Person", "aliases": ["Erdoğan"]},
  {"name": "Russia", "type": "Country"},
  {"name": "Turkey", "type": "Country", "aliases": ["Türkiye"]},
  {"name": "Ukraine", "type": "Country"},
  {"name": "Moscow", "type": "Location"}
 ],
 "documents": [
  {"file": "d1.txt", "required": ["Vladimir Putin", "Russia", "Turkey"],
   "optional": ["Ukraine"],
   "relations": [
    {"source": "Turkey|Recep Tayyip Erdogan", "relation": "met_with",
     "target": "Vladimir Putin", "polarity": "positive", "required": true,
     "evidence": "Erdogan met Putin"},
    {"source": "Russia", "relation": "attacks", "target": "Ukraine",
     "required": true, "evidence": "Russia attacked Ukraine"},
    {"source": "Turkey", "relation": "supplies", "target": "Ukraine",
     "polarity": "negative", "required": true, "evidence": "did not send"},
    {"source": "Russia", "relation": "threatens", "target": "Turkey",
     "required": false, "evidence": "optional"}
   ]}
 ]
})";

ActorInfo Actor(const std::string& id, const std::string& label) {
  return testing::MakeActor(id, label, "", {}, 0);
}

RelationMention Rel(const std::string& s, const std::string& r,
                    const std::string& t, bool symmetric = false,
                    Polarity p = Polarity::kPositive,
                    Modality m = Modality::kAsserted) {
  RelationMention x = testing::MakeRelation(s, r, t);
  x.symmetric = symmetric;
  x.polarity = p;
  x.evidence.modality = m;
  return x;
}

BOOST_AUTO_TEST_CASE(parses_the_shared_format) {
  GoldFile g = ParseGoldFile("g.json", kGold);
  BOOST_TEST(g.symmetric.count("met_with") == 1u);
  BOOST_REQUIRE_EQUAL(g.actors.size(), 6u);
  BOOST_TEST(g.actors[2].aliases.empty());
  BOOST_REQUIRE_EQUAL(g.documents.size(), 1u);
  const GoldDocument& d = g.documents[0];
  BOOST_TEST(d.file == "d1.txt");
  BOOST_REQUIRE_EQUAL(d.relations.size(), 4u);
  BOOST_TEST(d.relations[0].sources.size() == 2u);
  BOOST_TEST(d.relations[1].polarity == Polarity::kPositive);  // default
  BOOST_TEST(d.relations[2].polarity == Polarity::kNegative);
  BOOST_TEST(!d.relations[3].required);
}

struct ErrorRow {
  std::string json;
  std::string message;
};

BOOST_AUTO_TEST_CASE(errors_name_the_place) {
  const ErrorRow rows[] = {
      {"{\n \"documents\": [}\n", "g.json:2:16: Invalid value."},
      {"[]", "g.json: top level: expected an object"},
      {"{}", "g.json: top level: missing 'documents'"},
      {R"({"documents": [{"required": []}]})",
       "g.json: documents[0]: missing 'file'"},
      {R"({"documents": [{"file": "a", "relations": [{"source": "A",
          "relation": "met_with", "target": 3}]}]})",
       "g.json: documents[0].relations[0]: 'target' is not a string"},
      {R"({"documents": [{"file": "a", "relations": [{"source": "A",
          "relation": "r", "target": "B", "polarity": "neutral"}]}]})",
       "g.json: documents[0].relations[0]: polarity 'neutral' is neither "
       "positive nor negative"},
      {R"({"actors": [{"name": "A", "aliases": "B"}], "documents": []})",
       "g.json: actors[0]: 'aliases' is not an array"},
  };
  for (const ErrorRow& row : rows) {
    BOOST_TEST_CONTEXT(row.json) {
      std::string message = "(no error)";
      try {
        ParseGoldFile("g.json", row.json);
      } catch (const UserError& e) {
        message = e.what();
      }
      BOOST_TEST(message == row.message);
    }
  }
}

BOOST_AUTO_TEST_CASE(scores_like_score_graphml) {
  GoldFile gold = ParseGoldFile("g.json", kGold);
  GoldScorer scorer(gold);
  BOOST_REQUIRE(scorer.FindDocument("d1.txt") != nullptr);
  BOOST_TEST(scorer.FindDocument("corpus/d1.txt") == scorer.FindDocument("d1"));
  BOOST_TEST(scorer.FindDocument("d2.txt") == nullptr);

  DocumentResult r;
  r.actors = {Actor("p:putin", "Putin"), Actor("p:erdogan", "Erdogan"),
              Actor("c:tur", "Türkiye"), Actor("c:rus", "the Russia"),
              Actor("c:ukr", "Ukraine"), Actor("c:mos", "Moscow"),
              Actor("c:fra", "France")};
  r.relations = {
      // Symmetric, reversed, source by its accent-free alias: matches.
      Rel("p:putin", "met_with", "p:erdogan", true),
      Rel("p:erdogan", "met_with", "p:putin", true),  // the same edge
      Rel("c:rus", "attacks", "c:ukr"),
      // Wrong polarity: a false edge, and the gold one is missed.
      Rel("c:tur", "supplies", "c:ukr"),
      // Optional gold relation: neither found nor false.
      Rel("c:rus", "threatens", "c:tur"),
      // Hypothetical mentions are no edges.
      Rel("c:fra", "attacks", "c:rus", false, Polarity::kPositive,
          Modality::kHypothetical),
  };
  DocumentScore s = scorer.Add(*scorer.FindDocument("d1.txt"), &r);
  BOOST_TEST(s.actors.produced == 7);
  // As in score_graphml.py: a node counts when its gold actor is required
  // or optional here, or optional everywhere; Erdogan is neither.
  BOOST_TEST(s.actors.correct_produced == 5);
  BOOST_TEST(s.actors.found_required == 3);
  BOOST_TEST(s.extra_actors == (std::vector<std::string>{"Erdogan", "France"}));
  BOOST_TEST(s.relations.produced == 4);
  BOOST_TEST(s.relations.correct_produced == 3);
  BOOST_TEST(s.relations.found_required == 2);
  BOOST_TEST(s.relations.required == 3);
  BOOST_TEST(s.false_relations ==
             std::vector<std::string>{"Turkey -supplies-> Ukraine [positive]"});
  BOOST_REQUIRE_EQUAL(s.missed_relations.size(), 1u);
  BOOST_TEST(s.missed_relations[0] ==
             "Turkey -supplies-> Ukraine [negative]  \u00abdid not send\u00bb");
  BOOST_TEST(scorer.relations().Precision() == 0.75);
  BOOST_TEST(scorer.by_relation().at("supplies").first == 0);
  BOOST_TEST(scorer.by_relation().at("met_with").first == 1);

  DocumentScore none = scorer.Add(*scorer.FindDocument("d1.txt"), nullptr);
  BOOST_TEST(!none.has_result);
  BOOST_TEST(scorer.relations().required == 6);
  BOOST_TEST(scorer.relations().found_required == 2);
}

}  // namespace
}  // namespace actorgraph
