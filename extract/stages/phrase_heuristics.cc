#include "extract/stages/phrase_heuristics.h"

#include <algorithm>
#include <string_view>

#include "extract/stages/agreement_anaphors.h"

namespace actorgraph {
namespace {

constexpr int kRelativeClauseMax = 30;
// Tokens inside a bracketed aside after a list item: "(LDP)", "(D-Vt.)".
constexpr uint32_t kAsideMax = 5;

bool IsStop(const DocAnalysis& d, size_t i) {
  std::string_view k = d.Key(i);
  return k == ";" || k == ":" || k == "." || k == "?" || k == "!" || k == "(" ||
         k == ")";
}

// A list slot keeps at most this many actors: relations pair list members,
// so an endless list must not make a sentence's cost quadratic.
constexpr size_t kMaxListMembers = 64;

// Appends a mention's actors to a slot, once each.
void AddMembers(const ActorMention& m, SlotValue* v) {
  for (int a : m.actors) {
    if (v->members.size() >= kMaxListMembers) return;
    bool seen = false;
    for (const Member& x : v->members) seen = seen || x.actor == a;
    if (!seen) v->members.push_back({a, m.first, m.end});
  }
}

}  // namespace

PhraseReader::PhraseReader(const DocAnalysis& d, const Sentence& s)
    : d_(d), s_(s) {}

// "legislation will be sent to Reagan": a verb after "be" (and adverbs) is
// passive, unless it is an -ing form ("is sending").
bool PhraseReader::IsPassiveVerb(uint32_t anchor) const {
  if (!d_.lexicon.IsVerbForm(d_.word[anchor])) return false;
  if (IsIngForm(anchor)) return false;
  int64_t i = static_cast<int64_t>(anchor) - 1;
  while (i >= s_.first_token && d_.Is(i, d_.cues.adverb)) --i;
  return i >= s_.first_token && d_.Is(i, d_.cues.be);
}

bool PhraseReader::IsIngForm(size_t i) const {
  std::string_view key = d_.Key(i);
  return key.size() > 3 && key.substr(key.size() - 3) == "ing";
}

const ActorMention* PhraseReader::MentionStartingAt(size_t i) const {
  const ActorMention* m = d_.MentionAt(i);
  return m && m->first == i && m->IsActor() ? m : nullptr;
}

const ActorMention* PhraseReader::MentionEndingAt(int64_t i) const {
  if (i < s_.first_token) return nullptr;
  const ActorMention* m = d_.MentionAt(static_cast<size_t>(i));
  return m && m->end == i + 1 && m->IsActor() ? m : nullptr;
}

// Skips "the", "the leaders of", "cities across" before a list item.
uint32_t PhraseReader::SkipLeadIn(uint32_t i) const {
  uint32_t j = i;
  while (j < s_.end_token && !MentionStartingAt(j) &&
         (d_.Is(j, d_.cues.det) || d_.Flag(j, kNumber) ||
          d_.Is(j, d_.cues.quantity) || d_.Is(j, d_.cues.compass))) {
    ++j;
  }
  uint32_t k = j;
  while (k < s_.end_token && k < j + 3 && d_.Is(k, d_.cues.lead_in)) {
    ++k;
  }
  if (k > j && d_.Is(k, d_.cues.transparent_link)) {
    // "the fronts of three Iraqi divisions"
    j = k + 1;
    while (j < s_.end_token && (d_.Is(j, d_.cues.det) || d_.Flag(j, kNumber) ||
                                d_.Is(j, d_.cues.quantity))) {
      ++j;
    }
  }
  return j;
}

// "the American proposal", "Spanish and Portuguese demands": a country
// adjective before a @target_noun (other adjectives of a shared noun and
// two plain words may come between) is the adjective's country.
const ActorMention* PhraseReader::AdjectiveTargetAt(uint32_t i) const {
  const ActorMention* m = d_.MentionAt(i);
  if (!m || m->first != i || m->kind != MentionKind::kAdjective ||
      m->attributive || m->actors.size() != 1) {
    return nullptr;
  }
  uint32_t k = m->end;
  int words = 0;
  while (k < s_.end_token && !d_.Is(k, d_.cues.target_noun)) {
    const ActorMention* other = d_.MentionAt(k + 1);
    if ((d_.Is(k, d_.cues.additive) || d_.KeyIs(k, ",")) && other &&
        other->first == k + 1 && other->kind == MentionKind::kAdjective) {
      k = other->end;
    } else if (words < 2 && IsPlainWord(k)) {
      ++k;
      ++words;
    } else {
      return nullptr;
    }
  }
  return k < s_.end_token ? m : nullptr;
}

// A lower-case word that is no function word.
bool PhraseReader::IsPlainWord(uint32_t i) const {
  const CueClasses& c = d_.cues;
  return d_.Flag(i, kWord) && !d_.Flag(i, kCapitalized) && !d_.MentionAt(i) &&
         !d_.Is(i, c.det) && !d_.Is(i, c.preposition) &&
         !d_.Is(i, c.conjunction) && !d_.Is(i, c.aux) && !d_.Is(i, c.be) &&
         !d_.Is(i, c.negation);
}

// One list item at i: a mention, "X's Y" where Y is the head, or a
// country adjective before a @target_noun.
const ActorMention* PhraseReader::ItemAt(uint32_t i, uint32_t* next) const {
  uint32_t at = SkipLeadIn(i);
  const ActorMention* m = MentionStartingAt(at);
  if (!m) {
    m = AdjectiveTargetAt(at);
    if (m) *next = m->end;
    return m;
  }
  // "Georgia's Abkhazia region" is Abkhazia; "Sweden's NATO bid" is
  // Sweden: the possessor stands when the head names a thing.
  if (const ActorMention* head = HeadAfterPossessive(*m)) {
    if (!NamesAThing(head->end)) m = head;
  }
  *next = SkipParenthesis(m->end);
  return m;
}

// "Japan's ruling LDP", "his ruling party, the LDP": after a possessive
// ("X's", "his", "its") and up to two plain words, the actor owned.
const ActorMention* PhraseReader::HeadAfterPossessive(
    const ActorMention& m) const {
  bool pronoun = m.kind == MentionKind::kPronoun && m.end == m.first + 1 &&
                 d_.Is(m.first, d_.cues.possessive);
  if (!m.possessive && !pronoun) return nullptr;
  uint32_t at = m.possessive ? m.end + 1 : m.end;
  for (uint32_t k = at; k < s_.end_token && k < at + 3; ++k) {
    if (const ActorMention* head = MentionStartingAt(k)) return head;
    // "Spain's plan surprised Brussels": a verb ends the phrase ("ruling"
    // is a modifier).
    if (!IsPlainWord(k) ||
        (d_.lexicon.IsVerbForm(d_.word[k]) && !IsIngForm(k))) {
      break;
    }
  }
  return PersonAfterRole(at);
}

// "the Liberal Democratic Party (LDP) to": a short aside in brackets
// after a list item belongs to it; returns where the item ends.
uint32_t PhraseReader::SkipParenthesis(uint32_t end) const {
  if (end >= s_.end_token || !d_.KeyIs(end, "(")) return end;
  for (uint32_t k = end + 1; k < s_.end_token && k <= end + kAsideMax; ++k) {
    if (d_.KeyIs(k, ")")) return k + 1;
    if (IsStop(d_, k) || d_.KeyIs(k, ",")) break;
  }
  return end;
}

// "Reagan's embattled chief of staff Donald Regan": a person after a few
// lower-case words that hold a role noun, right after a possessive.
const ActorMention* PhraseReader::PersonAfterRole(uint32_t i) const {
  bool role = false;
  for (uint32_t k = i; k < s_.end_token && k < i + 5; ++k) {
    const ActorMention* m = MentionStartingAt(k);
    if (m) {
      // A title cue's mention holds its role ("foreign minister X").
      role = role || m->NameFirst() > m->first;
      return role && m->actors.size() == 1 &&
                     d_.actors[m->actors[0]].info.type == "Person"
                 ? m
                 : nullptr;
    }
    if (!d_.Flag(k, kWord) || d_.Flag(k, kCapitalized)) return nullptr;
    role = role || d_.Is(k, d_.cues.role);
  }
  return nullptr;
}

// Is the word after a name a common noun it modifies ("NATO bid")?
bool PhraseReader::NamesAThing(uint32_t i) const {
  if (i >= s_.end_token || !d_.Flag(i, kWord) || d_.Flag(i, kCapitalized))
    return false;
  const CueClasses& c = d_.cues;
  return !d_.Is(i, c.preposition) && !d_.Is(i, c.conjunction) &&
         !d_.Is(i, c.aux) && !d_.lexicon.IsVerbForm(d_.word[i]) &&
         !d_.Is(i, c.transparent_head) && !d_.Is(i, c.geo_head);
}

// Length of a list joiner at i (", and", "and", ",", "as well as", "-").
int PhraseReader::JoinerLength(uint32_t i) const {
  int n = 0;
  if (d_.KeyIs(i, ",")) n = 1;
  if (size_t k = d_.MemberLength(i + n, d_.cues.list_joiner)) {
    return n + static_cast<int>(k);
  }
  if (n == 0 && d_.KeyIs(i, "-") && !d_.Flag(i, kSpaceBefore) &&
      !d_.Flag(i + 1, kSpaceBefore)) {
    return 1;
  }
  return n;
}

// A list to the right of `pos`.  Commas alone join three or more items
// ("to Azerbaijan, Armenia, Belarus"); two need "and"/"or", so that
// "met Xi, Putin said" stays one item.
bool PhraseReader::ListRight(uint32_t pos, SlotValue* v) const {
  uint32_t next = 0;
  const ActorMention* m = ItemAt(pos, &next);
  if (!m) return false;
  std::vector<std::pair<const ActorMention*, uint32_t>> items = {{m, next}};
  bool conjunction = false;
  while (items.back().second < s_.end_token) {
    uint32_t at = items.back().second;
    int join = JoinerLength(at);
    if (join == 0) break;
    bool and_or = !d_.KeyIs(at + join - 1, ",");
    const ActorMention* more = ItemAt(at + join, &next);
    if (!more || d_.Is(more->end, d_.cues.reporting)) {
      // "Guyana, the United States and ExxonMobil": the list is real even
      // when its last item is no actor we know.
      conjunction = conjunction || and_or;
      break;
    }
    conjunction = conjunction || and_or;
    items.push_back({more, next});
  }
  if (!conjunction && items.size() < 3) items.resize(1);
  v->first = pos;
  for (const auto& item : items) AddMembers(*item.first, v);
  v->end = items.back().second;
  v->set = true;
  return true;
}

// Headlines ("China, Russia to hold drills") use a comma for "and".
bool PhraseReader::IsHeadline() const {
  std::string_view last = d_.Key(s_.end_token - 1);
  return last != "." && last != "!" && last != "?" && last != "\"";
}

int64_t PhraseReader::SkipDeterminersLeft(int64_t j) const {
  while (j > s_.first_token && d_.Is(j, d_.cues.det)) --j;
  return j;
}

// An adjective-like word inside a list item: a plain word that is no verb.
bool PhraseReader::IsModifier(int64_t i) const {
  return IsPlainWord(static_cast<uint32_t>(i)) &&
         !d_.lexicon.IsVerbForm(d_.word[i]) && !d_.Is(i, d_.cues.reporting) &&
         !d_.Is(i, d_.cues.relative);
}

// A list whose last token is `pos`.
bool PhraseReader::ListLeft(int64_t pos, SlotValue* v) const {
  const ActorMention* m = MentionEndingAt(pos);
  if (!m) return false;
  std::vector<const ActorMention*> items = {m};
  int64_t first = m->first;
  auto is_joiner = [&](int64_t j) {
    bool conjunction = d_.Is(j, d_.cues.list_conjunction) ||
                       (d_.KeyIs(j, "-") && !d_.Flag(j, kSpaceBefore) &&
                        !d_.Flag(first, kSpaceBefore));
    // The last joiner of a list is a conjunction: "in Ukraine, President
    // Putin held" is no list; "Russia, China and Iran held" is.
    return conjunction || (items.size() > 1 && d_.KeyIs(j, ",")) ||
           (d_.KeyIs(j, ",") && IsHeadline() && j - 1 >= s_.first_token &&
            MentionEndingAt(j - 1) &&
            MentionEndingAt(j - 1)->first == s_.first_token);
  };
  while (first - 1 >= s_.first_token) {
    int64_t j = SkipDeterminersLeft(first - 1);
    if (!is_joiner(j)) {
      // "Chile and the small remote Tonga": up to two modifiers of an
      // item after a joiner.
      int64_t k = first - 1;
      for (int n = 0; n < 2 && k > s_.first_token && IsModifier(k); ++n) --k;
      if (k == first - 1 || !is_joiner(SkipDeterminersLeft(k))) break;
      j = SkipDeterminersLeft(k);
    }
    if (d_.Is(j, d_.cues.conjunction)) {
      if (j - 1 >= s_.first_token && d_.KeyIs(j - 1, ",")) --j;
    }
    int64_t k = j - 1;
    while (k >= s_.first_token && d_.Is(k, d_.cues.det)) --k;
    const ActorMention* prev = MentionEndingAt(k);
    if (!prev) break;
    items.push_back(prev);
    first = prev->first;
  }
  // "its Acme subsidiary": a determiner that is itself a mention is the
  // owner, not part of the slot.
  while (first - 1 >= s_.first_token && d_.Is(first - 1, d_.cues.det) &&
         !MentionEndingAt(first - 1)) {
    --first;
  }
  // "The leaders of France and Italy": the transparent head belongs to the
  // slot.
  if (first - 2 >= s_.first_token &&
      d_.Is(first - 1, d_.cues.transparent_link) &&
      d_.Is(first - 2, d_.cues.transparent_head)) {
    first -= 2;
    while (first - 1 >= s_.first_token && d_.Is(first - 1, d_.cues.det))
      --first;
  }
  for (auto it = items.rbegin(); it != items.rend(); ++it) AddMembers(**it, v);
  v->first = static_cast<uint32_t>(first);
  v->end = static_cast<uint32_t>(pos + 1);
  v->set = true;
  return true;
}

// Can the mention be the subject of a verb to its right?  Not a
// possessive ("Russia's actions", "its cooperation"), not an object
// pronoun, not the object of a preposition ("with China") or of a verb
// ("met Kenya's president and signed": the subject is further left).
bool PhraseReader::SubjectLike(const ActorMention& m) const {
  if (!m.IsActor() || m.possessive || m.how == kAgreementAnaphor) return false;
  if (m.kind == MentionKind::kPronoun) {
    if (!d_.Is(m.first, d_.cues.pronoun_subject)) return false;
  }
  return StandsAsSubject(m.first);
}

// What precedes a subject starting at `first`: not a preposition (unless
// it also opens a clause, "after Xi visited") and not a verb taking it
// as its object.
bool PhraseReader::StandsAsSubject(int64_t first) const {
  int64_t before = first - 1;
  while (before >= s_.first_token &&
         (d_.Is(before, d_.cues.det) || d_.Is(before, d_.cues.adverb))) {
    --before;
  }
  if (before < s_.first_token) return true;
  // "Officials from Egypt met ...": the head noun is the subject.
  if (before > s_.first_token && d_.Is(before, d_.cues.transparent_link) &&
      d_.Is(before - 1, d_.cues.transparent_head)) {
    return StandsAsSubject(before - 1);
  }
  if (IsObjectTakingVerb(before)) return false;
  // "talks between banks and Mexico": a list that goes on from a plain
  // noun stands where that noun stands.
  if (d_.Is(before, d_.cues.conjunction)) {
    int64_t j = before;
    while (j - 1 >= s_.first_token && before - j < 3 && IsPlainWord(j - 1)) --j;
    if (j < before) return StandsAsSubject(j);
  }
  return !d_.Is(before, d_.cues.preposition) ||
         d_.Is(before, d_.cues.subordinator);
}

bool PhraseReader::IsObjectTakingVerb(int64_t i) const {
  const CueClasses& c = d_.cues;
  return d_.lexicon.IsVerbForm(d_.word[i]) && !d_.Is(i, c.aux) &&
         !d_.Is(i, c.reporting) && !d_.Is(i, c.irrealis_governor) &&
         !d_.Is(i, c.subordinator) && !d_.Is(i, c.future);
}

// ", which ... ," ending at the comma `pos`: the index before its opening
// comma, or -1.
int64_t PhraseReader::RelativeClauseStart(int64_t pos) const {
  for (int64_t i = pos - 1; i > s_.first_token && pos - i < kRelativeClauseMax;
       --i) {
    if (d_.KeyIs(i, ",")) return -1;
    if (d_.Is(i, d_.cues.relative) && d_.KeyIs(i - 1, ",")) return i - 2;
  }
  return -1;
}

// The nearest subject left of `pos`, skipping relative clauses,
// parentheses, prepositional objects and possessives.
bool PhraseReader::SubjectSearch(int64_t pos, SlotValue* v) const {
  bool only_function_words = true;
  // Only a verb has a subject of its own between it and an actor.
  bool verb_follows =
      pos + 1 < s_.end_token && d_.lexicon.IsVerbForm(d_.word[pos + 1]);
  int steps = 0;
  for (int64_t i = pos; i >= s_.first_token && steps < kSubjectGapMax;
       ++steps) {
    if (const ActorMention* m = d_.MentionAt(static_cast<size_t>(i))) {
      // The whole list must stand as a subject: "visit Canada and Japan
      // before starting negotiations" has none.
      SlotValue list;
      bool listed = SubjectLike(*m) && m->end == i + 1 && ListLeft(i, &list);
      if (listed && StandsAsSubject(list.first)) {
        *v = list;
        return true;
      }
      // No member of a list that is no subject is one on its own.
      i = static_cast<int64_t>(listed ? list.first : m->first) - 1;
      only_function_words = false;
      continue;
    }
    std::string_view k = d_.Key(i);
    if (k == ";" || k == ":" || k == "?" || k == "!") return false;
    if (k == ")") {
      while (i >= s_.first_token && !d_.KeyIs(i, "(")) --i;
      --i;
      continue;
    }
    if (k == ",") {
      int64_t start = RelativeClauseStart(i);
      i = start >= 0 ? start : i - 1;
      continue;
    }
    if (d_.Is(i, d_.cues.clause_break) && !only_function_words) return false;
    if (!d_.Is(i, d_.cues.adverb) && !d_.Is(i, d_.cues.clause_break) &&
        !d_.Is(i, d_.cues.aux)) {
      // "the opposition accused it": the verb has a subject of its own
      // that is no actor.
      if (only_function_words && verb_follows) {
        // "its forces had shelled": the owner of the forces acts.
        const ActorMention* owner = d_.MentionAt(static_cast<size_t>(i - 1));
        if (d_.Is(i, d_.cues.agent) && owner &&
            owner->kind == MentionKind::kPronoun) {
          return ListLeft(i - 1, v);
        }
        if (IsCommonNounSubject(i)) return false;
      }
      only_function_words = false;
    }
    --i;
  }
  return false;
}

bool PhraseReader::IsCommonNounSubject(int64_t i) const {
  if (i <= s_.first_token || !d_.Is(i - 1, d_.cues.det)) return false;
  if (!d_.Flag(i, kWord) || d_.Flag(i, kCapitalized)) return false;
  return !d_.ontology.HasAdverbEnding(d_.Key(i)) &&
         (d_.word[i] < 0 || d_.Is(i, d_.cues.organization_word));
}

// Free gap tokens: no clause punctuation and no actor, except a
// possessive modifier ("sent its warmest greetings", "adopted the EU's
// sanctions").
bool PhraseReader::TokensFree(uint32_t from, uint32_t to) const {
  for (uint32_t i = from; i < to; ++i) {
    if (IsStop(d_, i)) return false;
    const ActorMention* m = d_.MentionAt(i);
    if (m && !m->possessive && !d_.Is(m->first, d_.cues.possessive) &&
        !IsPlaceAdjunct(*m)) {
      return false;
    }
  }
  return true;
}

// "gathered in Seoul for a summit": a place after a locative preposition
// is where something happens, not who takes part.
bool PhraseReader::IsPlaceAdjunct(const ActorMention& m) const {
  return m.kind == MentionKind::kMetonym && m.first > s_.first_token &&
         d_.Is(m.first - 1, d_.cues.locative);
}

// Quotation marks inside a clause ("“warmly congratulated” Erdogan")
// are invisible to patterns.
bool PhraseReader::IsQuote(int64_t i) const {
  if (i < s_.first_token || i >= s_.end_token) return false;
  size_t t = static_cast<size_t>(i);
  std::string_view k = d_.Key(t);
  // Wire copy marks company names as "<Hunt Research Corp>".
  if (k == "<") return t + 1 < s_.end_token && !d_.Flag(t + 1, kSpaceBefore);
  if (k == ">") return !d_.Flag(t, kSpaceBefore);
  return k == "\"" || (k == "'" && !d_.Flag(t, kClitic));
}

}  // namespace actorgraph
