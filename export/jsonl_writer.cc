// JSON Lines output: one object per edge, with its endpoints' ids and
// labels and every kept evidence record, for scripts and jq.  This is a
// JSON module (RapidJSON stays here and in the other *_json.cc files).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/evidence_json.h"
#include "export/writer.h"

namespace actorgraph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void String(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

std::string EdgeLine(const ActorGraph& graph, const RelationEdge& e) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  String(w, "source", e.source);
  String(w, "source_label", graph.FindActor(e.source)->info.label);
  String(w, "target", e.target);
  String(w, "target_label", graph.FindActor(e.target)->info.label);
  String(w, "relation", e.relation);
  String(w, "polarity", PolarityName(e.polarity));
  String(w, "modality", ModalityName(e.modality));
  w.Key("weight");
  w.Int64(e.weight);
  w.Key("symmetric");
  w.Bool(e.symmetric);
  String(w, "cameo", e.cameo);
  w.Key("goldstein");
  w.Double(e.goldstein);
  String(w, "cameo_root", CameoRoot(e.cameo));
  w.Key("quad_class");
  if (e.quad_class >= 0) {
    w.Int(e.quad_class);
  } else {
    w.Null();
  }
  w.Key("dates");
  w.StartArray();
  for (const std::string& date : e.dates) {
    w.String(date.data(), static_cast<rapidjson::SizeType>(date.size()));
  }
  w.EndArray();
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
