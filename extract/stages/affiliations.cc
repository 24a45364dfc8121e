#include "extract/stages/affiliations.h"

#include <algorithm>

namespace actorgraph {

int GroupActorIn(const DocAnalysis& doc, uint32_t first, uint32_t end,
                 uint32_t* mention_first, uint32_t* mention_end) {
  for (uint32_t i = first; i < end && i < doc.size(); ++i) {
    const ActorMention* m = doc.MentionAt(i);
    if (!m || m->actors.size() != 1) continue;
    // "its ambassador to Kuwait": the host country is not the employer.
    if (i > first && doc.Is(i - 1, doc.cues.host_link)) {
      i = m->end - 1;
      continue;
    }
    const std::string& type = doc.actors[m->actors[0]].info.type;
    if (type == "Country" || type == "Organization") {
      *mention_first = m->first;
      *mention_end = m->end;
      return m->actors[0];
    }
    i = m->end - 1;
  }
  return -1;
}

bool Affiliate(DocAnalysis* doc, int person, uint32_t first, uint32_t end,
               uint32_t name_first, uint32_t name_end, const char* rule,
               const std::string& role) {
  uint32_t gf = 0, ge = 0;
  int group = GroupActorIn(*doc, first, end, &gf, &ge);
  DocActor& p = doc->actors[person];
  if (p.info.role.empty() && !role.empty()) p.info.role = role;
  // Each role once: a person introduced in every paragraph of a long
  // report must not make every later role lookup longer.
  if (!role.empty() &&
      std::find(p.roles.begin(), p.roles.end(), role) == p.roles.end()) {
    p.roles.push_back(role);
  }
  if (group < 0 || group == person) return false;
  if (p.country < 0) p.country = group;
  if (p.info.affiliation.empty())
    p.info.affiliation = doc->actors[group].info.id;
  doc->AddAffiliation({person, group, first, end,  // the cue
                       name_first, name_end,       // the person
                       gf, ge,                     // the group
                       doc->sentence_of[first], rule});
  return true;
}

void AffiliateWithOwnCountry(DocAnalysis* doc, int person, uint32_t first,
                             uint32_t name_first, uint32_t name_end) {
  const std::string& own = doc->actors[person].info.affiliation;
  if (own.empty() || doc->actors[person].entry < 0) return;
  const ActorTable& table = doc->ontology.actors();
  int entry = table.IndexOf(own);
  if (entry < 0 || table.entries()[entry].info.type != "Country") return;
  int country = doc->ActorForEntry(entry);
  if (country == person) return;
  // The title is the cue and names the country.
  doc->AddAffiliation({person, country, first, name_first, name_first, name_end,
                       first, name_first, doc->sentence_of[first],
                       "affiliated_with.office"});
}

}  // namespace actorgraph
