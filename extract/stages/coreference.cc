#include "extract/stages/coreference.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/stages/person_cues.h"
#include "extract/stages/role_holders.h"

namespace actorgraph {
namespace {

constexpr int kPronounSentences = 3;
constexpr int kGroupSentences = 4;
// "the community", "the government": the body an article is about is
// named again several sentences after its name.
constexpr int kAnaphorSentences = 4;

bool IsType(const DocAnalysis& doc, int actor, const char* type) {
  return doc.actors[actor].info.type == type;
}

bool IsGroupActor(const DocAnalysis& doc, int actor) {
  return IsType(doc, actor, "Country") || IsType(doc, actor, "Organization");
}

bool EndsWithWord(const std::string& text, const std::string& word) {
  return text == word ||
         (text.size() > word.size() &&
          text.compare(text.size() - word.size(), word.size(), word) == 0 &&
          text[text.size() - word.size() - 1] == ' ');
}

// Is `role` ("prime minister", "king") a head of state or government?
bool IsLeaderRole(const DocAnalysis& doc, const std::string& role) {
  if (role == "prime minister" || role == "supreme leader") return true;
  if (role.find(' ') != std::string::npos) return false;
  return doc.lexicon.HasCue(doc.lexicon.WordIdOf(role), doc.cues.leader_role);
}

// `leader`: any head of state or government ("the Russian leader");
// otherwise the very role ("the British chancellor" is no king).
bool HoldsRole(const DocAnalysis& doc, const std::vector<std::string>& roles,
               const std::string& wanted, bool leader) {
  for (const std::string& r : roles) {
    std::string key = RoleKey(PhraseKey(r));
    if (leader ? IsLeaderRole(doc, key) : key == wanted) return true;
  }
  return false;
}

const std::string& CountryIdOf(const DocAnalysis& doc, int person) {
  return doc.actors[person].info.affiliation;
}

int DocYear(const DocAnalysis& doc) {
  if (doc.doc.date.size() < 4) return 0;
  return std::atoi(doc.doc.date.substr(0, 4).c_str());
}

// The one gazetteer person of `country` holding `role`, or -1.
int GazetteerHolder(DocAnalysis* doc, const std::string& country_id,
                    const std::string& role, bool leader) {
  // Without a date we cannot know who held an office: no guess.
  int year = DocYear(*doc);
  if (year == 0) return -1;
  int found = -1;
  const std::vector<ActorEntry>& entries = doc->ontology.actors().entries();
  for (int e : doc->ontology.actors().OfficeHoldersServing(country_id)) {
    const ActorEntry& entry = entries[e];
    if (!HoldsRole(*doc, entry.roles, role, leader)) continue;
    bool current = (entry.from_year == 0 || entry.from_year <= year) &&
                   (entry.to_year == 0 || entry.to_year >= year);
    if (!current) continue;
    if (found >= 0) return -1;  // ambiguous
    found = static_cast<int>(e);
  }
  return found < 0 ? -1 : doc->ActorForEntry(found);
}

struct RolePhrase {
  uint32_t first = 0, end = 0;
  int country = -1;  // DocActor index
  uint32_t country_first = 0, country_end = 0;
  std::string role;  // "defense minister", "president", "counterpart"
  bool leader = false;
  int owner = -1;  // "his" counterpart: whose
};

// The person a "his" / "her" refers to, for "his Chinese counterpart".
int PossessorBefore(const DocAnalysis& doc, uint32_t at);

// Parses "DET? COUNTRY('s)? MODIFIER? ROLE" ending at the role head `head`.
bool ParseRolePhrase(const DocAnalysis& doc, uint32_t head, RolePhrase* out) {
  const Sentence& s = doc.SentenceOf(head);
  out->end = head + 1;
  out->role = std::string(doc.Key(head));
  uint32_t i = head;
  if (i > s.first_token && doc.Is(i - 1, doc.cues.title) &&
      !doc.MentionAt(i - 1) && !doc.Is(i - 1, doc.cues.det) &&
      !doc.Is(i - 1, doc.cues.role)) {
    --i;
    out->role = std::string(doc.Key(i)) + " " + out->role;
  }
  if (i > s.first_token && doc.Is(i - 1, doc.cues.genitive)) --i;
  const ActorMention* m = i > s.first_token ? doc.MentionAt(i - 1) : nullptr;
  if (m && m->actors.size() == 1 && IsGroupActor(doc, m->actors[0])) {
    out->country = m->actors[0];
    out->country_first = m->first;
    out->country_end = m->end;
    i = m->first;
  }
  if (i > s.first_token && doc.Is(i - 1, doc.cues.det)) --i;
  out->first = i;
  if (out->country < 0 && doc.Is(head + 1, doc.cues.of_link)) {
    // "the president of Turkey"
    const ActorMention* after = doc.MentionAt(head + 2);
    if (after && after->first == head + 2 && after->actors.size() == 1 &&
        IsGroupActor(doc, after->actors[0])) {
      out->country = after->actors[0];
      out->country_first = after->first;
      out->country_end = after->end;
      out->end = after->end;
    }
  }
  out->role = RoleKey(out->role);
  out->leader = out->role == "leader";
  if (out->role == "counterpart" && doc.Is(out->first, doc.cues.possessive)) {
    out->owner = PossessorBefore(doc, out->first);
  }
  return out->country >= 0;
}

int ResolveRole(DocAnalysis* doc, const RoleHolders& holders,
                const RolePhrase& r) {
  std::string role = r.role;
  bool leader = r.leader;
  if (role == "counterpart") {
    // Same role as the owner's, in the other country.
    leader = true;
    role = "";
    if (r.owner >= 0 && !doc->actors[r.owner].roles.empty()) {
      std::string owner_role =
          RoleKey(PhraseKey(doc->actors[r.owner].roles[0]));
      if (!IsLeaderRole(*doc, owner_role)) {
        role = owner_role;
        leader = false;
      }
    }
  }
  // Any person of the country may be "the Russian leader".
  int p = holders.Nearest(r.country, leader ? "" : role, r.first);
  if (p >= 0) return p;
  return GazetteerHolder(doc, doc->actors[r.country].info.id,
                         leader ? "" : role, leader);
}

// The first token of the sentence `sentences` before the one of token
// `at`.  Anaphora look no further back; starting their scans here keeps
// resolution linear in the length of the document.
uint32_t WindowStart(const DocAnalysis& doc, uint32_t at, int sentences) {
  int from = std::max(0, doc.sentence_of[at] - sentences);
  return doc.text.sentences[from].first_token;
}

// Persons (or groups) mentioned before `at`, most recent first.
std::vector<int> RecentActors(const DocAnalysis& doc, uint32_t at, bool persons,
                              int sentences) {
  std::vector<const ActorMention*> window;
  doc.ForMentionsIn(WindowStart(doc, at, sentences), at,
                    [&](const ActorMention& m) {
                      if (m.IsActor()) window.push_back(&m);
                      return true;
                    });
  std::vector<int> out;
  for (auto it = window.rbegin(); it != window.rend(); ++it) {
    for (int a : (*it)->actors) {
      bool fits = persons ? IsType(doc, a, "Person") : IsGroupActor(doc, a);
      if (fits && std::find(out.begin(), out.end(), a) == out.end())
        out.push_back(a);
    }
  }
  return out;
}

// Subject preference: the first fitting actor of the pronoun's own sentence
// (before it), else of the nearest earlier sentence that has one.
int Antecedent(const DocAnalysis& doc, uint32_t at, bool persons,
               int sentences) {
  int best_sentence = -1, best = -1;
  doc.ForMentionsIn(
      WindowStart(doc, at, sentences), at, [&](const ActorMention& m) {
        if (!m.IsActor() || m.actors.size() != 1) return true;
        int a = m.actors[0];
        bool fits = persons ? IsType(doc, a, "Person") : IsGroupActor(doc, a);
        if (!fits || (persons && m.kind == MentionKind::kPronoun)) return true;
        if (m.sentence > best_sentence) {
          best_sentence = m.sentence;
          best = a;
        }
        return true;
      });
  return best;
}

int PossessorBefore(const DocAnalysis& doc, uint32_t at) {
  return Antecedent(doc, at, true, kPronounSentences);
}

}  // namespace

void ResolveRolePhrases(DocAnalysis* doc) {
  RoleHolders holders(*doc);
  for (uint32_t i = 0; i < doc->size(); ++i) {
    if (!doc->Is(i, doc->cues.role) || doc->covering[i] >= 0) continue;
    if (NameRunLength(*doc, i + 1, doc->SentenceOf(i).end_token) > 0) continue;
    RolePhrase r;
    if (!ParseRolePhrase(*doc, i, &r)) continue;
    int person = ResolveRole(doc, holders, r);
    if (doc->trace) {
      doc->TraceLine("role phrase '" +
                     std::string(doc->Surface(r.first, r.end)) + "' -> " +
                     (person >= 0 ? doc->actors[person].info.label : "?"));
    }
    if (person < 0) {
      // An office holder we cannot name acts for the country: "Japan's
      // foreign minister visited Vietnam" is Japan visiting Vietnam.
      doc->AddMention(r.first, r.end, {r.country}, MentionKind::kRolePhrase,
                      "role_phrase_country", r.country_first, r.country_end);
      i = r.end - 1;
      continue;
    }
    // The phrase is both the cue and the person's mention.
    if (CountryIdOf(*doc, person) == doc->actors[r.country].info.id ||
        CountryOf(*doc, person) == r.country) {
      doc->AddAffiliation({person, r.country, r.first, r.end, r.first, r.end,
                           r.country_first, r.country_end, doc->sentence_of[i],
                           "affiliated_with.role_phrase"});
    }
    doc->AddMention(r.first, r.end, {person}, MentionKind::kRolePhrase,
                    "role_phrase");
    holders.Added(person, r.first);
    i = r.end - 1;
  }
  doc->SyncMentions();
}

// "The minister held talks": the person last mentioned with that role.
int BareRoleHolder(const DocAnalysis& doc, uint32_t at,
                   const std::string& role) {
  int found = -1;
  doc.ForMentionsIn(
      WindowStart(doc, at, kGroupSentences), at, [&](const ActorMention& m) {
        if (m.actors.size() != 1 || !IsType(doc, m.actors[0], "Person"))
          return true;
        for (const std::string& r : doc.actors[m.actors[0]].roles) {
          if (EndsWithWord(RoleKey(PhraseKey(r)), role)) found = m.actors[0];
        }
        return true;
      });
  return found;
}

// "the bloc", "the alliance" (organizations); "the kingdom", "the
// country" (countries): the last one mentioned, four sentences back at most.
void ResolveAnaphors(DocAnalysis* doc) {
  for (uint32_t i = 1; i < doc->size(); ++i) {
    if (doc->covering[i] >= 0 || !doc->Is(i - 1, doc->cues.definite)) continue;
    bool org = doc->Is(i, doc->cues.org_anaphor);
    bool country = doc->Is(i, doc->cues.country_anaphor);
    int actor = -1;
    if (org || country) {
      const char* type = org ? "Organization" : "Country";
      doc->ForMentionsIn(WindowStart(*doc, i, kAnaphorSentences), i,
                         [&](const ActorMention& m) {
                           if (m.IsActor() && m.actors.size() == 1 &&
                               IsType(*doc, m.actors[0], type)) {
                             actor = m.actors[0];
                           }
                           return true;
                         });
    } else if (doc->Is(i, doc->cues.role) && !doc->Is(i + 1, doc->cues.role) &&
               !doc->Is(i + 1, doc->cues.of_link)) {
      actor = BareRoleHolder(*doc, i, RoleKey(std::string(doc->Key(i))));
    }
    if (actor < 0) continue;
    doc->AddMention(i - 1, i + 1, {actor}, MentionKind::kRolePhrase, "anaphor");
  }
  doc->SyncMentions();
}

// The actor of a single-actor mention among the two tokens before `at`.
int ActorJustBefore(const DocAnalysis& doc, uint32_t at) {
  const uint32_t first = doc.SentenceOf(at).first_token;
  for (uint32_t k = at; k > first && at - k < 2; --k) {
    const ActorMention* m = doc.MentionAt(k - 1);
    if (m && m->IsActor() && m->actors.size() == 1 &&
        IsGroupActor(doc, m->actors[0])) {
      return m->actors[0];
    }
  }
  return -1;
}

void ResolveRepeatedGroups(DocAnalysis* doc) {
  std::vector<ActorMention> found;
  for (uint32_t i = 0; i < doc->size(); ++i) {
    if (doc->covering[i] >= 0 || !doc->Is(i, doc->cues.group_person)) continue;
    const uint32_t first = doc->SentenceOf(i).first_token;
    uint32_t start =
        i > first && doc->Is(i - 1, doc->cues.definite) ? i - 1 : i;
    // "two ministers" is a group; "Japanese ministers", "EC foreign
    // ministers" name their actor already.
    if (start > first &&
        (doc->MentionAt(start - 1) ||
         (doc->Flag(start - 1, kCapitalized) && start - 1 > first) ||
         doc->Is(start - 1, doc->cues.group_count) ||
         ActorJustBefore(*doc, start) >= 0)) {
      continue;
    }
    int actor = -1;
    const uint32_t from = WindowStart(*doc, i, kAnaphorSentences);
    for (uint32_t t = i; t > from && actor < 0; --t) {
      if (doc->word[t - 1] == doc->word[i]) {
        actor = ActorJustBefore(*doc, t - 1);
      }
    }
    if (actor < 0) continue;
    found.push_back(doc->MakeMention(
        start, i + 1, {actor}, MentionKind::kRolePhrase, "repeated_group"));
  }
  doc->AddDisjointMentions(std::move(found));
}

void ResolveGroups(DocAnalysis* doc) {
  for (uint32_t i = 0; i + 1 < doc->size(); ++i) {
    if (doc->covering[i] >= 0) continue;
    uint32_t first = i, end = 0;
    bool persons = true;
    if (doc->Is(i, doc->cues.definite) &&
        doc->Is(i + 1, doc->cues.group_pair)) {
      end = i + 2;
    } else if (doc->Is(i, doc->cues.group_count)) {
      if (doc->Is(i + 1, doc->cues.group_person)) end = i + 2;
      if (doc->Is(i + 1, doc->cues.group_country)) {
        end = i + 2;
        persons = false;
      }
      if (i > 0 && doc->Is(i - 1, doc->cues.definite)) first = i - 1;
    }
    if (end == 0) continue;
    std::vector<int> recent =
        RecentActors(*doc, first, persons, kGroupSentences);
    if (recent.size() < 2) continue;
    doc->AddMention(first, end, {recent[1], recent[0]}, MentionKind::kGroup,
                    "group");
    i = end - 1;
  }
  doc->SyncMentions();
}

// Between two items of a list: commas, "and", "or", determiners, and the
// angle brackets wire text puts around unlisted company names.
bool JoinsList(const DocAnalysis& doc, uint32_t from, uint32_t to) {
  if (from >= to) return false;
  for (uint32_t k = from; k < to; ++k) {
    if (!doc.KeyIs(k, ",") && !doc.Is(k, doc.cues.conjunction) &&
        !doc.KeyIs(k, "<") && !doc.KeyIs(k, ">") && !doc.Is(k, doc.cues.det)) {
      return false;
    }
  }
  return true;
}

// "Spain and Portugal said they ...": the two actors of the nearest list
// before the pronoun in its sentence, else a people's plural ("the
// Saudis").
std::vector<int> PluralAntecedent(const DocAnalysis& doc, uint32_t at) {
  // "diplomats said (that) they": the speakers, whom no actor names.
  uint32_t r = at;
  const uint32_t first = doc.SentenceOf(at).first_token;
  if (r > first && doc.Is(r - 1, doc.cues.complementizer)) --r;
  if (r > first + 1 && doc.Is(r - 1, doc.cues.reporting) &&
      doc.Flag(r - 2, kWord) && !doc.Flag(r - 2, kCapitalized) &&
      !doc.MentionAt(r - 2)) {
    return {};
  }
  std::vector<const ActorMention*> before;
  doc.ForMentionsIn(first, at, [&](const ActorMention& m) {
    if (m.IsActor() && m.actors.size() == 1) before.push_back(&m);
    return true;
  });
  std::vector<int> list, plural;
  for (size_t k = before.size(); k-- > 0;) {
    const ActorMention& m = *before[k];
    bool joined =
        k + 1 < before.size() && JoinsList(doc, m.end, before[k + 1]->first);
    if (!list.empty() && !joined) {
      if (list.size() >= 2) break;
      list.clear();
    }
    if (std::find(list.begin(), list.end(), m.actors[0]) == list.end())
      list.push_back(m.actors[0]);
    if (plural.empty() && std::string_view(m.how) == "people_plural")
      plural = {m.actors[0]};
  }
  // A mention holds two actors at most: a longer list is left alone.
  if (list.size() == 2) return {list[1], list[0]};
  return list.size() > 2 ? std::vector<int>() : plural;
}

void ResolvePronouns(DocAnalysis* doc) {
  // Pronouns resolve against names, not against each other, so the pass
  // collects them and adds them in one merge.
  std::vector<ActorMention> pronouns;
  for (uint32_t i = 0; i < doc->size(); ++i) {
    if (doc->covering[i] >= 0) continue;
    if (doc->Is(i, doc->cues.pronoun_subject) &&
        doc->Is(i, doc->cues.pronoun_plural)) {
      std::vector<int> group = PluralAntecedent(*doc, i);
      if (group.empty()) continue;
      MentionActors actors;
      for (int a : group) actors.push_back(a);
      pronouns.push_back(doc->MakeMention(
          i, i + 1, actors,
          group.size() > 1 ? MentionKind::kGroup : MentionKind::kPronoun,
          "plural_pronoun"));
      continue;
    }
    bool person = doc->Is(i, doc->cues.pronoun_person);
    bool thing = doc->Is(i, doc->cues.pronoun_thing);
    if (!person && !thing) continue;
    int a = person ? Antecedent(*doc, i, true, kPronounSentences)
                   : Antecedent(*doc, i, false, 1);
    if (a < 0) continue;
    pronouns.push_back(
        doc->MakeMention(i, i + 1, {a}, MentionKind::kPronoun, "pronoun"));
  }
  doc->AddDisjointMentions(std::move(pronouns));
}

}  // namespace actorgraph
