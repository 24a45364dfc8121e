#include "extract/roll_up.h"

#include <algorithm>
#include <map>

#include "extract/base/enum_names.h"

namespace actorgraph {

bool ParseRollUp(const std::string& text, RollUp* out) {
  static constexpr EnumName<RollUp> kNames[] = {{RollUp::kCountry, "country"},
                                                {RollUp::kNone, "none"}};
  return ParseName(kNames, text, out);
}

void RollUpSectors(const Ontology& ontology, DocumentResult* result) {
  std::map<std::string, std::string> into;  // sector id -> country id
  for (const ActorInfo& a : result->actors) {
    if (IsSectorId(a.id) && !a.affiliation.empty()) {
      into[a.id] = a.affiliation;
    }
  }
  if (into.empty()) return;
  std::map<std::string, int64_t> moved;
  std::vector<ActorInfo> kept;
  for (ActorInfo& a : result->actors) {
    auto it = into.find(a.id);
    if (it == into.end()) {
      kept.push_back(std::move(a));
    } else {
      moved[it->second] += a.mentions;
    }
  }
  for (const auto& [country, count] : moved) {
    // C++17 lambdas cannot capture a structured binding.
    const std::string& id = country;
    auto same = [&id](const ActorInfo& a) { return a.id == id; };
    auto at = std::find_if(kept.begin(), kept.end(), same);
    if (at == kept.end()) {
      const ActorEntry* e = ontology.actors().Find(country);
      if (!e) continue;
      kept.push_back(e->info);
      kept.back().mentions = 0;
      at = kept.end() - 1;
    }
    at->mentions += count;
  }
  std::sort(kept.begin(), kept.end(),
            [](const ActorInfo& x, const ActorInfo& y) { return x.id < y.id; });
  result->actors = std::move(kept);
  for (Mention& m : result->mentions) {
    auto it = into.find(m.actor);
    if (it != into.end()) m.actor = it->second;
  }
  for (RelationMention& r : result->relations) {
    auto s = into.find(r.source);
    if (s != into.end()) r.source = s->second;
    auto t = into.find(r.target);
    if (t != into.end()) r.target = t->second;
  }
}

}  // namespace actorgraph
