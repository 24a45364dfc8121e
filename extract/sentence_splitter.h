// Sentence splitting over the tokens of one text; Tokenize() calls it, and
// nothing else needs to.  The rules are documented at Tokenize() in text.h.
#ifndef ACTORGRAPH_EXTRACT_SENTENCE_SPLITTER_H_
#define ACTORGRAPH_EXTRACT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "extract/text.h"

namespace actorgraph {

// Sentences of `t` (whose tokens and keys are filled), covering every token
// once, in order.
std::vector<Sentence> SplitSentences(std::string_view text,
                                     const TokenizedText& t);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_SENTENCE_SPLITTER_H_
