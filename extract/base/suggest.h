// Did-you-mean: the known word closest to a mistyped one, by edit
// distance, for the command line and for names in user files (case files,
// queries), and the lists that "valid: ..." errors print.
//
//   Suggest("buidl", {"build", "check"})         // "build"
//   DidYouMean("--ouptut", {"--output", "-o"})   // " (did you mean
//   '--output'?)" OneOf({"asserted", "future"})                // "asserted,
//   future"
#ifndef ACTORGRAPH_EXTRACT_BASE_SUGGEST_H_
#define ACTORGRAPH_EXTRACT_BASE_SUGGEST_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// Levenshtein distance in bytes.
size_t EditDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word` by edit distance ignoring ASCII case,
// when it is near enough to be a typo
// (one edit for words of up to 3 bytes, else two or half the length);
// "" when none is.  Ties go to the earlier candidate.
std::string Suggest(const std::string& word,
                    const std::vector<std::string>& candidates);

// " (did you mean 'X'?)" or "".
std::string DidYouMean(const std::string& word,
                       const std::vector<std::string>& candidates);

// "a, b, c".
std::string OneOf(const std::vector<std::string>& values);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_SUGGEST_H_
