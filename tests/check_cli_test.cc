// Runs the real `actorgraph check` on the small case files in
// tests/data/check, with a small fixed rule set (tests/data/check/ontology
// plus the project's lexicon), so that the expected output does not move
// when the project's rules are tuned.
#define BOOST_TEST_MODULE check_cli
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Output {
  int exit_code = -1;
  std::string out, err;
};

// A scratch directory holding the test ontology; removed at the end.
struct Scratch {
  Scratch() {
    dir = fs::temp_directory_path() /
          ("actorgraph_check_cli_" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    ontology = dir / "ontology";
    fs::copy("data/check/ontology", ontology, fs::copy_options::recursive);
    fs::copy_file(ACTORGRAPH_SOURCE_DIR "/ontology/lexicon.txt",
                  ontology / "lexicon.txt");
  }
  ~Scratch() { fs::remove_all(dir); }

  // Runs actorgraph with `args` (shell words) and the test ontology.
  Output Check(const std::string& args) {
    fs::path out = dir / "stdout", err = dir / "stderr";
    std::string command = std::string(ACTORGRAPH_BINARY) + " check " + args +
                          " --ontology " + ontology.string() + " >" +
                          out.string() + " 2>" + err.string();
    int status = std::system(command.c_str());
    Output o;
    o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    o.out = ReadAll(out);
    o.err = ReadAll(err);
    return o;
  }

  fs::path dir, ontology;
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
  Output o = S().Check("data/check/pass.cases");
  BOOST_TEST(o.err == "");
  BOOST_TEST(o.out == "3 passed, 0 failed\n");
  BOOST_TEST(o.exit_code == 0);
}

BOOST_AUTO_TEST_CASE(failures_print_a_diff_with_file_and_line) {
  Output o = S().Check("data/check/fail.cases");
  BOOST_TEST(o.exit_code == 1);
  BOOST_TEST(o.out ==
             "data/check/fail.cases:2: FAIL  Russia attacked Ukraine.\n"
             "data/check/fail.cases:3: missing        Ukraine -attacks-> "
             "Russia\n"
             "data/check/fail.cases:4: unexpected     Russia -attacks-> "
             "Ukraine [positive] (attacks.verb)\n"
             "    got: Russia -attacks-> Ukraine [positive] (attacks.verb)\n"
             "\n"
             "data/check/fail.cases:6: FAIL  Iran sent drones to Russia.\n"
             "data/check/fail.cases:7: wrong polarity Iran -supplies-> Russia "
             "[positive] (supplies.give), expected [negative]\n"
             "    got: Iran -supplies-> Russia [positive] (supplies.give)\n"
             "\n"
             "data/check/fail.cases:9: FAIL  France met Iran.\n"
             "data/check/fail.cases:10: unexpected     France -met_with-> "
             "Iran [positive] (met_with.verb)\n"
             "data/check/fail.cases:11: wrong type     Iran: Country, "
             "expected Person\n"
             "data/check/fail.cases:11: missing actor  Germany\n"
             "    got: France -met_with-> Iran [positive] (met_with.verb)\n"
             "\n"
             "1 passed, 3 failed\n");
}

BOOST_AUTO_TEST_CASE(syntax_error_exits_two_naming_file_and_line) {
  Output o = S().Check("data/check/pass.cases data/check/syntax.cases");
  BOOST_TEST(o.exit_code == 2);
  BOOST_TEST(o.out == "");
  BOOST_TEST(o.err ==
             "data/check/syntax.cases:3:1: unknown key 'expected' (expected "
             "text, expect, reject, actors or id)\n");
}

BOOST_AUTO_TEST_CASE(unknown_relation_exits_two) {
  Output o = S().Check("data/check/unknown_relation.cases");
  BOOST_TEST(o.exit_code == 2);
  BOOST_TEST(o.err ==
             "data/check/unknown_relation.cases:5:17: unknown relation "
             "'invades'\n");
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_two) {
  BOOST_TEST(S().Check("").exit_code == 2);
  BOOST_TEST(S().Check("data/check/pass.cases --bogus").exit_code == 2);
  BOOST_TEST(S().Check("data/check/missing.cases").exit_code == 4);
}

BOOST_AUTO_TEST_CASE(by_rule_lists_every_rule) {
  Output o = S().Check("data/check/pass.cases data/check/fail.cases --by-rule");
  BOOST_TEST(o.exit_code == 1);
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
  Output o = S().Check("--case data/check/fail.cases:14");
  BOOST_TEST(o.out == "1 passed, 0 failed\n");
  BOOST_TEST(o.exit_code == 0);
  o = S().Check("--case data/check/fail.cases:12");
  BOOST_TEST(o.exit_code == 2);
  BOOST_TEST(o.err == "data/check/fail.cases:12: no case at this line\n");
}

BOOST_AUTO_TEST_CASE(trace_shows_the_case_and_what_matched) {
  Output o = S().Check("--case data/check/pass.cases:2 --trace");
  BOOST_TEST(o.exit_code == 0);
  BOOST_TEST(o.out.rfind("data/check/pass.cases:2: ok    Russia attacked "
                         "Ukraine.\n    trace: ",
                         0) == 0);
  BOOST_TEST(o.out.find("    got: Russia -attacks-> Ukraine [positive] "
                        "(attacks.verb)\n") != std::string::npos);
  BOOST_TEST(LastLine(o.out) == "1 passed, 0 failed");
}

BOOST_AUTO_TEST_CASE(update_rewrites_only_the_named_file) {
  fs::path dir = S().dir / "update";
  fs::create_directories(dir);
  fs::copy_file("data/check/update.cases", dir / "update.cases",
                fs::copy_options::overwrite_existing);
  fs::copy_file("data/check/fail.cases", dir / "fail.cases",
                fs::copy_options::overwrite_existing);
  Output o = S().Check("--update " + (dir / "update.cases").string() + " " +
                       (dir / "fail.cases").string());
  BOOST_TEST(ReadAll(dir / "update.cases") ==
             ReadAll("data/check/update.expected"));
  BOOST_TEST(ReadAll(dir / "fail.cases") == ReadAll("data/check/fail.cases"));
  BOOST_TEST(LastLine(o.out) == "4 passed, 3 failed");
  BOOST_TEST(o.exit_code == 1);
  BOOST_TEST(!fs::exists(dir / "update.cases.tmp"));
}

BOOST_AUTO_TEST_CASE(gold_scores_a_corpus) {
  Output o = S().Check("--gold data/check/gold.json data/check/corpus");
  BOOST_TEST(o.exit_code == 0);
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
  const std::string script = ACTORGRAPH_SHARED_DIR "/score/score_graphml.py";
  if (!fs::exists(script) || std::system("python3 -c 1 2>/dev/null") != 0) {
    BOOST_TEST_MESSAGE("skipped: no python3 or no " << script);
    return;
  }
  fs::path graphs = S().dir / "graphs";
  fs::create_directories(graphs);
  const std::string binary = ACTORGRAPH_BINARY;
  for (const auto& entry : fs::directory_iterator("../examples/corpus")) {
    std::string name = entry.path().filename().string();
    std::string command = binary + " build " + entry.path().string() + " -o " +
                          (graphs / (name + ".graphml")).string() +
                          " 2>/dev/null";
    BOOST_REQUIRE(std::system(command.c_str()) == 0);
  }
  fs::path theirs = S().dir / "theirs", ours = S().dir / "ours";
  std::string score = "python3 " + script + " ../examples/gold.json " +
                      graphs.string() + " >" + theirs.string();
  BOOST_REQUIRE(std::system(score.c_str()) == 0);
  std::string check = binary +
                      " check --gold ../examples/gold.json ../examples/corpus"
                      " >" +
                      ours.string();
  BOOST_REQUIRE(std::system(check.c_str()) == 0);
  // Per-document, per-relation and overall lines; not the detail lines.
  auto summary = [](const fs::path& path) {
    std::istringstream in(ReadAll(path));
    std::string line, out;
    while (std::getline(in, line)) {
      bool detail = line.rfind("   missed", 0) == 0 ||
                    line.rfind("   false", 0) == 0 ||
                    line.rfind("   extra", 0) == 0;
      if (!detail) out += line + "\n";
    }
    return out;
  };
  BOOST_TEST(summary(ours) == summary(theirs));
  BOOST_TEST(LastLine(ReadAll(ours)).rfind("relations F1 = ", 0) == 0);
}

}  // namespace
