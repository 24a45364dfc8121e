// Fuzzes document ingest: RepairUtf8, Tokenize and CodePointIndex on the raw
// bytes, ParseJsonlDocument on each line, and DocumentReader on the bytes
// as a .txt and as a .jsonl file.  Checks that repaired text is valid UTF-8
// without NUL or CR, that repair is complete in one pass, that token and
// sentence offsets stay inside the text, and that every document the reader
// returns is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/base/user_error.h"
#include "extract/ingest/ingest.h"
#include "extract/ingest/jsonl_document.h"
#include "extract/text/text.h"
#include "extract/text/utf8.h"
#include "fuzz/fuzz_util.h"

namespace actorgraph {
namespace {

void CheckTokens(std::string_view text) {
  TokenizedText t = Tokenize(text);
  uint32_t previous_end = 0;
  for (const Token& token : t.tokens) {
    FUZZ_CHECK(token.begin < token.end && token.end <= text.size());
    FUZZ_CHECK(token.begin >= previous_end);
    FUZZ_CHECK(token.key_begin + size_t{token.key_length} <= t.keys.size());
    previous_end = token.end;
  }
  uint32_t next_token = 0;
  for (const Sentence& s : t.sentences) {
    FUZZ_CHECK(s.first_token >= next_token);
    FUZZ_CHECK(s.first_token <= s.end_token && s.end_token <= t.tokens.size());
    FUZZ_CHECK(s.begin <= s.end && s.end <= text.size());
    next_token = s.end_token;
  }
}

void CheckRepair(std::string_view bytes) {
  Utf8Repair r = RepairUtf8(bytes);
  FUZZ_CHECK(fuzz::IsValidUtf8(r.text));
  FUZZ_CHECK(r.text.find('\0') == std::string::npos);
  FUZZ_CHECK(r.text.find('\r') == std::string::npos);
  FUZZ_CHECK(r.replaced_at.size() <= r.replaced_count);
  for (size_t at : r.replaced_at) FUZZ_CHECK(at < bytes.size());
  FUZZ_CHECK(RepairUtf8(r.text).replaced_count == 0);
  CodePointIndex index(r.text);
  FUZZ_CHECK(index(r.text.size()) ==
             static_cast<int64_t>(fuzz::CodePoints(r.text)));
  CheckTokens(r.text);
}

void CheckJsonlLines(std::string_view bytes) {
  size_t start = 0;
  while (start < bytes.size()) {
    size_t newline = bytes.find('\n', start);
    if (newline == std::string_view::npos) newline = bytes.size();
    std::string line(bytes.substr(start, newline - start));
    size_t length = line.size();
    JsonlRecord r = ParseJsonlDocument(&line);
    if (!r.error.empty()) {
      FUZZ_CHECK(r.column >= 0 && static_cast<size_t>(r.column) <= length + 1);
    }
    start = newline + 1;
  }
}

void ReadAll(const std::string& path) {
  int warnings = 0;
  DocumentReader reader({path}, IngestOptions(),
                        [&](const std::string&) { ++warnings; });
  Document doc;
  while (reader.Next(&doc)) {
    FUZZ_CHECK(fuzz::IsValidUtf8(doc.text));
    FUZZ_CHECK(fuzz::IsValidUtf8(doc.id));
    FUZZ_CHECK(fuzz::IsValidUtf8(doc.title));
    FUZZ_CHECK(doc.date.empty() || doc.date.size() == 10);
  }
  FUZZ_CHECK(reader.skipped() <= warnings);
}

}  // namespace
}  // namespace actorgraph

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace actorgraph;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckRepair(bytes);
  CheckJsonlLines(bytes);
  ReadAll(fuzz::WriteScratchFile("input.txt", bytes));
  ReadAll(fuzz::WriteScratchFile("input.jsonl", bytes));
  return 0;
}
