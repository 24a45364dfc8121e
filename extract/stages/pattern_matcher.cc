#include "extract/stages/pattern_matcher.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace actorgraph {
namespace {

class PatternMatcher {
 public:
  PatternMatcher(const DocAnalysis& d, const PatternRule& r, const Sentence& s)
      : d_(d), rule_(r), s_(s), p_(d, s) {}

  bool Match(uint32_t anchor_token, Binding* out) {
    if (IsPassiveUse(anchor_token)) {
      miss_.passive = true;
      return false;
    }
    Binding b;
    b.first = b.end = anchor_token;
    if (!Left(rule_.anchor - 1, static_cast<int64_t>(anchor_token) - 1, &b)) {
      return false;
    }
    if (!Right(rule_.anchor + 1, anchor_token + 1, &b)) return false;
    *out = b;
    return true;
  }
  const MatchMiss& miss() const { return miss_; }

 private:
  // "legislation will be sent to Reagan": an active pattern's verb used in
  // the passive voice has its subject as the patient, not the agent.
  bool IsPassiveUse(uint32_t anchor) const {
    if (rule_.anchor > 0 &&
        rule_.elements[rule_.anchor - 1].kind == ElementKind::kWords) {
      return false;  // the pattern spells out what precedes its verb
    }
    // "are open to talks", "is prepared to": words written out, not a
    // verb's forms (`word~`, a class), are what the text says.
    const std::string& text = rule_.elements[rule_.anchor].text;
    if (text.find('~') == std::string::npos &&
        text.find('@') == std::string::npos) {
      return false;
    }
    return p_.IsPassiveVerb(anchor);
  }

  SlotValue* SlotFor(ElementKind kind, Binding* b) const {
    if (kind == ElementKind::kSource) return &b->a;
    if (kind == ElementKind::kTarget) return &b->b;
    return &b->group;
  }

  bool IsSlot(ElementKind k) const {
    return k == ElementKind::kSource || k == ElementKind::kTarget ||
           k == ElementKind::kGroup;
  }

  bool GroupOk(ElementKind kind, const SlotValue& v) const {
    return kind != ElementKind::kGroup || v.members.size() >= 2;
  }

  bool InWords(const PatternElement& e, size_t token) const {
    return std::binary_search(e.words.begin(), e.words.end(), d_.word[token]);
  }

  // Records that element k failed; returns false.  Matching runs left of
  // the anchor outwards, then right of it, so an element's rank says how
  // far matching got.
  bool Fail(int k) const {
    int rank = k < rule_.anchor ? rule_.anchor - k : k;
    if (rank > furthest_) {
      furthest_ = rank;
      miss_.element = k;
    }
    return false;
  }

  bool Right(size_t k, uint32_t pos, Binding* b) const {
    while (p_.IsQuote(pos)) ++pos;
    if (k == rule_.elements.size()) {
      b->end = std::max(b->end, pos);
      return true;
    }
    const int ki = static_cast<int>(k);
    const PatternElement& e = rule_.elements[k];
    if (IsSlot(e.kind)) {
      SlotValue v;
      if (pos >= s_.end_token || !p_.ListRight(pos, &v) ||
          !GroupOk(e.kind, v)) {
        return Fail(ki);
      }
      *SlotFor(e.kind, b) = v;
      return Right(k + 1, v.end, b);
    }
    if (e.kind == ElementKind::kNot) {
      if (pos < s_.end_token && InWords(e, pos)) return Fail(ki);
      return Right(k + 1, pos, b);
    }
    if (e.kind == ElementKind::kWords) {
      int n = 0;
      while (n < e.max && pos + n < s_.end_token && InWords(e, pos + n)) ++n;
      if (n < e.min) return Fail(ki);
      for (; n >= e.min; --n) {
        if (Right(k + 1, pos + n, b)) return true;
      }
      return false;
    }
    int max = e.kind == ElementKind::kFreeGap ? e.max : kFreeGapOnRight;
    for (int n = 0; n <= max && pos + n <= s_.end_token; ++n) {
      if (!p_.TokensFree(pos, pos + n)) break;
      if (Right(k + 1, pos + n, b)) return true;
    }
    return false;
  }

  // "signed an accord with": a verb form right after an article is a
  // noun, and has no subject.
  bool ArticleBeforeVerb(int gap, int64_t pos) const {
    if (gap + 1 >= static_cast<int>(rule_.elements.size()) ||
        pos < s_.first_token) {
      return false;
    }
    const PatternElement& next = rule_.elements[gap + 1];
    if (next.kind != ElementKind::kWords ||
        next.text.find('~') == std::string::npos) {
      return false;
    }
    return d_.Is(pos, d_.cues.indefinite) || d_.Is(pos, d_.cues.definite);
  }

  bool Left(int k, int64_t pos, Binding* b) const {
    while (p_.IsQuote(pos)) --pos;
    if (k < 0) {
      b->first = static_cast<uint32_t>(std::min<int64_t>(b->first, pos + 1));
      return true;
    }
    const PatternElement& e = rule_.elements[k];
    if (IsSlot(e.kind)) {
      SlotValue v;
      if (!p_.ListLeft(pos, &v) || !GroupOk(e.kind, v)) return Fail(k);
      *SlotFor(e.kind, b) = v;
      return Left(k - 1, static_cast<int64_t>(v.first) - 1, b);
    }
    if (e.kind == ElementKind::kSubjectGap && k > 0 &&
        IsSlot(rule_.elements[k - 1].kind)) {
      SlotValue v;
      ElementKind slot = rule_.elements[k - 1].kind;
      if (ArticleBeforeVerb(k, pos)) return Fail(k + 1);
      if (!p_.SubjectSearch(pos, &v) || !GroupOk(slot, v)) return Fail(k - 1);
      *SlotFor(slot, b) = v;
      return Left(k - 2, static_cast<int64_t>(v.first) - 1, b);
    }
    if (e.kind == ElementKind::kNot) {
      if (pos >= s_.first_token && InWords(e, pos)) return Fail(k);
      return Left(k - 1, pos, b);
    }
    if (e.kind == ElementKind::kWords) {
      int n = 0;
      while (n < e.max && pos - n >= s_.first_token && InWords(e, pos - n)) ++n;
      if (n < e.min) return Fail(k);
      for (; n >= e.min; --n) {
        if (Left(k - 1, pos - n, b)) return true;
      }
      return false;
    }
    int max = e.kind == ElementKind::kFreeGap ? e.max : kFreeGapOnRight;
    for (int n = 0; n <= max && pos - n + 1 >= s_.first_token; ++n) {
      if (n > 0 && !p_.TokensFree(static_cast<uint32_t>(pos - n + 1),
                                  static_cast<uint32_t>(pos + 1))) {
        break;
      }
      if (Left(k - 1, pos - n, b)) return true;
    }
    return false;
  }

  const DocAnalysis& d_;
  const PatternRule& rule_;
  const Sentence& s_;
  PhraseReader p_;
  mutable MatchMiss miss_;
  mutable int furthest_ = -1;
};

}  // namespace

bool MatchPattern(const DocAnalysis& doc, const PatternRule& rule,
                  const Sentence& sentence, uint32_t anchor_token, Binding* out,
                  MatchMiss* miss) {
  PatternMatcher matcher(doc, rule, sentence);
  if (matcher.Match(anchor_token, out)) return true;
  if (miss) *miss = matcher.miss();
  return false;
}

}  // namespace actorgraph
