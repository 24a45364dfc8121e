// JSON Lines output: one object per edge, with its endpoints' ids and
// labels and every kept evidence record, for scripts and jq.  This is a
// JSON module (RapidJSON stays here and in the other *_json.cc files).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/evidence_json.h"
#include "export/writer.h"
#include "extract/base/json_fields.h"

namespace actorgraph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

std::string EdgeLine(const ActorGraph& graph, const RelationEdge& e) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  JsonString(w, "source", e.source);
  JsonString(w, "source_label", graph.FindActor(e.source)->info.label);
  JsonString(w, "target", e.target);
  JsonString(w, "target_label", graph.FindActor(e.target)->info.label);
  JsonString(w, "relation", e.relation);
  JsonString(w, "polarity", PolarityName(e.polarity));
  JsonString(w, "modality", ModalityName(e.modality));
  JsonInt(w, "weight", e.weight);
  JsonBool(w, "symmetric", e.symmetric);
  JsonString(w, "cameo", e.cameo);
  JsonDouble(w, "goldstein", e.goldstein);
  JsonString(w, "cameo_root", CameoRoot(e.cameo));
  w.Key("quad_class");
  if (e.quad_class >= 0) {
    w.Int(e.quad_class);
  } else {
    w.Null();
  }
  JsonStrings(w, "dates", e.dates);
  w.Key("evidence");
  std::string evidence = EvidenceListJson(e.evidence);
  w.RawValue(evidence.data(), evidence.size(), rapidjson::kArrayType);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

void WriteJsonLines(const ActorGraph& graph, const WriteOptions&,
                    std::ostream& out) {
  for (const RelationEdge* e : graph.Edges()) {
    out << EdgeLine(graph, *e) << "\n";
  }
}

}  // namespace actorgraph
