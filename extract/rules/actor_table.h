// ActorTable: the gazetteer's actors as read from ontology/actors/*.tsv.
//
// Each file is tab-separated with a header line naming its columns (id,
// type, label, aliases, adjectives, metonyms, affiliation, role, from, to,
// iso2, iso3, wikidata, short, acts_for); lists inside a cell are ';'-separated.  See
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

namespace actorgraph {

struct ActorEntry {
  ActorInfo info;  // id, label, type, aliases, codes, affiliation, role
  std::vector<std::string> adjectives;   // "Russian", "Russians"
  std::vector<std::string> metonyms;     // "Moscow", "the Kremlin"
  std::vector<std::string> short_names;  // persons: only after a full name
  std::vector<std::string> roles;        // persons: "president", ...
  std::string acts_for;  // government bodies: the country they act for
  int from_year = 0, to_year = 0;        // when the role was held; 0 open
  std::string file;
  int line = 0;
  int affiliation_column = 1;  // of its cell, for messages
};

class ActorTable {
 public:
  void LoadFile(const std::string& path);
  // Checks cross-references; throws UserError at the offending line.
  void Validate() const;

  const std::vector<ActorEntry>& entries() const { return entries_; }
  const ActorEntry* Find(const std::string& id) const;
  int IndexOf(const std::string& id) const;  // -1 when unknown

 private:
  std::vector<ActorEntry> entries_;
  std::unordered_map<std::string, int> index_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_ACTOR_TABLE_H_
