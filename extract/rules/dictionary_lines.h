// The line format shared by the PETRARCH/TABARI actor and agent
// dictionaries (petrarch_dictionary.h): comments stripped, text trimmed
// with its column kept, invalid UTF-8 repaired with a warning, and the
// underscored phrases of entries.  Internal to extract/rules.
//
//   LineReader reader(text);
//   for (DictionaryLine l; reader.Next(&l);) ... l.number, l.text, l.offset
//   PhraseOf("PAUL_A._VOLCKER_") == "PAUL A. VOLCKER"
#ifndef ACTORGRAPH_EXTRACT_RULES_DICTIONARY_LINES_H_
#define ACTORGRAPH_EXTRACT_RULES_DICTIONARY_LINES_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/rules/petrarch_dictionary.h"

namespace actorgraph {

// Space, tab or carriage return: what separates dictionary words.
inline bool IsDictionaryBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

// One line with its comments removed: `#` to the end of the line and
// `<!-- ... -->`, which may span lines (`<! --` is accepted as an opener).
struct DictionaryLine {
  int number = 0;
  std::string_view text;     // trimmed, without comments
  std::string_view comment;  // after '#', trimmed
  size_t offset = 0;         // byte column of text's start in the line
  bool blank = false;        // nothing at all, not even a comment
};

class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}

  // The next line; false after the last.
  bool Next(DictionaryLine* out);

 private:
  // Removes XML comments; a line inside an open comment becomes empty.
  std::string_view StripXmlComments(std::string_view raw);

  std::string_view text_;
  size_t pos_ = 0;
  int number_ = 0;
  bool in_comment_ = false;
};

// `bytes` with invalid UTF-8 repaired; each repaired line of `file` is
// named in a warning in `out`.
std::string RepairedDictionaryText(const std::string& bytes,
                                   const std::string& file,
                                   DictionaryRead* out);

// "PAUL_A._VOLCKER_" -> "PAUL A. VOLCKER": underscores and blanks become
// single spaces, none at the ends.
std::string PhraseOf(std::string_view name);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RULES_DICTIONARY_LINES_H_
