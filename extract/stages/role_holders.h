// RoleHolders: the persons a document mentions, by country and role, so
// that "the Russian defense minister" finds the defense minister of Russia
// mentioned nearest before it (else first after) in O(log n), instead of
// scanning every mention of the document for every role phrase.
//
//   RoleHolders holders(*doc);           // after doc->SyncMentions()
//   int p = holders.Nearest(country, "defense minister", at);
//   holders.Added(p, first);             // a person mention added since
//
// A mention replaced since is skipped, as a scan of the mentions would.
#ifndef ACTORGRAPH_EXTRACT_STAGES_ROLE_HOLDERS_H_
#define ACTORGRAPH_EXTRACT_STAGES_ROLE_HOLDERS_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "extract/stages/doc_analysis.h"

namespace actorgraph {

// "defence minister" and "defense minister" are one role; "premier" is
// "prime minister".
std::string RoleKey(std::string role);

// The DocActor index of the country a person serves: the one a cue stated,
// else the first Country on the gazetteer's affiliation chain that this
// document mentions, else the affiliation itself if mentioned; or -1.
int CountryOf(const DocAnalysis& doc, int person);

class RoleHolders {
 public:
  explicit RoleHolders(const DocAnalysis& doc);

  // The person of DocActor `country` one of whose roles has the key `role`
  // ("" matches any person), mentioned nearest before token `at`, else
  // first after it; -1 when none.
  int Nearest(int country, const std::string& role, uint32_t at) const;
  // Records a mention of `person` starting at token `first`.
  void Added(int person, uint32_t first);

 private:
  struct Entry {
    uint32_t first;
    int person;
  };
  using Key = std::pair<int, std::string>;
  using Index = std::map<Key, std::vector<Entry>>;

  // A person's country and role keys, computed once per person.
  struct Person {
    bool known = false;
    int country = -1;
    std::vector<std::string> keys;
  };
  const Person& PersonInfo(int person);
  void Insert(Index* index, int person, uint32_t first);
  bool Live(const Entry& e) const;
  const Entry* Before(const Index& index, const Key& key, uint32_t at) const;
  const Entry* After(const Index& index, const Key& key, uint32_t at) const;

  const DocAnalysis& doc_;
  Index initial_;                // the mentions at construction, by first token
  Index added_;                  // mentions added since, by first token
  std::vector<Person> persons_;  // by DocActor index
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_ROLE_HOLDERS_H_
