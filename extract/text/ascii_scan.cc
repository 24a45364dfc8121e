#include "extract/text/ascii_scan.h"

#include <algorithm>

namespace actorgraph {
namespace {

bool StartsWithNoCase(std::string_view s, size_t p, std::string_view prefix) {
  if (s.size() - p < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s[p + i]) != prefix[i]) return false;
  }
  return true;
}

bool IsTopLevelDomain(std::string_view label) {
  static constexpr std::string_view kDomains[] = {
      "com", "org", "net", "gov", "edu", "int", "mil",  "io",   "co", "uk",
      "ru",  "cn",  "ua",  "de",  "fr",  "eu",  "info", "news", "tv", "ly"};
  return std::find(std::begin(kDomains), std::end(kDomains), label) !=
         std::end(kDomains);
}

// Non-ASCII sequences that end a URL: NO-BREAK SPACE, the block U+2000 to
// U+207F (spaces, dashes, typographic quotes) and IDEOGRAPHIC SPACE.
bool EndsUrl(std::string_view s, size_t p) {
  auto at = [&](size_t i) {
    return i < s.size() ? static_cast<uint8_t>(s[i]) : 0;
  };
  uint8_t b = at(p), next = at(p + 1);
  return (b == 0xC2 && next == 0xA0) ||
         (b == 0xE2 && (next == 0x80 || next == 0x81)) ||
         (b == 0xE3 && next == 0x80 && at(p + 2) == 0x80);
}

bool HasClass(std::string_view s, size_t i, uint8_t bits) {
  return i < s.size() && (ClassOf(s[i]) & bits);
}

}  // namespace

bool IsUrlStart(std::string_view s, size_t p) {
  char c = AsciiLower(s[p]);
  return (c == 'h' && (StartsWithNoCase(s, p, "http://") ||
                       StartsWithNoCase(s, p, "https://"))) ||
         (c == 'w' && StartsWithNoCase(s, p, "www."));
}

size_t UrlEnd(std::string_view s, size_t start, size_t max_bytes) {
  size_t p = start;
  const size_t limit = std::min(s.size(), start + max_bytes);
  bool open_paren = false;
  for (; p < limit; ++p) {
    char c = s[p];
    uint8_t cls = ClassOf(c);
    if (cls == kSpaceBit || cls == kNewlineBit || c == '"' || c == '<' ||
        c == '>' || (cls == kHighBit && EndsUrl(s, p))) {
      break;
    }
    if (c == '(') open_paren = true;
  }
  while (p > start + 1) {
    char c = s[p - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
        c == '\'' || (c == ')' && !open_paren)) {
      --p;
    } else {
      break;
    }
  }
  return p;
}

size_t EmailEnd(std::string_view s, size_t start, size_t max_bytes) {
  size_t p = start;
  while (p < s.size() && p - start < max_bytes / 2 &&
         (HasClass(s, p, kAlnumBits) || (s[p] != '@' && IsEmailPunct(s[p])))) {
    ++p;
  }
  if (p >= s.size() || s[p] != '@' || !HasClass(s, p + 1, kAlnumBits)) {
    return start;
  }
  size_t q = p + 1;
  bool dotted = false;
  while (q - start < max_bytes &&
         (HasClass(s, q, kAlnumBits) ||
          ((s[q] == '-' || s[q] == '.') && HasClass(s, q + 1, kAlnumBits)))) {
    dotted |= s[q] == '.';
    ++q;
  }
  return dotted ? q : start;
}

size_t DomainEnd(std::string_view s, size_t start, size_t word_end,
                 size_t max_bytes) {
  constexpr uint8_t kLabelBits = kLowerBit | kDigitBit;
  size_t p = word_end;
  size_t last_label = p;
  while (p < s.size() && s[p] == '.' && HasClass(s, p + 1, kLabelBits)) {
    size_t q = p + 1;
    while (HasClass(s, q, kLabelBits) || (q < s.size() && s[q] == '-')) ++q;
    last_label = p + 1;
    p = q;
  }
  if (p == word_end) return word_end;
  if (p < s.size() && s[p] == '/') return UrlEnd(s, start, max_bytes);
  std::string_view tld = s.substr(last_label, p - last_label);
  if (IsTopLevelDomain(tld) && !HasClass(s, p, kAlnumBits)) return p;
  return word_end;
}

size_t DottedAbbreviationEnd(std::string_view s, size_t start,
                             size_t word_end) {
  if (word_end == start || word_end - start > 2) return 0;
  for (size_t i = start; i < word_end; ++i) {
    if (!(ClassOf(s[i]) & kLetterBits)) return 0;
  }
  size_t p = word_end;  // at a period
  int segments = 1;
  while (p < s.size() && s[p] == '.') {
    size_t q = p + 1;
    while (q - p <= 3 && HasClass(s, q, kLetterBits)) ++q;
    size_t letters = q - p - 1;
    if (letters == 0 || letters > 2 || q >= s.size() || s[q] != '.') break;
    ++segments;
    p = q;
  }
  if (segments < 2 || HasClass(s, p + 1, kLetterBits)) return 0;
  return p + 1;
}

}  // namespace actorgraph
