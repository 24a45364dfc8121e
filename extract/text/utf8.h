// UTF-8 as actorgraph receives it and reports it: repairing invalid input
// into valid UTF-8, and turning byte offsets into the code-point offsets
// that every output prints.
//
//   Utf8Repair r = RepairUtf8(bytes);        // r.text is valid UTF-8
//   CodePointIndex cp(r.text);
//   int64_t start = cp(token.begin);
#ifndef ACTORGRAPH_EXTRACT_TEXT_UTF8_H_
#define ACTORGRAPH_EXTRACT_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// Repairs `bytes` into valid UTF-8: drops a leading BOM, turns CRLF and lone
// CR into LF, replaces NUL with a space and each invalid, overlong or
// surrogate sequence with U+FFFD.  Each replaced position is reported as a
// byte offset into the input (at most `max_reports`, then counted only).
struct Utf8Repair {
  std::string text;
  std::vector<size_t> replaced_at;  // byte offsets in the input
  size_t replaced_count = 0;
};
Utf8Repair RepairUtf8(std::string_view bytes, size_t max_reports = 8);
// False when RepairUtf8 would return `bytes` unchanged (the common case,
// checked without building a copy).
bool NeedsUtf8Repair(std::string_view bytes);

// Converts byte offsets in a UTF-8 text to code-point offsets.  Cheap for
// ASCII text; otherwise O(log n) per lookup after an O(n) build.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  int64_t operator()(size_t byte_offset) const;

 private:
  bool ascii_ = true;
  std::vector<uint32_t> checkpoints_;  // code points before each 64-byte block
  std::string_view text_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_TEXT_UTF8_H_
