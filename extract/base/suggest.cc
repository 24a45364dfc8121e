#include "extract/base/suggest.h"

#include <algorithm>
#include <cctype>

namespace actorgraph {

namespace {

std::string Lower(std::string text) {
  for (char& c : text) c = std::tolower(static_cast<unsigned char>(c));
  return text;
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string Suggest(const std::string& word,
                    const std::vector<std::string>& candidates) {
  // Two edits ("buidl", "--ouptut") for all but the shortest words, half
  // the length for long ones ("supply" for supplies).
  size_t limit = word.size() <= 3 ? 1 : std::max<size_t>(2, word.size() / 2);
  std::string best;
  size_t best_distance = limit + 1;
  for (const std::string& c : candidates) {
    size_t d = EditDistance(Lower(word), Lower(c));
    if (d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

std::string DidYouMean(const std::string& word,
                       const std::vector<std::string>& candidates) {
  std::string best = Suggest(word, candidates);
  return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

std::string OneOf(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) {
    if (!out.empty()) out += ", ";
    out += v;
  }
  return out;
}

}  // namespace actorgraph
