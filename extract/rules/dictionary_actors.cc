#include "extract/rules/dictionary_actors.h"

#include <filesystem>

#include "extract/base/strings.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

bool IsLetter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

char Lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
char Upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

std::vector<std::string> Words(const std::string& phrase) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < phrase.size()) {
    size_t sp = phrase.find(' ', start);
    if (sp == std::string::npos) sp = phrase.size();
    if (sp > start) out.push_back(phrase.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

// Case-insensitive key of a surface: ASCII lower case, a leading "the "
// dropped (the curated files' rule for what names the same thing).
std::string Fold(const std::string& surface) {
  std::string key;
  for (char c : surface) key += Lower(c);
  if (key.compare(0, 4, "the ") == 0) key.erase(0, 4);
  return key;
}

// "A." or "U.S.": single letters with periods, kept upper case.
bool IsInitials(const std::string& w) {
  if (w.find('.') == std::string::npos) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (IsLetter(w[i]) && i + 1 < w.size() && IsLetter(w[i + 1])) return false;
  }
  return true;
}

bool IsRomanNumeral(const std::string& w) {
  return w.size() <= 4 && w.find_first_not_of("IVX") == std::string::npos;
}

// One word, three letters or fewer or no vowel: "IMF", "UN", "PLO".
bool IsAcronym(const std::string& w) {
  size_t letters = 0;
  bool vowel = false;
  for (char c : w) {
    if (!IsLetter(c)) {
      if (c != '.' && c != '&') return false;
      continue;
    }
    ++letters;
    vowel = vowel ||
            std::string_view("AEIOUY").find(Upper(c)) != std::string_view::npos;
  }
  return letters >= 2 && (letters <= 3 || !vowel);
}

std::string TitleCase(const std::string& w) {
  std::string out;
  bool start = true;
  for (char c : w) {
    out += start ? Upper(c) : Lower(c);
    start = !IsLetter(c) && c != '\'';
  }
  return out;
}

bool IsOrganizationWord(const std::string& w) {
  static const std::unordered_set<std::string> kWords = {
      "OF",          "THE",          "AND",
      "FOR",         "MINISTRY",     "COUNCIL",
      "PARTY",       "ASSEMBLY",     "COMMITTEE",
      "GOVERNMENT",  "ARMY",         "FORCES",
      "FORCE",       "FRONT",        "MOVEMENT",
      "UNION",       "BANK",         "COURT",
      "AGENCY",      "ORGANIZATION", "ORGANISATION",
      "ASSOCIATION", "INSTITUTE",    "COMMISSION",
      "DEPARTMENT",  "OFFICE",       "SOVIET",
      "PARLIAMENT",  "CONGRESS",     "SENATE",
      "POLICE",      "GROUP",        "BRIGADE",
      "BRIGADES",    "LEAGUE",       "CORPORATION",
      "COMPANY",     "INC",          "LTD",
      "NEWS",        "REPUBLIC",     "KINGDOM",
      "STATE",       "STATES",       "ADMINISTRATION"};
  return kWords.count(w) > 0;
}

}  // namespace

bool IsStateSector(const std::string& sector) {
  static const char* const kSectors[] = {"GOV", "MIL", "LEG",
                                         "JUD", "COP", "SPY"};
  for (const char* s : kSectors) {
    if (sector.compare(0, 3, s) == 0) return true;
  }
  return false;
}

std::string DictionarySurface(const std::string& phrase) {
  std::vector<std::string> words = Words(phrase);
  if (words.size() == 1 && IsAcronym(words[0])) return words[0];
  for (size_t i = 0; i < words.size(); ++i) {
    std::string& w = words[i];
    if (IsInitials(w) || (i > 0 && IsRomanNumeral(w))) continue;
    w = TitleCase(w);
  }
  return Join(words, " ");
}

DictionaryActors::DictionaryActors(
    ActorTable* table, std::function<bool(std::string_view)> is_cue_word,
    std::function<bool(std::string_view)> is_word)
    : table_(table),
      is_cue_word_(std::move(is_cue_word)),
      is_word_(std::move(is_word)) {
  curated_size_ = table->entries().size();
  for (size_t i = 0; i < curated_size_; ++i) {
    const ActorEntry& e = table->entries()[i];
    curated_countries_ = curated_countries_ || e.info.type == "Country";
    auto own = [&](const std::string& s) {
      curated_.emplace(Fold(s), static_cast<int>(i));
    };
    own(e.info.label);
    for (const std::string& s : e.info.aliases) own(s);
    for (const std::string& s : e.adjectives) own(s);
    for (const std::string& s : e.metonyms) own(s);
    for (const std::string& s : e.short_names) own(s);
  }
}

void DictionaryActors::NameNote(const std::string& note) {
  report_.name_notes.push_back(note);
}

void DictionaryActors::Add(const DictionaryRead& read,
                           const std::string& path) {
  report_.skipped += read.warning_count;
  for (const std::string& w : read.warnings) report_.notes.push_back(w);
  table_->Reserve(table_->entries().size() + read.actors.size());
  for (const DictActor& a : read.actors) AddActor(a, path);
}

std::string DictionaryActors::KindOf(const DictActor& a,
                                     const std::string& code) const {
  bool dated = false;
  for (const DatedCode& c : a.codes) dated = dated || !c.Undated();
  // A bare three-letter code names a country ("UKRAINE [UKR >911221]"),
  // unless it is only the default beside dated roles: then it is someone
  // of that country ("HAMFAST GAMGEE [HOB] [HOBGOV 20121109-20130119]").
  const DatedCode* now = a.CodeAt(0);
  bool bare = code.size() == 3 && IsLetter(code[0]) && IsLetter(code[1]) &&
              IsLetter(code[2]);
  if (bare && (!dated || (now && !now->Undated()))) return "Country";
  bool person = a.note.find("CountryInfo") != std::string::npos;
  if (!person && dated) {
    std::vector<std::string> words = Words(a.names[0]);
    person = words.size() >= 2 && words.size() <= 5;
    for (const std::string& w : words) {
      person = person && !IsOrganizationWord(w) && !is_cue_word_(Fold(w));
    }
  }
  return person ? "Person" : "Organization";
}

DictionaryActors::Names DictionaryActors::SurfacesOf(const DictActor& a,
                                                     bool person) const {
  Names n;
  auto add = [&](const std::string& s) {
    if (s.empty() || s == n.label) return;
    for (const std::string& x : n.aliases) {
      if (x == s) return;
    }
    n.aliases.push_back(s);
  };
  for (const std::string& phrase : a.names) {
    std::vector<std::string> words = Words(phrase);
    // "Reagan administration", "German chancellor": a body or an office,
    // which role phrases and agent nouns resolve, not a name.
    if (words.size() > 1 && is_cue_word_(Fold(words.back()))) continue;
    if (words.size() == 1 && is_word_(Fold(words[0]))) continue;
    std::string surface = DictionarySurface(phrase);
    std::vector<std::string> plain;  // without middle initials
    for (size_t i = 0; i < words.size(); ++i) {
      bool middle = i > 0 && i + 1 < words.size();
      if (!(person && middle && IsInitials(words[i])))
        plain.push_back(words[i]);
    }
    std::string without = DictionarySurface(Join(plain, " "));
    if (n.label.empty()) {
      n.label = person ? without : surface;
      add(surface);
    } else {
      add(surface);
      add(without);
    }
  }
  return n;
}

int DictionaryActors::CuratedMatch(const Names& names,
                                   const std::string& type) const {
  auto match = [&](const std::string& s) {
    auto it = curated_.find(Fold(s));
    if (it == curated_.end()) return -1;
    return table_->entries()[it->second].info.type == type ? it->second : -1;
  };
  int m = match(names.label);
  for (size_t i = 0; m < 0 && i < names.aliases.size(); ++i)
    m = match(names.aliases[i]);
  return m;
}

// A surface a curated actor other than `owner` uses is left to it.
bool DictionaryActors::Free(const std::string& surface, int owner,
                            const std::string& path, int line) {
  auto it = curated_.find(Fold(surface));
  if (it == curated_.end() || it->second == owner) return true;
  ++report_.conflicts;
  NameNote(Located(path, line, 0,
                   "name \"" + surface + "\" already names curated " +
                       table_->entries()[it->second].info.id +
                       " (curated wins)"));
  return false;
}

// A name an earlier dictionary actor has: the mention finder gives it to
// that one, so it is noted (the dictionaries have many such names).
void DictionaryActors::NoteShared(const ActorEntry& e) {
  int index = static_cast<int>(table_->entries().size());
  auto note = [&](const std::string& surface) {
    auto [it, fresh] = dictionary_names_.emplace(Fold(surface), index);
    if (fresh || it->second == index) return;
    ++report_.shared;
    NameNote(Located(e.file, e.line, 0,
                     "name \"" + surface + "\" already names " +
                         table_->entries()[it->second].info.id +
                         " (first wins)"));
  };
  note(e.info.label);
  for (const std::string& a : e.info.aliases) note(a);
}

std::string DictionaryActors::UniqueId(const std::string& type,
                                       const std::string& label) {
  std::string slug;
  for (char c : label) {
    char l = Lower(c);
    if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
      slug += l;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.empty()) slug = "actor";
  std::string prefix = type == "Person"    ? "person:"
                       : type == "Country" ? "country:"
                                           : "org:";
  std::string id = prefix + slug;
  for (int k = 2; table_->IndexOf(id) >= 0; ++k) {
    id = prefix + slug + "-" + std::to_string(k);
  }
  return id;
}

void DictionaryActors::AddActor(const DictActor& a, const std::string& path) {
  // The code that says what the actor is: the latest, else any real one
  // ("---" marks a period in which the name is deliberately no actor).
  auto real = [](const DatedCode* c) {
    return c && !c->code.empty() && c->code[0] != '-' && c->code[0] != '+';
  };
  const DatedCode* latest = a.CodeAt(0);
  for (size_t i = 0; !real(latest) && i < a.codes.size(); ++i)
    latest = &a.codes[i];
  if (!real(latest)) return;
  const std::string& code = latest->code;
  std::string type = KindOf(a, code);
  Names names = SurfacesOf(a, type == "Person");
  if (names.label.empty()) return;
  int country = table_->CountryByCode(code.substr(0, 3));
  if (type == "Country") {
    if (country >= 0) {
      // Another name of a known country.  The curated countries keep their
      // own names: the dictionaries list cities and rivers among them.
      if (static_cast<size_t>(country) < curated_size_) return;
      ActorEntry* e = table_->Mutable(country);
      for (std::string& s : names.aliases) e->info.aliases.push_back(s);
      e->info.aliases.push_back(names.label);
      return;
    }
    if (curated_countries_) return;  // a region code: "AFR", "WST"
  }
  int curated = CuratedMatch(names, type);
  if (curated >= 0) {
    ActorEntry* e = table_->Mutable(curated);
    if (e->codes.empty()) e->codes = a.codes;
    if (e->info.cameo.empty()) e->info.cameo = code;
    ++report_.merged;
    return;
  }
  ActorEntry e;
  e.from_dictionary = true;
  e.file = path;
  e.line = a.line;
  e.info.source = std::filesystem::path(path).filename().string();
  e.info.type = type;
  e.info.cameo = code;
  e.codes = a.codes;
  std::vector<std::string> free;
  if (Free(names.label, -1, path, a.line)) free.push_back(names.label);
  for (const std::string& s : names.aliases) {
    if (Free(s, -1, path, a.line)) free.push_back(s);
  }
  // A person's one-word name ("HASSAN", a surname alone) counts only once
  // a full name was seen; a person known by nothing longer is left out.
  for (const std::string& s : free) {
    bool single = s.find(' ') == std::string::npos;
    if (type == "Person" && single) {
      e.short_names.push_back(s);
    } else if (e.info.label.empty()) {
      e.info.label = s;
    } else {
      e.info.aliases.push_back(s);
    }
  }
  if (e.info.label.empty()) return;
  e.info.id = UniqueId(type, e.info.label);
  if (country >= 0 && type != "Country") {
    e.info.affiliation = table_->entries()[country].info.id;
    if (type == "Organization" && code.size() > 3 &&
        IsStateSector(code.substr(3))) {
      e.acts_for = e.info.affiliation;
    }
  }
  ++report_.added;
  NoteShared(e);
  table_->Add(std::move(e));
}

}  // namespace actorgraph
