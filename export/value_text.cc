#include "export/value_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "export/evidence_json.h"

namespace actorgraph {

std::string ShortestDouble(double value) {
  // NaN and infinities have no form every reader accepts; the graph never
  // holds them, but a file must still parse.
  if (!std::isfinite(value)) return "0";
  if (value == 0) return "0";  // no "-0"
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::vector<std::string> EvidenceDocuments(const RelationEdge& edge) {
  std::vector<std::string> docs;
  for (const Evidence& e : edge.evidence) docs.push_back(e.doc);
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  return docs;
}

std::string EvidenceSample(const RelationEdge& edge, size_t count) {
  std::string out;
  for (size_t i = 0; i < edge.evidence.size() && i < count; ++i) {
    if (i > 0) out += "\n";
    out += edge.evidence[i].doc + ": " + edge.evidence[i].text;
  }
  return out;
}

std::vector<EdgeValue> EdgeValues(const RelationEdge& e,
                                  size_t evidence_sample) {
  return {
      {"relation", e.relation, true},
      {"polarity", PolarityName(e.polarity), true},
      {"modality", ModalityName(e.modality), true},
      {"weight", std::to_string(e.weight), true},
      {"symmetric", e.symmetric ? "true" : "false", true},
      {"cameo", e.cameo, false},
      {"goldstein", ShortestDouble(e.goldstein), true},
      {"cameo_root", CameoRoot(e.cameo), false},
      {"quad_class", e.quad_class < 0 ? "" : std::to_string(e.quad_class),
       false},
      {"first_date", e.first_date, false},
      {"last_date", e.last_date, false},
      {"dates", Join(e.dates, " "), false},
      {"evidence_count", std::to_string(e.evidence.size()), true},
      {"documents", Join(EvidenceDocuments(e), "; "), false},
      {"evidence", EvidenceSample(e, evidence_sample), false},
      {"evidence_json", EvidenceListJson(e.evidence), true},
  };
}

}  // namespace actorgraph
