// ActorTable: the gazetteer's actors as read from ontology/actors/*.tsv.
//
// Each file is tab-separated with a header line naming its columns (id,
// type, label, aliases, adjectives, metonyms, affiliation, role, from, to,
// iso2, iso3, cameo, wikidata, short, acts_for); lists inside a cell are
// ';'-separated.  See
// ontology/README.md for what each column means.
//
//   ActorTable table;
//   table.LoadFile("ontology/actors/countries.tsv");  // throws UserError
//   table.Validate();  // affiliations point to known ids
#ifndef ACTORGRAPH_EXTRACT_RULES_ACTOR_TABLE_H_
#define ACTORGRAPH_EXTRACT_RULES_ACTOR_TABLE_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/model/evidence.h"
#include "extract/rules/petrarch_dictionary.h"

namespace actorgraph {

struct ActorEntry {
  ActorInfo info;  // id, label, type, aliases, codes, affiliation, role
  std::vector<std::string> adjectives;   // "Russian", "Russians"
  std::vector<std::string> metonyms;     // "Moscow", "the Kremlin"
  std::vector<std::string> short_names;  // persons: only after a full name
  std::vector<std::string> roles;        // persons: "president", ...
  std::string acts_for;  // government bodies: the country they act for
  int from_year = 0, to_year = 0;  // when the role was held; 0 open
  // Dated CAMEO codes from a PETRARCH dictionary ("JPNGOV 821126-871106"):
  // the article's date picks the role, and with it the affiliation.
  std::vector<DatedCode> codes;
  // When the actor existed (YYYYMMDD, 0 open) and who came before and
  // after it: ontology/periods.tsv.
  int valid_from = 0, valid_to = 0;
  std::string predecessor, successor;
  bool from_dictionary = false;  // read from a PETRARCH dictionary
  std::string file;
  int line = 0;
  // Columns of cells, for messages (1 when the file has no such column).
  int affiliation_column = 1, label_column = 1, aliases_column = 1,
      adjectives_column = 1, metonyms_column = 1;
};

class ActorTable {
 public:
  void LoadFile(const std::string& path);
  // Adds one entry; throws UserError on a duplicate id.
  void Add(ActorEntry entry);
  ActorEntry* Mutable(int index) { return &entries_[index]; }
  void Reserve(size_t n) {
    entries_.reserve(n);
    index_.reserve(n);
  }
  // Checks cross-references; throws UserError at the offending line.
  void Validate() const;

  const std::vector<ActorEntry>& entries() const { return entries_; }
  const ActorEntry* Find(const std::string& id) const;
  int IndexOf(const std::string& id) const;  // -1 when unknown
  // People with roles who serve `id` (a country or body on their
  // affiliation chain), in table order: the candidates for "the Japanese
  // prime minister".  IndexOfficeHolders() fills it once the table is whole.
  const std::vector<int>& OfficeHoldersServing(const std::string& id) const;
  void IndexOfficeHolders();
  // The country whose CAMEO code (its ISO alpha-3 code unless the `cameo`
  // column says otherwise) is `code3`; -1 when none.
  int CountryByCode(const std::string& code3) const;

 private:
  // The ontology cache stores every member (extract/rules/ontology_codec.h).
  template <typename T>
  friend struct Fields;

  std::vector<ActorEntry> entries_;
  std::unordered_map<std::string, int> index_;
  std::unordered_map<std::string, int> country_codes_;
  // Affiliation (any step of the chain) -> office holders serving it.
  std::unordered_map<std::string, std::vector<int>> office_holders_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_ACTOR_TABLE_H_
