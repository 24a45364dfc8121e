#include "extract/stages/mention_finder.h"

#include <algorithm>
#include <unordered_map>

#include "extract/base/enum_names.h"
#include "extract/stages/sector_agents.h"

namespace actorgraph {

const GazetteerHit* LongestAt(const DocAnalysis& doc, size_t i, size_t end,
                              int* length);

namespace {

bool CaseFits(const DocAnalysis& doc, const GazetteerHit& hit, size_t first,
              int length) {
  if (hit.upper_case) {
    for (int k = 0; k < length; ++k) {
      const Token& t = doc.text.tokens[first + k];
      if (t.Has(kWord) && !t.Has(kAllCaps) && !t.Has(kCapitalized))
        return false;
      if (t.Has(kWord) && !t.Has(kAllCaps) && t.end - t.begin > 1) return false;
    }
    return true;
  }
  if (!hit.capitalized) return true;
  // "the Kremlin": the article may be lowercase; the name may not.
  for (int k = 0; k < length; ++k) {
    const Token& t = doc.text.tokens[first + k];
    if (doc.Is(first + k, doc.cues.definite)) continue;
    return t.Has(kCapitalized);
  }
  return true;
}

// Names before metonyms before adjectives; a titled short name is a name.
int RankOf(const GazetteerHit& h) {
  return h.kind == SurfaceKind::kShortName ? 0 : static_cast<int>(h.kind);
}

// The best hit of a match: names before metonyms before adjectives; short
// names are left to FindShortNames.
// "Emir Tamim", "King Salman": a short name right after a title that the
// person holds names that person even before the full name appears.
bool TitledShortName(const DocAnalysis& doc, const GazetteerHit& h,
                     size_t first) {
  if (first == 0 || !doc.Is(first - 1, doc.cues.title)) return false;
  std::string_view title = doc.Key(first - 1);
  for (const std::string& role :
       doc.ontology.actors().entries()[h.actor].roles) {
    std::string key = PhraseKey(role);
    size_t space = key.rfind(' ');
    if ((space == std::string::npos ? key : key.substr(space + 1)) == title)
      return true;
  }
  return false;
}

const GazetteerHit* BestHit(const std::vector<GazetteerHit>& hits,
                            const DocAnalysis& doc, size_t first, int length) {
  const GazetteerHit* best = nullptr;
  for (const GazetteerHit& h : hits) {
    if (h.kind == SurfaceKind::kShortName && !TitledShortName(doc, h, first))
      continue;
    // A name of an actor that did not exist on the article's date, with
    // no predecessor or successor to stand for: unresolved, not wrong.
    if (ResolveAt(doc.ontology.actors(), h.actor, doc.date) < 0) continue;
    if (!CaseFits(doc, h, first, length)) continue;
    if (!best || RankOf(h) < RankOf(*best)) {
      best = &h;
    }
  }
  return best;
}

MentionKind KindOf(SurfaceKind k) {
  switch (k) {
    case SurfaceKind::kMetonym:
      return MentionKind::kMetonym;
    case SurfaceKind::kAdjective:
      return MentionKind::kAdjective;
    case SurfaceKind::kShortName:
      return MentionKind::kShortName;
    case SurfaceKind::kName:
      break;
  }
  return MentionKind::kName;
}

const char* HowOf(SurfaceKind k) {
  static constexpr EnumName<SurfaceKind> kNames[] = {
      {SurfaceKind::kMetonym, "metonym"},
      {SurfaceKind::kAdjective, "adjective"},
      {SurfaceKind::kShortName, "short_name"},
      {SurfaceKind::kName, "gazetteer"}};
  return NameOf(kNames, k);
}

// "Iranian-made", "Russian-backed": the name modifies, it does not act.
bool IsAttributive(const DocAnalysis& doc, uint32_t end) {
  return doc.KeyIs(end, "-") && !doc.Flag(end, kSpaceBefore) &&
         doc.Is(end + 1, doc.cues.attributive);
}

// A lower-case word that can modify a noun: no function word, no verb.
bool IsPlainNoun(const DocAnalysis& doc, size_t i) {
  const Token& t = doc.text.tokens[i];
  if (!t.Has(kWord) || t.Has(kCapitalized) || doc.covering[i] >= 0)
    return false;
  const CueClasses& c = doc.cues;
  return doc.word[i] < 0 ||
         !(doc.Is(i, c.preposition) || doc.Is(i, c.aux) || doc.Is(i, c.det) ||
           doc.Is(i, c.conjunction) || doc.lexicon.IsVerbForm(doc.word[i]));
}

// Extends an adjective over "armed forces", "side", "government": returns
// the end of the agent phrase, or `end` when there is none.
uint32_t AgentPhraseEnd(const DocAnalysis& doc, uint32_t end) {
  uint32_t i = end;
  int free_words = 0;  // "Iranian drone makers", "Russian oil companies"
  while (i < doc.size() && !doc.Is(i, doc.cues.agent)) {
    if (doc.Is(i, doc.cues.agent_modifier)) {
      ++i;
    } else if (free_words < 2 && IsPlainNoun(doc, i)) {
      ++i;
      ++free_words;
    } else {
      break;
    }
  }
  return doc.Is(i, doc.cues.agent) && i < doc.size() ? i + 1 : end;
}

// "the Saudis", "the Americans and Kuwaitis": a plural demonym names its
// country's people, and news lets them stand for the country.  A plural
// never modifies a noun, so no agent noun is needed ("Swiss" is no plural).
bool IsPeoplePlural(const DocAnalysis& doc, const ActorMention& m) {
  if (m.end != m.first + 1) return false;
  std::string_view key = doc.Key(m.first);
  return key.size() > 3 && key.back() == 's' && key[key.size() - 2] != 's';
}

// "Sofia Lindqvist", "Victoria Nuland": a capital's name followed by a
// capitalized word is a person's first name, not the capital.
// Likewise a dictionary person's name followed by one more unknown
// capitalized word is someone else's longer name ("Nabil Fahmy Hassan").
bool IsFirstName(const DocAnalysis& doc, const GazetteerHit& hit, size_t next) {
  if (next >= doc.size()) return false;
  const ActorEntry& e = doc.ontology.actors().entries()[hit.actor];
  bool dictionary_person = hit.kind == SurfaceKind::kName &&
                           e.from_dictionary && e.info.type == "Person";
  if (hit.kind != SurfaceKind::kMetonym && !dictionary_person) return false;
  if (dictionary_person) {
    const Token& t = doc.text.tokens[next];
    int length = 0;
    return t.Has(kWord) && t.Has(kCapitalized) && !t.Has(kAllCaps) &&
           !doc.Is(next, doc.cues.name_stop) && !doc.Is(next, doc.cues.title) &&
           LongestAt(doc, next, doc.size(), &length) == nullptr;
  }
  const Token& t = doc.text.tokens[next];
  return t.Has(kWord) && t.Has(kCapitalized) && !t.Has(kAllCaps) &&
         !doc.Is(next, doc.cues.name_stop) && !doc.Is(next, doc.cues.title) &&
         doc.word[next] < 0;
}

}  // namespace

std::string NameKey(const DocAnalysis& doc, uint32_t first, uint32_t end) {
  std::string key;
  for (uint32_t i = first; i < end; ++i) {
    if (!key.empty()) key += ' ';
    key += doc.Key(i);
  }
  return key;
}

// The longest valid gazetteer entry at token i: its hit and length.
const GazetteerHit* LongestAt(const DocAnalysis& doc, size_t i, size_t end,
                              int* length) {
  const Gazetteer& gazetteer = doc.ontology.gazetteer();
  for (const Gazetteer::Match& m : gazetteer.MatchesAt(doc.word, i, end)) {
    if (const GazetteerHit* hit = BestHit(*m.hits, doc, i, m.length)) {
      *length = m.length;
      return hit;
    }
  }
  return nullptr;
}

// Does a longer entry start inside [i, i + length) and end beyond it?
// ("King Salman" must not eat the start of "Salman bin Abdulaziz".)
bool OvertakenInside(const DocAnalysis& doc, size_t i, int length, size_t end) {
  for (size_t k = i + 1; k < i + length; ++k) {
    int inner = 0;
    if (LongestAt(doc, k, end, &inner) && k + inner > i + length) return true;
  }
  return false;
}

void FindGazetteerMentions(DocAnalysis* doc) {
  for (const Sentence& s : doc->text.sentences) {
    for (size_t i = s.first_token; i < s.end_token;) {
      int length = 0;
      const GazetteerHit* hit = LongestAt(*doc, i, s.end_token, &length);
      if (!hit ||
          (length > 1 && OvertakenInside(*doc, i, length, s.end_token))) {
        ++i;
        continue;
      }
      if (IsFirstName(*doc, *hit, i + length)) {
        i += length;
        continue;
      }
      ActorMention m;
      m.first = static_cast<uint32_t>(i);
      m.end = static_cast<uint32_t>(i + length);
      m.sentence = doc->sentence_of[i];
      m.actors.assign(1, doc->ActorForEntry(hit->actor));
      m.kind = KindOf(hit->kind);
      m.how = HowOf(hit->kind);
      m.attributive = IsAttributive(*doc, m.end);
      m.possessive =
          doc->Flag(m.end, kClitic) && doc->Is(m.end, doc->cues.genitive);
      // "Sudan's army", "Ukraine's air force": the possessive names an agent.
      if (m.possessive && m.kind != MentionKind::kAdjective &&
          doc->ontology.actors().entries()[hit->actor].info.type == "Country") {
        uint32_t agent_end = AgentPhraseEnd(*doc, m.end + 1);
        if (agent_end > m.end + 1) {
          m.name_first = m.first;
          m.name_end = m.end;
          m.end = agent_end;
          m.possessive = doc->Is(agent_end, doc->cues.genitive);
          m.kind = MentionKind::kAgent;
          m.how = "agent_phrase";
        }
      }
      if (m.kind == MentionKind::kAdjective && !m.attributive) {
        uint32_t agent_end = AgentPhraseEnd(*doc, m.end);
        if (agent_end > m.end) {
          m.end = agent_end;
          m.kind = MentionKind::kAgent;
          m.how = "agent_phrase";
        } else if (IsPeoplePlural(*doc, m)) {
          m.kind = MentionKind::kAgent;
          m.how = "people_plural";
        }
      }
      if (!m.attributive) {
        AttachAgents(doc, &m, static_cast<uint32_t>(i + length), s);
        // A prefix agent ("MSF Arnor") may take a mention before it.
        while (!doc->mentions.empty() && doc->mentions.back().end > m.first) {
          doc->mentions.pop_back();
        }
      }
      size_t next = std::max<size_t>(i + length, m.end);
      doc->mentions.push_back(std::move(m));
      i = next;
    }
  }
  doc->RebuildCovering();
}

// "the Russian and Chinese armed forces": two adjectives sharing an agent
// noun become one group mention.
void JoinAdjectiveGroups(DocAnalysis* doc) {
  doc->SyncMentions();
  std::vector<ActorMention>& ms = doc->mentions;
  // Compacts in place: `out` mentions are kept, a joined pair becomes one.
  size_t out = 0;
  for (size_t k = 0; k < ms.size(); ++k) {
    if (out != k) ms[out] = std::move(ms[k]);
    ++out;
    if (k + 1 >= ms.size()) continue;
    ActorMention& left = ms[out - 1];
    const ActorMention& right = ms[k + 1];
    if (left.kind != MentionKind::kAdjective ||
        right.kind != MentionKind::kAgent) {
      continue;
    }
    if (right.first != left.end + 1 || !doc->Is(left.end, doc->cues.additive)) {
      continue;
    }
    ActorMention group = right;
    group.first = left.first;
    group.actors.assign(1, left.actors[0]);
    group.actors.push_back(right.actors[0]);
    group.kind = MentionKind::kGroup;
    group.how = "agent_phrase";
    left = std::move(group);
    ++k;
  }
  ms.resize(out);
  doc->RebuildCovering();
}

void FindShortNames(DocAnalysis* doc) {
  JoinAdjectiveGroups(doc);
  // Short names of every person already named in this document: the
  // gazetteer's `short` column and, for any person, the last name.
  std::unordered_map<std::string, int> short_names;
  std::vector<bool> named(doc->actors.size(), false);
  for (const ActorMention& m : doc->mentions) {
    if (m.kind == MentionKind::kName && !m.actors.empty())
      named[m.actors[0]] = true;
  }
  for (size_t a = 0; a < doc->actors.size(); ++a) {
    const DocActor& actor = doc->actors[a];
    if (actor.info.type != "Person") continue;
    if (!named[a]) continue;
    std::vector<std::string> names;
    if (actor.entry >= 0) {
      names = doc->ontology.actors().entries()[actor.entry].short_names;
    }
    std::string label_key = PhraseKey(actor.info.label);
    size_t space = label_key.rfind(' ');
    if (space != std::string::npos)
      names.push_back(label_key.substr(space + 1));
    for (const std::string& n : names)
      short_names.emplace(PhraseKey(n), static_cast<int>(a));
  }
  if (short_names.empty()) return;
  for (size_t i = 0; i < doc->size(); ++i) {
    if (doc->covering[i] >= 0 || !doc->Flag(i, kCapitalized)) continue;
    auto it = short_names.find(std::string(doc->Key(i)));
    if (it == short_names.end()) continue;
    ActorMention m;
    m.first = static_cast<uint32_t>(i);
    m.end = m.first + 1;
    m.sentence = doc->sentence_of[i];
    m.actors.assign(1, it->second);
    m.kind = MentionKind::kShortName;
    m.how = "short_name";
    m.possessive = doc->Is(i + 1, doc->cues.genitive);
    doc->AddMention(std::move(m));
  }
  doc->SyncMentions();
}

}  // namespace actorgraph
