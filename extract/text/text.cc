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
#include "extract/text/code_points.h"
#include "extract/text/sentence_splitter.h"

namespace actorgraph {
namespace {

// A token longer than this is cut (the rest continues without kSpaceBefore),
// which keeps key lengths far below the 16-bit limit even after folding.
constexpr size_t kMaxTokenBytes = 1024;

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
  Tokenizer(std::string_view text, const SentenceWords& words,
            TokenizedText* out)
      : s_(text),
        words_(words),
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
  const SentenceWords& words_;
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
  out_->sentences = SplitSentences(s_, *out_, boundary_candidates_, words_);
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

TokenizedText Tokenize(std::string_view text, const SentenceWords& words) {
  TokenizedText out;
  Tokenizer(text, words, &out).Run();
  return out;
}

void SentenceWords::Sort() {
  for (auto* list : {&never_final, &maybe_final, &before_number, &starters}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
}

bool SentenceWords::Has(const std::vector<std::string>& list,
                        std::string_view key) {
  auto it = std::lower_bound(list.begin(), list.end(), key);
  return it != list.end() && *it == key;
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
