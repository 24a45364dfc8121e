#include "export/evidence_json.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/evidence_json_fields.h"
#include "extract/base/json_fields.h"

namespace actorgraph {

void JsonFieldWriter::operator()(const char* key,
                                 const std::string& value) const {
  JsonString(w, key, value);
}

void JsonFieldWriter::operator()(const char* key, int64_t value) const {
  JsonInt(w, key, value);
}

void JsonFieldWriter::operator()(const char* key,
                                 const std::vector<std::string>& v) const {
  JsonStrings(w, key, v);
}

void JsonFieldWriter::operator()(const char* key, Modality value) const {
  JsonString(w, key, ModalityName(value));
}

const rapidjson::Value* JsonFieldReader::Find(const char* key) const {
  auto it = o_.FindMember(key);
  return it == o_.MemberEnd() ? nullptr : &it->value;
}

void JsonFieldReader::operator()(const char* key, std::string& value) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) return;
  if (!v->IsString()) {
    Fail(std::string("'") + key + "' is not a string");
    return;
  }
  value.assign(v->GetString(), v->GetStringLength());
}

void JsonFieldReader::operator()(const char* key, int64_t& value) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) return;
  if (!v->IsInt64()) {
    Fail(std::string("'") + key + "' is not an integer");
    return;
  }
  value = v->GetInt64();
}

void JsonFieldReader::operator()(const char* key, int& value) {
  int64_t wide = value;
  (*this)(key, wide);
  value = static_cast<int>(wide);
}

void JsonFieldReader::operator()(const char* key,
                                 std::vector<std::string>& values) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) return;
  if (!v->IsArray()) {
    Fail(std::string("'") + key + "' is not an array");
    return;
  }
  for (const auto& item : v->GetArray()) {
    if (item.IsString())
      values.emplace_back(item.GetString(), item.GetStringLength());
  }
}

void JsonFieldReader::operator()(const char* key, Modality& value) {
  std::string name = ModalityName(value);
  (*this)(key, name);  // a name of the wrong type leaves `value` as it was
  if (!ParseModality(name, &value)) Fail("unknown modality '" + name + "'");
}

void WriteEvidenceObject(EvidenceJsonWriter& w, const Evidence& e) {
  w.StartObject();
  VisitEvidenceFields(e, JsonFieldWriter{w});
  w.EndObject();
}

std::string ReadEvidenceObject(const rapidjson::Value& o, Evidence* e) {
  if (!o.IsObject()) return "not an object";
  JsonFieldReader read(o);
  VisitEvidenceFields(*e, read);
  return read.error();
}

std::string EvidenceListJson(const std::vector<Evidence>& list) {
  rapidjson::StringBuffer buffer;
  EvidenceJsonWriter w(buffer);
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
