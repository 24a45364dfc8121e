// Hand-edited ontology and case files with mistakes, through the real
// CLI: each case of tests/data/ontology_errors.txt copies ontology/ to a
// scratch directory, injects one error, and runs `actorgraph build` and
// `actorgraph check` on it.  Both must print exactly "file:line:col:
// reason", exit 2 and write nothing.
#define BOOST_TEST_MODULE ontology_errors
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/base/file_io.h"
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

  // Appends to `name`, making it when it does not exist.
  void Append(const std::string& name, const std::string& text) const {
    Write(name, (Exists(name) ? Read(name) : "") + text);
  }
};

// One injected error of tests/data/ontology_errors.txt (its header says
// what the fields mean).
struct ErrorCase {
  std::string name;
  std::string file;     // relative to the scratch directory
  std::string append;   // with its escapes undone
  std::string message;  // the whole stderr, one line
  int line = 0;         // in the data file
};

std::string Unescape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      char next = text[++i];
      out += next == 'n' ? '\n' : next == 't' ? '\t' : next;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::vector<ErrorCase> ReadErrorCases() {
  const std::string path =
      std::string(ACTORGRAPH_SOURCE_DIR) + "/tests/data/ontology_errors.txt";
  const std::string text = ReadFile(path);
  std::vector<ErrorCase> cases;
  for (const actorgraph::ConfigLine& line : actorgraph::ConfigLines(text)) {
    const size_t gap = line.text.find(' ');
    const std::string_view key = line.text.substr(0, gap);
    const std::string_view value =
        gap == std::string_view::npos
            ? std::string_view()
            : line.text.substr(line.text.find_first_not_of(' ', gap));
    if (key == "case") {
      cases.push_back({std::string(value), "", "", "", line.number});
      continue;
    }
    BOOST_REQUIRE_MESSAGE(
        !cases.empty(), path << ":" << line.number << ": expected 'case NAME'");
    ErrorCase& c = cases.back();
    if (key == "file") {
      c.file = value;
    } else if (key == "append") {
      c.append = Unescape(value);
    } else if (key == "error") {
      c.message = value;
    } else {
      BOOST_FAIL(path << ":" << line.number << ": unknown key '" << key << "'");
    }
  }
  return cases;
}

std::string Expand(std::string message, int original_lines) {
  size_t at = message.find("@+");
  if (at == std::string::npos) return message;
  int offset = message[at + 2] - '0';
  return message.replace(at, 3, std::to_string(original_lines + offset));
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

}  // namespace

BOOST_AUTO_TEST_CASE(ontology_errors_are_located_and_fatal) {
  const std::vector<ErrorCase> cases = ReadErrorCases();
  BOOST_TEST(cases.size() >= 20u);
  for (const ErrorCase& c : cases) {
    BOOST_TEST_CONTEXT("ontology_errors.txt:" << c.line << ": " << c.name) {
      Scratch s;
      int lines = s.Exists(c.file) ? LineCount(s / c.file) : 0;
      s.Append(c.file, c.append);
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
