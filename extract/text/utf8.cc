// RepairUtf8 and CodePointIndex (declared in text.h): plain byte work that
// needs no ICU.
#include "extract/text/utf8.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace actorgraph {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

bool IsContinuation(uint8_t b) { return (b & 0xC0) == 0x80; }

// Length of the sequence a lead byte announces, 0 for a byte that cannot
// lead one (a stray continuation byte, 0xF8 and above).
size_t SequenceLength(uint8_t b) {
  if (b < 0x80) return 1;
  if (b < 0xC0) return 0;
  if (b < 0xE0) return 2;
  if (b < 0xF0) return 3;
  if (b < 0xF8) return 4;
  return 0;
}

// True if the complete sequence s[0, n) encodes a scalar value in its
// shortest form.
bool IsWellFormed(const uint8_t* s, size_t n) {
  uint32_t c = s[0] & (0x7F >> n);
  for (size_t i = 1; i < n; ++i) c = (c << 6) | (s[i] & 0x3F);
  static const uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kMinimum[n] || c > 0x10FFFF) return false;  // overlong, too large
  return c < 0xD800 || c > 0xDFFF;                    // surrogates
}

// The end of the run of plain ASCII (0x0E..0x7F) bytes from p, eight
// bytes at a time while no byte of a word is outside the range.
size_t AsciiRunEnd(const uint8_t* in, size_t n, size_t p) {
  constexpr uint64_t kLow = 0x0E0E0E0E0E0E0E0Eull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  while (p + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, in + p, 8);
    if (((w - kLow) | w) & kHigh) break;
    p += 8;
  }
  while (p < n && in[p] >= 0x0E && in[p] < 0x80) ++p;
  return p;
}

class Repairer {
 public:
  Repairer(std::string_view in, size_t max_reports)
      : in_(reinterpret_cast<const uint8_t*>(in.data())),
        n_(in.size()),
        max_reports_(max_reports) {
    r_.text.reserve(n_);
  }

  Utf8Repair Run() {
    size_t p = 0;
    if (n_ >= 3 && in_[0] == 0xEF && in_[1] == 0xBB && in_[2] == 0xBF) p = 3;
    while (p < n_) {
      size_t run = AsciiRunEnd(in_, n_, p);
      Append(p, run);
      if (run == n_) break;
      p = Special(run);
    }
    return std::move(r_);
  }

 private:
  void Append(size_t from, size_t to) {
    r_.text.append(reinterpret_cast<const char*>(in_) + from, to - from);
  }

  void Replace(size_t at) {
    if (r_.replaced_at.size() < max_reports_) r_.replaced_at.push_back(at);
    ++r_.replaced_count;
    r_.text += kReplacement;
  }

  // Handles the byte at p that the ASCII fast loop stopped on; returns the
  // position after what it consumed.
  size_t Special(size_t p) {
    uint8_t b = in_[p];
    if (b < 0x80) {
      if (b == 0) {
        r_.text += ' ';
      } else if (b == '\r') {
        r_.text += '\n';
        if (p + 1 < n_ && in_[p + 1] == '\n') ++p;
      } else {
        r_.text += static_cast<char>(b);
      }
      return p + 1;
    }
    size_t length = SequenceLength(b);
    if (length == 0) {
      Replace(p);
      return p + 1;
    }
    size_t q = p + 1;
    while (q < n_ && q < p + length && IsContinuation(in_[q])) ++q;
    if (q == p + length && IsWellFormed(in_ + p, length)) {
      Append(p, q);
    } else {
      Replace(p);  // truncated, overlong, surrogate or beyond U+10FFFF
    }
    return q;
  }

  const uint8_t* in_;
  size_t n_;
  size_t max_reports_;
  Utf8Repair r_;
};

}  // namespace

Utf8Repair RepairUtf8(std::string_view bytes, size_t max_reports) {
  return Repairer(bytes, max_reports).Run();
}

bool NeedsUtf8Repair(std::string_view bytes) {
  const uint8_t* in = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  if (n >= 3 && in[0] == 0xEF && in[1] == 0xBB && in[2] == 0xBF) return true;
  for (size_t p = AsciiRunEnd(in, n, 0); p < n; p = AsciiRunEnd(in, n, p)) {
    uint8_t b = in[p];
    if (b < 0x80) {
      if (b == 0 || b == '\r') return true;
      ++p;
      continue;
    }
    size_t length = SequenceLength(b);
    if (length == 0 || p + length > n) return true;
    for (size_t q = p + 1; q < p + length; ++q) {
      if (!IsContinuation(in[q])) return true;
    }
    if (!IsWellFormed(in + p, length)) return true;
    p += length;
  }
  return false;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  uint8_t any_high = 0;  // a branch-free OR of every byte vectorizes
  for (char c : text) any_high |= static_cast<uint8_t>(c);
  ascii_ = any_high < 0x80;
  if (ascii_) return;
  checkpoints_.reserve(text.size() / 64 + 1);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % 64 == 0) checkpoints_.push_back(count);
    if (!IsContinuation(static_cast<uint8_t>(text[i]))) ++count;
  }
  checkpoints_.push_back(count);
}

int64_t CodePointIndex::operator()(size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  if (ascii_) return static_cast<int64_t>(byte_offset);
  size_t block = byte_offset / 64;
  int64_t count = checkpoints_[block];
  for (size_t i = block * 64; i < byte_offset; ++i) {
    if (!IsContinuation(static_cast<uint8_t>(text_[i]))) ++count;
  }
  return count;
}

}  // namespace actorgraph
