// How the writers spell values as text, the same in every format:
// numbers in their shortest round-trip form ("3", "-4.4"; no locale, so the
// bytes are the same on every machine), lists joined, and the short
// evidence sample that the compact formats carry.
#ifndef ACTORGRAPH_EXPORT_VALUE_TEXT_H_
#define ACTORGRAPH_EXPORT_VALUE_TEXT_H_

#include <string>
#include <vector>

#include "extract/base/strings.h"
#include "graph/actor_graph.h"

namespace actorgraph {

std::string ShortestDouble(double value);

// The distinct document ids of an edge's kept evidence, sorted.
std::vector<std::string> EvidenceDocuments(const RelationEdge& edge);

// The first `count` evidence records as "DOC: SENTENCE" lines.
std::string EvidenceSample(const RelationEdge& edge, size_t count);

// An edge's fields as the attribute formats (GraphML, GEXF) carry them, in
// their order: relation, polarity, modality, weight, symmetric, cameo, ...,
// evidence_json.  `always` is false for a value a format may leave out when
// it is empty (no CAMEO code, no dates).
struct EdgeValue {
  const char* key;
  std::string text;
  bool always;
};
std::vector<EdgeValue> EdgeValues(const RelationEdge& edge,
                                  size_t evidence_sample);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_VALUE_TEXT_H_
