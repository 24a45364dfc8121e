#define BOOST_TEST_MODULE ontology
// The ontology loaders: lexicon classes and verb forms, relation rules, actor
// tables, and the exact file:line:col messages for bad entries.
#include "extract/rules/ontology.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/rules/actor_table.h"
#include "extract/rules/lexicon.h"
#include "extract/rules/relation_rules.h"
#include "tests/loader_inputs.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

using testing::CheckLoadErrors;
using testing::ErrorOf;
using testing::Match;
using testing::TempFile;

bool HasForm(Lexicon& lex, const std::string& base, const std::string& form) {
  std::vector<int> forms = lex.VerbForms(base);
  int id = lex.WordIdOf(form);
  return std::find(forms.begin(), forms.end(), id) != forms.end();
}

// "as_well_as" in a class is a phrase: the stages get it with the class's
// cue bit; it is no word of the class.
BOOST_AUTO_TEST_CASE(class_phrases_are_words_joined_by_underscores) {
  Lexicon lex;
  lex.Load(TempFile("phrases.txt",
                    "@conjunction = and or\n"
                    "@joiner = @conjunction as_well_as\n"));
  int bit = lex.UseAsCue(lex.ClassId("joiner"));
  BOOST_TEST(lex.HasCue(lex.WordIdOf("or"), bit));
  BOOST_TEST(!lex.HasCue(lex.WordIdOf("as"), bit));
  const std::vector<std::vector<int>>& phrases = lex.CuePhrases(bit);
  BOOST_REQUIRE(phrases.size() == 1u);
  const std::vector<int> as_well_as = {lex.WordIdOf("as"), lex.WordIdOf("well"),
                                       lex.WordIdOf("as")};
  BOOST_TEST(phrases[0] == as_well_as, boost::test_tools::per_element());
  std::string bad = TempFile("bad_phrase.txt", "@x = meet~_with\n");
  BOOST_TEST(ErrorOf([&] { Lexicon().Load(bad); }) ==
             bad +
                 ":1:1: 'meet~_with': a phrase member is plain words joined "
                 "by '_'");
}

BOOST_AUTO_TEST_CASE(verb_forms_cover_regular_and_irregular_verbs) {
  Lexicon lex;
  lex.Load(TempFile("verbs.txt", "verb meet met met\n@x = meet~\n"));
  struct Case {
    const char* base;
    const char* form;
  } cases[] = {
      {"meet", "met"},
      {"meet", "meeting"},
      {"meet", "meets"},
      {"supply", "supplies"},
      {"supply", "supplied"},
      {"criticize", "criticized"},
      {"criticize", "criticizing"},
      {"ban", "banned"},
      {"bombard", "bombards"},
      {"accuse", "accusing"},
      {"push", "pushes"},
  };
  for (const Case& c : cases) {
    BOOST_TEST(HasForm(lex, c.base, c.form), c.base << " -> " << c.form);
  }
  BOOST_TEST(lex.InClass(lex.WordIdOf("met"), lex.ClassId("x")));
  BOOST_TEST(!lex.InClass(lex.WordIdOf("meet"), lex.ClassId("nope")));
}

BOOST_AUTO_TEST_CASE(lexicon_errors_name_file_line_and_column) {
  CheckLoadErrors(
      "bad_lexicon.txt",
      {
          {"@empty =\n", ":1:1: class '@empty' is empty"},
          {"@a = co-operation\n", ":1:1: 'co-operation' is not a single token"},
          {"just words\n",
           ":1:1: expected '@class = ...', 'verb ...' or 'noun ...'"},
          {"# c\nverb go\n", ":2:1: expected 'verb BASE FORM...'"},
      },
      [](const std::string& path) { Lexicon().Load(path); }, Match::kPrefix);
}

BOOST_AUTO_TEST_CASE(relation_rule_errors_are_exact) {
  Lexicon lex;
  lex.Load(TempFile("lex.txt", "@aux = will would\n"));
  CameoTable cameo = testing::ScratchCameo();
  CheckLoadErrors(
      "bad.rules",
      {
          {"pattern x = A meet B\n",
           ":1:1: setting outside a [relation] block"},
          {"[met]\ncameo = 999\n", ":2:9: unknown CAMEO code '999'"},
          {"[met]\npattern v = A meet~\n",
           ":2:13: a pattern needs both A and B, or AB"},
          {"[met]\npattern v = A .. B\n",
           ":2:13: a pattern needs at least one required word"},
          {"[met]\npattern v = A @nope B\n",
           ":2:15: unknown word class '@nope' (see lexicon.txt)"},
          {"[met]\npattern v = A meet B\npattern v = B meet A\n",
           ":3:9: duplicate rule id 'met.v'"},
          {"[met]\nsymmetric = maybe\n", ":2:13: symmetric must be yes or no"},
          {"[met]\npattern v =\n", ":2:12: empty pattern"},
          {"[bad name]\n", ":1:1: expected '[relation_name]'"},
      },
      [&](const std::string& path) {
        RelationRules().Load(path, &lex, cameo);
      });
}

BOOST_AUTO_TEST_CASE(relation_rules_compile_anchor_and_elements) {
  Lexicon lex;
  lex.Load(TempFile("lex2.txt", "@det = the a\n"));
  RelationRules rules;
  testing::LoadScratchRules(
      "[met_with]\ncameo = 040\nsymmetric = yes\n"
      "pattern talks = A .. hold~ @det? _2 talks with B\n",
      &lex, &rules);
  BOOST_REQUIRE_EQUAL(rules.patterns().size(), 1u);
  const PatternRule& r = rules.patterns()[0];
  BOOST_TEST(r.id == "met_with.talks");
  BOOST_TEST(r.anchor == 2);
  BOOST_TEST(r.elements.size() == 8u);
  BOOST_TEST((r.elements[1].kind == ElementKind::kSubjectGap));
  BOOST_TEST(r.elements[3].min == 0);
  BOOST_TEST(r.elements[4].max == 2);
  BOOST_TEST(rules.relations()[0].symmetric);
  BOOST_TEST(rules.relations()[0].goldstein == 1.0);
}

BOOST_AUTO_TEST_CASE(actor_table_errors_are_exact) {
  CheckLoadErrors(
      "bad.tsv",
      {
          {"id\ttype\tlabel\tcolour\n", ":1:15: unknown column 'colour'"},
          {"id\ttype\tlabel\nx:1\tPlanet\tMars\n",
           ":2:5: unknown type 'Planet'"},
          {"id\ttype\tlabel\nx:1\tCountry\tA\nx:1\tCountry\tB\n",
           ":3:1: duplicate id 'x:1'"},
          {"id\ttype\tlabel\tfrom\nx:1\tPerson\tA\t20x3\n",
           ":2:14: expected a year like 2023, got '20x3'"},
          {"id\ttype\tlabel\nx:1\tCountry\t\n", ":2:13: empty label"},
      },
      [](const std::string& path) { ActorTable().LoadFile(path); },
      Match::kPrefix);
}

BOOST_AUTO_TEST_CASE(actor_affiliation_must_exist_and_not_cycle) {
  std::string path = TempFile("aff.tsv",
                              "id\ttype\tlabel\taffiliation\n"
                              "p:1\tPerson\tA\tc:9\n");
  ActorTable table;
  table.LoadFile(path);
  BOOST_TEST(ErrorOf([&] { table.Validate(); }) ==
             path + ":2:14: affiliation 'c:9' is not a known actor id");
  std::string cyc = TempFile("cycle.tsv",
                             "id\ttype\tlabel\taffiliation\n"
                             "o:1\tOrganization\tA\to:2\n"
                             "o:2\tOrganization\tB\to:1\n");
  ActorTable cycle;
  cycle.LoadFile(cyc);
  BOOST_TEST(ErrorOf([&] { cycle.Validate(); }) ==
             cyc + ":2:20: affiliation cycle: o:1 -> o:2 -> o:1");
}

BOOST_AUTO_TEST_CASE(the_project_ontology_loads) {
  Ontology o = Ontology::Load(ACTORGRAPH_SOURCE_DIR "/ontology");
  BOOST_TEST(o.patterns().size() > 50u);
  BOOST_TEST(o.FindRelation("met_with")->symmetric);
  BOOST_TEST(!o.FindRelation("supplies")->symmetric);
  BOOST_TEST(o.FindRelation("attacks")->goldstein == -10.0);
  BOOST_TEST(o.actors().entries().size() > 400u);
}

}  // namespace
}  // namespace actorgraph
