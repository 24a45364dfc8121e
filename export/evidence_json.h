// Evidence records as one compact JSON array, the form GraphML's
// evidence_json attribute and the JSON Lines writer carry, so that a graph
// read back from a file keeps every evidence field.  This is a JSON module:
// RapidJSON stays inside evidence_json.cc.
//
//   std::string json = EvidenceListJson(edge.evidence);
//   std::vector<Evidence> back;
//   std::string error;
//   if (!ParseEvidenceListJson(json, &back, &error)) ... error says why
//
// Each element: {"doc","date","sentence","start","end","source_start",
// "source_end","target_start","target_end","text","sentence_start","rule",
// "modality"}.
#ifndef ACTORGRAPH_EXPORT_EVIDENCE_JSON_H_
#define ACTORGRAPH_EXPORT_EVIDENCE_JSON_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/model/evidence.h"

namespace actorgraph {

std::string EvidenceListJson(const std::vector<Evidence>& list);

// False, with `error` set ("offset 7: Missing a comma...",
// "element 2: 'start' is not an integer"), when `json` is not such an array.
bool ParseEvidenceListJson(std::string_view json, std::vector<Evidence>* out,
                           std::string* error);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EVIDENCE_JSON_H_
