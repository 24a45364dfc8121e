// Sentence splitting over the tokens of one text; Tokenize() calls it, and
// nothing else needs to.  The rules are documented at Tokenize() in text.h.
#ifndef ACTORGRAPH_EXTRACT_TEXT_SENTENCE_SPLITTER_H_
#define ACTORGRAPH_EXTRACT_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/text/text.h"

namespace actorgraph {

// Sentences of `t` (whose tokens and keys are filled), covering every token
// once, in order.  `candidates` lists, in increasing order, at least every
// token that has kNewlineBefore or may end a sentence (its text starts with
// '!', '?' or a byte 0xE2/0xE3, or ends with '.'); the splitter looks at no
// other token, which keeps it off the tokenizer's critical path.  `words`
// names the abbreviations and sentence starters (see SentenceWords).
std::vector<Sentence> SplitSentences(std::string_view text,
                                     const TokenizedText& t,
                                     const std::vector<uint32_t>& candidates,
                                     const SentenceWords& words);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_TEXT_SENTENCE_SPLITTER_H_
