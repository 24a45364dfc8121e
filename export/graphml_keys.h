// The GraphML vocabulary shared by graphml_writer.cc and graphml_reader.cc:
// every <key> we declare, in the order written.
//
// Ids are unique across the document (the GraphML schema requires it), so
// the node's "label" has id "node_label"; readers go by attr.name.  Two ids
// are fixed by Neo4j APOC's importer (readLabels:true): node key "labels"
// (":Actor:Person", becomes node labels) and edge key "label", which must
// be the first <data> of an edge (becomes the relationship type).
#ifndef ACTORGRAPH_EXPORT_GRAPHML_KEYS_H_
#define ACTORGRAPH_EXPORT_GRAPHML_KEYS_H_

namespace actorgraph {
namespace graphml {

struct Key {
  const char* id;
  const char* domain;  // "graph", "node" or "edge"
  const char* name;    // attr.name: what NetworkX, igraph, Gephi ... show
  const char* type;    // attr.type
};

constexpr Key kKeys[] = {
    {"document_count", "graph", "document_count", "long"},
    {"labels", "node", "labels", "string"},
    {"node_label", "node", "label", "string"},
    {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},
    {"iso2", "node", "iso2", "string"},
    {"iso3", "node", "iso3", "string"},
    {"wikidata", "node", "wikidata", "string"},
    {"affiliation", "node", "affiliation", "string"},
    {"role", "node", "role", "string"},
    {"mentions", "node", "mentions", "long"},
    {"first_seen", "node", "first_seen", "string"},
    {"last_seen", "node", "last_seen", "string"},
    {"label", "edge", "label", "string"},
    {"relation", "edge", "relation", "string"},
    {"polarity", "edge", "polarity", "string"},
    {"modality", "edge", "modality", "string"},
    {"weight", "edge", "weight", "double"},
    {"symmetric", "edge", "symmetric", "boolean"},
    {"cameo", "edge", "cameo", "string"},
    {"goldstein", "edge", "goldstein", "double"},
    {"cameo_root", "edge", "cameo_root", "string"},
    {"quad_class", "edge", "quad_class", "int"},
    {"first_date", "edge", "first_date", "string"},
    {"last_date", "edge", "last_date", "string"},
    {"dates", "edge", "dates", "string"},
    {"evidence_count", "edge", "evidence_count", "long"},
    {"documents", "edge", "documents", "string"},
    {"evidence", "edge", "evidence", "string"},
    {"evidence_json", "edge", "evidence_json", "string"},
};

// How aliases are joined in one string value.
constexpr char kAliasSeparator[] = "; ";

}  // namespace graphml
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_GRAPHML_KEYS_H_
