// Mutation test of the rule regression cases: deleting one pattern line
// from a copy of ontology/relations.rules must make `actorgraph check
// tests/cases` fail on a case that passes with the full rules, and the
// report must name that case by file and line.  Done for the busiest
// pattern of three relations, picked at run time from `--by-rule`, so the
// test follows the rules file as it evolves.
#define BOOST_TEST_MODULE check_mutation
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

const std::string kSource = ACTORGRAPH_SOURCE_DIR;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Run {
  int exit_code = -1;
  std::string out;
};

Run Check(const fs::path& ontology, const std::string& extra = "") {
  fs::path out = ontology.parent_path() / "stdout";
  std::string command = std::string(ACTORGRAPH_BINARY) + " check " + kSource +
                        "/tests/cases --ontology " + ontology.string() + " " +
                        extra + " >" + out.string() + " 2>&1";
  int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadAll(out)};
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

// A fresh copy of the project's ontology at `to`, without its generator
// tools (and their node_modules), which Ontology::Load does not read.
void CopyOntology(const fs::path& to) {
  fs::remove_all(to);
  fs::create_directories(to);
  for (const auto& entry : fs::directory_iterator(kSource + "/ontology")) {
    if (entry.path().filename() == "tools") continue;
    fs::copy(entry.path(), to / entry.path().filename(),
             fs::copy_options::recursive);
  }
}

// Deletes the pattern line of `rule_id` ("attacks.verb") from the copy.
void DeletePattern(const fs::path& ontology, const std::string& rule_id) {
  std::string relation = rule_id.substr(0, rule_id.find('.'));
  std::string name = rule_id.substr(rule_id.find('.') + 1);
  std::istringstream in(ReadAll(ontology / "relations.rules"));
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
  std::ofstream(ontology / "relations.rules", std::ios::trunc) << out;
}

// A scratch directory, removed however the test ends.
struct TempDir {
  TempDir()
      : path(fs::temp_directory_path() /
             ("actorgraph_mutation_" + std::to_string(getpid()))) {
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  fs::path path;
};

BOOST_AUTO_TEST_CASE(deleting_a_pattern_fails_a_case) {
  TempDir dir;
  fs::path ontology = dir.path / "ontology";
  CopyOntology(ontology);
  Run baseline = Check(ontology, "--by-rule");
  BOOST_REQUIRE(baseline.exit_code == 0 || baseline.exit_code == 1);
  std::set<std::string> before = Failures(baseline.out);

  for (const std::string relation : {"supplies", "attacks", "met_with"}) {
    std::string rule = BusiestRule(baseline.out, relation);
    BOOST_TEST_CONTEXT("without " << rule) {
      BOOST_REQUIRE(!rule.empty());
      CopyOntology(ontology);
      DeletePattern(ontology, rule);
      Run mutated = Check(ontology);
      BOOST_TEST(mutated.exit_code == 1);
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
