#include "extract/stages/role_holders.h"

#include <algorithm>

namespace actorgraph {

std::string RoleKey(std::string role) {
  size_t p = role.find("defence");
  if (p != std::string::npos) role.replace(p, 7, "defense");
  if (role == "premier") return "prime minister";
  return role;
}

int CountryOf(const DocAnalysis& doc, int person) {
  const DocActor& p = doc.actors[person];
  if (p.country >= 0) return p.country;
  std::string id = p.info.affiliation;
  for (int steps = 0; !id.empty() && steps < 8; ++steps) {
    auto it = doc.actor_by_id.find(id);
    if (it != doc.actor_by_id.end() &&
        doc.actors[it->second].info.type == "Country") {
      return it->second;
    }
    const ActorEntry* e = doc.ontology.actors().Find(id);
    id = e ? e->info.affiliation : "";
  }
  auto it = doc.actor_by_id.find(p.info.affiliation);
  return it == doc.actor_by_id.end() ? -1 : it->second;
}

namespace {

bool IsPersonMention(const DocAnalysis& doc, const ActorMention& m) {
  return m.actors.size() == 1 && doc.actors[m.actors[0]].info.type == "Person";
}

}  // namespace

RoleHolders::RoleHolders(const DocAnalysis& doc) : doc_(doc) {
  for (const ActorMention& m : doc.mentions) {
    if (IsPersonMention(doc, m)) Insert(&initial_, m.actors[0], m.first);
  }
}

void RoleHolders::Added(int person, uint32_t first) {
  Insert(&added_, person, first);
}

const RoleHolders::Person& RoleHolders::PersonInfo(int person) {
  if (persons_.size() <= static_cast<size_t>(person))
    persons_.resize(person + 1);
  Person& p = persons_[person];
  if (p.known) return p;
  p.known = true;
  p.country = CountryOf(doc_, person);
  p.keys = {""};
  for (const std::string& r : doc_.actors[person].roles) {
    std::string key = RoleKey(PhraseKey(r));
    if (std::find(p.keys.begin(), p.keys.end(), key) == p.keys.end()) {
      p.keys.push_back(key);
    }
  }
  return p;
}

// Files the mention under ("" and) each role key of the person; entries of
// one key stay sorted by first token.
void RoleHolders::Insert(Index* index, int person, uint32_t first) {
  const Person& p = PersonInfo(person);
  if (p.country < 0) return;
  for (const std::string& key : p.keys) {
    std::vector<Entry>& list = (*index)[Key(p.country, key)];
    Entry e{first, person};
    auto at = std::upper_bound(
        list.begin(), list.end(), first,
        [](uint32_t f, const Entry& x) { return f < x.first; });
    list.insert(at, e);
  }
}

bool RoleHolders::Live(const Entry& e) const {
  const ActorMention* m = doc_.MentionAt(e.first);
  return m && m->first == e.first && m->actors.size() == 1 &&
         m->actors[0] == e.person;
}

const RoleHolders::Entry* RoleHolders::Before(const Index& index,
                                              const Key& key,
                                              uint32_t at) const {
  auto found = index.find(key);
  if (found == index.end()) return nullptr;
  const std::vector<Entry>& list = found->second;
  auto it =
      std::lower_bound(list.begin(), list.end(), at,
                       [](const Entry& x, uint32_t f) { return x.first < f; });
  while (it != list.begin()) {
    --it;
    if (Live(*it)) return &*it;
  }
  return nullptr;
}

const RoleHolders::Entry* RoleHolders::After(const Index& index, const Key& key,
                                             uint32_t at) const {
  auto found = index.find(key);
  if (found == index.end()) return nullptr;
  const std::vector<Entry>& list = found->second;
  auto it =
      std::upper_bound(list.begin(), list.end(), at,
                       [](uint32_t f, const Entry& x) { return f < x.first; });
  for (; it != list.end(); ++it) {
    if (Live(*it)) return &*it;
  }
  return nullptr;
}

int RoleHolders::Nearest(int country, const std::string& role,
                         uint32_t at) const {
  Key key(country, role);
  const Entry* a = Before(initial_, key, at);
  const Entry* b = Before(added_, key, at);
  const Entry* before = !a ? b : !b ? a : (a->first > b->first ? a : b);
  if (before) return before->person;
  a = After(initial_, key, at);
  b = After(added_, key, at);
  const Entry* after = !a ? b : !b ? a : (a->first < b->first ? a : b);
  return after ? after->person : -1;
}

}  // namespace actorgraph
