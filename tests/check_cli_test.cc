// Runs the real `actorgraph check` on the small case files in
// tests/data/check, with a small fixed rule set (tests/data/check/ontology
// plus the project's lexicon), so that the expected output does not move
// when the project's rules are tuned.  The longer reports are golden files,
// tests/data/check/*.out (ACTORGRAPH_REGENERATE=1 rewrites them).
#define BOOST_TEST_MODULE check_cli
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace {

namespace fs = std::filesystem;
using actorgraph::testing::CheckGoldenFile;
using actorgraph::testing::ReadFile;
using actorgraph::testing::RunResult;

// A scratch directory holding the test ontology; removed at the end.
struct Scratch {
  Scratch() {
    ontology = dir / "ontology";
    fs::copy("data/check/ontology", ontology, fs::copy_options::recursive);
    fs::copy_file(ACTORGRAPH_SOURCE_DIR "/ontology/lexicon.txt",
                  ontology / "lexicon.txt");
  }

  // Runs `actorgraph check ARGS...` with the test ontology.
  RunResult Check(std::vector<std::string> args) const {
    args.insert(args.begin(), "check");
    args.push_back("--ontology");
    args.push_back(ontology.string());
    return actorgraph::testing::RunActorgraph(args);
  }

  actorgraph::testing::ScratchDir dir;
  fs::path ontology;
};

Scratch& S() {
  static Scratch scratch;
  return scratch;
}

std::string LastLine(const std::string& text) {
  size_t end = text.find_last_not_of('\n');
  if (end == std::string::npos) return "";
  size_t begin = text.rfind('\n', end);
  return text.substr(begin == std::string::npos ? 0 : begin + 1,
                     end + 1 - (begin == std::string::npos ? 0 : begin + 1));
}

BOOST_AUTO_TEST_CASE(passing_cases_exit_zero) {
  RunResult o = S().Check({"data/check/pass.cases"});
  BOOST_TEST(o.err == "");
  BOOST_TEST(o.out == "3 passed, 0 failed\n");
  BOOST_TEST(o.status == 0);
}

BOOST_AUTO_TEST_CASE(failures_print_a_diff_with_file_and_line) {
  RunResult o = S().Check({"data/check/fail.cases"});
  BOOST_TEST(o.status == 1);
  CheckGoldenFile(ACTORGRAPH_SOURCE_DIR "/tests/data/check/fail.out", o.out);
}

BOOST_AUTO_TEST_CASE(others_none_fails_on_any_other_relation) {
  RunResult o = S().Check({"data/check/others.cases"});
  BOOST_TEST(o.status == 1);
  CheckGoldenFile(ACTORGRAPH_SOURCE_DIR "/tests/data/check/others.out", o.out);
}

BOOST_AUTO_TEST_CASE(syntax_errors_exit_two_naming_file_and_line) {
  RunResult o = S().Check({"data/check/pass.cases", "data/check/syntax.cases",
                           "data/check/unknown_relation.cases"});
  BOOST_TEST(o.status == 2);
  BOOST_TEST(o.out == "");
  // Every error of every file in one run, each on its own line.
  BOOST_TEST(o.err ==
             "data/check/syntax.cases:3:1: unknown key 'expected' (expected "
             "text, expect, reject, actors, absent, others or id)\n"
             "data/check/syntax.cases:6:9: bad relation 'Iran supplies "
             "Russia' (expected 'SOURCE -relation-> TARGET [options]')\n"
             "data/check/unknown_relation.cases:5:17: unknown relation "
             "'invades'\n"
             "data/check/unknown_relation.cases:6:17: unknown relation "
             "'atacks' (did you mean 'attacks'?)\n");
}

BOOST_AUTO_TEST_CASE(quiet_json_and_junit_reports) {
  RunResult q =
      S().Check({"data/check/pass.cases", "data/check/fail.cases", "-q"});
  BOOST_TEST(q.status == 1);
  BOOST_TEST(q.out == "4 passed, 3 failed\n");
  RunResult j = S().Check({"data/check/fail.cases", "--json"});
  BOOST_TEST(j.status == 1);
  std::istringstream lines(j.out);
  std::string first, line, last;
  std::getline(lines, first);
  while (std::getline(lines, line)) last = line;
  BOOST_TEST(first ==
             "{\"file\":\"data/check/fail.cases\",\"line\":2,\"id\":\"\","
             "\"text\":\"Russia attacked Ukraine.\",\"passed\":false,"
             "\"findings\":[{\"kind\":\"missing\",\"line\":3,\"detail\":"
             "\"Ukraine -attacks-> Russia\"},{\"kind\":\"unexpected\","
             "\"line\":4,\"detail\":\"Russia -attacks-> Ukraine [positive] "
             "(attacks.verb)\"}],\"got\":[{\"relation\":\"Russia -attacks-> "
             "Ukraine\",\"rule\":\"attacks.verb\",\"expected\":false}]}");
  BOOST_TEST(last == "{\"passed\":1,\"failed\":3}");
  fs::path junit = S().dir / "junit.xml";
  RunResult x = S().Check({"data/check/pass.cases", "data/check/fail.cases",
                           "-q", "--junit", junit.string()});
  BOOST_TEST(x.out == "4 passed, 3 failed\n");
  std::string xml = ReadFile(junit);
  BOOST_TEST(xml.find("<testsuites name=\"actorgraph check\" tests=\"7\" "
                      "failures=\"3\">") != std::string::npos);
  BOOST_TEST(xml.find("<testsuite name=\"data/check/fail.cases\" tests=\"4\" "
                      "failures=\"3\">") != std::string::npos);
  BOOST_TEST(xml.find("<failure message=\"2 finding(s) at "
                      "data/check/fail.cases:2\">Russia attacked Ukraine.\n"
                      "data/check/fail.cases:3: missing        Ukraine "
                      "-attacks-&gt; Russia") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_two) {
  BOOST_TEST(S().Check({}).status == 2);
  BOOST_TEST(S().Check({"data/check/pass.cases", "--bogus"}).status == 2);
  BOOST_TEST(S().Check({"data/check/missing.cases"}).status == 4);
}

BOOST_AUTO_TEST_CASE(by_rule_lists_every_rule) {
  RunResult o = S().Check(
      {"data/check/pass.cases", "data/check/fail.cases", "--by-rule"});
  BOOST_TEST(o.status == 1);
  std::string table =
      "rule           cases  expected  unexpected\n"
      "attacks.verb       3         2           1\n"
      "met_with.verb      2         1           1\n"
      "supplies.give      2         1           1\n"
      "\n"
      "4 passed, 3 failed\n";
  BOOST_REQUIRE_GE(o.out.size(), table.size());
  BOOST_TEST(o.out.substr(o.out.size() - table.size()) == table);
}

BOOST_AUTO_TEST_CASE(case_option_runs_one_case) {
  RunResult o = S().Check({"--case", "data/check/fail.cases:14"});
  BOOST_TEST(o.out == "1 passed, 0 failed\n");
  BOOST_TEST(o.status == 0);
  o = S().Check({"--case", "data/check/fail.cases:12"});
  BOOST_TEST(o.status == 2);
  BOOST_TEST(o.err == "data/check/fail.cases:12: no case at this line\n");
}

BOOST_AUTO_TEST_CASE(trace_shows_the_case_and_what_matched) {
  RunResult o = S().Check({"--case", "data/check/pass.cases:2", "--trace"});
  BOOST_TEST(o.status == 0);
  BOOST_TEST(o.out.rfind("data/check/pass.cases:2: ok    Russia attacked "
                         "Ukraine.\n    trace: ",
                         0) == 0);
  BOOST_TEST(o.out.find("    got: Russia -attacks-> Ukraine [positive] "
                        "(attacks.verb)\n") != std::string::npos);
  BOOST_TEST(LastLine(o.out) == "1 passed, 0 failed");
}

// Per sentence, the tokens with their lexicon classes and every pattern
// anchored there that did not match: at which element, because its verb
// is passive, or not tried for a word the sentence lacks.
BOOST_AUTO_TEST_CASE(trace_lists_tokens_and_near_misses) {
  RunResult o = S().Check({"data/check/trace.cases", "--trace"});
  BOOST_TEST(o.status == 0);
  BOOST_TEST(o.err == "");
  BOOST_TEST(
      o.out ==
      "data/check/trace.cases:3: ok    Russia sold old drones for Iran and "
      "Ukraine to France.\n"
      "    trace: mention 'Russia' -> Russia (gazetteer)\n"
      "    trace: mention 'Iran' -> Iran (gazetteer)\n"
      "    trace: mention 'Ukraine' -> Ukraine (gazetteer)\n"
      "    trace: mention 'France' -> France (gazetteer)\n"
      "    trace: sentence 0: Russia sold old drones[@agent,@materiel] "
      "for[@preposition,@sentence_starter,@name_stop] Iran "
      "and[@conjunction,@list_conjunction,@additive,@list_joiner,@name_stop] "
      "Ukraine "
      "to[@preposition,@host_link,@infinitive,@nonfinite_marker,@name_stop] "
      "France .\n"
      "    trace: near miss supplies.give at 'sold': element 5 'to' did not "
      "match (relations.rules:14:36)\n"
      "    got: nothing\n"
      "\n"
      "data/check/trace.cases:6: ok    Several drones were sent to Iran by "
      "Russia.\n"
      "    trace: mention 'Iran' -> Iran (gazetteer)\n"
      "    trace: mention 'Russia' -> Russia (gazetteer)\n"
      "    trace: sentence 0: Several[@quantity] drones[@agent,@materiel] "
      "were[@be,@aux] sent "
      "to[@preposition,@host_link,@infinitive,@nonfinite_marker,@name_stop] "
      "Iran "
      "by[@preposition,@name_stop] Russia .\n"
      "    trace: near miss supplies.give at 'sent': the verb is passive here, "
      "and the pattern is active (relations.rules:14:21)\n"
      "    got: nothing\n"
      "\n"
      "data/check/trace.cases:9: ok    Russia sold drones for Iran.\n"
      "    trace: mention 'Russia' -> Russia (gazetteer)\n"
      "    trace: mention 'Iran' -> Iran (gazetteer)\n"
      "    trace: sentence 0: Russia sold drones[@agent,@materiel] "
      "for[@preposition,@sentence_starter,@name_stop] Iran .\n"
      "    trace: near miss supplies.give at 'sold': not tried, the sentence "
      "lacks a word it requires (relations.rules:14:21)\n"
      "    got: nothing\n"
      "\n"
      "3 passed, 0 failed\n");
}

BOOST_AUTO_TEST_CASE(update_rewrites_only_the_named_file) {
  fs::path dir = S().dir.path() / "update";
  fs::create_directories(dir);
  fs::copy_file("data/check/update.cases", dir / "update.cases",
                fs::copy_options::overwrite_existing);
  fs::copy_file("data/check/fail.cases", dir / "fail.cases",
                fs::copy_options::overwrite_existing);
  RunResult o = S().Check({"--update", (dir / "update.cases").string(),
                           (dir / "fail.cases").string()});
  BOOST_TEST(ReadFile(dir / "update.cases") ==
             ReadFile("data/check/update.expected"));
  BOOST_TEST(ReadFile(dir / "fail.cases") == ReadFile("data/check/fail.cases"));
  BOOST_TEST(LastLine(o.out) == "4 passed, 3 failed");
  BOOST_TEST(o.status == 1);
  BOOST_TEST(!fs::exists(dir / "update.cases.tmp"));
}

BOOST_AUTO_TEST_CASE(gold_scores_a_corpus) {
  RunResult o =
      S().Check({"--gold", "data/check/gold.json", "data/check/corpus"});
  BOOST_TEST(o.status == 0);
  BOOST_TEST(o.out ==
             "a.txt: actors P=0.750 R=1.000 | relations P=1.000 R=0.667 "
             "F1=0.800 (2/3 found, 0 false)\n"
             "   extra node:   France\n"
             "   missed: Iran -supplies-> Russia [positive]  \u00abnot in "
             "the text\u00bb\n"
             "b.txt: no such document in the corpus\n"
             "by relation (required found / required):\n"
             "   attacks                  1/2\n"
             "   met_with                 1/1\n"
             "   supplies                 0/1\n"
             "overall actors: P=0.750 R=0.750 F1=0.750\n"
             "overall relations: P=1.000 R=0.500 F1=0.667\n"
             "relations F1 = 0.667\n");
}

// The scorer must agree with ../shared/score/score_graphml.py, which reads
// the GraphML that `actorgraph build` writes; both with the real ontology.
BOOST_AUTO_TEST_CASE(gold_agrees_with_the_reference_script) {
  using actorgraph::testing::Run;
  using actorgraph::testing::RunActorgraph;
  const std::string script = ACTORGRAPH_SHARED_DIR "/score/score_graphml.py";
  if (!fs::exists(script) || !actorgraph::testing::HaveCommand("python3")) {
    BOOST_TEST_MESSAGE("skipped: no python3 or no " << script);
    return;
  }
  fs::path graphs = S().dir / "graphs";
  fs::create_directories(graphs);
  for (const auto& entry : fs::directory_iterator("../examples/corpus")) {
    std::string name = entry.path().filename().string();
    RunResult build = RunActorgraph({"build", entry.path().string(), "-o",
                                     (graphs / (name + ".graphml")).string()});
    BOOST_REQUIRE(build.status == 0);
  }
  RunResult theirs =
      Run({"python3", script, "../examples/gold.json", graphs.string()});
  BOOST_REQUIRE(theirs.status == 0);
  RunResult ours = RunActorgraph(
      {"check", "--gold", "../examples/gold.json", "../examples/corpus"});
  BOOST_REQUIRE(ours.status == 0);
  // Per-document, per-relation and overall lines; not the detail lines.
  auto summary = [](const std::string& report) {
    std::istringstream in(report);
    std::string line, out;
    while (std::getline(in, line)) {
      bool detail = line.rfind("   missed", 0) == 0 ||
                    line.rfind("   false", 0) == 0 ||
                    line.rfind("   extra", 0) == 0;
      if (!detail) out += line + "\n";
    }
    return out;
  };
  BOOST_TEST(summary(ours.out) == summary(theirs.out));
  BOOST_TEST(LastLine(ours.out).rfind("relations F1 = ", 0) == 0);
}

}  // namespace
