// ReadJsonLd: reads a graph back from the JSON-LD that the jsonld writer wrote
// (export/writer.h), so `.jsonld` files can feed queries, merges and views.
//
//   ActorGraph g = ReadJsonLd("out/graph.jsonld");
//
// It reads our own compacted form (the term names of export/jsonld_vocab.h),
// not arbitrary JSON-LD: the @context must define "ag" as our vocabulary.
// Everything the writer puts in round-trips: actors with their codes, dates
// and counts; edges with weight, dates and every evidence record; the
// document count.  The direct "metWith"-style properties are derived data
// and are ignored; the rebuilt graph keeps every evidence record read
// (AssembleGraph, export/graph_reader.h).
//
// Errors throw UserError: "path:line:col: invalid JSON: ..." for syntax
// errors (column counted in characters), "path: NODE: reason" for content
// errors, with NODE the offending node's @id; kExitIo when unreadable.
#ifndef ACTORGRAPH_EXPORT_JSONLD_READER_H_
#define ACTORGRAPH_EXPORT_JSONLD_READER_H_

#include <string>

#include "graph/actor_graph.h"

namespace actorgraph {

ActorGraph ReadJsonLd(const std::string& path);
// The same from text in memory; `path` is only used in messages.
ActorGraph ParseJsonLd(const std::string& text, const std::string& path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_JSONLD_READER_H_
