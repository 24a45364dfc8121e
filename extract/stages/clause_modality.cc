#include "extract/stages/clause_modality.h"

#include <algorithm>
#include <string_view>

namespace actorgraph {
namespace {

// Two-word negations: "has yet to send", "ruled out talks".
bool IsPhrasalNegation(const DocAnalysis& d, size_t i) {
  return (d.Is(i, d.cues.not_yet) && d.Is(i + 1, d.cues.infinitive)) ||
         (d.Is(i, d.cues.out_refusal) && d.Is(i + 1, d.cues.refusal_particle));
}

bool IsClauseBoundary(const DocAnalysis& d, size_t i) {
  return d.KeyIs(i, ",") || d.KeyIs(i, ";") || d.Is(i, d.cues.conjunction) ||
         d.Is(i, d.cues.clause_break);
}

// Where the clause of the verb at `anchor` begins: after its subject when
// the subject precedes it, else at the sentence start.
uint32_t ScopeStart(const Binding& b, uint32_t anchor, const Sentence& s) {
  uint32_t start = s.first_token;
  for (const SlotValue* v : {&b.a, &b.b, &b.group}) {
    if (v->set && v->end <= anchor) start = std::max(start, v->end);
  }
  return start;
}

uint32_t SubjectFirst(const Binding& b, uint32_t anchor) {
  uint32_t first = anchor;
  for (const SlotValue* v : {&b.a, &b.b, &b.group}) {
    if (v->set && v->end <= anchor) first = std::min(first, v->first);
  }
  return first;
}

bool IsQuestion(const DocAnalysis& d, const Sentence& s) {
  for (int64_t i = static_cast<int64_t>(s.end_token) - 1; i >= s.first_token;
       --i) {
    std::string_view k = d.Key(i);
    if (k == "\"" || k == "'" || k == ")") continue;
    return k == "?";
  }
  return false;
}

// "Moscow claimed that Kyiv attacked ...": the act is the speaker's claim,
// not the article's word.  A @claim verb close before the clause's subject,
// in the same clause, governs it.
bool IsClaimed(const DocAnalysis& d, uint32_t subject, const Sentence& s) {
  constexpr uint32_t kReach = 8;
  for (int64_t i = static_cast<int64_t>(subject) - 1;
       i >= s.first_token && subject - i <= kReach; --i) {
    if (d.KeyIs(i, ",") || d.KeyIs(i, ";") || d.Is(i, d.cues.clause_break)) {
      return false;
    }
    if (d.Is(i, d.cues.claim)) return true;
  }
  return false;
}

// A hypothetical cue governs its own clause: anywhere between the subject
// and the verb ("Iran could supply"), and before the subject back to the
// clause's start ("whether Iran supplied"), not in an earlier clause ("X
// could have acted once it decided to retaliate for the attack, blamed by
// Y on Z"; "X might mediate and Y attacked Z").  A condition ("if",
// "unless") governs the whole sentence after it.
bool HypotheticalCueBefore(const DocAnalysis& d, uint32_t subject,
                           uint32_t anchor, const Sentence& s, bool threat) {
  bool past_clause = false;
  for (int64_t i = static_cast<int64_t>(anchor) - 1; i >= s.first_token; --i) {
    past_clause = past_clause ||
                  (i < subject &&
                   (IsClauseBoundary(d, i) || d.Is(i, d.cues.subordinator)));
    if (!d.Is(i, d.cues.hypothetical) ||
        (d.Flag(i, kCapitalized) && i != s.first_token)) {
      continue;
    }
    // "If Iran complies, the EU will ease ...": a condition governs the
    // clause after it, except a threat's.
    if (d.Is(i, d.cues.condition)) {
      if (!threat) return true;
    } else if (!past_clause) {
      return true;
    }
  }
  return false;
}

}  // namespace

Polarity DecidePolarity(const DocAnalysis& d, const Binding& b, uint32_t anchor,
                        const Sentence& s, bool literal) {
  int negations = 0;
  uint32_t start = ScopeStart(b, anchor, s);
  for (int64_t i = static_cast<int64_t>(anchor) - 1; i >= start; --i) {
    if (IsClauseBoundary(d, i)) break;
    if (d.Is(i, d.cues.negation) || d.Is(i, d.cues.refusal) ||
        IsPhrasalNegation(d, i)) {
      ++negations;
    }
  }
  // "held no talks with": inside the pattern, before the target, or
  // anywhere in a group's pattern ("were not meeting").
  uint32_t target = !b.b.set ? b.end : b.b.first > anchor ? b.b.first : anchor;
  for (uint32_t i = anchor + 1; i < target; ++i) {
    if (d.Is(i, d.cues.negation)) ++negations;
  }
  // "suspended arms exports to Israel": the pattern's own verb refuses.
  if (!literal && d.Is(anchor, d.cues.refusal)) ++negations;
  // "denied that it had supplied": a denial governing the whole clause.
  int64_t before = static_cast<int64_t>(SubjectFirst(b, anchor)) - 1;
  // "Neither Egypt nor Jordan criticized ...".
  if (before >= s.first_token && d.Is(before, d.cues.negation)) ++negations;
  if (before >= s.first_token && d.Is(before, d.cues.complementizer)) --before;
  if (before >= s.first_token && d.Is(before, d.cues.denial)) ++negations;
  return negations % 2 ? Polarity::kNegative : Polarity::kPositive;
}

Modality DecideModality(const DocAnalysis& d, const Binding& b, uint32_t anchor,
                        const Sentence& s) {
  if (IsQuestion(d, s)) return Modality::kHypothetical;
  // "will strike Iran if it enriches uranium": a condition follows.
  // A threat's condition, after it or before it ("if ..., it will
  // retaliate"), belongs to what it threatens.
  bool threat = false;
  for (uint32_t i = anchor; i < b.end && i < s.end_token; ++i) {
    threat = threat || d.Is(i, d.cues.threat);
  }
  for (uint32_t i = b.end; i < s.end_token && !threat; ++i) {
    if (d.Is(i, d.cues.condition)) return Modality::kHypothetical;
  }
  uint32_t subject = SubjectFirst(b, anchor);
  if (HypotheticalCueBefore(d, subject, anchor, s, threat)) {
    return Modality::kHypothetical;
  }
  if (IsClaimed(d, subject, s)) return Modality::kHypothetical;
  uint32_t start = ScopeStart(b, anchor, s);
  // "to visit", and "warned Iran against attacking".
  bool infinitive = false;
  for (uint32_t i = start; i < anchor; ++i) {
    infinitive = infinitive || d.Is(i, d.cues.nonfinite_marker);
  }
  // "invited Xi to visit", "expects Iran to supply": wanted, not done.
  int64_t before = static_cast<int64_t>(subject) - 1;
  if (infinitive && before >= s.first_token &&
      d.Is(static_cast<size_t>(before), d.cues.irrealis_governor)) {
    return Modality::kHypothetical;
  }
  // "urged Reagan to step up negotiations": someone else's wish.
  // "accused of backing", "warned against attacking": alleged or wished.
  for (uint32_t i = start; i + 1 < anchor; ++i) {
    if (!d.Is(i, d.cues.irrealis_governor) || d.Is(i + 1, d.cues.infinitive)) {
      continue;
    }
    for (uint32_t k = i + 1; k < anchor; ++k) {
      if (d.Is(k, d.cues.nonfinite_marker) || d.Is(k, d.cues.of_link)) {
        return Modality::kHypothetical;
      }
    }
  }
  for (int64_t i = static_cast<int64_t>(anchor) - 1; i >= start; --i) {
    if (IsClauseBoundary(d, i)) break;
    if (d.Is(i, d.cues.ongoing)) return Modality::kAsserted;
    if (d.Is(i, d.cues.future)) return Modality::kFuture;
  }
  // "invited Xi to visit Moscow next spring": a time after an infinitive
  // belongs to that verb, not to this one.
  for (uint32_t i = b.end; i < s.end_token && !IsClauseBoundary(d, i); ++i) {
    if (d.Is(i, d.cues.infinitive) && i + 1 < s.end_token &&
        !d.Is(i + 1, d.cues.det) && !d.Flag(i + 1, kCapitalized)) {
      break;
    }
    if (d.Is(i, d.cues.future_after)) return Modality::kFuture;
  }
  // Headline infinitive: "Russia to strengthen cooperation".
  if (start + 1 == anchor && d.Is(start, d.cues.infinitive)) {
    return Modality::kFuture;
  }
  return Modality::kAsserted;
}

}  // namespace actorgraph
