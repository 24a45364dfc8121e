#include "export/view_data_json.h"

#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>

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

void Field(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// Omits empty values: most actors have no role, codes or dates.
void OptionalField(JsonWriter& w, const char* key, const std::string& value) {
  if (!value.empty()) Field(w, key, value);
}

void StringArray(JsonWriter& w, const char* key,
                 const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const std::string& v : values) {
    w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  }
  w.EndArray();
}

// One decimal is far finer than a pixel at any useful zoom.  A position
// that is not finite (a layout bug) must not make the JSON invalid.
double Rounded(double v) {
  return std::isfinite(v) ? std::round(v * 10) / 10 : 0;
}

void WriteActor(JsonWriter& w, const ActorNode& actor, const Point& at) {
  const ActorInfo& info = actor.info;
  w.StartObject();
  Field(w, "id", info.id);
  Field(w, "label", info.label);
  Field(w, "type", info.type);
  if (!info.aliases.empty()) StringArray(w, "aliases", info.aliases);
  OptionalField(w, "role", info.role);
  OptionalField(w, "affiliation", info.affiliation);
  OptionalField(w, "wikidata", info.wikidata);
  OptionalField(w, "iso3", info.iso3);
  w.Key("mentions");
  w.Int64(info.mentions);
  OptionalField(w, "first", actor.first_date);
  OptionalField(w, "last", actor.last_date);
  w.Key("x");
  w.Double(Rounded(at.x));
  w.Key("y");
  w.Double(Rounded(at.y));
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
  Field(w, "doc", e.doc);
  OptionalField(w, "date", e.date);
  w.Key("sentence");
  w.Int(e.sentence);
  Field(w, "text", e.text);
  Span(w, "source", e.source_start, e.source_end, e.sentence_start);
  Span(w, "target", e.target_start, e.target_end, e.sentence_start);
  Span(w, "span", e.start, e.end, e.sentence_start);
  OptionalField(w, "rule", e.rule);
  if (e.modality != Modality::kAsserted) {
    Field(w, "modality", ModalityName(e.modality));
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
  Field(w, "relation", edge.relation);
  Field(w, "polarity", PolarityName(edge.polarity));
  Field(w, "modality", ModalityName(edge.modality));
  w.Key("symmetric");
  w.Bool(edge.symmetric);
  OptionalField(w, "cameo", edge.cameo);
  w.Key("goldstein");
  w.Double(std::isfinite(edge.goldstein) ? edge.goldstein : 0);
  w.Key("weight");
  w.Int64(edge.weight);
  OptionalField(w, "first", edge.first_date);
  OptionalField(w, "last", edge.last_date);
  StringArray(w, "dates", edge.dates);
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
  Field(w, "format", "actorgraph-view");
  w.Key("version");
  w.Int(1);
  w.Key("documents");
  w.Int64(graph.document_count());
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
