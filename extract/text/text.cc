// The tokenizer: one pass over the bytes with an ASCII class table; ICU is
// consulted only for non-ASCII code points (properties) and for the keys of
// non-ASCII tokens (case folding and NFD), which are cached per thread.
#include "extract/text/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>

#include "extract/text/ascii_scan.h"
#include "extract/text/sentence_splitter.h"

namespace actorgraph {
namespace {

// A token longer than this is cut (the rest continues without kSpaceBefore),
// which keeps key lengths far below the 16-bit limit even after folding.
constexpr size_t kMaxTokenBytes = 1024;

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

// Clitic suffixes after an apostrophe, lowercase.
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

// What ScanWord found.
struct WordScan {
  size_t end = 0;         // end of the word
  size_t clitic_end = 0;  // end of a following "n't", or 0
  bool ascii = true;
  int upper = 0;       // uppercase letters, counted while lower == 0
  int lower = 0;       // > 0 if there is a lowercase letter
  int first_case = 0;  // +1 upper, -1 lower, 0 no letter yet
};

class Tokenizer {
 public:
  Tokenizer(std::string_view text, TokenizedText* out)
      : s_(text),
        out_(out),
        tokens_(out->tokens),
        keys_(&out->keys, text.size() + 16) {}

  void Run();

 private:
  void Emit(size_t begin, size_t end, uint16_t flags, size_t key_begin);
  void EmitPunct(size_t begin, size_t end);
  void EmitKeyed(size_t begin, size_t end, uint16_t flags, bool ascii);
  void HighByte();
  WordScan ScanWord(size_t start) const;
  bool ApostropheInWord(size_t p, size_t alen, size_t start, WordScan* w) const;
  void Word();
  void EmitWord(size_t start, const WordScan& w, uint16_t extra);
  bool DottedAbbreviation(size_t start, const WordScan& w);
  void Number();
  void Apostrophe(size_t alen);
  void Handle(char sigil);
  void Repeated(char c);

  bool PreviousAdjacent() const {
    return !tokens_.empty() && tokens_.back().end == pos_;
  }

  std::string_view s_;
  TokenizedText* out_;
  std::vector<Token>& tokens_;
  KeyBuffer keys_;
  size_t pos_ = 0;
  uint16_t pending_ = kSpaceBefore;  // white space flags for the next token
  bool quote_open_ = false;          // an opening single quote is unmatched
  std::vector<uint32_t> boundary_candidates_;  // see SplitSentences()
};

void Tokenizer::Run() {
  tokens_.reserve(s_.size() / 4 + 16);
  while (pos_ < s_.size()) {
    char c = s_[pos_];
    uint8_t cls = ClassOf(c);
    if (cls & (kUpperBit | kLowerBit)) {
      Word();
    } else if (cls == kSpaceBit) {
      ++pos_;
      pending_ |= kSpaceBefore;
    } else if (cls == kNewlineBit) {
      ++pos_;
      pending_ |= kSpaceBefore | kNewlineBefore;
      quote_open_ = false;
    } else if (cls == kDigitBit) {
      Number();
    } else if (cls == kHighBit) {
      HighByte();
    } else if (c == '\'') {
      Apostrophe(1);
    } else if (c == '-' || c == '.') {
      Repeated(c);
    } else if (c == '@' || c == '#') {
      Handle(c);
    } else {
      EmitPunct(pos_, pos_ + 1);
    }
  }
  keys_.Finish();
  out_->sentences = SplitSentences(s_, *out_, boundary_candidates_);
}

void Tokenizer::Emit(size_t begin, size_t end, uint16_t flags,
                     size_t key_begin) {
  // Filled in place: a Token assembled on the stack and copied as a whole
  // stalls on store forwarding, which cost a third of the tokenizer's time.
  Token& t = tokens_.emplace_back();
  t.begin = static_cast<uint32_t>(begin);
  t.end = static_cast<uint32_t>(end);
  t.key_begin = static_cast<uint32_t>(key_begin);
  t.key_length = static_cast<uint16_t>(keys_.size() - key_begin);
  t.flags = flags | pending_;
  uint8_t first = static_cast<uint8_t>(s_[begin]);
  if ((t.flags & kNewlineBefore) || s_[end - 1] == '.' || first == '!' ||
      first == '?' || first == 0xE2 || first == 0xE3) {
    boundary_candidates_.push_back(static_cast<uint32_t>(tokens_.size() - 1));
  }
  pending_ = 0;
  pos_ = end;
}

void Tokenizer::EmitKeyed(size_t begin, size_t end, uint16_t flags,
                          bool ascii) {
  size_t k = keys_.size();
  std::string_view text(s_.data() + begin, end - begin);
  if (ascii) {
    keys_.AppendLower(text);
  } else {
    keys_.Append(FoldedKey(text));
  }
  Emit(begin, end, flags, k);
}

// One code point (or one ill-formed sequence) of punctuation or symbol.
void Tokenizer::EmitPunct(size_t begin, size_t end) {
  size_t k = keys_.size();
  if (end - begin == 1) {
    keys_.Append(s_[begin]);
  } else {
    int32_t len;
    UChar32 c = DecodeAt(s_, begin, &len);
    if (c < 0) {
      keys_.Append("\xEF\xBF\xBD");
    } else if (char a = TypographicAscii(c)) {
      keys_.Append(a);
    } else {
      keys_.Append(s_.substr(begin, end - begin));
    }
  }
  Emit(begin, end, kPunct, k);
}

void Tokenizer::HighByte() {
  int32_t len;
  UChar32 c = DecodeAt(s_, pos_, &len);
  if (c < 0) {
    EmitPunct(pos_, pos_ + len);
  } else if (IsApostropheLike(c)) {
    Apostrophe(len);
  } else if (IsLetter(c) || IsMark(c)) {
    Word();
  } else if (u_isdigit(c)) {
    Number();
  } else if (c == 0x2028 || c == 0x2029 || c == 0x85) {
    pos_ += len;
    pending_ |= kSpaceBefore | kNewlineBefore;
    quote_open_ = false;
  } else if (u_isUWhiteSpace(c) || u_charType(c) == U_FORMAT_CHAR ||
             u_charType(c) == U_CONTROL_CHAR) {
    pos_ += len;
    pending_ |= kSpaceBefore;
  } else {
    EmitPunct(pos_, pos_ + len);
  }
}

WordScan Tokenizer::ScanWord(size_t start) const {
  WordScan w;
  size_t p = start;
  const size_t limit = std::min(s_.size(), start + kMaxTokenBytes);
  const uint8_t* bytes = reinterpret_cast<const uint8_t*>(s_.data());
  while (p < limit) {
    // The common case: a run of ASCII letters and digits.
    // Only which classes occur is tracked per byte; uppercase letters are
    // counted afterwards, and only while no lowercase letter was seen.
    uint8_t cls = 0, seen = 0;
    const size_t run_start = p;
    while (p < limit && ((cls = kByteClass[bytes[p]]) & kAlnumBits)) {
      seen |= cls;
      ++p;
    }
    if (seen & (kUpperBit | kLowerBit)) {
      if (w.first_case == 0) {
        size_t q = run_start;
        while (!(kByteClass[bytes[q]] & (kUpperBit | kLowerBit))) ++q;
        w.first_case = (kByteClass[bytes[q]] & kUpperBit) ? 1 : -1;
      }
      if (seen & kLowerBit) ++w.lower;
      if ((seen & kUpperBit) && w.lower == 0) {
        for (size_t q = run_start; q < p; ++q) {
          w.upper += kByteClass[bytes[q]] & kUpperBit;
        }
      }
    }
    if (p >= limit) break;
    if (s_[p] == '\'') {
      if (ApostropheInWord(p, 1, start, &w)) {
        p += 1;
        continue;
      }
      return w;
    }
    if (cls != kHighBit) break;
    int32_t len;
    UChar32 c = DecodeAt(s_, p, &len);
    if (IsApostropheLike(c)) {
      if (ApostropheInWord(p, len, start, &w)) {
        w.ascii = false;
        p += len;
        continue;
      }
      return w;
    }
    if (!IsWordCodePoint(c)) break;
    int8_t type = u_charType(c);
    if (type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER) {
      ++w.upper;
      if (w.first_case == 0) w.first_case = 1;
    } else if (type == U_LOWERCASE_LETTER) {
      ++w.lower;
      if (w.first_case == 0) w.first_case = -1;
    }
    w.ascii = false;
    p += len;
  }
  w.end = p;
  return w;
}

// Decides what an apostrophe at s_[p] inside a word means: true continues the
// word ("O'Brien"); false ends it at p, or before a final "n" of "n't".
bool Tokenizer::ApostropheInWord(size_t p, size_t alen, size_t start,
                                 WordScan* w) const {
  w->end = p;
  size_t next = p + alen;
  if (p - 1 > start && (s_[p - 1] == 'n' || s_[p - 1] == 'N') &&
      next < s_.size() && (s_[next] == 't' || s_[next] == 'T') &&
      !IsWordCharAt(s_, next + 1)) {
    w->end = p - 1;
    w->clitic_end = next + 1;
    return false;
  }
  if (CliticSuffixLength(s_, next) > 0) return false;
  return IsLetterAt(s_, next);
}

// A word, or a URL, e-mail address, domain name or dotted abbreviation that
// starts like one.
void Tokenizer::Word() {
  size_t start = pos_;
  if (IsUrlStart(s_, start)) {
    EmitKeyed(start, UrlEnd(s_, start, kMaxTokenBytes), 0, true);
    return;
  }
  WordScan w = ScanWord(start);
  if (w.ascii && w.end < s_.size() && IsEmailPunct(s_[w.end]) &&
      std::memchr(s_.data() + w.end, '@',
                  std::min<size_t>(64, s_.size() - w.end))) {
    size_t email_end = EmailEnd(s_, start, kMaxTokenBytes);
    if (email_end > start) {
      EmitKeyed(start, email_end, 0, true);
      return;
    }
  }
  if (w.end < s_.size() && s_[w.end] == '.' && w.clitic_end == 0) {
    if (DottedAbbreviation(start, w)) return;
    size_t domain_end = DomainEnd(s_, start, w.end, kMaxTokenBytes);
    if (domain_end > w.end) {
      EmitKeyed(start, domain_end, 0, w.ascii);
      return;
    }
  }
  EmitWord(start, w, 0);
}

void Tokenizer::EmitWord(size_t start, const WordScan& w, uint16_t extra) {
  uint16_t flags = kWord | extra;
  if (w.first_case > 0) flags |= kCapitalized;
  if (w.first_case < 0 && ClassOf(s_[start]) != kDigitBit) {
    flags |= kLowerInitial;
  }
  if (w.upper >= 2 && w.lower == 0) flags |= kAllCaps;
  if (extra & kNumber) flags &= ~(kWord | kCapitalized | kAllCaps);
  if (w.end > start) EmitKeyed(start, w.end, flags, w.ascii);
  if (w.clitic_end > 0) {
    size_t k = keys_.size();
    keys_.Append("n't");
    Emit(w.end, w.clitic_end, kClitic, k);
  }
}

// "U.S.", "e.g.": one token whose key keeps the periods.
bool Tokenizer::DottedAbbreviation(size_t start, const WordScan& w) {
  size_t end = w.ascii ? DottedAbbreviationEnd(s_, start, w.end) : 0;
  if (end == 0) return false;
  WordScan total;
  total.end = end;
  total.first_case = w.first_case;
  for (size_t i = start; i < end; ++i) {
    total.upper += ClassOf(s_[i]) & kUpperBit;
    total.lower += (ClassOf(s_[i]) & kLowerBit) != 0;
  }
  EmitWord(start, total, 0);
  return true;
}

// "3,392", "15.5", "10:30", "1990s", "10th".
void Tokenizer::Number() {
  size_t start = pos_;
  size_t p = start;
  bool ascii = true;
  const size_t limit = std::min(s_.size(), start + kMaxTokenBytes);
  while (p < limit) {
    uint8_t cls = ClassOf(s_[p]);
    if (cls == kDigitBit) {
      ++p;
    } else if ((s_[p] == ',' || s_[p] == '.' || s_[p] == ':' || s_[p] == '/') &&
               p + 1 < s_.size() && ClassOf(s_[p + 1]) == kDigitBit) {
      ++p;
    } else if (cls == kHighBit) {
      int32_t len;
      UChar32 c = DecodeAt(s_, p, &len);
      if (c < 0 || !u_isdigit(c)) break;
      ascii = false;
      p += len;
    } else {
      break;
    }
  }
  WordScan w;
  if (IsLetterAt(s_, p)) {
    w = ScanWord(p);
  } else {
    w.end = p;
  }
  w.ascii = w.ascii && ascii;
  w.first_case = 0;
  EmitWord(start, w, kNumber);
}

// An apostrophe between tokens: a clitic after an adjacent word ("Moscow's",
// "U.S.'s", "Times'"), else an opening or closing quote.
void Tokenizer::Apostrophe(size_t alen) {
  size_t next = pos_ + alen;
  if (PreviousAdjacent() && (tokens_.back().flags & (kWord | kNumber))) {
    size_t n = CliticSuffixLength(s_, next);
    if (n > 0) {
      size_t k = keys_.size();
      keys_.Append('\'');
      keys_.AppendLower(s_.substr(next, n));
      Emit(pos_, next + n, kClitic, k);
      return;
    }
    const Token& prev = tokens_.back();
    char last = s_[prev.end - 1];
    if ((prev.flags & kWord) && (last == 's' || last == 'S') &&
        !IsWordCharAt(s_, next) && !quote_open_) {
      size_t k = keys_.size();
      keys_.Append('\'');
      Emit(pos_, next, kClitic, k);
      return;
    }
  }
  if (!PreviousAdjacent() && IsWordCharAt(s_, next)) {
    quote_open_ = true;
  } else if (!IsWordCharAt(s_, next)) {
    quote_open_ = false;
  }
  EmitPunct(pos_, next);
}

// "@handle" and "#tag" are one token each; a lone sigil is punctuation.
void Tokenizer::Handle(char sigil) {
  size_t start = pos_;
  size_t p = start + 1;
  if (sigil == '@') {
    while (p < s_.size() && p - start < kMaxTokenBytes &&
           ((ClassOf(s_[p]) & kAlnumBits) || s_[p] == '_')) {
      ++p;
    }
    if (p > start + 1) {
      EmitKeyed(start, p, 0, true);
      return;
    }
  } else if (IsLetterAt(s_, p)) {
    WordScan w = ScanWord(p);
    size_t k = keys_.size();
    std::string_view word = s_.substr(start, w.end - start);
    if (w.ascii) {
      keys_.AppendLower(word);
    } else {
      keys_.Append(FoldedKey(word));
    }
    Emit(start, w.end, 0, k);
    if (w.clitic_end > 0) {
      k = keys_.size();
      keys_.Append("n't");
      Emit(w.end, w.clitic_end, kClitic, k);
    }
    return;
  }
  EmitPunct(start, start + 1);
}

// A run of periods ("...") or hyphens ("--") is one token.
void Tokenizer::Repeated(char c) {
  size_t p = pos_ + 1;
  while (p < s_.size() && s_[p] == c && p - pos_ < kMaxTokenBytes) ++p;
  size_t k = keys_.size();
  keys_.Append(s_.substr(pos_, p - pos_));
  Emit(pos_, p, kPunct, k);
}

}  // namespace

TokenizedText Tokenize(std::string_view text) {
  TokenizedText out;
  Tokenizer(text, &out).Run();
  return out;
}

std::string PhraseKey(std::string_view phrase) {
  TokenizedText t = Tokenize(phrase);
  std::string key;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    if (i > 0) key += ' ';
    key += t.Key(i);
  }
  return key;
}

std::string FoldForSearch(std::string_view text) {
  for (char c : text) {
    if (ClassOf(c) == kHighBit) return FoldUncached(text);
  }
  std::string out;
  AppendLowerAscii(text, &out);
  return out;
}

}  // namespace actorgraph
