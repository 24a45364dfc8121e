#define BOOST_TEST_MODULE case_file
#include "extract/check/case_file.h"

#include <boost/test/unit_test.hpp>

#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

std::string ErrorOf(const std::string& contents) {
  try {
    ParseCaseFile("x.cases", contents);
  } catch (const UserError& e) {
    BOOST_TEST(e.exit_code() == kExitUsage);
    return e.what();
  }
  return "(no error)";
}

BOOST_AUTO_TEST_CASE(parses_a_full_case) {
  CaseFile f = ParseCaseFile("dir/s.cases",
                             "# a comment\n"
                             "\n"
                             "text: Iran denied that it had\n"
                             "  supplied drones to Russia.\n"
                             "id: denial\n"
                             "expect: Iran -supplies-> Russia [negative]\n"
                             "reject: Iran -supplies-> Russia\n"
                             "actors: Iran:Country, the Kremlin\n");
  BOOST_REQUIRE_EQUAL(f.cases.size(), 1u);
  const Case& c = f.cases[0];
  BOOST_TEST(c.text == "Iran denied that it had supplied drones to Russia.");
  BOOST_TEST(c.Where() == "dir/s.cases:3");
  BOOST_TEST(c.text_end_line == 4);
  BOOST_TEST(c.end_line == 8);
  BOOST_TEST(c.id == "denial");
  BOOST_REQUIRE_EQUAL(c.expects.size(), 1u);
  BOOST_TEST(c.expects[0].source == "Iran");
  BOOST_TEST(c.expects[0].relation == "supplies");
  BOOST_TEST(c.expects[0].target == "Russia");
  BOOST_TEST(c.expects[0].polarity == Polarity::kNegative);
  BOOST_TEST(!c.expects[0].has_modality);
  BOOST_TEST(c.expects[0].line == 6);
  BOOST_REQUIRE_EQUAL(c.rejects.size(), 1u);
  BOOST_TEST(c.rejects[0].polarity == Polarity::kPositive);
  BOOST_TEST(c.rejects[0].line == 7);
  BOOST_REQUIRE_EQUAL(c.actors.size(), 2u);
  BOOST_TEST(c.actors[0].name == "Iran");
  BOOST_TEST(c.actors[0].type == "Country");
  BOOST_TEST(c.actors[1].name == "the Kremlin");
  BOOST_TEST(c.actors[1].type == "");
}

BOOST_AUTO_TEST_CASE(cases_end_at_the_next_text_line) {
  CaseFile f = ParseCaseFile("x.cases",
                             "text: A met B.\n"
                             "expect: none\n"
                             "text: C met D.\n"
                             "expect: C -met_with-> D\n");
  BOOST_REQUIRE_EQUAL(f.cases.size(), 2u);
  BOOST_TEST(f.cases[0].expect_none());
  BOOST_TEST(f.cases[0].expect_none_line == 2);
  BOOST_TEST(f.cases[0].end_line == 2);
  BOOST_TEST(!f.cases[1].expect_none());
  BOOST_TEST(f.cases[1].line == 3);
}

struct RelationRow {
  std::string spec;
  std::string source, relation, target;
  Polarity polarity;
  bool has_modality;
  Modality modality;
};

BOOST_AUTO_TEST_CASE(relation_specs) {
  const RelationRow rows[] = {
      {"Iran -supplies-> Russia", "Iran", "supplies", "Russia",
       Polarity::kPositive, false, Modality::kAsserted},
      {"  the United States  -sanctions->  Iran  [negative]",
       "the United States", "sanctions", "Iran", Polarity::kNegative, false,
       Modality::kAsserted},
      {"Guinea-Bissau -met_with-> Timor-Leste [future]", "Guinea-Bissau",
       "met_with", "Timor-Leste", Polarity::kPositive, true, Modality::kFuture},
      {"A -visited-> B [negative, future]", "A", "visited", "B",
       Polarity::kNegative, true, Modality::kFuture},
      {"A -visited-> B [hypothetical,positive]", "A", "visited", "B",
       Polarity::kPositive, true, Modality::kHypothetical},
  };
  for (const RelationRow& row : rows) {
    CaseRelation r;
    std::string error;
    BOOST_TEST_CONTEXT(row.spec) {
      BOOST_REQUIRE(ParseCaseRelation(row.spec, &r, &error));
      BOOST_TEST(r.source == row.source);
      BOOST_TEST(r.relation == row.relation);
      BOOST_TEST(r.target == row.target);
      BOOST_TEST(r.polarity == row.polarity);
      BOOST_TEST(r.has_modality == row.has_modality);
      BOOST_TEST(r.modality == row.modality);
    }
  }
}

BOOST_AUTO_TEST_CASE(format_is_the_inverse_of_parse) {
  for (const char* spec :
       {"Iran -supplies-> Russia", "A -met_with-> B [negative]",
        "A -visited-> B [future]", "A -visited-> B [negative, future]"}) {
    CaseRelation r;
    std::string error;
    BOOST_REQUIRE(ParseCaseRelation(spec, &r, &error));
    BOOST_TEST(FormatCaseRelation(r) == spec);
  }
}

struct ErrorRow {
  std::string contents;
  std::string message;
};

BOOST_AUTO_TEST_CASE(syntax_errors_name_file_and_line) {
  const std::string shape = "(expected 'SOURCE -relation-> TARGET [options]')";
  const ErrorRow rows[] = {
      {"expect: A -met_with-> B\n",
       "x.cases:1:1: 'expect:' before the first 'text:'"},
      {"# c\ntext: A met B.\nexpect A -met_with-> B\n",
       "x.cases:3:1: expected 'key: value' (text, expect, reject, actors, "
       "absent, others or id)"},
      {"text: A met B.\nabsent: , B\n",
       "x.cases:2:9: empty actor name in 'absent:'"},
      {"text: A met B.\nexpected: A -met_with-> B\n",
       "x.cases:2:1: unknown key 'expected' (expected text, expect, reject, "
       "actors, absent, others or id)"},
      {"text: A met B.\nothers: A -met_with-> B\n",
       "x.cases:2:9: expected 'others: none'"},
      {"text: A met B.\nothers: none\nothers: none\n",
       "x.cases:3:9: second 'others:' in one case"},
      {"text:   \n", "x.cases:1:9: empty text"},
      {"text: A met B.\nexpect: A met B\n",
       "x.cases:2:9: bad relation 'A met B' " + shape},
      {"text: A met B.\nexpect: A -> B\n",
       "x.cases:2:9: bad relation 'A -> B' " + shape},
      {"text: A met B.\nexpect: -met_with-> B\n",
       "x.cases:2:9: bad relation '-met_with-> B' " + shape},
      {"text: A met B.\nexpect: A -met_with->\n",
       "x.cases:2:9: bad relation 'A -met_with->' " + shape},
      {"text: A met B.\nexpect: A -met_with-> B] []\n",
       "x.cases:2:9: bad relation 'A -met_with-> B]' (an actor name cannot "
       "contain '[' or ']'; options go in one [...] at the end)"},
      {"text: A met B.\nexpect: A -met_with-> B [negative] []\n",
       "x.cases:2:9: bad relation 'A -met_with-> B [negative]' (an actor name "
       "cannot contain '[' or ']'; options go in one [...] at the end)"},
      {"text: A met B.\nreject: A -met_with-> B [negativ]\n",
       "x.cases:2:9: unknown option 'negativ' (expected positive, negative, "
       "asserted, future or hypothetical)"},
      {"text: A met B.\nexpect: A -met_with-> B [positive, negative]\n",
       "x.cases:2:9: conflicting polarities in '[positive, negative]'"},
      {"text: A met B.\nexpect: A -met_with-> B [future, asserted]\n",
       "x.cases:2:9: conflicting modalities in '[future, asserted]'"},
      {"text: A met B.\nexpect: A -met_with-> B\nexpect: none\n",
       "x.cases:3:9: 'expect: none' in a case that already has an expect: "
       "line"},
      {"text: A met B.\nexpect: none\nexpect: A -met_with-> B\n",
       "x.cases:3:9: expect: line in a case that says 'expect: none' (line 2)"},
      {"text: A met B.\n\n  and C.\nexpect: none\n",
       "x.cases:3:3: indented line outside a 'text:' (only text continues on "
       "the next line)"},
      {"text: A met B.\nid: one\nexpect: none\ntext: C.\nid: one\n",
       "x.cases:5:5: duplicate id 'one' (first used at line 2)"},
      {"text: A met B.\nid: one\nid: two\n",
       "x.cases:3:5: second 'id:' in one case"},
      {"text: A met B.\nactors: A, , B\n",
       "x.cases:2:9: empty actor name in 'actors:'"},
      {"text: A met B.\nactors: A:\n", "x.cases:2:9: empty type after 'A:'"},
      // Every error of the file, one line each; a case whose only check
      // line was wrong is not also said to check nothing.
      {"text: A met B.\nexpect: A met B\n\ntext: C met D.\n"
       "reject: C -met_with-> D [negativ]\nexpect: C -met_with-> D\n",
       "x.cases:2:9: bad relation 'A met B' " + shape +
           "\nx.cases:5:9: unknown option 'negativ' (expected positive, "
           "negative, asserted, future or hypothetical)"},
      {"text: A met B.\nid: lonely\n\ntext: C.\nexpect: none\n",
       "x.cases:1:1: case checks nothing (add expect:, reject: or actors:)"},
  };
  for (const ErrorRow& row : rows) {
    BOOST_TEST_CONTEXT(row.contents) {
      BOOST_TEST(ErrorOf(row.contents) == row.message);
    }
  }
}

BOOST_AUTO_TEST_CASE(unreadable_file_is_an_io_error) {
  try {
    ReadCaseFile("/nonexistent/x.cases");
    BOOST_FAIL("no error");
  } catch (const UserError& e) {
    BOOST_TEST(std::string(e.what()) ==
               "/nonexistent/x.cases: cannot read: No such file or directory");
    BOOST_TEST(e.exit_code() == kExitIo);
  }
}

BOOST_AUTO_TEST_CASE(finds_case_files_in_directories_sorted) {
  std::vector<std::string> files =
      FindCaseFiles({ACTORGRAPH_SOURCE_DIR "/tests/data/check/find"});
  BOOST_REQUIRE_EQUAL(files.size(), 2u);
  BOOST_TEST(files[0].find("find/a.cases") != std::string::npos);
  BOOST_TEST(files[1].find("find/sub/b.cases") != std::string::npos);
  BOOST_CHECK_THROW(FindCaseFiles({"/nonexistent/dir"}), UserError);
}

}  // namespace
}  // namespace actorgraph
