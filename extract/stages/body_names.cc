#include "extract/stages/body_names.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/stages/person_cues.h"

namespace actorgraph {
namespace {

// A mention the name finder made from orthography alone, which a body of
// the home country may take over.
bool FoundName(const DocAnalysis& d, const ActorMention& m) {
  return m.actors.size() == 1 && d.actors[m.actors[0]].entry < 0 &&
         m.kind == MentionKind::kName;
}

// The end of the body's words at token i, or i when they do not follow.
uint32_t BodyEnd(const DocAnalysis& d, uint32_t i, const BodyName& b) {
  uint32_t e = i + 1;
  size_t at = 0;
  while (at < b.rest.size()) {
    size_t space = b.rest.find(' ', at);
    if (space == std::string::npos) space = b.rest.size();
    if (!d.KeyIs(e, std::string_view(b.rest).substr(at, space - at)) ||
        d.sentence_of[e] != d.sentence_of[i]) {
      return i;
    }
    ++e;
    at = space + 1;
  }
  return e;
}

bool CapitalWord(const DocAnalysis& d, size_t i) {
  return d.Flag(i, kWord) && d.Flag(i, kCapitalized);
}

// May the actor of mention `m` stand right before a body word?  A place
// ("a Missouri Democrat") or another body ("Senate Republicans").
bool QualifiesBody(const DocAnalysis& d, const ActorMention& m) {
  return m.actors.size() == 1 &&
         (std::string_view(m.how) == "home_body" ||
          d.actors[m.actors[0]].info.type == "Location");
}

// Is [i, e) the body's name alone: free, or exactly a found name, and not
// part of a longer name or someone's ("Brazil's Congress")?
bool StandsAlone(const DocAnalysis& d, uint32_t i, uint32_t e) {
  const ActorMention* m = d.MentionAt(i);
  if (m && !(FoundName(d, *m) && m->first == i && m->end == e)) return false;
  for (uint32_t t = i + 1; t < e && !m; ++t) {
    if (d.MentionAt(t)) return false;
  }
  const Sentence& s = d.SentenceOf(i);
  if (i > s.first_token) {
    uint32_t p = i - 1;
    const ActorMention* before = d.MentionAt(p);
    if (d.KeyIs(p, "'s") || (before && !QualifiesBody(d, *before)))
      return false;
    if (!before && CapitalWord(d, p) && !d.Is(p, d.cues.definite) &&
        !d.ontology.names().FindPlace(std::string(d.Key(p)))) {
      return false;
    }
  }
  const NameLists& n = d.ontology.names();
  if (e < s.end_token && CapitalWord(d, e) && !d.MentionAt(e) &&
      !d.Is(e, d.cues.title) && !d.Is(e, d.cues.role) &&
      !n.BodiesAt(d.Key(e))) {
    return false;
  }
  return true;
}

int BodyActor(DocAnalysis* d, const BodyName& b) {
  if (b.actor >= 0) return d->ActorForEntry(b.actor);
  ActorInfo info;
  info.type = "Organization";
  info.label = b.label;
  info.id = "org:" + ActorSlug(b.label);
  info.affiliation = d->ontology.actors().entries()[b.country].info.id;
  return d->ActorFor(info, -1);
}

}  // namespace

CountryCounts CountCountries(const DocAnalysis& d) {
  const std::vector<ActorEntry>& table = d.ontology.actors().entries();
  CountryCounts out;
  for (const ActorMention& m : d.mentions) {
    if (m.actors.size() != 1) continue;
    const DocActor& a = d.actors[m.actors[0]];
    int entry = a.acts_for >= 0 ? d.actors[a.acts_for].entry : a.entry;
    // A found place ("Kansas") counts for its country.
    if (entry < 0 && a.info.type == "Location" && !a.info.affiliation.empty())
      entry = d.ontology.actors().IndexOf(a.info.affiliation);
    if (entry < 0) continue;
    if (table[entry].info.type != "Country") {
      // "the State Department" speaks for its country.
      if (table[entry].acts_for.empty()) continue;
      entry = d.ontology.actors().IndexOf(table[entry].acts_for);
      if (entry < 0) continue;
    }
    out.top = std::max(out.top, ++out.count[entry]);
  }
  return out;
}

void FindBodyNames(DocAnalysis* doc) {
  DocAnalysis& d = *doc;
  const NameLists& n = d.ontology.names();
  CountryCounts counts;
  bool counted = false;
  for (uint32_t i = 0; i < d.size(); ++i) {
    if (!CapitalWord(d, i) || d.Flag(i, kAllCaps)) continue;
    const std::vector<BodyName>* bodies = n.BodiesAt(d.Key(i));
    if (!bodies) continue;
    if (!counted) {
      counts = CountCountries(d);
      counted = true;
    }
    // The body of the country mentioned most, if the document is about it.
    const BodyName* best = nullptr;
    int best_count = 0;
    uint32_t best_end = i;
    for (const BodyName& b : *bodies) {
      auto c = counts.count.find(b.country);
      if (c == counts.count.end() || c->second <= best_count) continue;
      uint32_t e = BodyEnd(d, i, b);
      if (e == i || !StandsAlone(d, i, e)) continue;
      best = &b;
      best_count = c->second;
      best_end = e;
    }
    if (!best || best_count * 2 < counts.top) continue;
    d.AddMention(i, best_end, {BodyActor(&d, *best)},
                 best->adjective ? MentionKind::kAdjective : MentionKind::kName,
                 "home_body");
    i = best_end - 1;
  }
  d.SyncMentions();
}

}  // namespace actorgraph
