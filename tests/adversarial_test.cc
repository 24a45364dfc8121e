// Adversarial sentences through the Extractor with the project's ontology:
// very long coordinated lists, thousands of names in a row,
// punctuation storms and one huge line.  Each must finish (CTest's TIMEOUT
// is the guard; this is no benchmark) with a result that makes sense.
// Before sentences were capped at 400 tokens, a 1 MB line took 29 s and
// 4 MB took 357 s: matching rescanned the whole sentence around each match.
//
// ACTORGRAPH_ROBUST_BIG_MB sets the size of the huge line (default 50).
#define BOOST_TEST_MODULE adversarial
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/model/document.h"
#include "extract/model/evidence.h"
#include "extract/rules/ontology.h"
#include "extract/text/text.h"
#include "extract/text/utf8.h"

namespace actorgraph {
namespace {

const Extractor& TheExtractor() {
  static const Ontology ontology = Ontology::Load(DefaultOntologyDir());
  static const Extractor extractor(ontology);
  return extractor;
}

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Every span inside the text, every relation between listed actors.
void CheckSane(const Document& doc, const DocumentResult& r) {
  const int64_t length = CodePointIndex(doc.text)(doc.text.size());
  std::set<std::string> actors;
  for (const ActorInfo& a : r.actors) actors.insert(a.id);
  for (const Mention& m : r.mentions) {
    BOOST_TEST_REQUIRE((0 <= m.start && m.start < m.end && m.end <= length));
    BOOST_TEST_REQUIRE(actors.count(m.actor) == 1u);
  }
  for (const RelationMention& rel : r.relations) {
    BOOST_TEST_REQUIRE(actors.count(rel.source) == 1u);
    BOOST_TEST_REQUIRE(actors.count(rel.target) == 1u);
    BOOST_TEST_REQUIRE(rel.source != rel.target);
    BOOST_TEST_REQUIRE(
        (rel.evidence.start <= rel.evidence.end && rel.evidence.end <= length));
    // Evidence quotes a bounded stretch, never the whole huge line.
    BOOST_TEST_REQUIRE(rel.evidence.text.size() < 64u << 10);
  }
}

DocumentResult ExtractText(const std::string& text) {
  Document doc;
  doc.id = "adversarial";
  doc.text = text;
  DocumentResult r = TheExtractor().Extract(doc);
  CheckSane(doc, r);
  return r;
}

size_t Count(const DocumentResult& r, const std::string& relation) {
  size_t n = 0;
  for (const RelationMention& m : r.relations) n += m.relation == relation;
  return n;
}

const std::vector<std::string>& Countries() {
  static const std::vector<std::string> names = {
      "Kenya", "Ghana",  "Peru",   "Chile",  "Norway", "Brazil", "Egypt",
      "Japan", "India",  "Mexico", "Canada", "France", "Poland", "Spain",
      "Italy", "Turkey", "Iran",   "China",  "Russia", "Ukraine"};
  return names;
}

BOOST_AUTO_TEST_CASE(ten_thousand_coordinated_countries) {
  std::string text;
  for (int i = 0; i < 10000; ++i) {
    text += Countries()[i % Countries().size()] + ", ";
  }
  text += "and Togo met Benin on Monday.";
  DocumentResult r = ExtractText(text);
  BOOST_TEST(r.mentions.size() >= 10000u);
  // The list is cut into sentence-sized pieces; the last one still meets.
  BOOST_TEST(Count(r, "met_with") > 0u);
}

BOOST_AUTO_TEST_CASE(five_thousand_capitalized_names_in_a_row) {
  const char* syllables[] = {"Ka", "Lo", "Mi", "Ne", "Pa",
                             "Ro", "Sa", "Tu", "Va", "Ze"};
  std::string text = "President";
  for (int i = 0; i < 5000; ++i) {
    text += std::string(" ") + syllables[i % 10] + "l" +
            syllables[i / 10 % 10] + "k" + syllables[i / 100 % 10];
  }
  text += " met Kenya. Ghana criticized Peru.";
  DocumentResult r = ExtractText(text);
  BOOST_TEST(Count(r, "criticizes") == 1u);
}

BOOST_AUTO_TEST_CASE(two_thousand_titled_people_on_each_side) {
  // Made-up officials that only the title cue can find: neither side's
  // list may pair everyone with everyone across the whole line.
  const char* syllables[] = {"Ka", "Lo", "Mi", "Ne", "Pa",
                             "Ro", "Sa", "Tu", "Va", "Ze"};
  auto official = [&](int i) {
    return std::string("Minister ") + syllables[i % 10] + "dor " +
           syllables[i / 10 % 10] + syllables[i / 100 % 10] + "vik";
  };
  std::string text;
  for (int i = 0; i < 2000; ++i) text += official(i) + ", ";
  text += "and Kenya met ";
  for (int i = 2000; i < 4000; ++i) text += official(i) + ", ";
  text += "and Ghana.";
  DocumentResult r = ExtractText(text);
  BOOST_TEST(r.relations.size() < 1000000u);
}

BOOST_AUTO_TEST_CASE(hundred_thousand_commas) {
  DocumentResult r =
      ExtractText("Kenya" + std::string(100000, ',') + " met Ghana.");
  BOOST_TEST(r.mentions.size() == 2u);
  DocumentResult spaced =
      ExtractText("Kenya met Ghana" + Repeat(" ,", 100000) + " and Peru.");
  BOOST_TEST(Count(spaced, "met_with") >= 1u);
}

BOOST_AUTO_TEST_CASE(unclosed_parentheses_before_every_verb) {
  // SubjectSearch skips back to '(' from each ')': with none, that walked
  // to the start of the sentence for every match.
  DocumentResult r = ExtractText(Repeat("Kenya ) met Ghana ", 50000));
  BOOST_TEST(r.mentions.size() == 100000u);
}

BOOST_AUTO_TEST_CASE(one_huge_line) {
  const char* env = std::getenv("ACTORGRAPH_ROBUST_BIG_MB");
  size_t megabytes = env && *env ? std::strtoul(env, nullptr, 10) : 50;
  const std::string phrase =
      "Kenya met Ghana and Peru criticized Chile while the minister said "
      "that ";
  std::string text = Repeat(phrase, (megabytes << 20) / phrase.size());
  DocumentResult r = ExtractText(text);
  BOOST_TEST(Count(r, "met_with") > 0u);
  BOOST_TEST(Count(r, "criticizes") > 0u);
}

}  // namespace
}  // namespace actorgraph
