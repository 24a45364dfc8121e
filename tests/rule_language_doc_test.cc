#define BOOST_TEST_MODULE rule_language_doc
// ontology/README.md and the parser agree: every table of the rule language
// (settings, pattern options, elements, form selectors, required classes)
// lists exactly what the loaders know, every element's example parses,
// and the documented limits are the constants the matcher reads.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "extract/rules/cameo_table.h"
#include "extract/rules/lexicon.h"
#include "extract/rules/ontology.h"
#include "extract/rules/relation_rules.h"
#include "extract/rules/word_forms.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

const std::string kReadme = ACTORGRAPH_SOURCE_DIR "/ontology/README.md";

struct Row {
  std::vector<std::string> cells;
};

// The cells of a Markdown table row, with "\|" kept as "|" inside cells.
std::vector<std::string> SplitRow(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  for (size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (line[i] == '|') {
      size_t b = cell.find_first_not_of(' ');
      size_t e = cell.find_last_not_of(' ');
      cells.push_back(b == std::string::npos ? "" : cell.substr(b, e - b + 1));
      cell.clear();
    } else {
      cell += line[i];
    }
  }
  return cells;
}

// The body rows of the first table whose header row starts with `header`.
std::vector<Row> Table(const std::string& header) {
  std::istringstream in(testing::ReadFile(kReadme));
  std::vector<Row> rows;
  bool inside = false, seen = false;
  for (std::string line; std::getline(in, line);) {
    if (!inside && !seen && line.rfind(header, 0) == 0) {
      inside = seen = true;
      std::getline(in, line);  // the |---| line
      continue;
    }
    if (inside && line.rfind("|", 0) != 0) break;
    if (inside) rows.push_back({SplitRow(line)});
  }
  BOOST_REQUIRE_MESSAGE(!rows.empty(), "no table '" << header << "' in README");
  return rows;
}

// A cell's code span: "`@aux`" -> "@aux".
std::string Code(const std::string& cell) {
  size_t b = cell.find('`');
  size_t e = cell.find('`', b + 1);
  BOOST_REQUIRE_MESSAGE(b != std::string::npos && e != std::string::npos,
                        "no code span in '" << cell << "'");
  return cell.substr(b + 1, e - b - 1);
}

std::vector<std::string> FirstColumn(const std::string& header,
                                     bool strip_at = false) {
  std::vector<std::string> out;
  for (const Row& r : Table(header)) {
    std::string c = Code(r.cells.at(0));
    if (strip_at && !c.empty() && c[0] == '@') c.erase(0, 1);
    out.push_back(c);
  }
  return out;
}

BOOST_AUTO_TEST_CASE(settings_table_is_the_parsers) {
  BOOST_TEST(FirstColumn("| setting |") == RelationSettingNames(),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(pattern_options_table_is_the_parsers) {
  BOOST_TEST(FirstColumn("| option |") == PatternOptionNames(),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(form_selector_table_is_the_parsers) {
  std::vector<std::string> names;
  for (const FormSelector& s : FormSelectors()) names.push_back(s.name);
  BOOST_TEST(FirstColumn("| selector |") == names,
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(required_class_table_is_the_loaders) {
  BOOST_TEST(FirstColumn("| class |", true) == RequiredClassNames(),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(element_table_lists_every_element_and_examples_parse) {
  std::vector<std::string> documented = FirstColumn("| element |");
  BOOST_TEST(documented == PatternElementSyntax(),
             boost::test_tools::per_element());
  Lexicon lex;
  lex.Load(ACTORGRAPH_SOURCE_DIR "/ontology/lexicon.txt");
  CameoTable cameo;
  cameo.Load(ACTORGRAPH_SOURCE_DIR "/ontology/cameo.tsv");
  std::string rules = "[r]\ncameo = 040\nsymmetric = yes\n";
  int n = 0;
  for (const Row& r : Table("| element |")) {
    rules +=
        "pattern p" + std::to_string(n++) + " = " + Code(r.cells.at(1)) + "\n";
  }
  testing::ScratchDir dir;
  std::string path = dir.Write("examples.rules", rules);
  RelationRules parsed;
  BOOST_CHECK_NO_THROW(parsed.Load(path, &lex, cameo));
  BOOST_TEST(parsed.patterns().size() == static_cast<size_t>(n));
}

BOOST_AUTO_TEST_CASE(documented_limits_are_the_matchers) {
  std::string readme = testing::ReadFile(kReadme);
  BOOST_TEST(readme.find("up to " + std::to_string(kSubjectGapMax) +
                         " steps back from the verb") != std::string::npos);
  BOOST_TEST(readme.find("a free gap of up to " +
                         std::to_string(kFreeGapOnRight) + " tokens") !=
             std::string::npos);
  BOOST_TEST(readme.find("(at most " + std::to_string(kStarMax) + ")") !=
             std::string::npos);
}

}  // namespace
}  // namespace actorgraph
