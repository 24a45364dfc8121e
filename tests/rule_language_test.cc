#define BOOST_TEST_MODULE rule_language
// The rule language's newer elements (form selectors, pattern options,
// more rules files) in the parser and in extraction.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/rules/lexicon.h"
#include "extract/rules/ontology.h"
#include "extract/rules/relation_rules.h"
#include "tests/loader_inputs.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

using testing::ErrorOf;
using testing::TempFile;

CameoTable Cameo() { return testing::ScratchCameo(); }

std::vector<std::string> Words(const Lexicon& lex,
                               const std::vector<int>& ids) {
  std::vector<std::string> out;
  for (int id : ids) out.push_back(lex.Word(id));
  std::sort(out.begin(), out.end());
  return out;
}

bool Has(const std::vector<std::string>& words, const std::string& w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

BOOST_AUTO_TEST_CASE(verb_form_selectors_pick_one_form) {
  Lexicon lex;
  lex.Load(TempFile("lex.txt", "verb strike struck struck stricken\n"));
  auto forms = [&](WordForm f) {
    return Words(lex, lex.VerbForms("strike", f));
  };
  BOOST_TEST(forms(WordForm::kBase) == std::vector<std::string>{"strike"});
  BOOST_TEST(forms(WordForm::kS) == std::vector<std::string>{"strikes"});
  BOOST_TEST(Has(forms(WordForm::kPast), "struck"));
  BOOST_TEST(!Has(forms(WordForm::kPast), "stricken"));
  BOOST_TEST(Has(forms(WordForm::kParticiple), "stricken"));
  BOOST_TEST(Has(forms(WordForm::kParticiple), "struck"));
  BOOST_TEST(!Has(forms(WordForm::kParticiple), "striking"));
  BOOST_TEST(forms(WordForm::kIng) == std::vector<std::string>{"striking"});
  std::vector<std::string> ban =
      Words(lex, lex.VerbForms("ban", WordForm::kIng));
  BOOST_TEST(Has(ban, "banning"));
  // Every form is a verb form, whichever was asked for.
  BOOST_TEST(lex.IsVerbForm(lex.WordIdOf("strikes")));
}

BOOST_AUTO_TEST_CASE(noun_forms_give_plurals) {
  Lexicon lex;
  lex.Load(
      TempFile("lex.txt", "noun crisis crises\n@visit_noun = visit+ trip+\n"));
  BOOST_TEST(Words(lex, lex.NounForms("delivery")) ==
             (std::vector<std::string>{"deliveries", "delivery"}));
  BOOST_TEST(Words(lex, lex.NounForms("crisis", WordForm::kPlural)) ==
             std::vector<std::string>{"crises"});
  BOOST_TEST(Has(Words(lex, lex.NounForms("embargo")), "embargoes"));
  BOOST_TEST(Words(lex, lex.NounForms("speech", WordForm::kPlural)) ==
             std::vector<std::string>{"speeches"});
  BOOST_TEST(Words(lex, lex.ClassWords(lex.ClassId("visit_noun"))) ==
             (std::vector<std::string>{"trip", "trips", "visit", "visits"}));
  BOOST_TEST(!lex.IsVerbForm(lex.WordIdOf("visits")));
}

BOOST_AUTO_TEST_CASE(class_form_selectors_take_the_families_forms) {
  Lexicon lex;
  lex.Load(
      TempFile("lex.txt",
               "verb hit hit hit\n@attack_verb = attack~ hit~ shell~ raid\n"
               "@be = be~\n"));
  RelationRules rules;
  testing::LoadScratchRules(
      "[attacks]\npattern passive = B _4 be~ "
      "@attack_verb:participle _6 by A\n",
      &lex, &rules);
  std::vector<std::string> words =
      Words(lex, rules.patterns()[0].elements[3].words);
  BOOST_TEST(Has(words, "attacked"));
  BOOST_TEST(Has(words, "hit"));
  BOOST_TEST(Has(words, "shelled"));
  BOOST_TEST(!Has(words, "raid"));  // a plain word is no family
  BOOST_TEST(!Has(words, "attacking"));
}

BOOST_AUTO_TEST_CASE(pattern_options_set_code_and_polarity) {
  Lexicon lex;
  lex.Load(TempFile("lex.txt", "@aux = will\n"));
  RelationRules rules;
  testing::LoadScratchRules(
      "[met_with]\ncameo = 040\n"
      "pattern plain = A .. meet~ B\n"
      "pattern phone [041] = A .. phone~ B\n"
      "pattern snub [negative] = A .. snub~ B\n"
      "pattern both [041, negative] = A .. hang~ up on B\n"
      "pattern said [positive] = A .. greet~ B\n"
      "pattern left [041, literal] = A .. quit~ talks with B\n",
      &lex, &rules);
  const std::vector<PatternRule>& p = rules.patterns();
  BOOST_REQUIRE_EQUAL(p.size(), 6u);
  BOOST_TEST(p[0].cameo.code == "040");
  BOOST_TEST(p[0].cameo.quad_class == 1);
  BOOST_TEST(!p[0].negative);
  BOOST_TEST(p[1].cameo.code == "041");
  BOOST_TEST(p[1].id == "met_with.phone");
  BOOST_TEST(p[2].negative);
  BOOST_TEST(p[2].cameo.code == "040");
  BOOST_TEST((p[3].negative && p[3].cameo.code == "041"));
  BOOST_TEST(!p[4].negative);
  BOOST_TEST(!p[4].literal);
  BOOST_TEST((p[5].literal && !p[5].negative && p[5].cameo.code == "041"));
}

BOOST_AUTO_TEST_CASE(new_element_errors_are_exact) {
  Lexicon lex;
  lex.Load(TempFile("lex.txt", "@verbs = meet~\n@plain = the\n"));
  CameoTable cameo = Cameo();
  testing::CheckLoadErrors(
      "bad.rules",
      {
          {"[m]\ncameo = 040\npattern p [9999] = A .. meet~ B\n",
           ":3:12: unknown CAMEO code '9999'"},
          {"[m]\ncameo = 040\npattern p [111] = A .. meet~ B\n",
           ":3:12: CAMEO code '111' is not under the root of relation 'm' "
           "(040)"},
          {"[m]\ncameo = none\npattern p [040] = A .. meet~ B\n",
           ":3:12: CAMEO code '040' is not under the root of relation 'm' "
           "(none)"},
          {"[m]\npattern p [maybe] = A .. meet~ B\n",
           ":2:12: unknown pattern option 'maybe' (a CAMEO code, negative, "
           "positive, literal)"},
          {"[m]\npattern p [negative = A .. meet~ B\n",
           ":2:9: expected 'pattern ID [OPTIONS] = elements'"},
          {"[m]\npattern p = A .. meet~:plural B\n",
           ":2:18: unknown form selector ':plural' (base, s, past, participle, "
           "ing)"},
          {"[m]\npattern p = A .. visit+:ing B\n",
           ":2:18: unknown form selector ':ing' (singular, plural)"},
          {"[m]\npattern p = A .. @verbs:plural B\n",
           ":2:18: '@verbs' has no noun+ members to take that form of"},
          {"[m]\npattern p = A .. @plain:past B\n",
           ":2:18: '@plain' has no verb~ members to take that form of"},
          {"[m]\npattern p = A .. @verbs:tense B\n",
           ":2:18: unknown form selector ':tense' (base, s, past, participle, "
           "ing; singular, plural)"},
      },
      [&](const std::string& path) {
        RelationRules().Load(path, &lex, cameo);
      });
}

BOOST_AUTO_TEST_CASE(later_files_reopen_relations_for_patterns_only) {
  Lexicon lex;
  lex.Load(TempFile("lex.txt", "@aux = will\n"));
  CameoTable cameo = Cameo();
  std::string first = TempFile("first.rules",
                               "[met_with]\ncameo = 040\nsymmetric = yes\n"
                               "pattern verb = A .. meet~ B\n");
  RelationRules rules;
  rules.Load(first, &lex, cameo);
  rules.Load(
      TempFile("second.rules",
               "[met_with]\npattern phone [041] = A .. phone~ B\n"
               "[criticizes]\ncameo = 111\npattern verb = A .. slam~ B\n"),
      &lex, cameo);
  BOOST_REQUIRE_EQUAL(rules.patterns().size(), 3u);
  BOOST_TEST(rules.relations().size() == 2u);
  BOOST_TEST(rules.patterns()[0].rank == 0);
  BOOST_TEST(rules.patterns()[1].rank == 1);
  BOOST_TEST(rules.patterns()[1].relation == 0);
  BOOST_TEST(rules.patterns()[2].cameo.code == "111");

  std::string setting = TempFile("setting.rules", "[met_with]\ncameo = 041\n");
  BOOST_TEST(ErrorOf([&] { rules.Load(setting, &lex, cameo); }) ==
             setting + ":2:1: relation 'met_with' is defined at " + first +
                 ":1; a later file adds patterns only");
  std::string duplicate =
      TempFile("duplicate.rules", "[met_with]\npattern verb = A .. see~ B\n");
  BOOST_TEST(ErrorOf([&] { rules.Load(duplicate, &lex, cameo); }) ==
             duplicate + ":2:9: duplicate rule id 'met_with.verb'");
}

// The project ontology plus one more rules file, in a scratch copy.
fs::path OntologyWith(const std::string& extra_rules) {
  fs::path dir = testing::SharedScratch() / "ontology";
  testing::CopyOntology(dir);
  testing::WriteFile(dir / "rules" / "zz_test.rules", extra_rules);
  return dir;
}

std::vector<RelationMention> Relations(const Ontology& o,
                                       const std::string& text) {
  Document doc;
  doc.id = "d";
  doc.text = text;
  return Extractor(o).Extract(doc).relations;
}

BOOST_AUTO_TEST_CASE(extraction_honours_codes_polarity_and_priority) {
  Ontology o = Ontology::Load(
      OntologyWith("[attacks]\npattern zz_pounded [195] = A .. pound~ B\n"
                   "[met_with]\npattern zz_ghost [negative] = A .. ghost~ B\n"
                   "[criticizes]\npattern zz_attacked = A .. attack~ B\n")
          .string());
  std::vector<RelationMention> r = Relations(o, "Russia pounded Ukraine.");
  BOOST_REQUIRE_EQUAL(r.size(), 1u);
  BOOST_TEST(r[0].relation == "attacks");
  BOOST_TEST(r[0].cameo == "195");
  BOOST_TEST(r[0].quad_class == 4);
  BOOST_TEST(r[0].goldstein == -10);
  BOOST_TEST(r[0].evidence.rule == "attacks.zz_pounded");

  r = Relations(o, "France ghosted Iran.");
  BOOST_REQUIRE_EQUAL(r.size(), 1u);
  BOOST_TEST(r[0].relation == "met_with");
  BOOST_TEST((r[0].polarity == Polarity::kNegative));

  r = Relations(o, "France did not ghost Iran.");
  BOOST_REQUIRE_EQUAL(r.size(), 1u);
  BOOST_TEST((r[0].polarity == Polarity::kPositive));

  // relations.rules' attacks.verb anchors on the same verb with the same
  // actors: the extra file's criticizes pattern gives way.
  r = Relations(o, "Russia attacked Ukraine.");
  BOOST_REQUIRE_EQUAL(r.size(), 1u);
  BOOST_TEST(r[0].relation == "attacks");
  BOOST_TEST(r[0].cameo == "190");
  BOOST_TEST(r[0].evidence.rule == "attacks.verb");
}

}  // namespace
}  // namespace actorgraph
