// Word forms: the regular inflections of English verbs and nouns, and the
// form selectors of the rule language (`strike~:participle`,
// `visit+:plural`), as ontology/README.md documents them.
//
//   WordForm f;
//   if (ParseFormSelector("participle", &f) && IsVerbForm(f)) ...
//   VerbFormSet v = RegularVerbForms("ban");  // ban bans banned banning ...
//   std::vector<std::string> p = RegularPlurals("embargo");  // embargos ...
//
// Over-generation ("striked") is harmless: such forms never occur in text.
#ifndef ACTORGRAPH_EXTRACT_RULES_WORD_FORMS_H_
#define ACTORGRAPH_EXTRACT_RULES_WORD_FORMS_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

enum class WordForm {
  kAll,  // no selector: every form
  kBase,
  kS,
  kPast,
  kParticiple,
  kIng,
  kSingular,
  kPlural,
};

struct FormSelector {
  const char* name;  // as written after ':'
  WordForm form;
  bool verb;  // a verb form (else a noun form)
};

// Every selector, in the order ontology/README.md lists them.
const std::vector<FormSelector>& FormSelectors();
// "participle" -> kParticiple; false for an unknown name.
bool ParseFormSelector(std::string_view name, WordForm* out);
bool IsVerbSelector(WordForm f);
// "base, s, past, participle, ing" (verbs) or "singular, plural" (nouns).
std::string SelectorNames(bool verb);

// A verb's forms by kind; irregular forms are added by the lexicon.
struct VerbFormSet {
  std::vector<std::string> base, s, past, participle, ing;
  const std::vector<std::string>* Of(WordForm f) const;
};
VerbFormSet RegularVerbForms(const std::string& base);
// Adds a `verb` line's irregular forms: the first is the past, the others
// participles, except those ending in -ing.
void AddIrregularVerbForms(const std::vector<std::string>& forms,
                           VerbFormSet* set);

// The regular plurals of a noun (-s, -es, -ies; both -os and -oes).
std::vector<std::string> RegularPlurals(const std::string& singular);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_WORD_FORMS_H_
