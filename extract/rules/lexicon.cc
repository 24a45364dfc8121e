#include "extract/rules/lexicon.h"
#include "extract/base/file_io.h"
#include "extract/base/strings.h"

#include <algorithm>
#include <cstring>
#include <fstream>

#include "extract/text/text.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Regular English verb forms.  Over-generation ("shoted") is harmless: the
// extra forms never occur in text.
std::vector<std::string> RegularForms(const std::string& base) {
  std::vector<std::string> out = {base};
  if (base.empty()) return out;
  char last = base.back();
  bool consonant_y =
      last == 'y' && base.size() > 1 && !IsVowel(base[base.size() - 2]);
  std::string stem = base.substr(0, base.size() - 1);
  if (consonant_y) {
    out.push_back(stem + "ies");
    out.push_back(stem + "ied");
  } else if (EndsWith(base, "s") || EndsWith(base, "x") ||
             EndsWith(base, "z") || EndsWith(base, "ch") ||
             EndsWith(base, "sh")) {
    out.push_back(base + "es");
    out.push_back(base + "ed");
  } else {
    out.push_back(base + "s");
    out.push_back(last == 'e' ? base + "d" : base + "ed");
  }
  bool silent_e = last == 'e' && !EndsWith(base, "ee") &&
                  !EndsWith(base, "ye") && !EndsWith(base, "oe");
  out.push_back(silent_e ? stem + "ing" : base + "ing");
  // Doubled final consonant: "ban" -> "banned", "banning".
  bool cvc = base.size() >= 3 && !IsVowel(last) && last != 'w' && last != 'x' &&
             last != 'y' && IsVowel(base[base.size() - 2]) &&
             !IsVowel(base[base.size() - 3]);
  if (cvc) {
    out.push_back(base + last + "ed");
    out.push_back(base + last + "ing");
  }
  return out;
}

uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

uint64_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

uint64_t Mix(uint64_t a, uint64_t b) {
  unsigned __int128 m = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
}

// A few overlapping loads and one multiply per word (the short-input path
// of wyhash and XXH3): no loop for the words of ordinary text.
uint64_t HashWord(std::string_view word) {
  constexpr uint64_t kSeed = 0x9E3779B97F4A7C15ull;
  constexpr uint64_t kMul = 0xD6E8FEB86659FD93ull;
  const char* p = word.data();
  const size_t n = word.size();
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    a = Load64(p);
    b = Load64(p + n - 8);
    for (size_t i = 8; i + 8 < n; i += 8) a = Mix(a ^ Load64(p + i), kMul);
  } else if (n >= 4) {
    a = Load32(p);
    b = Load32(p + n - 4);
  } else if (n > 0) {
    a = static_cast<uint8_t>(p[0]) |
        static_cast<uint64_t>(static_cast<uint8_t>(p[n / 2])) << 8;
    b = static_cast<uint8_t>(p[n - 1]);
  }
  return Mix(a ^ kSeed, b ^ kMul ^ n);
}

}  // namespace

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
  const uint64_t hash = HashWord(key);
  const uint32_t tag = static_cast<uint32_t>(hash >> 32);
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id < 0) return -1;
    if (slot.tag == tag && words_[slot.id] == key) return slot.id;
  }
}

void Lexicon::Place(int id) {
  const size_t mask = slots_.size() - 1;
  const uint64_t hash = HashWord(words_[id]);
  size_t i = hash & mask;
  while (slots_[i].id >= 0) i = (i + 1) & mask;
  slots_[i] = {static_cast<uint32_t>(hash >> 32), id};
}

int Lexicon::Intern(std::string_view key) {
  int found = WordIdOf(key);
  if (found >= 0) return found;
  int id = static_cast<int>(words_.size());
  words_.emplace_back(key);
  class_bits_.push_back(0);
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

std::vector<int> Lexicon::ClassWords(int class_id) const {
  std::vector<int> out;
  for (size_t w = 0; w < words_.size(); ++w) {
    if (InClass(static_cast<int>(w), class_id))
      out.push_back(static_cast<int>(w));
  }
  return out;
}

std::vector<int> Lexicon::VerbForms(std::string_view base) {
  std::string key(base);
  std::vector<std::string> forms = RegularForms(key);
  auto irregular = irregular_.find(key);
  if (irregular != irregular_.end()) {
    forms.insert(forms.end(), irregular->second.begin(),
                 irregular->second.end());
  }
  std::vector<int> ids;
  for (const std::string& f : forms) {
    int id = Intern(f);
    if (verb_form_.size() <= static_cast<size_t>(id)) verb_form_.resize(id + 1);
    verb_form_[id] = true;
    ids.push_back(id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<int> Lexicon::ExpandWord(std::string_view word,
                                     const std::string& where) {
  bool verb = word.size() > 1 && word.back() == '~';
  if (verb) word.remove_suffix(1);
  // Clitics ("'s", "'ll") are tokens of their own only after a word, so
  // they are keyed as written.
  std::string key =
      !word.empty() && word[0] == '\'' ? std::string(word) : PhraseKey(word);
  if (key.empty() || key.find(' ') != std::string::npos) {
    throw UserError(where + ": '" + std::string(word) +
                    "' is not a single token (write hyphenated or "
                    "multi-word phrases as separate elements)");
  }
  if (verb) return VerbForms(key);
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
    if (class_names_.size() >= kMaxClasses) {
      throw UserError(where + ": too many word classes (at most 64)");
    }
    id = static_cast<int>(class_names_.size());
    class_names_.push_back(name);
  }
  std::vector<std::string_view> words = SplitWords(line.substr(eq + 1));
  if (words.empty())
    throw UserError(where + ": class '@" + name + "' is empty");
  for (std::string_view w : words) {
    for (int word : ExpandWord(w, where))
      class_bits_[word] |= uint64_t{1} << id;
  }
}

void Lexicon::ParseVerbLine(std::string_view line, const std::string& where) {
  std::vector<std::string_view> words = SplitWords(line);
  if (words.size() < 3) {
    throw UserError(where + ": expected 'verb BASE FORM...'");
  }
  std::vector<std::string>& forms = irregular_[PhraseKey(words[1])];
  for (size_t i = 2; i < words.size(); ++i)
    forms.push_back(PhraseKey(words[i]));
}

void Lexicon::Load(const std::string& path) {
  std::string contents = ReadFile(path);
  // Verb lines first, so that classes can use irregular forms ("meet~").
  std::vector<std::pair<int, std::string>> class_lines;
  for (const ConfigLine& line : ConfigLines(contents)) {
    int number = line.number;
    std::string text = Trim(line.text);
    std::string where = Located(path, number, 1, "");
    where.resize(where.size() - 2);  // drop ": "
    if (text[0] == '@') {
      class_lines.emplace_back(number, text);
    } else if (text.rfind("verb ", 0) == 0) {
      ParseVerbLine(text, where);
    } else {
      throw UserError(where + ": expected '@class = ...' or 'verb ...'");
    }
  }
  for (const auto& [n, text] : class_lines) {
    std::string where = path + ":" + std::to_string(n) + ":1";
    ParseClassLine(text, where);
  }
}

}  // namespace actorgraph
