#include "export/evidence_json.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/evidence_json_fields.h"

namespace actorgraph {
namespace {

using JsonWriter = EvidenceJsonWriter;

void Field(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void Field(JsonWriter& w, const char* key, int64_t value) {
  w.Key(key);
  w.Int64(value);
}

}  // namespace

void WriteEvidenceObject(EvidenceJsonWriter& w, const Evidence& e) {
  w.StartObject();
  Field(w, "doc", e.doc);
  Field(w, "date", e.date);
  Field(w, "sentence", e.sentence);
  Field(w, "start", e.start);
  Field(w, "end", e.end);
  Field(w, "source_start", e.source_start);
  Field(w, "source_end", e.source_end);
  Field(w, "target_start", e.target_start);
  Field(w, "target_end", e.target_end);
  Field(w, "text", e.text);
  Field(w, "sentence_start", e.sentence_start);
  Field(w, "rule", e.rule);
  Field(w, "modality", ModalityName(e.modality));
  w.EndObject();
}

std::string ReadEvidenceObject(const rapidjson::Value& o, Evidence* e) {
  if (!o.IsObject()) return "not an object";
  auto text = [&](const char* key, std::string* out) -> std::string {
    auto it = o.FindMember(key);
    if (it == o.MemberEnd()) return "";
    if (!it->value.IsString())
      return std::string("'") + key + "' is not a string";
    out->assign(it->value.GetString(), it->value.GetStringLength());
    return "";
  };
  auto number = [&](const char* key, int64_t* out) -> std::string {
    auto it = o.FindMember(key);
    if (it == o.MemberEnd()) return "";
    if (!it->value.IsInt64())
      return std::string("'") + key + "' is not an integer";
    *out = it->value.GetInt64();
    return "";
  };
  int64_t sentence = 0;
  std::string modality = ModalityName(Modality::kAsserted);
  std::string error;
  for (auto [key, out] : {std::pair{"doc", &e->doc},
                          {"date", &e->date},
                          {"text", &e->text},
                          {"rule", &e->rule},
                          {"modality", &modality}}) {
    if (error.empty()) error = text(key, out);
  }
  for (auto [key, out] : {std::pair{"sentence", &sentence},
                          {"start", &e->start},
                          {"end", &e->end},
                          {"source_start", &e->source_start},
                          {"source_end", &e->source_end},
                          {"target_start", &e->target_start},
                          {"target_end", &e->target_end},
                          {"sentence_start", &e->sentence_start}}) {
    if (error.empty()) error = number(key, out);
  }
  if (!error.empty()) return error;
  e->sentence = static_cast<int>(sentence);
  if (!ParseModality(modality, &e->modality)) {
    return "unknown modality '" + modality + "'";
  }
  return "";
}

std::string EvidenceListJson(const std::vector<Evidence>& list) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartArray();
  for (const Evidence& e : list) WriteEvidenceObject(w, e);
  w.EndArray();
  return std::string(buffer.GetString(), buffer.GetSize());
}

bool ParseEvidenceListJson(std::string_view json, std::vector<Evidence>* out,
                           std::string* error) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) {
    *error = "offset " + std::to_string(doc.GetErrorOffset()) + ": " +
             rapidjson::GetParseError_En(doc.GetParseError());
    return false;
  }
  if (!doc.IsArray()) {
    *error = "not a JSON array";
    return false;
  }
  out->clear();
  for (rapidjson::SizeType i = 0; i < doc.Size(); ++i) {
    Evidence e;
    std::string wrong = ReadEvidenceObject(doc[i], &e);
    if (!wrong.empty()) {
      *error = "element " + std::to_string(i) + ": " + wrong;
      return false;
    }
    out->push_back(std::move(e));
  }
  return true;
}

}  // namespace actorgraph
