// Keyed values written through a RapidJSON-style writer, for the JSON
// modules (ingest/, check/, export/): one way to write a string, a number,
// a flag, an optional string or a list of strings under a key.  They are
// templates on the writer, so this header needs no RapidJSON itself and
// serves every writer type (plain buffers, script-safe streams).
//
//   rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
//   w.StartObject();
//   JsonString(w, "id", actor.id);
//   JsonInt(w, "mentions", actor.mentions);
//   JsonOptional(w, "role", actor.role);  // left out when empty
//   JsonStrings(w, "aliases", actor.aliases);
//   JsonObjects(w, "findings", findings, [&](const Finding& f) { ... });
//   w.EndObject();
#ifndef ACTORGRAPH_EXTRACT_BASE_JSON_FIELDS_H_
#define ACTORGRAPH_EXTRACT_BASE_JSON_FIELDS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace actorgraph {

// A string value (in an array, or after a key).
template <typename Writer>
void JsonValue(Writer& w, const std::string& value) {
  w.String(value.data(), static_cast<unsigned>(value.size()));
}

template <typename Writer>
void JsonString(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  JsonValue(w, value);
}

template <typename Writer>
void JsonOptional(Writer& w, const char* key, const std::string& value) {
  if (!value.empty()) JsonString(w, key, value);
}

template <typename Writer>
void JsonInt(Writer& w, const char* key, int64_t value) {
  w.Key(key);
  w.Int64(value);
}

template <typename Writer>
void JsonBool(Writer& w, const char* key, bool value) {
  w.Key(key);
  w.Bool(value);
}

template <typename Writer>
void JsonDouble(Writer& w, const char* key, double value) {
  w.Key(key);
  w.Double(value);
}

template <typename Writer>
void JsonStrings(Writer& w, const char* key,
                 const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const std::string& v : values) JsonValue(w, v);
  w.EndArray();
}

// An array under `key` of one object per item, filled by fill(item).
template <typename Writer, typename List, typename Fill>
void JsonObjects(Writer& w, const char* key, const List& items, Fill fill) {
  w.Key(key);
  w.StartArray();
  for (const auto& item : items) {
    w.StartObject();
    fill(item);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_BASE_JSON_FIELDS_H_
