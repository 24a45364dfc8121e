#include "export/record_json.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/evidence_json_fields.h"

namespace actorgraph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void Str(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void Int(JsonWriter& w, const char* key, int64_t value) {
  w.Key(key);
  w.Int64(value);
}

void WriteActor(JsonWriter& w, const ActorInfo& a) {
  w.StartObject();
  Str(w, "id", a.id);
  Str(w, "label", a.label);
  Str(w, "type", a.type);
  w.Key("aliases");
  w.StartArray();
  for (const std::string& alias : a.aliases) {
    w.String(alias.data(), static_cast<rapidjson::SizeType>(alias.size()));
  }
  w.EndArray();
  Str(w, "iso2", a.iso2);
  Str(w, "iso3", a.iso3);
  Str(w, "wikidata", a.wikidata);
  Str(w, "affiliation", a.affiliation);
  Str(w, "role", a.role);
  Int(w, "mentions", a.mentions);
  w.EndObject();
}

std::string GetString(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  return it != o.MemberEnd() && it->value.IsString()
             ? std::string(it->value.GetString(), it->value.GetStringLength())
             : std::string();
}

int64_t GetInt(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  return it != o.MemberEnd() && it->value.IsInt64() ? it->value.GetInt64() : 0;
}

ActorInfo ReadActor(const rapidjson::Value& o) {
  ActorInfo a;
  a.id = GetString(o, "id");
  a.label = GetString(o, "label");
  a.type = GetString(o, "type");
  auto aliases = o.FindMember("aliases");
  if (aliases != o.MemberEnd() && aliases->value.IsArray()) {
    for (const auto& v : aliases->value.GetArray()) {
      if (v.IsString())
        a.aliases.emplace_back(v.GetString(), v.GetStringLength());
    }
  }
  a.iso2 = GetString(o, "iso2");
  a.iso3 = GetString(o, "iso3");
  a.wikidata = GetString(o, "wikidata");
  a.affiliation = GetString(o, "affiliation");
  a.role = GetString(o, "role");
  a.mentions = GetInt(o, "mentions");
  return a;
}

}  // namespace

std::string MentionJson(const std::string& doc, const Mention& m,
                        const ActorInfo& actor) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  Str(w, "doc", doc);
  Int(w, "start", m.start);
  Int(w, "end", m.end);
  Int(w, "sentence", m.sentence);
  Str(w, "text", m.text);
  Str(w, "actor", m.actor);
  Str(w, "label", actor.label);
  Str(w, "type", actor.type);
  Str(w, "how", m.how);
  if (!m.cue.empty()) Str(w, "cue", m.cue);
  w.Key("named");
  w.Bool(m.named);
  if (!actor.cameo.empty()) Str(w, "cameo", actor.cameo);
  if (!actor.source.empty()) Str(w, "source", actor.source);
  w.EndObject();
  return buffer.GetString();
}

// Writes one record object (a line) with `kind` and what `fill` adds.
template <typename Fill>
void AppendRecord(const char* kind, Fill fill, std::string* out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  Str(w, "kind", kind);
  fill(w);
  w.EndObject();
  out->append(buffer.GetString(), buffer.GetSize());
  out->push_back('\n');
}

std::string DocumentRecordsJson(const DocumentResult& r) {
  std::string out;
  auto doc_fields = [&](JsonWriter& w) {
    Str(w, "doc", r.doc);
    Str(w, "date", r.date);
  };
  AppendRecord(
      "document",
      [&](JsonWriter& w) {
        doc_fields(w);
        if (!r.title.empty()) Str(w, "title", r.title);
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
          Str(w, "source", m.source);
          Str(w, "target", m.target);
          Str(w, "relation", m.relation);
          Str(w, "polarity", PolarityName(m.polarity));
          w.Key("symmetric");
          w.Bool(m.symmetric);
          Str(w, "cameo", m.cameo);
          w.Key("goldstein");
          w.Double(m.goldstein);
          if (m.quad_class >= 0) {
            w.Key("quad_class");
            w.Int(m.quad_class);
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
