#include "extract/stages/score_lines.h"

#include <algorithm>
#include <string_view>

namespace actorgraph {
namespace {

// Lowercase words a line of scores may hold ("in 12" innings, "v").
constexpr int kMaxLowercaseWords = 2;
constexpr int kMinScores = 2;
// "Queens Park Rangers 2", "Jed-Forest 17": a team's name is short.
constexpr uint32_t kMaxTeamWords = 4;

bool IsScore(const DocAnalysis& d, uint32_t i) {
  if (i >= d.size() || !d.Flag(i, kNumber)) return false;
  std::string_view k = d.Key(i);
  if (k.empty() || k.size() > 3) return false;
  for (char c : k) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool Lowercase(const DocAnalysis& d, uint32_t i) {
  return d.Flag(i, kWord) && !d.Flag(i, kCapitalized) && !d.Flag(i, kNumber);
}

// The line opens with a name and its score: "Leicester 2", "NEW YORK 72".
// A wire header ("0913 GMT 23 Apr 89") or a list of figures does not.
bool OpensWithTeam(const DocAnalysis& d, const Sentence& s) {
  if (!d.Flag(s.first_token, kCapitalized)) return false;
  const uint32_t end = std::min(s.end_token, s.first_token + kMaxTeamWords + 1);
  for (uint32_t i = s.first_token; i < end; ++i) {
    if (IsScore(d, i)) return true;
    if (d.Flag(i, kNumber) || Lowercase(d, i)) return false;
  }
  return false;
}

bool IsScoreLine(const DocAnalysis& d, const Sentence& s) {
  if (!OpensWithTeam(d, s)) return false;
  int scores = 0, lowercase = 0;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (IsScore(d, i)) {
      ++scores;
    } else if (Lowercase(d, i)) {
      if (++lowercase > kMaxLowercaseWords) return false;
    }
  }
  return scores >= kMinScores;
}

}  // namespace

bool InScoreLine(const DocAnalysis& d, const NameRun& r) {
  return IsScore(d, r.end) && IsScoreLine(d, d.SentenceOf(r.first));
}

}  // namespace actorgraph
