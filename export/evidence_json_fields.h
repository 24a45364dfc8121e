// One Evidence record as a JSON object, for the JSON modules of export/
// (the evidence_json attribute, the extract stream).  Internal: it exposes
// RapidJSON types, so only JSON modules include it.
#ifndef ACTORGRAPH_EXPORT_EVIDENCE_JSON_FIELDS_H_
#define ACTORGRAPH_EXPORT_EVIDENCE_JSON_FIELDS_H_

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

#include "extract/model/evidence.h"

namespace actorgraph {

using EvidenceJsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// {"doc","date","sentence","start","end","source_start","source_end",
//  "target_start","target_end","text","sentence_start","rule","modality"}
void WriteEvidenceObject(EvidenceJsonWriter& w, const Evidence& e);
// Returns "" or what is wrong; absent fields keep their defaults.
std::string ReadEvidenceObject(const rapidjson::Value& o, Evidence* e);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EVIDENCE_JSON_FIELDS_H_
