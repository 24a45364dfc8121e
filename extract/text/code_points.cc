#include "extract/text/code_points.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>

#include "extract/text/ascii_scan.h"

namespace actorgraph {

bool IsApostropheLike(UChar32 c) {
  return c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

// Typographic variants that keys write in ASCII; 0 when `c` has none.
char TypographicAscii(UChar32 c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x02BC:
    case 0x2032:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    default:
      return 0;
  }
}

// Decodes the code point at s[p]; *len is its length in bytes.  Negative
// for an ill-formed sequence (then *len covers its maximal subpart).
UChar32 DecodeAt(std::string_view s, size_t p, int32_t* len) {
  const uint8_t* b = reinterpret_cast<const uint8_t*>(s.data()) + p;
  int32_t n = static_cast<int32_t>(std::min<size_t>(s.size() - p, 4));
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(b, i, n, c);
  *len = i;
  return c;
}

bool IsLetter(UChar32 c) { return c >= 0 && (U_GET_GC_MASK(c) & U_GC_L_MASK); }
bool IsMark(UChar32 c) { return c >= 0 && (U_GET_GC_MASK(c) & U_GC_M_MASK); }

// Letters, digits and combining marks continue a word; format characters
// (soft hyphen, zero-width joiners) too, and keys drop them.
bool IsWordCodePoint(UChar32 c) {
  if (c < 0 || IsApostropheLike(c)) return false;
  return (U_GET_GC_MASK(c) &
          (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK | U_GC_CF_MASK)) != 0;
}

bool IsWordCharAt(std::string_view s, size_t p) {
  if (p >= s.size()) return false;
  uint8_t cls = ClassOf(s[p]);
  if (cls != kHighBit) return (cls & kAlnumBits) != 0;
  int32_t len;
  return IsWordCodePoint(DecodeAt(s, p, &len));
}

bool IsLetterAt(std::string_view s, size_t p) {
  if (p >= s.size()) return false;
  uint8_t cls = ClassOf(s[p]);
  if (cls != kHighBit) return (cls & (kUpperBit | kLowerBit)) != 0;
  int32_t len;
  return IsLetter(DecodeAt(s, p, &len));
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out->append(buf, n);
}

// Case fold, decompose, drop non-spacing marks and format characters,
// recompose, map typographic variants to ASCII.
std::string FoldUncached(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase();
  icu::UnicodeString decomposed = nfd->normalize(u, status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_FORMAT_CHAR) continue;
    kept.append(c);
  }
  icu::UnicodeString composed = nfc->normalize(kept, status);
  if (U_FAILURE(status)) composed = kept;
  std::string out;
  for (int32_t i = 0; i < composed.length();) {
    UChar32 c = composed.char32At(i);
    i += U16_LENGTH(c);
    if (char a = TypographicAscii(c)) {
      out += a;
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out;
}

// The key of a token that contains non-ASCII bytes.  News text repeats its
// few non-ASCII names, so a per-thread cache pays off.
const std::string& FoldedKey(std::string_view s) {
  thread_local std::unordered_map<std::string, std::string> cache;
  thread_local std::string probe;
  probe.assign(s.data(), s.size());
  auto it = cache.find(probe);
  if (it == cache.end()) {
    if (cache.size() > (1u << 16)) cache.clear();
    it = cache.emplace(probe, FoldUncached(s)).first;
  }
  return it->second;
}

void AppendLowerAscii(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(kAsciiLower[static_cast<uint8_t>(c)]);
}

size_t CliticSuffixLength(std::string_view s, size_t p) {
  auto lower = [&](size_t i) {
    return i < s.size() ? kAsciiLower[static_cast<uint8_t>(s[i])] : '\0';
  };
  char a = lower(p), b = lower(p + 1);
  size_t n = 0;
  if (a == 's' || a == 'd' || a == 'm') n = 1;
  if ((a == 'r' && b == 'e') || (a == 'l' && b == 'l') ||
      (a == 'v' && b == 'e')) {
    n = 2;
  }
  return n > 0 && !IsWordCharAt(s, p + n) ? n : 0;
}

}  // namespace actorgraph
