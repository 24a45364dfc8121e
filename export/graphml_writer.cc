// GraphML output, valid against the GraphML 1.0 schema and loadable by
// Gephi, yEd, NetworkX, igraph, graphology and Neo4j APOC.  ReadGraphml()
// (graphml_reader.cc) is its exact inverse; the keys are in graphml_keys.h.
#include <cctype>
#include <string>

#include "export/graphml_keys.h"
#include "export/value_text.h"
#include "export/writer.h"
#include "extract/base/xml_escape.h"

namespace actorgraph {
namespace {

std::string UpperCase(std::string text) {
  for (char& c : text) c = std::toupper(static_cast<unsigned char>(c));
  return text;
}

// Writes <data key="KEY">VALUE</data> at the given indentation.
class DataWriter {
 public:
  DataWriter(std::ostream& out, const char* indent)
      : out_(out), indent_(indent) {}

  void Always(const char* key, const std::string& value) {
    out_ << indent_ << "<data key=\"" << key << "\">" << XmlText(value)
         << "</data>\n";
  }
  void IfSet(const char* key, const std::string& value) {
    if (!value.empty()) Always(key, value);
  }
  // An actor field (VisitActorDetails); the mentions are never empty.
  void operator()(const char* key, const std::string& value) {
    IfSet(key, value);
  }
  void operator()(const char* key, const std::vector<std::string>& values) {
    IfSet(key, Join(values, graphml::kAliasSeparator));
  }
  void operator()(const char* key, int64_t value) {
    Always(key, std::to_string(value));
  }

 private:
  std::ostream& out_;
  const char* indent_;
};

void WriteKeys(std::ostream& out) {
  for (const graphml::Key& key : graphml::kKeys) {
    out << "  <key id=\"" << key.id << "\" for=\"" << key.domain
        << "\" attr.name=\"" << key.name << "\" attr.type=\"" << key.type
        << "\"/>\n";
  }
}

void WriteNode(const ActorNode& node, std::ostream& out) {
  const ActorInfo& a = node.info;
  out << "    <node id=\"" << XmlAttribute(a.id) << "\">\n";
  DataWriter data(out, "      ");
  data.Always("labels", a.type.empty() ? ":Actor" : ":Actor:" + a.type);
  data.Always("node_label", a.label);
  VisitActorDetails(a, data);
  data.IfSet("first_seen", node.first_date);
  data.IfSet("last_seen", node.last_date);
  out << "    </node>\n";
}

void WriteEdge(const RelationEdge& e, size_t index, const WriteOptions& options,
               std::ostream& out) {
  out << "    <edge id=\"e" << index << "\" source=\"" << XmlAttribute(e.source)
      << "\" target=\"" << XmlAttribute(e.target) << "\">\n";
  DataWriter data(out, "      ");
  // APOC takes the relationship type from the first <data>: keep it first.
  data.Always("label", UpperCase(e.relation));
  for (const EdgeValue& v : EdgeValues(e, options.evidence_sample)) {
    if (v.always) {
      data.Always(v.key, v.text);
    } else {
      data.IfSet(v.key, v.text);
    }
  }
  out << "    </edge>\n";
}

}  // namespace

void WriteGraphml(const ActorGraph& graph, const WriteOptions& options,
                  std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  WriteKeys(out);
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  DataWriter(out, "    ")
      .Always("document_count", std::to_string(graph.document_count()));
  for (const ActorNode* node : graph.Actors()) WriteNode(*node, out);
  size_t index = 0;
  for (const RelationEdge* edge : graph.Edges()) {
    WriteEdge(*edge, index++, options, out);
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace actorgraph
