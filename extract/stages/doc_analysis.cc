#include "extract/stages/doc_analysis.h"

#include <algorithm>
#include <iterator>

namespace actorgraph {

std::string_view DocAnalysis::Surface(uint32_t first, uint32_t end) const {
  if (first >= end || end > size()) return {};
  uint32_t b = text.tokens[first].begin;
  uint32_t e = text.tokens[end - 1].end;
  return std::string_view(doc.text).substr(b, e - b);
}

int DocAnalysis::ActorFor(const ActorInfo& info, int entry) {
  auto it = actor_by_id.find(info.id);
  if (it != actor_by_id.end()) return it->second;
  DocActor a;
  a.info = info;
  a.info.mentions = 0;
  a.entry = entry;
  int index = static_cast<int>(actors.size());
  actors.push_back(std::move(a));
  actor_by_id.emplace(info.id, index);
  return index;
}

int DocAnalysis::ActorForEntry(int entry) {
  const ActorTable& table = ontology.actors();
  int resolved = ResolveAt(table, entry, date);
  if (resolved >= 0) entry = resolved;
  const ActorEntry& e = table.entries()[entry];
  auto it = actor_by_id.find(e.info.id);
  if (it != actor_by_id.end()) return it->second;
  int index = ActorFor(e.info, entry);
  DocActor& a = actors[index];
  a.roles = e.roles;
  if (!e.codes.empty()) ApplyDatedRole(table, e, date, &a.info);
  return index;
}

int DocAnalysis::SectorActor(int country, const std::string& code,
                             const std::string& label) {
  // It takes the type of what it acts for, so that the stages treat
  // "Israeli troops" where they treated "Israel".
  ActorInfo info;
  info.id = kSectorIdPrefix + code;
  info.label = label;
  info.type = actors[country].info.type;
  info.cameo = code;
  info.affiliation = actors[country].info.id;
  info.source = actors[country].info.source;
  auto it = actor_by_id.find(info.id);
  if (it != actor_by_id.end()) return it->second;
  int index = ActorFor(info, -1);
  actors[index].acts_for = country;
  actors[index].country = country;
  return index;
}

ActorMention DocAnalysis::MakeMention(uint32_t first, uint32_t end,
                                      MentionActors mention_actors,
                                      MentionKind kind, const char* how,
                                      uint32_t name_first,
                                      uint32_t name_end) const {
  ActorMention m;
  m.first = first;
  m.end = end;
  m.name_first = name_first;
  m.name_end = name_end;
  m.sentence = sentence_of[first];
  m.actors = mention_actors;
  m.kind = kind;
  m.how = how;
  m.possessive = Is(end, cues.genitive);
  return m;
}

void DocAnalysis::AddMention(uint32_t first, uint32_t end,
                             MentionActors mention_actors, MentionKind kind,
                             const char* how, uint32_t name_first,
                             uint32_t name_end) {
  AddMention(
      MakeMention(first, end, mention_actors, kind, how, name_first, name_end));
}

void DocAnalysis::AddMention(ActorMention m) {
  for (uint32_t t = m.first; t < m.end && t < covering.size(); ++t) {
    if (covering[t] >= 0) Remove(covering[t]);
  }
  int id = static_cast<int>(mentions.size() + added_.size());
  for (uint32_t t = m.first; t < m.end && t < covering.size(); ++t) {
    covering[t] = id;
  }
  added_.push_back(std::move(m));
}

void DocAnalysis::Remove(int id) {
  const ActorMention& m = ById(id);
  for (uint32_t t = m.first; t < m.end; ++t) covering[t] = -1;
  if (removed_.size() <= static_cast<size_t>(id)) removed_.resize(id + 1);
  removed_[id] = true;
  any_removed_ = true;
}

void DocAnalysis::SyncMentions() {
  if (added_.empty() && !any_removed_) return;
  auto live = [&](size_t id) { return id >= removed_.size() || !removed_[id]; };
  auto by_first = [](const ActorMention& a, const ActorMention& b) {
    return a.first < b.first;
  };
  std::vector<ActorMention> more;
  more.reserve(added_.size());
  for (size_t k = 0; k < added_.size(); ++k) {
    if (live(mentions.size() + k)) more.push_back(std::move(added_[k]));
  }
  std::sort(more.begin(), more.end(), by_first);
  // In place: drop the replaced, then merge from the back into the room
  // the list already has (a long document holds millions of mentions).
  size_t n = 0;
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (!live(k)) continue;
    if (n != k) mentions[n] = std::move(mentions[k]);
    ++n;
  }
  mentions.resize(n);
  if (mentions.capacity() < n + more.size()) mentions.reserve(n + more.size());
  mentions.resize(n + more.size());
  for (size_t out = mentions.size(), j = more.size(); j > 0;) {
    if (n > 0 && mentions[n - 1].first > more[j - 1].first) {
      mentions[--out] = std::move(mentions[--n]);
    } else {
      mentions[--out] = std::move(more[--j]);
    }
  }
  added_.clear();
  RebuildCovering();
}

void DocAnalysis::AddAffiliation(const AffiliationFact& f) {
  if (affiliation_pairs_.emplace(f.person, f.group).second) {
    affiliations.push_back(f);
  }
}

void DocAnalysis::AddDisjointMentions(std::vector<ActorMention> more) {
  // They replace nothing: `covering` need not be consulted (a caller may
  // have edited `mentions` directly), the sync merges them in.
  SyncMentions();
  added_ = std::move(more);
  SyncMentions();
}

void DocAnalysis::RebuildCovering() {
  removed_.clear();
  any_removed_ = false;
  covering.assign(size(), -1);
  for (size_t i = 0; i < mentions.size(); ++i) {
    for (uint32_t t = mentions[i].first; t < mentions[i].end; ++t) {
      covering[t] = static_cast<int>(i);
    }
  }
}

}  // namespace actorgraph
