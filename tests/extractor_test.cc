#define BOOST_TEST_MODULE extractor
// Whole-document extraction on short sentences of our own: which triples
// come out (table-driven), and which mentions and offsets back them.
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/rules/ontology.h"

namespace actorgraph {
namespace {

const Ontology& TheOntology() {
  static const Ontology o = Ontology::Load(ACTORGRAPH_SOURCE_DIR "/ontology");
  return o;
}

std::string LabelOf(const DocumentResult& r, const std::string& id) {
  for (const ActorInfo& a : r.actors) {
    if (a.id == id) return a.label;
  }
  return id;
}

// "Source -relation-> Target [negative]" for every non-hypothetical
// relation mention, sorted.
std::set<std::string> Triples(const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  Extractor extractor(TheOntology());
  DocumentResult r = extractor.Extract(doc);
  std::set<std::string> out;
  for (const RelationMention& m : r.relations) {
    if (m.evidence.modality == Modality::kHypothetical) continue;
    std::string s = LabelOf(r, m.source), t = LabelOf(r, m.target);
    if (m.symmetric && t < s) std::swap(s, t);
    std::string triple = s + " -" + m.relation + "-> " + t;
    if (m.polarity == Polarity::kNegative) triple += " [negative]";
    out.insert(triple);
  }
  return out;
}

struct Case {
  const char* text;
  std::vector<const char*> expected;
};

std::string Join(const std::set<std::string>& s) {
  std::string out;
  for (const std::string& x : s) out += "\n    " + x;
  return out;
}

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    std::set<std::string> want(c.expected.begin(), c.expected.end());
    std::set<std::string> got = Triples(c.text);
    BOOST_TEST(got == want, "\n  text: " << c.text << "\n  want:" << Join(want)
                                         << "\n  got:" << Join(got));
  }
}

BOOST_AUTO_TEST_CASE(verbs_in_active_and_passive_voice) {
  RunCases({
      {"Poland sanctioned Belarus on Monday.", {"Poland -sanctions-> Belarus"}},
      {"Ukrainian villages were shelled by Russia overnight.",
       {"Russia -attacks-> Ukraine"}},
      {"The Czech government will supply Ukraine with two field hospitals.",
       {"Czech Republic -supplies-> Ukraine"}},
      {"Kenya received grain from Ukraine in March.",
       {"Ukraine -supplies-> Kenya"}},
      {"Japan condemned North Korea after the launch.",
       {"Japan -criticizes-> North Korea"}},
  });
}

BOOST_AUTO_TEST_CASE(negation_refusal_and_denial) {
  RunCases({
      {"India has repeatedly refused to condemn Russia.",
       {"India -criticizes-> Russia [negative]"}},
      {"Iran denied that it had supplied missiles to Russia.",
       {"Iran -supplies-> Russia [negative]"}},
      {"Brazil would not sanction Venezuela, its minister said.",
       {"Brazil -sanctions-> Venezuela [negative]"}},
      {"Turkey has never refused to mediate, and it met Ukraine again.",
       {"Turkey -met_with-> Ukraine"}},
  });
}

BOOST_AUTO_TEST_CASE(questions_and_speculation_give_no_edge) {
  RunCases({
      {"Will Iran supply drones to Russia?", {}},
      {"It is unclear whether China will arm Russia.", {}},
      {"Analysts said Belarus could attack Ukraine.", {}},
      {"The ministry showed an Iranian-made drone found in Kyiv.", {}},
  });
}

BOOST_AUTO_TEST_CASE(coordination_and_lists) {
  RunCases({
      {"Hungary blamed the European Union and NATO for the crisis.",
       {"Hungary -accuses-> European Union", "Hungary -accuses-> NATO"}},
      {"France and Germany held joint naval drills in the Baltic.",
       {"France -military_exercise_with-> Germany"}},
      {"Egypt congratulated Kenya, Ghana and Nigeria on their elections.",
       {"Egypt -congratulates-> Kenya", "Egypt -congratulates-> Ghana",
        "Egypt -congratulates-> Nigeria"}},
  });
}

BOOST_AUTO_TEST_CASE(metonymy_and_coreference) {
  RunCases({
      {"The Kremlin accused Washington of escalating the conflict.",
       {"Russia -accuses-> United States"}},
      {"Beijing and Moscow signed a trade agreement.",
       {"China -signed_agreement_with-> Russia"}},
  });
}

BOOST_AUTO_TEST_CASE(mentions_carry_code_point_offsets) {
  Document doc;
  doc.id = "d";
  doc.text = "Erdoğan met Putin.";
  Extractor extractor(TheOntology());
  DocumentResult r = extractor.Extract(doc);
  BOOST_REQUIRE(r.mentions.size() >= 2u);
  BOOST_TEST(r.mentions[1].text == "Putin");
  BOOST_TEST(r.mentions[1].start == 12);
  BOOST_TEST(r.mentions[1].end == 17);
  BOOST_REQUIRE_EQUAL(r.relations.size(), 1u);
  BOOST_TEST(r.relations[0].evidence.rule == "met_with.verb");
  BOOST_TEST(r.relations[0].evidence.text == "Erdoğan met Putin.");
}

}  // namespace
}  // namespace actorgraph
