#include "export/record_json.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/evidence_json_fields.h"
#include "extract/base/json_fields.h"

namespace actorgraph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteActor(JsonWriter& w, const ActorInfo& a) {
  w.StartObject();
  VisitActorFields(a, JsonFieldWriter{w});
  w.EndObject();
}

std::string GetString(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  return it != o.MemberEnd() && it->value.IsString()
             ? std::string(it->value.GetString(), it->value.GetStringLength())
             : std::string();
}

// Lenient: a field of the wrong type is left empty.
ActorInfo ReadActor(const rapidjson::Value& o) {
  ActorInfo a;
  JsonFieldReader read(o);
  VisitActorFields(a, read);
  return a;
}

}  // namespace

std::string MentionJson(const std::string& doc, const Mention& m,
                        const ActorInfo& actor) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  JsonString(w, "doc", doc);
  JsonInt(w, "start", m.start);
  JsonInt(w, "end", m.end);
  JsonInt(w, "sentence", m.sentence);
  JsonString(w, "text", m.text);
  JsonString(w, "actor", m.actor);
  JsonString(w, "label", actor.label);
  JsonString(w, "type", actor.type);
  JsonString(w, "how", m.how);
  JsonOptional(w, "cue", m.cue);
  JsonBool(w, "named", m.named);
  JsonOptional(w, "cameo", actor.cameo);
  JsonOptional(w, "source", actor.source);
  w.EndObject();
  return buffer.GetString();
}

// Writes one record object (a line) with `kind` and what `fill` adds.
template <typename Fill>
void AppendRecord(const char* kind, Fill fill, std::string* out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  JsonString(w, "kind", kind);
  fill(w);
  w.EndObject();
  out->append(buffer.GetString(), buffer.GetSize());
  out->push_back('\n');
}

std::string DocumentRecordsJson(const DocumentResult& r) {
  std::string out;
  auto doc_fields = [&](JsonWriter& w) {
    JsonString(w, "doc", r.doc);
    JsonString(w, "date", r.date);
  };
  AppendRecord(
      "document",
      [&](JsonWriter& w) {
        doc_fields(w);
        JsonOptional(w, "title", r.title);
      },
      &out);
  for (const ActorInfo& a : r.actors) {
    AppendRecord(
        "actor",
        [&](JsonWriter& w) {
          doc_fields(w);
          w.Key("actor");
          WriteActor(w, a);
        },
        &out);
  }
  for (const RelationMention& m : r.relations) {
    AppendRecord(
        "relation",
        [&](JsonWriter& w) {
          JsonString(w, "source", m.source);
          JsonString(w, "target", m.target);
          JsonString(w, "relation", m.relation);
          JsonString(w, "polarity", PolarityName(m.polarity));
          JsonBool(w, "symmetric", m.symmetric);
          JsonString(w, "cameo", m.cameo);
          JsonDouble(w, "goldstein", m.goldstein);
          if (m.quad_class >= 0) {
            JsonInt(w, "quad_class", m.quad_class);
          }
          w.Key("evidence");
          WriteEvidenceObject(w, m.evidence);
        },
        &out);
  }
  return out;
}

bool ParseExtractRecord(const std::string& line, ExtractRecord* out,
                        std::string* error, int* column) {
  if (column) *column = 0;
  rapidjson::Document d;
  d.Parse<rapidjson::kParseStopWhenDoneFlag>(line.c_str(), line.size());
  if (d.HasParseError()) {
    *error = rapidjson::GetParseError_En(d.GetParseError());
    if (column) *column = static_cast<int>(d.GetErrorOffset() + 1);
    return false;
  }
  if (!d.IsObject()) {
    *error = "expected a JSON object";
    return false;
  }
  std::string kind = GetString(d, "kind");
  *out = ExtractRecord();
  out->doc = GetString(d, "doc");
  out->date = GetString(d, "date");
  if (kind == "document") {
    out->kind = ExtractRecord::kDocument;
    out->title = GetString(d, "title");
  } else if (kind == "actor") {
    auto a = d.FindMember("actor");
    if (a == d.MemberEnd() || !a->value.IsObject()) {
      *error = "actor record without an \"actor\" object";
      return false;
    }
    out->kind = ExtractRecord::kActor;
    out->actor = ReadActor(a->value);
  } else if (kind == "relation") {
    out->kind = ExtractRecord::kRelation;
    RelationMention& m = out->relation;
    m.source = GetString(d, "source");
    m.target = GetString(d, "target");
    m.relation = GetString(d, "relation");
    ParsePolarity(GetString(d, "polarity"), &m.polarity);
    auto sym = d.FindMember("symmetric");
    m.symmetric =
        sym != d.MemberEnd() && sym->value.IsBool() && sym->value.GetBool();
    m.cameo = GetString(d, "cameo");
    auto g = d.FindMember("goldstein");
    m.goldstein =
        g != d.MemberEnd() && g->value.IsNumber() ? g->value.GetDouble() : 0;
    auto q = d.FindMember("quad_class");
    m.quad_class =
        q != d.MemberEnd() && q->value.IsInt() ? q->value.GetInt() : -1;
    auto e = d.FindMember("evidence");
    if (e == d.MemberEnd() || !e->value.IsObject() || m.source.empty() ||
        m.target.empty() || m.relation.empty()) {
      *error = "relation record needs source, target, relation and evidence";
      return false;
    }
    std::string wrong = ReadEvidenceObject(e->value, &m.evidence);
    if (!wrong.empty()) {
      *error = "evidence: " + wrong;
      return false;
    }
  } else {
    *error = "unknown record kind '" + kind + "'";
    return false;
  }
  return true;
}

}  // namespace actorgraph
