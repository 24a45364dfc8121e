// Mutation test of the rule regression cases: deleting one pattern line
// from a copy of ontology/relations.rules must make `actorgraph check
// tests/cases` fail on a case that passes with the full rules, and the
// report must name that case by file and line.  Done for the busiest
// pattern of three relations, picked at run time from `--by-rule`, so the
// test follows the rules file as it evolves.
#define BOOST_TEST_MODULE check_mutation
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace {

namespace fs = std::filesystem;
using actorgraph::testing::ReadFile;
using actorgraph::testing::RunResult;

// `actorgraph check tests/cases` with `ontology`; stdout and stderr
// together, as a reader of the report sees them.
RunResult Check(const fs::path& ontology,
                const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"check",
                                   ACTORGRAPH_SOURCE_DIR "/tests/cases",
                                   "--ontology", ontology.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  RunResult r = actorgraph::testing::RunActorgraph(args);
  r.out += r.err;
  return r;
}

// "file:line: kind ..." lines of a report, as "file:line kind detail".
std::set<std::string> Failures(const std::string& report) {
  static const std::regex line(
      R"(^(\S+\.cases:\d+): (missing|unexpected|wrong polarity|wrong modality|missing actor|wrong type) +(.*)$)");
  std::set<std::string> out;
  std::istringstream in(report);
  std::string l;
  std::smatch m;
  while (std::getline(in, l)) {
    if (std::regex_match(l, m, line)) out.insert(m[1].str() + " " + l);
  }
  return out;
}

// The rule of `relation` with the most expected firings, from --by-rule.
std::string BusiestRule(const std::string& by_rule,
                        const std::string& relation) {
  std::regex row("^(" + relation + R"(\.\w+) +(\d+) +(\d+) +(\d+)$)");
  std::istringstream in(by_rule);
  std::string l, best;
  int most = 0;
  std::smatch m;
  while (std::getline(in, l)) {
    if (std::regex_match(l, m, row) && std::stoi(m[3].str()) > most) {
      most = std::stoi(m[3].str());
      best = m[1].str();
    }
  }
  return best;
}

// Deletes the pattern line of `rule_id` ("attacks.verb") from the copy.
void DeletePattern(const fs::path& ontology, const std::string& rule_id) {
  std::string relation = rule_id.substr(0, rule_id.find('.'));
  std::string name = rule_id.substr(rule_id.find('.') + 1);
  std::istringstream in(ReadFile(ontology / "relations.rules"));
  std::string out, l, block;
  int removed = 0;
  while (std::getline(in, l)) {
    if (!l.empty() && l[0] == '[') block = l.substr(1, l.find(']') - 1);
    std::istringstream words(l);
    std::string keyword, id;
    words >> keyword >> id;
    if (block == relation && keyword == "pattern" && id == name) {
      ++removed;
      continue;
    }
    out += l + "\n";
  }
  BOOST_REQUIRE_EQUAL(removed, 1);
  actorgraph::testing::WriteFile(ontology / "relations.rules", out);
}

BOOST_AUTO_TEST_CASE(deleting_a_pattern_fails_a_case) {
  actorgraph::testing::ScratchDir dir;
  fs::path ontology = dir.CopyOntology();
  RunResult baseline = Check(ontology, {"--by-rule"});
  BOOST_REQUIRE(baseline.status == 0 || baseline.status == 1);
  std::set<std::string> before = Failures(baseline.out);

  for (const std::string relation : {"supplies", "attacks", "met_with"}) {
    std::string rule = BusiestRule(baseline.out, relation);
    BOOST_TEST_CONTEXT("without " << rule) {
      BOOST_REQUIRE(!rule.empty());
      dir.CopyOntology();
      DeletePattern(ontology, rule);
      RunResult mutated = Check(ontology);
      BOOST_TEST(mutated.status == 1);
      std::set<std::string> caught;
      for (const std::string& f : Failures(mutated.out)) {
        if (!before.count(f)) caught.insert(f);
      }
      BOOST_TEST(!caught.empty());
      for (const std::string& f : caught) BOOST_TEST_MESSAGE("caught: " << f);
    }
  }
}

}  // namespace
