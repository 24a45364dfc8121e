// Reading a graph back from a file written by `actorgraph build`, for the
// commands that work on a built graph (query, view, merge).
//
//   ActorGraph graph = ReadGraphFile("out/graph.graphml");
//
// The format follows the extension: .graphml (ReadGraphml, exact inverse
// of the GraphML writer, evidence included) or .jsonld (ReadJsonLd,
// export/jsonld_reader.cc).  Errors are UserError "path:line:col: reason";
// an unreadable file is kExitIo.
//
// AssembleGraph builds a graph from actors and edges that are already
// aggregated (weight, dates and evidence as read from a file); every
// reader uses it.
#ifndef ACTORGRAPH_EXPORT_GRAPH_READER_H_
#define ACTORGRAPH_EXPORT_GRAPH_READER_H_

#include <string>
#include <vector>

#include "export/graphml_reader.h"
#include "graph/actor_graph.h"

namespace actorgraph {

ActorGraph ReadGraphFile(const std::string& path);

ActorGraph ReadJsonLd(const std::string& path);

// Builds a graph from aggregated nodes and edges.  The graph keeps up to
// max(kDefaultMaxEvidence, the longest evidence list) records per edge, so
// nothing read is dropped.  Edge endpoints must be among `actors`.
ActorGraph AssembleGraph(const std::vector<ActorNode>& actors,
                         const std::vector<RelationEdge>& edges,
                         int64_t document_count);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_GRAPH_READER_H_
