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
  info.id = "sector:" + code;
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

void DocAnalysis::AddMention(ActorMention m) {
  auto overlaps = [&](const ActorMention& o) {
    return o.first < m.end && m.first < o.end;
  };
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(), overlaps),
                 mentions.end());
  auto at = std::lower_bound(mentions.begin(), mentions.end(), m,
                             [](const ActorMention& a, const ActorMention& b) {
                               return a.first < b.first;
                             });
  mentions.insert(at, std::move(m));
  RebuildCovering();
}

void DocAnalysis::AddDisjointMentions(std::vector<ActorMention> more) {
  if (more.empty()) return;
  auto by_first = [](const ActorMention& a, const ActorMention& b) {
    return a.first < b.first;
  };
  std::sort(more.begin(), more.end(), by_first);
  std::vector<ActorMention> merged;
  merged.reserve(mentions.size() + more.size());
  std::merge(std::make_move_iterator(mentions.begin()),
             std::make_move_iterator(mentions.end()),
             std::make_move_iterator(more.begin()),
             std::make_move_iterator(more.end()), std::back_inserter(merged),
             by_first);
  mentions.swap(merged);
  RebuildCovering();
}

void DocAnalysis::RebuildCovering() {
  covering.assign(size(), -1);
  for (size_t i = 0; i < mentions.size(); ++i) {
    for (uint32_t t = mentions[i].first; t < mentions[i].end; ++t) {
      covering[t] = static_cast<int>(i);
    }
  }
}

}  // namespace actorgraph
