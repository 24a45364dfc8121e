#include "export/graph_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

std::string LowerExtension(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return "";
  }
  std::string ext = path.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext;
}

}  // namespace

ActorGraph AssembleGraph(const std::vector<ActorNode>& actors,
                         const std::vector<RelationEdge>& edges,
                         int64_t document_count) {
  // Keep every evidence record the file has, even beyond the default cap.
  size_t cap = kDefaultMaxEvidence;
  for (const RelationEdge& e : edges) cap = std::max(cap, e.evidence.size());
  ActorGraph graph(cap);
  for (const ActorNode& node : actors) graph.AddNode(node);
  for (const RelationEdge& edge : edges) graph.AddEdge(edge);
  graph.set_document_count(document_count);
  return graph;
}


ActorGraph ReadGraphFile(const std::string& path) {
  std::string ext = LowerExtension(path);
  if (ext == ".graphml") return ReadGraphml(path);
  if (ext == ".jsonld") return ReadJsonLd(path);
  throw UserError(path + ": cannot read graphs from '" + ext +
                  "' files (known: .graphml, .jsonld)");
}

}  // namespace actorgraph
