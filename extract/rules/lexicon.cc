#include "extract/rules/lexicon.h"

#include <algorithm>
#include <fstream>

#include "extract/base/file_io.h"
#include "extract/base/hash.h"
#include "extract/base/strings.h"
#include "extract/base/user_error.h"
#include "extract/text/text.h"

namespace actorgraph {

std::vector<std::string_view> SplitWords(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

int Lexicon::WordIdOf(std::string_view key) const {
  if (slots_.empty()) return -1;
  const size_t mask = slots_.size() - 1;
  const uint64_t hash = HashBytes(key);
  const uint32_t tag = static_cast<uint32_t>(hash >> 32);
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id < 0) return -1;
    if (slot.tag == tag && words_[slot.id] == key) return slot.id;
  }
}

void Lexicon::Place(int id) {
  const size_t mask = slots_.size() - 1;
  const uint64_t hash = HashBytes(words_[id]);
  size_t i = hash & mask;
  while (slots_[i].id >= 0) i = (i + 1) & mask;
  slots_[i] = {static_cast<uint32_t>(hash >> 32), id};
}

int Lexicon::Intern(std::string_view key) {
  int found = WordIdOf(key);
  if (found >= 0) return found;
  int id = static_cast<int>(words_.size());
  words_.emplace_back(key);
  class_bits_.resize(class_bits_.size() + kCueWords, 0);
  if (words_.size() * 2 > slots_.size()) {
    slots_.assign(std::max<size_t>(64, slots_.size() * 2), Slot());
    for (int w = 0; w <= id; ++w) Place(w);
  } else {
    Place(id);
  }
  return id;
}

int Lexicon::ClassId(std::string_view name) const {
  for (size_t i = 0; i < class_names_.size(); ++i) {
    if (class_names_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

int Lexicon::RequireClass(std::string_view name,
                          const std::string& where) const {
  int id = ClassId(name);
  if (id < 0) {
    throw UserError(where + ": unknown word class '@" + std::string(name) +
                    "' (see lexicon.txt)");
  }
  return id;
}

bool Lexicon::InClass(int word, int class_id) const {
  if (word < 0 || class_id < 0) return false;
  const std::vector<int>& w = class_words_[class_id];
  return std::binary_search(w.begin(), w.end(), word);
}

std::vector<int> Lexicon::ClassesOf(int word) const {
  std::vector<int> out;
  for (size_t c = 0; word >= 0 && c < class_words_.size(); ++c) {
    if (InClass(word, static_cast<int>(c))) out.push_back(static_cast<int>(c));
  }
  return out;
}

int Lexicon::UseAsCue(int class_id) {
  if (cue_bit_[class_id] >= 0) return cue_bit_[class_id];
  if (cue_bits_used_ >= kMaxCueClasses) {
    throw UserError("lexicon: more than 128 word classes used as cues");
  }
  int bit = cue_bits_used_++;
  cue_bit_[class_id] = bit;
  cue_phrases_[bit] = class_phrases_[class_id];
  for (int w : class_words_[class_id]) {
    class_bits_[static_cast<size_t>(w) * kCueWords + (bit >> 6)] |=
        uint64_t{1} << (bit & 63);
  }
  return bit;
}

std::vector<int> Lexicon::ClassForms(int class_id, WordForm form,
                                     const std::string& where) {
  bool verb = IsVerbSelector(form);
  std::vector<int> out;
  // Copied: VerbForms may intern words, but never adds families.
  const std::vector<Family> families = class_families_[class_id];
  for (const Family& f : families) {
    if (f.verb != verb) continue;
    std::vector<int> ids =
        verb ? VerbForms(f.base, form) : NounForms(f.base, form);
    out.insert(out.end(), ids.begin(), ids.end());
  }
  if (out.empty()) {
    throw UserError(where + ": '@" + class_names_[class_id] + "' has no " +
                    (verb ? "verb~" : "noun+") +
                    " members to take that form of");
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<int> Lexicon::VerbForms(std::string_view base, WordForm form) {
  std::string key(base);
  VerbFormSet set = RegularVerbForms(key);
  auto irregular = irregular_.find(key);
  if (irregular != irregular_.end()) {
    AddIrregularVerbForms(irregular->second, &set);
  }
  std::vector<int> ids;
  for (WordForm f : {WordForm::kBase, WordForm::kS, WordForm::kPast,
                     WordForm::kParticiple, WordForm::kIng}) {
    for (const std::string& text : *set.Of(f)) {
      int id = Intern(text);
      if (verb_form_.size() <= static_cast<size_t>(id)) {
        verb_form_.resize(id + 1);
      }
      verb_form_[id] = true;
      if (form == WordForm::kAll || form == f) ids.push_back(id);
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<int> Lexicon::NounForms(std::string_view singular, WordForm form) {
  std::string key(singular);
  std::vector<int> ids;
  if (form != WordForm::kPlural) ids.push_back(Intern(key));
  if (form != WordForm::kSingular) {
    auto irregular = plurals_.find(key);
    std::vector<std::string> plurals =
        irregular != plurals_.end() ? irregular->second : RegularPlurals(key);
    for (const std::string& p : plurals) ids.push_back(Intern(p));
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<int> Lexicon::ExpandWord(std::string_view word,
                                     const std::string& where) {
  // "strike~:participle", "visit+:plural": a family and a form selector.
  WordForm form = WordForm::kAll;
  size_t colon = word.find(':');
  std::string_view selector;
  bool has_selector = colon != std::string_view::npos && colon > 1 &&
                      (word[colon - 1] == '~' || word[colon - 1] == '+');
  if (has_selector) {
    selector = word.substr(colon + 1);
    word = word.substr(0, colon);
  }
  char family = word.size() > 1 && (word.back() == '~' || word.back() == '+')
                    ? word.back()
                    : 0;
  if (family) word.remove_suffix(1);
  if (has_selector) {
    if (!ParseFormSelector(selector, &form) ||
        IsVerbSelector(form) != (family == '~')) {
      throw UserError(where +
                      ": unknown form selector ':" + std::string(selector) +
                      "' (" + SelectorNames(family == '~') + ")");
    }
  }
  // Clitics ("'s", "'ll") are tokens of their own only after a word, so
  // they are keyed as written.
  std::string key =
      !word.empty() && word[0] == '\'' ? std::string(word) : PhraseKey(word);
  if (key.empty() || key.find(' ') != std::string::npos) {
    throw UserError(where + ": '" + std::string(word) +
                    "' is not a single token (write hyphenated or "
                    "multi-word phrases as separate elements)");
  }
  if (family == '~') return VerbForms(key, form);
  if (family == '+') return NounForms(key, form);
  return {Intern(key)};
}

void Lexicon::ParseClassLine(std::string_view line, const std::string& where) {
  size_t eq = line.find('=');
  if (eq == std::string_view::npos) {
    throw UserError(where + ": expected '@class = words...'");
  }
  std::string name = Trim(line.substr(1, eq - 1));
  if (name.empty()) throw UserError(where + ": empty class name");
  int id = ClassId(name);
  if (id < 0) {
    id = static_cast<int>(class_names_.size());
    class_names_.push_back(name);
    class_words_.emplace_back();
    class_families_.emplace_back();
    class_phrases_.emplace_back();
    cue_bit_.push_back(-1);
  }
  std::vector<std::string_view> words = SplitWords(line.substr(eq + 1));
  if (words.empty())
    throw UserError(where + ": class '@" + name + "' is empty");
  for (std::string_view w : words) {
    if (w.size() > 1 && w[0] == '@') {
      // "@title = @title_abbreviation president ...": another class's words
      // and families, from a line above.
      int other = ClassId(w.substr(1));
      if (other < 0 || other == id) {
        throw UserError(where + ": unknown word class '" + std::string(w) +
                        "' (a class includes only classes defined above)");
      }
      class_words_[id].insert(class_words_[id].end(),
                              class_words_[other].begin(),
                              class_words_[other].end());
      class_families_[id].insert(class_families_[id].end(),
                                 class_families_[other].begin(),
                                 class_families_[other].end());
      class_phrases_[id].insert(class_phrases_[id].end(),
                                class_phrases_[other].begin(),
                                class_phrases_[other].end());
      continue;
    }
    // "as_well_as": a phrase of single-token words.
    if (w.size() > 2 && w.find('_') != std::string_view::npos &&
        w.front() != '_' && w.back() != '_') {
      std::vector<int> phrase;
      for (std::string_view part : Split(w, '_')) {
        std::vector<int> ids = ExpandWord(part, where);
        if (ids.size() != 1 || part.back() == '~' || part.back() == '+') {
          throw UserError(where + ": '" + std::string(w) +
                          "': a phrase member is plain words joined by '_'");
        }
        phrase.push_back(ids[0]);
      }
      class_phrases_[id].push_back(std::move(phrase));
      continue;
    }
    std::vector<int>& members = class_words_[id];
    std::vector<int> ids = ExpandWord(w, where);
    members.insert(members.end(), ids.begin(), ids.end());
    char last = w.size() > 1 ? w.back() : 0;
    if (last == '~' || last == '+') {
      class_families_[id].push_back(
          {PhraseKey(w.substr(0, w.size() - 1)), last == '~'});
    }
  }
  std::vector<int>& members = class_words_[id];
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
}

void Lexicon::ParseIrregularLine(std::string_view line,
                                 const std::string& where) {
  std::vector<std::string_view> words = SplitWords(line);
  bool verb = words[0] == "verb";
  if (words.size() < 3) {
    throw UserError(where + (verb ? ": expected 'verb BASE FORM...'"
                                  : ": expected 'noun SINGULAR PLURAL...'"));
  }
  auto& table = verb ? irregular_ : plurals_;
  std::vector<std::string>& forms = table[PhraseKey(words[1])];
  for (size_t i = 2; i < words.size(); ++i)
    forms.push_back(PhraseKey(words[i]));
}

void Lexicon::Load(const std::string& path) {
  std::string contents = ReadFile(path);
  // Verb and noun lines first, so that classes can use irregular forms
  // ("meet~", "crisis+").
  std::vector<std::pair<int, std::string>> class_lines;
  for (const ConfigLine& line : ConfigLines(contents)) {
    int number = line.number;
    std::string text = Trim(line.text);
    std::string where = Located(path, number, 1, "");
    where.resize(where.size() - 2);  // drop ": "
    if (text[0] == '@') {
      class_lines.emplace_back(number, text);
    } else if (text.rfind("verb ", 0) == 0 || text.rfind("noun ", 0) == 0) {
      ParseIrregularLine(text, where);
    } else {
      throw UserError(where +
                      ": expected '@class = ...', 'verb ...' or 'noun ...'");
    }
  }
  for (const auto& [n, text] : class_lines) {
    std::string where = path + ":" + std::to_string(n) + ":1";
    ParseClassLine(text, where);
  }
}

}  // namespace actorgraph
