#include "export/graphml_reader.h"

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <map>
#include <set>

#include "export/evidence_json.h"
#include "export/graph_reader.h"
#include "export/graphml_keys.h"
#include "export/xml_reader.h"
#include "extract/base/file_io.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

std::vector<std::string> Split(const std::string& text,
                               const std::string& sep) {
  std::vector<std::string> parts;
  if (text.empty()) return parts;
  size_t start = 0;
  while (true) {
    size_t found = text.find(sep, start);
    parts.push_back(text.substr(start, found - start));
    if (found == std::string::npos) return parts;
    start = found + sep.size();
  }
}

class GraphmlParser {
 public:
  explicit GraphmlParser(XmlReader* xml) : xml_(*xml) {}

  ActorGraph Parse() {
    if (xml_.Next() != XmlReader::kStartElement || xml_.name() != "graphml") {
      xml_.Fail("not a GraphML file (the root element is not <graphml>)");
    }
    while (xml_.Next() != XmlReader::kEnd) {
      if (xml_.event() != XmlReader::kStartElement) continue;
      const std::string& name = xml_.name();
      if (name == "key") {
        ReadKey();
      } else if (name == "graph") {
        in_graph_ = true;
      } else if (name == "node") {
        ReadNode();
      } else if (name == "edge") {
        ReadEdge();
      } else if (name == "data" && in_graph_) {
        std::string key = KeyName("graph");
        value_at_ = {xml_.line(), xml_.column()};
        std::string value = xml_.ReadText();
        if (key == "document_count") document_count_ = Long(value, key);
      } else {
        xml_.Skip();  // <desc>, <default>, yFiles extras, ...
      }
    }
    return AssembleGraph(actors_, edges_, document_count_);
  }

 private:
  struct Position {
    int line, column;
  };

  std::string Required(const char* attribute) {
    const std::string* value = xml_.Attribute(attribute);
    if (value == nullptr) {
      xml_.Fail("<" + xml_.name() + "> without a '" + attribute +
                "' attribute");
    }
    return *value;
  }

  void ReadKey() {
    std::string id = Required("id");
    const std::string* domain = xml_.Attribute("for");
    const std::string* name = xml_.Attribute("attr.name");
    key_names_[{domain ? *domain : "all", id}] = name ? *name : id;
    xml_.Skip();
  }

  // The attr.name of the current <data>'s key, for a <data> in `domain`.
  std::string KeyName(const std::string& domain) {
    std::string id = Required("key");
    for (const std::string& d : {domain, std::string("all")}) {
      auto it = key_names_.find({d, id});
      if (it != key_names_.end()) return it->second;
    }
    return id;
  }

  int64_t Long(const std::string& text, const std::string& key) {
    int64_t value = 0;
    auto [end, error] =
        std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
      FailAt(value_at_, "'" + key + "' is not an integer: '" + text + "'");
    }
    return value;
  }

  double Double(const std::string& text, const std::string& key) {
    char* end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0') {
      FailAt(value_at_, "'" + key + "' is not a number: '" + text + "'");
    }
    return value;
  }

  // xs:boolean, and also "True"/"False", which NetworkX writes.
  bool Boolean(const std::string& text, const std::string& key) {
    std::string lower = text;
    for (char& c : lower) c = std::tolower(static_cast<unsigned char>(c));
    if (lower == "true" || lower == "1") return true;
    if (lower == "false" || lower == "0") return false;
    FailAt(value_at_, "'" + key + "' is not true or false: '" + text + "'");
  }

  void ReadNode() {
    ActorNode node;
    node.info.id = Required("id");
    while (xml_.Next() != XmlReader::kEndElement) {
      if (xml_.event() != XmlReader::kStartElement) continue;
      if (xml_.name() != "data") {
        xml_.Skip();
        continue;
      }
      std::string key = KeyName("node");
      value_at_ = {xml_.line(), xml_.column()};
      SetNodeField(key, xml_.ReadText(), &node);
    }
    if (!node_ids_.insert(node.info.id).second) {
      xml_.Fail("duplicate node '" + node.info.id + "'");
    }
    actors_.push_back(std::move(node));
  }

  void SetNodeField(const std::string& key, const std::string& value,
                    ActorNode* node) {
    ActorInfo& a = node->info;
    if (key == "label") {
      a.label = value;
    } else if (key == "type") {
      a.type = value;
    } else if (key == "aliases") {
      a.aliases = Split(value, graphml::kAliasSeparator);
    } else if (key == "iso2") {
      a.iso2 = value;
    } else if (key == "iso3") {
      a.iso3 = value;
    } else if (key == "wikidata") {
      a.wikidata = value;
    } else if (key == "affiliation") {
      a.affiliation = value;
    } else if (key == "role") {
      a.role = value;
    } else if (key == "mentions") {
      a.mentions = Long(value, key);
    } else if (key == "first_seen") {
      node->first_date = value;
    } else if (key == "last_seen") {
      node->last_date = value;
    }
  }

  void ReadEdge() {
    RelationEdge edge;
    edge.source = Required("source");
    edge.target = Required("target");
    Position where{xml_.line(), xml_.column()};
    while (xml_.Next() != XmlReader::kEndElement) {
      if (xml_.event() != XmlReader::kStartElement) continue;
      if (xml_.name() != "data") {
        xml_.Skip();
        continue;
      }
      std::string key = KeyName("edge");
      value_at_ = {xml_.line(), xml_.column()};
      SetEdgeField(key, xml_.ReadText(), &edge);
    }
    for (const std::string* end : {&edge.source, &edge.target}) {
      if (node_ids_.count(*end) == 0) {
        FailAt(where, "edge refers to unknown node '" + *end + "'");
      }
    }
    if (edge.relation.empty()) FailAt(where, "edge without a 'relation'");
    edges_.push_back(std::move(edge));
  }

  void SetEdgeField(const std::string& key, const std::string& value,
                    RelationEdge* e) {
    if (key == "relation") {
      e->relation = value;
    } else if (key == "polarity") {
      if (!ParsePolarity(value, &e->polarity)) {
        FailAt(value_at_, "unknown polarity '" + value + "'");
      }
    } else if (key == "modality") {
      if (!ParseModality(value, &e->modality)) {
        FailAt(value_at_, "unknown modality '" + value + "'");
      }
    } else if (key == "weight") {
      e->weight = static_cast<int64_t>(Double(value, key));
    } else if (key == "symmetric") {
      e->symmetric = Boolean(value, key);
    } else if (key == "cameo") {
      e->cameo = value;
    } else if (key == "goldstein") {
      e->goldstein = Double(value, key);
    } else if (key == "quad_class") {
      e->quad_class = static_cast<int>(Double(value, key));
    } else if (key == "first_date") {
      e->first_date = value;
    } else if (key == "last_date") {
      e->last_date = value;
    } else if (key == "dates") {
      e->dates = Split(value, " ");
    } else if (key == "evidence_json") {
      std::string error;
      if (!ParseEvidenceListJson(value, &e->evidence, &error)) {
        FailAt(value_at_, "bad evidence_json: " + error);
      }
    }
  }

  [[noreturn]] void FailAt(Position where, const std::string& reason) {
    throw UserError(Located(xml_.file(), where.line, where.column, reason));
  }

  XmlReader& xml_;
  Position value_at_{0, 0};  // the <data> being read
  std::map<std::pair<std::string, std::string>, std::string> key_names_;
  bool in_graph_ = false;
  int64_t document_count_ = 0;
  std::set<std::string> node_ids_;
  std::vector<ActorNode> actors_;
  std::vector<RelationEdge> edges_;
};

}  // namespace

ActorGraph ParseGraphml(std::string text, const std::string& name) {
  XmlReader xml(std::move(text), name);
  return GraphmlParser(&xml).Parse();
}

ActorGraph ReadGraphml(const std::string& path) {
  return ParseGraphml(ReadFile(path), path);
}

}  // namespace actorgraph
