// Code points and keys below the tokenizer: decoding, the character
// classes a word is made of, and the matching key of a piece of text (case
// folded, accents stripped, typographic variants to ASCII).  Internal to
// extract/text/: the tokenizer and PhraseKey are built on it.
//
//   int32_t len;
//   int32_t c = DecodeAt(text, pos, &len);
//   if (IsWordCodePoint(c)) ... FoldedKey(word) ...
#ifndef ACTORGRAPH_EXTRACT_TEXT_CODE_POINTS_H_
#define ACTORGRAPH_EXTRACT_TEXT_CODE_POINTS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "extract/text/ascii_scan.h"

namespace actorgraph {

// Right and left single quotes and the modifier letter apostrophe.
bool IsApostropheLike(int32_t c);
// The ASCII stand-in of a typographic quote or dash, or 0.
char TypographicAscii(int32_t c);
// Decodes the code point at s[p]; *len is its length in bytes.  Negative
// for an ill-formed sequence (then *len covers its maximal subpart).
int32_t DecodeAt(std::string_view s, size_t p, int32_t* len);
bool IsLetter(int32_t c);
bool IsMark(int32_t c);
// Letters, digits and combining marks: what a word is made of.
bool IsWordCodePoint(int32_t c);
bool IsWordCharAt(std::string_view s, size_t p);
bool IsLetterAt(std::string_view s, size_t p);
void AppendUtf8(int32_t c, std::string* out);
// The key of any text: case folded, NFD without marks, typographic
// quotes and dashes to ASCII.
std::string FoldUncached(std::string_view s);
// FoldUncached through a per-thread cache, for the keys of tokens.
const std::string& FoldedKey(std::string_view s);
void AppendLowerAscii(std::string_view s, std::string* out);
// The length of a clitic suffix ("s", "d", "m", "re", "ll", "ve") at s[p],
// just after an apostrophe, or 0.
size_t CliticSuffixLength(std::string_view s, size_t p);

// The keys of one text.  The string is sized ahead and trimmed by Finish(),
// so appending a key checks the capacity once, not once per byte.
class KeyBuffer {
 public:
  KeyBuffer(std::string* keys, size_t expected) : keys_(*keys) {
    keys_.resize(expected);
  }
  void Finish() { keys_.resize(size_); }

  size_t size() const { return size_; }
  void Append(char c) { *Room(1) = c; }
  void Append(std::string_view k) {
    if (!k.empty()) std::memcpy(Room(k.size()), k.data(), k.size());
  }
  void AppendLower(std::string_view s) {
    char* d = Room(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
      d[i] = kAsciiLower[static_cast<uint8_t>(s[i])];
    }
  }

 private:
  char* Room(size_t n) {
    if (size_ + n > keys_.size()) {
      keys_.resize(std::max(keys_.size() * 2, size_ + n));
    }
    char* d = &keys_[size_];
    size_ += n;
    return d;
  }

  std::string& keys_;
  size_t size_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_TEXT_CODE_POINTS_H_
