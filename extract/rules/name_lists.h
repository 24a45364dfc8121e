// NameLists: the evidence the name finder types names with, loaded from
// ontology/names/ (one file per cue, format in ontology/README.md):
//
//   english_words.txt     lowercase English words ("bank", "said")
//   given_names.txt       given names ("John", "Yasuhiro")
//   name_parts.txt        surnames and other name parts ("Nakasone")
//   honorifics.txt        Mr, Mrs, Dr, Sen. ...
//   company_suffixes.txt  Corp, Inc, Ltd, AG, Holdings, Airlines ...
//   org_heads.txt         Ministry, Party, Union, Bank, University ...
//   place_heads.txt       Sea, River, Island, Street, Province ...
//   acronym_stops.txt     capitals that are no actor (GDP, CEO, AIDS)
//   person_context.txt    words after a name that show a person
//   org_context.txt       words after a name that show an organization
//   cities.tsv, places.tsv  places with their country
//   merges.txt            user merges and splits of names
//   bodies.tsv            bare body names ("Congress") of a home country
//
//   const NameLists& n = ontology.names();
//   uint32_t bits = n.Bits(doc.Key(i));
//   if (bits & NameLists::kGivenName) ...
//   const Place* p = n.FindPlace("new york");
#ifndef ACTORGRAPH_EXTRACT_RULES_NAME_LISTS_H_
#define ACTORGRAPH_EXTRACT_RULES_NAME_LISTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/rules/actor_table.h"
#include "extract/rules/lexicon.h"

namespace actorgraph {

struct Place {
  std::string name;  // as the list writes it ("New York")
  std::string iso2;  // its country
};

// A bare body name ("Congress", "the Treasury") that means `actor` in a
// document about `country` (actor table entries), or, with no actor, an
// organization named `label` of that country ("Democrats": "Democratic
// Party", a name too common in the world for the gazetteer).
struct BodyName {
  std::string rest;  // keys of the words after the first ("of commons")
  std::string label;
  int country = -1;
  int actor = -1;
  bool adjective = false;  // "Republican leaders": qualifies, names no one
};

class NameLists {
 public:
  enum Bit : uint32_t {
    kCommonWord = 1 << 0,
    kGivenName = 1 << 1,
    kNamePart = 1 << 2,
    kHonorific = 1 << 3,
    kCompanySuffix = 1 << 4,
    kOrgHead = 1 << 5,
    kStateHead = 1 << 6,  // a body of its country ("Ministry", "Army")
    kAcronymStop = 1 << 7,
    kPersonAfter = 1 << 8,
    kOrgAfter = 1 << 9,
    kPlaceHead = 1 << 10,
    // An organization's or a company's head word ("Bank", "Corp").
    kHeadWord = kOrgHead | kCompanySuffix,
  };

  // Loads every file of `dir` (ontology/names); a missing directory leaves
  // the lists empty.  Bad lines throw UserError("file:line:col: reason").
  void Load(const std::string& dir);

  // Bits of a token key (lowercase, accents stripped); 0 when unlisted.
  uint32_t Bits(std::string_view key) const {
    int id = words_.WordIdOf(key);
    return id < 0 ? 0 : bits_[id];
  }
  // A place by the key of its whole name ("new york"), or nullptr.
  const Place* FindPlace(const std::string& key) const;
  // The fuller name a user merged a short one into ("reagan" -> "Ronald
  // Reagan"), or nullptr.
  const std::string* MergedInto(const std::string& key) const;
  // Did the user say that short name `short_key` never means `full_key`?
  bool Split(const std::string& short_key, const std::string& full_key) const;
  int max_place_tokens() const { return max_place_tokens_; }
  bool empty() const { return bits_.empty() && places_.empty(); }
  // Indexes the countries of `actors` by ISO 3166-1 alpha-2 code.
  void IndexCountries(const ActorTable& actors);
  // The actor table index of the country with that code, or -1.
  int CountryEntry(const std::string& iso2) const {
    auto it = countries_.find(iso2);
    return it == countries_.end() ? -1 : it->second;
  }
  // Reads bodies.tsv of `dir` ("BODY<TAB>COUNTRY ID<TAB>ACTOR ID or
  // NAME[<TAB>adjective]"), skipping the rows whose country or actor
  // `actors` lacks; a malformed row throws UserError("file:line:col:
  // reason").
  void LoadBodies(const std::string& dir, const ActorTable& actors);
  // The body names whose first word has this key, or nullptr.
  const std::vector<BodyName>* BodiesAt(std::string_view key) const {
    if (bodies_.empty()) return nullptr;
    auto it = bodies_.find(std::string(key));
    return it == bodies_.end() ? nullptr : &it->second;
  }

 private:
  // The ontology cache stores every member (extract/rules/ontology_codec.h).
  template <typename T>
  friend struct Fields;

  void LoadWords(const std::string& path, uint32_t bit, bool optional);
  void LoadOrgHeads(const std::string& path);
  void LoadPlaces(const std::string& path);
  void LoadMerges(const std::string& path);
  void Mark(std::string_view word, uint32_t bit);

  Lexicon words_;  // only its word index: ids of listed keys
  std::vector<uint32_t> bits_;
  // Places by the id of their key in place_keys_ (a flat index, where a
  // map of strings would miss the cache on every lookup).
  Lexicon place_keys_;
  std::vector<Place> places_;
  std::unordered_map<std::string, std::string> merges_;
  std::unordered_map<std::string, std::vector<std::string>> splits_;
  std::unordered_map<std::string, int> countries_;
  std::unordered_map<std::string, std::vector<BodyName>> bodies_;
  int max_place_tokens_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_NAME_LISTS_H_
