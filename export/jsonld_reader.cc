#include "export/jsonld_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <set>
#include <vector>

#include "export/graph_reader.h"
#include "export/jsonld_vocab.h"
#include "extract/base/file_io.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

using Json = rapidjson::Value;

// Rebuilding an edge replays its weight as mentions, so this bounds the
// work a damaged file can cause; no real corpus comes near it.
constexpr int64_t kMaxWeight = 10'000'000;

// 1-based line and column (in code points) of a byte offset.
void LineAndColumn(const std::string& text, size_t offset, int* line,
                   int* col) {
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++*line;
      *col = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++*col;
    }
  }
}

std::string Quoted(const std::string& s) { return "'" + s + "'"; }

// Typed access to the members of one JSON-LD node; every failure names the
// file and the node.
class NodeReader {
 public:
  NodeReader(const Json& node, std::string where)
      : node_(node), where_(std::move(where)) {}

  [[noreturn]] void Fail(const std::string& reason) const {
    throw UserError(where_ + ": " + reason);
  }

  bool Has(const char* key) const { return node_.HasMember(key); }

  std::string String(const char* key, bool required = false) const {
    const Json* v = Member(key, required);
    if (v == nullptr) return "";
    if (!v->IsString()) Fail(Quoted(key) + " must be a string");
    return std::string(v->GetString(), v->GetStringLength());
  }

  int64_t Int(const char* key, bool required = false) const {
    const Json* v = Member(key, required);
    if (v == nullptr) return 0;
    if (!v->IsInt64()) Fail(Quoted(key) + " must be an integer");
    return v->GetInt64();
  }

  int SmallInt(const char* key) const {
    int64_t v = Int(key);
    if (v < std::numeric_limits<int>::min() ||
        v > std::numeric_limits<int>::max()) {
      Fail(Quoted(key) + " is out of range");
    }
    return static_cast<int>(v);
  }

  bool Bool(const char* key) const {
    const Json* v = Member(key, false);
    if (v == nullptr) return false;
    if (!v->IsBool()) Fail(Quoted(key) + " must be true or false");
    return v->GetBool();
  }

  std::vector<std::string> Strings(const char* key) const {
    std::vector<std::string> out;
    const Json* v = Member(key, false);
    if (v == nullptr) return out;
    if (!v->IsArray()) Fail(Quoted(key) + " must be an array of strings");
    for (const Json& item : v->GetArray()) {
      if (!item.IsString()) Fail(Quoted(key) + " must be an array of strings");
      out.emplace_back(item.GetString(), item.GetStringLength());
    }
    return out;
  }

  const Json* Array(const char* key) const {
    const Json* v = Member(key, false);
    if (v != nullptr && !v->IsArray()) Fail(Quoted(key) + " must be an array");
    return v;
  }

  std::string ActorRef(const char* key, bool required = false) const {
    std::string iri = String(key, required);
    if (iri.empty()) return "";
    std::string id;
    if (!jsonld::ActorIdFromIri(iri, &id)) {
      Fail(Quoted(key) + " is not an actor IRI: " + Quoted(iri));
    }
    return id;
  }

  const std::string& where() const { return where_; }

 private:
  const Json* Member(const char* key, bool required) const {
    auto it = node_.FindMember(key);
    if (it == node_.MemberEnd()) {
      if (required) Fail("missing " + Quoted(key));
      return nullptr;
    }
    return &it->value;
  }

  const Json& node_;
  std::string where_;
};

std::set<std::string> TypesOf(const Json& node, const NodeReader& reader) {
  std::set<std::string> types;
  auto it = node.FindMember("@type");
  if (it == node.MemberEnd()) return types;
  if (it->value.IsString()) {
    types.insert(it->value.GetString());
    return types;
  }
  if (!it->value.IsArray()) reader.Fail("'@type' must be a string or array");
  for (const Json& t : it->value.GetArray()) {
    if (!t.IsString()) reader.Fail("'@type' must hold strings");
    types.insert(t.GetString());
  }
  return types;
}

std::string ActorType(const std::set<std::string>& types,
                      const NodeReader& reader) {
  for (const std::string& t : types) {
    if (jsonld::IsSchemaActorType(t)) return t;
  }
  return reader.String("actorType");
}

void ReadIdentifiers(const NodeReader& reader, ActorInfo* info) {
  const Json* ids = reader.Array("identifier");
  if (ids == nullptr) return;
  for (const Json& item : ids->GetArray()) {
    if (!item.IsObject())
      reader.Fail("'identifier' must hold PropertyValue objects");
    NodeReader value(item, reader.where());
    std::string property = value.String("propertyID", true);
    std::string code = value.String("value", true);
    if (property == jsonld::kIso2PropertyId) {
      info->iso2 = code;
    } else if (property == jsonld::kIso3PropertyId) {
      info->iso3 = code;
    } else {
      reader.Fail("unknown identifier " + Quoted(property));
    }
  }
}

ActorNode ReadActor(const NodeReader& reader,
                    const std::set<std::string>& types) {
  ActorNode actor;
  ActorInfo& info = actor.info;
  info.id = reader.String("actorId", true);
  if (reader.String("@id") != jsonld::ActorIri(info.id)) {
    reader.Fail("'@id' does not match actorId " + Quoted(info.id));
  }
  info.type = ActorType(types, reader);
  info.label = reader.String("name", true);
  info.aliases = reader.Strings("alternateName");
  ReadIdentifiers(reader, &info);
  std::string same_as = reader.String("sameAs");
  if (!same_as.empty()) {
    const std::string prefix = jsonld::kWikidataEntityIri;
    if (same_as.compare(0, prefix.size(), prefix) != 0) {
      reader.Fail("'sameAs' is not a Wikidata entity IRI: " + Quoted(same_as));
    }
    info.wikidata = same_as.substr(prefix.size());
  }
  info.affiliation = reader.ActorRef("affiliation");
  if (info.affiliation.empty()) info.affiliation = reader.ActorRef("memberOf");
  info.role = reader.String("jobTitle");
  info.mentions = reader.Int("mentions");
  actor.first_date = reader.String("firstDate");
  actor.last_date = reader.String("lastDate");
  return actor;
}

Evidence ReadEvidence(const Json& item, const std::string& where) {
  if (!item.IsObject())
    throw UserError(where + ": 'evidence' must hold objects");
  NodeReader r(item, where);
  Evidence e;
  e.doc = r.String("document", true);
  e.date = r.String("date");
  e.sentence = r.SmallInt("sentence");
  e.sentence_start = r.Int("sentenceStart");
  e.text = r.String("text");
  e.start = r.Int("start");
  e.end = r.Int("end");
  e.source_start = r.Int("sourceStart");
  e.source_end = r.Int("sourceEnd");
  e.target_start = r.Int("targetStart");
  e.target_end = r.Int("targetEnd");
  e.rule = r.String("rule");
  std::string modality = r.String("modality");
  if (!modality.empty() && !ParseModality(modality, &e.modality)) {
    r.Fail("unknown modality " + Quoted(modality));
  }
  return e;
}

double ReadGoldstein(const Json& node, const NodeReader& reader) {
  auto it = node.FindMember("goldstein");
  if (it == node.MemberEnd()) return 0;
  if (it->value.IsNumber()) return it->value.GetDouble();
  std::string text = reader.String("goldstein");
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0') {
    reader.Fail("'goldstein' is not a decimal: " + Quoted(text));
  }
  return value;
}

RelationEdge ReadRelation(const Json& node, const NodeReader& reader) {
  RelationEdge e;
  e.source = reader.ActorRef("source", true);
  e.target = reader.ActorRef("target", true);
  e.relation = reader.String("relation", true);
  std::string polarity = reader.String("polarity", true);
  if (!ParsePolarity(polarity, &e.polarity)) {
    reader.Fail("unknown polarity " + Quoted(polarity));
  }
  std::string modality = reader.String("modality");
  if (!modality.empty() && !ParseModality(modality, &e.modality)) {
    reader.Fail("unknown modality " + Quoted(modality));
  }
  e.weight = reader.Int("weight", true);
  if (e.weight < 1 || e.weight > kMaxWeight) {
    reader.Fail("'weight' must be between 1 and " + std::to_string(kMaxWeight));
  }
  e.symmetric = reader.Bool("symmetric");
  e.cameo = reader.String("cameo");
  e.goldstein = ReadGoldstein(node, reader);
  e.quad_class = node.HasMember("quadClass")
                     ? static_cast<int>(reader.Int("quadClass"))
                     : -1;
  e.first_date = reader.String("firstDate");
  e.last_date = reader.String("lastDate");
  e.dates = reader.Strings("dates");
  if (const Json* evidence = reader.Array("evidence")) {
    for (const Json& item : evidence->GetArray()) {
      e.evidence.push_back(ReadEvidence(item, reader.where()));
    }
  }
  return e;
}

struct FileContents {
  int64_t document_count = 0;
  std::vector<ActorNode> actors;
  std::vector<std::pair<std::string, RelationEdge>> edges;  // where, edge
};

// maxEvidence is for consumers only: the rebuilt graph keeps every record
// read (AssembleGraph).
void ReadGraphNode(const NodeReader& reader, FileContents* out) {
  out->document_count = reader.Int("documentCount");
}

void ReadNode(const Json& node, size_t index, const std::string& path,
              FileContents* out) {
  std::string where = path + ": @graph[" + std::to_string(index) + "]";
  if (!node.IsObject()) throw UserError(where + ": a node must be an object");
  auto id = node.FindMember("@id");
  if (id != node.MemberEnd() && id->value.IsString()) {
    where = path + ": " + id->value.GetString();
  }
  NodeReader reader(node, where);
  std::set<std::string> types = TypesOf(node, reader);
  if (types.count(jsonld::kActorType)) {
    out->actors.push_back(ReadActor(reader, types));
  } else if (types.count(jsonld::kRelationType)) {
    out->edges.emplace_back(where, ReadRelation(node, reader));
  } else if (types.count(jsonld::kGraphType)) {
    ReadGraphNode(reader, out);
  } else {
    reader.Fail("node is neither Actor, Relation nor ActorGraph");
  }
}

// What AssembleGraph needs to rebuild an edge exactly: a mention for every
// evidence record and for every date that no record carries.
void CheckWeight(const RelationEdge& e, const std::string& where) {
  std::set<std::string> dates(e.dates.begin(), e.dates.end());
  for (const Evidence& ev : e.evidence) dates.erase(ev.date);
  dates.erase("");
  size_t needed = std::max<size_t>(e.evidence.size() + dates.size(), 1);
  if (e.weight < 0 || static_cast<uint64_t>(e.weight) < needed) {
    throw UserError(where + ": 'weight' " + std::to_string(e.weight) +
                    " is less than its evidence records and dates");
  }
}

ActorGraph BuildGraph(const FileContents& contents) {
  std::set<std::string> actor_ids;
  for (const ActorNode& actor : contents.actors) {
    actor_ids.insert(actor.info.id);
  }
  std::vector<RelationEdge> edges;
  edges.reserve(contents.edges.size());
  for (const auto& [where, edge] : contents.edges) {
    for (const std::string* id : {&edge.source, &edge.target}) {
      if (actor_ids.count(*id) == 0) {
        throw UserError(where + ": " + Quoted(*id) +
                        " is not an actor of this file");
      }
    }
    CheckWeight(edge, where);
    edges.push_back(edge);
  }
  return AssembleGraph(contents.actors, edges, contents.document_count);
}

void CheckContext(const rapidjson::Document& doc, const std::string& path) {
  auto context = doc.FindMember("@context");
  bool ours =
      context != doc.MemberEnd() && context->value.IsObject() &&
      context->value.HasMember("ag") && context->value["ag"].IsString() &&
      std::strcmp(context->value["ag"].GetString(), jsonld::kVocabIri) == 0;
  if (!ours) {
    throw UserError(Located(path, 0, 0,
                            "not an actorgraph JSON-LD file (its @context "
                            "does not define \"ag\" as " +
                                std::string(jsonld::kVocabIri) + ")"));
  }
}

}  // namespace

ActorGraph ParseJsonLd(const std::string& text, const std::string& path) {
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) {
    int line = 0, col = 0;
    LineAndColumn(text, doc.GetErrorOffset(), &line, &col);
    throw UserError(
        Located(path, line, col,
                std::string("invalid JSON: ") +
                    rapidjson::GetParseError_En(doc.GetParseError())));
  }
  if (!doc.IsObject()) {
    throw UserError(Located(path, 0, 0, "expected a JSON-LD object"));
  }
  CheckContext(doc, path);
  auto nodes = doc.FindMember("@graph");
  if (nodes == doc.MemberEnd() || !nodes->value.IsArray()) {
    throw UserError(Located(path, 0, 0, "missing the \"@graph\" array"));
  }
  FileContents contents;
  size_t index = 0;
  for (const Json& node : nodes->value.GetArray()) {
    ReadNode(node, index++, path, &contents);
  }
  return BuildGraph(contents);
}

ActorGraph ReadJsonLd(const std::string& path) {
  return ParseJsonLd(ReadFile(path), path);
}

}  // namespace actorgraph
