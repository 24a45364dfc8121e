// One Evidence record as a JSON object, for the JSON modules of export/
// (the evidence_json attribute, the extract stream), and the record fields
// the model lists (VisitEvidenceFields, VisitActorFields) written and read
// under their keys.  Internal: it exposes RapidJSON types, so only JSON
// modules include it.
//
//   VisitActorFields(actor, JsonFieldWriter{w});
//   JsonFieldReader read{object};
//   VisitActorFields(actor, read);  // read.error(): "" or what is wrong
#ifndef ACTORGRAPH_EXPORT_EVIDENCE_JSON_FIELDS_H_
#define ACTORGRAPH_EXPORT_EVIDENCE_JSON_FIELDS_H_

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "extract/model/evidence.h"

namespace actorgraph {

using EvidenceJsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Writes each visited field under its key.
struct JsonFieldWriter {
  EvidenceJsonWriter& w;
  void operator()(const char* key, const std::string& value) const;
  void operator()(const char* key, int64_t value) const;
  void operator()(const char* key, const std::vector<std::string>& v) const;
  void operator()(const char* key, Modality value) const;
};

// Reads each visited field from an object.  An absent field, or one of the
// wrong type, keeps its value; error() tells the first that was wrong.
class JsonFieldReader {
 public:
  explicit JsonFieldReader(const rapidjson::Value& object) : o_(object) {}
  void operator()(const char* key, std::string& value);
  void operator()(const char* key, int64_t& value);
  void operator()(const char* key, int& value);
  void operator()(const char* key, std::vector<std::string>& values);
  void operator()(const char* key, Modality& value);
  const std::string& error() const { return error_; }

 private:
  const rapidjson::Value* Find(const char* key) const;
  void Fail(std::string error) {
    if (error_.empty()) error_ = std::move(error);
  }

  const rapidjson::Value& o_;
  std::string error_;
};

// {"doc","date","sentence","start","end","source_start","source_end",
//  "target_start","target_end","text","sentence_start","rule","modality"}
void WriteEvidenceObject(EvidenceJsonWriter& w, const Evidence& e);
// Returns "" or what is wrong; absent fields keep their defaults.
std::string ReadEvidenceObject(const rapidjson::Value& o, Evidence* e);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EVIDENCE_JSON_FIELDS_H_
