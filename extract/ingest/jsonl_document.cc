#include "extract/ingest/jsonl_document.h"

// x86-64 always has SSE2: RapidJSON then scans strings 16 bytes at a time.
// Its aligned loads may read past the end of the line within one 16-byte
// block, harmless but reported by AddressSanitizer, so not under it.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ACTORGRAPH_NO_JSON_SIMD
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define ACTORGRAPH_NO_JSON_SIMD
#endif
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2) && \
    !defined(ACTORGRAPH_NO_JSON_SIMD)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace actorgraph {
namespace {

// The parser is iterative, so deep nesting cannot overflow the stack; the
// limit keeps pathological lines out of the DOM.  Returns the 1-based column
// where the limit is exceeded, or 0.
size_t ExcessiveNestingColumn(const std::string& line) {
  // Fewer brackets than the limit cannot nest beyond it: one vectorized
  // count spares the byte-by-byte walk for every ordinary line.
  size_t brackets = static_cast<size_t>(std::count_if(
      line.begin(), line.end(), [](char c) { return (c | 0x20) == '{'; }));
  if (brackets <= static_cast<size_t>(kMaxJsonDepth)) return 0;
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i + 1;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return 0;
}

using Value = rapidjson::Value;

std::string StringOf(const Value& v) {
  return std::string(v.GetString(), v.GetStringLength());
}

std::string NumberText(const Value& v) {
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsUint64()) return std::to_string(v.GetUint64());
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v.GetDouble());
  return buf;
}

// Reads optional string member `name` into *out; false if it has a wrong
// type.
bool OptionalString(const Value& object, const char* name, std::string* out) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || it->value.IsNull()) return true;
  if (!it->value.IsString()) return false;
  *out = StringOf(it->value);
  return true;
}

void Fields(const Value& root, JsonlRecord* r) {
  if (!root.IsObject()) {
    r->error = "expected a JSON object";
    return;
  }
  auto text = root.FindMember("text");
  if (text == root.MemberEnd()) {
    r->error = "missing \"text\"";
    return;
  }
  if (!text->value.IsString()) {
    r->error = "\"text\" is not a string";
    return;
  }
  auto id = root.FindMember("id");
  if (id != root.MemberEnd() && !id->value.IsNull()) {
    if (id->value.IsString()) {
      r->doc.id = StringOf(id->value);
    } else if (id->value.IsNumber()) {
      r->doc.id = NumberText(id->value);
    } else {
      r->error = "\"id\" is not a string or number";
      return;
    }
    r->has_id = true;
  }
  if (!OptionalString(root, "title", &r->doc.title)) {
    r->error = "\"title\" is not a string";
    return;
  }
  if (!OptionalString(root, "date", &r->doc.date)) {
    r->error = "\"date\" is not a string";
    return;
  }
  r->doc.text = StringOf(text->value);
}

}  // namespace

JsonlRecord ParseJsonlDocument(std::string* line) {
  JsonlRecord r;
  if (size_t column = ExcessiveNestingColumn(*line)) {
    r.error =
        "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels";
    r.column = static_cast<int>(column);
    return r;
  }
  // In-situ parsing stops at a NUL byte, so find one first.
  if (const void* nul = std::memchr(line->data(), 0, line->size())) {
    r.error = "invalid JSON: NUL byte";
    r.column =
        static_cast<int>(static_cast<const char*>(nul) - line->data()) + 1;
    return r;
  }
  rapidjson::Document json;
  json.ParseInsitu<rapidjson::kParseIterativeFlag>(&(*line)[0]);
  if (json.HasParseError()) {
    r.error = std::string("invalid JSON: ") +
              rapidjson::GetParseError_En(json.GetParseError());
    if (r.error.back() == '.') r.error.pop_back();
    r.column = static_cast<int>(json.GetErrorOffset()) + 1;
    return r;
  }
  Fields(json, &r);
  return r;
}

}  // namespace actorgraph
