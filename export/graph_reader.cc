#include "export/graph_reader.h"

#include <algorithm>
#include <iostream>
#include <sstream>

#include "export/formats.h"
#include "extract/base/file_io.h"
#include "extract/base/user_error.h"

namespace actorgraph {
namespace {

// A graph on stdin has no name to tell its format by: XML is GraphML,
// JSON is JSON-LD.
const GraphFormat* SniffFormat(const std::string& text) {
  size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string::npos) return nullptr;
  if (text[first] == '<') return FindGraphFormat("graphml");
  if (text[first] == '{' || text[first] == '[')
    return FindGraphFormat("jsonld");
  return nullptr;
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
  const std::string known =
      " (known: " + FormatExtensions(FormatUse::kRead) + ")";
  if (path == "-") {
    std::ostringstream text;
    text << std::cin.rdbuf();
    const GraphFormat* f = SniffFormat(text.str());
    if (f == nullptr) {
      throw UserError("-: stdin holds no GraphML or JSON-LD graph" + known);
    }
    return f->read(text.str(), "-");
  }
  const GraphFormat* f = GraphFormatForPath(path);
  if (f == nullptr || f->read == nullptr) {
    throw UserError(path + ": cannot read graphs from '" + PathExtension(path) +
                    "' files" + known);
  }
  return f->read(ReadFile(path), path);
}

}  // namespace actorgraph
