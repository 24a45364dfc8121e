#define BOOST_TEST_MODULE extractor
// Whole-document extraction on a short sentence of our own: which mentions
// and offsets back a relation.  Which relations come out of which
// sentences is tested by the case files (tests/cases).
#include "extract/extractor.h"

#include <boost/test/unit_test.hpp>
#include <string>

#include "tests/test_support.h"

namespace actorgraph {
namespace {

BOOST_AUTO_TEST_CASE(mentions_carry_code_point_offsets) {
  Document doc;
  doc.id = "d";
  doc.text = "Erdoğan met Putin.";
  Extractor extractor(testing::ProjectOntology());
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
