#include "extract/rules/name_lists.h"

#include <algorithm>
#include <filesystem>

#include "extract/base/file_io.h"
#include "extract/base/strings.h"
#include "extract/base/user_error.h"
#include "extract/text/text.h"

namespace actorgraph {
namespace fs = std::filesystem;

namespace {

// Calls f(line) for each line of `path`, a file the user may leave out.
template <typename F>
void ForOptionalLines(const std::string& path, F f) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return;
  std::string text = ReadFile(path);
  for (const ConfigLine& line : ConfigLines(text)) f(line);
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0x80) == 0;
  });
}

// The token key of one listed word, without ICU for the common ASCII case.
std::string WordKey(std::string_view word) {
  if (!IsAscii(word) || word.find_first_of(" -'.") != std::string_view::npos) {
    return PhraseKey(word);
  }
  std::string key(word);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

int TokenCount(const std::string& key) {
  return 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
}

}  // namespace

void NameLists::Mark(std::string_view word, uint32_t bit) {
  int id = words_.Intern(WordKey(word));
  if (static_cast<size_t>(id) >= bits_.size()) bits_.resize(id + 1, 0);
  bits_[id] |= bit;
}

void NameLists::LoadWords(const std::string& path, uint32_t bit,
                          bool optional) {
  std::error_code ec;
  if (optional && !fs::exists(path, ec)) return;
  std::string text = ReadFile(path);
  for (const ConfigLine& line : ConfigLines(text)) {
    for (std::string_view w : SplitWords(line.text)) Mark(w, bit);
  }
}

// "ministry state": a head word, and "state" when a body of that name acts
// for its country.
void NameLists::LoadOrgHeads(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return;
  std::string text = ReadFile(path);
  for (const ConfigLine& line : ConfigLines(text)) {
    std::vector<std::string_view> w = SplitWords(line.text);
    if (w.size() > 2 || (w.size() == 2 && w[1] != "state")) {
      throw UserError(
          Located(path, line.number, 1, "expected 'HEAD' or 'HEAD state'"));
    }
    Mark(w[0], w.size() == 2 ? kOrgHead | kStateHead : kOrgHead);
  }
}

// "name<TAB>country[<TAB>...]" after a header line starting with "name".
void NameLists::LoadPlaces(const std::string& path) {
  ForOptionalLines(path, [&](const ConfigLine& line) {
    std::vector<std::string_view> cells = actorgraph::Split(line.text, '\t');
    if (cells[0] == "name") return;
    if (cells.size() < 2 || cells[0].empty() || cells[1].size() != 2) {
      throw UserError(Located(path, line.number, 1,
                              "expected 'NAME<TAB>ISO2 country code'"));
    }
    std::string key = PhraseKey(cells[0]);
    max_place_tokens_ = std::max(max_place_tokens_, TokenCount(key));
    if (place_keys_.WordIdOf(key) >= 0) return;  // the first line wins
    place_keys_.Intern(key);
    places_.push_back(Place{std::string(cells[0]), std::string(cells[1])});
  });
}

// "Reagan = Ronald Reagan" merges; "Jordan != Michael Jordan" splits.
void NameLists::LoadMerges(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return;
  std::string text = ReadFile(path);
  for (const ConfigLine& line : ConfigLines(text)) {
    std::string_view l = line.text;
    size_t split = l.find("!=");
    size_t eq = l.find('=');
    if (eq == std::string_view::npos) {
      throw UserError(Located(path, line.number, 1,
                              "expected 'SHORT = FULL' or 'SHORT != FULL'"));
    }
    bool is_split = split != std::string_view::npos && split + 1 == eq;
    std::string left(Trim(l.substr(0, is_split ? split : eq)));
    std::string right(Trim(l.substr(eq + 1)));
    if (left.empty() || right.empty()) {
      throw UserError(Located(path, line.number, 1, "empty name"));
    }
    if (is_split) {
      splits_[PhraseKey(left)].push_back(PhraseKey(right));
    } else {
      merges_[PhraseKey(left)] = right;
    }
  }
}

void NameLists::Load(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  auto at = [&](const char* name) { return (fs::path(dir) / name).string(); };
  LoadWords(at("english_words.txt"), kCommonWord, true);
  LoadWords(at("given_names.txt"), kGivenName, true);
  LoadWords(at("name_parts.txt"), kNamePart, true);
  LoadWords(at("honorifics.txt"), kHonorific, true);
  LoadWords(at("company_suffixes.txt"), kCompanySuffix, true);
  LoadWords(at("acronym_stops.txt"), kAcronymStop, true);
  LoadWords(at("person_context.txt"), kPersonAfter, true);
  LoadWords(at("org_context.txt"), kOrgAfter, true);
  LoadWords(at("place_heads.txt"), kPlaceHead, true);
  LoadOrgHeads(at("org_heads.txt"));
  // The first place of a name wins: hand-written places before cities.
  LoadPlaces(at("places.tsv"));
  LoadPlaces(at("cities.tsv"));
  LoadMerges(at("merges.txt"));
}

// "Congress<TAB>country:USA<TAB>org:us-congress" or "Democrats<TAB>
// country:USA<TAB>Democratic Party" after a header line starting with
// "body".
void NameLists::LoadBodies(const std::string& dir, const ActorTable& actors) {
  std::string path = (fs::path(dir) / "bodies.tsv").string();
  ForOptionalLines(path, [&](const ConfigLine& line) {
    std::vector<std::string_view> cells = actorgraph::Split(line.text, '\t');
    if (cells[0] == "body") return;
    bool adjective = cells.size() == 4 && cells[3] == "adjective";
    if ((cells.size() != 3 && !adjective) || cells[0].empty()) {
      throw UserError(Located(path, line.number, 1,
                              "expected 'BODY<TAB>COUNTRY ID<TAB>ACTOR ID or "
                              "NAME[<TAB>adjective]'"));
    }
    BodyName b;
    b.adjective = adjective;
    b.country = actors.IndexOf(std::string(cells[1]));
    bool named = cells[2].find(':') == std::string_view::npos;
    if (named) {
      b.label = std::string(cells[2]);
    } else {
      b.actor = actors.IndexOf(std::string(cells[2]));
    }
    // A smaller ontology (a user's own actor files) lacks the body: it
    // names nothing there.
    if (b.country < 0 || actors.entries()[b.country].info.type != "Country" ||
        (!named && b.actor < 0)) {
      return;
    }
    std::string key = PhraseKey(cells[0]);
    size_t space = key.find(' ');
    if (space != std::string::npos) b.rest = key.substr(space + 1);
    bodies_[key.substr(0, space)].push_back(std::move(b));
  });
}

void NameLists::IndexCountries(const ActorTable& actors) {
  const std::vector<ActorEntry>& e = actors.entries();
  for (size_t i = 0; i < e.size(); ++i) {
    if (e[i].info.type == "Country" && !e[i].info.iso2.empty()) {
      countries_.emplace(e[i].info.iso2, static_cast<int>(i));
    }
  }
}

const Place* NameLists::FindPlace(const std::string& key) const {
  int id = place_keys_.WordIdOf(key);
  return id < 0 ? nullptr : &places_[id];
}

const std::string* NameLists::MergedInto(const std::string& key) const {
  auto it = merges_.find(key);
  return it == merges_.end() ? nullptr : &it->second;
}

bool NameLists::Split(const std::string& short_key,
                      const std::string& full_key) const {
  auto it = splits_.find(short_key);
  return it != splits_.end() && std::find(it->second.begin(), it->second.end(),
                                          full_key) != it->second.end();
}

}  // namespace actorgraph
