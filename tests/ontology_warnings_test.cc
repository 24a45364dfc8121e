// Names two curated actors share, through the real CLI: the loader warns
// once per collision at the name's file:line:col, build counts the
// warnings in its summary, and --strict on build, extract, mentions and
// check makes them an error (exit 2) with nothing written.  The shipped
// ontology has none; its dictionary notes are listed by dictionary-report.
#define BOOST_TEST_MODULE ontology_warnings
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;
using testing::RunResult;

// A copy of the ontology whose organizations.tsv gains two actors that
// reuse names of NATO and the United Nations.
class Scratch : public testing::ScratchDir {
 public:
  Scratch() {
    CopyOntology();
    const std::string file = "ontology/actors/organizations.tsv";
    std::string text = Read(file);
    line_ = 1;
    for (char c : text) line_ += c == '\n';
    Write(file, text +
                    "org:test-alliance\tOrganization\tTest Alliance\t"
                    "Nato;the United Nations\n"
                    "org:test-pact\tOrganization\tNATO\n");
    Write("in.txt", "Kenya met Ghana.\n");
    Write("ok.cases", "text: Kenya met Ghana.\nactors: Kenya, Ghana\n");
  }
  std::string Warnings() const {
    const std::string at = "ontology/actors/organizations.tsv:";
    const std::string a = std::to_string(line_), b = std::to_string(line_ + 1);
    return at + a +
           ":46: alias \"Nato\" already names org:nato (organizations.tsv:41; "
           "first wins)\n" +
           at + a +
           ":46: alias \"the United Nations\" already names org:un "
           "(organizations.tsv:10; first wins)\n" +
           at + b +
           ":28: label \"NATO\" already names org:nato (organizations.tsv:41; "
           "first wins)\n";
  }

 private:
  int line_ = 0;
};

std::string Untimed(std::string err) {
  size_t in = err.find(" in ");
  size_t colon = err.find("): ", in);
  if (in != std::string::npos && colon != std::string::npos) {
    err.replace(in, colon + 1 - in, " in T");
  }
  return err;
}

BOOST_AUTO_TEST_CASE(shipped_ontology_has_no_warnings) {
  BOOST_TEST(testing::ProjectOntology().warnings().empty());
}

BOOST_AUTO_TEST_CASE(build_warns_and_counts) {
  Scratch s;
  RunResult r =
      s.Run({"build", "in.txt", "--ontology", "ontology", "-o", "g.jsonl"});
  BOOST_TEST(r.status == 0);
  BOOST_TEST(Untimed(r.err) ==
             s.Warnings() +
                 "actorgraph build: 1 document (17 bytes) in T: 2 actors, 1 "
                 "edge from 1 relation mention; 3 ontology warnings; 1 undated "
                 "article read with today's roles\n"
                 "  wrote g.jsonl\n");
  BOOST_TEST(s.Exists("g.jsonl"));
}

BOOST_AUTO_TEST_CASE(strict_makes_warnings_errors_everywhere) {
  Scratch s;
  const std::vector<std::vector<std::string>> runs = {
      {"build", "in.txt", "-o", "g.jsonl"},
      {"extract", "in.txt"},
      {"mentions", "in.txt"},
      {"check", "ok.cases"},
  };
  for (std::vector<std::string> args : runs) {
    const std::string command = args[0];
    args.insert(args.end(), {"--ontology", "ontology", "--strict"});
    RunResult r = s.Run(args);
    BOOST_TEST(r.status == 2, command);
    BOOST_TEST(r.out == "", command);
    BOOST_TEST(r.err == s.Warnings() + "actorgraph " + command +
                            ": 3 ontology warnings (--strict makes them "
                            "errors; nothing was written)\n",
               command);
  }
  BOOST_TEST(!s.Exists("g.jsonl"));
  BOOST_TEST(s.Temporaries().empty());
}

BOOST_AUTO_TEST_CASE(dictionary_report_lists_warnings_and_notes) {
  Scratch s;
  RunResult r = s.Run({"dictionary-report", "--ontology", "ontology"});
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.err == "");
  std::vector<std::string> lines = testing::Lines(r.out);
  BOOST_REQUIRE(lines.size() > 4u);
  BOOST_TEST(r.out.rfind(s.Warnings(), 0) == 0);
  BOOST_TEST(lines.back().rfind("3 curated warnings; dictionaries: ", 0) == 0);
  // Every dictionary note is a "file:line..." line of a dictionary file.
  for (size_t i = 3; i + 1 < lines.size(); ++i) {
    BOOST_TEST(lines[i].rfind("ontology/actors/phoenix/Phoenix.", 0) == 0,
               lines[i]);
  }
  RunResult bad = s.Run({"dictionary-report", "extra"});
  BOOST_TEST(bad.status == 2);
  BOOST_TEST(bad.err ==
             "actorgraph dictionary-report: unexpected argument 'extra' (see "
             "'actorgraph dictionary-report --help')\n");
}

BOOST_AUTO_TEST_CASE(verbose_build_summarizes_the_dictionary_notes) {
  Scratch s;
  RunResult r = s.Run({"build", "in.txt", "-v", "-o", "g.jsonl"});
  BOOST_TEST(r.status == 0);
  std::vector<std::string> lines = testing::Lines(r.err);
  BOOST_REQUIRE(lines.size() == 6u);
  BOOST_TEST(lines[0].rfind("ontology: ", 0) == 0);
  BOOST_TEST(lines[0].find(" dictionary names left to curated actors, ") !=
             std::string::npos);
  BOOST_TEST(lines[0].find("('actorgraph dictionary-report' lists them "
                           "all); the first names:") != std::string::npos);
  for (int i = 1; i <= 3; ++i) {
    BOOST_TEST(lines[i].find(" already names ") != std::string::npos);
  }
}

}  // namespace
}  // namespace actorgraph
