// Graph writers: one per output format, chosen by file extension or by an
// explicit --format name.
//
//   WriteGraphFile(graph, "out/graph.graphml", "", options);  // by extension
//   WriteGraphFile(graph, "out/neo4j", "neo4j", options);      // a directory
//   std::string text = GraphText(graph, "dot");                 // in memory
//
// Every writer is deterministic (same graph, same bytes) and escapes what
// its format needs.  WriteGraphFile writes to a temporary file beside the
// target and renames it when complete (AtomicFile), so a failure leaves no
// partial file under the target name; it throws UserError (kExitIo) when the
// path cannot be written.
#ifndef ACTORGRAPH_EXPORT_WRITER_H_
#define ACTORGRAPH_EXPORT_WRITER_H_

#include <ostream>
#include <string>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

struct WriteOptions {
  // Base IRI for JSON-LD node and relation identifiers.
  std::string base_iri = "https://actorgraph.example/id/";
  // How many evidence sentences the compact formats (GraphML, GEXF) carry.
  size_t evidence_sample = 1;
};

// The format whose extension `path` has (export/formats.h lists them), or
// "" when the extension is unknown; a directory format (neo4j) goes only by
// name.
std::string FormatForPath(const std::string& path);
std::vector<std::string> KnownFormats();

// Writes `graph` to `path` in `format` (or by extension when empty); the
// path "-" is stdout and needs a `format`.
void WriteGraphFile(const ActorGraph& graph, const std::string& path,
                    const std::string& format, const WriteOptions& options);

// Writes `graph` in the file format named `format` ("graphml", "tsv", ...;
// export/formats.cc lists them) to `out`, or returns it as a string.  An
// unknown name or a directory format (neo4j) throws UserError.
void WriteGraphStream(const ActorGraph& graph, const std::string& format,
                      const WriteOptions& options, std::ostream& out);
std::string GraphText(const ActorGraph& graph, const std::string& format,
                      const WriteOptions& options = WriteOptions());

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_WRITER_H_
