// Hand-edited ontology and case files with mistakes, through the real
// CLI: each case copies ontology/ to a scratch directory, injects one error,
// and runs `actorgraph build` and `actorgraph check` on it.  Both must print
// exactly "file:line:col: reason", exit 2 and write nothing.
#define BOOST_TEST_MODULE ontology_errors
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace {

namespace fs = std::filesystem;
using actorgraph::testing::ReadFile;
using actorgraph::testing::RunResult;

int LineCount(const fs::path& path) {
  std::string text = ReadFile(path);
  int lines = 0;
  for (char c : text) lines += c == '\n';
  return lines + (!text.empty() && text.back() != '\n');
}

// A scratch copy of ontology/ (without its generator tools) and a case
// file, the working directory of the runs.
class Scratch : public actorgraph::testing::ScratchDir {
 public:
  Scratch() {
    CopyOntology();
    Write("in.txt", "Kenya met Ghana.\n");
    Write("ok.cases", "text: Kenya met Ghana.\nactors: Kenya, Ghana\n");
  }

  void Append(const std::string& name, const std::string& text) const {
    Write(name, Read(name) + text);
  }
  // Replaces the first occurrence of `from`; the test fails without one.
  void Replace(const std::string& name, const std::string& from,
               const std::string& to) const {
    std::string text = Read(name);
    size_t at = text.find(from);
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, name << " lacks " << from);
    text.replace(at, from.size(), to);
    Write(name, text);
  }
};

// One injected error.  In `message`, "@+N" stands for the line N after the
// original end of `file` (where appended lines land).
struct ErrorCase {
  const char* name;
  std::string file;     // relative to the scratch directory
  std::string append;   // appended to `file`, or
  std::string replace;  // ... this replaced by `with`
  std::string with;
  std::string message;  // the whole stderr, one line
};

std::string Expand(std::string message, int original_lines) {
  size_t at = message.find("@+");
  if (at == std::string::npos) return message;
  int offset = message[at + 2] - '0';
  return message.replace(at, 3, std::to_string(original_lines + offset));
}

const char kRules[] = "ontology/relations.rules";
const char kLexicon[] = "ontology/lexicon.txt";
const char kCameo[] = "ontology/cameo.tsv";
const char kExtra[] = "ontology/actors/zz_extra.tsv";

const std::vector<ErrorCase>& OntologyCases() {
  static const std::vector<ErrorCase> cases = {
      {"rules_syntax", kRules, "\nthis line has no equals sign\n", "", "",
       "ontology/relations.rules:@+2:1: expected 'key = value'"},
      {"rules_bad_header", kRules, "\n[met with]\n", "", "",
       "ontology/relations.rules:@+2:1: expected '[relation_name]'"},
      {"rules_duplicate_relation", kRules, "\n  [met_with]\n", "", "",
       "ontology/relations.rules:@+2:3: relation 'met_with' defined twice"},
      {"rules_duplicate_rule_id", kRules,
       "\n[zz_new]\npattern p = A .. meet~ B\npattern p = A .. visit~ B\n", "",
       "", "ontology/relations.rules:@+4:9: duplicate rule id 'zz_new.p'"},
      {"rules_empty_pattern", kRules, "\n[zz_new]\npattern empty =\n", "", "",
       "ontology/relations.rules:@+3:16: empty pattern"},
      {"rules_blank_pattern", kRules, "\n[zz_new]\npattern blank =    \n", "",
       "", "ontology/relations.rules:@+3:16: empty pattern"},
      {"rules_unknown_class", kRules,
       "\n[zz_new]\npattern p = A .. @nonesuch B\n", "", "",
       "ontology/relations.rules:@+3:18: unknown word class '@nonesuch' "
       "(see lexicon.txt)"},
      {"rules_pattern_without_slots", kRules,
       "\n[zz_new]\npattern p = meet~ with\n", "", "",
       "ontology/relations.rules:@+3:13: a pattern needs both A and B, or "
       "AB"},
      {"rules_pattern_without_words", kRules, "\n[zz_new]\npattern p = A B\n",
       "", "",
       "ontology/relations.rules:@+3:13: a pattern needs at least one "
       "required word"},
      {"rules_unknown_cameo", kRules, "\n[zz_new]\ncameo = 9999\n", "", "",
       "ontology/relations.rules:@+3:9: unknown CAMEO code '9999'"},
      {"rules_unknown_setting", kRules, "\n[zz_new]\ncolour = red\n", "", "",
       "ontology/relations.rules:@+3:10: unknown setting 'colour' (cameo, "
       "symmetric, label, sources, targets, pattern)"},
      {"rules_unknown_actor_type", kRules, "\n[zz_new]\nsources = Planet\n", "",
       "",
       "ontology/relations.rules:@+3:11: unknown actor type 'Planet' "
       "(Country, Organization, Person, Location)"},
      {"lexicon_syntax", kLexicon, "\nnot a class line\n", "", "",
       "ontology/lexicon.txt:@+2:1: expected '@class = ...', 'verb ...' or "
       "'noun ...'"},
      {"lexicon_empty_class", kLexicon, "\n@zz_empty =\n", "", "",
       "ontology/lexicon.txt:@+2:1: class '@zz_empty' is empty"},
      {"lexicon_multiword", kLexicon, "\n@zz_bad = ok co-operation\n", "", "",
       "ontology/lexicon.txt:@+2:1: 'co-operation' is not a single token "
       "(write hyphenated or multi-word phrases as separate elements)"},
      {"cameo_bad_value", kCameo, "999\tNothing\tlots\n", "", "",
       "ontology/cameo.tsv:@+1:13: expected a Goldstein value, got 'lots'"},
      {"actors_unknown_column", kExtra, "", "", "",
       "ontology/actors/zz_extra.tsv:1:15: unknown column 'colour'"},
      {"actors_duplicate_id", kExtra, "", "", "",
       "ontology/actors/zz_extra.tsv:2:1: duplicate id 'country:KEN' (first "
       "at ontology/actors/countries.tsv:@)"},
      {"actors_unknown_type", kExtra, "", "", "",
       "ontology/actors/zz_extra.tsv:2:8: unknown type 'Planet' (Country, "
       "Organization, Person, Location)"},
      {"actors_too_many_cells", kExtra, "", "", "",
       "ontology/actors/zz_extra.tsv:2:25: more cells than the header has "
       "columns"},
      {"actors_affiliation_cycle", kExtra, "", "", "",
       "ontology/actors/zz_extra.tsv:2:39: affiliation cycle: org:zz-a -> "
       "org:zz-b -> org:zz-a"},
      {"actors_unknown_affiliation", kExtra, "", "", "",
       "ontology/actors/zz_extra.tsv:2:31: affiliation 'org:nowhere' is not "
       "a known actor id"},
  };
  return cases;
}

// The extra actor files of the actors_* cases.
std::string ExtraActors(const std::string& name) {
  const std::string header = "id\ttype\tlabel\taffiliation\n";
  if (name == "actors_unknown_column") return "id\ttype\tlabel\tcolour\n";
  if (name == "actors_duplicate_id") {
    return header + "country:KEN\tCountry\tKenya again\t\n";
  }
  if (name == "actors_unknown_type") return header + "org:zz\tPlanet\tZz\t\n";
  if (name == "actors_too_many_cells") {
    return header + "org:zz\tOrganization\tZz\t\textra\n";
  }
  if (name == "actors_affiliation_cycle") {
    return header +
           "org:zz-a\tOrganization\tZz Alpha Office\torg:zz-b\n"
           "org:zz-b\tOrganization\tZz Beta Office\torg:zz-a\n";
  }
  return header + "org:zz\tOrganization\tZz Office\torg:nowhere\n";
}

// "ontology/actors/countries.tsv:@" -> the line of country:KEN there.
std::string WithKenyaLine(std::string message, const Scratch& s) {
  size_t at = message.find("tsv:@");
  if (at == std::string::npos) return message;
  std::istringstream in(s.Read("ontology/actors/countries.tsv"));
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.rfind("country:KEN\t", 0) == 0) break;
  }
  return message.replace(at + 4, 1, std::to_string(number));
}

void Inject(const ErrorCase& c, const Scratch& s) {
  if (c.file == kExtra) {
    s.Write(c.file, ExtraActors(c.name));
  } else if (!c.replace.empty()) {
    s.Replace(c.file, c.replace, c.with);
  } else {
    s.Append(c.file, c.append);
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(ontology_errors_are_located_and_fatal) {
  for (const ErrorCase& c : OntologyCases()) {
    BOOST_TEST_CONTEXT("case " << c.name) {
      Scratch s;
      int lines = LineCount(s / c.file);
      Inject(c, s);
      std::string expected = WithKenyaLine(Expand(c.message, lines), s) + "\n";

      RunResult build = s.Run({"build", "-q", "in.txt", "-o", "out.graphml",
                               "--ontology", "ontology"});
      BOOST_TEST(build.status == 2);
      BOOST_TEST(build.err == expected);
      BOOST_TEST(!s.Exists("out.graphml"));

      RunResult check = s.Run({"check", "ok.cases", "--ontology", "ontology"});
      BOOST_TEST(check.status == 2);
      BOOST_TEST(check.err == expected);
    }
  }
}

// The untouched copy loads: the cases above fail for their injected error
// only.
BOOST_AUTO_TEST_CASE(untouched_copy_loads) {
  Scratch s;
  RunResult build = s.Run(
      {"build", "-q", "in.txt", "-o", "out.graphml", "--ontology", "ontology"});
  BOOST_TEST(build.status == 0);
  BOOST_TEST(build.err == "");
  BOOST_TEST(s.Exists("out.graphml"));
}

// Case files: a syntax error or an unknown relation is "file:line:col: reason"
// with exit 2, before any case runs.
BOOST_AUTO_TEST_CASE(case_file_errors) {
  struct CaseFileError {
    std::string contents, message;
  };
  const std::vector<CaseFileError> cases = {
      {"text: Kenya met Ghana.\nexpect: Kenya -met_with-> Ghana\nfoo: bar\n",
       "bad.cases:3:1: unknown key 'foo' (expected text, expect, reject, "
       "actors, absent, others or id)"},
      {"text: Kenya met Ghana.\nexpect: Kenya -befriends-> Ghana\n",
       "bad.cases:2:16: unknown relation 'befriends'"},
      {"text: Kenya met Ghana.\nexpect: Kenya met Ghana\n",
       "bad.cases:2:9: bad relation 'Kenya met Ghana' (expected 'SOURCE "
       "-relation-> TARGET [options]')"},
      {"text: A.\nid: x\nactors: Kenya\ntext: B.\nid: x\nactors: Ghana\n",
       "bad.cases:5:5: duplicate id 'x' (first used at line 2)"},
      {std::string("text: Kenya met\0 Ghana.\n", 24),
       "bad.cases:1:1: case checks nothing (add expect:, reject: or actors:)"},
  };
  for (const CaseFileError& c : cases) {
    BOOST_TEST_CONTEXT("case file " << c.message) {
      Scratch s;
      s.Write("bad.cases", c.contents);
      RunResult check = s.Run({"check", "bad.cases", "--ontology", "ontology"});
      BOOST_TEST(check.status == 2);
      BOOST_TEST(check.err == c.message + "\n");
    }
  }
}
