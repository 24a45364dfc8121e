// Text: the one module that sees ICU.  It repairs UTF-8, splits a document
// into tokens and sentences keeping byte offsets into the original text,
// gives each token a matching key that ignores case, accents and
// typographic variants ("Erdoğan" == "erdogan", "Moscow’s" -> "moscow" +
// "'s", "—" == "-"), and maps byte offsets to code-point offsets.
//
//   TokenizedText t = Tokenize(doc.text);
//   for (const Sentence& s : t.sentences)
//     for (uint32_t i = s.first_token; i < s.end_token; ++i)
//       Use(t.tokens[i], t.Key(i));
//
// Why not ICU's BreakIterator: it runs an order of magnitude slower than
// the rest of the pipeline, and news text needs our own abbreviation and
// headline rules anyway; ICU supplies the character properties, case
// folding and normalization that the splitter stands on.
#ifndef ACTORGRAPH_EXTRACT_TEXT_TEXT_H_
#define ACTORGRAPH_EXTRACT_TEXT_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// Token flags.
enum TokenFlag : uint16_t {
  kWord = 1 << 0,           // letters (and digits/marks) only
  kNumber = 1 << 1,         // starts with a digit ("3,392", "2022", "85")
  kPunct = 1 << 2,          // punctuation or symbol
  kCapitalized = 1 << 3,    // first letter uppercase ("Putin", "NATO", "U.S.")
  kAllCaps = 1 << 4,        // two or more letters, all uppercase ("NATO")
  kSpaceBefore = 1 << 5,    // white space (or start of text) precedes it
  kNewlineBefore = 1 << 6,  // a line break precedes it
  kClitic = 1 << 7,         // "'s", "'", "n't", "'re", "'ll", "'ve", "'d"
  kLowerInitial = 1 << 8,   // a word whose first letter is lowercase
};

struct Token {
  uint32_t begin = 0, end = 0;  // byte offsets into the text
  uint32_t key_begin = 0;       // into TokenizedText::keys
  uint16_t key_length = 0;
  uint16_t flags = 0;
  bool Has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t first_token = 0, end_token = 0;  // token index range
  uint32_t begin = 0, end = 0;              // byte range (trimmed)
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::string keys;  // all token keys, concatenated
  std::string_view Key(size_t i) const {
    return std::string_view(keys).substr(tokens[i].key_begin,
                                         tokens[i].key_length);
  }
};

// The words that decide sentence ends around a period, as keys: after a
// `never_final` word ("gen", "mr", "vs") a period never ends a sentence;
// after a `maybe_final` one ("inc", "dec") only before a `starters` word
// ("The", "He"); after a `before_number` one ("no") not before a number.
// The ontology's lexicon supplies them (Ontology::sentence_words()); with
// none, every period that is not an initial's ends a sentence.
struct SentenceWords {
  std::vector<std::string> never_final, maybe_final, before_number, starters;
  // Sorts and deduplicates every list (Has() needs it).
  void Sort();
  static bool Has(const std::vector<std::string>& list, std::string_view key);
};

// Tokens: a word is a run of letters, digits and combining marks; an
// apostrophe clitic ('s, n't, ...) becomes its own kClitic token ("wouldn't"
// -> "would" + "n't", key "n't"); hyphens split words ("Iranian-made" ->
// "Iranian" "-" "made", the last two without kSpaceBefore); dotted
// abbreviations stay one token ("U.S." key "u.s."); numbers keep their
// separators ("3,392"); "@handle" and URLs are one token each.
// Sentences end at . ! ? (with following closing quotes or brackets) unless
// the word before the period is a known abbreviation or an initial ("Gen.",
// "Bridget A. Brink"), at a blank line, and at a single line break unless
// the next line starts in lowercase (a hard-wrapped sentence).  A run of
// more than 400 tokens without a sentence end is cut every 400 tokens, so
// that work per sentence stays bounded.
// Keys: lowercase, accents stripped (NFD minus marks), typographic quotes
// and apostrophes to ASCII, all dashes to "-".
// Thread-safe; about 160 MB/s of mostly ASCII news text on one core
// (bench/tokenize_bench).
TokenizedText Tokenize(std::string_view text,
                       const SentenceWords& words = SentenceWords());

// Matching key of an arbitrary phrase, token by token, joined by one space:
// "the Kremlin’s" -> "the kremlin 's".  Used to compile gazetteer aliases and
// rule literals with exactly the rules that Tokenize applies to text.
std::string PhraseKey(std::string_view phrase);

// Text with accents stripped and case folded, for fuzzy name lookup in
// queries ("erdogan" finds "Erdoğan").
std::string FoldForSearch(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_TEXT_TEXT_H_
