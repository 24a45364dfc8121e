// Scratch inputs for the tests of the ontology loaders: files in
// SharedScratch(), a small CAMEO table, rules files over it, and tables of
// bad inputs with the exact message each must give.
//
//   Lexicon lex;
//   lex.Load(TempFile("lex.txt", "@aux = will\n"));
//   RelationRules rules;
//   LoadScratchRules("[met]\npattern p = A .. meet~ B\n", &lex, &rules);
//   CheckLoadErrors("bad.rules", {{"[bad name]\n", ":1:1: expected ..."}},
//                   [&](const std::string& path) { ... load path ... });
#ifndef ACTORGRAPH_TESTS_LOADER_INPUTS_H_
#define ACTORGRAPH_TESTS_LOADER_INPUTS_H_

#include <string>
#include <vector>

#include "extract/rules/cameo_table.h"
#include "extract/rules/lexicon.h"
#include "extract/rules/relation_rules.h"
#include "tests/test_support.h"

namespace actorgraph {
namespace testing {

// Writes `content` to NAME in SharedScratch(); returns its path.
inline std::string TempFile(const std::string& name,
                            const std::string& content) {
  return SharedScratch().Write(name, content);
}

// A small CAMEO table for rules files: 04 and its codes 040 and 041, and
// 111 under another root.
inline CameoTable ScratchCameo() {
  CameoTable t;
  t.Load(TempFile("cameo.tsv",
                  "code\tname\tgoldstein\troot\tquad\n"
                  "04\tCONSULT\t1\t04\t1\n"
                  "040\tConsult\t1\t04\t1\n"
                  "041\tDiscuss by telephone\t1\t04\t1\n"
                  "111\tCriticize or denounce\t-2\t11\t3\n"));
  return t;
}

// Loads `text` as the scratch rules file ok.rules over ScratchCameo().
inline void LoadScratchRules(const std::string& text, Lexicon* lex,
                             RelationRules* rules) {
  rules->Load(TempFile("ok.rules", text), lex, ScratchCameo());
}

// A bad input file and the message after "PATH" that loading it gives.
struct LoadErrorCase {
  const char* text;
  const char* message;
};

// kPrefix: the message may go on after the expected part (a hint).
enum class Match { kWhole, kPrefix };

// Writes each case's text to the scratch file `name`, calls load(path),
// and checks the UserError it throws against PATH + message.
template <typename Load>
void CheckLoadErrors(const std::string& name,
                     const std::vector<LoadErrorCase>& cases, Load load,
                     Match match = Match::kWhole) {
  for (const LoadErrorCase& c : cases) {
    const std::string path = TempFile(name, c.text);
    const std::string error = ErrorOf([&] { load(path); });
    if (match == Match::kWhole) {
      BOOST_TEST(error == path + c.message, error);
    } else {
      BOOST_TEST(error.find(path + c.message) == 0, error);
    }
  }
}

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_LOADER_INPUTS_H_
