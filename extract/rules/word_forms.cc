#include "extract/rules/word_forms.h"

namespace actorgraph {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool SibilantEnd(std::string_view s) {
  return EndsWith(s, "s") || EndsWith(s, "x") || EndsWith(s, "z") ||
         EndsWith(s, "ch") || EndsWith(s, "sh");
}

bool ConsonantY(std::string_view s) {
  return s.size() > 1 && s.back() == 'y' && !IsVowel(s[s.size() - 2]);
}

}  // namespace

const std::vector<FormSelector>& FormSelectors() {
  static const std::vector<FormSelector> kSelectors = {
      {"base", WordForm::kBase, true},
      {"s", WordForm::kS, true},
      {"past", WordForm::kPast, true},
      {"participle", WordForm::kParticiple, true},
      {"ing", WordForm::kIng, true},
      {"singular", WordForm::kSingular, false},
      {"plural", WordForm::kPlural, false},
  };
  return kSelectors;
}

bool ParseFormSelector(std::string_view name, WordForm* out) {
  for (const FormSelector& s : FormSelectors()) {
    if (name == s.name) {
      *out = s.form;
      return true;
    }
  }
  return false;
}

bool IsVerbSelector(WordForm f) {
  for (const FormSelector& s : FormSelectors()) {
    if (s.form == f) return s.verb;
  }
  return false;
}

std::string SelectorNames(bool verb) {
  std::string out;
  for (const FormSelector& s : FormSelectors()) {
    if (s.verb != verb) continue;
    if (!out.empty()) out += ", ";
    out += s.name;
  }
  return out;
}

const std::vector<std::string>* VerbFormSet::Of(WordForm f) const {
  switch (f) {
    case WordForm::kBase:
      return &base;
    case WordForm::kS:
      return &s;
    case WordForm::kPast:
      return &past;
    case WordForm::kParticiple:
      return &participle;
    case WordForm::kIng:
      return &ing;
    default:
      return nullptr;
  }
}

VerbFormSet RegularVerbForms(const std::string& base) {
  VerbFormSet v;
  v.base = {base};
  if (base.empty()) return v;
  char last = base.back();
  std::string stem = base.substr(0, base.size() - 1);
  std::string ed;
  if (ConsonantY(base)) {
    v.s = {stem + "ies"};
    ed = stem + "ied";
  } else if (SibilantEnd(base)) {
    v.s = {base + "es"};
    ed = base + "ed";
  } else {
    v.s = {base + "s"};
    ed = last == 'e' ? base + "d" : base + "ed";
  }
  v.past = v.participle = {ed};
  bool silent_e = last == 'e' && !EndsWith(base, "ee") &&
                  !EndsWith(base, "ye") && !EndsWith(base, "oe");
  v.ing = {silent_e ? stem + "ing" : base + "ing"};
  // Doubled final consonant: "ban" -> "banned", "banning".
  bool cvc = base.size() >= 3 && !IsVowel(last) && last != 'w' && last != 'x' &&
             last != 'y' && IsVowel(base[base.size() - 2]) &&
             !IsVowel(base[base.size() - 3]);
  if (cvc) {
    v.past.push_back(base + last + "ed");
    v.participle.push_back(base + last + "ed");
    v.ing.push_back(base + last + "ing");
  }
  return v;
}

void AddIrregularVerbForms(const std::vector<std::string>& forms,
                           VerbFormSet* set) {
  for (size_t i = 0; i < forms.size(); ++i) {
    if (EndsWith(forms[i], "ing")) {
      set->ing.push_back(forms[i]);
    } else if (i == 0) {
      set->past.push_back(forms[i]);
    } else {
      set->participle.push_back(forms[i]);
    }
  }
}

std::vector<std::string> RegularPlurals(const std::string& singular) {
  if (singular.empty()) return {};
  if (ConsonantY(singular)) {
    return {singular.substr(0, singular.size() - 1) + "ies"};
  }
  if (SibilantEnd(singular)) return {singular + "es"};
  if (singular.back() == 'o') return {singular + "s", singular + "es"};
  return {singular + "s"};
}

}  // namespace actorgraph
