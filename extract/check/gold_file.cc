#include "extract/check/gold_file.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <fstream>
#include <sstream>

#include "extract/base/file_io.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

using Value = rapidjson::Value;

// Reads members of one JSON object, naming it in errors ("documents[2]").
class Reader {
 public:
  Reader(const std::string& path, const Value& object, std::string where)
      : path_(path), object_(object), where_(std::move(where)) {
    if (!object_.IsObject()) Fail("expected an object");
  }

  std::string String(const char* name, const char* fallback = nullptr) const {
    auto it = object_.FindMember(name);
    if (it == object_.MemberEnd()) {
      if (fallback != nullptr) return fallback;
      Fail(std::string("missing '") + name + "'");
    }
    if (!it->value.IsString())
      Fail(std::string("'") + name + "' is not a string");
    return it->value.GetString();
  }

  bool Bool(const char* name, bool fallback) const {
    auto it = object_.FindMember(name);
    if (it == object_.MemberEnd()) return fallback;
    if (!it->value.IsBool())
      Fail(std::string("'") + name + "' is not true/false");
    return it->value.GetBool();
  }

  std::vector<std::string> Strings(const char* name) const {
    std::vector<std::string> out;
    const Value* array = Array(name);
    if (array == nullptr) return out;
    for (const Value& v : array->GetArray()) {
      if (!v.IsString()) Fail(std::string("'") + name + "' holds a non-string");
      out.push_back(v.GetString());
    }
    return out;
  }

  // The array member `name`, or nullptr when absent.
  const Value* Array(const char* name) const {
    auto it = object_.FindMember(name);
    if (it == object_.MemberEnd()) return nullptr;
    if (!it->value.IsArray())
      Fail(std::string("'") + name + "' is not an array");
    return &it->value;
  }

  [[noreturn]] void Fail(const std::string& reason) const {
    throw UserError(Located(path_, 0, 0, where_ + ": " + reason));
  }

  const std::string& path() const { return path_; }
  const std::string& where() const { return where_; }

 private:
  const std::string& path_;
  const Value& object_;
  std::string where_;
};

std::set<std::string> Alternatives(const std::string& s) {
  std::set<std::string> out;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, '|')) {
    size_t b = part.find_first_not_of(' ');
    size_t e = part.find_last_not_of(' ');
    out.insert(b == std::string::npos ? "" : part.substr(b, e - b + 1));
  }
  return out;
}

GoldRelation ReadRelation(const Reader& r) {
  GoldRelation rel;
  rel.sources = Alternatives(r.String("source"));
  rel.relations = Alternatives(r.String("relation"));
  rel.targets = Alternatives(r.String("target"));
  std::string polarity = r.String("polarity", "positive");
  if (!ParsePolarity(polarity, &rel.polarity)) {
    r.Fail("polarity '" + polarity + "' is neither positive nor negative");
  }
  rel.required = r.Bool("required", true);
  rel.evidence = r.String("evidence", "");
  return rel;
}

GoldDocument ReadDocument(const Reader& r) {
  GoldDocument doc;
  doc.file = r.String("file");
  doc.required = r.Strings("required");
  doc.optional = r.Strings("optional");
  if (const Value* rels = r.Array("relations")) {
    int i = 0;
    for (const Value& v : rels->GetArray()) {
      Reader item(r.path(), v,
                  r.where() + ".relations[" + std::to_string(i++) + "]");
      doc.relations.push_back(ReadRelation(item));
    }
  }
  return doc;
}

// 1-based line and column of a byte offset.
void LineAndColumn(const std::string& text, size_t offset, int* line,
                   int* col) {
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++*line;
      *col = 1;
    } else {
      ++*col;
    }
  }
}

}  // namespace

GoldFile ParseGoldFile(const std::string& path, const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str(), json.size());
  if (d.HasParseError()) {
    int line, col;
    LineAndColumn(json, d.GetErrorOffset(), &line, &col);
    throw UserError(Located(path, line, col,
                            rapidjson::GetParseError_En(d.GetParseError())));
  }
  Reader top(path, d, "top level");
  GoldFile gold;
  gold.path = path;
  for (const std::string& s : top.Strings("symmetric_relations")) {
    gold.symmetric.insert(s);
  }
  gold.optional_everywhere = top.Strings("optional_everywhere");
  int i = 0;
  if (const Value* actors = top.Array("actors")) {
    for (const Value& v : actors->GetArray()) {
      Reader r(path, v, "actors[" + std::to_string(i++) + "]");
      gold.actors.push_back(
          {r.String("name"), r.String("type", ""), r.Strings("aliases")});
    }
  }
  const Value* docs = top.Array("documents");
  if (docs == nullptr) top.Fail("missing 'documents'");
  i = 0;
  for (const Value& v : docs->GetArray()) {
    Reader r(path, v, "documents[" + std::to_string(i++) + "]");
    gold.documents.push_back(ReadDocument(r));
  }
  return gold;
}

GoldFile ReadGoldFile(const std::string& path) {
  return ParseGoldFile(path, ReadFile(path));
}

}  // namespace actorgraph
