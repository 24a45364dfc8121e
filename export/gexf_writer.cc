// GEXF 1.2 output for Gephi: declared attributes, colors by actor type,
// sizes by degree, positions from the layout (graph/layout.h), symmetric
// relations as mutual edges, and time spells (a node from first to last
// sighting, an edge on each distinct date) so that Gephi's timeline replays the
// graph.
//
// The namespace is the one GEXF 1.2 defines, "http://www.gexf.net/1.2draft":
// NetworkX finds the graph only under that name.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "export/cypher_escape.h"
#include "export/value_text.h"
#include "export/writer.h"
#include "extract/base/xml_escape.h"
#include "graph/layout.h"

namespace actorgraph {
namespace {

struct Attribute {
  const char* id;  // also the title: readers show it as the column name
  const char* type;
};

constexpr Attribute kNodeAttributes[] = {
    {"type", "string"},      {"aliases", "string"},  {"iso2", "string"},
    {"iso3", "string"},      {"wikidata", "string"}, {"affiliation", "string"},
    {"role", "string"},      {"mentions", "long"},   {"first_seen", "string"},
    {"last_seen", "string"},
};

constexpr Attribute kEdgeAttributes[] = {
    {"relation", "string"},      {"polarity", "string"},
    {"modality", "string"},      {"symmetric", "boolean"},
    {"cameo", "string"},         {"goldstein", "double"},
    {"cameo_root", "string"},    {"quad_class", "integer"},
    {"first_date", "string"},    {"last_date", "string"},
    {"dates", "string"},         {"evidence_count", "long"},
    {"documents", "string"},     {"evidence", "string"},
    {"evidence_json", "string"},
};

struct Color {
  int r, g, b;
};

// A fixed palette, so that the same type has the same color in every file.
Color ColorOf(const std::string& type) {
  if (type == "Person") return {228, 26, 28};
  if (type == "Country") return {55, 126, 184};
  if (type == "Organization") return {77, 175, 74};
  if (type == "Location") return {152, 78, 163};
  return {153, 153, 153};
}

// Grows slowly with the degree so that hubs stand out without hiding the
// rest; one decimal keeps the text short and stable.
std::string SizeFor(int degree) {
  double size = 5 + 5 * std::log2(1.0 + degree);
  return ShortestDouble(std::round(size * 10) / 10);
}

// Positions to a tenth of a unit, as the HTML view has them; GEXF's y axis
// points up, the layout's down.
std::string Rounded(double v) {
  return ShortestDouble(std::round(v * 10) / 10);
}

// Writes <attvalues>, one <attvalue> per non-empty value, </attvalues>.
class AttValues {
 public:
  explicit AttValues(std::ostream& out) : out_(out) {
    out_ << "        <attvalues>\n";
  }
  ~AttValues() { out_ << "        </attvalues>\n"; }
  void Add(const char* id, const std::string& value) {
    if (value.empty()) return;
    out_ << "          <attvalue for=\"" << id << "\" value=\""
         << XmlAttribute(value) << "\"/>\n";
  }
  // An actor field (VisitActorDetails).
  void operator()(const char* id, const std::string& value) { Add(id, value); }
  void operator()(const char* id, const std::vector<std::string>& values) {
    Add(id, Join(values, "; "));
  }
  void operator()(const char* id, int64_t value) {
    Add(id, std::to_string(value));
  }

 private:
  std::ostream& out_;
};

void WriteDeclarations(const char* cls, const Attribute* begin,
                       const Attribute* end, std::ostream& out) {
  out << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
  for (const Attribute* a = begin; a != end; ++a) {
    out << "      <attribute id=\"" << a->id << "\" title=\"" << a->id
        << "\" type=\"" << a->type << "\"/>\n";
  }
  out << "    </attributes>\n";
}

void WriteSpell(const std::string& start, const std::string& end,
                std::ostream& out) {
  out << "          <spell start=\"" << start << "\" end=\"" << end << "\"/>\n";
}

void WriteNode(const ActorNode& node, int degree, Point at, std::ostream& out) {
  const ActorInfo& a = node.info;
  out << "      <node id=\"" << XmlAttribute(a.id) << "\" label=\""
      << XmlAttribute(a.label) << "\">\n";
  {
    AttValues values(out);
    VisitActorDetails(a, values);
    values.Add("first_seen", node.first_date);
    values.Add("last_seen", node.last_date);
  }
  if (!node.first_date.empty()) {
    out << "        <spells>\n";
    WriteSpell(node.first_date, node.last_date, out);
    out << "        </spells>\n";
  }
  Color c = ColorOf(a.type);
  out << "        <viz:color r=\"" << c.r << "\" g=\"" << c.g << "\" b=\""
      << c.b << "\"/>\n"
      << "        <viz:position x=\"" << Rounded(at.x) << "\" y=\""
      << Rounded(-at.y) << "\" z=\"0\"/>\n"
      << "        <viz:size value=\"" << SizeFor(degree) << "\"/>\n"
      << "      </node>\n";
}

void WriteEdge(const RelationEdge& e, size_t index, bool mixed,
               const WriteOptions& options, std::ostream& out) {
  out << "      <edge id=\"e" << index << "\" source=\""
      << XmlAttribute(e.source) << "\" target=\"" << XmlAttribute(e.target)
      << "\" label=\"" << XmlAttribute(CypherRelationshipType(e.relation))
      << "\" weight=\"" << e.weight << "\"";
  // A symmetric relation (met_with) is "mutual" in a directed graph:
  // Gephi and graphology draw it without an arrow, NetworkX adds it both
  // ways ("undirected" would make NetworkX reject the file).
  if (e.symmetric && mixed) out << " type=\"mutual\"";
  out << ">\n";
  {
    AttValues values(out);
    // The weight is the edge element's own attribute.
    for (const EdgeValue& v : EdgeValues(e, options.evidence_sample)) {
      if (std::string(v.key) != "weight") values.Add(v.key, v.text);
    }
  }
  if (!e.dates.empty()) {
    out << "        <spells>\n";
    for (const std::string& date : e.dates) WriteSpell(date, date, out);
    out << "        </spells>\n";
  }
  out << "      </edge>\n";
}

bool HasDates(const ActorGraph& graph) {
  for (const ActorNode* node : graph.Actors()) {
    if (!node->first_date.empty()) return true;
  }
  for (const RelationEdge* edge : graph.Edges()) {
    if (!edge->dates.empty()) return true;
  }
  return false;
}

}  // namespace

void WriteGexf(const ActorGraph& graph, const WriteOptions& options,
               std::ostream& out) {
  std::map<std::string, int> degree;
  for (const RelationEdge* e : graph.Edges()) {
    ++degree[e->source];
    ++degree[e->target];
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\"\n"
         "    xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
         "version=\"1.2\">\n"
         "  <meta>\n"
         "    <creator>actorgraph</creator>\n"
         "    <description>actors and relations found in news "
         "text</description>\n"
         "  </meta>\n";
  // Directed edges first: graphology takes the graph's type from the first
  // edge and has none called "mutual".  A graph of symmetric relations
  // only is simply undirected.
  std::vector<const RelationEdge*> edges = graph.Edges();
  std::stable_partition(edges.begin(), edges.end(),
                        [](const RelationEdge* e) { return !e->symmetric; });
  bool mixed = !edges.empty() && !edges.front()->symmetric;
  const char* edge_type = mixed || edges.empty() ? "directed" : "undirected";
  out << "  <graph mode=\"" << (HasDates(graph) ? "dynamic" : "static")
      << "\" defaultedgetype=\"" << edge_type << "\""
      << (HasDates(graph) ? " timeformat=\"date\"" : "") << ">\n";
  WriteDeclarations("node", std::begin(kNodeAttributes),
                    std::end(kNodeAttributes), out);
  WriteDeclarations("edge", std::begin(kEdgeAttributes),
                    std::end(kEdgeAttributes), out);
  out << "    <nodes count=\"" << graph.actor_count() << "\">\n";
  std::vector<const ActorNode*> actors = graph.Actors();
  std::vector<Point> xy = LayoutActors(graph, LayoutOptions());
  for (size_t i = 0; i < actors.size(); ++i) {
    WriteNode(*actors[i], degree[actors[i]->info.id], xy[i], out);
  }
  out << "    </nodes>\n    <edges count=\"" << graph.edge_count() << "\">\n";
  size_t index = 0;
  for (const RelationEdge* edge : edges) {
    WriteEdge(*edge, index++, mixed, options, out);
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace actorgraph
