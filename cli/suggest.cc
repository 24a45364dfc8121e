#include "cli/suggest.h"

#include <algorithm>
#include <cctype>

#include "graph/actor_lookup.h"

namespace actorgraph {

namespace {

std::string Lower(std::string text) {
  for (char& c : text) c = std::tolower(static_cast<unsigned char>(c));
  return text;
}

}  // namespace

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
