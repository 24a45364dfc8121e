#include "extract/stages/sector_agents.h"

#include <algorithm>
#include <vector>

namespace actorgraph {
namespace {

// The agent dictionaries' longest entry at token i (its index, -1: none).
// An office held by one person ("president", "foreign minister") is no
// sector: person cues and role phrases resolve it to its holder.
int AgentAt(const DocAnalysis& doc, size_t i, size_t end, int* length,
            bool roles = false) {
  if (i >= end) return -1;
  std::vector<Gazetteer::Match> m =
      doc.ontology.agent_trie().MatchesAt(doc.word, i, end);
  if (m.empty()) return -1;
  // Weapons are listed as military agents ("F-16 jets"); they are what
  // is given or used, not who acts.
  const CueClasses& c = doc.cues;
  for (size_t k = i; k < i + m[0].length; ++k) {
    bool role =
        doc.Is(k, c.title) || doc.Is(k, c.role) || doc.Is(k, c.leader_role);
    if ((role && !roles) || doc.Flag(k, kNumber)) return -1;
  }
  if (doc.Is(i + m[0].length - 1, c.preposition)) return -1;
  *length = m[0].length;
  return (*m[0].hits)[0].actor;
}

// The agent whose phrase ends exactly at token `end` (and starts no
// earlier than `floor`), or -1.
int AgentEndingAt(const DocAnalysis& doc, uint32_t end, uint32_t floor,
                  uint32_t* first, bool roles = false) {
  for (uint32_t k = std::min<uint32_t>(3, end - floor); k >= 1; --k) {
    int length = 0;
    int agent = AgentAt(doc, end - k, end, &length, roles);
    if (agent >= 0 && length == static_cast<int>(k)) {
      *first = end - k;
      return agent;
    }
  }
  return -1;
}

// A word between a name and its agent noun: "first Deputy" in "Arnor's
// first Deputy Prime Minister"; no function word, verb or other name.
bool FreeModifier(const DocAnalysis& doc, size_t i, size_t end) {
  const Token& t = doc.text.tokens[i];
  if (!t.Has(kWord)) return false;
  const CueClasses& c = doc.cues;
  if (doc.Is(i, c.preposition) || doc.Is(i, c.aux) || doc.Is(i, c.det) ||
      doc.Is(i, c.conjunction) || doc.Is(i, c.clause_break) ||
      (doc.word[i] >= 0 && doc.lexicon.IsVerbForm(doc.word[i]))) {
    return false;
  }
  return doc.ontology.gazetteer().MatchesAt(doc.word, i, end).empty();
}

// "Lawmakers in Arnor and Gondor", "the ambassadors of Arnor, Osgiliath
// and Gondor": walks back over the names listed before `first` to the
// preposition, and returns the agent before it (-1 when there is none).
int PrepositionalAgent(const DocAnalysis& doc, uint32_t first, uint32_t floor) {
  uint32_t at = first;
  for (int steps = 0; steps < 12 && at > floor; ++steps) {
    uint32_t prev = at - 1;
    if (doc.Is(prev, doc.cues.agent_preposition)) {
      uint32_t agent_first = 0;
      return prev > floor ? AgentEndingAt(doc, prev, floor, &agent_first) : -1;
    }
    if (!doc.KeyIs(prev, ",") && !doc.Is(prev, doc.cues.additive)) return -1;
    // The list item before the separator must be a name found already.
    const ActorMention* before = nullptr;
    for (auto it = doc.mentions.rbegin(); it != doc.mentions.rend(); ++it) {
      if (it->end <= prev) {
        before = &*it;
        break;
      }
    }
    if (!before || before->end != prev) return -1;
    at = before->first;
  }
  return -1;
}

}  // namespace

std::string CombineCodes(const std::string& before, const std::string& base,
                         const std::string& after) {
  std::string code = base;
  if (!before.empty() && base.compare(0, before.size(), before) != 0) {
    code = before + code;
  }
  if (!after.empty() &&
      base.find(after, std::min<size_t>(3, base.size())) == std::string::npos) {
    code += after;
  }
  return code;
}

void AttachAgents(DocAnalysis* doc, ActorMention* m, uint32_t name_end,
                  const Sentence& s) {
  if (doc->ontology.agents().empty() || m->actors.size() != 1) return;
  int base = m->actors[0];
  const ActorInfo& info = doc->actors[base].info;
  if (info.type == "Person" || info.type == "Location" || info.cameo.empty()) {
    return;
  }
  const std::vector<DictAgent>& agents = doc->ontology.agents();
  std::string before, after, noun;
  auto take = [&](int agent) {
    const DictAgent& a = agents[agent];
    (a.before ? before : after) += a.code;
    if (noun.empty()) noun = a.phrase;
  };
  uint32_t first = m->first, end = m->end;
  size_t at = name_end + (doc->Is(name_end, doc->cues.genitive) ? 1 : 0);
  // After a plain name at most one modifier ("Gondor main opposition
  // group"), after an adjective or a possessive two.
  bool modifies = m->kind == MentionKind::kAdjective || at > name_end;
  size_t reach = modifies ? 2 : 1;
  for (size_t k = 0; k <= reach && at + k < s.end_token; ++k) {
    int length = 0;
    int agent = AgentAt(*doc, at + k, s.end_token, &length);
    // "Tokyo's Liberal Democratic Party": capitalized words before a
    // capitalized agent noun make a name of their own, not a sector.
    if (agent >= 0 && k > 0 && doc->Flag(at + k, kCapitalized) &&
        doc->Flag(at + k - 1, kCapitalized)) {
      break;
    }
    if (agent >= 0) {
      take(agent);
      end = std::max<uint32_t>(end, static_cast<uint32_t>(at + k + length));
      break;
    }
    if (!FreeModifier(*doc, at + k, s.end_token)) break;
  }
  uint32_t agent_first = 0;
  // An office right before a country's name is no person's title ("Prime
  // Minister Arnor" codes Arnor's government).
  bool country_name = info.type == "Country" && m->kind == MentionKind::kName;
  int left =
      AgentEndingAt(*doc, m->first, s.first_token, &agent_first, country_name);
  if (left >= 0) {
    take(left);
    first = agent_first;
  } else if ((left = PrepositionalAgent(*doc, m->first, s.first_token)) >= 0) {
    take(left);
  }
  if (noun.empty()) return;
  std::string label = info.label + " " + PhraseKey(noun);
  m->actors.assign(
      1,
      doc->SectorActor(base, CombineCodes(before, info.cameo, after), label));
  // "[U.S.] troops" names the country; "Russian troops" names nothing, and
  // "the government of Gondor" keeps the name's span.
  bool widened = first != m->first || end != m->end;
  if (m->name_end == 0 && m->Named() && widened) {
    m->name_first = m->first;
    m->name_end = m->end;
  }
  m->first = first;
  m->end = end;
  m->kind = MentionKind::kAgent;
  m->how = "agent_phrase";
}

void AssignPersonCodes(DocAnalysis* doc) {
  if (doc->ontology.agents().empty()) return;
  for (DocActor& a : doc->actors) {
    if (a.info.type != "Person" || !a.info.cameo.empty() || a.roles.empty()) {
      continue;
    }
    std::string country;
    if (a.country >= 0) {
      country = doc->actors[a.country].info.cameo;
    } else if (const ActorEntry* e =
                   doc->ontology.actors().Find(a.info.affiliation)) {
      if (e->info.type == "Country") country = e->info.cameo;
    }
    if (country.empty()) continue;
    std::string after;
    std::vector<int> words;
    // The key must outlive the views SplitWords returns into it.
    const std::string key = PhraseKey(a.roles[0]);
    for (std::string_view w : SplitWords(key)) {
      words.push_back(doc->lexicon.WordIdOf(w));
    }
    std::vector<Gazetteer::Match> m =
        doc->ontology.agent_trie().MatchesAt(words, 0, words.size());
    if (!m.empty()) after = doc->ontology.agents()[(*m[0].hits)[0].actor].code;
    a.info.cameo = CombineCodes("", country, after.empty() ? "GOV" : after);
  }
}

}  // namespace actorgraph
