#include "export/view_data_json.h"

#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "extract/base/json_fields.h"

namespace actorgraph {
namespace {

// RapidJSON output stream that escapes the characters HTML gives a meaning
// to.  They can only occur inside JSON strings, where \uXXXX is equivalent.
class ScriptSafeStream {
 public:
  using Ch = char;
  void Put(char c) {
    switch (c) {
      case '<':
        out_ += "\\u003c";
        break;
      case '>':
        out_ += "\\u003e";
        break;
      case '&':
        out_ += "\\u0026";
        break;
      default:
        out_ += c;
    }
  }
  void Flush() {}
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

using JsonWriter = rapidjson::Writer<ScriptSafeStream>;

// One decimal is far finer than a pixel at any useful zoom.  A position
// that is not finite (a layout bug) must not make the JSON invalid.
double Rounded(double v) {
  return std::isfinite(v) ? std::round(v * 10) / 10 : 0;
}

void WriteActor(JsonWriter& w, const ActorNode& actor, const Point& at) {
  const ActorInfo& info = actor.info;
  w.StartObject();
  JsonString(w, "id", info.id);
  JsonString(w, "label", info.label);
  JsonString(w, "type", info.type);
  if (!info.aliases.empty()) JsonStrings(w, "aliases", info.aliases);
  JsonOptional(w, "role", info.role);
  JsonOptional(w, "affiliation", info.affiliation);
  JsonOptional(w, "wikidata", info.wikidata);
  JsonOptional(w, "iso3", info.iso3);
  JsonInt(w, "mentions", info.mentions);
  JsonOptional(w, "first", actor.first_date);
  JsonOptional(w, "last", actor.last_date);
  JsonDouble(w, "x", Rounded(at.x));
  JsonDouble(w, "y", Rounded(at.y));
  w.EndObject();
}

// A mention span as code points from the sentence start.
void Span(JsonWriter& w, const char* key, int64_t start, int64_t end,
          int64_t sentence_start) {
  w.Key(key);
  w.StartArray();
  w.Int64(start - sentence_start);
  w.Int64(end - sentence_start);
  w.EndArray();
}

void WriteEvidence(JsonWriter& w, const Evidence& e) {
  w.StartObject();
  JsonString(w, "doc", e.doc);
  JsonOptional(w, "date", e.date);
  JsonInt(w, "sentence", e.sentence);
  JsonString(w, "text", e.text);
  Span(w, "source", e.source_start, e.source_end, e.sentence_start);
  Span(w, "target", e.target_start, e.target_end, e.sentence_start);
  Span(w, "span", e.start, e.end, e.sentence_start);
  JsonOptional(w, "rule", e.rule);
  if (e.modality != Modality::kAsserted) {
    JsonString(w, "modality", ModalityName(e.modality));
  }
  w.EndObject();
}

void WriteEdge(JsonWriter& w, const RelationEdge& edge, size_t source,
               size_t target) {
  w.StartObject();
  w.Key("s");
  w.Uint64(source);
  w.Key("t");
  w.Uint64(target);
  JsonString(w, "relation", edge.relation);
  JsonString(w, "polarity", PolarityName(edge.polarity));
  JsonString(w, "modality", ModalityName(edge.modality));
  JsonBool(w, "symmetric", edge.symmetric);
  JsonOptional(w, "cameo", edge.cameo);
  JsonDouble(w, "goldstein",
             std::isfinite(edge.goldstein) ? edge.goldstein : 0);
  JsonInt(w, "weight", edge.weight);
  JsonOptional(w, "first", edge.first_date);
  JsonOptional(w, "last", edge.last_date);
  JsonStrings(w, "dates", edge.dates);
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& e : edge.evidence) WriteEvidence(w, e);
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string ViewDataJson(const ActorGraph& graph,
                         const std::vector<Point>& positions) {
  const std::vector<const ActorNode*> actors = graph.Actors();
  if (positions.size() != actors.size()) {
    throw std::invalid_argument("ViewDataJson: one position per actor");
  }
  std::unordered_map<std::string, size_t> index_of;
  for (size_t i = 0; i < actors.size(); ++i) index_of[actors[i]->info.id] = i;

  ScriptSafeStream stream;
  JsonWriter w(stream);
  w.StartObject();
  JsonString(w, "format", "actorgraph-view");
  JsonInt(w, "version", 1);
  JsonInt(w, "documents", graph.document_count());
  w.Key("actors");
  w.StartArray();
  for (size_t i = 0; i < actors.size(); ++i) {
    WriteActor(w, *actors[i], positions[i]);
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const RelationEdge* edge : graph.Edges()) {
    WriteEdge(w, *edge, index_of.at(edge->source), index_of.at(edge->target));
  }
  w.EndArray();
  w.EndObject();
  return stream.Take();
}

}  // namespace actorgraph
