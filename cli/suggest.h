// Did-you-mean for the command line: the known word closest to a mistyped
// one, by edit distance, and the lists that "valid values are ..." errors
// print.
//
//   Suggest("buidl", {"build", "check"})         // "build"
//   DidYouMean("--ouptut", {"--output", "-o"})   // " (did you mean
//   '--output'?)" OneOf({"asserted", "future"})                // "asserted,
//   future"
#ifndef ACTORGRAPH_CLI_SUGGEST_H_
#define ACTORGRAPH_CLI_SUGGEST_H_

#include <string>
#include <vector>

namespace actorgraph {

// The candidate nearest to `word` by edit distance ignoring ASCII case
// (EditDistance, graph/actor_lookup.h), when it is near enough to be a typo
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

#endif  // ACTORGRAPH_CLI_SUGGEST_H_
