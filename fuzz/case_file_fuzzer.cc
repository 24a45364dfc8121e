// Fuzzes the case-file parser (`actorgraph check` input): ParseCaseFile on
// the bytes, and ParseCaseRelation / FormatCaseRelation on every line.  A
// parse may only succeed or throw UserError with a one-line message naming
// the file; a relation that parses must survive formatting and reparsing.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/base/user_error.h"
#include "extract/check/case_file.h"
#include "fuzz/fuzz_util.h"

namespace actorgraph {
namespace {

void CheckRelationRoundTrip(const std::string& spec) {
  CaseRelation r;
  std::string error;
  if (!ParseCaseRelation(spec, &r, &error)) {
    FUZZ_CHECK(!error.empty());
    return;
  }
  CaseRelation again;
  FUZZ_CHECK(ParseCaseRelation(FormatCaseRelation(r), &again, &error));
  FUZZ_CHECK(again.source == r.source && again.relation == r.relation &&
             again.target == r.target && again.polarity == r.polarity &&
             again.has_modality == r.has_modality &&
             (!r.has_modality || again.modality == r.modality));
}

}  // namespace
}  // namespace actorgraph

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace actorgraph;
  std::string contents(reinterpret_cast<const char*>(data), size);
  try {
    CaseFile file = ParseCaseFile("fuzz.cases", contents);
    for (const Case& c : file.cases) {
      FUZZ_CHECK(c.line >= 1 && c.line <= c.text_end_line &&
                 c.text_end_line <= c.end_line);
      FUZZ_CHECK(!c.text.empty());
    }
  } catch (const UserError& e) {
    // One line per error, each naming the file.
    std::string message = e.what();
    for (size_t at = 0; at <= message.size();) {
      FUZZ_CHECK(message.compare(at, 11, "fuzz.cases:") == 0);
      size_t newline = message.find('\n', at);
      if (newline == std::string::npos) break;
      at = newline + 1;
    }
  }
  size_t start = 0;
  while (start < contents.size()) {
    size_t newline = contents.find('\n', start);
    if (newline == std::string::npos) newline = contents.size();
    CheckRelationRoundTrip(contents.substr(start, newline - start));
    start = newline + 1;
  }
  return 0;
}
