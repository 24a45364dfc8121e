// DocAnalysis: the working state of extraction for one document, shared by
// its stages (mention_finder, person_cues, coreference, relation_matcher).
// Internal to extract/; users see DocumentResult.
//
// Token-level indexes (word ids, which mention covers a token) let every
// stage ask "is there an actor here?" in O(1).  A stage adds mentions with
// AddMention, in time proportional to the mention's length: they are seen
// at once through MentionAt and ForMentionsIn, and join the sorted
// `mentions` at SyncMentions(), which each adding stage calls when done.
#ifndef ACTORGRAPH_EXTRACT_STAGES_DOC_ANALYSIS_H_
#define ACTORGRAPH_EXTRACT_STAGES_DOC_ANALYSIS_H_

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/model/document.h"
#include "extract/model/evidence.h"
#include "extract/rules/actor_periods.h"
#include "extract/rules/ontology.h"
#include "extract/stages/mention_actors.h"
#include "extract/stages/trace.h"
#include "extract/text/text.h"

namespace actorgraph {

enum class MentionKind : uint8_t {
  kName,        // gazetteer label or alias, or a cue-found person
  kMetonym,     // "the Kremlin", "Beijing"
  kAdjective,   // "Russian" alone: not an actor by itself
  kAgent,       // "Russian forces", "the Chinese side": acts as the actor
  kShortName,   // "Xi", "Klitschko" after the full name
  kPronoun,     // "he", "it"
  kRolePhrase,  // "the Russian leader", "China's defense minister"
  kGroup,       // "the two leaders", "the Russian and Chinese armed forces"
};

// An actor mention: a token range and the actor(s) it refers to.
// (Fields ordered for size: a long document holds millions.)
struct ActorMention {
  uint32_t first = 0, end = 0;  // token range [first, end)
  // The name alone, when the mention also covers its cue ("Defense
  // Minister [Sergei Shoigu]") or is a phrase around it ("[U.S.] troops",
  // "[NATO] spokesman"); name_end == 0: the whole range is the name.
  uint32_t name_first = 0, name_end = 0;
  int sentence = 0;
  MentionActors actors;  // indexes into DocAnalysis::actors
  MentionKind kind = MentionKind::kName;
  bool attributive = false;  // "Iranian-made": no actor here
  bool possessive = false;   // followed by 's
  const char* how = "gazetteer";
  // Is it an actor that can fill a relation slot?
  uint32_t NameFirst() const { return name_end ? name_first : first; }
  uint32_t NameEnd() const { return name_end ? name_end : end; }
  // Does it name its actor (not a pronoun, role phrase or group)?
  bool Named() const {
    return kind == MentionKind::kName || kind == MentionKind::kMetonym ||
           kind == MentionKind::kShortName;
  }
  bool IsActor() const {
    return !actors.empty() && !attributive && kind != MentionKind::kAdjective;
  }
};

// An actor of this document: from the gazetteer or found by a cue.
struct DocActor {
  ActorInfo info;
  int entry = -1;                  // ontology actor index, -1 for cue-found
  std::vector<std::string> roles;  // role keys ("defense minister")
  int country = -1;                // DocActor index of its affiliation
  // The DocActor of the country this one acts for: sector actors ("Syrian
  // rebels") and found government bodies; -1 for none.
  int acts_for = -1;
};

// A person's affiliation stated in the text ("Russian President X").
struct AffiliationFact {
  int person = 0, group = 0;    // DocActor indexes
  uint32_t first = 0, end = 0;  // token span of the cue
  uint32_t person_first = 0, person_end = 0;
  uint32_t group_first = 0, group_end = 0;
  int sentence = 0;
  const char* rule = "affiliated_with.title";
};

struct DocAnalysis {
  DocAnalysis(const Ontology& o, const Document& d, Trace* t)
      : ontology(o),
        lexicon(o.lexicon()),
        cues(o.cues()),
        doc(d),
        trace(t),
        date(DateNumber(d.date)) {}

  const Ontology& ontology;
  const Lexicon& lexicon;
  const CueClasses& cues;
  const Document& doc;
  Trace* trace;
  // The article's date as YYYYMMDD (0: undated): it picks dated roles and
  // the state a name stands for (actor_periods.h).
  int date = 0;

  TokenizedText text;
  std::vector<int> word;         // word id per token, -1 unknown
  std::vector<int> sentence_of;  // sentence index per token
  // NameBits() per token, filled as they are asked for.
  static constexpr uint32_t kNameBitsUnknown = ~0u;
  mutable std::vector<uint32_t> name_bits;
  std::vector<DocActor> actors;
  std::unordered_map<std::string, int> actor_by_id;
  // Sorted by first, non-overlapping, complete after SyncMentions().
  std::vector<ActorMention> mentions;
  std::vector<int> covering;  // token -> mention id (see MentionAt) or -1
  // The first fact of each (person, group): only that one is reported.
  std::vector<AffiliationFact> affiliations;

  // Token tests.
  size_t size() const { return text.tokens.size(); }
  std::string_view Key(size_t i) const { return text.Key(i); }
  // Is token i in lexicon class `class_id`?  (Looked up through the word
  // id rather than stored per token: 8 bytes a token on long documents.)
  bool Is(size_t i, int class_id) const {
    return i < word.size() && class_id >= 0 &&
           lexicon.HasCue(word[i], class_id);
  }
  // Token i's bits in the name lists (NameLists::Bit), looked up once per
  // token: the name finder asks about the same words many times.
  uint32_t NameBits(size_t i) const {
    if (name_bits.size() != size()) name_bits.assign(size(), kNameBitsUnknown);
    uint32_t& bits = name_bits[i];
    if (bits == kNameBitsUnknown) bits = ontology.names().Bits(Key(i));
    return bits;
  }
  // The tokens a member of the class with cue bit `class_id` takes at i:
  // 1 for a word, a phrase's length ("as well as"), 0 for none.
  size_t MemberLength(size_t i, int class_id) const {
    if (Is(i, class_id)) return 1;
    for (const std::vector<int>& p : lexicon.CuePhrases(class_id)) {
      size_t n = 0;
      while (n < p.size() && i + n < word.size() && word[i + n] == p[n]) ++n;
      if (n == p.size()) return n;
    }
    return 0;
  }
  bool KeyIs(size_t i, std::string_view k) const {
    return i < size() && text.Key(i) == k;
  }
  bool Flag(size_t i, TokenFlag f) const {
    return i < size() && text.tokens[i].Has(f);
  }
  std::string_view Surface(uint32_t first, uint32_t end) const;
  const Sentence& SentenceOf(size_t token) const {
    return text.sentences[sentence_of[token]];
  }

  // The mention covering token i, or nullptr.
  const ActorMention* MentionAt(size_t i) const {
    return i < covering.size() && covering[i] >= 0 ? &ById(covering[i])
                                                   : nullptr;
  }
  // Calls f(const ActorMention&) for each mention that starts in tokens
  // [first, end), in order, including those added since the last sync,
  // until f returns false.
  template <typename F>
  void ForMentionsIn(uint32_t first, uint32_t end, F f) const;
  // Records a fact unless its (person, group) has one already.
  void AddAffiliation(const AffiliationFact& f);
  // Adds (or finds) a document actor.
  int ActorFor(const ActorInfo& info, int entry);
  // The document actor of an ontology entry on the article's date: the
  // predecessor or successor state where the entry did not exist yet or
  // any more, and a person's affiliation and code from the dated role.
  int ActorForEntry(int entry);
  // "Syrian rebels": the actor of `country`'s sector with `code` (SYRREB),
  // acting for the country.
  int SectorActor(int country, const std::string& code,
                  const std::string& label);
  // Adds a mention, replacing any it overlaps (pending until SyncMentions).
  void AddMention(ActorMention m);
  // A mention of `actors` over [first, end), possessive when "'s" follows;
  // [name_first, name_end) is the name inside it, if any.
  ActorMention MakeMention(uint32_t first, uint32_t end, MentionActors actors,
                           MentionKind kind, const char* how,
                           uint32_t name_first = 0,
                           uint32_t name_end = 0) const;
  // Adds MakeMention(...).
  void AddMention(uint32_t first, uint32_t end, MentionActors actors,
                  MentionKind kind, const char* how, uint32_t name_first = 0,
                  uint32_t name_end = 0);
  // Adds mentions that overlap nothing (a whole pass's pronouns) in one
  // merge, and syncs.
  void AddDisjointMentions(std::vector<ActorMention> more);
  // Merges the pending mentions into `mentions`, drops replaced ones.
  void SyncMentions();
  // After editing `mentions` directly (only when nothing is pending).
  void RebuildCovering();
  void TraceLine(const std::string& line) const {
    if (trace) trace->Add(line);
  }

 private:
  // Ids below mentions.size() are `mentions`, the others `added_`.
  const ActorMention& ById(int id) const {
    size_t n = mentions.size();
    return static_cast<size_t>(id) < n ? mentions[id] : added_[id - n];
  }
  void Remove(int id);

  std::vector<ActorMention> added_;  // pending, in the order added
  std::vector<bool> removed_;        // by id, since the last sync
  std::set<std::pair<int, int>> affiliation_pairs_;
  bool any_removed_ = false;
};

template <typename F>
void DocAnalysis::ForMentionsIn(uint32_t first, uint32_t end, F f) const {
  if (added_.empty() && !any_removed_) {
    auto it = std::lower_bound(
        mentions.begin(), mentions.end(), first,
        [](const ActorMention& m, uint32_t token) { return m.first < token; });
    for (; it != mentions.end() && it->first < end; ++it) {
      if (!f(*it)) return;
    }
    return;
  }
  // Pending mentions are found through the tokens they cover.
  for (uint32_t t = first; t < end && t < covering.size(); ++t) {
    const ActorMention* m = MentionAt(t);
    if (!m || m->first != t) continue;
    if (!f(*m)) return;
    t = m->end - 1;
  }
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_STAGES_DOC_ANALYSIS_H_
