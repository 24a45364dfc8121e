// ASCII scanning for the tokenizer (text.cc): the byte class table and the
// ends of URLs, e-mail addresses, domain names and dotted abbreviations.
// Pure byte logic, kept apart from the Unicode side of text.cc:
//
//   if (IsUrlStart(s, p)) end = UrlEnd(s, p, kMaxTokenBytes);
#ifndef ACTORGRAPH_EXTRACT_TEXT_ASCII_SCAN_H_
#define ACTORGRAPH_EXTRACT_TEXT_ASCII_SCAN_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace actorgraph {

// Byte classes, as bits.
enum : uint8_t {
  kUpperBit = 1,
  kLowerBit = 2,
  kDigitBit = 4,
  kSpaceBit = 8,
  kNewlineBit = 16,
  kPunctBit = 32,
  kHighBit = 128,  // a byte of a non-ASCII sequence
};
constexpr uint8_t kLetterBits = kUpperBit | kLowerBit;
constexpr uint8_t kAlnumBits = kUpperBit | kLowerBit | kDigitBit;

constexpr std::array<uint8_t, 256> MakeClassTable() {
  std::array<uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    uint8_t c = kPunctBit;
    if (b < 0x20 || b == ' ' || b == 0x7f) c = kSpaceBit;  // and controls
    if (b == '\n' || b == '\r') c = kNewlineBit;
    if (b >= 'A' && b <= 'Z') c = kUpperBit;
    if (b >= 'a' && b <= 'z') c = kLowerBit;
    if (b >= '0' && b <= '9') c = kDigitBit;
    if (b >= 0x80) c = kHighBit;
    t[b] = c;
  }
  return t;
}
inline constexpr std::array<uint8_t, 256> kByteClass = MakeClassTable();

constexpr std::array<char, 256> MakeLowerTable() {
  std::array<char, 256> t{};
  for (int b = 0; b < 256; ++b) {
    t[b] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
  }
  return t;
}
inline constexpr std::array<char, 256> kAsciiLower = MakeLowerTable();

inline uint8_t ClassOf(char c) { return kByteClass[static_cast<uint8_t>(c)]; }
inline char AsciiLower(char c) { return kAsciiLower[static_cast<uint8_t>(c)]; }

// "http://", "https://" or "www." (any case) at s[p].
bool IsUrlStart(std::string_view s, size_t p);

// A URL runs to white space, a quote or an angle bracket; trailing sentence
// punctuation and an unbalanced ")" are not part of it.
size_t UrlEnd(std::string_view s, size_t start, size_t max_bytes);

// "press.office@example.org": a local part, "@" and a domain with at least
// one dot.  Returns the end, or `start` when there is no address there.
size_t EmailEnd(std::string_view s, size_t start, size_t max_bytes);

// Characters of an e-mail address besides letters and digits.
inline bool IsEmailPunct(char c) {
  return c == '@' || c == '.' || c == '_' || c == '+' || c == '-' || c == '%';
}

// "pic.twitter.com/...", "example.org": lowercase labels after the word
// s[start, word_end), kept if the last is a known top-level domain or a path
// follows.  Returns the end, or word_end when there is no domain.
size_t DomainEnd(std::string_view s, size_t start, size_t word_end,
                 size_t max_bytes);

// "U.S.", "e.g.", "Ph.D.": two or more segments of one or two letters, each
// followed by a period, starting with the word s[start, word_end).  Returns
// the end (after the last period), or 0.
size_t DottedAbbreviationEnd(std::string_view s, size_t start, size_t word_end);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_TEXT_ASCII_SCAN_H_
